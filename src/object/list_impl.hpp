// Internals shared by the list*.cpp files: the storage primitives every mutation goes through.
// Writers (one at a time: the GIL, or the list's guard, object/guard.hpp) never modify an array in a way a
// lock-free reader could see torn: item slots change one word at a time (slot_store), a bigger
// or smaller array is filled privately and then published with a release store, and an array
// that was replaced is never written again. Readers load the size, then the array (acquire), and
// bound every index by the array's capacity.
#pragma once

#include "object/sequence.hpp"

namespace weft {

inline ValueArray* list_array(List* l) { return l->array.load(std::memory_order_acquire); }
inline void list_publish_size(List* l, size_t n) { l->size.store(n, std::memory_order_release); }

// The *_locked functions, list_reserve, list_adopt and list_detach must be called with the
// list's guard held (ObjectGuard), or on a list no other thread can see yet.
// Ensures capacity for `needed` items (CPython's over-allocation); may publish a new array.
[[nodiscard]] bool list_reserve(ThreadState& ts, List* l, size_t needed);
// Replaces items [lo, hi) with items[0..k); lo and hi are clamped to the current size (another
// thread may have shortened the list since they were computed). `items` must not point into
// the list's own storage (pass a snapshot). list_replace takes the guard itself.
[[nodiscard]] bool list_replace(ThreadState& ts, List* l, size_t lo, size_t hi, const Value* items,
                                size_t k);
[[nodiscard]] bool list_replace_locked(ThreadState& ts, List* l, size_t lo, size_t hi,
                                       const Value* items, size_t k);
// Drops the items from new_size on (nothing when new_size >= size), giving memory back as
// CPython does. list_truncate takes the guard itself.
void list_truncate(ThreadState& ts, List* l, size_t new_size);
void list_truncate_locked(ThreadState& ts, List* l, size_t new_size);
// Publishes `items` (a private array holding n items) as the list's storage.
void list_adopt(List* l, ValueArray* items, size_t n);
// Detaches the storage: the list becomes empty; returns the old array (nullptr if none).
ValueArray* list_detach(List* l, size_t* n);
// Copies the current items into dst (n slots; None where the list is now shorter).
void list_copy_out(ThreadState& ts, List* l, Value* dst, size_t n);
// A new list of exactly `type` (list or a subclass) with no items.
[[nodiscard]] List* list_new_of_type(ThreadState& ts, Type* type);

// Slots implemented in list_type.cpp and used by the methods.
[[nodiscard]] Value list_getitem(ThreadState& ts, Value self, Value key);
[[nodiscard]] Value list_iter_new(ThreadState& ts, List* l, bool reverse);
[[nodiscard]] Value list_repr(ThreadState& ts, Value self);
void list_type_init(ThreadState& ts);  // slots of list, list_iter and value_array

}  // namespace weft
