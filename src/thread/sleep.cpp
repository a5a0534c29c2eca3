// time.sleep: a park with a timeout on an address nobody unparks (the thread's own state), so the
// only ways out are the timeout and an interrupt.
#include "thread/sleep.hpp"

#include "gc/safepoint.hpp"
#include "thread/park.hpp"
#include "vm/eval_breaker.hpp"

namespace weft {

bool thread_sleep(ThreadState& ts, int64_t ns) {
  int64_t deadline = port::monotonic_ns() + ns;
  for (;;) {
    int64_t left = deadline - port::monotonic_ns();
    if (left <= 0) break;
    ParkResult r = park(ts, &ts, nullptr, nullptr, left, true);
    if (r == ParkResult::Interrupted && !eval_breaker_handle(ts)) return false;
  }
  // time.sleep(0) still lets other threads run: a safepoint, and the GIL handed over if asked.
  return eval_breaker_poll(ts);
}

}  // namespace weft
