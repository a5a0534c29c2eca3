// The math module (CPython 3.13): the constants, the libm wrappers with CPython's error rules,
// log with a base and for ints too large for a float, pow, ldexp, nextafter, isclose, floor,
// ceil, trunc... The integer functions, the accurate sums and gamma live in math_*.cpp.
#include <cmath>
#include <cstring>

#include "modules/math_module.hpp"
#include "modules/module_defs.hpp"
#include "object/args.hpp"
#include "object/error.hpp"
#include "object/float.hpp"
#include "object/int.hpp"
#include "object/module.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

bool math_arg_double(ThreadState& ts, Value v, double* out) {
  if (!v.is_int() && v.as_obj()->type == ts.vm->types.float_) {
    *out = float_value(v);
    return true;
  }
  Type* t = type_of(ts, v);
  if (!v.is_int() && !t->to_float && !t->index) {
    raise(ts, ts.vm->types.TypeError, "must be real number, not %s", type_cname(t));
    return false;
  }
  WEFT_TRY_BOOL(f, obj_to_float(ts, v));
  *out = float_value(f);
  return true;
}

bool math_check_args(ThreadState& ts, const char* fname, size_t nargs, Tuple* kwnames, int min,
                     int max) {
  if (kwnames && kwnames->size) {
    raise(ts, ts.vm->types.TypeError, "math.%s() takes no keyword arguments", fname);
    return false;
  }
  return args_check(ts, fname, nargs, nullptr, min, max);
}

Value math_domain_error(ThreadState& ts) {
  return raise(ts, ts.vm->types.ValueError, "math domain error");
}

Value math_range_error(ThreadState& ts) {
  return raise(ts, ts.vm->types.OverflowError, "math range error");
}

namespace {

constexpr double PI = 3.141592653589793238462643383279502884;
constexpr double E = 2.718281828459045235360287471352662498;

// METH_O functions: "math.f() takes exactly one argument (2 given)".
bool one_arg(ThreadState& ts, const char* fname, size_t nargs, Tuple* kwnames) {
  char qualified[32] = "math.";
  std::strncat(qualified, fname, sizeof qualified - 6);
  return args_check(ts, qualified, nargs, kwnames, 1, 1);
}

bool one_double(ThreadState& ts, const char* fname, const Value* args, size_t nargs,
                Tuple* kwnames, double* x) {
  return one_arg(ts, fname, nargs, kwnames) && math_arg_double(ts, args[0], x);
}

// ---- one-argument libm functions -----------------------------------------------------------------

struct Unary {
  const char* name;
  double (*fn)(double);
  bool can_overflow;  // an infinite result from a finite argument is OverflowError, else ValueError
};

// CPython's math_1: NaN from a non-NaN is a domain error; infinity from a finite argument is an
// overflow or (for poles such as log1p(-1)) a domain error.
Value apply_unary(ThreadState& ts, const Unary& u, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_double(ts, u.name, args, nargs, kw, &x)) return Value::error();
  double r = u.fn(x);
  if (std::isnan(r) && !std::isnan(x)) return math_domain_error(ts);
  if (std::isinf(r) && std::isfinite(x))
    return u.can_overflow ? math_range_error(ts) : math_domain_error(ts);
  return float_new(ts, r);
}

constexpr Unary UNARY[] = {
    {"acos", [](double x) { return std::acos(x); }, false},
    {"acosh", [](double x) { return std::acosh(x); }, false},
    {"asin", [](double x) { return std::asin(x); }, false},
    {"asinh", [](double x) { return std::asinh(x); }, false},
    {"atan", [](double x) { return std::atan(x); }, false},
    {"atanh", [](double x) { return std::atanh(x); }, false},
    {"cbrt", [](double x) { return std::cbrt(x); }, false},
    {"cos", [](double x) { return std::cos(x); }, false},
    {"cosh", [](double x) { return std::cosh(x); }, true},
    {"erf", [](double x) { return std::erf(x); }, false},
    {"erfc", [](double x) { return std::erfc(x); }, false},
    {"exp", [](double x) { return std::exp(x); }, true},
    {"exp2", [](double x) { return std::exp2(x); }, true},
    {"expm1", [](double x) { return std::expm1(x); }, true},
    {"fabs", [](double x) { return std::fabs(x); }, false},
    {"log1p", [](double x) { return std::log1p(x); }, false},
    {"sin", [](double x) { return std::sin(x); }, false},
    {"sinh", [](double x) { return std::sinh(x); }, true},
    {"sqrt", [](double x) { return std::sqrt(x); }, false},
    {"tan", [](double x) { return std::tan(x); }, false},
    {"tanh", [](double x) { return std::tanh(x); }, false},
};

