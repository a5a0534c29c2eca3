// property, staticmethod and classmethod: the descriptors Python code builds its classes with.
// staticmethod and classmethod copy the wrapped function's __module__, __name__, __qualname__
// and __doc__ into their own __dict__ (CPython 3.10+), and a staticmethod is callable.
#include "object/args.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"
#include "vm/classes.hpp"
#include "vm/function.hpp"

namespace weft {

namespace {

// ---- property -----------------------------------------------------------------------------------

struct Property : Object {
  Value fget, fset, fdel, doc;
  Value name;       // from __set_name__, for error messages; error() until then
  bool getter_doc;  // doc came from fget.__doc__ (so a new getter replaces it)
};

Property* as_property(Value v) { return static_cast<Property*>(v.as_obj()); }

Value none_if_unset(ThreadState& ts, Value v) { return v.is_error() ? ts.vm->none : v; }

Value property_new(ThreadState& ts, Type* type, const Value*, size_t, Tuple*) {
  size_t size = type->basic_size > sizeof(Property) ? type->basic_size : sizeof(Property);
  auto p = static_cast<Property*>(gc_alloc(ts, type, size));
  if (!p) return Value::error();
  p->fget = p->fset = p->fdel = p->doc = ts.vm->none;
  return Value::from_obj(p);
}

bool property_init(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const NAMES[] = {"fget", "fset", "fdel", "doc"};
  static const ArgSpec SPEC = {"property", NAMES, 4, 0, 4, 0};
  Value a[4];
  if (!args_parse(ts, SPEC, args, nargs, kwnames, a)) return false;
  Property* p = as_property(self);
  p->fget = none_if_unset(ts, a[0]);
  p->fset = none_if_unset(ts, a[1]);
  p->fdel = none_if_unset(ts, a[2]);
  p->doc = none_if_unset(ts, a[3]);
  p->getter_doc = false;
  if (p->doc == ts.vm->none && p->fget != ts.vm->none) {
    Value doc = obj_getattr_opt(ts, p->fget, ts.vm->names.__doc__);
    if (doc.is_error() && ts.has_pending()) return false;
    if (!doc.is_error()) {
      p->doc = doc;
      p->getter_doc = true;
    }
  }
  // A subclass's own __doc__ (None by default) would shadow the getset: the instance dict holds it.
  Type* t = type_of(ts, self);
  if (t == ts.vm->types.property || !(t->tflags & TF_HAS_DICT)) return true;
  Dict* d = instance_dict_or_create(ts, self);
  return d && dict_set_str(ts, d, ts.vm->names.__doc__, p->doc);
}

// "property 'x' of 'A' object has no setter"
Value raise_missing(ThreadState& ts, Property* p, Value obj, const char* what) {
  if (p->name.is_error()) {
    return raise(ts, ts.vm->types.AttributeError, "property of '%s' object has no %s",
                 type_name(ts, obj), what);
  }
  return raise(ts, ts.vm->types.AttributeError, "property %R of '%s' object has no %s", p->name,
               type_name(ts, obj), what);
}

Value property_get(ThreadState& ts, Value self, Value obj, Value) {
  if (obj.is_error()) return self;
  Property* p = as_property(self);
  if (p->fget == ts.vm->none) return raise_missing(ts, p, obj, "getter");
  return call1(ts, p->fget, obj);
}

bool property_set(ThreadState& ts, Value self, Value obj, Value value) {
  Property* p = as_property(self);
  Value func = value.is_error() ? p->fdel : p->fset;
  if (func == ts.vm->none) {
    raise_missing(ts, p, obj, value.is_error() ? "deleter" : "setter");
    return false;
  }
  Value r = value.is_error() ? call1(ts, func, obj) : call2(ts, func, obj, value);
  return !r.is_error();
}

// getter/setter/deleter: a copy of the property (of its own type) with one function replaced.
Value property_copy(ThreadState& ts, Value self, int which, Value func) {
  Property* p = as_property(self);
  Value parts[4] = {p->fget, p->fset, p->fdel, p->doc};
  parts[which] = func;
  if (which == 0 && p->getter_doc) parts[3] = ts.vm->none;
  WEFT_TRY(copy, call(ts, Value::from_obj(type_of(ts, self)), parts, 4));
  if (copy.is_obj() && is_instance(ts, copy, ts.vm->types.property)) as_property(copy)->name = p->name;
  return copy;
}

template <int which>
Value property_replace(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* NAMES[] = {"getter", "setter", "deleter"};
  if (!args_check(ts, NAMES[which], nargs, kw, 1, 1)) return Value::error();
  return property_copy(ts, self, which, args[0]);
}

Value property_set_name(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "__set_name__", nargs, kw, 2, 2)) return Value::error();
  as_property(self)->name = args[1];
  return ts.vm->none;
}

