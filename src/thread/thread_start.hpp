// Starting _thread threads: each gets a ThreadState created by its parent (so the GC sees what
// it will run from the first instant), a port thread with the chosen stack size, and optionally
// a _ThreadHandle to join it.
#pragma once

#include <atomic>

#include "object/runtime.hpp"

namespace weft {

struct ThreadHandle : Object {
  std::atomic<uint64_t> ident;  // 0 until started
  std::atomic<uint32_t> done;   // 1 once the thread's function returned; parked on by join
  uint32_t started;             // a handle can be started once
};

// Starts func(*args, **kwargs) (kwargs may be nullptr) in a new thread; `handle` may be nullptr.
// A non-daemon thread is waited for by _thread._shutdown. Returns the new thread's ident, or 0
// with RuntimeError "can't start new thread" pending.
[[nodiscard]] uint64_t thread_start_new(ThreadState& ts, Value func, Tuple* args, Dict* kwargs,
                                        ThreadHandle* handle, bool daemon);
// Marks a handle done and wakes its joiners.
void thread_handle_set_done(Vm& vm, ThreadHandle* h);
// _thread._shutdown: waits until every non-daemon thread has finished.
[[nodiscard]] bool thread_wait_non_daemon(ThreadState& ts);
// handle.join(timeout): timeout_ns < 0 waits forever. False with an exception pending.
[[nodiscard]] bool thread_handle_join(ThreadState& ts, ThreadHandle* h, int64_t timeout_ns);
[[nodiscard]] ThreadHandle* thread_handle_new(ThreadState& ts);
[[nodiscard]] bool thread_handle_init_type(ThreadState& ts);

}  // namespace weft
