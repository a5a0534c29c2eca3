// `object`, the root of every type (identity equality and hash, the default repr, __format__,
// __class__), and the types of the three static singletons None, NotImplemented and Ellipsis.
#include "object/args.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

bool has_args(size_t nargs, Tuple* kwnames) { return nargs > 0 || (kwnames && kwnames->size); }

bool object_init(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kwnames);

// CPython's rule: excess arguments are an error only when neither __new__ nor __init__ is
// overridden to take them (then the one that was not overridden complains).
Value object_new(ThreadState& ts, Type* type, const Value*, size_t nargs, Tuple* kwnames) {
  if (has_args(nargs, kwnames)) {
    if (type->new_ != object_new) {
      return raise(ts, ts.vm->types.TypeError,
                   "object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (type->init == object_init) {
      return raise(ts, ts.vm->types.TypeError, "%s() takes no arguments", type_cname(type));
    }
  }
  Object* o = gc_alloc(ts, type, type->basic_size);
  return o ? Value::from_obj(o) : Value::error();
}

bool object_init(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!has_args(nargs, kwnames)) return true;
  Type* type = type_of(ts, self);
  if (type->init != object_init) {
    raise(ts, ts.vm->types.TypeError,
          "object.__init__() takes exactly one argument (the instance to initialize)");
    return false;
  }
  if (type->new_ == object_new) {
    raise(ts, ts.vm->types.TypeError, "%s() takes no arguments", type_cname(type));
    return false;
  }
  return true;
}

Value object_repr(ThreadState& ts, Value self) {
  Type* t = type_of(ts, self);
  Value module = type_module(ts, t);
  void* addr = self.as_obj();
  if (module.is_error() || !t->qualname) {
    return str_format_c(ts, "<%s object at %p>", type_cname(t), addr);
  }
  return str_format_c(ts, "<%V.%U object at %p>", module, t->qualname, addr);
}

Value object_str(ThreadState& ts, Value self) { return obj_repr(ts, self); }

// CPython's _Py_HashPointer: the address rotated by 4 bits, so that aligned addresses spread.
bool object_hash(ThreadState& ts, Value self, intptr_t* out) {
  if (self.is_int()) {
    *out = int_hash(self);
    return true;
  }
  static_cast<void>(ts);
  uintptr_t y = reinterpret_cast<uintptr_t>(self.as_obj());
  y = (y >> 4) | (y << (8 * sizeof(uintptr_t) - 4));
  *out = intptr_t(y) == -1 ? -2 : intptr_t(y);
  return true;
}

Value object_richcompare(ThreadState& ts, Value a, Value b, int op) {
  Vm& vm = *ts.vm;
  switch (op) {
    case CMP_EQ:
      return a == b ? vm.true_ : vm.not_implemented;
    case CMP_NE: {
      // Defaults to the inverse of the type's own __eq__.
      RichCmpFn eq = type_of(ts, a)->richcompare;
      if (!eq) return vm.not_implemented;
      WEFT_TRY(r, eq(ts, a, b, CMP_EQ));
      if (r == vm.not_implemented) return r;
      int t = obj_truth(ts, r);
      if (t < 0) return Value::error();
      return boolean(ts, !t);
    }
    default:
      return vm.not_implemented;
  }
}

Value object_format(ThreadState& ts, Value self, const Value* args, size_t nargs,
                    Tuple* kwnames) {
  if (!args_check(ts, "object.__format__", nargs, kwnames, 1, 1)) return Value::error();
  if (!is_str(ts, args[0])) {
    return raise(ts, ts.vm->types.TypeError, "__format__() argument must be str, not %T",
                 args[0]);
  }
  if (as_str(args[0])->length > 0) {
    return raise(ts, ts.vm->types.TypeError, "unsupported format string passed to %s.__format__",
                 type_name(ts, self));
  }
  return obj_str(ts, self);
}

Value object_get_class(ThreadState& ts, Value self) { return Value::from_obj(type_of(ts, self)); }

const MethodDef OBJECT_METHODS[] = {
    {"__format__", object_format, 0, "Default object formatter."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef OBJECT_GETSETS[] = {
    {"__class__", object_get_class, nullptr},
    {nullptr, nullptr, nullptr},
};

// ---- None, NotImplemented, Ellipsis -------------------------------------------------------------

// Calling the type returns the singleton, as type(None)() does.
template <Value Vm::*singleton>
Value singleton_new(ThreadState& ts, Type* type, const Value*, size_t nargs, Tuple* kwnames) {
  if (has_args(nargs, kwnames)) {
    return raise(ts, ts.vm->types.TypeError, "%s takes no arguments", type_cname(type));
  }
  return ts.vm->*singleton;
}

Value none_repr(ThreadState& ts, Value) { return str_from_cstr(ts, "None"); }
Value not_implemented_repr(ThreadState& ts, Value) { return str_from_cstr(ts, "NotImplemented"); }
Value ellipsis_repr(ThreadState& ts, Value) { return str_from_cstr(ts, "Ellipsis"); }
int none_bool(ThreadState&, Value) { return 0; }

// CPython 3.12+ gives None a fixed hash, so sets holding None iterate alike in every run.
bool none_hash(ThreadState&, Value, intptr_t* out) {
  *out = intptr_t(uintptr_t(0xFCA86420u));
  return true;
}

}  // namespace

void object_init_types(ThreadState& ts) {
  Types& types = ts.vm->types;
  Type* o = types.object;
  o->new_ = object_new;
  o->init = object_init;
  o->repr = object_repr;
  o->str = object_str;
  o->hash = object_hash;
  o->richcompare = object_richcompare;
  o->getattr = generic_getattr;
  o->setattr = generic_setattr;
  if (!type_add_methods(ts, o, OBJECT_METHODS) || !type_add_getsets(ts, o, OBJECT_GETSETS)) return;

  types.none->new_ = singleton_new<&Vm::none>;
  types.none->repr = none_repr;
  types.none->bool_ = none_bool;
  types.none->hash = none_hash;
  types.not_implemented->new_ = singleton_new<&Vm::not_implemented>;
  types.not_implemented->repr = not_implemented_repr;
  types.ellipsis->new_ = singleton_new<&Vm::ellipsis>;
  types.ellipsis->repr = ellipsis_repr;
}

}  // namespace weft
