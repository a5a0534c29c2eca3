// The integer functions of the math module: factorial, isqrt, comb, perm, gcd, lcm and prod,
// exact for ints of any size, with CPython's argument checks and messages.
#include "modules/math_module.hpp"
#include "object/args.hpp"
#include "object/error.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace weft {

namespace {

bool one_int_arg(ThreadState& ts, const char* qualified, const Value* args, size_t nargs,
                 Tuple* kw, Value* out) {
  if (!args_check(ts, qualified, nargs, kw, 1, 1)) return false;
  *out = obj_index(ts, args[0]);
  return !out->is_error();
}

Value small(intptr_t i) { return Value::from_int(i); }

// ---- products ------------------------------------------------------------------------------------

// The product of the integers in [lo, hi), split in halves so that the big multiplications are
// balanced (much faster than a running product for large ranges).
Value range_product(ThreadState& ts, Value lo, Value hi) {
  if (!stack_check(ts)) return Value::error();
  WEFT_TRY(count, int_sub(ts, hi, lo));
  if (int_compare(count, small(8)) <= 0) {
    Value r = small(1);
    for (Value i = lo; int_compare(i, hi) < 0;) {
      WEFT_TRY(next, int_mul(ts, r, i));
      r = next;
      WEFT_TRY(step, int_add(ts, i, small(1)));
      i = step;
    }
    return r;
  }
  WEFT_TRY(half, int_rshift(ts, count, small(1)));
  WEFT_TRY(mid, int_add(ts, lo, half));
  WEFT_TRY(a, range_product(ts, lo, mid));
  WEFT_TRY(b, range_product(ts, mid, hi));
  return int_mul(ts, a, b);
}

// n! for an int n.
Value factorial_of(ThreadState& ts, Value n) {
  if (int_sign(n) < 0)
    return raise(ts, ts.vm->types.ValueError, "factorial() not defined for negative values");
  intptr_t k;
  if (!int_to_ssize(ts, n, &k)) {
    take_pending(ts);
    return raise(ts, ts.vm->types.OverflowError, "factorial() argument should not exceed %zd",
                 intptr_t(SIZE_MAX >> 1));
  }
  return range_product(ts, small(1), small(k + 1));
}

Value m_factorial(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value n;
  if (!one_int_arg(ts, "math.factorial", args, nargs, kw, &n)) return Value::error();
  return factorial_of(ts, n);
}

// perm(n, k) = n * (n-1) * ... * (n-k+1); comb(n, k) = perm(n, k) / k!, computed by halves:
// comb(n, k) = comb(n, j) * comb(n - j, k - j) / comb(k, j) keeps the operands balanced.
Value perm_comb(ThreadState& ts, Value n, intptr_t k, bool comb) {
  if (!stack_check(ts)) return Value::error();
  if (k == 0) return small(1);
  if (k == 1) return n;
  if (k <= 16) {
    Value r = small(1);
    for (intptr_t i = 0; i < k; i++) {
      WEFT_TRY(factor, int_sub(ts, n, small(i)));
      WEFT_TRY(product, int_mul(ts, r, factor));
      r = product;
      if (comb) {
        WEFT_TRY(quotient, int_floordiv(ts, r, small(i + 1)));
        r = quotient;
      }
    }
    return r;
  }
  intptr_t j = k / 2;
  WEFT_TRY(a, perm_comb(ts, n, j, comb));
  WEFT_TRY(rest, int_sub(ts, n, small(j)));
  WEFT_TRY(b, perm_comb(ts, rest, k - j, comb));
  WEFT_TRY(ab, int_mul(ts, a, b));
  if (!comb) return ab;
  WEFT_TRY(d, perm_comb(ts, small(k), j, true));
  return int_floordiv(ts, ab, d);
}

// The n and k of comb/perm as ints with CPython's checks; k as a C integer in *kk (after
// comb's k = min(k, n - k)). Returns 0 for a zero result, 1 to compute, -1 on error.
int perm_comb_args(ThreadState& ts, Value* n, Value* k, bool comb, intptr_t* kk) {
  Value ni = obj_index(ts, *n);
  if (ni.is_error()) return -1;
  Value ki = obj_index(ts, *k);
  if (ki.is_error()) return -1;
  *n = ni;
  *k = ki;
  if (int_sign(ni) < 0) {
    raise(ts, ts.vm->types.ValueError, "n must be a non-negative integer");
    return -1;
  }
  if (int_sign(ki) < 0) {
    raise(ts, ts.vm->types.ValueError, "k must be a non-negative integer");
    return -1;
  }
  if (int_compare(ki, ni) > 0) return 0;
  Value use = ki;
  if (comb) {
    Value other = int_sub(ts, ni, ki);
    if (other.is_error()) return -1;
    if (int_compare(other, ki) < 0) use = other;
  }
  if (!int_to_ssize(ts, use, kk)) {
    take_pending(ts);
    raise(ts, ts.vm->types.OverflowError, comb ? "min(n - k, k) must not exceed %zd"
                                               : "k must not exceed %zd",
          intptr_t(SIZE_MAX >> 1));
    return -1;
  }
  return 1;
}

Value m_comb(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!math_check_args(ts, "comb", nargs, kw, 2, 2)) return Value::error();
  Value n = args[0], k = args[1];
  intptr_t kk;
  int go = perm_comb_args(ts, &n, &k, true, &kk);
  if (go <= 0) return go < 0 ? Value::error() : small(0);
  return perm_comb(ts, n, kk, true);
}

