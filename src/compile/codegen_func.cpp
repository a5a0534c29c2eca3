// Code generation for function definitions, lambdas, calls and comprehensions.
// Comprehensions are compiled as nested functions called with the outermost iterator (CPython
// 3.11's scheme; 3.12 inlines them, with the same visible behaviour apart from tracebacks).
#include <unordered_set>

#include "compile/codegen.hpp"
#include "object/code.hpp"
#include "object/error.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace weft {

bool Compiler::set_signature(ast::Arguments* a) {
  u_->posonlyargcount = int(a->posonlyargs.size());
  u_->argcount = int(a->posonlyargs.size() + a->args.size());
  u_->kwonlyargcount = int(a->kwonlyargs.size());
  for (auto* list : {&a->posonlyargs, &a->args, &a->kwonlyargs})
    for (ast::Arg* arg : *list)
      if (!check_forbidden(arg->name, ast::Ctx::Store, arg->loc)) return false;
  for (ast::Arg* arg : {a->vararg, a->kwarg})
    if (arg && !check_forbidden(arg->name, ast::Ctx::Store, arg->loc)) return false;
  return true;
}

// Pushes the defaults tuple and the keyword-only defaults dict (as MAKE_FUNCTION expects).
bool Compiler::function_defaults(ast::Arguments* a, int* flags) {
  if (!a->defaults.empty()) {
    for (ast::Expr* d : a->defaults)
      if (!expr(d)) return false;
    emit(OP_BUILD_TUPLE, int(a->defaults.size()));
    *flags |= MF_DEFAULTS;
  }
  int nkw = 0;
  for (size_t i = 0; i < a->kwonlyargs.size(); i++) {
    ast::Expr* d = i < a->kw_defaults.size() ? a->kw_defaults[i] : nullptr;
    if (!d) continue;
    std::string name = mangle(u_->private_name, a->kwonlyargs[i]->name);
    Str* key = intern_chars(ts_, name.data(), name.size());
    if (!key) return pending_error();
    if (!load_const(Value::from_obj(key), "s" + name) || !expr(d)) return false;
    nkw++;
  }
  if (nkw) {
    emit(OP_BUILD_MAP, nkw);
    *flags |= MF_KWDEFAULTS;
  }
  return true;
}

// Parameter and return annotations, evaluated at definition time (CPython without
// `from __future__ import annotations`), in CPython's order: args, posonlyargs, *args, kwonly,
// **kwargs, return.
bool Compiler::function_annotations(ast::Arguments* a, ast::Expr* returns, int* flags) {
  int n = 0;
  auto one = [&](const std::string& raw, ast::Expr* annotation) {
    if (!annotation) return true;
    std::string name = mangle(u_->private_name, raw);
    Str* key = intern_chars(ts_, name.data(), name.size());
    if (!key) return pending_error();
    n++;
    return load_const(Value::from_obj(key), "s" + name) && expr(annotation);
  };
  for (auto* list : {&a->args, &a->posonlyargs})
    for (ast::Arg* arg : *list)
      if (!one(arg->name, arg->annotation)) return false;
  if (a->vararg && !one(a->vararg->name, a->vararg->annotation)) return false;
  for (ast::Arg* arg : a->kwonlyargs)
    if (!one(arg->name, arg->annotation)) return false;
  if (a->kwarg && !one(a->kwarg->name, a->kwarg->annotation)) return false;
  if (!one("return", returns)) return false;
  if (n) {
    emit(OP_BUILD_MAP, n);
    *flags |= MF_ANNOTATIONS;
  }
  return true;
}

