// collections.deque: a ring buffer of Values in a GC array. Internals shared by deque.cpp (the
// storage and the methods) and deque_type.cpp (the slots, the iterators and _collections).
//
// Thread safety (GIL-free mode): every access to the buffer, head and size happens under the
// deque's ObjectGuard, in small functions that run no Python code; so append/popleft from many
// threads are atomic, as CPython promises. Operations that compare items (index, count, remove,
// `in`) read one item at a time and check `state` afterwards.
#pragma once

#include "object/function.hpp"
#include "object/list.hpp"
#include "object/runtime.hpp"

namespace weft {

struct Deque : Object {
  ValueArray* buf;  // capacity = buf->capacity; nullptr while empty and never used
  size_t head;      // physical index of item 0
  size_t size;
  intptr_t maxlen;  // -1: unbounded
  // Bumped by every structural change (not by d[i] = x): iterators and comparisons that run
  // Python code detect mutation with it, as CPython's deque->state.
  uint64_t state;
};

inline Deque* as_deque(Value v) { return static_cast<Deque*>(v.as_obj()); }
bool is_deque(ThreadState& ts, Value v);

// Appends at the right (left), dropping an item from the other end when at maxlen.
[[nodiscard]] bool deque_append(ThreadState& ts, Deque* d, Value v);
[[nodiscard]] bool deque_appendleft(ThreadState& ts, Deque* d, Value v);
[[nodiscard]] bool deque_extend(ThreadState& ts, Deque* d, Value iterable, bool left);
void deque_clear(ThreadState& ts, Deque* d);
// Item i (0 <= i), or error() with nothing pending when i is past the end.
Value deque_at(ThreadState& ts, Deque* d, size_t i);
size_t deque_size(ThreadState& ts, Deque* d);
// d[i] = v (not a structural change) and del d[i]; false (nothing pending) when i is past the end.
bool deque_set_at(ThreadState& ts, Deque* d, size_t i, Value v);
bool deque_del_at(ThreadState& ts, Deque* d, size_t i);
// The items as a tuple (a consistent snapshot).
[[nodiscard]] Value deque_snapshot(ThreadState& ts, Deque* d);
// A new empty deque of `type` (deque or a subclass) with the given maxlen.
[[nodiscard]] Deque* deque_alloc(ThreadState& ts, Type* type, intptr_t maxlen);
// copy(): same type and maxlen; a subclass is called as type(d)(d[, maxlen]).
[[nodiscard]] Value deque_copy(ThreadState& ts, Value self);
// d *= n (d itself).
[[nodiscard]] Value deque_inplace_repeat(ThreadState& ts, Value self, intptr_t n);

extern const MethodDef DEQUE_METHODS[];  // deque.cpp

}  // namespace weft
