// types.GenericAlias and types.UnionType (see generic_alias.hpp), after CPython's
// genericaliasobject.c and unionobject.c: reprs, equality and hash, attribute forwarding to the
// origin, __mro_entries__ (so `class L(list[int])` derives from list), and `|` between types.
#include "object/generic_alias.hpp"

#include "object/args.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/list.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

struct GenericAlias : Object {
  Value origin;
  Tuple* args;
};

struct UnionType : Object {
  Tuple* args;  // flattened, without duplicates, None as NoneType
};

GenericAlias* as_alias(Value v) { return static_cast<GenericAlias*>(v.as_obj()); }
UnionType* as_union(Value v) { return static_cast<UnionType*>(v.as_obj()); }

bool is_type(ThreadState& ts, Value v) {
  return v.is_obj() && (type_of(ts, v)->tflags & TF_TYPE_SUBCLASS);
}

// How an argument shows in a repr: `...`, a type's qualified name (without "builtins."), an
// alias's repr, else repr().
bool append_item(ThreadState& ts, StrBuf& out, Value v) {
  Vm& vm = *ts.vm;
  if (v == vm.ellipsis) {
    out.append("...");
    return true;
  }
  if (v.is_obj() && v.as_obj() == vm.types.none) {
    out.append("None");
    return true;
  }
  if (is_generic_alias(ts, v) || union_args(ts, v) || !is_type(ts, v)) {
    WEFT_TRY_BOOL(r, obj_repr(ts, v));
    out.append_str(as_str(r));
    return true;
  }
  Value module = type_module(ts, static_cast<Type*>(v.as_obj()));
  WEFT_TRY_BOOL(qualname, obj_getattr(ts, v, vm.names.__qualname__));
  if (!module.is_error()) {
    out.append_str(as_str(module));
    out.append_char('.');
  }
  WEFT_TRY_BOOL(text, obj_str(ts, qualname));
  out.append_str(as_str(text));
  return true;
}

// ---- GenericAlias -------------------------------------------------------------------------------

Value alias_alloc(ThreadState& ts, Value origin, Value args) {
  if (!is_tuple(ts, args)) {
    WEFT_TRY(one, tuple_new(ts, &args, 1));
    args = one;
  }
  auto a = gc_new<GenericAlias>(ts, ts.vm->types.generic_alias);
  if (!a) return Value::error();
  a->origin = origin;
  a->args = as_tuple(args);
  return Value::from_obj(a);
}

Value alias_new(ThreadState& ts, Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_no_kwargs(ts, "GenericAlias", kwnames)) return Value::error();
  if (nargs != 2) {
    return raise(ts, ts.vm->types.TypeError, "GenericAlias expected 2 arguments, got %zu", nargs);
  }
  return alias_alloc(ts, args[0], args[1]);
}

Value alias_repr(ThreadState& ts, Value self) {
  GenericAlias* a = as_alias(self);
  StrBuf out(ts);
  if (!append_item(ts, out, a->origin)) return Value::error();
  out.append_char('[');
  if (a->args->size == 0) out.append("()");
  for (size_t i = 0; i < a->args->size; i++) {
    if (i) out.append(", ");
    if (!append_item(ts, out, a->args->items[i])) return Value::error();
  }
  out.append_char(']');
  return out.finish();
}

// list[int].append is list.append: every attribute but the alias's own comes from the origin.
Value alias_getattr(ThreadState& ts, Value self, Str* name) {
  static constexpr const char* OWN[] = {
      "__class__", "__bases__", "__origin__", "__args__", "__unpacked__", "__parameters__",
      "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
      "__copy__", "__deepcopy__", "__instancecheck__", "__subclasscheck__"};
  for (const char* own : OWN) {
    if (str_equal_cstr(name, own)) return generic_getattr(ts, self, name);
  }
  return obj_getattr(ts, as_alias(self)->origin, name);
}

// The result remembers the alias it was made from, when it accepts attributes.
Value alias_call(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  WEFT_TRY(r, call(ts, as_alias(self)->origin, args, nargs, kwnames));
  Str* name = intern_cstr(ts, "__orig_class__");
  if (!name) return Value::error();
  if (!obj_setattr(ts, r, name, self)) {
    if (!pending_matches(ts, ts.vm->types.AttributeError) &&
        !pending_matches(ts, ts.vm->types.TypeError)) {
      return Value::error();
    }
    take_pending(ts);
  }
  return r;
}

