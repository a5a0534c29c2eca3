// Scope analysis, pass 1 (see symtable.hpp): walks the AST and records, per scope, how each name
// is used. Pass 2 is in symtable_resolve.cpp.
#include "compile/symtable_builder.hpp"

namespace weft {

std::string mangle(const std::string& class_name, const std::string& name) {
  if (class_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return name;
  if (name.size() >= 2 && name.compare(name.size() - 2, 2, "__") == 0) return name;
  if (name.find('.') != std::string::npos) return name;
  size_t start = class_name.find_first_not_of('_');
  if (start == std::string::npos) return name;
  return "_" + class_name.substr(start) + name;
}

bool SymtableBuilder::declare(ast::NameList* s) {
  bool is_global = s->kind == ast::StmtKind::Global;
  const char* kw = is_global ? "global" : "nonlocal";
  if (!is_global && cur_->kind == ScopeKind::Module)
    return fail(s->loc, "nonlocal declaration not allowed at module level");
  for (const std::string& raw : s->names) {
    std::string n = mangle(private_, raw);
    auto it = cur_->symbols.find(n);
    uint32_t f = it == cur_->symbols.end() ? 0 : it->second.flags;
    if (f & (SYM_PARAM | SYM_LOCAL | SYM_USE | SYM_ANNOT)) {
      std::string m = "name '" + n + "' is ";
      if (f & SYM_PARAM) m += std::string("parameter and ") + kw;
      else if (f & SYM_USE) m += std::string("used prior to ") + kw + " declaration";
      else if (f & SYM_ANNOT) m = "annotated name '" + n + "' can't be " + kw;
      else m += std::string("assigned to before ") + kw + " declaration";
      return fail(s->loc, m);
    }
    if (!add(raw, is_global ? SYM_GLOBAL : SYM_NONLOCAL, s->loc)) return false;
    cur_->symbols[n].resolve = Resolve::GlobalImplicit;
    decl_locs_[cur_].try_emplace(n, s->loc);
  }
  return true;
}

bool SymtableBuilder::arguments_defaults(ast::Arguments* a) {
  return exprs(a->defaults) && exprs(a->kw_defaults);
}

bool SymtableBuilder::arguments_annotations(ast::Arguments* a) {
  auto annotations = [&](const std::vector<ast::Arg*>& args) {
    for (ast::Arg* arg : args)
      if (!opt(arg->annotation)) return false;
    return true;
  };
  return annotations(a->posonlyargs) && annotations(a->args) && annotations(a->kwonlyargs) &&
         (!a->vararg || opt(a->vararg->annotation)) && (!a->kwarg || opt(a->kwarg->annotation));
}

bool SymtableBuilder::params(ast::Arguments* a) {
  for (auto* list : {&a->posonlyargs, &a->args, &a->kwonlyargs})
    for (ast::Arg* arg : *list)
      if (!add(arg->name, SYM_PARAM, arg->loc)) return false;
  if (a->vararg) {
    if (!add(a->vararg->name, SYM_PARAM, a->vararg->loc)) return false;
    cur_->has_varargs = true;
  }
  if (a->kwarg) {
    if (!add(a->kwarg->name, SYM_PARAM, a->kwarg->loc)) return false;
    cur_->has_varkw = true;
  }
  return true;
}

// A generic function's annotations are evaluated in its type parameter scope, which receives the
// defaults (evaluated outside) as its arguments .defaults and .kwdefaults.
bool SymtableBuilder::function(ast::FunctionDef* f) {
  if (!add(f->name, SYM_LOCAL, f->loc)) return false;
  if (!exprs(f->decorator_list) || !arguments_defaults(f->args)) return false;
  Scope* saved = cur_;
  if (!f->type_params.empty()) {
    if (!enter_type_params(f->type_params, f->name, f->loc)) return false;
    bool kwdefaults = false;
    for (ast::Expr* d : f->args->kw_defaults) kwdefaults |= d != nullptr;
    if (!f->args->defaults.empty() && !add(".defaults", SYM_PARAM, f->loc)) return false;
    if (kwdefaults && !add(".kwdefaults", SYM_PARAM, f->loc)) return false;
  }
  bool ok = arguments_annotations(f->args) && opt(f->returns);
  if (ok) {
    cur_ = enter(ScopeKind::Function, f->name, f, f->loc);
    cur_->is_coroutine = f->kind == ast::StmtKind::AsyncFunctionDef;
    ok = params(f->args) && stmts(f->body);
  }
  cur_ = saved;
  return ok;
}

// The bases of a generic class are evaluated in its type parameter scope, which also holds
// .type_params (read by the class body for __type_params__) and .generic_base.
bool SymtableBuilder::class_def(ast::ClassDef* c) {
  if (!add(c->name, SYM_LOCAL, c->loc) || !exprs(c->decorator_list)) return false;
  Scope* saved = cur_;
  bool generic = !c->type_params.empty();
  if (generic && (!enter_type_params(c->type_params, c->name, c->loc) ||
                  !add(".type_params", SYM_LOCAL, c->loc) ||
                  !add(".generic_base", SYM_LOCAL, c->loc)))
    return false;
  bool ok = exprs(c->bases);
  for (ast::Keyword* k : c->keywords) ok = ok && expr(k->value);
  if (ok) {
    std::string saved_private = private_;
    cur_ = enter(ScopeKind::Class, c->name, c, c->loc);
    private_ = c->name;
    ok = (!generic || add(".type_params", SYM_USE, c->loc)) && stmts(c->body);
    private_ = saved_private;
  }
  cur_ = saved;
  return ok;
}

// type X[T] = value: the value is evaluated lazily, in a scope of its own.
bool SymtableBuilder::type_alias(ast::TypeAlias* t) {
  if (!expr(t->name)) return false;
  Scope* saved = cur_;
  const std::string& name = static_cast<ast::Name*>(t->name)->id;
  if (!t->type_params.empty() && !enter_type_params(t->type_params, name, t->loc)) return false;
  bool ok = lazy_scope(t->value, name, "a type alias", saved->kind == ScopeKind::Class);
  cur_ = saved;
  return ok;
}

bool SymtableBuilder::enter_type_params(const std::vector<ast::TypeParam*>& list,
                                        const std::string& owner, const ast::Loc& loc) {
  bool in_class = cur_->kind == ScopeKind::Class;
  cur_ = enter(ScopeKind::Function, "<generic parameters of " + owner + ">", &list, loc);
  cur_->annotation_info = "the definition of a generic";
  return see_class_scope(in_class, loc) && type_params(list);
}

bool SymtableBuilder::see_class_scope(bool in_class, const ast::Loc& loc) {
  cur_->can_see_class_scope = in_class;
  return !in_class || add("__classdict__", SYM_USE, loc);
}

bool SymtableBuilder::type_params(const std::vector<ast::TypeParam*>& list) {
  NameSet seen;
  for (ast::TypeParam* tp : list) {
    if (!seen.insert(tp->name).second)
      return fail(tp->loc, "duplicate type parameter '" + tp->name + "'");
    if (!add(tp->name, SYM_LOCAL, tp->loc)) return false;
    bool in_class = cur_->can_see_class_scope;
    if (tp->bound && !lazy_scope(tp->bound, tp->name,
                                 tp->bound->kind == ast::ExprKind::Tuple ? "a TypeVar constraint"
                                                                         : "a TypeVar bound",
                                 in_class))
      return false;
    static constexpr const char* DEFAULTS[] = {"a TypeVar default", "a ParamSpec default",
                                               "a TypeVarTuple default"};
    if (tp->default_value &&
        !lazy_scope(tp->default_value, tp->name, DEFAULTS[int(tp->kind)], in_class))
      return false;
  }
  return true;
}

// Bounds, constraints, defaults and alias values are functions evaluated on first use.
bool SymtableBuilder::lazy_scope(ast::Expr* e, const std::string& name, const char* info,
                                 bool in_class) {
  Scope* saved = cur_;
  cur_ = enter(ScopeKind::Function, name, e, e->loc);
  cur_->annotation_info = info;
  bool ok = see_class_scope(in_class, e->loc) && expr(e);
  cur_ = saved;
  return ok;
}

bool SymtableBuilder::refuse_in_annotation(ast::Expr* e, const char* what) {
  if (!cur_->is_annotation()) return true;
  return fail(e->loc, std::string(what) + " cannot be used within " + cur_->annotation_info);
}

bool SymtableBuilder::stmt(ast::Stmt* s) {
  if (!guard()) return false;
  using K = ast::StmtKind;
  switch (s->kind) {
    case K::FunctionDef:
    case K::AsyncFunctionDef:
      return function(static_cast<ast::FunctionDef*>(s));
    case K::ClassDef:
      return class_def(static_cast<ast::ClassDef*>(s));
    case K::Return:
      return opt(static_cast<ast::Return*>(s)->value);
    case K::Delete:
      return exprs(static_cast<ast::Delete*>(s)->targets);
    case K::Assign: {
      auto a = static_cast<ast::Assign*>(s);
      return exprs(a->targets) && expr(a->value);
    }
    case K::AugAssign: {
      auto a = static_cast<ast::AugAssign*>(s);
      return expr(a->target) && expr(a->value);
    }
    case K::AnnAssign: {
      auto a = static_cast<ast::AnnAssign*>(s);
      if (a->target->kind == ast::ExprKind::Name && a->simple) {
        auto n = static_cast<ast::Name*>(a->target);
        auto it = cur_->symbols.find(mangle(private_, n->id));
        if (it != cur_->symbols.end() && (it->second.flags & (SYM_GLOBAL | SYM_NONLOCAL)))
          return fail(s->loc, "annotated name '" + n->id + "' can't be " +
                                  ((it->second.flags & SYM_GLOBAL) ? "global" : "nonlocal"));
        if (!add(n->id, SYM_ANNOT | SYM_LOCAL, n->loc)) return false;
      } else if (!expr(a->target)) {
        return false;
      }
      return expr(a->annotation) && opt(a->value);
    }
    case K::For:
    case K::AsyncFor: {
      auto f = static_cast<ast::For*>(s);
      return expr(f->target) && expr(f->iter) && stmts(f->body) && stmts(f->orelse);
    }
    case K::While: {
      auto w = static_cast<ast::While*>(s);
      return expr(w->test) && stmts(w->body) && stmts(w->orelse);
    }
    case K::If: {
      auto i = static_cast<ast::If*>(s);
      return expr(i->test) && stmts(i->body) && stmts(i->orelse);
    }
    case K::With:
    case K::AsyncWith: {
      auto w = static_cast<ast::With*>(s);
      for (ast::WithItem* item : w->items)
        if (!expr(item->context_expr) || !opt(item->optional_vars)) return false;
      return stmts(w->body);
    }
    case K::Match: {
      auto m = static_cast<ast::Match*>(s);
      if (!expr(m->subject)) return false;
      for (ast::MatchCase* c : m->cases)
        if (!pattern(c->pattern) || !opt(c->guard) || !stmts(c->body)) return false;
      return true;
    }
    case K::Raise: {
      auto r = static_cast<ast::Raise*>(s);
      return opt(r->exc) && opt(r->cause);
    }
    case K::Try:
    case K::TryStar: {
      auto t = static_cast<ast::Try*>(s);
      if (!stmts(t->body)) return false;
      for (ast::ExceptHandler* h : t->handlers) {
        if (!opt(h->type)) return false;
        if (!h->name.empty() && !add(h->name, SYM_LOCAL, h->loc)) return false;
        if (!stmts(h->body)) return false;
      }
      return stmts(t->orelse) && stmts(t->finalbody);
    }
    case K::Assert: {
      auto a = static_cast<ast::Assert*>(s);
      return expr(a->test) && opt(a->msg);
    }
    case K::Import:
    case K::ImportFrom: {
      const auto& names = s->kind == K::Import ? static_cast<ast::Import*>(s)->names
                                               : static_cast<ast::ImportFrom*>(s)->names;
      for (ast::Alias* a : names) {
        if (a->name == "*") {
          if (cur_->kind != ScopeKind::Module)
            return fail(a->loc, "import * only allowed at module level");
          continue;
        }
        std::string bound = a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname;
        if (!add(bound, SYM_LOCAL, a->loc)) return false;
      }
      return true;
    }
    case K::Global:
    case K::Nonlocal:
      return declare(static_cast<ast::NameList*>(s));
    case K::Expr:
      return expr(static_cast<ast::ExprStmt*>(s)->value);
    case K::TypeAlias:
      return type_alias(static_cast<ast::TypeAlias*>(s));
    case K::Pass:
    case K::Break:
    case K::Continue:
      return true;
  }
  return true;
}

bool SymtableBuilder::pattern(ast::Pattern* p) {
  if (!p) return true;
  if (!guard()) return false;
  if (!p->name.empty() && !add(p->name, SYM_LOCAL, p->loc)) return false;
  if (!opt(p->value) || !exprs(p->keys) || !pattern(p->pattern)) return false;
  for (ast::Pattern* sub : p->patterns)
    if (!pattern(sub)) return false;
  for (ast::Pattern* sub : p->kwd_patterns)
    if (!pattern(sub)) return false;
  return true;
}

bool SymtableBuilder::comprehension(ast::Comp* c) {
  ast::Comprehension* outer = c->generators[0];
  if (!expr(outer->iter)) return false;
  static constexpr const char* NAMES[] = {"listcomp", "setcomp", "dictcomp", "genexpr"};
  int which = c->kind == ast::ExprKind::ListComp  ? 0
              : c->kind == ast::ExprKind::SetComp ? 1
              : c->kind == ast::ExprKind::DictComp ? 2 : 3;
  Scope* saved = cur_;
  cur_ = enter(ScopeKind::Comprehension, NAMES[which], c, c->loc);
  cur_->is_generator = c->kind == ast::ExprKind::GeneratorExp;
  bool ok = add(".0", SYM_PARAM, c->loc);
  for (size_t i = 0; ok && i < c->generators.size(); i++) {
    ast::Comprehension* g = c->generators[i];
    if (g->is_async) cur_->is_coroutine = true;
    comp_iter_target_ = true;
    ok = expr(g->target);
    comp_iter_target_ = false;
    ok = ok && (i == 0 || expr(g->iter)) && exprs(g->ifs);
  }
  ok = ok && opt(c->value) && expr(c->elt);
  Scope* comp = cur_;
  cur_ = saved;
  if (!ok) return false;
  // An async list/set/dict comprehension is awaited where it stands; an async generator
  // expression is just an async generator.
  if (comp->is_coroutine && !comp->is_generator) {
    bool async_def = cur_->kind == ScopeKind::Function && cur_->is_coroutine;
    if (!async_def && cur_->kind != ScopeKind::Comprehension)
      return fail(c->loc, "asynchronous comprehension outside of an asynchronous function");
    cur_->is_coroutine = true;
  }
  return true;
}

// A walrus inside a comprehension binds in the nearest enclosing function (or module) scope.
bool SymtableBuilder::named_expr(ast::NamedExpr* e) {
  if (!refuse_in_annotation(e, "named expression")) return false;
  auto target = static_cast<ast::Name*>(e->target);
  const std::string& name = target->id;
  std::string mangled = mangle(private_, name);
  if (cur_->kind == ScopeKind::Comprehension) {
    for (Scope* s = cur_; s; s = s->parent) {
      if (s->kind == ScopeKind::Comprehension) {
        auto it = s->symbols.find(mangled);
        if (it != s->symbols.end() && (it->second.flags & SYM_COMP_ITER))
          return fail(target->loc,
                      "assignment expression cannot rebind comprehension iteration variable '" +
                          name + "'");
        continue;
      }
      if (s->kind == ScopeKind::Class)
        return fail(e->loc,
                    "assignment expression within a comprehension cannot be used in a class body");
      if (!expr(e->value)) return false;
      Scope* saved = cur_;
      uint32_t inner = s->kind == ScopeKind::Module ? SYM_GLOBAL : SYM_NONLOCAL;
      for (Scope* c = saved; c != s; c = c->parent) {
        cur_ = c;
        if (!add(name, inner, target->loc)) return false;
        decl_locs_[c].try_emplace(mangled, target->loc);
      }
      cur_ = s;
      bool ok = add(name, SYM_LOCAL, target->loc);
      cur_ = saved;
      return ok;
    }
  }
  return expr(e->value) && expr(e->target);
}

bool SymtableBuilder::yield_expr(ast::Expr* e) {
  if (!refuse_in_annotation(e, e->kind == ast::ExprKind::Await ? "await expression"
                                                              : "yield expression"))
    return false;
  if (e->kind == ast::ExprKind::Await) {
    // Allowed in an async def and in comprehensions (which it makes asynchronous).
    if (!cur_->is_function_like()) return fail(e->loc, "'await' outside function");
    bool async_def = cur_->kind == ScopeKind::Function && cur_->is_coroutine;
    if (!async_def && cur_->kind != ScopeKind::Comprehension)
      return fail(e->loc, "'await' outside async function");
    cur_->is_coroutine = true;
    return expr(static_cast<ast::Await*>(e)->value);
  }
  if (cur_->kind == ScopeKind::Comprehension) {
    static constexpr const char* KINDS[] = {"list comprehension", "set comprehension",
                                            "dict comprehension", "generator expression"};
    int which = cur_->name == "listcomp" ? 0 : cur_->name == "setcomp" ? 1
                : cur_->name == "dictcomp" ? 2 : 3;
    return fail(e->loc, std::string("'yield' inside ") + KINDS[which]);
  }
  if (cur_->is_function_like()) cur_->is_generator = true;
  if (e->kind == ast::ExprKind::Yield) return opt(static_cast<ast::Yield*>(e)->value);
  return expr(static_cast<ast::YieldFrom*>(e)->value);
}

bool SymtableBuilder::expr(ast::Expr* e) {
  if (!guard()) return false;
  using K = ast::ExprKind;
  switch (e->kind) {
    case K::Name: {
      auto n = static_cast<ast::Name*>(e);
      // Zero-argument super() finds the class through an implicit __class__ cell.
      if (n->ctx == ast::Ctx::Load && n->id == "super" && cur_->is_function_like() &&
          !add("__class__", SYM_USE, n->loc))
        return false;
      return add(n->id, n->ctx == ast::Ctx::Load ? SYM_USE : SYM_LOCAL, n->loc);
    }
    case K::BoolOp:
      return exprs(static_cast<ast::BoolOp*>(e)->values);
    case K::NamedExpr:
      return named_expr(static_cast<ast::NamedExpr*>(e));
    case K::BinOp: {
      auto b = static_cast<ast::BinOp*>(e);
      return expr(b->left) && expr(b->right);
    }
    case K::UnaryOp:
      return expr(static_cast<ast::UnaryOp*>(e)->operand);
    case K::Lambda: {
      auto l = static_cast<ast::Lambda*>(e);
      if (!arguments_defaults(l->args)) return false;
      Scope* saved = cur_;
      cur_ = enter(ScopeKind::Lambda, "lambda", l, l->loc);
      bool ok = params(l->args) && expr(l->body);
      cur_ = saved;
      return ok;
    }
    case K::IfExp: {
      auto i = static_cast<ast::IfExp*>(e);
      return expr(i->test) && expr(i->body) && expr(i->orelse);
    }
    case K::Dict: {
      auto d = static_cast<ast::DictExpr*>(e);
      return exprs(d->keys) && exprs(d->values);
    }
    case K::Set:
      return exprs(static_cast<ast::SetExpr*>(e)->elts);
    case K::ListComp:
    case K::SetComp:
    case K::DictComp:
    case K::GeneratorExp:
      return comprehension(static_cast<ast::Comp*>(e));
    case K::Await:
    case K::Yield:
    case K::YieldFrom:
      return yield_expr(e);
    case K::Compare: {
      auto c = static_cast<ast::Compare*>(e);
      return expr(c->left) && exprs(c->comparators);
    }
    case K::Call: {
      auto c = static_cast<ast::Call*>(e);
      if (!expr(c->func) || !exprs(c->args)) return false;
      for (ast::Keyword* k : c->keywords)
        if (!expr(k->value)) return false;
      return true;
    }
    case K::FormattedValue: {
      auto f = static_cast<ast::FormattedValue*>(e);
      return expr(f->value) && opt(f->format_spec);
    }
    case K::JoinedStr:
      return exprs(static_cast<ast::JoinedStr*>(e)->values);
    case K::Constant:
      return true;
    case K::Attribute:
      return expr(static_cast<ast::Attribute*>(e)->value);
    case K::Subscript: {
      auto s = static_cast<ast::Subscript*>(e);
      return expr(s->value) && expr(s->slice);
    }
    case K::Starred:
      return expr(static_cast<ast::Starred*>(e)->value);
    case K::List:
    case K::Tuple:
      return exprs(static_cast<ast::Sequence*>(e)->elts);
    case K::Slice: {
      auto s = static_cast<ast::Slice*>(e);
      return opt(s->lower) && opt(s->upper) && opt(s->step);
    }
  }
  return true;
}

}  // namespace weft
