// range and slice objects.
#pragma once

#include "object/runtime.hpp"

namespace weft {

struct Range : Object {
  Value start, stop, step;  // int-like (may be big)
  Value length;             // int-like
};

struct Slice : Object {
  Value start, stop, step;  // any objects; None when omitted
};

[[nodiscard]] Value range_new(ThreadState& ts, Value start, Value stop, Value step);
[[nodiscard]] Value slice_new(ThreadState& ts, Value start, Value stop, Value step);
// slice.indices(length) for the common case: normalises against `length` as CPython's
// PySlice_Unpack + PySlice_AdjustIndices. Returns the slice length, or -1 with an error pending.
[[nodiscard]] intptr_t slice_unpack(ThreadState& ts, Slice* s, size_t length, intptr_t* start,
                                    intptr_t* stop, intptr_t* step);

// _PySlice_GetLongIndices: start, stop and step of `s` for a sequence of `length` items (an int
// >= 0), computed with exact ints (slice.indices(), range slicing).
[[nodiscard]] bool slice_indices_long(ThreadState& ts, Slice* s, Value length, Value* start,
                                      Value* stop, Value* step);

void range_init_types(ThreadState& ts);  // range, slice, and range's iterator
void slice_init_type(ThreadState& ts);   // called by range_init_types

}  // namespace weft
