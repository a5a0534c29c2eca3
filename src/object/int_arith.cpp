// int arithmetic on Values: small-int fast paths, then sign-and-magnitude over the limb layer.
// Division floors toward -inf and shifts of negative numbers floor, as Python defines them.
#include <cmath>

#include "object/error.hpp"
#include "object/float.hpp"
#include "object/int_impl.hpp"
#include "object/tuple.hpp"

namespace weft {

namespace {

// |a| + |b| or |a| - |b| with the given signs; the result sign follows the larger magnitude.
Value add_signed(ThreadState& ts, const IntView& a, bool neg_a, const IntView& b, bool neg_b) {
  const IntView* x = &a;
  const IntView* y = &b;
  bool nx = neg_a, ny = neg_b;
  if (neg_a == neg_b) {
    if (x->n < y->n) {
      x = &b;
      y = &a;
    }
    BigInt* r = bigint_alloc(ts, x->n + 1);
    if (!r) return Value::error();
    r->digits[x->n] = mag_add(r->digits, x->d, x->n, y->d, y->n);
    return bigint_finish(r, x->n + 1, nx);
  }
  if (mag_cmp(x->d, x->n, y->d, y->n) < 0) {
    x = &b;
    y = &a;
    nx = ny;
  }
  BigInt* r = bigint_alloc(ts, x->n);
  if (!r) return Value::error();
  mag_sub(r->digits, x->d, x->n, y->d, y->n);
  return bigint_finish(r, x->n, nx);
}

Value raise_zero_division(ThreadState& ts, const char* msg) {
  return raise(ts, ts.vm->types.ZeroDivisionError, "%s", msg);
}

// Floor of a / b for small ints (b != 0); C++ truncates toward zero.
inline void small_floor_divmod(intptr_t a, intptr_t b, intptr_t* q, intptr_t* r) {
  intptr_t qq = a / b, rr = a % b;
  if (rr != 0 && ((rr < 0) != (b < 0))) {
    qq -= 1;
    rr += b;
  }
  *q = qq;
  *r = rr;
}

}  // namespace

Value int_add(ThreadState& ts, Value a, Value b) {
  if (a.is_int() && b.is_int()) return int_from_i64(ts, int64_t(a.as_int()) + b.as_int());
  IntView x(a), y(b);
  return add_signed(ts, x, x.neg, y, y.neg);
}

Value int_sub(ThreadState& ts, Value a, Value b) {
  if (a.is_int() && b.is_int()) return int_from_i64(ts, int64_t(a.as_int()) - b.as_int());
  IntView x(a), y(b);
  return add_signed(ts, x, x.neg, y, !y.neg);
}

Value int_mul(ThreadState& ts, Value a, Value b) {
  if (a.is_int() && b.is_int()) {
    int64_t p;
    if (!__builtin_mul_overflow(int64_t(a.as_int()), int64_t(b.as_int()), &p)) {
      return int_from_i64(ts, p);
    }
  }
  IntView x(a), y(b);
  if (x.n == 0 || y.n == 0) return Value::from_int(0);
  size_t big = x.n > y.n ? x.n : y.n;
  size_t small = x.n > y.n ? y.n : x.n;
  Limb* scratch = nullptr;
  if (small >= KARATSUBA_CUTOFF) {
    scratch = limb_scratch(ts, mag_mul_scratch(big));
    if (!scratch) return Value::error();
  }
  BigInt* r = bigint_alloc(ts, x.n + y.n);
  if (!r) return Value::error();
  mag_mul(r->digits, x.d, x.n, y.d, y.n, scratch);
  return bigint_finish(r, x.n + y.n, x.neg != y.neg);
}

bool int_divmod_parts(ThreadState& ts, Value a, Value b, Value* q, Value* r,
                      const char* zero_msg) {
  if (b.is_int() && b.as_int() == 0) {
    raise_zero_division(ts, zero_msg);
    return false;
  }
  if (a.is_int() && b.is_int()) {
    intptr_t qq, rr;
    small_floor_divmod(a.as_int(), b.as_int(), &qq, &rr);
    // SMALL_INT_MIN // -1 is the one quotient that leaves the small range.
    if (q && (*q = int_from_i64(ts, int64_t(qq))).is_error()) return false;
    if (r) *r = Value::from_int(rr);
    return true;
  }
  IntView x(a), y(b);
  if (y.n == 0) {
    raise_zero_division(ts, zero_msg);
    return false;
  }
  // Magnitudes first: |a| = qm*|b| + rm, then adjust toward -inf when the signs differ.
  size_t qn = x.n >= y.n ? x.n - y.n + 2 : 1;
  BigInt* qb = bigint_alloc(ts, qn);
  BigInt* rb = qb ? bigint_alloc(ts, y.n) : nullptr;
  if (!rb) return false;
  if (x.n < y.n) {
    for (size_t i = 0; i < x.n; i++) rb->digits[i] = x.d[i];
  } else if (y.n == 1) {
    rb->digits[0] = mag_divmod_1(qb->digits, x.d, x.n, y.d[0]);
  } else {
    Limb* scratch = limb_scratch(ts, mag_divmod_scratch(x.n, y.n));
    if (!scratch) return false;
    mag_divmod(qb->digits, rb->digits, x.d, x.n, y.d, y.n, scratch);
  }
  bool rem_zero = mag_trim(rb->digits, y.n) == 0;
  if (x.neg != y.neg && !rem_zero) {
    mag_add_1(qb->digits, qn, 1);
    mag_sub(rb->digits, y.d, y.n, rb->digits, y.n);
  }
  if (q) *q = bigint_finish(qb, qn, x.neg != y.neg);
  if (r) *r = bigint_finish(rb, y.n, y.neg);
  return true;
}

Value int_floordiv(ThreadState& ts, Value a, Value b) {
  Value q;
  if (!int_divmod_parts(ts, a, b, &q, nullptr, "integer division or modulo by zero")) {
    return Value::error();
  }
  return q;
}

Value int_mod(ThreadState& ts, Value a, Value b) {
  if (a.is_int() && b.is_int() && b.as_int() != 0) {
    intptr_t q, r;
    small_floor_divmod(a.as_int(), b.as_int(), &q, &r);
    return Value::from_int(r);
  }
  Value r;
  if (!int_divmod_parts(ts, a, b, nullptr, &r, "integer modulo by zero")) return Value::error();
  return r;
}

Value int_divmod(ThreadState& ts, Value a, Value b) {
  Value q, r;
  if (!int_divmod_parts(ts, a, b, &q, &r, "integer division or modulo by zero")) {
    return Value::error();
  }
  return tuple_pack(ts, q, r);
}

// Correctly rounded a / b (CPython's long_true_divide): shift a so that the integer quotient
// has DBL_MANT_DIG + 2 bits, divide, fold the remainder into a sticky bit, round half-even.
Value int_truediv(ThreadState& ts, Value a, Value b) {
  IntView x(a), y(b);
  if (y.n == 0) return raise_zero_division(ts, "division by zero");
  constexpr int64_t MANT = 53, MIN_EXP = -1021, MAX_EXP = 1024;
  uint64_t abits = mag_bit_length(x.d, x.n), bbits = mag_bit_length(y.d, y.n);
  bool neg = x.neg != y.neg;
  if (abits <= uint64_t(MANT) && bbits <= uint64_t(MANT)) {
    double da = 0, db = 0;
    mag_to_double(x.d, x.n, &da);
    mag_to_double(y.d, y.n, &db);
    return float_new(ts, neg ? -(da / db) : da / db);
  }
  if (x.n == 0) return float_new(ts, neg ? -0.0 : 0.0);
  int64_t diff = int64_t(abits) - int64_t(bbits);
  if (diff > MAX_EXP) {
    return raise(ts, ts.vm->types.OverflowError, "integer division result too large for a float");
  }
  if (diff < MIN_EXP - MANT - 1) return float_new(ts, neg ? -0.0 : 0.0);
  int64_t shift = (diff > MIN_EXP ? diff : MIN_EXP) - MANT - 2;
  // num = |a| * 2**-shift (truncated; `inexact` remembers dropped bits).
  bool inexact = false;
  size_t nn;
  Limb* num;
  if (shift <= 0) {
    uint64_t s = uint64_t(-shift);
    nn = x.n + size_t(s / LIMB_BITS) + 1;
    num = limb_scratch(ts, nn);
    if (!num) return Value::error();
    num[x.n + s / LIMB_BITS] = mag_shl(num + s / LIMB_BITS, x.d, x.n, unsigned(s % LIMB_BITS));
  } else {
    uint64_t s = uint64_t(shift);
    size_t skip = size_t(s / LIMB_BITS);
    nn = x.n - skip;
    num = limb_scratch(ts, nn);
    if (!num) return Value::error();
    inexact = mag_low_bits_nonzero(x.d, x.n, s);
    mag_shr(num, x.d + skip, nn, unsigned(s % LIMB_BITS));
  }
  nn = mag_trim(num, nn);
  // The quotient has at most MANT + 3 bits: it fits a uint64.
  uint64_t q = 0;
  if (y.n == 1) {
    inexact |= mag_divmod_1(num, num, nn, y.d[0]) != 0;
  } else {
    Limb* rem = limb_scratch(ts, y.n + mag_divmod_scratch(nn, y.n));
    if (!rem) return Value::error();
    mag_divmod(num, rem, num, nn, y.d, y.n, rem + y.n);
    inexact |= mag_trim(rem, y.n) != 0;
  }
  size_t qlen = y.n == 1 ? nn : nn - y.n + 1;
  q = uint64_t(num[0]) | (qlen > 1 ? uint64_t(num[1]) << 32 : 0);
  int64_t qbits = 64 - __builtin_clzll(q);
  int64_t extra = (qbits > MIN_EXP - shift ? qbits : MIN_EXP - shift) - MANT;
  uint64_t mask = uint64_t(1) << (extra - 1);
  uint64_t low = q | uint64_t(inexact);
  if ((low & mask) && (low & (3 * mask - 1))) q += mask;
  q &= ~(2 * mask - 1);
  double dq = double(q);  // exact: at most MANT significant bits remain
  if (shift + qbits >= MAX_EXP &&
      (shift + qbits > MAX_EXP || dq == std::ldexp(1.0, int(qbits)))) {
    return raise(ts, ts.vm->types.OverflowError, "integer division result too large for a float");
  }
  double result = std::ldexp(dq, int(shift));
  return float_new(ts, neg ? -result : result);
}

Value int_neg(ThreadState& ts, Value a) {
  if (a.is_int()) return int_from_i64(ts, -int64_t(a.as_int()));
  IntView x(a);
  return int_from_mag(ts, x.d, x.n, !x.neg);
}

Value int_abs(ThreadState& ts, Value a) {
  if (a.is_int()) return int_from_i64(ts, a.as_int() < 0 ? -int64_t(a.as_int()) : a.as_int());
  IntView x(a);
  return int_from_mag(ts, x.d, x.n, false);
}

Value int_invert(ThreadState& ts, Value a) {
  if (a.is_int()) return Value::from_int(~a.as_int());
  IntView x(a), one(Value::from_int(1));
  return add_signed(ts, x, !x.neg, one, true);  // ~a == -a - 1
}

}  // namespace weft
