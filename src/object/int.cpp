// int objects: BigInt allocation and normalisation, conversions to and from C numbers and
// doubles, comparison and CPython's numeric hash. Arithmetic is in int_arith.cpp, int_bits.cpp
// and int_pow.cpp, text in int_text.cpp and int_format.cpp, the type in int_type.cpp and
// int_methods.cpp; the limb algorithms underneath in bigint_*.cpp.
#include <climits>
#include <cmath>
#include <cstddef>

#include "object/error.hpp"
#include "object/int_impl.hpp"

namespace weft {

// True and False are static objects shaped like one-limb BigInts (runtime.hpp).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
static_assert(offsetof(Vm::StaticBool, size) == offsetof(BigInt, size));
static_assert(offsetof(Vm::StaticBool, digit) == offsetof(BigInt, digits));
#pragma GCC diagnostic pop

namespace {

// CPython's numeric hash reduces modulo the Mersenne prime 2**61-1 (2**31-1 on 32-bit targets).
constexpr int HASH_BITS = sizeof(intptr_t) == 8 ? 61 : 31;
constexpr uint64_t HASH_MODULUS = (uint64_t(1) << HASH_BITS) - 1;

// Largest limb count we ask the allocator for: the size field is an int32_t, and the byte
// count must not overflow size_t on 32-bit targets.
constexpr uint64_t MAX_LIMBS = sizeof(size_t) == 8 ? uint64_t(INT32_MAX) : (SIZE_MAX / 8);

}  // namespace

IntView::IntView(Value v) {
  if (v.is_int()) {
    intptr_t i = v.as_int();
    neg = i < 0;
    uint64_t m = neg ? uint64_t(0) - uint64_t(int64_t(i)) : uint64_t(i);
    small_[0] = Limb(m);
    if constexpr (SMALL_INT_LIMBS > 1) small_[SMALL_INT_LIMBS - 1] = Limb(m >> 32);
    d = small_;
    n = mag_trim(small_, SMALL_INT_LIMBS);
    return;
  }
  const BigInt* b = as_bigint(v);
  neg = b->size < 0;
  n = size_t(neg ? -int64_t(b->size) : int64_t(b->size));
  d = b->digits;
}

bool limbs_check(ThreadState& ts, uint64_t n) {
  if (n <= MAX_LIMBS) return true;
  raise_no_memory(ts);
  return false;
}

BigInt* bigint_alloc(ThreadState& ts, size_t n) {
  if (!limbs_check(ts, n)) return nullptr;
  size_t extra = n > 1 ? (n - 1) * sizeof(Limb) : 0;
  return gc_new<BigInt>(ts, ts.vm->types.int_, extra);
}

Value bigint_finish(BigInt* r, size_t n, bool neg) {
  n = mag_trim(r->digits, n);
  if (n <= SMALL_INT_LIMBS) {
    uint64_t m = n == 0 ? 0 : r->digits[0];
    if (n == 2) m |= uint64_t(r->digits[1]) << 32;
    uint64_t limit = neg ? uint64_t(0) - uint64_t(int64_t(SMALL_INT_MIN)) : uint64_t(SMALL_INT_MAX);
    if (m <= limit) {
      return Value::from_int(neg ? intptr_t(int64_t(0) - int64_t(m)) : intptr_t(m));
    }
  }
  r->size = neg ? -int32_t(n) : int32_t(n);
  return Value::from_obj(r);
}

Value int_from_mag(ThreadState& ts, const Limb* a, size_t n, bool neg) {
  n = mag_trim(a, n);
  BigInt* r = bigint_alloc(ts, n);
  if (!r) return Value::error();
  for (size_t i = 0; i < n; i++) r->digits[i] = a[i];
  return bigint_finish(r, n, neg);
}

Limb* limb_scratch(ThreadState& ts, size_t n) {
  BigInt* r = bigint_alloc(ts, n);
  return r ? r->digits : nullptr;
}

char* char_scratch(ThreadState& ts, size_t n) {
  Limb* l = limb_scratch(ts, n / sizeof(Limb) + 1);
  return reinterpret_cast<char*>(l);
}

bool is_int_like(ThreadState&, Value v) {
  return v.is_int() || (v.is_obj() && (v.as_obj()->type->tflags & TF_INT_SUBCLASS) != 0);
}

Value int_from_i64(ThreadState& ts, int64_t i) {
  if (Value::fits_int(i)) return Value::from_int(intptr_t(i));
  uint64_t m = i < 0 ? uint64_t(0) - uint64_t(i) : uint64_t(i);
  Limb limbs[2] = {Limb(m), Limb(m >> 32)};
  return int_from_mag(ts, limbs, 2, i < 0);
}

Value int_from_u64(ThreadState& ts, uint64_t u) {
  if (u <= uint64_t(SMALL_INT_MAX)) return Value::from_int(intptr_t(u));
  Limb limbs[2] = {Limb(u), Limb(u >> 32)};
  return int_from_mag(ts, limbs, 2, false);
}

Value int_from_double(ThreadState& ts, double d) {
  if (std::isnan(d)) return raise(ts, ts.vm->types.ValueError, "cannot convert float NaN to integer");
  if (std::isinf(d)) {
    return raise(ts, ts.vm->types.OverflowError, "cannot convert float infinity to integer");
  }
  d = std::trunc(d);
  if (d > -9.2e18 && d < 9.2e18) return int_from_i64(ts, int64_t(d));
  Limb limbs[MAG_DOUBLE_LIMBS];
  size_t n = mag_from_double(d, limbs);
  return int_from_mag(ts, limbs, n, d < 0);
}

namespace {

// |v| as uint64 when it has at most two limbs.
bool view_u64(const IntView& v, uint64_t* out) {
  if (v.n > 2) return false;
  *out = v.n == 0 ? 0 : v.n == 1 ? v.d[0] : (uint64_t(v.d[1]) << 32 | v.d[0]);
  return true;
}

}  // namespace

bool int_to_i64(ThreadState& ts, Value v, int64_t* out) {
  if (v.is_int()) {
    *out = v.as_int();
    return true;
  }
  IntView w(v);
  uint64_t m = 0;
  uint64_t limit = w.neg ? uint64_t(1) << 63 : (uint64_t(1) << 63) - 1;
  if (!view_u64(w, &m) || m > limit) {
    raise(ts, ts.vm->types.OverflowError, "Python int too large to convert to C long");
    return false;
  }
  *out = w.neg ? int64_t(uint64_t(0) - m) : int64_t(m);
  return true;
}

bool int_to_ssize(ThreadState& ts, Value v, intptr_t* out) {
  if (v.is_int()) {
    *out = v.as_int();
    return true;
  }
  IntView w(v);
  uint64_t m = 0;
  uint64_t limit = w.neg ? uint64_t(INTPTR_MAX) + 1 : uint64_t(INTPTR_MAX);
  if (!view_u64(w, &m) || m > limit) {
    raise(ts, ts.vm->types.OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  *out = w.neg ? intptr_t(int64_t(0) - int64_t(m)) : intptr_t(m);
  return true;
}

bool int_to_double(ThreadState& ts, Value v, double* out) {
  if (v.is_int()) {
    *out = double(v.as_int());
    return true;
  }
  IntView w(v);
  double d = 0;
  if (!mag_to_double(w.d, w.n, &d)) {
    raise(ts, ts.vm->types.OverflowError, "int too large to convert to float");
    return false;
  }
  *out = w.neg ? -d : d;
  return true;
}

intptr_t int_clamp_ssize(Value v) {
  if (v.is_int()) return v.as_int();
  IntView w(v);
  uint64_t m = 0;
  if (!view_u64(w, &m) || m > uint64_t(INTPTR_MAX)) return w.neg ? INTPTR_MIN : INTPTR_MAX;
  return w.neg ? -intptr_t(m) : intptr_t(m);
}

int int_sign(Value v) {
  if (v.is_int()) return v.as_int() < 0 ? -1 : v.as_int() > 0;
  IntView w(v);
  return w.n == 0 ? 0 : w.neg ? -1 : 1;
}

int int_compare(Value a, Value b) {
  if (a.is_int() && b.is_int()) return a.as_int() < b.as_int() ? -1 : a.as_int() > b.as_int();
  IntView x(a), y(b);
  int sx = x.n == 0 ? 0 : x.neg ? -1 : 1;
  int sy = y.n == 0 ? 0 : y.neg ? -1 : 1;
  if (sx != sy) return sx < sy ? -1 : 1;
  int c = mag_cmp(x.d, x.n, y.d, y.n);
  return sx < 0 ? -c : c;
}

intptr_t int_hash(Value v) {
  if (v.is_int()) {
    intptr_t i = v.as_int();
    if (uint64_t(i < 0 ? -int64_t(i) : int64_t(i)) < HASH_MODULUS) return i == -1 ? -2 : i;
  }
  IntView w(v);
  // Horner's rule modulo 2**k-1: multiplying by 2**32 is a rotation by 32 mod k bits.
  constexpr unsigned ROT = LIMB_BITS % HASH_BITS;
  uint64_t x = 0;
  for (size_t i = w.n; i-- > 0;) {
    x = ((x << ROT) & HASH_MODULUS) | (x >> (HASH_BITS - ROT));
    x += w.d[i];
    x = (x & HASH_MODULUS) + (x >> HASH_BITS);
    if (x >= HASH_MODULUS) x -= HASH_MODULUS;
  }
  intptr_t h = w.neg ? -intptr_t(x) : intptr_t(x);
  return h == -1 ? -2 : h;
}

int64_t int_bit_length(Value v) {
  IntView w(v);
  return int64_t(mag_bit_length(w.d, w.n));
}

Value int_exact(ThreadState& ts, Value v) {
  if (v.is_int() || v.as_obj()->type == ts.vm->types.int_) return v;
  IntView w(v);
  return int_from_mag(ts, w.d, w.n, w.neg);
}

}  // namespace weft
