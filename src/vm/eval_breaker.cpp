// Eval-breaker requests. The threads issue adds the real handlers (park for a collection, run
// signal handlers, hand the GIL over, raise async exceptions); for now a stop request is cleared.
#include "vm/eval_breaker.hpp"

namespace weft {

bool eval_breaker_handle(ThreadState& ts) {
  ts.eval_breaker.fetch_and(~uint32_t(EB_STOP_FOR_GC), std::memory_order_relaxed);
  return true;
}

}  // namespace weft
