// Internals of set and frozenset shared by set.cpp and set_methods.cpp: the open-addressing
// table and the operations on a key whose hash is known.
//
// The table follows CPython's setobject.c (9 linear probes, then perturbed probing; growth by
// used*4; deleted slots are not reused by add), so a set prints its items in CPython's order.
// An unused slot has key error() and hash 0, a deleted ("dummy") slot key error() and hash -1;
// no real hash is -1. A resize builds a new SetTable privately and publishes it with a release
// store; the old table is never written again, so a reader holding it sees a stale, whole table.
#pragma once

#include "object/dict_impl.hpp"
#include "object/set.hpp"

namespace weft {

constexpr size_t SET_MINSIZE = 8;

struct SetEntry {
  Value key;
  Relaxed<intptr_t> hash;
};

struct SetTable : Object {
  size_t mask;  // slots - 1
  size_t fill;  // used + dummy slots
  SetEntry entries[1];  // really mask + 1
};

inline SetTable* set_table_of(const Set* s) { return s->table.load(std::memory_order_acquire); }
inline size_t set_mask(const Set* s) {
  SetTable* t = set_table_of(s);
  return t ? t->mask : SET_MINSIZE - 1;
}
inline bool set_is_frozen(const Set* s) { return s->type->kind == TypeKind::FrozenSet; }

[[nodiscard]] bool set_add_hashed(ThreadState& ts, Set* s, Value key, intptr_t hash);
// The insertion half of add, with the set's guard held: `e` is the unused slot ending the probe
// and `dummy` the deleted slot to reuse (or nullptr).
[[nodiscard]] bool set_add_entry_locked(ThreadState& ts, Set* s, Value key, intptr_t hash,
                                        SetEntry* e, SetEntry* dummy);
[[nodiscard]] int set_contains_hashed(ThreadState& ts, Set* s, Value key, intptr_t hash);
[[nodiscard]] int set_discard_hashed(ThreadState& ts, Set* s, Value key, intptr_t hash);
// Slot-order iteration that also yields the stored hash; start with pos = 0.
bool set_next_hashed(Set* s, size_t* pos, Value* key, intptr_t* hash);
// Rebuilds the table with room for `minused` entries (dummies dropped).
[[nodiscard]] bool set_resize(ThreadState& ts, Set* s, size_t minused);
void set_clear_internal(Set* s);
// s |= other for any iterable (set, dict or other), in CPython's insertion order.
[[nodiscard]] bool set_update_internal(ThreadState& ts, Set* s, Value other);
// A new set of the built-in base type of `like` (set or frozenset), filled from `iterable`
// (error() for none).
[[nodiscard]] Set* set_new_like(ThreadState& ts, const Set* like, Value iterable);
[[nodiscard]] Set* set_copy(ThreadState& ts, Set* s);
// Removes and returns an arbitrary item (CPython's finger order); error() when empty.
Value set_pop_item(Set* s);
// Exchanges the contents of a and b (intersection_update).
void set_swap_bodies(Set* a, Set* b);

// `x in s` and s.discard(x) where x may be an unhashable set (looked up as frozenset(x)).
[[nodiscard]] int set_contains_key(ThreadState& ts, Set* s, Value key);
[[nodiscard]] int set_discard_key(ThreadState& ts, Set* s, Value key);

// The algebra (set_algebra.cpp). `other` is any iterable; new sets have the base type of s.
[[nodiscard]] Set* set_intersection(ThreadState& ts, Set* s, Value other);
[[nodiscard]] Set* set_difference(ThreadState& ts, Set* s, Value other);
[[nodiscard]] Set* set_symmetric_difference(ThreadState& ts, Set* s, Value other);
[[nodiscard]] bool set_difference_update(ThreadState& ts, Set* s, Value other);
[[nodiscard]] bool set_symmetric_difference_update(ThreadState& ts, Set* s, Value other);
// 1, 0 or -1.
[[nodiscard]] int set_is_subset(ThreadState& ts, Set* s, Value other);
[[nodiscard]] int set_is_superset(ThreadState& ts, Set* s, Value other);
[[nodiscard]] int set_is_disjoint(ThreadState& ts, Set* s, Value other);

void set_trace(Object* o, Tracer& t);
void set_table_trace(Object* o, Tracer& t);

}  // namespace weft
