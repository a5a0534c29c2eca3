// Whole-word atomic access to a Value slot that a lock-free reader may load while a writer stores
// into it (GIL-free mode): the reader sees the old or the new Value, never half of each.
// The store releases and the load acquires because a slot is how one thread hands an object to
// another: a thread that builds an object and appends it to a shared list must make the object's
// header and fields visible before the pointer (`l.append((1, 2))` read by `x = l[-1]; x[0]`
// elsewhere). On x86 both are plain moves; on ARM they are stlr/ldar.
#pragma once

#include <atomic>

#include "weft/value.hpp"

namespace weft {

inline Value slot_load(const Value* slot) {
  return std::atomic_ref<Value>(*const_cast<Value*>(slot)).load(std::memory_order_acquire);
}
inline void slot_store(Value* slot, Value v) {
  std::atomic_ref<Value>(*slot).store(v, std::memory_order_release);
}

}  // namespace weft
