// The set table: CPython's probing, growth and merge strategies (set_impl.hpp says why they are
// copied exactly), and the C++ API the rest of weft uses.
#include <cstring>

#include "object/dict_impl.hpp"
#include "object/error.hpp"
#include "object/guard.hpp"
#include "object/protocol.hpp"
#include "object/set_impl.hpp"
#include "object/value_slot.hpp"

namespace weft {

namespace {

constexpr size_t LINEAR_PROBES = 9;
constexpr unsigned PERTURB_SHIFT = 5;
constexpr intptr_t DUMMY_HASH = -1;

bool is_unused(const SetEntry* e) { return e->key.is_error() && e->hash == 0; }
bool is_active(const SetEntry* e) { return !e->key.is_error(); }

SetTable* table_alloc(ThreadState& ts, size_t slots) {
  if (slots > (SIZE_MAX - sizeof(SetTable)) / sizeof(SetEntry)) {
    raise_no_memory(ts);
    return nullptr;
  }
  auto t = gc_new<SetTable>(ts, ts.vm->types.set_table, (slots - 1) * sizeof(SetEntry));
  if (t) t->mask = slots - 1;
  return t;
}

void store_entry(SetEntry* e, Value key, intptr_t hash) {
  e->hash = hash;
  slot_store(&e->key, key);
}

// Places a key known to be absent into a table without dummies (set_insert_clean).
void insert_clean(SetTable* t, Value key, intptr_t hash) {
  size_t mask = t->mask;
  size_t perturb = size_t(hash);
  size_t i = size_t(hash) & mask;
  for (;;) {
    SetEntry* e = &t->entries[i];
    if (e->key.is_error()) return store_entry(e, key, hash);
    if (i + LINEAR_PROBES <= mask) {
      for (size_t j = 0; j < LINEAR_PROBES; j++) {
        e++;
        if (e->key.is_error()) return store_entry(e, key, hash);
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

enum Probe { PROBE_FOUND, PROBE_UNUSED, PROBE_ERROR, PROBE_RESTART, PROBE_NEEDS_PYTHON };

// Compares an entry whose hash matched; when __eq__ mutated the set, the search restarts, as in
// CPython.
Probe probe_entry(ThreadState& ts, Set* s, SetTable* t, SetEntry* e, Value key, bool python_ok) {
  Value start = slot_load(&e->key);
  int eq = table_keys_equal(ts, start, key, python_ok);
  if (eq == KEYS_NEED_PYTHON) return PROBE_NEEDS_PYTHON;
  if (eq > 0) return PROBE_FOUND;
  if (eq < 0) return PROBE_ERROR;
  if (set_table_of(s) != t || e->key != start) return PROBE_RESTART;
  return PROBE_UNUSED;  // not this one: keep probing
}

// set_lookkey / the search half of set_add_entry: *out is the matching entry or the unused slot
// that ends the probe sequence (nullptr when the set has no table yet). When `dummy` is given it
// receives the LAST deleted slot on the way, which add reuses (CPython's choice, visible in the
// order a set prints).
Probe lookup(ThreadState& ts, Set* s, Value key, intptr_t hash, SetEntry** out,
             SetEntry** dummy = nullptr, bool python_ok = true) {
restart:
  SetTable* t = set_table_of(s);
  *out = nullptr;
  if (dummy) *dummy = nullptr;
  if (!t) return PROBE_UNUSED;
  size_t mask = t->mask;
  size_t perturb = size_t(hash);
  size_t i = size_t(hash) & mask;
  for (;;) {
    SetEntry* e = &t->entries[i];
    size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    for (;;) {
      if (is_unused(e)) {
        *out = e;
        return PROBE_UNUSED;
      }
      if (e->hash == hash) {
        Probe p = probe_entry(ts, s, t, e, key, python_ok);
        if (p == PROBE_RESTART) goto restart;
        if (p != PROBE_UNUSED) {
          *out = e;
          return p;
        }
      } else if (dummy && e->hash == DUMMY_HASH) {
        *dummy = e;
      }
      if (probes-- == 0) break;
      e++;
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

size_t growth(size_t used) { return used > 50000 ? used * 2 : used * 4; }

}  // namespace

bool is_anyset(ThreadState&, Value v) {
  if (!v.is_obj()) return false;
  TypeKind k = v.as_obj()->type->kind;
  return k == TypeKind::Set || k == TypeKind::FrozenSet;
}

Set* set_new(ThreadState& ts, Type* type) {
  // A class deriving from set/frozenset may add __slots__ and a __dict__ after the Set fields.
  size_t size = type->basic_size > sizeof(Set) ? type->basic_size : sizeof(Set);
  return static_cast<Set*>(gc_alloc(ts, type, size));
}

size_t set_size(Set* s) { return s->used; }

bool set_resize(ThreadState& ts, Set* s, size_t minused) {
  size_t slots = SET_MINSIZE;
  while (slots <= minused) {
    if (slots > SIZE_MAX / 4) {
      raise_no_memory(ts);
      return false;
    }
    slots <<= 1;
  }
  SetTable* nt = table_alloc(ts, slots);
  if (!nt) return false;
  if (SetTable* old = set_table_of(s)) {
    for (size_t i = 0; i <= old->mask; i++) {
      SetEntry* e = &old->entries[i];
      if (is_active(e)) insert_clean(nt, e->key, e->hash);
    }
  }
  nt->fill = s->used;
  s->table.store(nt, std::memory_order_release);
  return true;
}

namespace {

uint64_t version_of(Set* s) { return __atomic_load_n(&s->version, __ATOMIC_ACQUIRE); }
void bump_version(Set* s) { __atomic_store_n(&s->version, s->version + 1, __ATOMIC_RELEASE); }

// Runs a write with the lookup's result under the set's guard (see dict.cpp's guarded_write):
// comparisons that need Python code run unguarded, and their result is committed only when the
// set did not change meanwhile.
template <class Commit>
int guarded_write(ThreadState& ts, Set* s, Value key, intptr_t hash, bool want_dummy,
                  Commit commit) {
  for (;;) {
    SetEntry *e, *dummy;
    {
      ObjectGuard guard(ts, s);
      Probe p = lookup(ts, s, key, hash, &e, want_dummy ? &dummy : nullptr, false);
      if (p == PROBE_ERROR) return -1;
      if (p != PROBE_NEEDS_PYTHON) return commit(p, e, want_dummy ? dummy : nullptr);
    }
    uint64_t version = version_of(s);
    SetTable* t = set_table_of(s);
    Probe p = lookup(ts, s, key, hash, &e, want_dummy ? &dummy : nullptr, true);
    if (p == PROBE_ERROR) return -1;
    ObjectGuard guard(ts, s);
    if (version_of(s) == version && set_table_of(s) == t)
      return commit(p, e, want_dummy ? dummy : nullptr);
  }
}

}  // namespace

bool set_add_hashed(ThreadState& ts, Set* s, Value key, intptr_t hash) {
  {
    ObjectGuard guard(ts, s);
    if (!set_table_of(s) && !set_resize(ts, s, 0)) return false;
  }
  return guarded_write(ts, s, key, hash, true, [&](Probe p, SetEntry* e, SetEntry* dummy) {
    if (p == PROBE_FOUND) return 1;
    return set_add_entry_locked(ts, s, key, hash, e, dummy) ? 1 : -1;
  }) > 0;
}

bool set_add_entry_locked(ThreadState& ts, Set* s, Value key, intptr_t hash, SetEntry* e,
                          SetEntry* dummy) {
  s->used++;
  bump_version(s);
  if (dummy) {
    store_entry(dummy, key, hash);
    return true;
  }
  SetTable* t = set_table_of(s);
  store_entry(e, key, hash);
  t->fill++;
  if (t->fill * 5 < t->mask * 3) return true;
  return set_resize(ts, s, growth(s->used));
}

int set_contains_hashed(ThreadState& ts, Set* s, Value key, intptr_t hash) {
  SetEntry* e;
  Probe p = lookup(ts, s, key, hash, &e);
  return p == PROBE_ERROR ? -1 : p == PROBE_FOUND;
}

int set_discard_hashed(ThreadState& ts, Set* s, Value key, intptr_t hash) {
  return guarded_write(ts, s, key, hash, false, [&](Probe p, SetEntry* e, SetEntry*) {
    if (p != PROBE_FOUND) return 0;
    store_entry(e, Value::error(), DUMMY_HASH);
    s->used--;
    bump_version(s);
    return 1;
  });
}

bool set_next_hashed(Set* s, size_t* pos, Value* key, intptr_t* hash) {
  SetTable* t = set_table_of(s);
  if (!t) return false;
  for (size_t i = *pos; i <= t->mask; i++) {
    Value k = slot_load(&t->entries[i].key);
    if (!k.is_error()) {
      *key = k;
      *hash = t->entries[i].hash;
      *pos = i + 1;
      return true;
    }
  }
  *pos = t->mask + 1;
  return false;
}

bool set_next(Set* s, size_t* pos, Value* key) {
  intptr_t hash;
  return set_next_hashed(s, pos, key, &hash);
}

void set_clear_internal(Set* s) {
  s->table.store(nullptr, std::memory_order_release);
  s->used = 0;
  bump_version(s);
}

Value set_pop_item(Set* s) {
  SetTable* t = set_table_of(s);
  if (s->used == 0 || !t) return Value::error();
  size_t i = s->finger & t->mask;
  while (!is_active(&t->entries[i])) i = i == t->mask ? 0 : i + 1;
  Value key = t->entries[i].key;
  store_entry(&t->entries[i], Value::error(), DUMMY_HASH);
  s->used--;
  bump_version(s);
  s->finger = i + 1;
  return key;
}

void set_swap_bodies(Set* a, Set* b) {
  SetTable* ta = set_table_of(a);
  SetTable* tb = set_table_of(b);
  size_t used = a->used;
  a->used = size_t(b->used);
  b->used = used;
  std::swap(a->finger, b->finger);
  a->table.store(tb, std::memory_order_release);
  b->table.store(ta, std::memory_order_release);
  bump_version(a);
  bump_version(b);
}

// ---- merging ----------------------------------------------------------------------------------

namespace {

// CPython's one resize up front before merging n keys, when they could pass the fill limit
// (expecting few of them to be present already).
bool presize(ThreadState& ts, Set* s, size_t n) {
  SetTable* t = set_table_of(s);
  if (((t ? t->fill : 0) + n) * 5 < set_mask(s) * 3) return true;
  return set_resize(ts, s, (s->used + n) * 2);
}

// set_merge: one resize up front, then the cheapest of a plain copy, clean insertion or ordinary
// adds (when the target already has items).
bool merge_set(ThreadState& ts, Set* s, Set* other) {
  if (other == s || other->used == 0) return true;
  {
    ObjectGuard guard(ts, s);
    SetTable* ot = set_table_of(other);
    if (!ot) return true;
    if (!presize(ts, s, other->used)) return false;
    if (!set_table_of(s) && !set_resize(ts, s, 0)) return false;
    SetTable* t = set_table_of(s);
    // Another thread may add to `other` meanwhile: the plain copy needs room for all of ot's
    // slots, and what is copied is counted.
    bool same = t->mask == ot->mask && ot->fill == other->used;
    if (t->fill == 0 && (same || t->mask > 2 * ot->mask)) {
      size_t copied = 0;
      for (size_t i = 0; i <= ot->mask; i++) {
        SetEntry* e = &ot->entries[i];
        Value k = slot_load(&e->key);
        if (k.is_error()) continue;
        if (same) {
          store_entry(&t->entries[i], k, e->hash);
        } else {
          insert_clean(t, k, e->hash);
        }
        copied++;
      }
      t->fill = copied;
      s->used = copied;
      bump_version(s);
      return true;
    }
  }
  size_t pos = 0;
  Value key;
  intptr_t hash;
  while (set_next_hashed(other, &pos, &key, &hash)) {
    if (!set_add_hashed(ts, s, key, hash)) return false;
  }
  return true;
}

bool merge_dict(ThreadState& ts, Set* s, Dict* d) {
  if (!presize(ts, s, dict_size(d))) return false;
  size_t pos = 0;
  Value key, value;
  intptr_t hash;
  while (dict_next_hashed(d, &pos, &key, &value, &hash)) {
    if (!set_add_hashed(ts, s, key, hash)) return false;
  }
  return true;
}

}  // namespace

bool set_add(ThreadState& ts, Set* s, Value key) {
  intptr_t hash;
  if (!obj_hash(ts, key, &hash)) return false;
  return set_add_hashed(ts, s, key, hash);
}

bool set_update_internal(ThreadState& ts, Set* s, Value other) {
  if (is_anyset(ts, other)) return merge_set(ts, s, as_set(other));
  if (type_of(ts, other) == ts.vm->types.dict) return merge_dict(ts, s, as_dict(other));
  WEFT_TRY_BOOL(it, obj_iter(ts, other));
  for (;;) {
    Value key = obj_next(ts, it);
    if (key.is_error()) return !ts.has_pending();
    if (!set_add(ts, s, key)) return false;
  }
}

Set* set_new_like(ThreadState& ts, const Set* like, Value iterable) {
  Type* type = set_is_frozen(like) ? ts.vm->types.frozenset : ts.vm->types.set;
  Set* s = set_new(ts, type);
  if (!s) return nullptr;
  if (!iterable.is_error() && !set_update_internal(ts, s, iterable)) return nullptr;
  return s;
}

Set* set_copy(ThreadState& ts, Set* s) { return set_new_like(ts, s, Value::from_obj(s)); }

Value set_from_iterable(ThreadState& ts, Type* type, Value iterable) {
  Set* s = set_new(ts, type);
  if (!s) return Value::error();
  if (!set_update_internal(ts, s, iterable)) return Value::error();
  return Value::from_obj(s);
}

int set_contains(ThreadState& ts, Set* s, Value key) {
  intptr_t hash;
  if (!obj_hash(ts, key, &hash)) return -1;
  return set_contains_hashed(ts, s, key, hash);
}

int set_discard(ThreadState& ts, Set* s, Value key) {
  intptr_t hash;
  if (!obj_hash(ts, key, &hash)) return -1;
  return set_discard_hashed(ts, s, key, hash);
}

void set_trace(Object* o, Tracer& t) { t.visit(set_table_of(static_cast<Set*>(o))); }

void set_table_trace(Object* o, Tracer& t) {
  auto table = static_cast<SetTable*>(o);
  for (size_t i = 0; i <= table->mask; i++) t.visit(slot_load(&table->entries[i].key));
}

}  // namespace weft
