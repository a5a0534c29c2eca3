// The set algebra: set_intersection, set_difference, symmetric set_difference and the subset tests, with
// CPython's choice of which operand is iterated and when a copy is made (it decides the order
// in which a result prints).
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/protocol.hpp"
#include "object/set_impl.hpp"

namespace weft {

namespace {

// A set argument may itself be an unhashable set: `x in s`, s.remove(x) and s.discard(x) then
// look for frozenset(x), as CPython does.
template <typename Op>
int with_frozen_fallback(ThreadState& ts, Set* s, Value key, Op op) {
  int r = op(ts, s, key);
  if (r >= 0 || type_of(ts, key)->kind != TypeKind::Set ||
      !pending_matches(ts, ts.vm->types.TypeError)) {
    return r;
  }
  ts.pending = Value::error();
  Value frozen = set_from_iterable(ts, ts.vm->types.frozenset, key);
  return frozen.is_error() ? -1 : op(ts, s, frozen);
}

}  // namespace

int set_contains_key(ThreadState& ts, Set* s, Value key) {
  return with_frozen_fallback(ts, s, key, set_contains);
}

int set_discard_key(ThreadState& ts, Set* s, Value key) {
  return with_frozen_fallback(ts, s, key, set_discard);
}

// ---- the algebra ------------------------------------------------------------------------------

// Iterates the smaller of two sets (or the iterable) and keeps what the other contains.
Set* set_intersection(ThreadState& ts, Set* s, Value other) {
  if (other == Value::from_obj(s)) return set_copy(ts, s);
  Set* result = set_new_like(ts, s, Value::error());
  if (!result) return nullptr;
  Value key;
  intptr_t hash;
  if (is_anyset(ts, other)) {
    Set* o = as_set(other);
    if (o->used > s->used) std::swap(s, o);
    size_t pos = 0;
    while (set_next_hashed(o, &pos, &key, &hash)) {
      int r = set_contains_hashed(ts, s, key, hash);
      if (r < 0 || (r > 0 && !set_add_hashed(ts, result, key, hash))) return nullptr;
    }
    return result;
  }
  Value it = obj_iter(ts, other);
  if (it.is_error()) return nullptr;
  for (;;) {
    key = obj_next(ts, it);
    if (key.is_error()) return ts.has_pending() ? nullptr : result;
    if (!obj_hash(ts, key, &hash)) return nullptr;
    int r = set_contains_hashed(ts, s, key, hash);
    if (r < 0 || (r > 0 && !set_add_hashed(ts, result, key, hash))) return nullptr;
  }
}

bool set_difference_update(ThreadState& ts, Set* s, Value other) {
  if (other == Value::from_obj(s)) {
    set_clear_internal(s);
    return true;
  }
  if (is_anyset(ts, other)) {
    size_t pos = 0;
    Value key;
    intptr_t hash;
    while (set_next_hashed(as_set(other), &pos, &key, &hash)) {
      if (set_discard_hashed(ts, s, key, hash) < 0) return false;
    }
  } else {
    WEFT_TRY_BOOL(it, obj_iter(ts, other));
    for (;;) {
      Value key = obj_next(ts, it);
      if (key.is_error()) {
        if (ts.has_pending()) return false;
        break;
      }
      if (set_discard_key(ts, s, key) < 0) return false;
    }
  }
  SetTable* t = set_table_of(s);
  if (!t || t->fill - s->used <= t->mask / 4) return true;  // few dummies: keep the table
  return set_resize(ts, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

// Copying and deleting is cheaper when `other` is much smaller than s or is not a set or dict.
Set* set_difference(ThreadState& ts, Set* s, Value other) {
  bool other_set = is_anyset(ts, other);
  bool other_dict = type_of(ts, other) == ts.vm->types.dict;
  size_t other_size = other_set ? as_set(other)->used : other_dict ? dict_size(as_dict(other)) : 0;
  if ((!other_set && !other_dict) || (s->used >> 2) > other_size) {
    Set* result = set_copy(ts, s);
    return result && set_difference_update(ts, result, other) ? result : nullptr;
  }
  Set* result = set_new_like(ts, s, Value::error());
  if (!result) return nullptr;
  size_t pos = 0;
  Value key;
  intptr_t hash;
  while (set_next_hashed(s, &pos, &key, &hash)) {
    int r;
    if (other_set) {
      r = set_contains_hashed(ts, as_set(other), key, hash);
    } else {
      Value v = dict_get(ts, as_dict(other), key);
      r = !v.is_error() ? 1 : ts.has_pending() ? -1 : 0;
    }
    if (r < 0 || (r == 0 && !set_add_hashed(ts, result, key, hash))) return nullptr;
  }
  return result;
}

bool set_symmetric_difference_update(ThreadState& ts, Set* s, Value other) {
  if (other == Value::from_obj(s)) {
    set_clear_internal(s);
    return true;
  }
  Set* o = is_anyset(ts, other) ? as_set(other) : set_new_like(ts, s, other);
  if (!o) return false;
  size_t pos = 0;
  Value key;
  intptr_t hash;
  while (set_next_hashed(o, &pos, &key, &hash)) {
    int r = set_discard_hashed(ts, s, key, hash);
    if (r < 0 || (r == 0 && !set_add_hashed(ts, s, key, hash))) return false;
  }
  return true;
}

Set* set_symmetric_difference(ThreadState& ts, Set* s, Value other) {
  Set* result = set_new_like(ts, s, other);
  if (!result || !set_symmetric_difference_update(ts, result, Value::from_obj(s))) return nullptr;
  return result;
}

// s <= other; 1, 0, -1.
int set_is_subset(ThreadState& ts, Set* s, Value other) {
  if (!is_anyset(ts, other)) {
    Value tmp = set_from_iterable(ts, ts.vm->types.set, other);
    if (tmp.is_error()) return -1;
    other = tmp;
  }
  Set* o = as_set(other);
  if (s->used > o->used) return 0;
  size_t pos = 0;
  Value key;
  intptr_t hash;
  while (set_next_hashed(s, &pos, &key, &hash)) {
    int r = set_contains_hashed(ts, o, key, hash);
    if (r <= 0) return r;
  }
  return 1;
}

int set_is_superset(ThreadState& ts, Set* s, Value other) {
  if (is_anyset(ts, other)) return set_is_subset(ts, as_set(other), Value::from_obj(s));
  Value it = obj_iter(ts, other);
  if (it.is_error()) return -1;
  for (;;) {
    Value key = obj_next(ts, it);
    if (key.is_error()) return ts.has_pending() ? -1 : 1;
    int r = set_contains_key(ts, s, key);
    if (r <= 0) return r;
  }
}

int set_is_disjoint(ThreadState& ts, Set* s, Value other) {
  if (other == Value::from_obj(s)) return s->used == 0;
  Value key;
  if (is_anyset(ts, other)) {
    Set* o = as_set(other);
    if (o->used > s->used) std::swap(s, o);
    size_t pos = 0;
    intptr_t hash;
    while (set_next_hashed(o, &pos, &key, &hash)) {
      int r = set_contains_hashed(ts, s, key, hash);
      if (r != 0) return r < 0 ? -1 : 0;
    }
    return 1;
  }
  Value it = obj_iter(ts, other);
  if (it.is_error()) return -1;
  for (;;) {
    key = obj_next(ts, it);
    if (key.is_error()) return ts.has_pending() ? -1 : 1;
    int r = set_contains_key(ts, s, key);
    if (r != 0) return r < 0 ? -1 : 0;
  }
}

}  // namespace weft
