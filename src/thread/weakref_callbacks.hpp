// Running the callbacks of weak references cleared by a collection (object/weakref.hpp): at a
// safepoint of the interpreter (EB_WEAKREF_CALLBACKS) or at the end of gc.collect(), never inside
// the collection itself.
#pragma once

#include "object/runtime.hpp"

namespace weft {

// Calls each due callback with its weak reference. An exception in a callback is reported as
// unraisable ("Exception ignored in: <callback>"), as CPython does; the pending exception of the
// caller is kept.
void weakref_run_callbacks(ThreadState& ts);

}  // namespace weft
