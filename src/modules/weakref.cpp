// The _weakref module: weakref.ref (ReferenceType: calling it returns the referent or None,
// hashing and == go through the referent while it lives), proxy(), getweakrefcount,
// getweakrefs and _remove_dead_weakref. The objects and the collector's part are in
// object/weakref.cpp; the proxy types in weakref_proxy.cpp; lib/weakref.py builds the rest.
#include "object/weakref.hpp"

#include "modules/module_defs.hpp"
#include "modules/native_type.hpp"
#include "modules/weakref_types.hpp"
#include "object/args.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/module.hpp"
#include "object/protocol.hpp"
#include "object/slot_defs.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

WeakRef* as_weakref(Value v) { return static_cast<WeakRef*>(v.as_obj()); }

bool is_ref(ThreadState& ts, Value v) {
  Type* ref = ts.vm->types.weakref_ref;
  return ref && v.is_obj() && type_is_subtype(type_of(ts, v), ref);
}

// ref(object[, callback]): a callback-less reference of exactly `ref` is shared (ref(o) is ref(o)).
Value ref_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_no_kwargs(ts, "ref", kw) || !args_positional(ts, "__new__", nargs, 1, 2))
    return Value::error();
  Value callback = nargs > 1 ? args[1] : ts.vm->none;
  if (callback == ts.vm->none && type == ts.vm->types.weakref_ref && args[0].is_obj()) {
    if (WeakRef* existing = weakref_find_basic(ts, args[0].as_obj(), type))
      return Value::from_obj(existing);
  }
  auto w = native_alloc<WeakRef>(ts, type);
  if (!w || !weakref_init(ts, w, args[0], callback, WeakKind::REF)) return Value::error();
  return Value::from_obj(w);
}

// Subclasses call ref.__init__(self, ob, callback); the work is done by __new__.
bool ref_init(ThreadState& ts, Value, const Value*, size_t nargs, Tuple* kw) {
  return args_no_kwargs(ts, "ref", kw) && args_positional(ts, "__init__", nargs, 1, 2);
}

Value ref_call(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_no_kwargs(ts, "weakref", kw) || !args_positional(ts, "weakref", nargs, 0, 0))
    return Value::error();
  Value v = weakref_get(as_weakref(self));
  return v.is_error() ? ts.vm->none : v;
}

bool ref_hash(ThreadState& ts, Value self, intptr_t* out) {
  WeakRef* w = as_weakref(self);
  if (w->flags & OBJ_HASHED) {
    *out = w->hash;
    return true;
  }
  Value v = weakref_get(w);
  if (v.is_error()) {
    raise(ts, ts.vm->types.TypeError, "weak object has gone away");
    return false;
  }
  if (!obj_hash(ts, v, out)) return false;
  w->hash = *out;
  w->flags |= OBJ_HASHED;
  return true;
}

// == and != compare the referents while both live, else the references themselves.
Value ref_richcompare(ThreadState& ts, Value a, Value b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || !is_ref(ts, a) || !is_ref(ts, b))
    return ts.vm->not_implemented;
  Value x = weakref_get(as_weakref(a)), y = weakref_get(as_weakref(b));
  if (x.is_error() || y.is_error()) return boolean(ts, (a == b) == (op == CMP_EQ));
  return obj_richcompare(ts, x, y, op);
}

Value ref_repr(ThreadState& ts, Value self) {
  Value v = weakref_get(as_weakref(self));
  if (v.is_error()) return str_format_c(ts, "<weakref at %p; dead>", self.as_obj());
  Value name = obj_getattr_opt(ts, v, ts.vm->names.__name__);
  if (name.is_error() && ts.has_pending()) return name;
  const char* tname = type_cname(type_of(ts, v));
  if (name.is_error() || !is_str(ts, name))
    return str_format_c(ts, "<weakref at %p; to '%s' at %p>", self.as_obj(), tname, v.as_obj());
  return str_format_c(ts, "<weakref at %p; to '%s' at %p (%V)>", self.as_obj(), tname,
                      v.as_obj(), name);
}

