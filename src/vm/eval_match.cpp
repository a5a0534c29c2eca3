// MATCH_* instructions (see eval_match.hpp), as CPython's match_keys and match_class in ceval.c.
#include "vm/eval_match.hpp"

#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/int.hpp"
#include "object/module.hpp"
#include "object/protocol.hpp"
#include "object/set.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

Value match_len(ThreadState& ts, Value obj) {
  size_t n;
  if (!obj_len(ts, obj, &n)) return Value::error();
  return int_from_u64(ts, n);
}

bool match_is_sequence(ThreadState& ts, Value subject) {
  return (type_of(ts, subject)->tflags & TF_SEQUENCE) != 0;
}

bool match_is_mapping(ThreadState& ts, Value subject) {
  return (type_of(ts, subject)->tflags & TF_MAPPING) != 0;
}

namespace {

// A key seen twice is an error (the same key cannot be matched twice).
bool check_new_key(ThreadState& ts, Set* seen, Value key) {
  int found = set_contains(ts, seen, key);
  if (found < 0) return false;
  if (found) {
    raise(ts, ts.vm->types.ValueError, "mapping pattern checks duplicate key (%R)", key);
    return false;
  }
  return set_add(ts, seen, key);
}

}  // namespace

// Uses subject.get(key, dummy) so that a dict subclass with __missing__ is not asked to create
// the key.
Value match_keys(ThreadState& ts, Value subject, Value keys) {
  Tuple* k = as_tuple(keys);
  if (k->size == 0) return ts.vm->empty_tuple;
  WEFT_TRY(get, obj_getattr(ts, subject, ts.vm->names.get));
  Set* seen = set_new(ts, ts.vm->types.set);
  if (!seen) return Value::error();
  WEFT_TRY(dummy, call0(ts, Value::from_obj(ts.vm->types.object)));
  Tuple* values = tuple_alloc(ts, k->size);
  if (!values) return Value::error();
  for (size_t i = 0; i < k->size; i++) {
    if (!check_new_key(ts, seen, k->items[i])) return Value::error();
    WEFT_TRY(v, call2(ts, get, k->items[i], dummy));
    if (v == dummy) return ts.vm->none;
    values->items[i] = v;
  }
  return Value::from_obj(values);
}

namespace {

// isinstance(subject, cls), honouring a metaclass's __instancecheck__.
int match_isinstance(ThreadState& ts, Value subject, Type* cls) {
  if (type_of(ts, Value::from_obj(cls)) == ts.vm->types.type)
    return type_is_subtype(type_of(ts, subject), cls);
  Str* name = intern_cstr(ts, "isinstance");
  if (!name) return -1;
  Value isinstance = dict_get_str(ts.vm->builtins->dict, name);
  if (isinstance.is_error()) return type_is_subtype(type_of(ts, subject), cls);
  Value r = call2(ts, isinstance, subject, Value::from_obj(cls));
  return r.is_error() ? -1 : obj_truth(ts, r);
}

// One attribute for a sub-pattern; error() without an exception when the subject lacks it.
Value match_attribute(ThreadState& ts, Value subject, Type* cls, Value name, Set* seen) {
  int found = set_contains(ts, seen, name);
  if (found < 0) return Value::error();
  if (found)
    return raise(ts, ts.vm->types.TypeError, "%U() got multiple sub-patterns for attribute %R",
                 cls->name, name);
  if (!set_add(ts, seen, name)) return Value::error();
  Str* interned = str_intern(ts, as_str(name));
  if (!interned) return Value::error();
  return obj_getattr_opt(ts, subject, interned);
}

// The attribute names of the positional sub-patterns; *self when the type matches itself.
bool match_positional_names(ThreadState& ts, Type* cls, size_t npos, Value* names, bool* self) {
  *self = false;
  Value match_args = obj_getattr_opt(ts, Value::from_obj(cls), ts.vm->names.__match_args__);
  if (match_args.is_error()) {
    if (ts.has_pending()) return false;
    match_args = ts.vm->empty_tuple;
    *self = (cls->tflags & TF_MATCH_SELF) != 0;
  } else if (type_of(ts, match_args) != ts.vm->types.tuple) {
    raise(ts, ts.vm->types.TypeError, "%U.__match_args__ must be a tuple (got %s)", cls->name,
          type_name(ts, match_args));
    return false;
  }
  size_t allowed = *self ? 1 : as_tuple(match_args)->size;
  if (allowed < npos) {
    raise(ts, ts.vm->types.TypeError, "%U() accepts %zu positional sub-pattern%s (%zu given)",
          cls->name, allowed, allowed == 1 ? "" : "s", npos);
    return false;
  }
  *names = match_args;
  return true;
}

}  // namespace

Value match_class(ThreadState& ts, Value subject, Value cls_value, size_t npos, Value kwnames) {
  if (!(type_of(ts, cls_value)->tflags & TF_TYPE_SUBCLASS))
    return raise(ts, ts.vm->types.TypeError, "called match pattern must be a class");
  Type* cls = static_cast<Type*>(cls_value.as_obj());
  int is = match_isinstance(ts, subject, cls);
  if (is <= 0) return is < 0 ? Value::error() : ts.vm->none;
  Tuple* kw = as_tuple(kwnames);
  Tuple* attrs = tuple_alloc(ts, npos + kw->size);
  if (!attrs) return Value::error();
  Set* seen = set_new(ts, ts.vm->types.set);
  if (!seen) return Value::error();
  size_t n = 0;
  if (npos) {
    Value names;
    bool self;
    if (!match_positional_names(ts, cls, npos, &names, &self)) return Value::error();
    for (size_t i = 0; self ? i < 1 : i < npos; i++) {
      if (self) {
        attrs->items[n++] = subject;
        continue;
      }
      Value name = as_tuple(names)->items[i];
      if (type_of(ts, name) != ts.vm->types.str)
        return raise(ts, ts.vm->types.TypeError,
                     "__match_args__ elements must be strings (got %s)", type_name(ts, name));
      Value v = match_attribute(ts, subject, cls, name, seen);
      if (v.is_error()) return ts.has_pending() ? v : ts.vm->none;
      attrs->items[n++] = v;
    }
  }
  for (size_t i = 0; i < kw->size; i++) {
    Value v = match_attribute(ts, subject, cls, kw->items[i], seen);
    if (v.is_error()) return ts.has_pending() ? v : ts.vm->none;
    attrs->items[n++] = v;
  }
  return Value::from_obj(attrs);
}

}  // namespace weft