Value alias_richcompare(ThreadState& ts, Value a, Value b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || !is_generic_alias(ts, b)) return ts.vm->not_implemented;
  int eq = obj_equal(ts, as_alias(a)->origin, as_alias(b)->origin);
  if (eq > 0) eq = obj_equal(ts, Value::from_obj(as_alias(a)->args), Value::from_obj(as_alias(b)->args));
  if (eq < 0) return Value::error();
  return boolean(ts, op == CMP_EQ ? eq : !eq);
}

bool alias_hash(ThreadState& ts, Value self, intptr_t* out) {
  intptr_t h1, h2;
  if (!obj_hash(ts, as_alias(self)->origin, &h1) ||
      !obj_hash(ts, Value::from_obj(as_alias(self)->args), &h2)) {
    return false;
  }
  *out = (h1 ^ h2) == -1 ? -2 : h1 ^ h2;
  return true;
}

// No type variables are tracked, so an alias is never generic any more.
Value alias_getitem(ThreadState& ts, Value self, Value) {
  return raise(ts, ts.vm->types.TypeError, "%R is not a generic class", self);
}

void alias_trace(Object* o, Tracer& t) {
  t.visit(static_cast<GenericAlias*>(o)->origin);
  t.visit(static_cast<GenericAlias*>(o)->args);
}

Value alias_get_origin(ThreadState&, Value self) { return as_alias(self)->origin; }
Value alias_get_args(ThreadState&, Value self) { return Value::from_obj(as_alias(self)->args); }
Value get_parameters(ThreadState& ts, Value) { return ts.vm->empty_tuple; }
Value alias_get_unpacked(ThreadState& ts, Value) { return ts.vm->false_; }

const GetSetDef ALIAS_GETSETS[] = {
    {"__origin__", alias_get_origin, nullptr},
    {"__args__", alias_get_args, nullptr},
    {"__parameters__", get_parameters, nullptr},
    {"__unpacked__", alias_get_unpacked, nullptr},
    {nullptr, nullptr, nullptr},
};

Value alias_mro_entries(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_no_kwargs(ts, "GenericAlias.__mro_entries__", kw)) return Value::error();
  if (nargs != 1) {
    return raise(ts, ts.vm->types.TypeError,
                 "GenericAlias.__mro_entries__() takes exactly one argument (%zu given)", nargs);
  }
  return tuple_new(ts, &as_alias(self)->origin, 1);
}

template <bool instance>
Value alias_refuse_check(ThreadState& ts, Value, const Value*, size_t, Tuple*) {
  return raise(ts, ts.vm->types.TypeError, "%s() argument 2 cannot be a parameterized generic",
               instance ? "isinstance" : "issubclass");
}

