// The eval breaker: the interpreter polls ThreadState::eval_breaker at backward jumps and function
// entry (one relaxed load and a predictable branch) and calls eval_breaker_handle when it is set
// (implemented by the threads runtime, thread/eval_breaker.cpp).
#pragma once

#include "object/runtime.hpp"

namespace weft {

// Services the requests in ts.eval_breaker (stop for GC, signals, GIL drop, async exceptions).
// Returns false with an exception pending when one must be raised in the running frame.
[[nodiscard]] bool eval_breaker_handle(ThreadState& ts);

inline bool eval_breaker_poll(ThreadState& ts) {
  if (ts.eval_breaker.load(std::memory_order_relaxed) == 0) [[likely]] return true;
  return eval_breaker_handle(ts);
}

}  // namespace weft
