// Limb text conversion: the syntax of int(text, base) and conversion between digit strings and
// magnitudes. Power-of-two bases are linear; other bases work in chunks of digits per limb
// (quadratic, which the 4300-digit limit keeps instant).
#include "object/bigint.hpp"

namespace weft {

namespace {

inline bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// 0..35 for a digit or letter, 99 for anything else.
inline int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

inline bool has_prefix(const char* p, const char* end, char lower) {
  return end - p >= 2 && p[0] == '0' && (p[1] == lower || p[1] == lower - 32);
}

inline int pow2_bits(int base) {
  switch (base) {
    case 2: return 1;
    case 4: return 2;
    case 8: return 3;
    case 16: return 4;
    case 32: return 5;
    default: return 0;
  }
}

// The most digits of `base` whose value always fits in a limb, and base**that.
int digits_per_limb(int base, Limb* power) {
  DLimb p = 1;
  int k = 0;
  while (p * DLimb(base) <= 0xFFFFFFFFu) {
    p *= DLimb(base);
    k++;
  }
  if (power) *power = Limb(p);
  return k;
}

}  // namespace

IntScanStatus int_scan(const char* text, size_t n, int base, IntScan* out) {
  const char* p = text;
  const char* end = text + n;
  while (p < end && is_ascii_space(*p)) p++;
  if (p < end && (*p == '+' || *p == '-')) out->negative = *p++ == '-';
  bool zero_only = false;  // base 0 with a leading 0: the old octal form is only valid as 0
  if (base == 0) {
    base = has_prefix(p, end, 'x') ? 16 : has_prefix(p, end, 'o') ? 8
         : has_prefix(p, end, 'b') ? 2 : 10;
    zero_only = base == 10 && p < end && *p == '0';
  }
  if ((base == 16 && has_prefix(p, end, 'x')) || (base == 8 && has_prefix(p, end, 'o')) ||
      (base == 2 && has_prefix(p, end, 'b'))) {
    p += 2;
    if (p < end && *p == '_') p++;  // one underscore may follow the prefix
  }
  out->base = base;
  if (p < end && *p == '_') return IntScanStatus::INVALID;
  const char* start = p;
  size_t ndigits = 0;
  char prev = 0;
  bool nonzero = false;
  for (; p < end; p++) {
    if (*p == '_') {
      if (prev == '_') return IntScanStatus::INVALID;
    } else {
      int d = digit_value(*p);
      if (d >= base) break;
      nonzero |= d != 0;
      ndigits++;
    }
    prev = *p;
  }
  if (prev == '_' || ndigits == 0) return IntScanStatus::INVALID;
  out->digits = start;
  out->span = size_t(p - start);
  out->ndigits = ndigits;
  if (zero_only && nonzero) return IntScanStatus::INVALID;
  while (p < end && is_ascii_space(*p)) p++;
  return p == end ? IntScanStatus::OK : IntScanStatus::TRAILING;
}

size_t int_scan_limbs(const IntScan& scan) {
  return scan.ndigits / size_t(digits_per_limb(scan.base, nullptr)) + 2;
}

size_t mag_from_digits(const IntScan& scan, Limb* out) {
  size_t cap = int_scan_limbs(scan);
  for (size_t i = 0; i < cap; i++) out[i] = 0;
  const char* s = scan.digits;
  if (int bits = pow2_bits(scan.base)) {
    // Least significant digit first: OR each digit's bits in at the running position.
    uint64_t pos = 0;
    for (size_t i = scan.span; i-- > 0;) {
      if (s[i] == '_') continue;
      Limb d = Limb(digit_value(s[i]));
      size_t li = size_t(pos / LIMB_BITS);
      unsigned bo = unsigned(pos % LIMB_BITS);
      out[li] |= d << bo;
      if (bo + unsigned(bits) > unsigned(LIMB_BITS)) out[li + 1] |= d >> (LIMB_BITS - bo);
      pos += uint64_t(bits);
    }
    return mag_trim(out, cap);
  }
  Limb power = 0;
  int k = digits_per_limb(scan.base, &power);
  // The first chunk takes the odd digits so that every later one is exactly k digits long.
  size_t first = scan.ndigits % size_t(k);
  if (first == 0) first = size_t(k);
  size_t len = 0;
  Limb chunk = 0, scale = 1;
  size_t in_chunk = 0, want = first;
  for (size_t i = 0; i < scan.span; i++) {
    if (s[i] == '_') continue;
    chunk = chunk * Limb(scan.base) + Limb(digit_value(s[i]));
    scale *= Limb(scan.base);
    if (++in_chunk == want) {
      Limb carry = mag_mul_1(out, out, len, scale, chunk);
      if (carry) out[len++] = carry;
      chunk = 0;
      scale = 1;
      in_chunk = 0;
      want = size_t(k);
    }
  }
  return mag_trim(out, len);
}

size_t mag_text_capacity(size_t n, int base) {
  size_t per_limb = base == 2 ? 32 : base == 8 ? 11 : base == 16 ? 8 : 10;
  return n * per_limb + 1;
}

size_t mag_to_text(Limb* a, size_t n, int base, char* buf, size_t cap) {
  static const char DIGITS[] = "0123456789abcdef";
  size_t pos = cap;
  n = mag_trim(a, n);
  if (n == 0) {
    buf[--pos] = '0';
    return pos;
  }
  if (int bits = pow2_bits(base)) {
    uint64_t total = mag_bit_length(a, n);
    Limb mask = (Limb(1) << bits) - 1;
    for (uint64_t bit = 0; bit < total; bit += uint64_t(bits)) {
      size_t li = size_t(bit / LIMB_BITS);
      unsigned bo = unsigned(bit % LIMB_BITS);
      Limb d = a[li] >> bo;
      if (bo + unsigned(bits) > unsigned(LIMB_BITS) && li + 1 < n) d |= a[li + 1] << (LIMB_BITS - bo);
      buf[--pos] = DIGITS[d & mask];
    }
    return pos;
  }
  const Limb CHUNK = 1000000000;  // 10**9: nine decimal digits per division step
  while (n > 0) {
    Limb rem = mag_divmod_1(a, a, n, CHUNK);
    n = mag_trim(a, n);
    for (int i = 0; i < 9 && (n > 0 || rem != 0); i++) {
      buf[--pos] = char('0' + rem % 10);
      rem /= 10;
    }
  }
  return pos;
}

}  // namespace weft
