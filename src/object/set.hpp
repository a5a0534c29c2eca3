// set and frozenset: open-addressing hash tables with CPython's probing and growth policy, so a
// set of small ints prints in the same order as CPython's.
#pragma once

#include "object/relaxed.hpp"
#include "object/runtime.hpp"

namespace weft {

struct SetTable;  // defined in set.cpp

struct Set : Object {
  std::atomic<SetTable*> table;
  Relaxed<size_t> used;  // read without the guard by len()
  uint64_t version;
  size_t finger;  // where pop() resumes its search
  intptr_t hash;  // frozenset only, valid when flags & OBJ_HASHED
};

inline Set* as_set(Value v) { return static_cast<Set*>(v.as_obj()); }
bool is_anyset(ThreadState& ts, Value v);  // set, frozenset or subclass
[[nodiscard]] Set* set_new(ThreadState& ts, Type* type);  // type: set or frozenset
[[nodiscard]] Value set_from_iterable(ThreadState& ts, Type* type, Value iterable);
[[nodiscard]] bool set_add(ThreadState& ts, Set* s, Value key);
[[nodiscard]] int set_contains(ThreadState& ts, Set* s, Value key);  // 1, 0, -1
[[nodiscard]] int set_discard(ThreadState& ts, Set* s, Value key);   // 1, 0, -1
bool set_next(Set* s, size_t* pos, Value* key);
size_t set_size(Set* s);

void set_init_types(ThreadState& ts);

}  // namespace weft
