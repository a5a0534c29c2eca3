// TypeVar, ParamSpec, TypeVarTuple, TypeAliasType, typing.Generic and typing.NoDefault (see
// typevar.hpp). Only what PEP 695 syntax creates: variance is always inferred, and the objects
// are not subscriptable (no typing._GenericAlias here).
#include "object/typevar.hpp"

#include "object/args.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

struct TypeParam : Object {
  Str* name;
  Value bound;           // the evaluated bound or constraints, or error() until evaluated
  Value lazy_bound;      // what evaluates it, or error() when there is none
  Value default_value;   // the evaluated default, or error()
  Value lazy_default;    // what evaluates it, or error() for typing.NoDefault
  bool has_constraints;  // lazy_bound evaluates the constraints tuple, not a bound
};

struct TypeAlias : Object {
  Str* name;
  Value type_params;  // a tuple
  Value value;        // the evaluated value, or error() until evaluated
  Value lazy_value;
  Value module;
};

TypeParam* as_param(Value v) { return static_cast<TypeParam*>(v.as_obj()); }
TypeAlias* as_alias(Value v) { return static_cast<TypeAlias*>(v.as_obj()); }

void param_trace(Object* o, Tracer& t) {
  auto p = static_cast<TypeParam*>(o);
  t.visit(p->name);
  t.visit(p->bound);
  t.visit(p->lazy_bound);
  t.visit(p->default_value);
  t.visit(p->lazy_default);
}

void alias_trace(Object* o, Tracer& t) {
  auto a = static_cast<TypeAlias*>(o);
  t.visit(a->name);
  t.visit(a->type_params);
  t.visit(a->value);
  t.visit(a->lazy_value);
  t.visit(a->module);
}

// Evaluates a lazy part once; error() in `lazy` means there is none.
Value evaluate_once(ThreadState& ts, Value* cache, Value lazy) {
  if (cache->is_error() && !lazy.is_error()) {
    Value v = call0(ts, lazy);
    if (v.is_error()) return v;
    *cache = v;
  }
  return *cache;
}

Value get_name(ThreadState&, Value self) { return Value::from_obj(as_param(self)->name); }

Value get_bound(ThreadState& ts, Value self) {
  TypeParam* p = as_param(self);
  if (p->has_constraints || p->lazy_bound.is_error()) return ts.vm->none;
  return evaluate_once(ts, &p->bound, p->lazy_bound);
}

Value get_constraints(ThreadState& ts, Value self) {
  TypeParam* p = as_param(self);
  if (!p->has_constraints) return ts.vm->empty_tuple;
  return evaluate_once(ts, &p->bound, p->lazy_bound);
}

Value get_default(ThreadState& ts, Value self) {
  TypeParam* p = as_param(self);
  if (p->lazy_default.is_error()) return ts.vm->no_default;
  return evaluate_once(ts, &p->default_value, p->lazy_default);
}

Value get_false(ThreadState& ts, Value) { return ts.vm->false_; }
Value get_true(ThreadState& ts, Value) { return ts.vm->true_; }

Value has_default(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "has_default", nargs, kw, 0, 0)) return Value::error();
  return boolean(ts, !as_param(self)->lazy_default.is_error());
}

// Variance is inferred for parameters made by the syntax: the repr is the bare name.
Value param_repr(ThreadState&, Value self) { return Value::from_obj(as_param(self)->name); }

const GetSetDef TYPEVAR_GETSETS[] = {
    {"__name__", get_name, nullptr},
    {"__bound__", get_bound, nullptr},
    {"__constraints__", get_constraints, nullptr},
    {"__default__", get_default, nullptr},
    {"__covariant__", get_false, nullptr},
    {"__contravariant__", get_false, nullptr},
    {"__infer_variance__", get_true, nullptr},
    {nullptr, nullptr, nullptr},
};

const GetSetDef PARAMSPEC_GETSETS[] = {
    {"__name__", get_name, nullptr},
    {"__bound__", get_bound, nullptr},
    {"__default__", get_default, nullptr},
    {"__covariant__", get_false, nullptr},
    {"__contravariant__", get_false, nullptr},
    {"__infer_variance__", get_true, nullptr},
    {nullptr, nullptr, nullptr},
};

const GetSetDef TYPEVARTUPLE_GETSETS[] = {
    {"__name__", get_name, nullptr},
    {"__default__", get_default, nullptr},
    {nullptr, nullptr, nullptr},
};

