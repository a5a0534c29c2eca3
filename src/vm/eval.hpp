// The interpreter loop. Python-to-Python calls and returns stay inside one invocation (the callee's
// frame is pushed and the loop continues), so Python recursion does not consume the native stack;
// calls through C++ (a builtin calling back into Python) enter eval_frame again.
#pragma once

#include "object/runtime.hpp"

namespace weft {

struct Frame;

// Runs `f`, already pushed on the thread's frame stack with its arguments bound, until it returns.
// Returns the result, or error() with the exception pending. The caller pops `f`.
// With throw_in, the pending exception is raised at the frame's current instruction (a
// generator's throw()). A generator's frame also returns at YIELD_VALUE, with f->yielded set.
[[nodiscard]] Value eval_frame(ThreadState& ts, Frame* f, bool throw_in = false);

}  // namespace weft