template <size_t I>
Value unary_fn(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  return apply_unary(ts, UNARY[I], args, nargs, kw);
}

// ---- predicates and decompositions ---------------------------------------------------------------

// degrees and radians scale without range checks, as CPython's do.
Value scale(ThreadState& ts, const char* name, double factor, const Value* args, size_t nargs,
            Tuple* kw) {
  double x;
  if (!one_double(ts, name, args, nargs, kw, &x)) return Value::error();
  return float_new(ts, x * factor);
}

Value m_degrees(ThreadState& ts, Value, const Value* a, size_t n, Tuple* kw) {
  return scale(ts, "degrees", 180.0 / PI, a, n, kw);
}
Value m_radians(ThreadState& ts, Value, const Value* a, size_t n, Tuple* kw) {
  return scale(ts, "radians", PI / 180.0, a, n, kw);
}

Value predicate(ThreadState& ts, const char* name, bool (*test)(double), const Value* args,
                size_t nargs, Tuple* kw) {
  double x;
  if (!one_double(ts, name, args, nargs, kw, &x)) return Value::error();
  return boolean(ts, test(x));
}

Value m_isfinite(ThreadState& ts, Value, const Value* a, size_t n, Tuple* kw) {
  return predicate(ts, "isfinite", [](double x) { return std::isfinite(x); }, a, n, kw);
}
Value m_isinf(ThreadState& ts, Value, const Value* a, size_t n, Tuple* kw) {
  return predicate(ts, "isinf", [](double x) { return std::isinf(x); }, a, n, kw);
}
Value m_isnan(ThreadState& ts, Value, const Value* a, size_t n, Tuple* kw) {
  return predicate(ts, "isnan", [](double x) { return std::isnan(x); }, a, n, kw);
}

Value float_pair(ThreadState& ts, double a, Value b) {
  WEFT_TRY(fa, float_new(ts, a));
  return tuple_pack(ts, fa, b);
}

Value m_frexp(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_double(ts, "frexp", args, nargs, kw, &x)) return Value::error();
  int e = 0;
  double m = std::isfinite(x) && x != 0 ? std::frexp(x, &e) : x;
  return float_pair(ts, m, Value::from_int(e));
}

Value m_modf(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_double(ts, "modf", args, nargs, kw, &x)) return Value::error();
  double whole = x, frac;
  if (std::isinf(x)) {
    frac = std::copysign(0.0, x);
  } else if (std::isnan(x)) {
    frac = x;
  } else {
    frac = std::modf(x, &whole);
  }
  WEFT_TRY(w, float_new(ts, whole));
  return float_pair(ts, frac, w);
}

Value m_ulp(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!one_double(ts, "ulp", args, nargs, kw, &x)) return Value::error();
  if (std::isnan(x)) return float_new(ts, x);
  x = std::fabs(x);
  if (std::isinf(x)) return float_new(ts, x);
  double up = std::nextafter(x, INFINITY);
  // The largest finite float has no successor: measure the gap below it instead.
  if (std::isinf(up)) return float_new(ts, x - std::nextafter(x, -INFINITY));
  return float_new(ts, up - x);
}

// ---- rounding to int: floor, ceil, trunc ---------------------------------------------------------

