// Stop-the-world for the single-threaded VM of today: hold the thread list and check that no
// other thread is attached. The threads issue replaces the check by the real protocol: set
// EB_STOP_FOR_GC on every attached thread and wait until each has parked (docs/internals/gc.md).
#include "gc/safepoint.hpp"

#include <cassert>

namespace weft {

void stop_the_world(ThreadState& self) {
  Vm& vm = *self.vm;
  port::mutex_lock(&vm.threads_lock);
  for (ThreadState* ts = vm.threads; ts; ts = ts->next) {
    assert((ts == &self || ts->status.load(std::memory_order_acquire) != TS_ATTACHED) &&
           "another thread is attached: stop-the-world is not implemented yet");
  }
}

void start_the_world(ThreadState& self) { port::mutex_unlock(&self.vm->threads_lock); }

}  // namespace weft
