// Native callables and the descriptors of built-in types: builtin_function_or_method (a C++
// function, maybe bound to an object), method_descriptor / classmethod_descriptor (a built-in
// type's methods, bound on attribute access) and getset_descriptor (computed attributes).
#include "object/function.hpp"

#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/module.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

Value native_function_new(ThreadState& ts, const MethodDef* def, Value self, Value module) {
  Str* name = intern_cstr(ts, def->name);
  if (!name) return Value::error();
  auto f = gc_new<NativeFunction>(ts, ts.vm->types.native_function);
  if (!f) return Value::error();
  f->def = def;
  f->self = self;
  f->name = name;
  f->module = module.is_error() ? ts.vm->none : module;
  return Value::from_obj(f);
}

namespace {

NativeFunction* as_native(Value v) { return static_cast<NativeFunction*>(v.as_obj()); }
MethodDescriptor* as_method(Value v) { return static_cast<MethodDescriptor*>(v.as_obj()); }
GetSetDescriptor* as_getset(Value v) { return static_cast<GetSetDescriptor*>(v.as_obj()); }

Value doc_of(ThreadState& ts, const char* doc) {
  return doc ? str_from_cstr(ts, doc) : ts.vm->none;
}

// "descriptor 'append' for 'list' objects doesn't apply to a 'int' object"
bool check_owner(ThreadState& ts, Str* name, Type* owner, Value obj) {
  if (is_instance(ts, obj, owner)) return true;
  raise(ts, ts.vm->types.TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
        name, type_cname(owner), type_name(ts, obj));
  return false;
}

// ---- builtin_function_or_method -----------------------------------------------------------------

// A module function (or a static method) has no meaningful self.
bool is_function_like(ThreadState& ts, const NativeFunction* f) {
  return f->self.is_error() || type_of(ts, f->self)->kind == TypeKind::Module;
}

Value native_call(ThreadState& ts, Value callable, const Value* args, size_t nargs,
                  Tuple* kwnames) {
  NativeFunction* f = as_native(callable);
  return f->def->fn(ts, f->self, args, nargs, kwnames);
}

Value native_repr(ThreadState& ts, Value v) {
  NativeFunction* f = as_native(v);
  if (is_function_like(ts, f)) return str_format_c(ts, "<built-in function %U>", f->name);
  return str_format_c(ts, "<built-in method %U of %s object at %p>", f->name,
                      type_name(ts, f->self), f->self.as_obj());
}

// Two bound built-ins are equal when they wrap the same function and the same self, so that
// `x.append == x.append` holds as in CPython.
Value native_richcompare(ThreadState& ts, Value a, Value b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || type_of(ts, b) != ts.vm->types.native_function) {
    return ts.vm->not_implemented;
  }
  bool eq = as_native(a)->def == as_native(b)->def && as_native(a)->self == as_native(b)->self;
  return boolean(ts, op == CMP_EQ ? eq : !eq);
}

bool native_hash(ThreadState&, Value v, intptr_t* out) {
  NativeFunction* f = as_native(v);
  uintptr_t h = (f->self.bits() >> 4) ^ (reinterpret_cast<uintptr_t>(f->def) >> 3);
  *out = intptr_t(h) == -1 ? -2 : intptr_t(h);
  return true;
}

void native_trace(Object* o, Tracer& t) {
  auto f = static_cast<NativeFunction*>(o);
  t.visit(f->self);
  t.visit(f->name);
  t.visit(f->module);
}

Value native_get_name(ThreadState&, Value v) { return Value::from_obj(as_native(v)->name); }
Value native_get_qualname(ThreadState& ts, Value v) {
  NativeFunction* f = as_native(v);
  if (is_function_like(ts, f)) return Value::from_obj(f->name);
  Type* owner = type_of(ts, f->self)->tflags & TF_TYPE_SUBCLASS
                    ? static_cast<Type*>(f->self.as_obj())
                    : type_of(ts, f->self);
  return str_format_c(ts, "%s.%U", type_cname(owner), f->name);
}
Value native_get_self(ThreadState& ts, Value v) {
  Value self = as_native(v)->self;
  return self.is_error() ? ts.vm->none : self;
}
Value native_get_module(ThreadState&, Value v) { return as_native(v)->module; }
Value native_get_doc(ThreadState& ts, Value v) { return doc_of(ts, as_native(v)->def->doc); }