// floor and ceil: exact floats directly, ints unchanged, else __floor__/__ceil__, else the
// float value (CPython 3.13's order).
Value round_to_int(ThreadState& ts, const char* name, Str* special, double (*fn)(double),
                   const Value* args, size_t nargs, Tuple* kw) {
  if (!one_arg(ts, name, nargs, kw)) return Value::error();
  Value x = args[0];
  if (!x.is_int() && x.as_obj()->type == ts.vm->types.float_)
    return int_from_double(ts, fn(float_value(x)));
  if (x.is_int() || x.as_obj()->type == ts.vm->types.int_) return x;
  Value r = call_special(ts, x, special, nullptr, 0);
  if (!r.is_error() || ts.has_pending()) return r;
  if (is_int_like(ts, x)) return int_exact(ts, x);
  double d;
  if (!math_arg_double(ts, x, &d)) return Value::error();
  return int_from_double(ts, fn(d));
}

Value m_floor(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  return round_to_int(ts, "floor", ts.vm->names.__floor__, [](double d) { return std::floor(d); },
                      args, nargs, kw);
}

Value m_ceil(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  return round_to_int(ts, "ceil", ts.vm->names.__ceil__, [](double d) { return std::ceil(d); },
                      args, nargs, kw);
}

Value m_trunc(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!one_arg(ts, "trunc", nargs, kw)) return Value::error();
  Value x = args[0];
  if (!x.is_int() && x.as_obj()->type == ts.vm->types.float_)
    return int_from_double(ts, std::trunc(float_value(x)));
  Value r = call_special(ts, x, ts.vm->names.__trunc__, nullptr, 0);
  if (!r.is_error() || ts.has_pending()) return r;
  if (is_int_like(ts, x)) return int_exact(ts, x);
  if (is_float(ts, x)) return int_from_double(ts, std::trunc(float_value(x)));
  return raise(ts, ts.vm->types.TypeError, "type %s doesn't define __trunc__ method",
               type_name(ts, x));
}

// ---- two-argument functions ------------------------------------------------------------------------

bool two_doubles(ThreadState& ts, const char* name, const Value* args, size_t nargs, Tuple* kw,
                 double* x, double* y) {
  return math_check_args(ts, name, nargs, kw, 2, 2) && math_arg_double(ts, args[0], x) &&
         math_arg_double(ts, args[1], y);
}

// CPython's math_2: NaN from non-NaN arguments is a domain error, infinity from finite ones an
// overflow.
Value binary_result(ThreadState& ts, double x, double y, double r) {
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return math_domain_error(ts);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) return math_range_error(ts);
  return float_new(ts, r);
}

Value m_atan2(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  double y, x;
  if (!two_doubles(ts, "atan2", args, nargs, kw, &y, &x)) return Value::error();
  return binary_result(ts, y, x, std::atan2(y, x));
}

Value m_copysign(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  if (!two_doubles(ts, "copysign", args, nargs, kw, &x, &y)) return Value::error();
  return float_new(ts, std::copysign(x, y));
}

Value m_fmod(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  if (!two_doubles(ts, "fmod", args, nargs, kw, &x, &y)) return Value::error();
  if (std::isinf(y) && std::isfinite(x)) return float_new(ts, x);
  return binary_result(ts, x, y, std::fmod(x, y));
}

Value m_remainder(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  if (!two_doubles(ts, "remainder", args, nargs, kw, &x, &y)) return Value::error();
  return binary_result(ts, x, y, std::remainder(x, y));
}

// pow with C99's rules for infinities and NaNs whatever the platform's libm does.
double pow_special(double x, double y) {
  if (std::isnan(x)) return y == 0.0 ? 1.0 : x;
  if (std::isnan(y)) return x == 1.0 ? 1.0 : y;
  if (std::isinf(x)) {
    bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
    if (y > 0) return odd_y ? x : std::fabs(x);
    if (y == 0) return 1.0;
    return odd_y ? std::copysign(0.0, x) : 0.0;
  }
  if (std::fabs(x) == 1.0) return 1.0;
  if (y > 0 && std::fabs(x) > 1.0) return y;
  if (y < 0 && std::fabs(x) < 1.0) return -y;
  return 0.0;
}

