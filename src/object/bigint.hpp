// The limb arithmetic under int: pure functions over little-endian arrays of 32-bit limbs
// ("magnitudes"). No GC, no ThreadState, no allocation: callers pass output and scratch arrays
// sized as each function documents, so the same code runs (and is unit-tested) on 32- and 64-bit.
#pragma once

#include <cstddef>
#include <cstdint>

namespace weft {

using Limb = uint32_t;
using DLimb = uint64_t;
inline constexpr int LIMB_BITS = 32;

// Below this many limbs (of the shorter operand) multiplication is schoolbook.
inline constexpr size_t KARATSUBA_CUTOFF = 40;

// ---- basics (bigint_arith.cpp) -------------------------------------------------------------
// Length of `a` without its leading zero limbs.
size_t mag_trim(const Limb* a, size_t n);
// Compares two trimmed magnitudes: -1, 0, 1.
int mag_cmp(const Limb* a, size_t na, const Limb* b, size_t nb);
// Bit length of a trimmed magnitude (0 for zero).
uint64_t mag_bit_length(const Limb* a, size_t n);
uint64_t mag_popcount(const Limb* a, size_t n);

// r[0..na) = a + b, na >= nb; returns the carry out (r may alias a).
Limb mag_add(Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb);
// r[0..na) = a - b, requires a >= b and na >= nb; returns the borrow, 0 when the
// precondition holds (r may alias a).
Limb mag_sub(Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb);
// a[0..n) += x with carry propagation; returns the carry out.
Limb mag_add_1(Limb* a, size_t n, Limb x);
// r[0..n) = a * m + add; returns the carry limb (r may alias a).
Limb mag_mul_1(Limb* r, const Limb* a, size_t n, Limb m, Limb add);

// r[0..na+nb) = a * b. r must not overlap a or b. `scratch` holds mag_mul_scratch(max(na, nb))
// limbs (Karatsuba's temporaries; unused below KARATSUBA_CUTOFF).
void mag_mul(Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb, Limb* scratch);
size_t mag_mul_scratch(size_t n);

// r[0..n) = a << bits (bits < 32); returns the bits shifted out at the top (r may alias a).
Limb mag_shl(Limb* r, const Limb* a, size_t n, unsigned bits);
// r[0..n) = a >> bits (bits < 32); returns the bits shifted out at the bottom, left-aligned
// (r may alias a).
Limb mag_shr(Limb* r, const Limb* a, size_t n, unsigned bits);
// True when any of the lowest `bits` bits of a is set.
bool mag_low_bits_nonzero(const Limb* a, size_t n, uint64_t bits);

// Bitwise op ('&', '|', '^') on two's-complement values of infinite width given as sign and
// magnitude. r has max(na, nb) + 1 limbs and receives the magnitude of the result; returns
// true when the result is negative.
bool mag_bitwise(Limb* r, char op, const Limb* a, size_t na, bool neg_a, const Limb* b,
                 size_t nb, bool neg_b);

// ---- doubles (bigint_arith.cpp) ------------------------------------------------------------
// The trimmed magnitude as a correctly rounded (half-even) double; false when it rounds to
// 2**1024 or beyond.
bool mag_to_double(const Limb* a, size_t n, double* out);
// Magnitude of an integral finite |d| into out (MAG_DOUBLE_LIMBS limbs); returns the trimmed length.
inline constexpr size_t MAG_DOUBLE_LIMBS = 33;
size_t mag_from_double(double d, Limb* out);

// ---- division (bigint_div.cpp) -------------------------------------------------------------
// q[0..n) = a / d, returns a % d (q may alias a). d != 0.
Limb mag_divmod_1(Limb* q, const Limb* a, size_t n, Limb d);
// Knuth's algorithm D. a and b trimmed, nb >= 2, na >= nb. q gets na - nb + 1 limbs (may be
// nullptr when only the remainder is wanted), r gets nb limbs (may be nullptr). `scratch` holds
// mag_divmod_scratch(na, nb) limbs. q may alias a (copied to scratch first); r may not.
void mag_divmod(Limb* q, Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb,
                Limb* scratch);
inline size_t mag_divmod_scratch(size_t na, size_t nb) { return na + 1 + nb; }

// ---- text (bigint_str.cpp) -----------------------------------------------------------------
// The syntax of int(text, base) on ASCII text (callers map other digits and spaces first).
// TRAILING: the digits were well-formed but other text follows them (CPython applies the
// digit-count limit before reporting that).
enum class IntScanStatus { OK, INVALID, TRAILING };
struct IntScan {
  bool negative = false;
  int base = 10;             // resolved base (2..36) after a base-0 prefix
  const char* digits = nullptr;  // the digit span, still containing single underscores
  size_t span = 0;           // bytes of that span
  size_t ndigits = 0;        // digits in it (underscores excluded)
};
// Strips whitespace, sign, prefix ("0x" etc. for base 0 or the matching base) and checks
// underscores and digits as CPython's PyLong_FromString. `base` is 0 or 2..36.
IntScanStatus int_scan(const char* text, size_t n, int base, IntScan* out);
// Limbs enough for the value of a scanned digit string.
size_t int_scan_limbs(const IntScan& scan);
// Converts the scanned digits into out (int_scan_limbs limbs); returns the trimmed length.
size_t mag_from_digits(const IntScan& scan, Limb* out);

// Characters mag_to_text may write (no sign or prefix) in `base` (2, 8, 10 or 16).
size_t mag_text_capacity(size_t n, int base);
// Writes the digits of a (lowercase, at least "0") at the END of buf[0..cap) and returns the
// offset of the first one. Base 10 consumes `a` (divided down in place); other bases leave it.
size_t mag_to_text(Limb* a, size_t n, int base, char* buf, size_t cap);

}  // namespace weft