const GetSetDef NATIVE_GETSETS[] = {
    {"__name__", native_get_name, nullptr},     {"__qualname__", native_get_qualname, nullptr},
    {"__self__", native_get_self, nullptr},     {"__module__", native_get_module, nullptr},
    {"__doc__", native_get_doc, nullptr},       {nullptr, nullptr, nullptr},
};

// ---- method_descriptor and classmethod_descriptor -----------------------------------------------

bool is_class_method(const MethodDescriptor* m) { return (m->def->flags & METH_CLASS) != 0; }

// list.append(lst, x): the first argument is self.
Value method_call(ThreadState& ts, Value callable, const Value* args, size_t nargs,
                  Tuple* kwnames) {
  MethodDescriptor* m = as_method(callable);
  if (nargs == 0) {
    return raise(ts, ts.vm->types.TypeError, "unbound method %s.%U() needs an argument",
                 type_cname(m->owner), m->name);
  }
  Value self = args[0];
  if (is_class_method(m)) {
    if (!(type_of(ts, self)->tflags & TF_TYPE_SUBCLASS) ||
        !type_is_subtype(static_cast<Type*>(self.as_obj()), m->owner)) {
      return raise(ts, ts.vm->types.TypeError,
                   "descriptor '%U' for type '%s' needs a type, not a '%s' as arg 2", m->name,
                   type_cname(m->owner), type_name(ts, self));
    }
  } else if (!check_owner(ts, m->name, m->owner, self)) {
    return Value::error();
  }
  return m->def->fn(ts, self, args + 1, nargs - 1, kwnames);
}

Value method_descr_get(ThreadState& ts, Value descr, Value obj, Value type) {
  MethodDescriptor* m = as_method(descr);
  if (is_class_method(m)) {
    Value cls = type;
    if (cls.is_error() || cls == ts.vm->none) {
      if (obj.is_error()) return descr;
      cls = Value::from_obj(type_of(ts, obj));
    }
    if (!type_is_subtype(static_cast<Type*>(cls.as_obj()), m->owner)) {
      return raise(ts, ts.vm->types.TypeError, "descriptor '%U' for type '%s' doesn't apply to type '%s'",
                   m->name, type_cname(m->owner), type_cname(static_cast<Type*>(cls.as_obj())));
    }
    return native_function_new(ts, m->def, cls, ts.vm->none);
  }
  if (obj.is_error()) return descr;
  if (!check_owner(ts, m->name, m->owner, obj)) return Value::error();
  return native_function_new(ts, m->def, obj, ts.vm->none);
}

Value method_repr(ThreadState& ts, Value v) {
  MethodDescriptor* m = as_method(v);
  return str_format_c(ts, "<method '%U' of '%s' objects>", m->name, type_cname(m->owner));
}

void method_trace(Object* o, Tracer& t) {
  auto m = static_cast<MethodDescriptor*>(o);
  t.visit(m->owner);
  t.visit(m->name);
}

Value method_get_name(ThreadState&, Value v) { return Value::from_obj(as_method(v)->name); }
Value method_get_qualname(ThreadState& ts, Value v) {
  return str_format_c(ts, "%s.%U", type_cname(as_method(v)->owner), as_method(v)->name);
}
Value method_get_objclass(ThreadState&, Value v) { return Value::from_obj(as_method(v)->owner); }
Value method_get_doc(ThreadState& ts, Value v) { return doc_of(ts, as_method(v)->def->doc); }

const GetSetDef METHOD_GETSETS[] = {
    {"__name__", method_get_name, nullptr},
    {"__qualname__", method_get_qualname, nullptr},
    {"__objclass__", method_get_objclass, nullptr},
    {"__doc__", method_get_doc, nullptr},
    {nullptr, nullptr, nullptr},
};

// ---- getset_descriptor --------------------------------------------------------------------------

Value getset_descr_get(ThreadState& ts, Value descr, Value obj, Value) {
  GetSetDescriptor* g = as_getset(descr);
  if (obj.is_error()) return descr;
  if (!check_owner(ts, g->name, g->owner, obj)) return Value::error();
  return g->def->get(ts, obj);
}