Value m_pow(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  if (!two_doubles(ts, "pow", args, nargs, kw, &x, &y)) return Value::error();
  if (!std::isfinite(x) || !std::isfinite(y)) return float_new(ts, pow_special(x, y));
  double r = std::pow(x, y);
  if (std::isnan(r)) return math_domain_error(ts);
  // 0 ** negative divides by zero; otherwise an infinite result overflowed.
  if (std::isinf(r)) return x == 0.0 ? math_domain_error(ts) : math_range_error(ts);
  return float_new(ts, r);
}

Value m_ldexp(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  double x;
  if (!math_check_args(ts, "ldexp", nargs, kw, 2, 2) || !math_arg_double(ts, args[0], &x))
    return Value::error();
  if (!is_int_like(ts, args[1])) {
    return raise(ts, ts.vm->types.TypeError, "Expected an int as second argument to ldexp.");
  }
  if (x == 0.0 || !std::isfinite(x)) return float_new(ts, x);
  Value e = args[1];
  // Exponents beyond an int's range saturate: the result is 0 or overflows either way.
  if (int_compare(e, Value::from_int(100000)) > 0) return math_range_error(ts);
  if (int_compare(e, Value::from_int(-100000)) < 0) return float_new(ts, std::copysign(0.0, x));
  double r = std::ldexp(x, int(int_clamp_ssize(e)));
  if (std::isinf(r)) return math_range_error(ts);
  return float_new(ts, r);
}

// ---- log ---------------------------------------------------------------------------------------------

using LogFn = double (*)(double);

// The low 64 bits of a non-negative int.
uint64_t low_u64(Value n) {
  if (n.is_int()) return uint64_t(n.as_int());
  auto b = static_cast<BigInt*>(n.as_obj());
  uint64_t lo = b->digits[0];
  return b->size > 1 ? lo | (uint64_t(b->digits[1]) << 32) : lo;
}

// A positive int too large for a float is m * 2**e with m in [0.5, 1), rounded to 53 bits.
bool int_frexp(ThreadState& ts, Value n, double* m, int64_t* e) {
  int64_t bits = int_bit_length(n);
  WEFT_TRY_BOOL(exact, int_exact(ts, n));
  WEFT_TRY_BOOL(top, int_rshift(ts, exact, Value::from_int(bits - 64)));
  WEFT_TRY_BOOL(back, int_lshift(ts, top, Value::from_int(bits - 64)));
  uint64_t word = low_u64(top);
  if (int_compare(back, exact) != 0) word |= 1;  // sticky bit: the conversion rounds correctly
  *m = std::ldexp(double(word), -64);
  *e = bits;
  if (*m == 1.0) {
    *m = 0.5;
    ++*e;
  }
  return true;
}

// CPython's loghelper: ints are exact (huge ones through frexp), everything else a float.
Value log_of(ThreadState& ts, Value arg, LogFn fn) {
  if (is_int_like(ts, arg)) {
    if (int_sign(arg) <= 0) return math_domain_error(ts);
    double x;
    if (int_to_double(ts, arg, &x)) return float_new(ts, fn(x));
    if (!pending_matches(ts, ts.vm->types.OverflowError)) return Value::error();
    take_pending(ts);
    double m;
    int64_t e;
    if (!int_frexp(ts, arg, &m, &e)) return Value::error();
    return float_new(ts, fn(m) + fn(2.0) * double(e));
  }
  double x;
  if (!math_arg_double(ts, arg, &x)) return Value::error();
  if (std::isnan(x) || (std::isinf(x) && x > 0)) return float_new(ts, x);
  if (!(x > 0)) return math_domain_error(ts);
  return float_new(ts, fn(x));
}

Value m_log(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!math_check_args(ts, "log", nargs, kw, 1, 2)) return Value::error();
  LogFn ln = [](double x) { return std::log(x); };
  WEFT_TRY(num, log_of(ts, args[0], ln));
  if (nargs == 1) return num;
  WEFT_TRY(den, log_of(ts, args[1], ln));
  return binary_op(ts, num, den, BIN_TRUEDIV);
}

Value m_log2(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!one_arg(ts, "log2", nargs, kw)) return Value::error();
  return log_of(ts, args[0], [](double x) { return std::log2(x); });
}

