// int shifts and bitwise operators. Negative ints behave as infinite two's complement, so
// right shifts floor and & | ^ sign-extend, as in Python.
#include "object/error.hpp"
#include "object/int_impl.hpp"

namespace weft {

namespace {

// The shift count as uint64: ValueError when negative; `huge` when it needs more than 63 bits.
bool shift_count(ThreadState& ts, Value b, uint64_t* out, bool* huge) {
  if (int_sign(b) < 0) {
    raise(ts, ts.vm->types.ValueError, "negative shift count");
    return false;
  }
  IntView w(b);
  *huge = w.n > 2 || (w.n == 2 && (w.d[1] >> 31) != 0);
  *out = w.n == 0 ? 0 : w.n == 1 ? w.d[0] : (uint64_t(w.d[1]) << 32 | w.d[0]);
  return true;
}

Value bitwise(ThreadState& ts, Value a, Value b, char op) {
  IntView x(a), y(b);
  size_t n = (x.n > y.n ? x.n : y.n) + 1;
  BigInt* r = bigint_alloc(ts, n);
  if (!r) return Value::error();
  bool neg = mag_bitwise(r->digits, op, x.d, x.n, x.neg, y.d, y.n, y.neg);
  return bigint_finish(r, n, neg);
}

}  // namespace

Value int_lshift(ThreadState& ts, Value a, Value b) {
  uint64_t s = 0;
  bool huge = false;
  if (!shift_count(ts, b, &s, &huge)) return Value::error();
  if (int_sign(a) == 0) return Value::from_int(0);
  if (a.is_int() && !huge && s < 62) {
    int64_t v = a.as_int();
    int64_t shifted = int64_t(uint64_t(v) << s);
    if ((shifted >> s) == v) return int_from_i64(ts, shifted);
  }
  IntView x(a);
  if (huge) {
    // CPython 3.11 counts the shift in 30-bit digits: a count past 2**63 digits is an
    // OverflowError, anything smaller that cannot be allocated a MemoryError.
    WEFT_TRY(digits, int_floordiv(ts, b, Value::from_int(30)));
    if (int_bit_length(digits) > 63) {
      return raise(ts, ts.vm->types.OverflowError, "too many digits in integer");
    }
    return raise_no_memory(ts);
  }
  if (!limbs_check(ts, x.n + s / LIMB_BITS + 1)) return Value::error();
  size_t skip = size_t(s / LIMB_BITS);
  size_t n = x.n + skip + 1;
  BigInt* r = bigint_alloc(ts, n);
  if (!r) return Value::error();
  r->digits[n - 1] = mag_shl(r->digits + skip, x.d, x.n, unsigned(s % LIMB_BITS));
  return bigint_finish(r, n, x.neg);
}

Value int_rshift(ThreadState& ts, Value a, Value b) {
  uint64_t s = 0;
  bool huge = false;
  if (!shift_count(ts, b, &s, &huge)) return Value::error();
  constexpr uint64_t WORD_BITS = sizeof(intptr_t) * 8;
  if (a.is_int()) return Value::from_int(a.as_int() >> (s < WORD_BITS && !huge ? s : WORD_BITS - 1));
  IntView x(a);
  if (huge || s >= mag_bit_length(x.d, x.n)) return Value::from_int(x.neg ? -1 : 0);
  size_t skip = size_t(s / LIMB_BITS);
  size_t n = x.n - skip;
  BigInt* r = bigint_alloc(ts, n + 1);
  if (!r) return Value::error();
  mag_shr(r->digits, x.d + skip, n, unsigned(s % LIMB_BITS));
  // floor(-m / 2**s) == -ceil(m / 2**s): round the magnitude up when bits were dropped.
  if (x.neg && mag_low_bits_nonzero(x.d, x.n, s)) r->digits[n] = mag_add_1(r->digits, n, 1);
  return bigint_finish(r, n + 1, x.neg);
}

Value int_and(ThreadState& ts, Value a, Value b) {
  if (a.is_int() && b.is_int()) return Value::from_int(a.as_int() & b.as_int());
  return bitwise(ts, a, b, '&');
}

Value int_or(ThreadState& ts, Value a, Value b) {
  if (a.is_int() && b.is_int()) return Value::from_int(a.as_int() | b.as_int());
  return bitwise(ts, a, b, '|');
}

Value int_xor(ThreadState& ts, Value a, Value b) {
  if (a.is_int() && b.is_int()) return Value::from_int(a.as_int() ^ b.as_int());
  return bitwise(ts, a, b, '^');
}

}  // namespace weft
