// A field that writers update one at a time (under an object guard or the GIL) while readers that
// take no lock may load it concurrently (GIL-free mode): every access is a relaxed atomic load or
// store, so a reader sees the old or the new value and the race is not undefined behaviour.
// Increments are a load and a store, not a read-modify-write: writers are already serialised.
#pragma once

#include <atomic>

namespace weft {

template <class T>
struct Relaxed {
  std::atomic<T> value;

  operator T() const { return value.load(std::memory_order_relaxed); }
  Relaxed& operator=(T v) {
    value.store(v, std::memory_order_relaxed);
    return *this;
  }
  Relaxed& operator=(const Relaxed& other) { return *this = T(other); }
  Relaxed& operator+=(T d) { return *this = T(*this) + d; }
  Relaxed& operator-=(T d) { return *this = T(*this) - d; }
  T operator++(int) {
    T old = *this;
    *this = old + 1;
    return old;
  }
  T operator--(int) {
    T old = *this;
    *this = old - 1;
    return old;
  }
  Relaxed& operator++() { return *this += 1; }
  Relaxed& operator--() { return *this -= 1; }
};

}  // namespace weft