const MethodDef PARAM_METHODS[] = {
    {"has_default", has_default, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Value alias_name(ThreadState&, Value self) { return Value::from_obj(as_alias(self)->name); }
Value alias_params(ThreadState&, Value self) { return as_alias(self)->type_params; }
Value alias_module(ThreadState&, Value self) { return as_alias(self)->module; }
Value alias_value(ThreadState& ts, Value self) {
  TypeAlias* a = as_alias(self);
  return evaluate_once(ts, &a->value, a->lazy_value);
}
Value alias_repr(ThreadState&, Value self) { return Value::from_obj(as_alias(self)->name); }

const GetSetDef ALIAS_GETSETS[] = {
    {"__name__", alias_name, nullptr},
    {"__value__", alias_value, nullptr},
    {"__type_params__", alias_params, nullptr},
    {"__module__", alias_module, nullptr},
    {nullptr, nullptr, nullptr},
};

Value no_default_repr(ThreadState& ts, Value) { return str_from_cstr(ts, "typing.NoDefault"); }

Type* make_type(ThreadState& ts, const char* name, size_t size, TraceFn trace, ReprFn repr) {
  Type* t = type_new_builtin(ts, name, ts.vm->types.object, TypeKind::Other, size, 0);
  if (!t) return nullptr;
  t->trace = trace;
  t->repr = repr;
  return t;
}

}  // namespace

Value typeparam_new(ThreadState& ts, TypeParamKind kind, Value name) {
  Types& types = ts.vm->types;
  Type* t = kind == TypeParamKind::TypeVar     ? types.typevar
            : kind == TypeParamKind::ParamSpec ? types.paramspec
                                               : types.typevartuple;
  auto p = gc_new<TypeParam>(ts, t);
  if (!p) return Value::error();
  p->name = as_str(name);
  return Value::from_obj(p);
}

Value typevar_with_bound(ThreadState& ts, Value name, Value evaluate, bool constraints) {
  WEFT_TRY(p, typeparam_new(ts, TypeParamKind::TypeVar, name));
  as_param(p)->lazy_bound = evaluate;
  as_param(p)->has_constraints = constraints;
  return p;
}

Value typeparam_set_default(ThreadState&, Value param, Value evaluate) {
  as_param(param)->lazy_default = evaluate;
  return param;
}

Value typealias_new(ThreadState& ts, Value name, Value type_params, Value evaluate, Value module) {
  auto a = gc_new<TypeAlias>(ts, ts.vm->types.typealias);
  if (!a) return Value::error();
  a->name = as_str(name);
  a->type_params = type_params == ts.vm->none ? ts.vm->empty_tuple : type_params;
  a->lazy_value = evaluate;
  a->module = module;
  return Value::from_obj(a);
}

void typevar_init_types(ThreadState& ts) {
  Types& types = ts.vm->types;
  struct Row {
    Type* Types::*field;
    const char* name;
    const GetSetDef* getsets;
  };
  const Row rows[] = {{&Types::typevar, "typing.TypeVar", TYPEVAR_GETSETS},
                      {&Types::paramspec, "typing.ParamSpec", PARAMSPEC_GETSETS},
                      {&Types::typevartuple, "typing.TypeVarTuple", TYPEVARTUPLE_GETSETS}};
  for (const Row& row : rows) {
    Type* t = make_type(ts, row.name, sizeof(TypeParam), param_trace, param_repr);
    if (!t || !type_add_getsets(ts, t, row.getsets) || !type_add_methods(ts, t, PARAM_METHODS))
      return;
    types.*row.field = t;
  }
  Type* alias = make_type(ts, "typing.TypeAliasType", sizeof(TypeAlias), alias_trace, alias_repr);
  if (!alias || !type_add_getsets(ts, alias, ALIAS_GETSETS)) return;
  types.typealias = alias;
  // The base `class C[T]` gets; instances are plain objects.
  Type* generic = type_new_builtin(ts, "typing.Generic", types.object, TypeKind::Object,
                                   sizeof(Object), TF_BASETYPE);
  if (!generic) return;
  generic->new_ = types.object->new_;
  types.generic = generic;
  Type* nodefault = make_type(ts, "typing.NoDefaultType", sizeof(Object), nullptr,
                              no_default_repr);
  if (!nodefault) return;
  types.nodefault_type = nodefault;
  Object* sentinel = gc_alloc(ts, nodefault, sizeof(Object));
  if (sentinel) ts.vm->no_default = Value::from_obj(sentinel);
}

}  // namespace weft
