// complex: arithmetic, repr, hash, comparison (== and != only) and complex(real, imag) /
// complex(text), following CPython's complexobject.c.
#include "object/complex.hpp"

#include <cmath>

#include "object/args.hpp"
#include "object/error.hpp"
#include "object/float.hpp"
#include "object/float_impl.hpp"
#include "object/function.hpp"
#include "object/int_impl.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"

namespace weft {

namespace {

struct C {
  double re, im;
};

C c_prod(C a, C b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// Smith's algorithm; `ok` false for a zero divisor.
C c_quot(C a, C b, bool* ok) {
  double abr = std::fabs(b.re), abi = std::fabs(b.im);
  *ok = true;
  if (abr >= abi) {
    if (abr == 0.0) {
      *ok = false;
      return {0, 0};
    }
    double ratio = b.im / b.re, denom = b.re + b.im * ratio;
    return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  }
  if (abi >= abr) {
    double ratio = b.re / b.im, denom = b.re * ratio + b.im;
    return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  }
  return {NAN, NAN};
}

C c_powu(C x, long n) {
  C r{1, 0}, p = x;
  for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
    if (n & mask) r = c_prod(r, p);
    p = c_prod(p, p);
  }
  return r;
}

// `domain` is set for 0 to a negative or complex power.
C c_pow(C a, C b, bool* domain) {
  *domain = false;
  if (b.re == 0 && b.im == 0) return {1, 0};
  if (a.re == 0 && a.im == 0) {
    *domain = b.im != 0 || b.re < 0;
    return {0, 0};
  }
  double vabs = std::hypot(a.re, a.im);
  double len = std::pow(vabs, b.re);
  double at = std::atan2(a.im, a.re);
  double phase = at * b.re;
  if (b.im != 0.0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  return {len * std::cos(phase), len * std::sin(phase)};
}

Value pow_values(ThreadState& ts, C a, C b) {
  C r;
  bool domain = false;
  if (b.im == 0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {
    long n = long(b.re);
    if (n >= 0) {
      r = c_powu(a, n);
    } else {
      bool ok = true;
      r = c_quot({1, 0}, c_powu(a, -n), &ok);
      domain = !ok;
    }
  } else {
    r = c_pow(a, b, &domain);
  }
  if (domain) {
    return raise(ts, ts.vm->types.ZeroDivisionError, "0.0 to a negative or complex power");
  }
  if (std::isinf(r.re) || std::isinf(r.im)) {
    return raise(ts, ts.vm->types.OverflowError, "complex exponentiation");
  }
  return complex_new(ts, r.re, r.im);
}

// Complex, float and int operands; false (nothing pending) for anything else, false with
// OverflowError pending for an int too large.
bool coerce(ThreadState& ts, Value v, C* out, bool* is_number) {
  *is_number = true;
  if (is_complex(ts, v)) {
    *out = {as_complex(v)->real, as_complex(v)->imag};
    return true;
  }
  out->im = 0;
  return float_coerce(ts, v, &out->re, is_number);
}

template <int OP>
Value binary_slot(ThreadState& ts, Value a, Value b) {
  C x, y;
  bool num = false;
  if (!coerce(ts, a, &x, &num) || !coerce(ts, b, &y, &num)) {
    return num ? Value::error() : ts.vm->not_implemented;
  }
  switch (OP) {
    case BIN_ADD: return complex_new(ts, x.re + y.re, x.im + y.im);
    case BIN_SUB: return complex_new(ts, x.re - y.re, x.im - y.im);
    case BIN_MUL: {
      C r = c_prod(x, y);
      return complex_new(ts, r.re, r.im);
    }
    case BIN_TRUEDIV: {
      bool ok = true;
      C r = c_quot(x, y, &ok);
      if (!ok) return raise(ts, ts.vm->types.ZeroDivisionError, "complex division by zero");
      return complex_new(ts, r.re, r.im);
    }
    default: return pow_values(ts, x, y);
  }
}

Value slot_richcompare(ThreadState& ts, Value a, Value b, int op) {
  if (op != CMP_EQ && op != CMP_NE) return ts.vm->not_implemented;
  if (!is_complex(ts, a)) {
    Value t = a;
    a = b;
    b = t;
  }
  Complex* c = as_complex(a);
  bool eq;
  if (is_complex(ts, b)) {
    eq = c->real == as_complex(b)->real && c->imag == as_complex(b)->imag;
  } else if (is_float(ts, b)) {
    eq = c->imag == 0 && c->real == float_value(b);
  } else if (is_int_like(ts, b)) {
    eq = c->imag == 0 && !std::isnan(c->real) && float_int_compare(c->real, b) == 0;
  } else {
    return ts.vm->not_implemented;
  }
  return boolean(ts, eq == (op == CMP_EQ));
}

bool slot_hash(ThreadState&, Value v, intptr_t* out) {
  // CPython: hash(real) + 1000003 * hash(imag), NaN parts hashing by the object's identity.
  Complex* c = as_complex(v);
  intptr_t hr = std::isnan(c->real) ? hash_pointer(c) : float_hash(c->real);
  intptr_t hi = std::isnan(c->imag) ? hash_pointer(c) : float_hash(c->imag);
  auto h = uintptr_t(hr) + uintptr_t(1000003) * uintptr_t(hi);
  *out = intptr_t(h) == -1 ? -2 : intptr_t(h);
  return true;
}

Value slot_neg(ThreadState& ts, Value v) {
  return complex_new(ts, -as_complex(v)->real, -as_complex(v)->imag);
}

Value slot_pos(ThreadState& ts, Value v) {
  if (v.as_obj()->type == ts.vm->types.complex_) return v;
  return complex_new(ts, as_complex(v)->real, as_complex(v)->imag);
}

Value slot_abs(ThreadState& ts, Value v) {
  Complex* c = as_complex(v);
  if (std::isinf(c->real) || std::isinf(c->imag)) return float_new(ts, HUGE_VAL);
  if (std::isnan(c->real) || std::isnan(c->imag)) return float_new(ts, NAN);
  double r = std::hypot(c->real, c->imag);
  if (std::isinf(r)) return raise(ts, ts.vm->types.OverflowError, "absolute value too large");
  return float_new(ts, r);
}

int slot_bool(ThreadState&, Value v) { return as_complex(v)->real != 0 || as_complex(v)->imag != 0; }

// ---- complex(text) --------------------------------------------------------------------------

inline bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool starts_nocase(const char* p, const char* end, const char* word) {
  for (; *word; word++, p++) {
    if (p == end || (*p | 0x20) != *word) return false;
  }
  return true;
}

// Length of the float-looking token at p (sign included); 0 when there is none.
size_t float_token(const char* p, const char* end) {
  const char* q = p;
  if (q < end && (*q == '+' || *q == '-')) q++;
  for (const char* w : {"infinity", "inf", "nan"}) {
    if (starts_nocase(q, end, w)) return size_t(q - p) + std::char_traits<char>::length(w);
  }
  const char* digits = q;
  while (q < end && ((*q >= '0' && *q <= '9') || *q == '_' || *q == '.')) q++;
  if (q == digits) return 0;
  if (q < end && (*q == 'e' || *q == 'E')) {
    const char* e = q + 1;
    if (e < end && (*e == '+' || *e == '-')) e++;
    if (e < end && *e >= '0' && *e <= '9') {
      while (e < end && ((*e >= '0' && *e <= '9') || *e == '_')) e++;
      q = e;
    }
  }
  return size_t(q - p);
}

// 1 parsed, 0 malformed, -1 error pending.
int parse_complex(ThreadState& ts, const char* p, const char* end, C* out) {
  while (p < end && is_space(*p)) p++;
  while (end > p && is_space(end[-1])) end--;
  if (p < end && *p == '(') {
    if (end[-1] != ')') return 0;
    p++;
    end--;
    while (p < end && is_space(*p)) p++;
    while (end > p && is_space(end[-1])) end--;
  }
  *out = {0, 0};
  size_t n = float_token(p, end);
  double x = 0;
  if (n > 0) {
    int ok = float_parse_ascii(ts, p, n, &x);
    if (ok <= 0) return ok;
    p += n;
    if (p < end && (*p == 'j' || *p == 'J')) {
      out->im = x;
      return p + 1 == end;
    }
    out->re = x;
    if (p == end) return 1;
    if (*p != '+' && *p != '-') return 0;
  }
  // [sign] [float] j
  size_t m = float_token(p, end);
  double y = 1.0;
  if (m > 1 || (m == 1 && *p != '+' && *p != '-')) {
    int ok = float_parse_ascii(ts, p, m, &y);
    if (ok <= 0) return ok;
  } else if (p < end && (*p == '+' || *p == '-')) {
    y = *p == '-' ? -1.0 : 1.0;
    m = 1;
  }
  p += m;
  if (p >= end || (*p != 'j' && *p != 'J') || p + 1 != end) return 0;
  out->im = y;
  return 1;
}

Value complex_from_text(ThreadState& ts, Str* s) {
  const char* text = s->data;
  size_t n = s->nbytes;
  char* mapped = nullptr;
  if (!str_is_ascii(s)) {
    mapped = char_scratch(ts, n);
    if (!mapped) return Value::error();
    number_text_to_ascii(text, n, mapped, &n);
    text = mapped;
  }
  C c;
  int ok = parse_complex(ts, text, text + n, &c);
  if (ok < 0) return Value::error();
  if (ok == 0) return raise(ts, ts.vm->types.ValueError, "complex() arg is a malformed string");
  return complex_new(ts, c.re, c.im);
}

// A complex() argument that is a number: complex parts, or a real from float(x).
bool number_arg(ThreadState& ts, Value v, C* out, bool* is_complex_arg, const char* what) {
  *is_complex_arg = is_complex(ts, v);
  if (*is_complex_arg) {
    *out = {as_complex(v)->real, as_complex(v)->imag};
    return true;
  }
  bool num = false;
  out->im = 0;
  if (float_coerce(ts, v, &out->re, &num)) return true;
  if (num) return false;
  Type* t = v.as_obj()->type;
  if (t->to_float || t->index || (t->tflags & TF_HEAPTYPE)) {
    WEFT_TRY_BOOL(f, obj_to_float(ts, v));
    out->re = float_value(f);
    return true;
  }
  raise(ts, ts.vm->types.TypeError, "complex() %s must be a string or a number, not '%s'", what,
        type_name(ts, v));
  return false;
}

Value slot_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const NAMES[] = {"real", "imag"};
  static const ArgSpec SPEC = {"complex", NAMES, 2, 0, 2, 0};
  Value a[2];
  if (!args_parse(ts, SPEC, args, nargs, kwnames, a)) return Value::error();
  Value r = a[0], i = a[1];
  Value result;
  if (!r.is_error() && is_str(ts, r)) {
    if (!i.is_error()) {
      return raise(ts, ts.vm->types.TypeError, "complex() can't take second arg if first is a string");
    }
    result = complex_from_text(ts, as_str(r));
  } else if (!i.is_error() && is_str(ts, i)) {
    return raise(ts, ts.vm->types.TypeError, "complex() second arg can't be a string");
  } else {
    C cr{0, 0}, ci{0, 0};
    bool cr_complex = false, ci_complex = false;
    if (!r.is_error() && !number_arg(ts, r, &cr, &cr_complex, "first argument")) {
      return Value::error();
    }
    if (i.is_error()) {
      ci.re = cr.im;
    } else if (!number_arg(ts, i, &ci, &ci_complex, "second argument")) {
      return Value::error();
    }
    if (ci_complex) cr.re -= ci.im;
    if (cr_complex && !i.is_error()) ci.re += cr.im;
    result = complex_new(ts, cr.re, ci.re);
  }
  if (result.is_error() || type == ts.vm->types.complex_) return result;
  size_t size = type->basic_size > sizeof(Complex) ? type->basic_size : sizeof(Complex);
  auto* c = static_cast<Complex*>(gc_alloc(ts, type, size));
  if (!c) return Value::error();
  c->real = as_complex(result)->real;
  c->imag = as_complex(result)->imag;
  return Value::from_obj(c);
}

Value m_conjugate(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "conjugate", nargs, kw, 0, 0)) return Value::error();
  return complex_new(ts, as_complex(self)->real, -as_complex(self)->imag);
}

Value get_real(ThreadState& ts, Value self) { return float_new(ts, as_complex(self)->real); }
Value get_imag(ThreadState& ts, Value self) { return float_new(ts, as_complex(self)->imag); }

const MethodDef COMPLEX_METHODS[] = {
    {"conjugate", m_conjugate, 0, "Return the complex conjugate of its argument."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef COMPLEX_GETSETS[] = {
    {"real", get_real, nullptr},
    {"imag", get_imag, nullptr},
    {nullptr, nullptr, nullptr},
};

}  // namespace

bool is_complex(ThreadState& ts, Value v) {
  if (!v.is_obj()) return false;
  Type* t = v.as_obj()->type;
  return t == ts.vm->types.complex_ || t->kind == TypeKind::Complex;
}

Value complex_new(ThreadState& ts, double real, double imag) {
  Complex* c = gc_new<Complex>(ts, ts.vm->types.complex_);
  if (!c) return Value::error();
  c->real = real;
  c->imag = imag;
  return Value::from_obj(c);
}

Value complex_pow_from_floats(ThreadState& ts, double v, double w) {
  return pow_values(ts, {v, 0}, {w, 0});
}

Value complex_repr(ThreadState& ts, Value v) {
  Complex* c = as_complex(v);
  WEFT_TRY(im, float_to_text(ts, c->imag, 'r', 0, 0));
  StrBuf out(ts);
  // A real part of +0 is left out, with no parentheses: 1j, -2.5j.
  bool bare = c->real == 0 && !std::signbit(c->real);
  if (!bare) {
    WEFT_TRY(re, float_to_text(ts, c->real, 'r', 0, 0));
    out.append_char('(');
    out.append_str(as_str(re));
    if (as_str(im)->data[0] != '-') out.append_char('+');
  }
  out.append_str(as_str(im));
  out.append_char('j');
  if (!bare) out.append_char(')');
  return out.finish();
}

void complex_init_type(ThreadState& ts) {
  Type* t = ts.vm->types.complex_;
  t->basic_size = sizeof(Complex);
  t->tflags |= TF_BASETYPE | TF_IMMUTABLE;
  t->repr = complex_repr;
  t->hash = slot_hash;
  t->richcompare = slot_richcompare;
  t->new_ = slot_new;
  t->binary[BIN_ADD] = binary_slot<BIN_ADD>;
  t->binary[BIN_SUB] = binary_slot<BIN_SUB>;
  t->binary[BIN_MUL] = binary_slot<BIN_MUL>;
  t->binary[BIN_TRUEDIV] = binary_slot<BIN_TRUEDIV>;
  t->binary[BIN_POW] = binary_slot<BIN_POW>;
  t->neg = slot_neg;
  t->pos = slot_pos;
  t->abs_ = slot_abs;
  t->bool_ = slot_bool;
  if (!type_add_methods(ts, t, COMPLEX_METHODS)) return;
  if (!type_add_getsets(ts, t, COMPLEX_GETSETS)) return;
}

}  // namespace weft