Value m_log10(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!one_arg(ts, "log10", nargs, kw)) return Value::error();
  return log_of(ts, args[0], [](double x) { return std::log10(x); });
}

// ---- nextafter, isclose, fma ----------------------------------------------------------------------

uint64_t bits_of(double d) {
  uint64_t u;
  std::memcpy(&u, &d, sizeof u);
  return u;
}

double from_bits(uint64_t u) {
  double d;
  std::memcpy(&d, &u, sizeof d);
  return d;
}

// `steps` representable floats from x toward y (CPython 3.12's integer walk on the bit patterns).
double step_toward(double x, double y, uint64_t steps) {
  if (steps == 0 || std::isnan(x)) return x;
  if (std::isnan(y)) return y;
  const uint64_t sign = uint64_t(1) << 63;
  uint64_t ux = bits_of(x), uy = bits_of(y);
  uint64_t ax = ux & ~sign, ay = uy & ~sign;
  if ((ux ^ uy) & sign) {
    if (ax + ay <= steps) return y;
    if (ax < steps) return from_bits((uy & sign) | (steps - ax));
    return from_bits(ux - steps);
  }
  if (ax > ay) return ax - ay >= steps ? from_bits(ux - steps) : y;
  return ay - ax >= steps ? from_bits(ux + steps) : y;
}

Value m_nextafter(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* NAMES[] = {"", "", "steps"};
  Value a[3];
  if (!args_parse(ts, {"nextafter", NAMES, 3, 2, 2, 2}, args, nargs, kw, a)) return Value::error();
  double x, y;
  if (!math_arg_double(ts, a[0], &x) || !math_arg_double(ts, a[1], &y)) return Value::error();
  if (a[2].is_error() || a[2] == ts.vm->none) return float_new(ts, std::nextafter(x, y));
  WEFT_TRY(steps, obj_index(ts, a[2]));
  if (int_sign(steps) < 0)
    return raise(ts, ts.vm->types.ValueError, "steps must be a non-negative integer");
  // More steps than there are floats walk all the way to y.
  uint64_t n = UINT64_MAX;
  if (int_bit_length(steps) <= 63) {
    int64_t s;
    if (!int_to_i64(ts, steps, &s)) return Value::error();
    n = uint64_t(s);
  }
  return float_new(ts, step_toward(x, y, n));
}

Value m_isclose(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* NAMES[] = {"a", "b", "rel_tol", "abs_tol"};
  Value p[4];
  if (!args_parse(ts, {"isclose", NAMES, 4, 0, 2, 2}, args, nargs, kw, p)) return Value::error();
  double a, b, rel_tol = 1e-09, abs_tol = 0.0;
  if (!math_arg_double(ts, p[0], &a) || !math_arg_double(ts, p[1], &b)) return Value::error();
  if (!p[2].is_error() && !math_arg_double(ts, p[2], &rel_tol)) return Value::error();
  if (!p[3].is_error() && !math_arg_double(ts, p[3], &abs_tol)) return Value::error();
  if (rel_tol < 0.0 || abs_tol < 0.0)
    return raise(ts, ts.vm->types.ValueError, "tolerances must be non-negative");
  if (a == b) return ts.vm->true_;
  if (std::isinf(a) || std::isinf(b)) return ts.vm->false_;
  double diff = std::fabs(b - a);
  return boolean(ts, diff <= std::fabs(rel_tol * b) || diff <= std::fabs(rel_tol * a) ||
                         diff <= abs_tol);
}

Value m_fma(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  double x, y, z;
  if (!math_check_args(ts, "fma", nargs, kw, 3, 3) || !math_arg_double(ts, args[0], &x) ||
      !math_arg_double(ts, args[1], &y) || !math_arg_double(ts, args[2], &z)) {
    return Value::error();
  }
  double r = std::fma(x, y, z);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y) && !std::isnan(z))
    return raise(ts, ts.vm->types.ValueError, "invalid operation in fma");
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y) && std::isfinite(z))
    return raise(ts, ts.vm->types.OverflowError, "overflow in fma");
  return float_new(ts, r);
}