// Pushes the cells the new code captures (its free variables, found among this unit's cells and
// free variables), then the code object, then MAKE_FUNCTION.
bool Compiler::make_closure(Value code, int flags) {
  Code* c = as_code(code);
  if (c->nfree > 0) {
    int first = c->nlocals + c->ncells;
    for (int i = 0; i < c->nfree; i++) {
      std::string name(str_view(as_str(c->localsplusnames->items[first + i])));
      auto cell = u_->cell_index.find(name);
      if (cell != u_->cell_index.end()) {
        emit(OP_LOAD_CLOSURE, cell->second);
      } else {
        auto free = u_->free_index.find(name);
        if (free == u_->free_index.end()) {
          raise(ts_, ts_.vm->types.SystemError, "compiler: no cell for free variable '%s'",
                name.c_str());
          return pending_error();
        }
        emit(OP_LOAD_CLOSURE, int(u_->cellvars.size()) + free->second);
      }
    }
    emit(OP_BUILD_TUPLE, c->nfree);
    flags |= MF_CLOSURE;
  }
  if (!load_const(code, "c" + std::to_string(code_counter_++))) return false;
  emit(OP_MAKE_FUNCTION, flags);
  return true;
}

// The code of a function or lambda, compiled into the unit just entered.
bool Compiler::function_unit_body(ast::Arguments* args, const ast::StmtList* body,
                                  ast::Expr* body_expr) {
  if (!set_signature(args)) return false;
  if (body_expr) {
    add_const(ts_.vm->none, "N");  // consts[0] is __doc__: a lambda has none
    if (!expr(body_expr)) return false;
    emit(OP_RETURN_VALUE);
    return true;
  }
  if (!body_with_docstring(*body, false)) return false;
  if (!last_is_exit()) emit(OP_RETURN_CONST, add_const(ts_.vm->none, "N"));
  return true;
}

// A lambda has `body_expr` instead of `body`.
bool Compiler::make_function(Scope* scope, ast::Arguments* args, const std::string& name,
                             const ast::Loc& loc, const ast::StmtList* body, ast::Expr* body_expr,
                             ast::Expr* returns) {
  int flags = 0;
  if (!function_defaults(args, &flags)) return false;
  return make_function_object(scope, args, name, loc, body, body_expr, returns, flags);
}

// With the defaults that `flags` announces already pushed: the annotations, then the function.
bool Compiler::make_function_object(Scope* scope, ast::Arguments* args, const std::string& name,
                                    const ast::Loc& loc, const ast::StmtList* body,
                                    ast::Expr* body_expr, ast::Expr* returns, int flags) {
  if (!function_annotations(args, returns, &flags)) return false;
  if (!enter_unit(scope, name, loc.line)) return false;
  Value code;
  if (!leave_unit(&code, function_unit_body(args, body, body_expr))) return false;
  u_->loc = loc;
  return make_closure(code, flags);
}

bool Compiler::function_def(ast::FunctionDef* f) {
  for (ast::Expr* d : f->decorator_list) {
    if (!expr(d)) return false;
    emit(OP_PUSH_NULL);
  }
  Scope* scope = symtable_.scope_of(f);
  bool ok = f->type_params.empty()
                ? make_function(scope, f->args, f->name, f->loc, &f->body, nullptr, f->returns)
                : generic_function(scope, f);
  if (!ok) return false;
  for (size_t i = 0; i < f->decorator_list.size(); i++) emit(OP_CALL, 1);
  return name_op(f->name, ast::Ctx::Store, f->loc);
}

bool Compiler::lambda(ast::Lambda* l) {
  return make_function(symtable_.scope_of(l), l->args, "<lambda>", l->loc, nullptr, l->body,
                       nullptr);
}

// ---- calls --------------------------------------------------------------------------------------

bool Compiler::check_keywords(const std::vector<ast::Keyword*>& kws) {
  std::unordered_set<std::string> seen;
  for (ast::Keyword* k : kws) {
    if (k->arg.empty()) continue;
    if (!check_forbidden(k->arg, ast::Ctx::Store, k->loc)) return false;
    if (!seen.insert(k->arg).second) return error(k->loc, "keyword argument repeated: " + k->arg);
  }
  return true;
}

