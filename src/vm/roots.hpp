// Root enumeration the garbage collector needs from the VM layer.
#pragma once

#include "object/runtime.hpp"

namespace weft {

// Visits every Value held by the thread's Python frames (locals, cells, value stacks, code,
// globals), including frames of suspended generators reachable from them.
void frames_trace(ThreadState& ts, Tracer& t);
// Visits every root of the VM that is not on a thread's native stack: the Vm struct's fields,
// each thread's pending/handled exceptions, frames and ExternalRoots.
void vm_trace_roots(Vm& vm, Tracer& t);

}  // namespace weft
