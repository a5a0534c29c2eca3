// Internals of dict shared by dict*.cpp and set*.cpp: the DictKeys table and the operations on
// a known hash.
//
// A DictKeys holds an index table of 2**log2_size slots (int8/16/32/64 wide, CPython's compact
// dict) followed by the dense entry array, in insertion order. A slot holds an entry number,
// DKIX_EMPTY or DKIX_DUMMY (deleted). Lock-free readers: a writer fills an entry (hash, key,
// value) before it publishes the entry's number in a slot with a release store, and readers load
// slots with acquire; a deletion writes DUMMY then clears the entry's key and value word by word.
// Entries are appended, never reused, until a resize builds a new DictKeys privately and
// publishes it with a release store; the old table is never written again, so a reader that
// still holds it sees a consistent, stale table.
#pragma once

#include "object/dict.hpp"
#include "object/value_slot.hpp"

namespace weft {

enum : intptr_t { DKIX_EMPTY = -1, DKIX_DUMMY = -2, DKIX_ERROR = -3 };

struct DictKeys : Object {
  uint8_t log2_size;
  uint8_t log2_index_bytes;  // 0..3: slots of 1, 2, 4 or 8 bytes
  size_t usable;             // entries that can still be appended
  Relaxed<size_t> nentries;  // entries appended (deleted ones included); traced up to here
  size_t tail;               // one past the last live entry, or less (popitem's starting point)
};

DictEntry* dict_entries(DictKeys* dk);
// dict.keys(), dict.values() and dict.items(): live views of one dict.
struct DictView : Object {
  Dict* dict;
};

inline DictKeys* dict_keys_of(Dict* d) { return d->keys.load(std::memory_order_acquire); }

// Equality of a stored key and a looked-up key whose hashes are equal, shared by dict and set:
// identical keys, two small ints and two exact strs are settled here; otherwise __eq__ runs.
// With python_ok false, keys whose == could run Python code (anything but small ints, exact
// str, int, float, bool, None and tuples of those) give KEYS_NEED_PYTHON instead, so that a
// writer holding an object guard never runs Python code. Returns 1, 0, -1 or KEYS_NEED_PYTHON.
constexpr int KEYS_NEED_PYTHON = 2;
[[nodiscard]] int table_keys_equal(ThreadState& ts, Value stored, Value key, bool python_ok);
// obj_hash with a fast path for exact strs.
[[nodiscard]] bool dict_key_hash(ThreadState& ts, Value key, intptr_t* out);
// Operations on a key whose hash is known (as CPython's *_KnownHash functions).
[[nodiscard]] Value dict_get_hashed(ThreadState& ts, Dict* d, Value key, intptr_t hash);
[[nodiscard]] bool dict_set_hashed(ThreadState& ts, Dict* d, Value key, intptr_t hash, Value v);
[[nodiscard]] int dict_del_hashed(ThreadState& ts, Dict* d, Value key, intptr_t hash);
// dict_next that also yields the stored hash.
bool dict_next_hashed(Dict* d, size_t* pos, Value* key, Value* value, intptr_t* hash);
// Backwards iteration: start with *pos = dict_end(d); returns false at the start.
size_t dict_end(Dict* d);
bool dict_prev(Dict* d, size_t* pos, Value* key, Value* value);
// Removes the last item (popitem); false when the dict is empty.
bool dict_pop_last(ThreadState& ts, Dict* d, Value* key, Value* value);
// A new empty dict of `type` (dict or a subclass).
[[nodiscard]] Dict* dict_new_of_type(ThreadState& ts, Type* type);
// d.update(other) for a dict `other` (entries copied with their hashes).
[[nodiscard]] bool dict_merge(ThreadState& ts, Dict* d, Dict* other);

void dict_trace(Object* o, Tracer& t);
void dict_keys_trace(Object* o, Tracer& t);

// Slot and method parts implemented across the dict files.
void dict_views_init(ThreadState& ts);  // views and iterators (dict_views.cpp)
[[nodiscard]] Value dict_iter_new(ThreadState& ts, Dict* d, Type* kind, bool reverse);
[[nodiscard]] Value dict_repr(ThreadState& ts, Value self);

}  // namespace weft
