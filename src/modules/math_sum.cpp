// The accurate sums of the math module: fsum (Shewchuk's exact partials), hypot and dist (the
// scaled, error-compensated vector norm CPython uses), and sumprod (exact for ints, triple-length
// accumulation for floats). Same algorithms as CPython, so the results are bit-identical.
#include <cmath>
#include <vector>

#include "modules/math_module.hpp"
#include "object/args.hpp"
#include "object/error.hpp"
#include "object/float.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/tuple.hpp"

namespace weft {

namespace {

struct DoubleLength {
  double hi, lo;
};

// hi + lo == a + b exactly, given |a| >= |b|.
DoubleLength dl_fast_sum(double a, double b) {
  double x = a + b;
  double z = x - a;
  return {x, b - z};
}

// hi + lo == a + b exactly (Knuth's two-sum).
DoubleLength dl_sum(double a, double b) {
  double x = a + b;
  double z = x - a;
  return {x, (a - (x - z)) + (b - z)};
}

// hi + lo == x * y exactly.
DoubleLength dl_mul(double x, double y) {
  double z = x * y;
  return {z, std::fma(x, y, -z)};
}

struct TripleLength {
  double hi, lo, tiny;
};

TripleLength tl_fma(double x, double y, TripleLength total) {
  DoubleLength pr = dl_mul(x, y);
  DoubleLength sm = dl_sum(total.hi, pr.hi);
  DoubleLength r1 = dl_sum(total.lo, pr.lo);
  DoubleLength r2 = dl_sum(r1.hi, sm.lo);
  return {sm.hi, r2.hi, total.tiny + r1.lo + r2.lo};
}

double tl_to_d(TripleLength total) {
  DoubleLength last = dl_sum(total.lo, total.hi);
  return total.tiny + last.lo + last.hi;
}

// ---- fsum -------------------------------------------------------------------------------------------

// Ints convert exactly where they can; everything else as PyFloat_AsDouble.
bool item_double(ThreadState& ts, Value v, double* out) {
  if (v.is_int()) {
    *out = double(v.as_int());
    return true;
  }
  return math_arg_double(ts, v, out);
}

// The rounded sum of the exact partials (largest last), with half-even rounding carried across
// partials.
double sum_partials(std::vector<double>& p) {
  size_t n = p.size();
  if (n == 0) return 0.0;
  double hi = p[--n], lo = 0.0;
  while (n > 0) {
    double x = hi, y = p[--n];
    hi = x + y;
    double yr = hi - x;
    lo = y - yr;
    if (lo != 0.0) break;
  }
  if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
    double y = lo * 2.0;
    double x = hi + y;
    if (y == x - hi) hi = x;
  }
  return hi;
}

Value m_fsum(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "math.fsum", nargs, kw, 1, 1)) return Value::error();
  WEFT_TRY(it, obj_iter(ts, args[0]));
  std::vector<double> partials;
  double special_sum = 0.0, inf_sum = 0.0;
  for (;;) {
    Value item = obj_next(ts, it);
    if (item.is_error()) {
      if (ts.has_pending()) return item;
      break;
    }
    double x;
    if (!item_double(ts, item, &x)) return Value::error();
    double xsave = x;
    size_t i = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) partials[i++] = lo;
      x = hi;
    }
    partials.resize(i);
    if (x == 0.0) continue;
    if (std::isfinite(x)) {
      partials.push_back(x);
      continue;
    }
    // A non-finite partial sum comes from an inf or nan summand, or from overflow.
    if (std::isfinite(xsave))
      return raise(ts, ts.vm->types.OverflowError, "intermediate overflow in fsum");
    if (std::isinf(xsave)) inf_sum += xsave;
    special_sum += xsave;
    partials.clear();
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) return raise(ts, ts.vm->types.ValueError, "-inf + inf in fsum");
    return float_new(ts, special_sum);
  }
  return float_new(ts, sum_partials(partials));
}

// ---- hypot, dist -------------------------------------------------------------------------------------

// sqrt(sum(x*x)) of non-negative finite coordinates whose largest is `max`: scaled to [0.5, 1)
// by a power of two (lossless), squares and sums kept exact in two parts, then one Newton
// correction of the square root.
double vector_norm(size_t n, double* vec, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || n <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    // 2**-max_e would overflow: bring subnormals up to normal numbers first.
    for (size_t i = 0; i < n; i++) vec[i] /= 2.2250738585072014e-308;
    return 2.2250738585072014e-308 * vector_norm(n, vec, max / 2.2250738585072014e-308, false);
  }
  double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (size_t i = 0; i < n; i++) {
    double x = vec[i] * scale;
    DoubleLength pr = dl_mul(x, x);
    DoubleLength sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
  DoubleLength pr = dl_mul(-h, h);
  DoubleLength sm = dl_fast_sum(csum, pr.hi);
  csum = sm.hi;
  frac1 += pr.lo;
  frac2 += sm.lo;
  double x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

Value m_hypot(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_no_kwargs(ts, "math.hypot", kw)) return Value::error();
  std::vector<double> coords(nargs);
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < nargs; i++) {
    double x;
    if (!item_double(ts, args[i], &x)) return Value::error();
    x = std::fabs(x);
    coords[i] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return float_new(ts, vector_norm(nargs, coords.data(), max, found_nan));
}

