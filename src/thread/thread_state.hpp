// Creating and destroying the ThreadState of an OS thread: its stack bounds and recursion guard,
// its identity, and its entry in Vm::threads (which the collector walks).
#pragma once

#include "object/runtime.hpp"

namespace weft {

// A detached ThreadState linked into vm.threads, for a thread about to be started (or the main
// thread). `creator` is the calling thread's state (it may have to wait detached for the thread
// list), nullptr while no other thread exists. Its memory comes from the port (not the GC heap:
// the collector reads it during every collection). nullptr when there is no memory.
[[nodiscard]] ThreadState* thread_state_new(Vm& vm, ThreadState* creator);
// Called by the thread the state describes, before it first attaches: its stack bounds and
// native id.
void thread_state_bind(ThreadState& ts);
// thread_state_new + bind + attach, for the calling thread (the VM's main thread).
[[nodiscard]] ThreadState* thread_state_create(Vm& vm);
// Unlinks and frees a thread state. The thread has no Python frame left and is detached (or is
// the last thread); the cells on its allocation caches return to the heap.
void thread_state_destroy(ThreadState* ts);
// How far above the low end of a stack of `stack_bytes` the RecursionError guard sits: room for
// the deepest C++ path that does not check (raising the error, printing a traceback, a
// collection). An eighth of the stack, at least 16 KiB (half of a smaller stack), at most 256 KiB.
size_t stack_guard_margin(size_t stack_bytes);

}  // namespace weft
