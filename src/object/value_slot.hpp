// Whole-word atomic access to a Value slot that a lock-free reader may load while a writer stores
// into it (GIL-free mode): the reader sees the old or the new Value, never half of each. Relaxed
// order suffices because a slot only ever holds complete objects; the arrays and tables that hold
// slots are themselves published with release stores and loaded with acquire.
#pragma once

#include <atomic>

#include "weft/value.hpp"

namespace weft {

inline Value slot_load(const Value* slot) {
  return std::atomic_ref<Value>(*const_cast<Value*>(slot)).load(std::memory_order_relaxed);
}
inline void slot_store(Value* slot, Value v) {
  std::atomic_ref<Value>(*slot).store(v, std::memory_order_relaxed);
}

}  // namespace weft