Value m_dist(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!math_check_args(ts, "dist", nargs, kw, 2, 2)) return Value::error();
  WEFT_TRY(p, is_tuple(ts, args[0]) ? args[0] : tuple_from_iterable(ts, args[0]));
  WEFT_TRY(q, is_tuple(ts, args[1]) ? args[1] : tuple_from_iterable(ts, args[1]));
  Tuple* pt = as_tuple(p);
  Tuple* qt = as_tuple(q);
  if (pt->size != qt->size) {
    return raise(ts, ts.vm->types.ValueError,
                 "both points must have the same number of dimensions");
  }
  std::vector<double> diffs(pt->size);
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < pt->size; i++) {
    double px, qx;
    if (!item_double(ts, pt->items[i], &px) || !item_double(ts, qt->items[i], &qx))
      return Value::error();
    double x = std::fabs(px - qx);
    diffs[i] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return float_new(ts, vector_norm(pt->size, diffs.data(), max, found_nan));
}

// ---- sumprod ---------------------------------------------------------------------------------------

// sumprod's accumulators: exact ints while the products fit 64 bits, a triple-length float
// while both factors are floats (or a float and an int), else plain Python arithmetic. Each
// fast path, once left, is folded into `total` and never re-entered (CPython's order of
// operations, so results match exactly).
struct SumProd {
  Value total = Value::from_int(0);
  bool int_on = true, int_used = false, flt_on = true, flt_used = false;
  int64_t int_total = 0;
  TripleLength flt_total{0.0, 0.0, 0.0};
};

bool exact_int_i64(ThreadState& ts, Value v, int64_t* out) {
  if (v.is_int()) {
    *out = v.as_int();
    return true;
  }
  if (v.as_obj()->type != ts.vm->types.int_ || int_bit_length(v) > 63) return false;
  return int_to_i64(ts, v, out);
}

bool try_int_path(ThreadState& ts, SumProd& s, Value p, Value q) {
  int64_t a, b, prod, sum;
  if (!exact_int_i64(ts, p, &a) || !exact_int_i64(ts, q, &b)) return false;
  if (__builtin_mul_overflow(a, b, &prod) || __builtin_add_overflow(s.int_total, prod, &sum))
    return false;
  s.int_total = sum;
  s.int_used = true;
  return true;
}

bool is_exact_float(ThreadState& ts, Value v) {
  return !v.is_int() && v.as_obj()->type == ts.vm->types.float_;
}

bool is_exact_int_or_bool(ThreadState& ts, Value v) {
  return v.is_int() || v.as_obj()->type == ts.vm->types.int_ ||
         v.as_obj()->type == ts.vm->types.bool_;
}

bool try_float_path(ThreadState& ts, SumProd& s, Value p, Value q) {
  double a, b;
  bool pf = is_exact_float(ts, p), qf = is_exact_float(ts, q);
  if (pf && qf) {
    a = float_value(p);
    b = float_value(q);
  } else if ((pf && is_exact_int_or_bool(ts, q)) || (qf && is_exact_int_or_bool(ts, p))) {
    Value f = pf ? p : q, i = pf ? q : p;
    double d;
    if (!int_to_double(ts, i, &d)) {
      take_pending(ts);
      return false;
    }
    a = float_value(f);
    b = d;
  } else {
    return false;
  }
  TripleLength next = tl_fma(a, b, s.flt_total);
  if (!std::isfinite(next.hi)) return false;
  s.flt_total = next;
  s.flt_used = true;
  return true;
}

bool add_to_total(ThreadState& ts, SumProd& s, Value term) {
  WEFT_TRY_BOOL(sum, binary_op(ts, s.total, term, BIN_ADD));
  s.total = sum;
  return true;
}

// Leaves the fast paths that no longer apply, folding their partial sums into the total.
bool leave_fast_paths(ThreadState& ts, SumProd& s, bool finished, Value p, Value q) {
  if (s.int_on && (finished || !try_int_path(ts, s, p, q))) {
    s.int_on = false;
    if (s.int_used) {
      WEFT_TRY_BOOL(term, int_from_i64(ts, s.int_total));
      if (!add_to_total(ts, s, term)) return false;
      s.int_used = false;
    }
  } else if (s.int_on) {
    return true;
  }
  if (s.flt_on && (finished || !try_float_path(ts, s, p, q))) {
    s.flt_on = false;
    if (s.flt_used) {
      WEFT_TRY_BOOL(term, float_new(ts, tl_to_d(s.flt_total)));
      if (!add_to_total(ts, s, term)) return false;
      s.flt_used = false;
    }
  } else if (s.flt_on) {
    return true;
  }
  if (finished) return true;
  WEFT_TRY_BOOL(term, binary_op(ts, p, q, BIN_MUL));
  return add_to_total(ts, s, term);
}

Value m_sumprod(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!math_check_args(ts, "sumprod", nargs, kw, 2, 2)) return Value::error();
  WEFT_TRY(p_it, obj_iter(ts, args[0]));
  WEFT_TRY(q_it, obj_iter(ts, args[1]));
  SumProd s;
  for (;;) {
    Value p = obj_next(ts, p_it);
    if (p.is_error() && ts.has_pending()) return p;
    Value q = obj_next(ts, q_it);
    if (q.is_error() && ts.has_pending()) return q;
    if (p.is_error() != q.is_error())
      return raise(ts, ts.vm->types.ValueError, "Inputs are not the same length");
    bool finished = p.is_error();
    if (!leave_fast_paths(ts, s, finished, p, q)) return Value::error();
    if (finished) return s.total;
  }
}

}  // namespace

extern const MethodDef MATH_SUM_FUNCTIONS[] = {
    {"fsum", m_fsum, 0, "Return an accurate floating-point sum of values in the iterable seq."},
    {"hypot", m_hypot, 0, "Multidimensional Euclidean distance from the origin to a point."},
    {"dist", m_dist, 0, "Return the Euclidean distance between two points p and q."},
    {"sumprod", m_sumprod, 0, "Return the sum of products of values from two iterables p and q."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace weft
