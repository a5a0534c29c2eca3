// Limb arithmetic: addition, subtraction, schoolbook and Karatsuba multiplication, shifts,
// two's-complement bitwise operations and conversion to and from double (see bigint.hpp).
#include <cmath>

#include "object/bigint.hpp"

namespace weft {

size_t mag_trim(const Limb* a, size_t n) {
  while (n > 0 && a[n - 1] == 0) n--;
  return n;
}

int mag_cmp(const Limb* a, size_t na, const Limb* b, size_t nb) {
  if (na != nb) return na < nb ? -1 : 1;
  for (size_t i = na; i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

uint64_t mag_bit_length(const Limb* a, size_t n) {
  if (n == 0) return 0;
  return uint64_t(n - 1) * LIMB_BITS + uint64_t(32 - __builtin_clz(a[n - 1]));
}

uint64_t mag_popcount(const Limb* a, size_t n) {
  uint64_t c = 0;
  for (size_t i = 0; i < n; i++) c += uint64_t(__builtin_popcount(a[i]));
  return c;
}

Limb mag_add(Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb) {
  Limb carry = 0;
  size_t i = 0;
  for (; i < nb; i++) {
    DLimb s = DLimb(a[i]) + b[i] + carry;
    r[i] = Limb(s);
    carry = Limb(s >> LIMB_BITS);
  }
  for (; i < na; i++) {
    DLimb s = DLimb(a[i]) + carry;
    r[i] = Limb(s);
    carry = Limb(s >> LIMB_BITS);
  }
  return carry;
}

Limb mag_sub(Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb) {
  Limb borrow = 0;
  size_t i = 0;
  for (; i < nb; i++) {
    DLimb d = DLimb(a[i]) - b[i] - borrow;
    r[i] = Limb(d);
    borrow = Limb(d >> 63);
  }
  for (; i < na; i++) {
    DLimb d = DLimb(a[i]) - borrow;
    r[i] = Limb(d);
    borrow = Limb(d >> 63);
  }
  return borrow;
}

Limb mag_add_1(Limb* a, size_t n, Limb x) {
  for (size_t i = 0; i < n && x != 0; i++) {
    DLimb s = DLimb(a[i]) + x;
    a[i] = Limb(s);
    x = Limb(s >> LIMB_BITS);
  }
  return x;
}

Limb mag_mul_1(Limb* r, const Limb* a, size_t n, Limb m, Limb add) {
  Limb carry = add;
  for (size_t i = 0; i < n; i++) {
    DLimb p = DLimb(a[i]) * m + carry;
    r[i] = Limb(p);
    carry = Limb(p >> LIMB_BITS);
  }
  return carry;
}

namespace {

// r[0..n) += a * m; returns the carry limb.
Limb addmul_1(Limb* r, const Limb* a, size_t n, Limb m) {
  Limb carry = 0;
  for (size_t i = 0; i < n; i++) {
    DLimb p = DLimb(a[i]) * m + r[i] + carry;
    r[i] = Limb(p);
    carry = Limb(p >> LIMB_BITS);
  }
  return carry;
}

void mul_schoolbook(Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb) {
  r[na] = mag_mul_1(r, a, na, b[0], 0);
  for (size_t j = 1; j < nb; j++) r[j + na] = addmul_1(r + j, a, na, b[j]);
}

void kmul(Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb, Limb* scratch);

// a much longer than b: multiply b by slices of a as long as b and add the partial products.
void kmul_unbalanced(Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb,
                     Limb* scratch) {
  Limb* part = scratch;  // 2 * nb limbs
  for (size_t i = 0; i < na + nb; i++) r[i] = 0;
  for (size_t i = 0; i < na; i += nb) {
    size_t len = na - i < nb ? na - i : nb;
    kmul(part, a + i, len, b, nb, scratch + 2 * nb);
    mag_add(r + i, r + i, na + nb - i, part, len + nb);
  }
}

// Karatsuba: with a = a1*B^m + a0 and b = b1*B^m + b0,
// a*b = z2*B^2m + ((a0+a1)(b0+b1) - z2 - z0)*B^m + z0.
void kmul(Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb, Limb* scratch) {
  if (na < nb) {
    const Limb* t = a;
    a = b;
    b = t;
    size_t tn = na;
    na = nb;
    nb = tn;
  }
  if (nb < KARATSUBA_CUTOFF) {
    mul_schoolbook(r, a, na, b, nb);
    return;
  }
  if (2 * nb <= na) {
    kmul_unbalanced(r, a, na, b, nb, scratch);
    return;
  }
  size_t m = na / 2, ha = na - m, hb = nb - m;  // nb > m, so b1 is not empty
  size_t len = ha + 1;
  Limb* t1 = scratch;
  Limb* t2 = t1 + len;
  Limb* z1 = t2 + len;
  Limb* rest = z1 + 2 * len;
  kmul(r, a, m, b, m, rest);
  kmul(r + 2 * m, a + m, ha, b + m, hb, rest);
  t1[ha] = mag_add(t1, a + m, ha, a, m);
  for (size_t i = 0; i < len; i++) t2[i] = 0;
  if (hb >= m) {
    t2[hb] = mag_add(t2, b + m, hb, b, m);
  } else {
    t2[m] = mag_add(t2, b, m, b + m, hb);
  }
  kmul(z1, t1, len, t2, len, rest);
  mag_sub(z1, z1, 2 * len, r, 2 * m);
  mag_sub(z1, z1, 2 * len, r + 2 * m, ha + hb);
  size_t zn = mag_trim(z1, 2 * len);
  mag_add(r + m, r + m, na + nb - m, z1, zn);
}

}  // namespace

size_t mag_mul_scratch(size_t n) {
  size_t s = 0;
  while (n >= KARATSUBA_CUTOFF) {
    size_t len = n - n / 2 + 1;
    s += 4 * len;
    n = len;
  }
  return s;
}

void mag_mul(Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb, Limb* scratch) {
  if (na == 0 || nb == 0) {
    for (size_t i = 0; i < na + nb; i++) r[i] = 0;
    return;
  }
  kmul(r, a, na, b, nb, scratch);
}

Limb mag_shl(Limb* r, const Limb* a, size_t n, unsigned bits) {
  if (bits == 0) {
    for (size_t i = n; i-- > 0;) r[i] = a[i];
    return 0;
  }
  Limb out = a[n - 1] >> (LIMB_BITS - bits);
  for (size_t i = n - 1; i > 0; i--) r[i] = (a[i] << bits) | (a[i - 1] >> (LIMB_BITS - bits));
  r[0] = a[0] << bits;
  return out;
}

Limb mag_shr(Limb* r, const Limb* a, size_t n, unsigned bits) {
  if (bits == 0) {
    for (size_t i = 0; i < n; i++) r[i] = a[i];
    return 0;
  }
  Limb out = a[0] << (LIMB_BITS - bits);
  for (size_t i = 0; i + 1 < n; i++) r[i] = (a[i] >> bits) | (a[i + 1] << (LIMB_BITS - bits));
  r[n - 1] = a[n - 1] >> bits;
  return out;
}

bool mag_low_bits_nonzero(const Limb* a, size_t n, uint64_t bits) {
  size_t full = bits / LIMB_BITS < n ? size_t(bits / LIMB_BITS) : n;
  for (size_t i = 0; i < full; i++) {
    if (a[i]) return true;
  }
  unsigned part = unsigned(bits % LIMB_BITS);
  return full < n && part != 0 && (a[full] & ((Limb(1) << part) - 1)) != 0;
}

namespace {

// One limb of the infinite two's-complement form of a signed magnitude; `carry` (starting at 1)
// carries the +1 of the negation ~a + 1 upward.
inline Limb twos_limb(const Limb* a, size_t n, size_t i, bool neg, Limb& carry) {
  Limb x = i < n ? a[i] : 0;
  if (!neg) return x;
  DLimb s = DLimb(Limb(~x)) + carry;
  carry = Limb(s >> LIMB_BITS);
  return Limb(s);
}

}  // namespace

bool mag_bitwise(Limb* r, char op, const Limb* a, size_t na, bool neg_a, const Limb* b,
                 size_t nb, bool neg_b) {
  bool neg_r = op == '&' ? (neg_a && neg_b) : op == '|' ? (neg_a || neg_b) : (neg_a != neg_b);
  size_t n = na > nb ? na : nb;
  Limb ca = 1, cb = 1, cr = 1;
  for (size_t i = 0; i <= n; i++) {
    Limb x = twos_limb(a, na, i, neg_a, ca);
    Limb y = twos_limb(b, nb, i, neg_b, cb);
    Limb z = op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y);
    // Back to a magnitude: |z| = ~z + 1 for a negative result.
    r[i] = twos_limb(&z, 1, 0, neg_r, cr);
  }
  return neg_r;
}

namespace {

// The 64 bits of a starting at bit `shift` (bits beyond the top read as zero).
uint64_t extract64(const Limb* a, size_t n, uint64_t shift) {
  size_t li = size_t(shift / LIMB_BITS);
  unsigned bo = unsigned(shift % LIMB_BITS);
  uint64_t x = 0;
  for (unsigned k = 0; k < 3 && li + k < n; k++) {
    uint64_t limb = a[li + k];
    int pos = int(k * LIMB_BITS) - int(bo);
    if (pos < 0) {
      x |= limb >> -pos;
    } else if (pos < 64) {
      x |= limb << pos;
    }
  }
  return x;
}

}  // namespace

bool mag_to_double(const Limb* a, size_t n, double* out) {
  uint64_t bits = mag_bit_length(a, n);
  if (bits <= 64) {
    *out = double(extract64(a, n, 0));  // integer-to-double conversion rounds half-even
    return true;
  }
  if (bits > 1025) return false;
  uint64_t shift = bits - 64;
  uint64_t top = extract64(a, n, shift);
  // The 11 bits below the double's 53 decide the rounding; a sticky 1 in the lowest one stands
  // for every discarded bit so that ties round correctly.
  if (mag_low_bits_nonzero(a, n, shift)) top |= 1;
  double d = std::ldexp(double(top), int(shift));
  if (std::isinf(d)) return false;
  *out = d;
  return true;
}

size_t mag_from_double(double d, Limb* out) {
  for (size_t i = 0; i < MAG_DOUBLE_LIMBS; i++) out[i] = 0;
  int e = 0;
  double m = std::frexp(std::fabs(d), &e);  // |d| = m * 2**e, 0.5 <= m < 1
  if (m == 0 || e <= 0) return 0;
  uint64_t mant = uint64_t(std::ldexp(m, 53));
  if (e <= 53) {
    mant >>= (53 - e);
    out[0] = Limb(mant);
    out[1] = Limb(mant >> 32);
    return mag_trim(out, 2);
  }
  unsigned shift = unsigned(e - 53);
  size_t li = shift / LIMB_BITS;
  unsigned bo = shift % LIMB_BITS;
  uint64_t lo = mant << bo, hi = bo ? mant >> (64 - bo) : 0;
  out[li] = Limb(lo);
  out[li + 1] = Limb(lo >> 32);
  out[li + 2] = Limb(hi);
  return mag_trim(out, li + 3);
}

}  // namespace weft
