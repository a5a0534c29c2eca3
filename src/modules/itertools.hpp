// Internals shared by the files of the itertools module: each file contributes a table of types
// (itertools.cpp assembles the module).
#pragma once

#include "modules/native_type.hpp"

namespace weft {

extern const NativeTypeSpec ITERTOOLS_SIMPLE_TYPES[];  // itertools.cpp: count, cycle, chain, ...
extern const NativeTypeSpec ITERTOOLS_SLICE_TYPES[];   // itertools_slice.cpp: islice, batched, ...
extern const NativeTypeSpec ITERTOOLS_COMB_TYPES[];    // itertools_comb.cpp: product, ...
// itertools_group.cpp: groupby, zip_longest (and the helper types, created once per VM).
extern const NativeTypeSpec ITERTOOLS_GROUP_TYPES[];
[[nodiscard]] bool itertools_add_helper_types(ThreadState& ts, Module* m);
extern const MethodDef ITERTOOLS_FUNCTIONS[];  // itertools_group.cpp: tee

// The end of an iteration: error() with nothing pending.
inline Value iteration_end() { return Value::error(); }

}  // namespace weft
