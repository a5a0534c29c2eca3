// Scope analysis (see symtable.hpp). Pass 1 walks the AST and records, per scope, how each name
// is used; pass 2 resolves every name top-down (bound/global sets) and bottom-up (free names of
// children turn locals into cells), exactly as CPython's analyze_block.
#include "compile/symtable.hpp"

#include <algorithm>

#include "object/error.hpp"

namespace weft {

using NameSet = std::unordered_set<std::string>;

std::string mangle(const std::string& class_name, const std::string& name) {
  if (class_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return name;
  if (name.size() >= 2 && name.compare(name.size() - 2, 2, "__") == 0) return name;
  if (name.find('.') != std::string::npos) return name;
  size_t start = class_name.find_first_not_of('_');
  if (start == std::string::npos) return name;
  return "_" + class_name.substr(start) + name;
}

class SymtableBuilder {
 public:
  SymtableBuilder(ThreadState& ts, Symtable& st, CompileError* err) : ts_(ts), st_(st), err_(err) {}

  bool run(ast::Module* mod) {
    cur_ = enter(ScopeKind::Module, "top", mod, ast::Loc{});
    st_.top_ = cur_;
    bool ok = mod->expression ? expr(mod->expression) : stmts(mod->body);
    if (!ok) return false;
    NameSet global, free;
    return analyze(st_.top_, nullptr, &global, &free);
  }

 private:
  ThreadState& ts_;
  Symtable& st_;
  CompileError* err_;
  Scope* cur_ = nullptr;
  bool comp_iter_target_ = false;
  std::string private_;  // the innermost enclosing class's name (for name mangling)
  // Where each global/nonlocal declaration was made (the location of resolution errors).
  std::unordered_map<Scope*, std::unordered_map<std::string, ast::Loc>> decl_locs_;

  bool fail(const ast::Loc& loc, std::string msg) {
    err_->pending = false;
    err_->msg = std::move(msg);
    err_->loc = loc;
    return false;
  }
  bool guard() {
    if (stack_check(ts_)) return true;
    err_->pending = true;
    return false;
  }

  Scope* enter(ScopeKind kind, std::string name, const void* node, const ast::Loc& loc) {
    auto s = std::make_unique<Scope>();
    s->kind = kind;
    s->name = std::move(name);
    s->parent = cur_;
    s->loc = loc;
    Scope* raw = s.get();
    if (cur_) cur_->children.push_back(raw);
    st_.scopes_.push_back(std::move(s));
    st_.by_node_[node] = raw;
    return raw;
  }

  bool add(const std::string& raw, uint32_t flag, const ast::Loc& loc) {
    std::string name = mangle(private_, raw);
    auto [it, inserted] = cur_->symbols.try_emplace(name);
    Symbol& sym = it->second;
    if (inserted) cur_->order.push_back(name);
    if ((flag & SYM_PARAM) && (sym.flags & SYM_PARAM))
      return fail(loc, "duplicate argument '" + name + "' in function definition");
    if (comp_iter_target_) {
      if (sym.flags & (SYM_GLOBAL | SYM_NONLOCAL))
        return fail(loc, "comprehension inner loop cannot rebind assignment expression target '" +
                             name + "'");
      flag |= SYM_COMP_ITER;
    }
    sym.flags |= flag;
    if (flag & SYM_PARAM) cur_->params.push_back(name);
    return true;
  }

  bool stmts(const ast::StmtList& list) {
    for (ast::Stmt* s : list)
      if (!stmt(s)) return false;
    return true;
  }
  bool exprs(const ast::ExprList& list) {
    for (ast::Expr* e : list)
      if (e && !expr(e)) return false;
    return true;
  }
  bool opt(ast::Expr* e) { return !e || expr(e); }

  bool stmt(ast::Stmt* s);
  bool expr(ast::Expr* e);
  bool declare(ast::NameList* s);
  bool function(ast::FunctionDef* f);
  bool arguments_defaults(ast::Arguments* a);
  bool params(ast::Arguments* a);
  bool comprehension(ast::Comp* c);
  bool named_expr(ast::NamedExpr* e);
  bool yield_expr(ast::Expr* e);
  bool pattern(ast::Pattern* p);

  bool analyze(Scope* s, const NameSet* bound, NameSet* global, NameSet* free);
  bool analyze_name(Scope* s, const std::string& name, Symbol& sym, const NameSet* bound,
                    NameSet& local, NameSet* free, NameSet* global);
};

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
  if (!exprs(a->defaults) || !exprs(a->kw_defaults)) return false;
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

bool SymtableBuilder::function(ast::FunctionDef* f) {
  if (!add(f->name, SYM_LOCAL, f->loc)) return false;
  if (!exprs(f->decorator_list) || !arguments_defaults(f->args) || !opt(f->returns)) return false;
  Scope* saved = cur_;
  cur_ = enter(ScopeKind::Function, f->name, f, f->loc);
  cur_->is_coroutine = f->kind == ast::StmtKind::AsyncFunctionDef;
  bool ok = params(f->args) && stmts(f->body);
  cur_ = saved;
  return ok;
}

bool SymtableBuilder::stmt(ast::Stmt* s) {
  if (!guard()) return false;
  using K = ast::StmtKind;
  switch (s->kind) {
    case K::FunctionDef:
    case K::AsyncFunctionDef:
      return function(static_cast<ast::FunctionDef*>(s));
    case K::ClassDef: {
      auto c = static_cast<ast::ClassDef*>(s);
      if (!add(c->name, SYM_LOCAL, c->loc) || !exprs(c->decorator_list) || !exprs(c->bases))
        return false;
      for (ast::Keyword* k : c->keywords)
        if (!expr(k->value)) return false;
      Scope* saved = cur_;
      std::string saved_private = private_;
      cur_ = enter(ScopeKind::Class, c->name, c, c->loc);
      private_ = c->name;
      bool ok = stmts(c->body);
      cur_ = saved;
      private_ = saved_private;
      return ok;
    }
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
    case K::TypeAlias: {
      auto t = static_cast<ast::TypeAlias*>(s);
      return expr(t->name) && expr(t->value);
    }
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
    comp_iter_target_ = true;
    ok = expr(g->target);
    comp_iter_target_ = false;
    ok = ok && (i == 0 || expr(g->iter)) && exprs(g->ifs);
  }
  ok = ok && opt(c->value) && expr(c->elt);
  cur_ = saved;
  return ok;
}

// A walrus inside a comprehension binds in the nearest enclosing function (or module) scope.
bool SymtableBuilder::named_expr(ast::NamedExpr* e) {
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
  if (cur_->kind == ScopeKind::Comprehension) {
    static constexpr const char* KINDS[] = {"list comprehension", "set comprehension",
                                            "dict comprehension", "generator expression"};
    int which = cur_->name == "listcomp" ? 0 : cur_->name == "setcomp" ? 1
                : cur_->name == "dictcomp" ? 2 : 3;
    return fail(e->loc, std::string("'") +
                            (e->kind == ast::ExprKind::Await ? "await" : "yield") +
                            "' inside " + KINDS[which]);
  }
  if (e->kind != ast::ExprKind::Await && cur_->is_function_like()) cur_->is_generator = true;
  if (e->kind == ast::ExprKind::Yield) return opt(static_cast<ast::Yield*>(e)->value);
  if (e->kind == ast::ExprKind::YieldFrom) return expr(static_cast<ast::YieldFrom*>(e)->value);
  return expr(static_cast<ast::Await*>(e)->value);
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

// ---- pass 2: resolution -------------------------------------------------------------------

bool SymtableBuilder::analyze_name(Scope* s, const std::string& name, Symbol& sym,
                                   const NameSet* bound, NameSet& local, NameSet* free,
                                   NameSet* global) {
  auto& decls = decl_locs_[s];
  auto found = decls.find(name);
  ast::Loc loc = found != decls.end() ? found->second : s->loc;
  if (sym.flags & SYM_GLOBAL) {
    if (sym.flags & SYM_NONLOCAL) return fail(loc, "name '" + name + "' is nonlocal and global");
    sym.resolve = Resolve::GlobalExplicit;
    global->insert(name);
    return true;
  }
  if (sym.flags & SYM_NONLOCAL) {
    if (!bound) return fail(loc, "nonlocal declaration not allowed at module level");
    if (!bound->count(name)) return fail(loc, "no binding for nonlocal '" + name + "' found");
    sym.resolve = Resolve::Free;
    free->insert(name);
    return true;
  }
  if (sym.flags & SYM_BOUND) {
    sym.resolve = Resolve::Local;
    local.insert(name);
    global->erase(name);
    return true;
  }
  if (bound && bound->count(name)) {
    sym.resolve = Resolve::Free;
    free->insert(name);
    return true;
  }
  sym.resolve = Resolve::GlobalImplicit;
  return true;
}

bool SymtableBuilder::analyze(Scope* s, const NameSet* bound, NameSet* global, NameSet* free) {
  if (!guard()) return false;
  NameSet local, newfree, newbound, newglobal;
  bool is_class = s->kind == ScopeKind::Class;
  if (is_class) {
    newglobal = *global;
    if (bound) newbound = *bound;
  }
  for (const std::string& name : s->order) {
    if (!analyze_name(s, name, s->symbols[name], bound, local, free, global)) return false;
  }
  if (!is_class) {
    // CPython drops explicitly global names from `bound`; they are exactly the ones in `global`
    // that this scope did not rebind locally.
    if (bound) newbound.insert(bound->begin(), bound->end());
    for (const std::string& n : *global) newbound.erase(n);
    if (s->is_function_like()) newbound.insert(local.begin(), local.end());
    newglobal = *global;
  } else {
    newbound.insert("__class__");
  }
  for (Scope* child : s->children) {
    NameSet child_bound = newbound, child_global = newglobal, child_free;
    if (!analyze(child, &child_bound, &child_global, &child_free)) return false;
    newfree.insert(child_free.begin(), child_free.end());
  }
  if (s->is_function_like()) {
    for (const std::string& name : local) {
      if (newfree.erase(name)) s->symbols[name].resolve = Resolve::Cell;
    }
  } else if (is_class && newfree.erase("__class__")) {
    s->needs_class_cell = true;
  }
  for (const std::string& name : newfree) {
    auto found = s->symbols.find(name);
    if (found != s->symbols.end()) {
      // A cell, or already free here; a class that binds the name still passes it through.
      if (is_class && (found->second.flags & (SYM_BOUND | SYM_GLOBAL)))
        s->class_free.push_back(name);
      continue;
    }
    if (!bound || !bound->count(name)) continue;  // global implicit
    s->symbols[name].resolve = Resolve::Free;
    s->order.push_back(name);
  }
  free->insert(newfree.begin(), newfree.end());
  return true;
}

bool Symtable::build(ThreadState& ts, ast::Module* mod, CompileError* err) {
  SymtableBuilder b(ts, *this, err);
  return b.run(mod);
}

}  // namespace weft