const MethodDef ALIAS_METHODS[] = {
    {"__mro_entries__", alias_mro_entries, 0, nullptr},
    {"__instancecheck__", alias_refuse_check<true>, 0, nullptr},
    {"__subclasscheck__", alias_refuse_check<false>, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- UnionType ----------------------------------------------------------------------------------

bool unionable(ThreadState& ts, Value v) {
  return v == ts.vm->none || is_type(ts, v) || is_generic_alias(ts, v) || union_args(ts, v);
}

// Adds v (or a union's members) to `items` unless an equal member is there already.
bool add_member(ThreadState& ts, List* items, Value v) {
  if (Tuple* args = union_args(ts, v)) {
    for (size_t i = 0; i < args->size; i++) {
      if (!add_member(ts, items, args->items[i])) return false;
    }
    return true;
  }
  if (v == ts.vm->none) v = Value::from_obj(ts.vm->types.none);
  int found = obj_contains(ts, Value::from_obj(items), v);
  if (found < 0) return false;
  return found || list_append(ts, items, v);
}

Value union_repr(ThreadState& ts, Value self) {
  Tuple* args = as_union(self)->args;
  StrBuf out(ts);
  for (size_t i = 0; i < args->size; i++) {
    if (i) out.append(" | ");
    if (!append_item(ts, out, args->items[i])) return Value::error();
  }
  return out.finish();
}

// Unions are equal when they have the same members in any order; the hash is that of their
// frozenset.
Value members_set(ThreadState& ts, Value self) {
  Value args = Value::from_obj(as_union(self)->args);
  return call1(ts, Value::from_obj(ts.vm->types.frozenset), args);
}

Value union_richcompare(ThreadState& ts, Value a, Value b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || !union_args(ts, b)) return ts.vm->not_implemented;
  WEFT_TRY(sa, members_set(ts, a));
  WEFT_TRY(sb, members_set(ts, b));
  return obj_richcompare(ts, sa, sb, op);
}

bool union_hash(ThreadState& ts, Value self, intptr_t* out) {
  WEFT_TRY_BOOL(s, members_set(ts, self));
  return obj_hash(ts, s, out);
}

void union_trace(Object* o, Tracer& t) { t.visit(static_cast<UnionType*>(o)->args); }

Value union_get_args(ThreadState&, Value self) { return Value::from_obj(as_union(self)->args); }

const GetSetDef UNION_GETSETS[] = {
    {"__args__", union_get_args, nullptr},
    {"__parameters__", get_parameters, nullptr},
    {nullptr, nullptr, nullptr},
};

}  // namespace

bool is_generic_alias(ThreadState& ts, Value v) {
  return v.is_obj() && type_is_subtype(v.as_obj()->type, ts.vm->types.generic_alias);
}

Tuple* union_args(ThreadState& ts, Value v) {
  if (!v.is_obj() || v.as_obj()->type != ts.vm->types.union_type) return nullptr;
  return as_union(v)->args;
}

Value generic_alias_new(ThreadState& ts, Value origin, Value args) {
  return alias_alloc(ts, origin, args);
}

Value generic_class_getitem(ThreadState& ts, Value cls, const Value* args, size_t nargs,
                            Tuple* kwnames) {
  if (!args_check(ts, "__class_getitem__", nargs, kwnames, 1, 1)) return Value::error();
  return alias_alloc(ts, cls, args[0]);
}

Value union_or(ThreadState& ts, Value a, Value b) {
  if (!unionable(ts, a) || !unionable(ts, b)) return ts.vm->not_implemented;
  List* items = list_new(ts, 0);
  if (!items || !add_member(ts, items, a) || !add_member(ts, items, b)) return Value::error();
  if (list_size(items) == 1) return list_get(items, 0);
  WEFT_TRY(args, tuple_from_iterable(ts, Value::from_obj(items)));
  auto u = gc_new<UnionType>(ts, ts.vm->types.union_type);
  if (!u) return Value::error();
  u->args = as_tuple(args);
  return Value::from_obj(u);
}

const MethodDef CLASS_GETITEM[] = {
    {"__class_getitem__", generic_class_getitem, METH_CLASS, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

void generic_alias_init_types(ThreadState& ts) {
  Types& types = ts.vm->types;
  Type* a = types.generic_alias;
  a->basic_size = sizeof(GenericAlias);
  a->trace = alias_trace;
  a->new_ = alias_new;
  a->repr = alias_repr;
  a->getattr = alias_getattr;
  a->call = alias_call;
  a->richcompare = alias_richcompare;
  a->hash = alias_hash;
  a->getitem = alias_getitem;
  a->binary[BIN_OR] = union_or;
  if (!type_add_getsets(ts, a, ALIAS_GETSETS) || !type_add_methods(ts, a, ALIAS_METHODS)) return;

  Type* u = types.union_type;
  u->basic_size = sizeof(UnionType);
  u->trace = union_trace;
  u->repr = union_repr;
  u->richcompare = union_richcompare;
  u->hash = union_hash;
  u->binary[BIN_OR] = union_or;
  if (!type_add_getsets(ts, u, UNION_GETSETS)) return;
  types.type->binary[BIN_OR] = union_or;
  for (Type* t : {types.list, types.dict, types.tuple, types.set, types.frozenset, types.enumerate}) {
    if (!type_add_methods(ts, t, CLASS_GETITEM)) return;
  }
}

}  // namespace weft
