// int <-> text: int(text, base) with CPython's syntax, Unicode digits and the 4300-digit limit,
// and str()/bin()/oct()/hex() of ints.
#include "object/error.hpp"
#include "object/int_impl.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"

namespace weft {

namespace {

// The zero of every run of ten Unicode decimal digits (category Nd) outside ASCII.
constexpr uint32_t UNICODE_DIGIT_ZEROS[] = {
    0x660,   0x6F0,   0x7C0,   0x966,   0x9E6,   0xA66,   0xAE6,   0xB66,   0xBE6,   0xC66,
    0xCE6,   0xD66,   0xDE6,   0xE50,   0xED0,   0xF20,   0x1040,  0x1090,  0x17E0,  0x1810,
    0x1946,  0x19D0,  0x1A80,  0x1A90,  0x1B50,  0x1BB0,  0x1C40,  0x1C50,  0xA620,  0xA8D0,
    0xA900,  0xA9D0,  0xA9F0,  0xAA50,  0xABF0,  0xFF10,  0x104A0, 0x10D30, 0x11066, 0x110F0,
    0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950,
    0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC,
    0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
};

// Non-ASCII code points for which str.isspace() is true.
constexpr uint32_t UNICODE_SPACES[] = {
    0x85,   0xA0,   0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
    0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
};

char map_code_point(uint32_t cp) {
  for (uint32_t z : UNICODE_DIGIT_ZEROS) {
    if (cp >= z && cp < z + 10) return char('0' + (cp - z));
  }
  for (uint32_t s : UNICODE_SPACES) {
    if (cp == s) return ' ';
  }
  return '?';
}

// Decodes one code point of valid UTF-8 at p; advances p.
uint32_t next_code_point(const unsigned char*& p) {
  uint32_t c = *p++;
  if (c < 0xE0) return ((c & 0x1F) << 6) | (*p++ & 0x3F);
  if (c < 0xF0) {
    uint32_t cp = ((c & 0x0F) << 12) | ((p[0] & 0x3Fu) << 6) | (p[1] & 0x3Fu);
    p += 2;
    return cp;
  }
  uint32_t cp = ((c & 0x07) << 18) | ((p[0] & 0x3Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
  p += 3;
  return cp;
}

constexpr bool is_pow2_base(int base) { return (base & (base - 1)) == 0; }

// `original` is the str or bytes argument; error() means "a str of orig_text".
Value raise_invalid_literal(ThreadState& ts, int base, Value original, const char* orig_text,
                            size_t orig_n) {
  if (original.is_error()) {
    original = str_new(ts, orig_text, orig_n);
    if (original.is_error()) return original;
  }
  WEFT_TRY(shown, repr_for_message(ts, original));
  return raise(ts, ts.vm->types.ValueError, "invalid literal for int() with base %d: %U", base,
               as_str(shown));
}

Value parse_ascii(ThreadState& ts, const char* text, size_t n, int base, Value original,
                  const char* orig_text, size_t orig_n) {
  IntScan scan;
  IntScanStatus status = int_scan(text, n, base, &scan);
  if (status == IntScanStatus::INVALID) {
    return raise_invalid_literal(ts, base, original, orig_text, orig_n);
  }
  if (!is_pow2_base(scan.base) && scan.ndigits > size_t(INT_MAX_STR_DIGITS)) {
    return raise(ts, ts.vm->types.ValueError,
                 "Exceeds the limit (%d digits) for integer string conversion: value has %zu "
                 "digits; use sys.set_int_max_str_digits() to increase the limit",
                 INT_MAX_STR_DIGITS, scan.ndigits);
  }
  if (status == IntScanStatus::TRAILING) {
    return raise_invalid_literal(ts, base, original, orig_text, orig_n);
  }
  if (scan.base == 10 && scan.ndigits <= 18) {
    int64_t v = 0;
    for (size_t i = 0; i < scan.span; i++) {
      if (scan.digits[i] != '_') v = v * 10 + (scan.digits[i] - '0');
    }
    return int_from_i64(ts, scan.negative ? -v : v);
  }
  size_t cap = int_scan_limbs(scan);
  BigInt* r = bigint_alloc(ts, cap);
  if (!r) return Value::error();
  size_t len = mag_from_digits(scan, r->digits);
  return bigint_finish(r, len, scan.negative);
}

}  // namespace

bool number_text_to_ascii(const char* text, size_t n, char* out, size_t* out_n) {
  size_t i = 0;
  while (i < n && static_cast<unsigned char>(text[i]) < 0x80) i++;
  if (i == n) return false;
  auto p = reinterpret_cast<const unsigned char*>(text);
  auto end = p + n;
  size_t k = 0;
  while (p < end) {
    if (*p < 0x80) {
      out[k++] = char(*p++);
    } else {
      out[k++] = map_code_point(next_code_point(p));
    }
  }
  *out_n = k;
  return true;
}

Value repr_for_message(ThreadState& ts, Value v) {
  WEFT_TRY(r, obj_repr(ts, v));
  Str* s = as_str(r);
  return s->length > 200 ? str_slice(ts, s, 0, 200) : r;
}

Value int_parse_text(ThreadState& ts, const char* text, size_t n, int base, Value original) {
  return parse_ascii(ts, text, n, base, original, nullptr, 0);
}

Value int_from_str(ThreadState& ts, const char* text, size_t n, int base) {
  char* mapped = nullptr;
  size_t mapped_n = 0;
  for (size_t i = 0; i < n; i++) {
    if (static_cast<unsigned char>(text[i]) >= 0x80) {
      mapped = char_scratch(ts, n);
      if (!mapped) return Value::error();
      number_text_to_ascii(text, n, mapped, &mapped_n);
      break;
    }
  }
  if (mapped) return parse_ascii(ts, mapped, mapped_n, base, Value::error(), text, n);
  return parse_ascii(ts, text, n, base, Value::error(), text, n);
}

Value int_to_str(ThreadState& ts, Value v, int base) {
  const char* prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
  IntView w(v);
  if (base == 10 && w.n > 0) {
    // Reject before converting when the bit length alone proves too many digits
    // (0.30102 < log10(2), so this never rejects a number that is within the limit).
    uint64_t bits = mag_bit_length(w.d, w.n);
    if ((bits - 1) * 30102 / 100000 >= uint64_t(INT_MAX_STR_DIGITS)) goto too_long;
  }
  {
    size_t cap = mag_text_capacity(w.n, base) + 3;
    char small_buf[80];
    char* buf = cap <= sizeof(small_buf) ? small_buf : char_scratch(ts, cap);
    if (!buf) return Value::error();
    Limb* work = const_cast<Limb*>(w.d);
    if (base == 10 && w.n > 0) {
      Limb local[SMALL_INT_LIMBS + 1];
      work = w.n <= SMALL_INT_LIMBS ? local : limb_scratch(ts, w.n);  // base 10 consumes its input
      if (!work) return Value::error();
      for (size_t i = 0; i < w.n; i++) work[i] = w.d[i];
      size_t pos = mag_to_text(work, w.n, 10, buf, cap);
      if (cap - pos > size_t(INT_MAX_STR_DIGITS)) goto too_long;
      if (w.neg) buf[--pos] = '-';
      return str_new(ts, buf + pos, cap - pos);
    }
    size_t pos = mag_to_text(work, w.n, base, buf, cap);
    for (size_t i = 2; i-- > 0 && prefix[0];) buf[--pos] = prefix[i];
    if (w.neg) buf[--pos] = '-';
    return str_new(ts, buf + pos, cap - pos);
  }
too_long:
  return raise(ts, ts.vm->types.ValueError,
               "Exceeds the limit (%d digits) for integer string conversion; use "
               "sys.set_int_max_str_digits() to increase the limit",
               INT_MAX_STR_DIGITS);
}

}  // namespace weft
