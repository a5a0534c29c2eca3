// Limb division: by one limb, and Knuth's algorithm D (TAOCP vol. 2, 4.3.1) for longer divisors.
// Both use a 64-by-32-bit division per step, which 32-bit targets get from their runtime library.
#include "object/bigint.hpp"

namespace weft {

Limb mag_divmod_1(Limb* q, const Limb* a, size_t n, Limb d) {
  DLimb rem = 0;
  for (size_t i = n; i-- > 0;) {
    DLimb cur = (rem << LIMB_BITS) | a[i];
    q[i] = Limb(cur / d);
    rem = cur % d;
  }
  return Limb(rem);
}

namespace {

// u[j..j+n] -= qhat * v[0..n); returns true when that went negative.
bool submul(Limb* u, const Limb* v, size_t n, Limb qhat) {
  Limb borrow = 0, carry = 0;
  for (size_t i = 0; i < n; i++) {
    DLimb p = DLimb(qhat) * v[i] + carry;
    carry = Limb(p >> LIMB_BITS);
    DLimb d = DLimb(u[i]) - Limb(p) - borrow;
    u[i] = Limb(d);
    borrow = Limb(d >> 63);
  }
  DLimb d = DLimb(u[n]) - carry - borrow;
  u[n] = Limb(d);
  return (d >> 63) != 0;
}

// u[0..n] += v[0..n) (the add-back step after qhat was one too large; the carry out of u[n]
// cancels the earlier borrow).
void addback(Limb* u, const Limb* v, size_t n) {
  Limb carry = mag_add(u, u, n, v, n);
  u[n] += carry;
}

}  // namespace

void mag_divmod(Limb* q, Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb,
                Limb* scratch) {
  // Normalise so that the divisor's top bit is set; then each estimated qhat is at most 2 too big.
  unsigned s = unsigned(__builtin_clz(b[nb - 1]));
  Limb* v = scratch;
  Limb* u = scratch + nb;
  mag_shl(v, b, nb, s);
  u[na] = mag_shl(u, a, na, s);
  const DLimb base = DLimb(1) << LIMB_BITS;
  for (size_t j = na - nb + 1; j-- > 0;) {
    DLimb num = (DLimb(u[j + nb]) << LIMB_BITS) | u[j + nb - 1];
    DLimb qhat = num / v[nb - 1];
    DLimb rhat = num % v[nb - 1];
    while (qhat >= base || qhat * v[nb - 2] > ((rhat << LIMB_BITS) | u[j + nb - 2])) {
      qhat--;
      rhat += v[nb - 1];
      if (rhat >= base) break;
    }
    if (submul(u + j, v, nb, Limb(qhat))) {
      qhat--;
      addback(u + j, v, nb);
    }
    if (q) q[j] = Limb(qhat);
  }
  if (r) mag_shr(r, u, nb, s);
}

}  // namespace weft
