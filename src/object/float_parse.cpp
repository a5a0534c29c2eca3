// text -> float: float(text) with CPython's accepted forms (whitespace, underscores between
// digits, inf/infinity/nan in any case, Unicode digits), float.fromhex and float.hex.
#include <charconv>
#include <cmath>
#include <cstring>

#include "object/error.hpp"
#include "object/float_impl.hpp"
#include "object/int_impl.hpp"
#include "object/str.hpp"

namespace weft {

namespace {

inline bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool equals_nocase(const char* p, const char* end, const char* word) {
  size_t n = std::strlen(word);
  if (size_t(end - p) != n) return false;
  for (size_t i = 0; i < n; i++) {
    char c = p[i];
    if (c >= 'A' && c <= 'Z') c = char(c + 32);
    if (c != word[i]) return false;
  }
  return true;
}

// Parses inf/infinity/nan; returns false when the text is not one of them.
bool parse_special(const char* p, const char* end, bool neg, double* out) {
  if (equals_nocase(p, end, "inf") || equals_nocase(p, end, "infinity")) {
    *out = neg ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (equals_nocase(p, end, "nan")) {
    *out = neg ? -NAN : NAN;
    return true;
  }
  return false;
}

// Copies the decimal literal in [p, end) to `out` without underscores, checking the grammar
// digits ['.' digits] [('e'|'E') [sign] digits] where an underscore must sit between two digits.
// Sets *dec_exp to the decimal exponent of the first nonzero digit (for overflow/underflow).
bool clean_decimal(const char* p, const char* end, char* out, size_t* out_n, int64_t* dec_exp) {
  size_t k = 0, ndigits = 0;
  int64_t int_significant = 0, frac_zeros = 0;  // for the rough decimal exponent
  bool seen_point = false, nonzero = false;
  const char* q = p;
  for (; q < end; q++) {
    char c = *q;
    if (is_digit(c)) {
      out[k++] = c;
      ndigits++;
      if (!seen_point && (nonzero || c != '0')) int_significant++;
      if (seen_point && !nonzero && c == '0') frac_zeros++;
      nonzero |= c != '0';
    } else if (c == '_') {
      if (q == p || !is_digit(q[-1]) || q + 1 == end || !is_digit(q[1])) return false;
    } else if (c == '.' && !seen_point) {
      seen_point = true;
      out[k++] = c;
    } else {
      break;
    }
  }
  if (ndigits == 0) return false;
  int64_t exp = 0;
  if (q < end) {
    if (*q != 'e' && *q != 'E') return false;
    out[k++] = 'e';
    q++;
    bool negexp = q < end && *q == '-';
    if (q < end && (*q == '+' || *q == '-')) out[k++] = *q++;
    const char* digits = q;
    for (; q < end; q++) {
      if (is_digit(*q)) {
        out[k++] = *q;
        if (exp < 100000000) exp = exp * 10 + (*q - '0');
      } else if (*q != '_' || q == digits || !is_digit(q[-1]) || q + 1 == end || !is_digit(q[1])) {
        return false;
      }
    }
    if (q == digits) return false;
    if (negexp) exp = -exp;
  }
  *out_n = k;
  *dec_exp = (int_significant > 0 ? int_significant - 1 : -(frac_zeros + 1)) + exp;
  return true;
}

Value raise_not_float(ThreadState& ts, Value original, const char* text, size_t n) {
  if (original.is_error()) {
    original = str_new(ts, text, n);
    if (original.is_error()) return original;
  }
  return raise(ts, ts.vm->types.ValueError, "could not convert string to float: %R", original);
}

}  // namespace

int float_parse_ascii(ThreadState& ts, const char* text, size_t n, double* out) {
  const char* p = text;
  const char* end = text + n;
  while (p < end && is_space(*p)) p++;
  while (end > p && is_space(end[-1])) end--;
  bool neg = false;
  if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
  if (parse_special(p, end, neg, out)) return 1;
  char small[128];
  char* clean = size_t(end - p) + 2 <= sizeof(small) ? small : char_scratch(ts, size_t(end - p) + 2);
  if (!clean) return -1;
  size_t k = 0;
  int64_t dec_exp = 0;
  if (!clean_decimal(p, end, clean, &k, &dec_exp)) return 0;
  double d = 0;
  auto r = std::from_chars(clean, clean + k, d, std::chars_format::general);
  if (r.ptr != clean + k) return 0;
  // Out of range: from_chars leaves d alone; the first digit's decade says which way.
  if (r.ec == std::errc::result_out_of_range) d = dec_exp > 0 ? HUGE_VAL : 0.0;
  *out = neg ? -d : d;
  return 1;
}

Value float_parse_text(ThreadState& ts, const char* text, size_t n, Value original,
                       const char* orig_text, size_t orig_n) {
  double d = 0;
  int ok = float_parse_ascii(ts, text, n, &d);
  if (ok < 0) return Value::error();
  if (ok == 0) return raise_not_float(ts, original, orig_text, orig_n);
  return float_new(ts, d);
}

Value float_from_str(ThreadState& ts, const char* text, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (static_cast<unsigned char>(text[i]) >= 0x80) {
      char* mapped = char_scratch(ts, n);
      if (!mapped) return Value::error();
      size_t mapped_n = 0;
      number_text_to_ascii(text, n, mapped, &mapped_n);
      return float_parse_text(ts, mapped, mapped_n, Value::error(), text, n);
    }
  }
  return float_parse_text(ts, text, n, Value::error(), text, n);
}

// ---- hexadecimal ---------------------------------------------------------------------------

Value float_hex(ThreadState& ts, double x) {
  if (!std::isfinite(x)) {
    char buf[8];
    return str_new(ts, buf, float_repr_chars(x, buf));
  }
  if (x == 0) return str_from_cstr(ts, std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
  int e = 0;
  double m = std::frexp(std::fabs(x), &e);
  int shift = 1 - (-1021 - e > 0 ? -1021 - e : 0);
  m = std::ldexp(m, shift);
  e -= shift;
  static const char HEX[] = "0123456789abcdef";
  char buf[40];
  size_t k = 0;
  if (x < 0) buf[k++] = '-';
  buf[k++] = '0';
  buf[k++] = 'x';
  buf[k++] = HEX[int(m)];
  buf[k++] = '.';
  m -= int(m);
  for (int i = 0; i < 13; i++) {
    m *= 16.0;
    buf[k++] = HEX[int(m)];
    m -= int(m);
  }
  buf[k++] = 'p';
  buf[k++] = e < 0 ? '-' : '+';
  k = size_t(std::to_chars(buf + k, buf + sizeof(buf), e < 0 ? -e : e).ptr - buf);
  return str_new(ts, buf, k);
}

namespace {

inline int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Rounds m * 2**e (m != 0; `sticky` = nonzero bits below m were dropped) half-even to a double,
// subnormals included. False on overflow.
bool round_scaled(uint64_t m, int64_t e, bool sticky, double* out) {
  int top = 63 - __builtin_clzll(m);  // value's top bit is at 2**(top + e)
  int64_t msb = top + e;
  if (msb > 1023) return false;
  // Keep 53 bits, fewer in the subnormal range (the last one is 2**-1074).
  int64_t keep_from = msb >= -1022 ? msb - 52 : -1074;
  int64_t drop = keep_from - e;  // low bits of m to round away
  if (drop > 0) {
    uint64_t kept, half_bit, rest;
    if (drop > 64) {
      kept = 0;
      half_bit = 0;
      rest = 1;
    } else {
      kept = drop == 64 ? 0 : m >> drop;
      half_bit = (m >> (drop - 1)) & 1;
      rest = (drop > 1 ? (m & ((uint64_t(1) << (drop - 1)) - 1)) : 0) | uint64_t(sticky);
    }
    if (half_bit && (rest || (kept & 1))) kept++;
    m = kept;
    e += drop;
  }
  double d = std::ldexp(double(m), int(e));
  if (std::isinf(d)) return false;
  *out = d;
  return true;
}

}  // namespace

Value float_fromhex(ThreadState& ts, const char* text, size_t n) {
  const char* p = text;
  const char* end = text + n;
  while (p < end && is_space(*p)) p++;
  while (end > p && is_space(end[-1])) end--;
  bool neg = false;
  if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
  double d = 0;
  if (parse_special(p, end, neg, &d)) return float_new(ts, d);
  if (end - p >= 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) p += 2;
  // Mantissa: the first 16 significant hex digits exactly, the rest as a sticky bit.
  uint64_t m = 0;
  int used = 0;
  int64_t exp = 0;  // binary exponent adjustment from digits
  bool sticky = false, any = false, point = false;
  for (; p < end; p++) {
    if (*p == '.' && !point) {
      point = true;
      continue;
    }
    int v = hex_value(*p);
    if (v < 0) break;
    any = true;
    if (m == 0 && v == 0) {
      if (point) exp -= 4;
      continue;
    }
    if (used < 15) {
      m = m << 4 | uint64_t(v);
      used++;
      if (point) exp -= 4;
    } else {
      sticky |= v != 0;
      if (!point) exp += 4;
    }
  }
  if (!any) return raise(ts, ts.vm->types.ValueError, "invalid hexadecimal floating-point string");
  if (p < end && (*p == 'p' || *p == 'P')) {
    p++;
    bool eneg = false;
    if (p < end && (*p == '+' || *p == '-')) eneg = *p++ == '-';
    if (p == end || !is_digit(*p)) {
      return raise(ts, ts.vm->types.ValueError, "invalid hexadecimal floating-point string");
    }
    int64_t pe = 0;
    for (; p < end && is_digit(*p); p++) {
      if (pe < 100000000) pe = pe * 10 + (*p - '0');
    }
    exp += eneg ? -pe : pe;
  }
  if (p != end) return raise(ts, ts.vm->types.ValueError, "invalid hexadecimal floating-point string");
  if (m == 0) return float_new(ts, neg ? -0.0 : 0.0);
  if (!round_scaled(m, exp, sticky, &d)) {
    return raise(ts, ts.vm->types.OverflowError,
                 "hexadecimal value too large to represent as a float");
  }
  return float_new(ts, neg ? -d : d);
}

}  // namespace weft
