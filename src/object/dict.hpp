// dict: insertion-ordered hash table with open addressing (an index table into a dense entry
// array, as CPython's compact dict). Keys/values live in a DictKeys object that is replaced, never
// mutated in place by a resize, so lock-free readers see a consistent old or new table.
#pragma once

#include "object/relaxed.hpp"
#include "object/runtime.hpp"

namespace weft {

struct DictEntry {
  Value key;    // error() = deleted entry
  Value value;
  Relaxed<intptr_t> hash;
};

struct DictKeys;  // defined in dict.cpp

struct Dict : Object {
  std::atomic<DictKeys*> keys;  // nullptr for an empty dict with no table yet
  Relaxed<size_t> used;         // live entries (read without the guard by len())
  uint64_t version;             // bumped on every mutation (iteration-mutation check, caches)
};

inline Dict* as_dict(Value v) { return static_cast<Dict*>(v.as_obj()); }
bool is_dict(ThreadState& ts, Value v);
[[nodiscard]] Dict* dict_new(ThreadState& ts);
size_t dict_size(Dict* d);

// Lookups hash the key (which may call __hash__/__eq__ and so fail). A missing key returns error()
// with NO exception pending; callers test ts.has_pending().
[[nodiscard]] Value dict_get(ThreadState& ts, Dict* d, Value key);
// Fast path for str keys (no user code runs, never fails); missing -> error().
Value dict_get_str(Dict* d, Str* key);
[[nodiscard]] bool dict_set(ThreadState& ts, Dict* d, Value key, Value value);
[[nodiscard]] bool dict_set_str(ThreadState& ts, Dict* d, Str* key, Value value);
// Returns 1 if removed, 0 if absent, -1 on error.
[[nodiscard]] int dict_del(ThreadState& ts, Dict* d, Value key);
// Removes and returns the value, or error() (absent: no pending exception).
[[nodiscard]] Value dict_pop(ThreadState& ts, Dict* d, Value key);
void dict_clear(ThreadState& ts, Dict* d);
[[nodiscard]] Dict* dict_copy(ThreadState& ts, Dict* d);
[[nodiscard]] bool dict_update(ThreadState& ts, Dict* d, Value other);  // dict.update semantics
// Iteration from C++: start with pos = 0; returns false at the end. Sees a consistent table.
bool dict_next(Dict* d, size_t* pos, Value* key, Value* value);
[[nodiscard]] Value dict_keys_list(ThreadState& ts, Dict* d);

void dict_init_type(ThreadState& ts);

}  // namespace weft
