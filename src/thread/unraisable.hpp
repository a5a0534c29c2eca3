// sys.unraisablehook: how an exception that nobody can catch (e.g. one that ends a _thread
// thread) is reported, with CPython 3.13's UnraisableHookArgs and default output.
#pragma once

#include "object/runtime.hpp"

namespace weft {

// Reports `exc` through sys.unraisablehook (the default hook when it is missing or fails):
// "<err_msg>: <repr(obj)>" (or "<err_msg>:" when obj is None) and the traceback, on sys.stderr.
// Leaves no exception pending.
void write_unraisable(ThreadState& ts, Value exc, const char* err_msg, Value obj);
// sys.unraisablehook / sys.__unraisablehook__.
Value sys_unraisablehook(ThreadState& ts, Value self, const Value* args, size_t nargs,
                         Tuple* kwnames);

}  // namespace weft
