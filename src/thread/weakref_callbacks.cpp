// Runs the callbacks of cleared weak references (see weakref_callbacks.hpp).
#include "thread/weakref_callbacks.hpp"

#include "object/error.hpp"
#include "object/protocol.hpp"
#include "object/weakref.hpp"
#include "thread/unraisable.hpp"

namespace weft {

void weakref_run_callbacks(ThreadState& ts) {
  Value saved = take_pending(ts);
  Value callback;
  // Each reference is taken off the queue before its callback runs, so a callback that triggers
  // another collection (or runs on another thread) never sees it twice.
  while (WeakRef* w = weakref_pop_due(ts, &callback)) {
    if (callback.is_error()) continue;
    if (call1(ts, callback, Value::from_obj(w)).is_error()) {
      write_unraisable(ts, take_pending(ts), "Exception ignored in", callback);
    }
  }
  ts.pending = saved;
}

}  // namespace weft
