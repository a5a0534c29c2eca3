// Creating and destroying the ThreadState of an OS thread: its stack bounds and recursion guard,
// its identity, and its entry in Vm::threads (which the collector walks).
#pragma once

#include "object/runtime.hpp"

namespace weft {

// A ThreadState for the calling thread, attached and linked into vm.threads. Its memory comes
// from the port (not the GC heap: the collector reads it during every collection). nullptr when
// there is no memory.
[[nodiscard]] ThreadState* thread_state_create(Vm& vm);
// Unlinks and frees a thread state. The thread has no Python frame left; the cells on its
// allocation caches return to the heap.
void thread_state_destroy(ThreadState* ts);
// How far above the low end of a stack of `stack_bytes` the RecursionError guard sits: room for
// the deepest C++ path that does not check (raising the error, printing a traceback, a
// collection). An eighth of the stack, at least 16 KiB (half of a smaller stack), at most 256 KiB.
size_t stack_guard_margin(size_t stack_bytes);

}  // namespace weft
