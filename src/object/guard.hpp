// Per-object guards for mutable built-ins in GIL-free mode (design rule 4): the Object::guard
// byte is a small mutex (0 free, 1 held, 2 held with waiters). A writer holds it across one
// small mutation that runs no Python code and never blocks (it may allocate: a collection does
// not take guards). Readers take no guard: containers publish their storage so that a lock-free
// reader sees an old or a new state, never a torn one (docs/internals/threads.md).
// With the GIL on, ObjectGuard is a predictable branch on a VM flag and nothing else.
#pragma once

#include "object/runtime.hpp"

namespace weft {

// The contended paths: spin a little, then park detached (implemented in thread/guard_wait.cpp).
void guard_lock_slow(ThreadState& ts, Object* o);
void guard_wake(ThreadState& ts, Object* o);

class ObjectGuard {
 public:
  // `held_` rather than a null o_ marks the GIL case: a null test on the object pointer would
  // let GCC assume the guarded object may be null and warn (stringop-overflow) at its uses.
  ObjectGuard(ThreadState& ts, Object* o) : ts_(ts), o_(o), held_(!ts.vm->gil_enabled) {
    if (!held_) return;
    uint8_t free = 0;
    if (!o_->guard.compare_exchange_strong(free, 1, std::memory_order_acquire)) [[unlikely]]
      guard_lock_slow(ts_, o_);
  }
  ~ObjectGuard() {
    if (held_ && o_->guard.exchange(0, std::memory_order_release) == 2) [[unlikely]]
      guard_wake(ts_, o_);
  }
  ObjectGuard(const ObjectGuard&) = delete;
  ObjectGuard& operator=(const ObjectGuard&) = delete;

 private:
  ThreadState& ts_;
  Object* o_;
  bool held_;
};

}  // namespace weft
