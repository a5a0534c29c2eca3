// list: a growable array. Items live in a separate ValueArray so a reader that loaded the old
// array while another thread grows the list still sees valid memory (the GC never frees an array
// a stack still references). In GIL-free mode writers hold the list's guard (object/guard.hpp).
#pragma once

#include "object/runtime.hpp"

namespace weft {

// A GC-traced array of Values used as storage by list (and others). Traced up to `capacity`;
// unused slots are kept null.
struct ValueArray : Object {
  size_t capacity;
  Value items[1];
};

struct List : Object {
  std::atomic<size_t> size;
  std::atomic<ValueArray*> array;  // nullptr when capacity is 0
};

inline List* as_list(Value v) { return static_cast<List*>(v.as_obj()); }
bool is_list(ThreadState& ts, Value v);
[[nodiscard]] ValueArray* value_array_alloc(ThreadState& ts, size_t capacity);
[[nodiscard]] List* list_new(ThreadState& ts, size_t capacity);  // empty list
[[nodiscard]] Value list_from_array(ThreadState& ts, const Value* items, size_t n);
[[nodiscard]] Value list_from_iterable(ThreadState& ts, Value iterable);
size_t list_size(List* l);
// Bounds-checked by the caller (0 <= i < size).
Value list_get(List* l, size_t i);
void list_set(ThreadState& ts, List* l, size_t i, Value v);
[[nodiscard]] bool list_append(ThreadState& ts, List* l, Value v);
[[nodiscard]] bool list_extend(ThreadState& ts, List* l, Value iterable);
[[nodiscard]] bool list_insert(ThreadState& ts, List* l, intptr_t index, Value v);
[[nodiscard]] Value list_pop(ThreadState& ts, List* l, intptr_t index);
// Stable sort with optional key (error() = none) and reverse; raises
// "ValueError: list modified during sort" when mutated meanwhile.
[[nodiscard]] bool list_sort(ThreadState& ts, List* l, Value key, bool reverse);
// A snapshot of the items as a tuple (for safe iteration from C++).
[[nodiscard]] Value list_as_tuple(ThreadState& ts, List* l);

void list_init_type(ThreadState& ts);

}  // namespace weft