Value get_callback(ThreadState& ts, Value self) {
  Value cb = as_weakref(self)->callback;
  return cb.is_error() ? ts.vm->none : cb;
}

const GetSetDef REF_GETSETS[] = {
    {"__callback__", get_callback, nullptr},
    {nullptr, nullptr, nullptr},
};

const NativeTypeSpec REF_SPEC = {
    "weakref.ReferenceType", sizeof(WeakRef), TF_BASETYPE, weakref_trace, ref_new, nullptr,
    ref_repr, nullptr, nullptr, ref_call};

Type* ref_type(ThreadState& ts) {
  Type* t = native_type_new(ts, REF_SPEC);
  if (!t || !type_add_getsets(ts, t, REF_GETSETS)) return nullptr;
  t->init = ref_init;
  t->hash = ref_hash;
  t->richcompare = ref_richcompare;
  return type_add_slot_wrappers(ts, t) ? t : nullptr;
}

// ---- module functions --------------------------------------------------------------------------------

Value w_getweakrefcount(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "_weakref.getweakrefcount", nargs, kw, 1, 1)) return Value::error();
  return Value::from_int(intptr_t(weakref_count(ts, args[0])));
}

Value w_getweakrefs(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "_weakref.getweakrefs", nargs, kw, 1, 1)) return Value::error();
  return weakref_list(ts, args[0]);
}

// _remove_dead_weakref(dict, key): del dict[key] if its value is a dead weak reference.
Value w_remove_dead(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_no_kwargs(ts, "_remove_dead_weakref", kw) ||
      !args_positional(ts, "_remove_dead_weakref", nargs, 2, 2)) {
    return Value::error();
  }
  if (!is_dict(ts, args[0])) {
    return raise(ts, ts.vm->types.TypeError,
                 "_remove_dead_weakref() argument 1 must be dict, not %s", type_name(ts, args[0]));
  }
  Dict* d = as_dict(args[0]);
  Value v = dict_get(ts, d, args[1]);
  if (v.is_error()) return ts.has_pending() ? v : ts.vm->none;
  bool dead = (is_ref(ts, v) || is_weak_proxy(ts, v)) && weakref_get(as_weakref(v)).is_error();
  if (dead && dict_del(ts, d, args[1]) < 0) return Value::error();
  return ts.vm->none;
}

const MethodDef WEAKREF_FUNCTIONS[] = {
    {"getweakrefcount", w_getweakrefcount, 0, "Return the number of weak references to 'object'."},
    {"getweakrefs", w_getweakrefs, 0, "Return a list of all weak reference objects pointing to 'object'."},
    {"_remove_dead_weakref", w_remove_dead, 0, "Atomically remove key from dict if it points to a dead weakref."},
    {"proxy", weakref_proxy_fn, 0, "Create a proxy object that weakly references 'object'."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Module* weakref_module_create(ThreadState& ts) {
  Str* name = intern_cstr(ts, "_weakref");
  Module* m = name ? module_new(ts, name) : nullptr;
  if (!m) return nullptr;
  Types& types = ts.vm->types;
  if (!types.weakref_ref && !(types.weakref_ref = ref_type(ts))) return nullptr;
  if (!weakref_proxy_types(ts)) return nullptr;
  const struct {
    const char* name;
    Type* type;
  } exported[] = {{"ref", types.weakref_ref},
                  {"ReferenceType", types.weakref_ref},
                  {"ProxyType", types.weakref_proxy},
                  {"CallableProxyType", types.weakref_callable_proxy}};
  for (const auto& e : exported) {
    if (!module_set(ts, m, e.name, Value::from_obj(e.type))) return nullptr;
  }
  return module_add_functions(ts, m, WEAKREF_FUNCTIONS) ? m : nullptr;
}

}  // namespace weft