// f(**a, b=1, **c): runs of named keywords become BUILD_MAP, each ** a DICT_MERGE (which reports
// duplicates as "got multiple values for keyword argument").
bool Compiler::call_kwargs_dict(const std::vector<ast::Keyword*>& kws) {
  bool built = false;
  for (size_t i = 0; i < kws.size();) {
    if (kws[i]->arg.empty()) {
      if (!built) emit(OP_BUILD_MAP, 0);
      built = true;
      if (!expr(kws[i]->value)) return false;
      emit(OP_DICT_MERGE, 1);
      i++;
      continue;
    }
    int run = 0;
    for (; i < kws.size() && !kws[i]->arg.empty(); i++, run++) {
      const std::string& name = kws[i]->arg;
      Str* key = intern_chars(ts_, name.data(), name.size());
      if (!key) return pending_error();
      if (!load_const(Value::from_obj(key), "s" + name) || !expr(kws[i]->value)) return false;
    }
    emit(OP_BUILD_MAP, run);
    if (built) emit(OP_DICT_MERGE, 1);
    built = true;
  }
  return true;
}

// Arguments of a call whose callable (and self or NULL) is already on the stack, after `pushed`
// positional arguments already pushed too.
bool Compiler::call_args(const ast::ExprList& args, const std::vector<ast::Keyword*>& kws,
                         int pushed, const ast::Loc& loc) {
  bool starred = false, dstar = false;
  for (ast::Expr* a : args) starred |= a->kind == ast::ExprKind::Starred;
  for (ast::Keyword* k : kws) dstar |= k->arg.empty();
  if (!starred && !dstar) {
    for (ast::Expr* a : args)
      if (!expr(a)) return false;
    std::vector<std::string> names;
    for (ast::Keyword* k : kws) {
      if (!expr(k->value)) return false;
      names.push_back(k->arg);
    }
    u_->loc = loc;
    int npos = pushed + int(args.size());
    if (names.empty()) {
      emit(OP_CALL, npos);
      return true;
    }
    Value kwnames;
    std::string key = "kw";
    for (const std::string& n : names) key += "," + n;
    if (!intern_tuple(names, &kwnames) || !load_const(kwnames, key)) return false;
    emit(OP_CALL_KW, npos + int(names.size()));
    return true;
  }
  if (pushed == 0 && args.size() == 1 && starred) {
    // f(*x): CALL_FUNCTION_EX converts x itself, with the "argument after *" message.
    if (!expr(static_cast<ast::Starred*>(args[0])->value)) return false;
  } else if (!starred) {
    for (ast::Expr* a : args)
      if (!expr(a)) return false;
    emit(OP_BUILD_TUPLE, pushed + int(args.size()));
  } else {
    if (!starred_build(args, OP_BUILD_LIST, OP_LIST_EXTEND, OP_LIST_APPEND, pushed)) return false;
    emit(OP_LIST_TO_TUPLE);
  }
  if (!kws.empty() && !call_kwargs_dict(kws)) return false;
  u_->loc = loc;
  emit(OP_CALL_FUNCTION_EX, kws.empty() ? 0 : 1);
  return true;
}

bool Compiler::call(ast::Call* c) {
  if (!check_keywords(c->keywords)) return false;
  bool plain = true;
  for (ast::Expr* a : c->args) plain &= a->kind != ast::ExprKind::Starred;
  for (ast::Keyword* k : c->keywords) plain &= !k->arg.empty();
  if (plain && c->func->kind == ast::ExprKind::Attribute &&
      static_cast<ast::Attribute*>(c->func)->ctx == ast::Ctx::Load) {
    auto a = static_cast<ast::Attribute*>(c->func);
    if (!expr(a->value)) return false;
    u_->loc = a->loc;
    emit(OP_LOAD_METHOD, attr_arg(a->attr));
  } else {
    if (!expr(c->func)) return false;
    emit(OP_PUSH_NULL);
  }
  return call_args(c->args, c->keywords, 0, c->loc);
}

// ---- classes -------------------------------------------------------------------------------------

