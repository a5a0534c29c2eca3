// The eval breaker's requests (vm/eval_breaker.hpp), served at the interpreter's safepoints:
// park for a collection, hand the GIL over, run weakref callbacks, raise KeyboardInterrupt in the
// main thread.
#include "vm/eval_breaker.hpp"

#include "gc/safepoint.hpp"
#include "object/error.hpp"
#include "thread/gil.hpp"
#include "thread/interrupt.hpp"
#include "thread/weakref_callbacks.hpp"

namespace weft {

namespace {

// Clears `bit` and says whether it was set (another thread may set it again at any time).
bool take_bit(ThreadState& ts, uint32_t bit) {
  return (ts.eval_breaker.fetch_and(~bit, std::memory_order_acq_rel) & bit) != 0;
}

}  // namespace

bool eval_breaker_handle(ThreadState& ts) {
  if (take_bit(ts, EB_STOP_FOR_GC)) safepoint_park(ts);
  if (take_bit(ts, EB_DROP_GIL) && ts.vm->gil_enabled)
    blocking(ts, [&ts] { gil_wait_for_switch(ts); });
  if (take_bit(ts, EB_WEAKREF_CALLBACKS)) weakref_run_callbacks(ts);
  if (take_bit(ts, EB_SIGNAL) && thread_take_interrupt(*ts.vm)) {
    raise_value(ts, Value::from_obj(ts.vm->types.KeyboardInterrupt));
    return false;
  }
  return true;
}

}  // namespace weft