void property_trace(Object* o, Tracer& t) {
  auto p = static_cast<Property*>(o);
  t.visit(p->fget);
  t.visit(p->fset);
  t.visit(p->fdel);
  t.visit(p->doc);
  t.visit(p->name);
}

Value get_fget(ThreadState&, Value self) { return as_property(self)->fget; }
Value get_fset(ThreadState&, Value self) { return as_property(self)->fset; }
Value get_fdel(ThreadState&, Value self) { return as_property(self)->fdel; }
Value get_doc(ThreadState&, Value self) { return as_property(self)->doc; }
bool set_doc(ThreadState& ts, Value self, Value v) {
  as_property(self)->doc = none_if_unset(ts, v);
  return true;
}

// True when any of the functions is abstract (abc.abstractmethod sets the flag).
Value abstract_of(ThreadState& ts, Value func) {
  if (func.is_error() || func == ts.vm->none) return ts.vm->false_;
  Value flag = obj_getattr_opt(ts, func, ts.vm->names.__isabstractmethod__);
  if (flag.is_error()) return ts.has_pending() ? flag : ts.vm->false_;
  int t = obj_truth(ts, flag);
  return t < 0 ? Value::error() : boolean(ts, t);
}

Value property_abstract(ThreadState& ts, Value self) {
  Property* p = as_property(self);
  for (Value f : {p->fget, p->fset, p->fdel}) {
    WEFT_TRY(r, abstract_of(ts, f));
    if (r == ts.vm->true_) return r;
  }
  return ts.vm->false_;
}

const GetSetDef PROPERTY_GETSETS[] = {
    {"fget", get_fget, nullptr},
    {"fset", get_fset, nullptr},
    {"fdel", get_fdel, nullptr},
    {"__doc__", get_doc, set_doc},
    {"__isabstractmethod__", property_abstract, nullptr},
    {nullptr, nullptr, nullptr},
};

