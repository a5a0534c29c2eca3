// The container protocol: subscription, item assignment and deletion, `in`, and iteration.
#include "object/error.hpp"
#include "object/generic_alias.hpp"
#include "object/iterators.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/type.hpp"

namespace weft {

Value obj_getitem(ThreadState& ts, Value obj, Value key) {
  Type* t = type_of(ts, obj);
  if (t->getitem) return t->getitem(ts, obj, key);
  if (t->tflags & TF_TYPE_SUBCLASS) {
    // Cls[item] calls Cls.__class_getitem__(item) (PEP 560); type[X] is built in.
    if (obj.as_obj() == ts.vm->types.type) return generic_alias_new(ts, obj, key);
    Value hook = obj_getattr_opt(ts, obj, ts.vm->names.__class_getitem__);
    if (!hook.is_error()) return call1(ts, hook, key);
    if (ts.has_pending()) return hook;
    return raise(ts, ts.vm->types.TypeError, "type '%s' is not subscriptable",
                 type_cname(static_cast<Type*>(obj.as_obj())));
  }
  return raise(ts, ts.vm->types.TypeError, "'%s' object is not subscriptable", type_cname(t));
}

bool obj_setitem(ThreadState& ts, Value obj, Value key, Value v) {
  Type* t = type_of(ts, obj);
  if (t->setitem) return t->setitem(ts, obj, key, v);
  raise(ts, ts.vm->types.TypeError, "'%s' object does not support item assignment",
        type_cname(t));
  return false;
}

bool obj_delitem(ThreadState& ts, Value obj, Value key) {
  Type* t = type_of(ts, obj);
  if (t->setitem) return t->setitem(ts, obj, key, Value::error());
  raise(ts, ts.vm->types.TypeError, "'%s' object doesn't support item deletion", type_cname(t));
  return false;
}

// Without a contains slot, `in` iterates and compares with identity-then-equality.
int obj_contains(ThreadState& ts, Value container, Value item) {
  Type* t = type_of(ts, container);
  if (t->contains) return t->contains(ts, container, item);
  if (!t->iter && !t->getitem) {
    raise(ts, ts.vm->types.TypeError, "argument of type '%s' is not iterable", type_cname(t));
    return -1;
  }
  return contains_by_iteration(ts, container, item);
}

int contains_by_iteration(ThreadState& ts, Value container, Value item) {
  Value it = obj_iter(ts, container);
  if (it.is_error()) return -1;
  for (;;) {
    Value x = obj_next(ts, it);
    if (x.is_error()) return ts.has_pending() ? -1 : 0;
    int eq = obj_equal(ts, x, item);
    if (eq != 0) return eq;
  }
}

Value obj_iter(ThreadState& ts, Value v) {
  Type* t = type_of(ts, v);
  if (t->iter) {
    WEFT_TRY(it, t->iter(ts, v));
    if (!type_of(ts, it)->iternext) {
      return raise(ts, ts.vm->types.TypeError, "iter() returned non-iterator of type '%s'",
                   type_name(ts, it));
    }
    return it;
  }
  if (t->getitem && !(t->tflags & TF_DICT_SUBCLASS)) return seq_iter_new(ts, v);
  return raise(ts, ts.vm->types.TypeError, "'%s' object is not iterable", type_cname(t));
}

Value obj_next(ThreadState& ts, Value it) {
  Type* t = type_of(ts, it);
  if (!t->iternext) {
    return raise(ts, ts.vm->types.TypeError, "'%s' object is not an iterator", type_cname(t));
  }
  Value r = t->iternext(ts, it);
  if (r.is_error() && pending_matches(ts, ts.vm->types.StopIteration)) {
    ts.pending = Value::error();
  }
  return r;
}

}  // namespace weft
