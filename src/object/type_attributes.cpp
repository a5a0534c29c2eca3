// The attributes of type objects: __name__, __qualname__, __module__ and __doc__ (writable on
// classes), __mro__, __bases__, __base__, __dict__ (a mappingproxy), and the methods mro(),
// __subclasses__(), __instancecheck__, __subclasscheck__ and __prepare__.
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

Type* as_type(Value v) { return static_cast<Type*>(v.as_obj()); }
Value or_none(ThreadState& ts, const Object* o) { return o ? Value::from_obj(o) : ts.vm->none; }

bool is_type(ThreadState& ts, Value v) {
  return v.is_obj() && (type_of(ts, v)->tflags & TF_TYPE_SUBCLASS);
}

// Only classes get here: type_setattr refuses every attribute of a built-in type first.
bool check_text(ThreadState& ts, Type* t, Value v, const char* what) {
  if (v.is_error()) {
    raise(ts, ts.vm->types.TypeError, "cannot delete '%s' attribute of immutable type '%s'", what,
          type_cname(t));
    return false;
  }
  if (is_str(ts, v)) return true;
  raise(ts, ts.vm->types.TypeError, "can only assign string to %s.%s, not '%s'", type_cname(t),
        what, type_name(ts, v));
  return false;
}

Value get_name(ThreadState& ts, Value self) {
  Type* t = as_type(self);
  return t->name ? Value::from_obj(t->name) : str_from_cstr(ts, t->cname);
}
bool set_name(ThreadState& ts, Value self, Value v) {
  Type* t = as_type(self);
  if (!check_text(ts, t, v, "__name__")) return false;
  Str* name = str_intern(ts, as_str(v));
  if (!name) return false;
  t->name = name;
  t->cname = name->data;
  return true;
}

Value get_qualname(ThreadState& ts, Value self) {
  Type* t = as_type(self);
  return t->qualname ? Value::from_obj(t->qualname) : get_name(ts, self);
}
bool set_qualname(ThreadState& ts, Value self, Value v) {
  Type* t = as_type(self);
  if (!check_text(ts, t, v, "__qualname__")) return false;
  t->qualname = as_str(v);
  return true;
}

Value get_module(ThreadState& ts, Value self) {
  Type* t = as_type(self);
  if (t->tflags & TF_HEAPTYPE) {
    Value m = dict_get_str(t->dict, ts.vm->names.__module__);
    if (!m.is_error()) return m;
    return raise(ts, ts.vm->types.AttributeError, "__module__");
  }
  Value m = type_module(ts, t);
  return m.is_error() ? Value::from_obj(ts.vm->names.builtins) : m;
}

// __module__ and __doc__ of a class live in its dict.
bool set_dict_entry(ThreadState& ts, Type* t, Str* name, Value v) {
  if (v.is_error()) {
    raise(ts, ts.vm->types.TypeError, "cannot delete '%U' attribute of immutable type '%s'", name,
          type_cname(t));
    return false;
  }
  return class_dict_store(ts, t, name, v) > 0;
}
bool set_module(ThreadState& ts, Value self, Value v) {
  return set_dict_entry(ts, as_type(self), ts.vm->names.__module__, v);
}

Value get_doc(ThreadState& ts, Value self) {
  Value d = dict_get_str(as_type(self)->dict, ts.vm->names.__doc__);
  if (d.is_error()) return ts.vm->none;
  if (!(as_type(self)->tflags & TF_HEAPTYPE) || !d.is_obj()) return d;
  DescrGetFn get = d.as_obj()->type->descr_get;
  return get ? get(ts, d, Value(), self) : d;
}
bool set_doc(ThreadState& ts, Value self, Value v) {
  return set_dict_entry(ts, as_type(self), ts.vm->names.__doc__, v);
}