const MethodDef PROPERTY_METHODS[] = {
    {"getter", property_replace<0>, 0, "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", property_replace<1>, 0, "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", property_replace<2>, 0, "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", property_set_name, 0, "Method to set name of a property."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- staticmethod and classmethod ---------------------------------------------------------------

struct FuncWrapper : Object {
  Value func;
  Dict* dict;
};

FuncWrapper* as_wrapper(Value v) { return static_cast<FuncWrapper*>(v.as_obj()); }

Value wrapper_alloc(ThreadState& ts, Type* type, const Value*, size_t, Tuple*) {
  size_t size = type->basic_size > sizeof(FuncWrapper) ? type->basic_size : sizeof(FuncWrapper);
  Object* o = gc_alloc(ts, type, size);
  return o ? Value::from_obj(o) : Value::error();
}

// functools.wraps-like: the wrapper shows the function's names and doc.
bool copy_function_attrs(ThreadState& ts, Value self, Value func) {
  Names& n = ts.vm->names;
  for (Str* name : {n.__module__, n.__name__, n.__qualname__, n.__doc__}) {
    Value v = obj_getattr_opt(ts, func, name);
    if (v.is_error()) {
      if (ts.has_pending()) return false;
      continue;
    }
    Dict* d = instance_dict_or_create(ts, self);
    if (!d || !dict_set_str(ts, d, name, v)) return false;
  }
  return true;
}

bool wrapper_init(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* t = type_of(ts, self);
  const char* fname = type_is_subtype(t, ts.vm->types.staticmethod) ? "staticmethod" : "classmethod";
  if (kwnames && kwnames->size) {
    raise(ts, ts.vm->types.TypeError, "%s() takes no keyword arguments", fname);
    return false;
  }
  if (nargs != 1) {
    raise(ts, ts.vm->types.TypeError, "%s expected 1 argument, got %zu", fname, nargs);
    return false;
  }
  as_wrapper(self)->func = args[0];
  return copy_function_attrs(ts, self, args[0]);
}

Value staticmethod_get(ThreadState&, Value self, Value, Value) { return as_wrapper(self)->func; }

Value staticmethod_call(ThreadState& ts, Value self, const Value* args, size_t nargs,
                        Tuple* kwnames) {
  return call(ts, as_wrapper(self)->func, args, nargs, kwnames);
}

Value classmethod_get(ThreadState& ts, Value self, Value obj, Value type) {
  if (type.is_error() || type == ts.vm->none) type = Value::from_obj(type_of(ts, obj));
  return bound_method_new(ts, as_wrapper(self)->func, type);
}

Value wrapper_repr(ThreadState& ts, Value self) {
  return str_format_c(ts, "<%s(%R)>", type_name(ts, self), as_wrapper(self)->func);
}

void wrapper_trace(Object* o, Tracer& t) {
  auto w = static_cast<FuncWrapper*>(o);
  t.visit(w->func);
  t.visit(w->dict);
}

Value get_func(ThreadState&, Value self) { return as_wrapper(self)->func; }
Value wrapper_abstract(ThreadState& ts, Value self) { return abstract_of(ts, as_wrapper(self)->func); }

const GetSetDef WRAPPER_GETSETS[] = {
    {"__func__", get_func, nullptr},
    {"__wrapped__", get_func, nullptr},
    {"__isabstractmethod__", wrapper_abstract, nullptr},
    {nullptr, nullptr, nullptr},
};

Value wrap_with(ThreadState& ts, Type* type, Value func) {
  WEFT_TRY(w, wrapper_alloc(ts, type, nullptr, 0, nullptr));
  if (!wrapper_init(ts, w, &func, 1, nullptr)) return Value::error();
  return w;
}

bool init_wrapper_type(ThreadState& ts, Type* t) {
  t->basic_size = sizeof(FuncWrapper);
  t->tflags |= TF_HAS_DICT;
  t->dict_offset = dict_member_offset(&FuncWrapper::dict);
  t->trace = wrapper_trace;
  t->new_ = wrapper_alloc;
  t->init = wrapper_init;
  t->repr = wrapper_repr;
  t->getattr = generic_getattr;
  t->setattr = generic_setattr;
  return type_add_getsets(ts, t, WRAPPER_GETSETS);
}

}  // namespace

Value staticmethod_wrap(ThreadState& ts, Value func) {
  return wrap_with(ts, ts.vm->types.staticmethod, func);
}

Value classmethod_wrap(ThreadState& ts, Value func) {
  return wrap_with(ts, ts.vm->types.classmethod, func);
}

void descriptors_init_types(ThreadState& ts) {
  Types& types = ts.vm->types;
  Type* p = types.property;
  p->basic_size = sizeof(Property);
  p->trace = property_trace;
  p->new_ = property_new;
  p->init = property_init;
  p->descr_get = property_get;
  p->descr_set = property_set;
  p->getattr = generic_getattr;
  if (!type_add_getsets(ts, p, PROPERTY_GETSETS) || !type_add_methods(ts, p, PROPERTY_METHODS)) {
    return;
  }
  Type* sm = types.staticmethod;
  if (!init_wrapper_type(ts, sm)) return;
  sm->descr_get = staticmethod_get;
  sm->call = staticmethod_call;
  Type* cm = types.classmethod;
  if (!init_wrapper_type(ts, cm)) return;
  cm->descr_get = classmethod_get;
}

}  // namespace weft