static_assert(sizeof UNARY / sizeof UNARY[0] == 21, "MATH_FLOAT_FUNCTIONS lists every row");
#define WEFT_UNARY_ROW(i) {UNARY[i].name, unary_fn<i>, 0, nullptr}

}  // namespace

extern const MethodDef MATH_FLOAT_FUNCTIONS[] = {
    WEFT_UNARY_ROW(0),  WEFT_UNARY_ROW(1),  WEFT_UNARY_ROW(2),  WEFT_UNARY_ROW(3),
    WEFT_UNARY_ROW(4),  WEFT_UNARY_ROW(5),  WEFT_UNARY_ROW(6),  WEFT_UNARY_ROW(7),
    WEFT_UNARY_ROW(8),  WEFT_UNARY_ROW(9),  WEFT_UNARY_ROW(10), WEFT_UNARY_ROW(11),
    WEFT_UNARY_ROW(12), WEFT_UNARY_ROW(13), WEFT_UNARY_ROW(14), WEFT_UNARY_ROW(15),
    WEFT_UNARY_ROW(16), WEFT_UNARY_ROW(17), WEFT_UNARY_ROW(18), WEFT_UNARY_ROW(19),
    WEFT_UNARY_ROW(20),
    {"degrees", m_degrees, 0, "Convert angle x from radians to degrees."},
    {"radians", m_radians, 0, "Convert angle x from degrees to radians."},
    {"isfinite", m_isfinite, 0, "Return True if x is neither an infinity nor a NaN."},
    {"isinf", m_isinf, 0, "Return True if x is a positive or negative infinity."},
    {"isnan", m_isnan, 0, "Return True if x is a NaN (not a number)."},
    {"frexp", m_frexp, 0, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"modf", m_modf, 0, "Return the fractional and integer parts of x."},
    {"ulp", m_ulp, 0, "Return the value of the least significant bit of the float x."},
    {"floor", m_floor, 0, "Return the floor of x as an Integral."},
    {"ceil", m_ceil, 0, "Return the ceiling of x as an Integral."},
    {"trunc", m_trunc, 0, "Truncates the Real x to the nearest Integral toward 0."},
    {"atan2", m_atan2, 0, "Return the arc tangent (measured in radians) of y/x."},
    {"copysign", m_copysign, 0, "Return a float with the magnitude of x but the sign of y."},
    {"fmod", m_fmod, 0, "Return fmod(x, y), according to platform C."},
    {"remainder", m_remainder, 0, "Difference between x and the closest integer multiple of y."},
    {"pow", m_pow, 0, "Return x**y (x to the power of y)."},
    {"ldexp", m_ldexp, 0, "Return x * (2**i)."},
    {"log", m_log, 0, "log(x, [base=math.e])\nReturn the logarithm of x to the given base."},
    {"log2", m_log2, 0, "Return the base 2 logarithm of x."},
    {"log10", m_log10, 0, "Return the base 10 logarithm of x."},
    {"nextafter", m_nextafter, 0, "Return the floating-point value the given number of steps after x towards y."},
    {"isclose", m_isclose, 0, "Determine whether two floating-point numbers are close in value."},
    {"fma", m_fma, 0, "Fused multiply-add operation."},
    {nullptr, nullptr, 0, nullptr},
};

#undef WEFT_UNARY_ROW

Module* math_module_create(ThreadState& ts) {
  Str* name = intern_cstr(ts, "math");
  Module* m = name ? module_new(ts, name) : nullptr;
  if (!m) return nullptr;
  for (const MethodDef* table : {MATH_FLOAT_FUNCTIONS, MATH_INT_FUNCTIONS, MATH_SUM_FUNCTIONS,
                                 MATH_SPECIAL_FUNCTIONS}) {
    if (!module_add_functions(ts, m, table)) return nullptr;
  }
  const struct {
    const char* name;
    double value;
  } constants[] = {{"pi", PI}, {"e", E}, {"tau", 2 * PI}, {"inf", INFINITY}, {"nan", NAN}};
  for (const auto& c : constants) {
    Value v = float_new(ts, c.value);
    if (v.is_error() || !module_set(ts, m, c.name, v)) return nullptr;
  }
  return m;
}

}  // namespace weft
