// The one-word Value every Weft function passes and returns.
// Low bit 1: a small int stored in the other bits. Otherwise a pointer to a heap Object.
// The all-zero word is the error sentinel: "an exception is pending in the thread state".
#pragma once

#include <cstddef>
#include <cstdint>

namespace weft {

struct Object;

// Small ints use every bit of the word but one, so the same code serves 32- and 64-bit targets.
inline constexpr intptr_t SMALL_INT_MAX = INTPTR_MAX >> 1;
inline constexpr intptr_t SMALL_INT_MIN = INTPTR_MIN >> 1;

class Value {
 public:
  constexpr Value() : bits_(0) {}

  // The sentinel returned by a failed call; the exception is in ThreadState::pending.
  static constexpr Value error() { return Value(); }
  constexpr bool is_error() const { return bits_ == 0; }
  constexpr explicit operator bool() const { return bits_ != 0; }

  constexpr bool is_int() const { return (bits_ & 1) != 0; }
  constexpr bool is_obj() const { return bits_ != 0 && (bits_ & 1) == 0; }

  static constexpr bool fits_int(long long i) { return i >= SMALL_INT_MIN && i <= SMALL_INT_MAX; }
  // Precondition: fits_int(i). Use int_from_i64 (object/int.hpp) when the value may not fit.
  static constexpr Value from_int(intptr_t i) { return Value((uintptr_t(i) << 1) | 1); }
  // Arithmetic shift: C++20 defines >> on negative signed values as arithmetic.
  constexpr intptr_t as_int() const { return intptr_t(bits_) >> 1; }

  static Value from_obj(const Object* o) { return Value(reinterpret_cast<uintptr_t>(o)); }
  Object* as_obj() const { return reinterpret_cast<Object*>(bits_); }

  static constexpr Value from_bits(uintptr_t b) { return Value(b); }
  constexpr uintptr_t bits() const { return bits_; }

  friend constexpr bool operator==(Value a, Value b) { return a.bits_ == b.bits_; }
  friend constexpr bool operator!=(Value a, Value b) { return a.bits_ != b.bits_; }

 private:
  constexpr explicit Value(uintptr_t b) : bits_(b) {}
  uintptr_t bits_;
};

static_assert(sizeof(Value) == sizeof(void*), "Value is one machine word");

}  // namespace weft
