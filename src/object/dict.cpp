// The dict hash table: CPython's compact layout (an index table into a dense, insertion-ordered
// entry array), perturbed probing, growth by used*3, and the C++ API the rest of weft uses.
// dict_impl.hpp states how readers that take no lock stay memory-safe.
#include <cstring>

#include "object/dict_impl.hpp"
#include "object/error.hpp"
#include "object/guard.hpp"
#include "object/list.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace weft {

namespace {

constexpr uint8_t MIN_LOG2 = 3;  // 8 slots, 5 usable entries
constexpr unsigned PERTURB_SHIFT = 5;

size_t usable_fraction(size_t slots) { return (slots << 1) / 3; }

size_t index_bytes(const DictKeys* dk) {
  return (size_t(1) << dk->log2_size) << dk->log2_index_bytes;
}

size_t header_bytes() {
  return (sizeof(DictKeys) + alignof(DictEntry) - 1) & ~(alignof(DictEntry) - 1);
}

// Slot i of the index table (acquire: the entry it names is fully written).
intptr_t get_index(const DictKeys* dk, size_t i) {
  auto base = const_cast<char*>(reinterpret_cast<const char*>(dk) + header_bytes());
  constexpr auto ORDER = std::memory_order_acquire;
  switch (dk->log2_index_bytes) {
    case 0: return std::atomic_ref<int8_t>(reinterpret_cast<int8_t*>(base)[i]).load(ORDER);
    case 1: return std::atomic_ref<int16_t>(reinterpret_cast<int16_t*>(base)[i]).load(ORDER);
    case 2: return std::atomic_ref<int32_t>(reinterpret_cast<int32_t*>(base)[i]).load(ORDER);
    default: return std::atomic_ref<intptr_t>(reinterpret_cast<intptr_t*>(base)[i]).load(ORDER);
  }
}

void set_index(DictKeys* dk, size_t i, intptr_t ix) {
  char* base = reinterpret_cast<char*>(dk) + header_bytes();
  constexpr auto ORDER = std::memory_order_release;
  switch (dk->log2_index_bytes) {
    case 0: std::atomic_ref<int8_t>(reinterpret_cast<int8_t*>(base)[i]).store(int8_t(ix), ORDER); break;
    case 1: std::atomic_ref<int16_t>(reinterpret_cast<int16_t*>(base)[i]).store(int16_t(ix), ORDER); break;
    case 2: std::atomic_ref<int32_t>(reinterpret_cast<int32_t*>(base)[i]).store(int32_t(ix), ORDER); break;
    default: std::atomic_ref<intptr_t>(reinterpret_cast<intptr_t*>(base)[i]).store(ix, ORDER); break;
  }
}

// Smallest table (at least 8 slots) with `minsize` slots.
uint8_t log2_for(size_t minsize) {
  uint8_t log2 = MIN_LOG2;
  while ((size_t(1) << log2) < minsize && log2 < 8 * sizeof(size_t) - 2) log2++;
  return log2;
}

// A table able to hold n entries without growing (CPython's estimate_log2_keysize).
uint8_t log2_for_entries(size_t n) { return log2_for((n * 3 + 1) / 2); }

DictKeys* keys_alloc(ThreadState& ts, uint8_t log2) {
  uint8_t width = log2 < 8 ? 0 : log2 < 16 ? 1 : log2 < 32 ? 2 : 3;
  size_t slots = size_t(1) << log2;
  size_t usable = usable_fraction(slots);
  if (log2 >= 8 * sizeof(size_t) - 5 || usable > SIZE_MAX / 4 / sizeof(DictEntry)) {
    raise_no_memory(ts);
    return nullptr;
  }
  size_t bytes = header_bytes() + (slots << width) + usable * sizeof(DictEntry);
  auto dk = static_cast<DictKeys*>(gc_alloc(ts, ts.vm->types.dict_keys, bytes));
  if (!dk) return nullptr;
  dk->log2_size = log2;
  dk->log2_index_bytes = width;
  dk->usable = usable;
  std::memset(reinterpret_cast<char*>(dk) + header_bytes(), 0xFF, slots << width);  // EMPTY
  return dk;
}

// The first slot on key's probe sequence that holds no entry (EMPTY or DUMMY).
size_t find_free_slot(const DictKeys* dk, intptr_t hash) {
  size_t mask = (size_t(1) << dk->log2_size) - 1;
  size_t perturb = size_t(hash);
  size_t i = size_t(hash) & mask;
  while (get_index(dk, i) >= 0) {
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// Appends an entry to a table known to have room and not to contain the key.
void append_entry(DictKeys* dk, Value key, intptr_t hash, Value value) {
  size_t ix = dk->nentries;
  DictEntry* e = &dict_entries(dk)[ix];
  e->hash = hash;
  slot_store(&e->key, key);
  slot_store(&e->value, value);
  set_index(dk, find_free_slot(dk, hash), intptr_t(ix));
  dk->nentries = ix + 1;
  dk->tail = ix + 1;
  dk->usable--;
}

// Rebuilds the table with room for the live entries at log2 (compacting deleted ones away) and
// publishes it.
bool resize(ThreadState& ts, Dict* d, uint8_t log2) {
  DictKeys* old = dict_keys_of(d);
  DictKeys* dk = keys_alloc(ts, log2);
  if (!dk) return false;
  if (old) {
    DictEntry* from = dict_entries(old);
    for (size_t i = 0; i < old->nentries; i++) {
      if (!from[i].key.is_error()) append_entry(dk, from[i].key, from[i].hash, from[i].value);
    }
  }
  d->keys.store(dk, std::memory_order_release);
  return true;
}

// Writers hold the guard; the optimistic writers of guarded_write read the version without it.
void bump_version(Dict* d) {
  __atomic_store_n(&d->version, d->version + 1, __ATOMIC_RELEASE);
}

constexpr intptr_t DKIX_NEEDS_PYTHON = -4;  // lookup without Python code could not decide

// Keys whose equality with each other runs no Python code: small ints and exact strs, ints,
// floats, bools, None and tuples of those (a writer compares them while holding the guard).
bool plain_key(ThreadState& ts, Value v, int depth) {
  if (v.is_int()) return true;
  Types& types = ts.vm->types;
  Type* t = v.as_obj()->type;
  if (t == types.str || t == types.int_ || t == types.float_ || t == types.bool_ ||
      t == types.none)
    return true;
  if (t != types.tuple || depth > 2) return false;
  Tuple* tuple = as_tuple(v);
  for (size_t i = 0; i < tuple->size; i++) {
    if (!plain_key(ts, tuple->items[i], depth + 1)) return false;
  }
  return true;
}


// Finds key: returns its entry number, DKIX_EMPTY (absent; *slot is where the probe ended) or
// DKIX_ERROR. *dk_out receives the table searched. When __eq__ changed the table or the entry it
// was comparing, the search restarts on the current table, as CPython does.
intptr_t lookup(ThreadState& ts, Dict* d, Value key, intptr_t hash, DictKeys** dk_out,
                size_t* slot, bool python_ok = true) {
  for (;;) {
    DictKeys* dk = dict_keys_of(d);
    *dk_out = dk;
    if (!dk) return DKIX_EMPTY;
    DictEntry* entries = dict_entries(dk);
    size_t mask = (size_t(1) << dk->log2_size) - 1;
    size_t perturb = size_t(hash);
    // The table always keeps a third of its slots EMPTY, so every probe sequence ends.
    for (size_t i = size_t(hash) & mask;; i = (i * 5 + (perturb >>= PERTURB_SHIFT) + 1) & mask) {
      intptr_t ix = get_index(dk, i);
      *slot = i;
      if (ix == DKIX_EMPTY) return DKIX_EMPTY;
      if (ix < 0) continue;
      DictEntry* e = &entries[ix];
      Value k = slot_load(&e->key);
      if (k == key) return ix;
      if (k.is_error() || e->hash != hash) continue;
      int eq = table_keys_equal(ts, k, key, python_ok);
      if (eq == KEYS_NEED_PYTHON) return DKIX_NEEDS_PYTHON;
      if (eq < 0) return DKIX_ERROR;
      if (dict_keys_of(d) != dk || slot_load(&e->key) != k) break;  // restart
      if (eq) return ix;
    }
  }
}

// The str-key lookup behind dict_get_str/dict_set_str: runs no Python code, so non-str keys
// never match (a user object equal to a str is not found through it).
intptr_t lookup_str(const DictKeys* dk, const Str* key, intptr_t hash) {
  DictEntry* entries = dict_entries(const_cast<DictKeys*>(dk));
  size_t mask = (size_t(1) << dk->log2_size) - 1;
  size_t perturb = size_t(hash);
  for (size_t i = size_t(hash) & mask;; i = (i * 5 + (perturb >>= PERTURB_SHIFT) + 1) & mask) {
    intptr_t ix = get_index(dk, i);
    if (ix == DKIX_EMPTY) return DKIX_EMPTY;
    if (ix < 0) continue;
    DictEntry* e = &entries[ix];
    Value k = slot_load(&e->key);
    if (k == Value::from_obj(key)) return ix;
    if (!k.is_obj() || e->hash != hash || !(k.as_obj()->type->tflags & TF_STR_SUBCLASS)) continue;
    if (str_equal(as_str(k), key)) return ix;
  }
}

void delete_at(Dict* d, DictKeys* dk, size_t slot, intptr_t ix) {
  set_index(dk, slot, DKIX_DUMMY);
  DictEntry* e = &dict_entries(dk)[ix];
  slot_store(&e->key, Value::error());
  slot_store(&e->value, Value::error());
  d->used--;
  bump_version(d);
}

// Runs a write on the entry of `key`: `commit(ix, dk, slot)` is called with the guard held and
// the lookup's result (ix >= 0 or DKIX_EMPTY). Comparisons that run Python code (__eq__) happen
// without the guard; the result is then committed only if the dict did not change meanwhile,
// else the lookup runs again.
template <class Commit>
intptr_t guarded_write(ThreadState& ts, Dict* d, Value key, intptr_t hash, Commit commit) {
  for (;;) {
    {
      ObjectGuard guard(ts, d);
      DictKeys* dk;
      size_t slot;
      intptr_t ix = lookup(ts, d, key, hash, &dk, &slot, false);
      if (ix != DKIX_NEEDS_PYTHON) return ix == DKIX_ERROR ? ix : commit(ix, dk, slot);
    }
    uint64_t version = __atomic_load_n(&d->version, __ATOMIC_ACQUIRE);
    DictKeys* dk;
    size_t slot;
    intptr_t ix = lookup(ts, d, key, hash, &dk, &slot, true);
    if (ix == DKIX_ERROR) return ix;
    ObjectGuard guard(ts, d);
    if (__atomic_load_n(&d->version, __ATOMIC_RELAXED) == version && dict_keys_of(d) == dk)
      return commit(ix, dk, slot);
  }
}

bool insert_new(ThreadState& ts, Dict* d, Value key, intptr_t hash, Value value) {
  DictKeys* dk = dict_keys_of(d);
  if (!dk || dk->usable == 0) {
    if (!resize(ts, d, log2_for(d->used * 3))) return false;
    dk = dict_keys_of(d);
  }
  append_entry(dk, key, hash, value);
  d->used++;
  bump_version(d);
  return true;
}

}  // namespace

int table_keys_equal(ThreadState& ts, Value stored, Value key, bool python_ok) {
  if (stored == key) return 1;
  if (stored.is_int() && key.is_int()) return 0;
  Type* str = ts.vm->types.str;
  if (stored.is_obj() && key.is_obj() && stored.as_obj()->type == str &&
      key.as_obj()->type == str) {
    return str_equal(as_str(stored), as_str(key));
  }
  if (!python_ok && !(plain_key(ts, stored, 0) && plain_key(ts, key, 0))) return KEYS_NEED_PYTHON;
  return obj_equal(ts, stored, key);
}

DictEntry* dict_entries(DictKeys* dk) {
  return reinterpret_cast<DictEntry*>(reinterpret_cast<char*>(dk) + header_bytes() +
                                      index_bytes(dk));
}

bool is_dict(ThreadState&, Value v) {
  return v.is_obj() && (v.as_obj()->type->tflags & TF_DICT_SUBCLASS) != 0;
}

Dict* dict_new(ThreadState& ts) { return gc_new<Dict>(ts, ts.vm->types.dict); }

Dict* dict_new_of_type(ThreadState& ts, Type* type) {
  size_t size = type->basic_size > sizeof(Dict) ? type->basic_size : sizeof(Dict);
  return static_cast<Dict*>(gc_alloc(ts, type, size));
}

size_t dict_size(Dict* d) { return d->used; }

bool dict_key_hash(ThreadState& ts, Value key, intptr_t* out) {
  if (key.is_obj() && key.as_obj()->type == ts.vm->types.str) {
    *out = str_hash(as_str(key));
    return true;
  }
  return obj_hash(ts, key, out);
}

Value dict_get_hashed(ThreadState& ts, Dict* d, Value key, intptr_t hash) {
  DictKeys* dk;
  size_t slot;
  intptr_t ix = lookup(ts, d, key, hash, &dk, &slot);
  return ix < 0 ? Value::error() : slot_load(&dict_entries(dk)[ix].value);
}

Value dict_get(ThreadState& ts, Dict* d, Value key) {
  intptr_t hash;
  if (!dict_key_hash(ts, key, &hash)) return Value::error();
  return dict_get_hashed(ts, d, key, hash);
}

Value dict_get_str(Dict* d, Str* key) {
  DictKeys* dk = dict_keys_of(d);
  if (!dk) return Value::error();
  intptr_t ix = lookup_str(dk, key, str_hash(key));
  return ix < 0 ? Value::error() : slot_load(&dict_entries(dk)[ix].value);
}

bool dict_set_hashed(ThreadState& ts, Dict* d, Value key, intptr_t hash, Value value) {
  intptr_t r = guarded_write(ts, d, key, hash, [&](intptr_t ix, DictKeys* dk, size_t) {
    if (ix == DKIX_EMPTY) return insert_new(ts, d, key, hash, value) ? intptr_t(0) : DKIX_ERROR;
    slot_store(&dict_entries(dk)[ix].value, value);
    bump_version(d);
    return intptr_t(0);
  });
  return r != DKIX_ERROR;
}

bool dict_set(ThreadState& ts, Dict* d, Value key, Value value) {
  intptr_t hash;
  if (!dict_key_hash(ts, key, &hash)) return false;
  return dict_set_hashed(ts, d, key, hash, value);
}

bool dict_set_str(ThreadState& ts, Dict* d, Str* key, Value value) {
  intptr_t hash = str_hash(key);
  ObjectGuard guard(ts, d);
  DictKeys* dk = dict_keys_of(d);
  intptr_t ix = dk ? lookup_str(dk, key, hash) : DKIX_EMPTY;
  if (ix < 0) return insert_new(ts, d, Value::from_obj(key), hash, value);
  slot_store(&dict_entries(dk)[ix].value, value);
  bump_version(d);
  return true;
}

int dict_del_hashed(ThreadState& ts, Dict* d, Value key, intptr_t hash) {
  intptr_t r = guarded_write(ts, d, key, hash, [&](intptr_t ix, DictKeys* dk, size_t slot) {
    if (ix == DKIX_EMPTY) return intptr_t(0);
    delete_at(d, dk, slot, ix);
    return intptr_t(1);
  });
  return r == DKIX_ERROR ? -1 : int(r);
}

int dict_del(ThreadState& ts, Dict* d, Value key) {
  intptr_t hash;
  if (!dict_key_hash(ts, key, &hash)) return -1;
  return dict_del_hashed(ts, d, key, hash);
}

Value dict_pop(ThreadState& ts, Dict* d, Value key) {
  intptr_t hash;
  if (!dict_key_hash(ts, key, &hash)) return Value::error();
  Value v = Value::error();
  guarded_write(ts, d, key, hash, [&](intptr_t ix, DictKeys* dk, size_t slot) {
    if (ix == DKIX_EMPTY) return intptr_t(0);
    v = slot_load(&dict_entries(dk)[ix].value);
    delete_at(d, dk, slot, ix);
    return intptr_t(1);
  });
  return v;
}

bool dict_pop_last(ThreadState& ts, Dict* d, Value* key, Value* value) {
  ObjectGuard guard(ts, d);
  DictKeys* dk = dict_keys_of(d);
  if (!dk || d->used == 0) return false;
  DictEntry* entries = dict_entries(dk);
  size_t i = dk->tail;
  while (i > 0 && entries[i - 1].key.is_error()) i--;
  if (i == 0) return false;
  DictEntry* e = &entries[i - 1];
  *key = e->key;
  *value = e->value;
  // The slot naming entry i-1 is on its key's probe sequence.
  size_t mask = (size_t(1) << dk->log2_size) - 1;
  size_t perturb = size_t(e->hash);
  size_t slot = size_t(e->hash) & mask;
  while (get_index(dk, slot) != intptr_t(i - 1)) {
    perturb >>= PERTURB_SHIFT;
    slot = (slot * 5 + perturb + 1) & mask;
  }
  delete_at(d, dk, slot, intptr_t(i - 1));
  dk->tail = i - 1;
  return true;
}

void dict_clear(ThreadState& ts, Dict* d) {
  ObjectGuard guard(ts, d);
  d->keys.store(nullptr, std::memory_order_release);
  d->used = 0;
  bump_version(d);
}

bool dict_merge(ThreadState& ts, Dict* d, Dict* other) {
  if (d == other || other->used == 0) return true;
  {
    ObjectGuard guard(ts, d);
    DictKeys* dk = dict_keys_of(d);
    if ((dk ? dk->usable : 0) < other->used &&
        !resize(ts, d, log2_for_entries(d->used + other->used))) {
      return false;
    }
  }
  size_t pos = 0, expected = other->used;
  Value key, value;
  intptr_t hash;
  while (dict_next_hashed(other, &pos, &key, &value, &hash)) {
    if (!dict_set_hashed(ts, d, key, hash, value)) return false;
    if (other->used != expected) {
      raise(ts, ts.vm->types.RuntimeError, "dict mutated during update");
      return false;
    }
  }
  return true;
}

// A copy is a snapshot: when another thread changes the size of d meanwhile (GIL-free mode),
// the copy starts again rather than failing as an update does.
Dict* dict_copy(ThreadState& ts, Dict* d) {
  for (;;) {
    Dict* r = dict_new(ts);
    if (!r) return nullptr;
    if (dict_merge(ts, r, d)) return r;
    if (!pending_matches(ts, ts.vm->types.RuntimeError) || ts.vm->gil_enabled) return nullptr;
    ts.pending = Value::error();
  }
}

bool dict_next_hashed(Dict* d, size_t* pos, Value* key, Value* value, intptr_t* hash) {
  DictKeys* dk = dict_keys_of(d);
  if (!dk) return false;
  DictEntry* entries = dict_entries(dk);
  while (*pos < dk->nentries) {
    DictEntry* e = &entries[(*pos)++];
    Value k = slot_load(&e->key);
    Value v = slot_load(&e->value);
    if (k.is_error() || v.is_error()) continue;
    *key = k;
    *value = v;
    if (hash) *hash = e->hash;
    return true;
  }
  return false;
}

bool dict_next(Dict* d, size_t* pos, Value* key, Value* value) {
  return dict_next_hashed(d, pos, key, value, nullptr);
}

size_t dict_end(Dict* d) {
  DictKeys* dk = dict_keys_of(d);
  return dk ? dk->nentries : 0;
}

bool dict_prev(Dict* d, size_t* pos, Value* key, Value* value) {
  DictKeys* dk = dict_keys_of(d);
  if (!dk) return false;
  DictEntry* entries = dict_entries(dk);
  if (*pos > dk->nentries) *pos = dk->nentries;
  while (*pos > 0) {
    DictEntry* e = &entries[--*pos];
    Value k = slot_load(&e->key);
    Value v = slot_load(&e->value);
    if (k.is_error() || v.is_error()) continue;
    *key = k;
    *value = v;
    return true;
  }
  return false;
}

void dict_trace(Object* o, Tracer& t) {
  t.visit(static_cast<Dict*>(o)->keys.load(std::memory_order_relaxed));
}

void dict_keys_trace(Object* o, Tracer& t) {
  auto dk = static_cast<DictKeys*>(o);
  DictEntry* entries = dict_entries(dk);
  for (size_t i = 0; i < dk->nentries; i++) {
    t.visit(entries[i].key);
    t.visit(entries[i].value);
  }
}

Value dict_keys_list(ThreadState& ts, Dict* d) {
  List* l = list_new(ts, d->used);
  if (!l) return Value::error();
  size_t pos = 0;
  Value key, value;
  while (dict_next(d, &pos, &key, &value)) {
    if (!list_append(ts, l, key)) return Value::error();
  }
  return Value::from_obj(l);
}

}  // namespace weft