// abc keeps the names of a class's abstract methods here; a non-empty set forbids instances.
// Only the class's own dict counts (and `type` has none: the getset is not its value).
Value get_abstract(ThreadState& ts, Value self) {
  Type* t = as_type(self);
  Str* name = intern_cstr(ts, "__abstractmethods__");
  if (!name) return Value::error();
  Value v = t == ts.vm->types.type ? Value() : dict_get_str(t->dict, name);
  if (v.is_error()) return raise_with_arg(ts, ts.vm->types.AttributeError, Value::from_obj(name));
  return v;
}
bool set_abstract(ThreadState& ts, Value self, Value v) {
  Type* t = as_type(self);
  Str* name = intern_cstr(ts, "__abstractmethods__");
  if (!name) return false;
  int abstract = v.is_error() ? 0 : obj_truth(ts, v);
  if (abstract < 0) return false;
  int stored = class_dict_store(ts, t, name, v);
  if (stored <= 0) {
    if (stored == 0) raise_with_arg(ts, ts.vm->types.AttributeError, Value::from_obj(name));
    return false;
  }
  std::atomic_ref<uint32_t> flags(t->tflags);
  if (abstract) {
    flags.fetch_or(TF_IS_ABSTRACT, std::memory_order_relaxed);
  } else {
    flags.fetch_and(~uint32_t(TF_IS_ABSTRACT), std::memory_order_relaxed);
  }
  return true;
}

Value get_mro(ThreadState& ts, Value self) { return or_none(ts, as_type(self)->mro); }
Value get_bases(ThreadState& ts, Value self) { return or_none(ts, as_type(self)->bases); }
Value get_base(ThreadState& ts, Value self) { return or_none(ts, as_type(self)->base); }
Value get_dict(ThreadState& ts, Value self) {
  return mappingproxy_new(ts, Value::from_obj(as_type(self)->dict));
}

const GetSetDef TYPE_GETSETS[] = {
    {"__name__", get_name, set_name},
    {"__qualname__", get_qualname, set_qualname},
    {"__module__", get_module, set_module},
    {"__doc__", get_doc, set_doc},
    {"__mro__", get_mro, nullptr},
    {"__bases__", get_bases, nullptr},
    {"__base__", get_base, nullptr},
    {"__dict__", get_dict, nullptr},
    {"__abstractmethods__", get_abstract, set_abstract},
    {nullptr, nullptr, nullptr},
};

Value m_mro(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!args_check(ts, "mro", nargs, kwnames, 0, 0)) return Value::error();
  Tuple* mro = as_type(self)->mro;
  return list_from_array(ts, mro->items, mro->size);
}

Value m_subclasses(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!args_check(ts, "__subclasses__", nargs, kwnames, 0, 0)) return Value::error();
  return type_subclasses(ts, as_type(self));
}

Value m_instancecheck(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "__instancecheck__", nargs, kw, 1, 1)) return Value::error();
  int r = type_instance_check(ts, args[0], as_type(self));
  return r < 0 ? Value::error() : boolean(ts, r);
}

Value m_subclasscheck(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "__subclasscheck__", nargs, kw, 1, 1)) return Value::error();
  if (!is_type(ts, args[0])) {
    return raise(ts, ts.vm->types.TypeError, "issubclass() arg 1 must be a class");
  }
  return boolean(ts, type_is_subtype(as_type(args[0]), as_type(self)));
}

// type.__prepare__(name, bases, **kwds): the namespace of a class body, a new dict.
Value m_prepare(ThreadState& ts, Value, const Value*, size_t, Tuple*) {
  Dict* d = dict_new(ts);
  return d ? Value::from_obj(d) : Value::error();
}

Value m_dir(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (!args_check(ts, "__dir__", nargs, kwnames, 0, 0)) return Value::error();
  return dir_keys(ts, nullptr, as_type(self));
}

const MethodDef TYPE_METHODS[] = {
    {"__dir__", m_dir, 0, "Specialized __dir__ implementation for types."},
    {"mro", m_mro, 0, "Return a type's method resolution order."},
    {"__subclasses__", m_subclasses, 0, "Return a list of immediate subclasses."},
    {"__instancecheck__", m_instancecheck, 0, "Check if an object is an instance."},
    {"__subclasscheck__", m_subclasscheck, 0, "Check if a class is a subclass."},
    {"__prepare__", m_prepare, METH_CLASS,
     "Create the namespace for the class statement"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

int type_instance_check(ThreadState& ts, Value inst, Type* t) {
  Type* it = type_of(ts, inst);
  if (type_is_subtype(it, t)) return 1;
  Value cls = obj_getattr_opt(ts, inst, ts.vm->names.__class__);
  if (cls.is_error()) return ts.has_pending() ? -1 : 0;
  return cls.as_obj() != it && is_type(ts, cls) && type_is_subtype(as_type(cls), t);
}

bool type_add_attributes(ThreadState& ts, Type* type) {
  return type_add_getsets(ts, type, TYPE_GETSETS) && type_add_methods(ts, type, TYPE_METHODS);
}

}  // namespace weft