Value m_perm(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!math_check_args(ts, "perm", nargs, kw, 1, 2)) return Value::error();
  Value n = args[0], k = nargs > 1 ? args[1] : ts.vm->none;
  if (k == ts.vm->none) {
    WEFT_TRY(r, obj_index(ts, n));
    return factorial_of(ts, r);
  }
  intptr_t kk;
  int go = perm_comb_args(ts, &n, &k, false, &kk);
  if (go <= 0) return go < 0 ? Value::error() : small(0);
  return perm_comb(ts, n, kk, false);
}

// ---- isqrt ----------------------------------------------------------------------------------------

uint64_t isqrt_u64(uint64_t n) {
  uint64_t r = 0;
  for (uint64_t bit = uint64_t(1) << 62; bit; bit >>= 2) {
    if (n >= r + bit) {
      n -= r + bit;
      r = (r >> 1) + bit;
    } else {
      r >>= 1;
    }
  }
  return r;
}

// The adaptive-precision Newton iteration documented for CPython's isqrt: each step doubles the
// number of correct leading bits of a, then one final correction.
Value isqrt_big(ThreadState& ts, Value n) {
  int64_t c = (int_bit_length(n) - 1) / 2;
  int64_t steps = 0;
  for (int64_t t = c; t; t >>= 1) steps++;
  Value a = small(1);
  int64_t d = 0;
  for (int64_t s = steps - 1; s >= 0; s--) {
    int64_t e = d;
    d = c >> s;
    WEFT_TRY(shifted_a, int_lshift(ts, a, small(intptr_t(d - e - 1))));
    WEFT_TRY(shifted_n, int_rshift(ts, n, small(intptr_t(2 * c - e - d + 1))));
    WEFT_TRY(q, int_floordiv(ts, shifted_n, a));
    WEFT_TRY(next, int_add(ts, shifted_a, q));
    a = next;
  }
  WEFT_TRY(square, int_mul(ts, a, a));
  return int_compare(square, n) > 0 ? int_sub(ts, a, small(1)) : a;
}

Value m_isqrt(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  Value n;
  if (!one_int_arg(ts, "math.isqrt", args, nargs, kw, &n)) return Value::error();
  if (int_sign(n) < 0)
    return raise(ts, ts.vm->types.ValueError, "isqrt() argument must be nonnegative");
  if (int_bit_length(n) <= 62) {
    int64_t v;
    if (!int_to_i64(ts, n, &v)) return Value::error();
    return int_from_u64(ts, isqrt_u64(uint64_t(v)));
  }
  return isqrt_big(ts, n);
}

// ---- gcd, lcm --------------------------------------------------------------------------------------

Value gcd2(ThreadState& ts, Value a, Value b) {
  WEFT_TRY(x0, int_abs(ts, a));
  WEFT_TRY(y0, int_abs(ts, b));
  Value x = x0, y = y0;
  while (int_sign(y) != 0) {
    if (x.is_int() && y.is_int()) {
      intptr_t p = x.as_int(), q = y.as_int();
      while (q) {
        intptr_t r = p % q;
        p = q;
        q = r;
      }
      return small(p);
    }
    WEFT_TRY(r, int_mod(ts, x, y));
    x = y;
    y = r;
  }
  return x;
}

Value m_gcd(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_no_kwargs(ts, "math.gcd", kw)) return Value::error();
  Value r = small(0);
  for (size_t i = 0; i < nargs; i++) {
    WEFT_TRY(x, obj_index(ts, args[i]));
    if (r == small(1)) continue;  // the result is settled; the rest are only checked
    WEFT_TRY(g, gcd2(ts, r, x));
    r = g;
  }
  return r;
}

Value m_lcm(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_no_kwargs(ts, "math.lcm", kw)) return Value::error();
  if (nargs == 0) return small(1);
  WEFT_TRY(first, obj_index(ts, args[0]));
  WEFT_TRY(r0, int_abs(ts, first));
  Value r = r0;
  for (size_t i = 1; i < nargs; i++) {
    WEFT_TRY(x, obj_index(ts, args[i]));
    if (int_sign(r) == 0) continue;  // the result is 0; the rest are only checked
    if (int_sign(x) == 0) {
      r = small(0);
      continue;
    }
    WEFT_TRY(g, gcd2(ts, r, x));
    WEFT_TRY(q, int_floordiv(ts, r, g));
    WEFT_TRY(m, int_mul(ts, q, x));
    WEFT_TRY(a, int_abs(ts, m));
    r = a;
  }
  return r;
}

// ---- prod ------------------------------------------------------------------------------------------

Value m_prod(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* NAMES[] = {"", "start"};
  Value a[2];
  if (!args_parse(ts, {"prod", NAMES, 2, 1, 1, 1}, args, nargs, kw, a)) return Value::error();
  Value result = a[1].is_error() ? small(1) : a[1];
  WEFT_TRY(it, obj_iter(ts, a[0]));
  for (;;) {
    Value item = obj_next(ts, it);
    if (item.is_error()) return ts.has_pending() ? item : result;
    WEFT_TRY(product, binary_op(ts, result, item, BIN_MUL));
    result = product;
  }
}

}  // namespace

extern const MethodDef MATH_INT_FUNCTIONS[] = {
    {"factorial", m_factorial, 0, "Find n!."},
    {"comb", m_comb, 0, "Number of ways to choose k items from n items without repetition and without order."},
    {"perm", m_perm, 0, "Number of ways to choose k items from n items without repetition and with order."},
    {"isqrt", m_isqrt, 0, "Return the integer part of the square root of the input."},
    {"gcd", m_gcd, 0, "Greatest Common Divisor."},
    {"lcm", m_lcm, 0, "Least Common Multiple."},
    {"prod", m_prod, 0, "Calculate the product of all the elements in the input iterable."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace weft