bool getset_descr_set(ThreadState& ts, Value descr, Value obj, Value value) {
  GetSetDescriptor* g = as_getset(descr);
  if (!check_owner(ts, g->name, g->owner, obj)) return false;
  if (!g->def->set) {
    raise(ts, ts.vm->types.AttributeError, "attribute '%U' of '%s' objects is not writable",
          g->name, type_cname(g->owner));
    return false;
  }
  return g->def->set(ts, obj, value);
}

Value getset_repr(ThreadState& ts, Value v) {
  GetSetDescriptor* g = as_getset(v);
  return str_format_c(ts, "<attribute '%U' of '%s' objects>", g->name, type_cname(g->owner));
}

void getset_trace(Object* o, Tracer& t) {
  auto g = static_cast<GetSetDescriptor*>(o);
  t.visit(g->owner);
  t.visit(g->name);
}

Value getset_get_name(ThreadState&, Value v) { return Value::from_obj(as_getset(v)->name); }
Value getset_get_qualname(ThreadState& ts, Value v) {
  return str_format_c(ts, "%s.%U", type_cname(as_getset(v)->owner), as_getset(v)->name);
}
Value getset_get_objclass(ThreadState&, Value v) { return Value::from_obj(as_getset(v)->owner); }

const GetSetDef GETSET_GETSETS[] = {
    {"__name__", getset_get_name, nullptr},
    {"__qualname__", getset_get_qualname, nullptr},
    {"__objclass__", getset_get_objclass, nullptr},
    {nullptr, nullptr, nullptr},
};

// A static method is stored as the plain built-in function (CPython wraps it in a staticmethod;
// attribute access gives the same function either way).
Value method_entry(ThreadState& ts, Type* type, const MethodDef* def, Str* name) {
  if (def->flags & METH_STATIC) return native_function_new(ts, def, Value::error(), ts.vm->none);
  Type* kind = def->flags & METH_CLASS ? ts.vm->types.classmethod_descriptor
                                       : ts.vm->types.method_descriptor;
  auto m = gc_new<MethodDescriptor>(ts, kind);
  if (!m) return Value::error();
  m->def = def;
  m->owner = type;
  m->name = name;
  return Value::from_obj(m);
}

}  // namespace

bool type_add_methods(ThreadState& ts, Type* type, const MethodDef* defs) {
  for (const MethodDef* def = defs; def->name; def++) {
    Str* name = intern_cstr(ts, def->name);
    if (!name) return false;
    WEFT_TRY_BOOL(entry, method_entry(ts, type, def, name));
    if (!dict_set_str(ts, type->dict, name, entry)) return false;
  }
  type_modified(ts, type);
  return true;
}

bool type_add_getsets(ThreadState& ts, Type* type, const GetSetDef* defs) {
  for (const GetSetDef* def = defs; def->name; def++) {
    Str* name = intern_cstr(ts, def->name);
    if (!name) return false;
    auto g = gc_new<GetSetDescriptor>(ts, ts.vm->types.getset_descriptor);
    if (!g) return false;
    g->def = def;
    g->owner = type;
    g->name = name;
    if (!dict_set_str(ts, type->dict, name, Value::from_obj(g))) return false;
  }
  type_modified(ts, type);
  return true;
}

void function_init_types(ThreadState& ts) {
  Types& types = ts.vm->types;
  Type* nf = types.native_function;
  nf->basic_size = sizeof(NativeFunction);
  nf->trace = native_trace;
  nf->call = native_call;
  nf->repr = native_repr;
  nf->richcompare = native_richcompare;
  nf->hash = native_hash;
  if (!type_add_getsets(ts, nf, NATIVE_GETSETS)) return;

  for (Type* t : {types.method_descriptor, types.classmethod_descriptor}) {
    t->basic_size = sizeof(MethodDescriptor);
    t->trace = method_trace;
    t->call = method_call;
    t->descr_get = method_descr_get;
    t->repr = method_repr;
    if (!type_add_getsets(ts, t, METHOD_GETSETS)) return;
  }

  Type* gs = types.getset_descriptor;
  gs->basic_size = sizeof(GetSetDescriptor);
  gs->trace = getset_trace;
  gs->descr_get = getset_descr_get;
  gs->descr_set = getset_descr_set;
  gs->repr = getset_repr;
  static_cast<void>(type_add_getsets(ts, gs, GETSET_GETSETS));
}

}  // namespace weft
