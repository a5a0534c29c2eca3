// float -> text: repr (shortest round-trip digits), CPython's PyOS_double_to_string rules for
// 'e' 'f' 'g' 'r', float.__format__, and round(x, n). std::to_chars supplies correctly rounded
// digits (exact half-even on the binary value); this file only lays them out as CPython does.
#include <charconv>
#include <cmath>
#include <cstring>

#include "object/error.hpp"
#include "object/float.hpp"
#include "object/format_spec.hpp"
#include "object/int_impl.hpp"
#include "object/str.hpp"

namespace weft {

namespace {

// Room for any layout of a double with `precision` digits after the point (a finite double
// has at most 309 integer digits).
size_t text_capacity(int precision) { return size_t(precision) + 340; }

// Parses to_chars' scientific output "d[.ddd]e±XX" into its digits and decimal exponent.
void split_scientific(const char* s, const char* end, char* digits, int* nd, int* exp) {
  int n = 0;
  const char* p = s;
  for (; p < end && *p != 'e'; p++) {
    if (*p != '.') digits[n++] = *p;
  }
  *nd = n;
  int e = 0;
  std::from_chars(p + 1 + (p[1] == '+'), end, e);
  *exp = e;
}

// Lays out digits D[0..n) with value D[0].D[1..] * 10**x: scientific ("1.5e+300") or positional,
// with CPython's alternate-form and ".0" rules.
size_t layout(const char* D, int n, int x, bool use_exp, bool alt, bool dot0, bool upper,
              char* out) {
  size_t k = 0;
  if (use_exp) {
    out[k++] = D[0];
    if (n > 1 || alt) out[k++] = '.';
    for (int i = 1; i < n; i++) out[k++] = D[i];
    out[k++] = upper ? 'E' : 'e';
    out[k++] = x < 0 ? '-' : '+';
    int ax = x < 0 ? -x : x;
    if (ax < 10) out[k++] = '0';
    auto r = std::to_chars(out + k, out + k + 8, ax);
    return size_t(r.ptr - out);
  }
  if (x >= 0) {
    for (int i = 0; i <= x; i++) out[k++] = i < n ? D[i] : '0';
  } else {
    out[k++] = '0';
  }
  int frac_start = x >= 0 ? x + 1 : 0;
  if (n > frac_start || x < 0) {
    out[k++] = '.';
    for (int i = x + 1; i < 0; i++) out[k++] = '0';
    for (int i = frac_start; i < n; i++) out[k++] = D[i];
  } else if (dot0) {
    out[k++] = '.';
    out[k++] = '0';
  } else if (alt) {
    out[k++] = '.';
  }
  return k;
}

void to_upper(char* s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (s[i] >= 'a' && s[i] <= 'z') s[i] = char(s[i] - 32);
  }
}

// |a| formatted as PyOS_double_to_string(a, type, precision, flags) without the sign.
// `out` and `tmp` hold text_capacity(precision) bytes each.
size_t format_abs(double a, char type, int precision, unsigned flags, char* out, char* tmp) {
  bool upper = type == 'E' || type == 'F' || type == 'G';
  bool alt = (flags & FLOAT_FMT_ALT) != 0, dot0 = (flags & FLOAT_FMT_ADD_DOT_0) != 0;
  char lower = upper ? char(type + 32) : type;
  size_t cap = text_capacity(precision);
  if (!std::isfinite(a)) {
    std::memcpy(out, std::isnan(a) ? "nan" : "inf", 3);
    if (upper) to_upper(out, 3);
    return 3;
  }
  if (lower == 'f' || lower == 'e') {
    auto fmt = lower == 'f' ? std::chars_format::fixed : std::chars_format::scientific;
    size_t k = size_t(std::to_chars(out, out + cap, a, fmt, precision).ptr - out);
    if (alt && precision == 0) {
      size_t at = lower == 'f' ? k : 1;  // "2." / "1.e+00"
      std::memmove(out + at + 1, out + at, k - at);
      out[at] = '.';
      k++;
    }
    if (upper) to_upper(out, k);
    return k;
  }
  int nd = 0, x = 0;
  bool use_exp;
  if (lower == 'r') {
    auto r = std::to_chars(out, out + cap, a, std::chars_format::scientific);
    split_scientific(out, r.ptr, tmp, &nd, &x);
    use_exp = x < -4 || x >= 16;
  } else {  // 'g'
    int p = precision == 0 ? 1 : precision;
    auto r = std::to_chars(out, out + cap, a, std::chars_format::scientific, p - 1);
    split_scientific(out, r.ptr, tmp, &nd, &x);
    use_exp = x < -4 || x >= (dot0 ? p - 1 : p);
    if (!alt) {
      while (nd > 1 && tmp[nd - 1] == '0') nd--;
    }
  }
  size_t k = layout(tmp, nd, x, use_exp, alt, dot0, upper, out);
  return k;
}

// True when the formatted digits (before any exponent) are all zero: "-0.00" shows as "0.00"
// under the 'z' option.
bool digits_all_zero(const char* s, size_t n) {
  for (size_t i = 0; i < n && s[i] != 'e' && s[i] != 'E'; i++) {
    if (s[i] >= '1' && s[i] <= '9') return false;
  }
  return true;
}

// Text buffers: on the C++ stack when small, else GC scratch.
struct TextBuffers {
  char small[2][400];
  char* out;
  char* tmp;
  bool init(ThreadState& ts, int precision) {
    size_t cap = text_capacity(precision);
    if (cap <= sizeof(small[0])) {
      out = small[0];
      tmp = small[1];
      return true;
    }
    out = char_scratch(ts, 2 * cap);
    tmp = out ? out + cap : nullptr;
    return out != nullptr;
  }
};

}  // namespace

