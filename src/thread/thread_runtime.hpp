// The VM-wide state of the threads runtime: the stop-the-world handshake, the GIL, the parking
// lot every long wait goes through, and the _thread module's counters. It lives in port memory
// (Vm::thread_rt), never on the GC heap. docs/internals/threads.md describes the protocols.
#pragma once

#include <atomic>

#include "object/runtime.hpp"

namespace weft {

struct ParkWaiter;

// One bucket of the parking lot: the threads waiting on addresses that hash here.
struct ParkBucket {
  port::Mutex lock;            // guards the list; a leaf lock, never held across a wait
  ParkWaiter* head = nullptr;  // FIFO
  ParkWaiter* tail = nullptr;
};

inline constexpr size_t PARK_BUCKETS = 64;
inline constexpr int64_t DEFAULT_SWITCH_INTERVAL_NS = 5000000;  // 5 ms, as CPython

struct Gil {
  port::Mutex lock;              // guards every field below
  port::Cond released;           // signalled when the GIL is dropped
  port::Cond switched;           // signalled when a new holder takes it (forced switching)
  bool locked = false;
  ThreadState* holder = nullptr;
  uint64_t switches = 0;         // number of times the GIL changed hands
  int waiting = 0;               // threads in gil_acquire
};

struct ThreadRuntime {
  // Stop-the-world (thread/world.cpp). stop_requested is read by every attach and detach.
  std::atomic<bool> stop_requested{false};
  std::atomic<bool> finalizing{false};  // the VM is shutting down: nothing attaches again
  port::Mutex world_lock;               // guards the waits on world_cond
  port::Cond world_cond;                // a thread stopped, or the world restarted
  Gil gil;
  std::atomic<int64_t> switch_interval_ns{DEFAULT_SWITCH_INTERVAL_NS};
  ParkBucket buckets[PARK_BUCKETS];
  // _thread: threads started and not finished (_count), the stack size for new threads.
  std::atomic<intptr_t> thread_count{0};
  std::atomic<intptr_t> non_daemon_count{0};  // parked on by _thread._shutdown
  std::atomic<size_t> stack_size{0};
  std::atomic<bool> interrupt_pending{false};  // Ctrl-C or interrupt_main, for the main thread
};

// Creates vm.thread_rt and installs the Ctrl-C handler; false when out of memory.
[[nodiscard]] bool thread_runtime_create(Vm& vm);
void thread_runtime_destroy(Vm& vm);

}  // namespace weft
