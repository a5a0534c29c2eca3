// Internals shared by tuple and list: subscript and repeat arguments, and the algorithms both
// run over their items (comparison, repr, search, count).
#pragma once

#include "object/list.hpp"
#include "object/tuple.hpp"
#include "object/value_slot.hpp"

namespace weft {

// A tuple or list read item by item. A list's size is re-read at every step, so loops that call
// Python code (which may shrink the list) never read past its end.
struct SeqRef {
  Value obj;
  bool is_list;

  size_t size() const;
  // The item at i, or error() (nothing pending) when i is past the current end.
  Value at(size_t i) const;
};

// Classifies a subscript. 1: an int-like key, stored in *index (not yet adjusted for negative
// values); 0: a slice; -1: error, TypeError "<what> indices must be integers or slices, not T"
// or IndexError "cannot fit 'int' into an index-sized integer".
[[nodiscard]] int subscript_index(ThreadState& ts, Value key, const char* what, intptr_t* index);
// Adjusts a negative index by `size`; false when the result is outside [0, size).
bool index_in_range(intptr_t* i, size_t size);

// For the `*` slot of a sequence type `t`: finds which of (a, b) is the sequence and reads the
// count from the other. 1: found; 0: not a sequence-by-int product (return NotImplemented);
// -1: error (OverflowError "cannot fit 'int' into an index-sized integer").
[[nodiscard]] int repeat_operands(ThreadState& ts, Type* t, Value a, Value b, Value* seq,
                                  intptr_t* count);
// count * size items, or MemoryError when that overflows.
[[nodiscard]] bool repeat_size(ThreadState& ts, size_t size, intptr_t count, size_t* out);

// Lexicographic comparison as CPython's list_richcompare / tuplerichcompare: the first differing
// item decides (compared again with `op`), else the lengths do.
[[nodiscard]] Value seq_richcompare(ThreadState& ts, SeqRef a, SeqRef b, int op);
// "[1, 2]" / "(1,)" from the items' reprs.
[[nodiscard]] Value seq_repr(ThreadState& ts, SeqRef s, char open, char close);
// First i in [start, stop) whose item equals x: i, -1 when absent, -2 on error.
[[nodiscard]] intptr_t seq_find(ThreadState& ts, SeqRef s, Value x, size_t start, size_t stop);
[[nodiscard]] Value seq_count(ThreadState& ts, SeqRef s, Value x);
// `x in s`: 1, 0, -1.
[[nodiscard]] int seq_contains(ThreadState& ts, SeqRef s, Value x);
// The index(x[, start[, stop]]) method of list and tuple; `missing` is the ValueError text
// (nullptr: "<x!r> is not in list").
[[nodiscard]] Value seq_index_method(ThreadState& ts, SeqRef s, const Value* args, size_t nargs,
                                     Tuple* kwnames, const char* missing);

}  // namespace weft