size_t float_repr_chars(double d, char* buf) {
  size_t k = 0;
  if (std::signbit(d) && !std::isnan(d)) buf[k++] = '-';
  char out[40], tmp[40];
  size_t n = format_abs(std::fabs(d), 'r', 0, FLOAT_FMT_ADD_DOT_0, out, tmp);
  std::memcpy(buf + k, out, n);
  return k + n;
}

Value float_repr(ThreadState& ts, Value v) {
  char buf[40];
  size_t n = float_repr_chars(float_value(v), buf);
  return str_new(ts, buf, n);
}

Value float_to_text(ThreadState& ts, double d, char type, int precision, unsigned flags) {
  TextBuffers b;
  if (!b.init(ts, precision)) return Value::error();
  size_t n = format_abs(std::fabs(d), type, precision, flags, b.out + 1, b.tmp);
  bool neg = std::signbit(d) && !std::isnan(d);
  if (neg) b.out[0] = '-';
  return str_new(ts, neg ? b.out : b.out + 1, neg ? n + 1 : n);
}

Value float_format(ThreadState& ts, double d, const FormatSpec& spec) {
  uint32_t t = spec.type;
  unsigned flags = spec.alternate ? unsigned(FLOAT_FMT_ALT) : 0u;
  int precision = spec.precision < 0 ? 6 : int(spec.precision);
  char type;
  switch (t) {
    case 0:
      // No type: repr's digits, or 'g' with at least one digit after the point.
      flags |= FLOAT_FMT_ADD_DOT_0;
      type = spec.precision < 0 ? 'r' : 'g';
      precision = spec.precision < 0 ? 0 : precision;
      break;
    case 'n': type = 'g'; break;
    case '%': type = 'f'; d *= 100; break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': type = char(t); break;
    default: format_check_unknown(ts, spec, "float"); return Value::error();
  }
  if (spec.precision > 0x7FFFFFFF - 400) {
    return raise(ts, ts.vm->types.ValueError, "precision too big");
  }
  if (t == 'n' && !format_check_grouping(ts, spec, false)) return Value::error();
  TextBuffers b;
  if (!b.init(ts, precision)) return Value::error();
  size_t n = format_abs(std::fabs(d), type, precision, flags, b.out, b.tmp);
  if (t == '%') b.out[n++] = '%';
  bool neg = std::signbit(d) && !std::isnan(d);
  if (neg && spec.no_neg_zero && std::isfinite(d) && digits_all_zero(b.out, n)) neg = false;
  const char* sign = neg ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
  // Grouping applies to the digits before the point or exponent.
  size_t int_len = 0;
  while (int_len < n && b.out[int_len] >= '0' && b.out[int_len] <= '9') int_len++;
  return format_number_layout(ts, spec, sign, "", std::string_view(b.out, int_len),
                              std::string_view(b.out + int_len, n - int_len), 3);
}

Value float_round(ThreadState& ts, double d, intptr_t ndigits) {
  // Beyond these, the result is x itself or a zero (CPython's NDIGITS_MAX / NDIGITS_MIN).
  if (!std::isfinite(d) || ndigits > 323 || d == 0) return float_new(ts, d);
  if (ndigits < -308) return float_new(ts, 0.0 * d);
  if (ndigits >= 0) {
    // The decimal text rounded at that digit is exact and half-even; parse it back.
    char buf[700];
    auto r = std::to_chars(buf, buf + sizeof(buf), d, std::chars_format::fixed, int(ndigits));
    double back = 0;
    std::from_chars(buf, r.ptr, back);
    return float_new(ts, back);
  }
  // Rounding to tens, hundreds...: exactly, on |d| = m * 2**e as integers.
  int e = 0;
  double m = std::frexp(std::fabs(d), &e);
  WEFT_TRY(mant, int_from_double(ts, std::ldexp(m, 53)));
  e -= 53;
  WEFT_TRY(scale, int_pow(ts, Value::from_int(10), Value::from_int(-ndigits), Value::error()));
  Value num = mant, den = scale;
  if (e >= 0) {
    num = int_lshift(ts, mant, Value::from_int(e));
  } else {
    den = int_lshift(ts, scale, Value::from_int(-e));
  }
  if (num.is_error() || den.is_error()) return Value::error();
  WEFT_TRY(q, int_div_round_half_even(ts, num, den));
  WEFT_TRY(rounded, int_mul(ts, q, scale));
  double out = 0;
  if (!int_to_double(ts, rounded, &out)) {
    take_pending(ts);
    return raise(ts, ts.vm->types.OverflowError, "rounded value too large to represent");
  }
  return float_new(ts, std::copysign(out, d));
}

}  // namespace weft
