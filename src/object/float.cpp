// float objects: allocation, coercion of ints, CPython's numeric hash, exact float/int
// comparison, and the arithmetic with Python's sign rules and error messages. The type's methods
// and slots table are in float_methods.cpp, text in float_format.cpp and float_parse.cpp.
#include <cmath>

#include "object/complex.hpp"
#include "object/error.hpp"
#include "object/exception.hpp"
#include "object/float_impl.hpp"
#include "object/int_impl.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace weft {

Value float_new(ThreadState& ts, double d) {
  Float* f = gc_new<Float>(ts, ts.vm->types.float_);
  if (!f) return Value::error();
  f->value = d;
  return Value::from_obj(f);
}

bool is_float(ThreadState& ts, Value v) {
  if (!v.is_obj()) return false;
  Type* t = v.as_obj()->type;
  return t == ts.vm->types.float_ || t->kind == TypeKind::Float;
}

bool float_coerce(ThreadState& ts, Value v, double* out, bool* is_number) {
  if (is_float(ts, v)) {
    *is_number = true;
    *out = float_value(v);
    return true;
  }
  *is_number = is_int_like(ts, v);
  return *is_number && int_to_double(ts, v, out);
}

intptr_t float_hash(double d) {
  // CPython's _Py_HashDouble: the hash of the exact rational value modulo 2**61-1 (2**31-1),
  // so that equal ints and floats hash alike. NaN hashes by identity in the type's slot.
  constexpr int BITS = sizeof(intptr_t) == 8 ? 61 : 31;
  constexpr uintptr_t MODULUS = (uintptr_t(1) << BITS) - 1;
  if (std::isinf(d)) return d > 0 ? 314159 : -314159;
  if (std::isnan(d)) return 0;
  int e = 0;
  double m = std::frexp(d, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uintptr_t x = 0;
  while (m != 0) {  // 28 bits at a time
    x = ((x << 28) & MODULUS) | x >> (BITS - 28);
    m *= 268435456.0;
    e -= 28;
    auto y = uintptr_t(m);
    m -= double(y);
    x += y;
    if (x >= MODULUS) x -= MODULUS;
  }
  e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
  x = ((x << e) & MODULUS) | x >> (BITS - e);
  x = x * uintptr_t(intptr_t(sign));
  if (x == uintptr_t(-1)) x = uintptr_t(-2);
  return intptr_t(x);
}

intptr_t hash_pointer(const void* p) {
  // CPython's _Py_HashPointer: the address rotated by 4 bits (cells are 16-byte aligned).
  auto y = uintptr_t(p);
  y = (y >> 4) | (y << (8 * sizeof(void*) - 4));
  return intptr_t(y) == -1 ? -2 : intptr_t(y);
}

int float_int_compare(double d, Value i) {
  if (std::isinf(d)) return d > 0 ? 1 : -1;
  int si = int_sign(i);
  int sd = d > 0 ? 1 : d < 0 ? -1 : 0;
  if (sd != si) return sd < si ? -1 : 1;
  if (sd == 0) return 0;
  // Same sign: compare magnitudes by bit length first, then exactly.
  IntView w(i);
  int e = 0;
  double a = std::fabs(d);
  std::frexp(a, &e);  // 2**(e-1) <= a < 2**e
  int64_t nbits = int64_t(mag_bit_length(w.d, w.n));
  int c;
  if (e != nbits) {
    c = e < nbits ? -1 : 1;
  } else {
    double ipart = std::trunc(a);
    Limb limbs[MAG_DOUBLE_LIMBS];
    size_t n = mag_from_double(ipart, limbs);
    c = mag_cmp(limbs, n, w.d, w.n);
    if (c == 0 && a > ipart) c = 1;
  }
  return sd > 0 ? c : -c;
}

namespace {

Value zero_division(ThreadState& ts, const char* msg) {
  return raise(ts, ts.vm->types.ZeroDivisionError, "%s", msg);
}

// CPython's _float_div_mod: b != 0.
void div_mod(double a, double b, double* floordiv, double* mod) {
  double m = std::fmod(a, b);
  double div = (a - m) / b;
  if (m != 0) {
    if ((b < 0) != (m < 0)) {
      m += b;
      div -= 1.0;
    }
  } else {
    m = std::copysign(0.0, b);
  }
  double fd;
  if (div != 0) {
    fd = std::floor(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    fd = std::copysign(0.0, a / b);
  }
  *floordiv = fd;
  *mod = m;
}

bool is_odd_integer(double w) { return std::fmod(std::fabs(w), 2.0) == 1.0; }

// OverflowError(34, 'Numerical result out of range') as CPython's errno-based report.
Value range_error(ThreadState& ts) {
  WEFT_TRY(msg, str_from_cstr(ts, "Numerical result out of range"));
  Value args[2] = {Value::from_int(34), msg};
  WEFT_TRY(exc, exception_new(ts, ts.vm->types.OverflowError, args, 2));
  return raise_value(ts, exc);
}

}  // namespace

Value float_floordiv(ThreadState& ts, double a, double b) {
  if (b == 0) return zero_division(ts, "float floor division by zero");
  double q, r;
  div_mod(a, b, &q, &r);
  return float_new(ts, q);
}

Value float_mod(ThreadState& ts, double a, double b) {
  // CPython 3.13 says "float modulo by zero"; the tests compare with 3.11's text.
  if (b == 0) return zero_division(ts, "float modulo");
  double m = std::fmod(a, b);
  if (m != 0) {
    if ((b < 0) != (m < 0)) m += b;
  } else {
    m = std::copysign(0.0, b);
  }
  return float_new(ts, m);
}

Value float_divmod(ThreadState& ts, double a, double b) {
  if (b == 0) return zero_division(ts, "float divmod()");
  double q, r;
  div_mod(a, b, &q, &r);
  WEFT_TRY(fq, float_new(ts, q));
  WEFT_TRY(fr, float_new(ts, r));
  return tuple_pack(ts, fq, fr);
}

Value float_pow(ThreadState& ts, double v, double w) {
  // CPython's float_pow special cases, which pin down what libm pow() leaves open.
  if (w == 0) return float_new(ts, 1.0);
  if (std::isnan(v)) return float_new(ts, v);
  if (std::isnan(w)) return float_new(ts, v == 1.0 ? 1.0 : w);
  if (std::isinf(w)) {
    double av = std::fabs(v);
    if (av == 1.0) return float_new(ts, 1.0);
    return float_new(ts, (w > 0) == (av > 1.0) ? std::fabs(w) : 0.0);
  }
  if (std::isinf(v)) {
    bool odd = is_odd_integer(w);
    if (w > 0) return float_new(ts, odd ? v : std::fabs(v));
    return float_new(ts, odd ? std::copysign(0.0, v) : 0.0);
  }
  if (v == 0) {
    if (w < 0) {
      return raise(ts, ts.vm->types.ZeroDivisionError, "0.0 cannot be raised to a negative power");
    }
    return float_new(ts, is_odd_integer(w) ? v : 0.0);
  }
  bool negate = false;
  if (v < 0) {
    if (w != std::floor(w)) return complex_pow_from_floats(ts, v, w);
    v = -v;
    negate = is_odd_integer(w);
  }
  if (v == 1.0) return float_new(ts, negate ? -1.0 : 1.0);
  double r = std::pow(v, w);
  if (std::isinf(r)) return range_error(ts);
  return float_new(ts, negate ? -r : r);
}

}  // namespace weft