// The body of `class C:` runs as a function whose LOAD_NAME mapping is the class namespace
// (builtins.__build_class__ calls it through function_run_with_locals). When methods use
// super() or __class__, it returns the __class__ cell, also stored as __classcell__ for
// __build_class__ to fill (CPython's protocol).
bool Compiler::class_body(ast::ClassDef* c) {
  u_->loc = c->loc;
  emit(OP_LOAD_NAME, name_arg("__name__"));
  emit(OP_STORE_NAME, name_arg("__module__"));
  Str* qualname = intern_chars(ts_, u_->qualname.data(), u_->qualname.size());
  if (!qualname) return pending_error();
  if (!load_const(Value::from_obj(qualname), "s" + u_->qualname)) return false;
  emit(OP_STORE_NAME, name_arg("__qualname__"));
  if (!c->type_params.empty()) {
    if (!name_op(".type_params", ast::Ctx::Load, c->loc)) return false;
    emit(OP_STORE_NAME, name_arg("__type_params__"));
  }
  if (u_->scope->needs_classdict) {
    // Annotation scopes in the body (PEP 695) read the class namespace through this cell.
    emit(OP_LOAD_LOCALS);
    emit(OP_STORE_DEREF, u_->cell_index.at("__classdict__"));
  }
  if (has_annotations(c->body)) emit(OP_SETUP_ANNOTATIONS);
  if (!body_with_docstring(c->body, true)) return false;
  auto cell = u_->cell_index.find("__class__");
  if (cell == u_->cell_index.end()) {
    if (!load_none()) return false;
    u_->instrs.back().op = OP_RETURN_CONST;
    return true;
  }
  emit(OP_LOAD_CLOSURE, cell->second);
  emit(OP_COPY, 1);
  emit(OP_STORE_NAME, name_arg("__classcell__"));
  emit(OP_RETURN_VALUE);
  return true;
}

bool Compiler::class_def(ast::ClassDef* c) {
  if (!check_keywords(c->keywords)) return false;
  for (ast::Expr* d : c->decorator_list) {
    if (!expr(d)) return false;
    emit(OP_PUSH_NULL);
  }
  if (!(c->type_params.empty() ? make_class(c) : generic_class(c))) return false;
  for (size_t i = 0; i < c->decorator_list.size(); i++) emit(OP_CALL, 1);
  return name_op(c->name, ast::Ctx::Store, c->loc);
}

// __build_class__(body, name, *bases, **keywords); a generic class also gets .generic_base.
bool Compiler::make_class(ast::ClassDef* c) {
  u_->loc = c->loc;
  emit(OP_LOAD_BUILD_CLASS);
  emit(OP_PUSH_NULL);
  if (!enter_unit(symtable_.scope_of(c), c->name, c->loc.line)) return false;
  Value code;
  if (!leave_unit(&code, class_body(c))) return false;
  u_->loc = c->loc;
  if (!make_closure(code, 0)) return false;
  Str* name = intern_chars(ts_, c->name.data(), c->name.size());
  if (!name) return pending_error();
  if (!load_const(Value::from_obj(name), "s" + c->name)) return false;
  if (c->type_params.empty()) return call_args(c->bases, c->keywords, 2, c->loc);
  if (!generic_base()) return false;
  ast::Name base;
  base.id = ".generic_base";
  base.loc = c->loc;
  ast::ExprList bases = c->bases;
  bases.push_back(&base);
  return call_args(bases, c->keywords, 2, c->loc);
}

// ---- comprehensions -----------------------------------------------------------------------------

