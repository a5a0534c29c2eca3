// `object`, the root of every type (identity equality and hash, the default repr, __format__,
// __class__), and the types of the three static singletons None, NotImplemented and Ellipsis.
#include <atomic>

#include "object/args.hpp"
#include "object/class.hpp"
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

bool has_args(size_t nargs, Tuple* kwnames) { return nargs > 0 || (kwnames && kwnames->size); }

bool object_init(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kwnames);

// "Can't instantiate abstract class A without an implementation for abstract methods 'f', 'g'"
Value raise_abstract(ThreadState& ts, Type* type) {
  Str* attr = intern_cstr(ts, "__abstractmethods__");
  Str* join = intern_cstr(ts, "join");
  if (!attr || !join) return Value::error();
  WEFT_TRY(names, obj_getattr(ts, Value::from_obj(type), attr));
  WEFT_TRY(sorted, list_from_iterable(ts, names));
  if (!list_sort(ts, as_list(sorted), Value(), false)) return Value::error();
  WEFT_TRY(sep, str_from_cstr(ts, "', '"));
  WEFT_TRY(joined, call_method(ts, sep, join, &sorted, 1));
  return raise(ts, ts.vm->types.TypeError,
               "Can't instantiate abstract class %s without an implementation for abstract "
               "method%s '%V'",
               type_cname(type), list_size(as_list(sorted)) > 1 ? "s" : "", joined);
}

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
  if (type->tflags & TF_IS_ABSTRACT) return raise_abstract(ts, type);
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
// A small int has no address: object.__hash__(1) hashes its tagged word instead.
bool object_hash(ThreadState& ts, Value self, intptr_t* out) {
  static_cast<void>(ts);
  uintptr_t y = self.bits();
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

bool same_layout(Type* a, Type* b) {
  constexpr uint32_t LAYOUT_FLAGS = TF_HAS_DICT | TF_DICT_AFTER_ITEMS;
  return builtin_base(a) == builtin_base(b) && a->basic_size == b->basic_size &&
         a->dict_offset == b->dict_offset && (a->tflags & LAYOUT_FLAGS) == (b->tflags & LAYOUT_FLAGS);
}

// obj.__class__ = C, between classes whose instances have the same layout. The header word is
// stored atomically: a thread reading the object sees the old or the new class.
bool object_set_class(ThreadState& ts, Value self, Value value) {
  Type* type_error = ts.vm->types.TypeError;
  if (value.is_error()) {
    raise(ts, type_error, "can't delete __class__ attribute");
    return false;
  }
  if (!value.is_obj() || !(type_of(ts, value)->tflags & TF_TYPE_SUBCLASS)) {
    raise(ts, type_error, "__class__ must be set to a class, not '%s' object", type_name(ts, value));
    return false;
  }
  Type* old_type = type_of(ts, self);
  Type* new_type = static_cast<Type*>(value.as_obj());
  if (!(old_type->tflags & TF_HEAPTYPE) || !(new_type->tflags & TF_HEAPTYPE)) {
    raise(ts, type_error, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return false;
  }
  if (!same_layout(old_type, new_type)) {
    raise(ts, type_error, "__class__ assignment: '%s' object layout differs from '%s'",
          type_cname(new_type), type_cname(old_type));
    return false;
  }
  std::atomic_ref<Type*>(self.as_obj()->type).store(new_type, std::memory_order_release);
  return true;
}

// The end of the __init_subclass__ chain: a class statement's keywords nobody consumed are errors.
Value object_init_subclass(ThreadState& ts, Value cls, const Value*, size_t nargs,
                           Tuple* kwnames) {
  const char* name = type_cname(static_cast<Type*>(cls.as_obj()));
  if (kwnames && kwnames->size) {
    return raise(ts, ts.vm->types.TypeError, "%s.__init_subclass__() takes no keyword arguments",
                 name);
  }
  if (nargs) {
    return raise(ts, ts.vm->types.TypeError,
                 "%s.__init_subclass__() takes no arguments (%zu given)", name, nargs);
  }
  return ts.vm->none;
}

Value object_subclasshook(ThreadState& ts, Value, const Value*, size_t, Tuple*) {
  return ts.vm->not_implemented;
}

// object.__dir__: the instance's attributes and its class's (a module: only its own).
Value object_dir(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!args_check(ts, "__dir__", nargs, kwnames, 0, 0)) return Value::error();
  Type* t = type_of(ts, self);
  return dir_keys(ts, instance_dict(ts, self), t->kind == TypeKind::Module ? nullptr : t);
}

const MethodDef OBJECT_METHODS[] = {
    {"__dir__", object_dir, 0, "Default dir() implementation."},
    {"__format__", object_format, 0, "Default object formatter."},
    {"__init_subclass__", object_init_subclass, METH_CLASS,
     "This method is called when a class is subclassed."},
    {"__subclasshook__", object_subclasshook, METH_CLASS, "Abstract classes can override this."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef OBJECT_GETSETS[] = {
    {"__class__", object_get_class, object_set_class},
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

bool add_keys(ThreadState& ts, Dict* names, Dict* from) {
  size_t pos = 0;
  Value key, value;
  while (from && dict_next(from, &pos, &key, &value)) {
    if (!dict_set(ts, names, key, ts.vm->none)) return false;
  }
  return true;
}

}  // namespace

Value dir_keys(ThreadState& ts, Dict* own, Type* mro_of) {
  Dict* names = dict_new(ts);
  if (!names || !add_keys(ts, names, own)) return Value::error();
  Tuple* mro = mro_of ? mro_of->mro : nullptr;
  for (size_t i = 0; mro && i < mro->size; i++) {
    if (!add_keys(ts, names, static_cast<Type*>(mro->items[i].as_obj())->dict)) return Value::error();
  }
  return dict_keys_list(ts, names);
}

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
