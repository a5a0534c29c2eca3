// Code generation for PEP 695: `def f[T]`, `class C[T]` and `type X[T] = ...`. As in CPython, a
// generic definition runs inside a hidden function (its "type parameter scope") that creates the
// TypeVars as its locals, so that annotations, bases and the body can close over them; bounds,
// constraints, defaults and alias values are small functions evaluated on first use.
#include "compile/codegen.hpp"
#include "object/str.hpp"

namespace weft {

// A function of no arguments returning `e` (compiled in the scope the symtable made for it).
bool Compiler::lazy_function(ast::Expr* e, const std::string& name) {
  if (!enter_unit(symtable_.scope_of(e), name, e->loc.line)) return false;
  add_const(ts_.vm->none, "N");  // consts[0] is __doc__
  bool ok = expr(e);
  if (ok) emit(OP_RETURN_VALUE);
  Value code;
  if (!leave_unit(&code, ok)) return false;
  return make_closure(code, 0);
}

// Creates each type parameter, binds its name, and leaves the tuple of them on the stack.
bool Compiler::type_param_tuple(const std::vector<ast::TypeParam*>& list) {
  bool seen_default = false;
  for (ast::TypeParam* tp : list) {
    u_->loc = tp->loc;
    if (tp->default_value) {
      seen_default = true;
    } else if (seen_default) {
      return error(tp->loc, "non-default type parameter '" + tp->name +
                                "' follows default type parameter");
    }
    Str* name = intern_chars(ts_, tp->name.data(), tp->name.size());
    if (!name) return pending_error();
    if (!load_const(Value::from_obj(name), "s" + tp->name)) return false;
    if (tp->bound) {
      if (!lazy_function(tp->bound, tp->name)) return false;
      u_->loc = tp->loc;
      bool constraints = tp->bound->kind == ast::ExprKind::Tuple;
      emit(OP_CALL_INTRINSIC_2, constraints ? INTRINSIC2_TYPEVAR_WITH_CONSTRAINTS
                                            : INTRINSIC2_TYPEVAR_WITH_BOUND);
    } else {
      using K = ast::TypeParamKind;
      emit(OP_CALL_INTRINSIC_1, tp->kind == K::TypeVar     ? INTRINSIC_TYPEVAR
                                : tp->kind == K::ParamSpec ? INTRINSIC_PARAMSPEC
                                                           : INTRINSIC_TYPEVARTUPLE);
    }
    if (tp->default_value) {
      if (!lazy_function(tp->default_value, tp->name)) return false;
      u_->loc = tp->loc;
      emit(OP_CALL_INTRINSIC_2, INTRINSIC2_SET_TYPEPARAM_DEFAULT);
    }
    emit(OP_COPY, 1);
    if (!name_op(tp->name, ast::Ctx::Store, tp->loc)) return false;
  }
  emit(OP_BUILD_TUPLE, int(list.size()));
  return true;
}

bool Compiler::enter_type_params_unit(const void* key, const std::string& owner, int line) {
  return enter_unit(symtable_.scope_of(key), "<generic parameters of " + owner + ">", line);
}

// Ends the type parameter scope (whose code left the definition on the stack) and calls it with
// `nargs` arguments, which `push_args` pushes in the enclosing scope.
template <class PushArgs>
bool Compiler::call_type_params_unit(bool body_ok, const ast::Loc& loc, int nargs,
                                     PushArgs push_args) {
  if (body_ok) emit(OP_RETURN_VALUE);
  Value code;
  if (!leave_unit(&code, body_ok)) return false;
  u_->loc = loc;
  if (!make_closure(code, 0)) return false;
  emit(OP_PUSH_NULL);
  if (!push_args()) return false;
  u_->loc = loc;
  emit(OP_CALL, nargs);
  return true;
}

// def f[T](x: T = d) -> T: the defaults are evaluated outside and passed to the type parameter
// scope, which evaluates the annotations, makes the function and sets its __type_params__.
bool Compiler::generic_function(Scope* scope, ast::FunctionDef* f) {
  ast::Arguments* args = f->args;
  int flags = args->defaults.empty() ? 0 : MF_DEFAULTS;
  for (ast::Expr* d : args->kw_defaults)
    if (d) flags |= MF_KWDEFAULTS;
  int nargs = ((flags & MF_DEFAULTS) != 0) + ((flags & MF_KWDEFAULTS) != 0);
  if (!enter_type_params_unit(&f->type_params, f->name, f->loc.line)) return false;
  u_->argcount = nargs;
  bool ok = type_param_tuple(f->type_params);
  for (int i = 0; ok && i < nargs; i++) emit(OP_LOAD_FAST, i);
  ok = ok && make_function_object(scope, args, f->name, f->loc, &f->body, nullptr, f->returns,
                                  flags);
  if (ok) {
    emit(OP_SWAP, 2);
    emit(OP_CALL_INTRINSIC_2, INTRINSIC2_SET_FUNCTION_TYPE_PARAMS);
  }
  return call_type_params_unit(ok, f->loc, nargs, [&] {
    int unused = 0;
    return function_defaults(args, &unused);
  });
}

// class C[T](Base): the class is made inside the type parameter scope, with typing.Generic added
// to its bases; the body stores __type_params__.
bool Compiler::generic_class(ast::ClassDef* c) {
  if (!enter_type_params_unit(&c->type_params, c->name, c->loc.line)) return false;
  bool ok = type_param_tuple(c->type_params) &&
            name_op(".type_params", ast::Ctx::Store, c->loc) && make_class(c);
  return call_type_params_unit(ok, c->loc, 0, [] { return true; });
}

// [.type_params] -> the base a generic class adds, stored as .generic_base.
bool Compiler::generic_base() {
  if (!name_op(".type_params", ast::Ctx::Load, u_->loc)) return false;
  emit(OP_CALL_INTRINSIC_1, INTRINSIC_SUBSCRIPT_GENERIC);
  return name_op(".generic_base", ast::Ctx::Store, u_->loc);
}

// type X[T] = value -> TypeAliasType('X', (T,), <lazy value>)
bool Compiler::type_alias(ast::TypeAlias* s) {
  const std::string& name = static_cast<ast::Name*>(s->name)->id;
  Str* str = intern_chars(ts_, name.data(), name.size());
  if (!str) return pending_error();
  bool generic = !s->type_params.empty();
  if (generic && !enter_type_params_unit(&s->type_params, name, s->loc.line)) return false;
  u_->loc = s->loc;
  bool ok = load_const(Value::from_obj(str), "s" + name) &&
            (generic ? type_param_tuple(s->type_params) : load_none()) &&
            lazy_function(s->value, name);
  if (ok) {
    u_->loc = s->loc;
    emit(OP_BUILD_TUPLE, 3);
    emit(OP_CALL_INTRINSIC_1, INTRINSIC_TYPEALIAS);
  }
  if (generic && !call_type_params_unit(ok, s->loc, 0, [] { return true; })) return false;
  if (!generic && !ok) return false;
  return name_op(name, ast::Ctx::Store, s->loc);
}

}  // namespace weft
