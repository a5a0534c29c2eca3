// Generic iterators: the sequence iterator behind iter(x) for objects with only __getitem__,
// iter(callable, sentinel), and the lazy built-ins enumerate, zip, map, filter and reversed.
#pragma once

#include "object/runtime.hpp"

namespace weft {

// iter(seq) for an object that has __getitem__ but no __iter__: items 0, 1, ... until IndexError.
[[nodiscard]] Value seq_iter_new(ThreadState& ts, Value seq);
// iter(callable, sentinel): calls callable() until it returns a value equal to sentinel.
[[nodiscard]] Value callable_iter_new(ThreadState& ts, Value callable, Value sentinel);
// The __iter__ slot of every iterator: returns the iterator itself.
Value iter_self(ThreadState& ts, Value v);

// Fills vm.types.seq_iter, callable_iter, enumerate, zip, map, filter and reversed.
void iterators_init_types(ThreadState& ts);

}  // namespace weft
