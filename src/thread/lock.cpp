// The lock word protocol (a futex-style mutex: free / held / held with waiters) and the timeout
// arguments shared by acquire and join. The Python types are in lock_types.cpp.
#include "thread/lock.hpp"

#include <cmath>

#include "object/error.hpp"
#include "object/float.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "thread/park.hpp"
#include "vm/eval_breaker.hpp"

namespace weft {

namespace {

bool still_contended(const void* addr, void*) {
  return static_cast<const std::atomic<uint32_t>*>(addr)->load(std::memory_order_relaxed) == 2;
}

}  // namespace

AcquireResult lock_word_acquire(ThreadState& ts, std::atomic<uint32_t>* word, int64_t timeout_ns) {
  uint32_t c = 0;
  if (word->compare_exchange_strong(c, 1, std::memory_order_acquire)) return AcquireResult::Acquired;
  if (timeout_ns == 0) return AcquireResult::Timeout;
  int64_t deadline = timeout_ns > 0 ? port::monotonic_ns() + timeout_ns : -1;
  // From here the word says "contended" while this thread may be parked, so that the holder's
  // release wakes someone.
  if (c != 2) c = word->exchange(2, std::memory_order_acquire);
  while (c != 0) {
    int64_t left = -1;
    if (deadline >= 0) {
      left = deadline - port::monotonic_ns();
      if (left <= 0) return AcquireResult::Timeout;
    }
    ParkResult r = park(ts, word, still_contended, nullptr, left, true);
    if (r == ParkResult::Interrupted && !eval_breaker_handle(ts)) return AcquireResult::Error;
    c = word->exchange(2, std::memory_order_acquire);
  }
  return AcquireResult::Acquired;
}

void lock_word_release(Vm& vm, std::atomic<uint32_t>* word) {
  if (word->exchange(0, std::memory_order_release) == 2) unpark_one(vm, word);
}

bool timeout_from_seconds(ThreadState& ts, Value seconds, int64_t* ns) {
  Vm& vm = *ts.vm;
  double d;
  if (is_float(ts, seconds)) {
    d = float_value(seconds);
    if (std::isnan(d)) {
      raise(ts, vm.types.ValueError, "Invalid value NaN (not a number)");
      return false;
    }
  } else {
    WEFT_TRY_BOOL(i, obj_index(ts, seconds));
    if (!int_to_double(ts, i, &d)) return false;
  }
  double scaled = d * 1e9;
  if (!(scaled < 9.223372036854775e18 && scaled > -9.223372036854775e18)) {
    raise(ts, vm.types.OverflowError, "timestamp out of range for platform time_t");
    return false;
  }
  // Round away from zero, as CPython's _PyTime_ROUND_TIMEOUT.
  *ns = int64_t(scaled >= 0 ? std::ceil(scaled) : std::floor(scaled));
  return true;
}

}  // namespace weft
