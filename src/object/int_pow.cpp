// int ** int and pow(a, b, m): square-and-multiply, a word-sized fast path for small moduli, and
// modular inverses for negative exponents (CPython 3.8+).
#include "object/error.hpp"
#include "object/float.hpp"
#include "object/int_impl.hpp"

namespace weft {

namespace {

inline bool test_bit(const IntView& v, uint64_t i) {
  return (v.d[i / LIMB_BITS] >> (i % LIMB_BITS)) & 1;
}

Value pow_plain(ThreadState& ts, Value a, Value b) {
  a = int_exact(ts, a);  // bool ** x is an int
  if (a.is_error()) return a;
  IntView e(b);
  if (e.n == 0) return Value::from_int(1);
  if (a.is_int() && a.as_int() >= -1 && a.as_int() <= 1) {
    if (a.as_int() == -1) return Value::from_int((e.d[0] & 1) ? -1 : 1);
    return a;
  }
  uint64_t abits = uint64_t(int_bit_length(a));
  // |a| >= 2: the result has at least (abits - 1) * b bits, so an exponent of more than
  // 64 bits, or a result past the largest int, can only end in MemoryError.
  if (e.n > 2) return raise_no_memory(ts);
  uint64_t exp = e.n == 1 ? e.d[0] : (uint64_t(e.d[1]) << 32 | e.d[0]);
  if (abits > 1 && (abits - 1) > uint64_t(INT32_MAX) * LIMB_BITS / exp) return raise_no_memory(ts);
  if (a.is_int()) {
    int64_t base = a.as_int(), acc = 1;
    uint64_t k = exp;
    bool fits = true;
    while (k && fits) {
      if (k & 1) fits = !__builtin_mul_overflow(acc, base, &acc);
      k >>= 1;
      if (k && fits) fits = !__builtin_mul_overflow(base, base, &base);
    }
    if (fits) return int_from_i64(ts, acc);
  }
  Value result = a;
  for (uint64_t i = mag_bit_length(e.d, e.n) - 1; i-- > 0;) {
    result = int_mul(ts, result, result);
    if (result.is_error()) return result;
    if (test_bit(e, i)) {
      result = int_mul(ts, result, a);
      if (result.is_error()) return result;
    }
  }
  return result;
}

// The inverse of a modulo m (m > 1, 0 <= a < m) by the extended Euclidean algorithm.
Value mod_inverse(ThreadState& ts, Value a, Value m) {
  Value old_r = a, r = m, old_s = Value::from_int(1), s = Value::from_int(0);
  while (int_sign(r) != 0) {
    Value q, rem;
    if (!int_divmod_parts(ts, old_r, r, &q, &rem, "")) return Value::error();
    old_r = r;
    r = rem;
    WEFT_TRY(qs, int_mul(ts, q, s));
    WEFT_TRY(next_s, int_sub(ts, old_s, qs));
    old_s = s;
    s = next_s;
  }
  if (!(old_r.is_int() && old_r.as_int() == 1)) {
    return raise(ts, ts.vm->types.ValueError, "base is not invertible for the given modulus");
  }
  return int_mod(ts, old_s, m);
}

// base**e mod m for m < 2**32, in machine words.
Value pow_mod_word(ThreadState& ts, Value base, const IntView& e, uint64_t m) {
  IntView bv(base);
  uint64_t x = 0;
  for (size_t i = bv.n; i-- > 0;) x = ((x << 32) | bv.d[i]) % m;
  uint64_t acc = 1 % m;
  for (uint64_t i = mag_bit_length(e.d, e.n); i-- > 0;) {
    acc = acc * acc % m;
    if (test_bit(e, i)) acc = acc * x % m;
  }
  return int_from_u64(ts, acc);
}

Value pow_mod(ThreadState& ts, Value a, Value b, Value mod) {
  int msign = int_sign(mod);
  if (msign == 0) return raise(ts, ts.vm->types.ValueError, "pow() 3rd argument cannot be 0");
  WEFT_TRY(m, int_abs(ts, mod));
  if (m.is_int() && m.as_int() == 1) return Value::from_int(0);
  WEFT_TRY(base, int_mod(ts, a, m));
  if (int_sign(b) < 0) {
    base = mod_inverse(ts, base, m);
    if (base.is_error()) return base;
    b = int_neg(ts, b);
    if (b.is_error()) return b;
  }
  IntView e(b);
  Value result;
  if (m.is_int() && uint64_t(m.as_int()) <= 0xFFFFFFFFu) {
    result = pow_mod_word(ts, base, e, uint64_t(m.as_int()));
  } else {
    result = Value::from_int(1);
    for (uint64_t i = mag_bit_length(e.d, e.n); i-- > 0;) {
      WEFT_TRY(sq, int_mul(ts, result, result));
      result = int_mod(ts, sq, m);
      if (result.is_error()) return result;
      if (test_bit(e, i)) {
        WEFT_TRY(p, int_mul(ts, result, base));
        result = int_mod(ts, p, m);
        if (result.is_error()) return result;
      }
    }
  }
  if (result.is_error()) return result;
  // A negative modulus gives a result in (mod, 0], as CPython.
  if (msign < 0 && int_sign(result) != 0) return int_sub(ts, result, m);
  return result;
}

}  // namespace

Value int_pow(ThreadState& ts, Value a, Value b, Value mod) {
  if (!mod.is_error()) return pow_mod(ts, a, b, mod);
  if (int_sign(b) < 0) {
    double da = 0, db = 0;
    if (!int_to_double(ts, a, &da) || !int_to_double(ts, b, &db)) return Value::error();
    return float_pow(ts, da, db);
  }
  return pow_plain(ts, a, b);
}

}  // namespace weft
