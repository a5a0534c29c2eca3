// The generic attribute protocol (object.__getattribute__ / __setattr__): data descriptors on
// the type win over the instance __dict__, which wins over other class attributes.
#include <atomic>

#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/exception.hpp"
#include "object/str.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

Dict** dict_slot(Value obj, const Type* t) { return instance_dict_slot(obj, t); }

// AttributeError with .name and .obj set, as CPython 3.10+ does (used by error suggestions).
Value raise_no_attribute(ThreadState& ts, Value obj, Str* name, const char* suffix) {
  raise(ts, ts.vm->types.AttributeError, "'%s' object has no attribute '%U'%s",
        type_cname(type_of(ts, obj)), name, suffix);
  Value exc = take_pending(ts);
  if (exception_set_attr(ts, exc, ts.vm->names.name, Value::from_obj(name)) &&
      exception_set_attr(ts, exc, ts.vm->names.obj, obj)) {
    ts.pending = exc;
  }
  return Value::error();
}

Value lookup_attribute(ThreadState& ts, Value obj, Str* name) {
  Type* t = type_of(ts, obj);
  Value descr = type_lookup(ts, t, name);
  DescrGetFn get = nullptr;
  if (descr.is_obj()) {
    Type* dt = descr.as_obj()->type;
    get = dt->descr_get;
    if (get && dt->descr_set) return get(ts, descr, obj, Value::from_obj(t));
  }
  if (Dict* d = instance_dict(ts, obj)) {
    Value v = dict_get_str(d, name);
    if (!v.is_error()) return v;
  }
  if (get) return get(ts, descr, obj, Value::from_obj(t));
  return descr;  // the class attribute, or error() with nothing pending
}

}  // namespace

Dict* instance_dict(ThreadState& ts, Value obj) {
  if (!obj.is_obj()) return nullptr;
  Type* t = obj.as_obj()->type;
  if (!(t->tflags & TF_HAS_DICT) || !t->dict_offset) return nullptr;
  static_cast<void>(ts);
  return std::atomic_ref<Dict*>(*dict_slot(obj, t)).load(std::memory_order_acquire);
}

// Two threads may race to create the dict; the CAS keeps the first and the loser's is garbage.
Dict* instance_dict_or_create(ThreadState& ts, Value obj) {
  if (!obj.is_obj() || !(obj.as_obj()->type->tflags & TF_HAS_DICT) ||
      !obj.as_obj()->type->dict_offset) {
    raise(ts, ts.vm->types.AttributeError, "'%s' object has no attribute '__dict__'",
          type_cname(type_of(ts, obj)));
    return nullptr;
  }
  std::atomic_ref<Dict*> slot(*dict_slot(obj, obj.as_obj()->type));
  Dict* d = slot.load(std::memory_order_acquire);
  if (d) return d;
  Dict* fresh = dict_new(ts);
  if (!fresh) return nullptr;
  if (slot.compare_exchange_strong(d, fresh, std::memory_order_acq_rel)) return fresh;
  return d;
}

Value generic_getattr(ThreadState& ts, Value obj, Str* name) {
  Value v = lookup_attribute(ts, obj, name);
  if (v.is_error() && !ts.has_pending()) return raise_no_attribute(ts, obj, name, "");
  return v;
}

Value generic_getattr_opt(ThreadState& ts, Value obj, Str* name) {
  Value v = lookup_attribute(ts, obj, name);
  if (v.is_error() && pending_matches(ts, ts.vm->types.AttributeError)) {
    ts.pending = Value::error();
  }
  return v;
}

Value descr_bind(ThreadState& ts, Value descr, Value obj) {
  if (!descr.is_obj()) return descr;
  DescrGetFn get = descr.as_obj()->type->descr_get;
  return get ? get(ts, descr, obj, Value::from_obj(type_of(ts, obj))) : descr;
}

bool generic_setattr(ThreadState& ts, Value obj, Str* name, Value value) {
  Type* t = type_of(ts, obj);
  Value descr = type_lookup(ts, t, name);
  if (descr.is_obj()) {
    if (DescrSetFn set = descr.as_obj()->type->descr_set) return set(ts, descr, obj, value);
  }
  if (!obj.is_obj() || !(t->tflags & TF_HAS_DICT) || !t->dict_offset) {
    if (!descr.is_error()) {
      raise(ts, ts.vm->types.AttributeError, "'%s' object attribute '%U' is read-only",
            type_cname(t), name);
    } else {
      raise_no_attribute(ts, obj, name, " and no __dict__ for setting new attributes");
    }
    return false;
  }
  if (value.is_error()) {
    Dict* d = instance_dict(ts, obj);
    int removed = d ? dict_del(ts, d, Value::from_obj(name)) : 0;
    if (removed == 0) raise_no_attribute(ts, obj, name, "");
    return removed > 0;
  }
  Dict* d = instance_dict_or_create(ts, obj);
  return d && dict_set_str(ts, d, name, value);
}

}  // namespace weft
