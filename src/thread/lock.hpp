// _thread's lock objects: `lock` (allocate_lock / LockType) and `RLock`, each one atomic word on
// the GC heap. Uncontended acquire and release are one compare-and-swap each; a contended wait
// parks the thread (detached) in the VM's parking lot (thread/park.hpp).
#pragma once

#include <atomic>

#include "object/runtime.hpp"

namespace weft {

// The lock word: 0 free, 1 held, 2 held and some thread may be parked on it.
struct Lock : Object {
  std::atomic<uint32_t> word;
};

struct RLock : Object {
  std::atomic<uint32_t> word;
  std::atomic<uint64_t> owner;  // ident of the holder, 0 when free (read by other threads)
  uint64_t count;               // recursion depth; touched only by the holder
};

enum class AcquireResult { Acquired, Timeout, Error };

// Acquires a lock word, waiting up to timeout_ns (< 0: forever, 0: no wait). In the main thread
// a Ctrl-C / interrupt_main during the wait raises KeyboardInterrupt (Error).
[[nodiscard]] AcquireResult lock_word_acquire(ThreadState& ts, std::atomic<uint32_t>* word,
                                              int64_t timeout_ns);
// Releases a held lock word and wakes one waiter if there may be one.
void lock_word_release(Vm& vm, std::atomic<uint32_t>* word);

// A seconds argument (int or float) as nanoseconds, with CPython's errors for NaN and overflow.
[[nodiscard]] bool timeout_from_seconds(ThreadState& ts, Value seconds, int64_t* ns);
// TIMEOUT_MAX in seconds.
inline constexpr double THREAD_TIMEOUT_MAX = 9223372036.0;

// Creates vm.types.lock and vm.types.rlock (when the _thread module is first imported).
[[nodiscard]] bool lock_init_types(ThreadState& ts);
[[nodiscard]] Value lock_new(ThreadState& ts);

}  // namespace weft