// An async generator (`async for`) awaits __anext__() under a handler that ends the loop on
// StopAsyncIteration (END_ASYNC_FOR); a plain one uses FOR_ITER.
bool Compiler::comprehension_body(ast::Comp* c, size_t gi) {
  ast::Comprehension* g = c->generators[gi];
  int start = new_label(), cont = new_label(), end = new_label();
  int except = g->is_async ? new_label() : -1;
  if (gi == 0) {
    emit(OP_LOAD_FAST, 0);
  } else {
    if (!expr(g->iter)) return false;
    emit(g->is_async ? OP_GET_AITER : OP_GET_ITER);
  }
  bind(start);
  u_->loc = c->loc;
  if (g->is_async) {
    // Below the iterator: the result being built and the enclosing generators' iterators.
    int depth = (c->kind == ast::ExprKind::GeneratorExp ? 0 : 1) + int(gi) + 1;
    push_handler(except, depth);
    emit(OP_GET_ANEXT);
    if (!yield_from_loop()) return false;
    pop_handler();
  } else {
    emit_jump(OP_FOR_ITER, end);
  }
  if (!store(g->target)) return false;
  for (ast::Expr* cond : g->ifs)
    if (!jump_if(cond, false, cont)) return false;
  if (gi + 1 < c->generators.size()) {
    if (!comprehension_body(c, gi + 1)) return false;
  } else {
    int result_at = int(c->generators.size()) + 1;  // the iterators sit above the result
    switch (c->kind) {
      case ast::ExprKind::ListComp:
        if (!expr(c->elt)) return false;
        emit(OP_LIST_APPEND, result_at);
        break;
      case ast::ExprKind::SetComp:
        if (!expr(c->elt)) return false;
        emit(OP_SET_ADD, result_at);
        break;
      case ast::ExprKind::GeneratorExp:
        if (!expr(c->elt)) return false;
        if (u_->scope->is_coroutine) emit(OP_ASYNC_GEN_WRAP);
        emit(OP_YIELD_VALUE);
        emit(OP_POP_TOP);
        break;
      default:
        if (!expr(c->elt) || !expr(c->value)) return false;
        emit(OP_MAP_ADD, result_at);
        break;
    }
  }
  bind(cont);
  u_->loc = c->loc;
  emit_jump(OP_JUMP_FORWARD, start);
  if (g->is_async) {
    bind(except);
    emit(OP_END_ASYNC_FOR);
  }
  bind(end);
  return true;
}

// An async comprehension (async for, or await inside) is a coroutine function whose result is
// awaited; an async generator expression is an async generator function, not awaited.
bool Compiler::comprehension(ast::Comp* c) {
  bool is_gen = c->kind == ast::ExprKind::GeneratorExp;
  Scope* scope = symtable_.scope_of(c);
  const char* name = c->kind == ast::ExprKind::ListComp  ? "<listcomp>"
                     : c->kind == ast::ExprKind::SetComp ? "<setcomp>"
                     : is_gen ? "<genexpr>" : "<dictcomp>";
  if (!enter_unit(scope, name, c->loc.line)) return false;
  u_->argcount = 1;
  u_->loc = c->loc;
  if (!is_gen) {
    emit(c->kind == ast::ExprKind::ListComp ? OP_BUILD_LIST
         : c->kind == ast::ExprKind::SetComp ? OP_BUILD_SET : OP_BUILD_MAP, 0);
  }
  if (!comprehension_body(c, 0)) return false;
  if (is_gen) {
    if (!load_none()) return false;
    u_->instrs.back().op = OP_RETURN_CONST;
  } else {
    emit(OP_RETURN_VALUE);
  }
  Value code;
  if (!leave_unit(&code)) return false;
  u_->loc = c->loc;
  if (!make_closure(code, 0)) return false;
  emit(OP_PUSH_NULL);
  if (!expr(c->generators[0]->iter)) return false;
  u_->loc = c->loc;
  emit(c->generators[0]->is_async ? OP_GET_AITER : OP_GET_ITER);
  emit(OP_CALL, 1);
  return is_gen || !scope->is_coroutine || await_value(0);
}

bool Compiler::yield_expr(ast::Expr* e) {
  if (!u_->scope->is_function_like())
    return error(e->loc, e->kind == ast::ExprKind::Await ? "'await' outside function"
                                                         : "'yield' outside function");
  if (e->kind == ast::ExprKind::Await) {
    if (!expr(static_cast<ast::Await*>(e)->value)) return false;
    u_->loc = e->loc;
    return await_value(0);
  }
  if (e->kind == ast::ExprKind::Yield) {
    ast::Expr* v = static_cast<ast::Yield*>(e)->value;
    if (v ? !expr(v) : !load_none()) return false;
    u_->loc = e->loc;
    if (u_->scope->is_coroutine) emit(OP_ASYNC_GEN_WRAP);
    emit(OP_YIELD_VALUE);
    return true;
  }
  if (in_async_function()) return error(e->loc, "'yield from' inside async function");
  // yield from: SEND drives the sub-iterator; each value it produces is yielded to our caller.
  if (!expr(static_cast<ast::YieldFrom*>(e)->value)) return false;
  u_->loc = e->loc;
  emit(OP_GET_YIELD_FROM_ITER);
  return yield_from_loop();
}

}  // namespace weft
