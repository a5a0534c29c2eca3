// int: small ints live in the Value word; larger magnitudes are BigInt objects (base 2^32 limbs,
// so 32- and 64-bit targets share one algorithm). bool is a subclass: True/False are BigInt-shaped.
// Every int function accepts small ints, BigInts and bools as operands.
#pragma once

#include "object/runtime.hpp"

namespace weft {

// Magnitude in `digits` (little-endian, no leading zero limbs); sign in `size`: -n, 0 or +n limbs.
// Results that fit a small int are always returned as small ints (normalised).
// `size` is aligned like the header so that it does not move into the header's tail padding
// (which the C++ ABI allows in a derived class): True and False (Vm::StaticBool) hold an Object
// as a plain member and must have the same layout.
struct BigInt : Object {
  alignas(alignof(Object)) int32_t size;
  uint32_t digits[1];  // really `abs(size)` limbs (at least one is always allocated)
};

inline constexpr int INT_MAX_STR_DIGITS = 4300;  // CPython 3.11+ default (sys.int_info)

// True for small ints, BigInts, bools and instances of int subclasses.
bool is_int_like(ThreadState& ts, Value v);
[[nodiscard]] Value int_from_i64(ThreadState& ts, int64_t i);
[[nodiscard]] Value int_from_u64(ThreadState& ts, uint64_t u);
// OverflowError "cannot convert float infinity to integer" / ValueError for NaN, as int(x).
[[nodiscard]] Value int_from_double(ThreadState& ts, double d);
// Parses like int(text, base): base 0 means a literal's rules (prefixes, no leading zeros).
// Underscores, whitespace and signs as CPython. ValueError messages as CPython, including the
// 4300-digit limit. `text` need not be NUL-terminated.
[[nodiscard]] Value int_from_str(ThreadState& ts, const char* text, size_t n, int base);
// str(v) in base 10, or with a 0b/0o/0x prefix for bases 2/8/16 (as bin/oct/hex).
[[nodiscard]] Value int_to_str(ThreadState& ts, Value v, int base);

// Conversions; false with OverflowError pending when the value does not fit.
[[nodiscard]] bool int_to_i64(ThreadState& ts, Value v, int64_t* out);
[[nodiscard]] bool int_to_ssize(ThreadState& ts, Value v, intptr_t* out);
// OverflowError "int too large to convert to float".
[[nodiscard]] bool int_to_double(ThreadState& ts, Value v, double* out);
// Clamps instead of failing (used by slice index normalisation).
intptr_t int_clamp_ssize(Value v);

int int_sign(Value v);                 // -1, 0, 1
int int_compare(Value a, Value b);     // -1, 0, 1 (both int-like)
intptr_t int_hash(Value v);            // CPython's hash: modular reduction by 2**61-1 (2**31-1)
int64_t int_bit_length(Value v);

// Arithmetic (both operands int-like). Division and modulo floor toward -inf as Python does.
[[nodiscard]] Value int_add(ThreadState& ts, Value a, Value b);
[[nodiscard]] Value int_sub(ThreadState& ts, Value a, Value b);
[[nodiscard]] Value int_mul(ThreadState& ts, Value a, Value b);
[[nodiscard]] Value int_floordiv(ThreadState& ts, Value a, Value b);
[[nodiscard]] Value int_mod(ThreadState& ts, Value a, Value b);
[[nodiscard]] Value int_divmod(ThreadState& ts, Value a, Value b);   // a tuple
[[nodiscard]] Value int_truediv(ThreadState& ts, Value a, Value b);  // a float, correctly rounded
// Negative exponent gives a float; `mod` may be error() for none (then 3-arg pow rules apply).
[[nodiscard]] Value int_pow(ThreadState& ts, Value a, Value b, Value mod);
[[nodiscard]] Value int_lshift(ThreadState& ts, Value a, Value b);
[[nodiscard]] Value int_rshift(ThreadState& ts, Value a, Value b);
[[nodiscard]] Value int_and(ThreadState& ts, Value a, Value b);
[[nodiscard]] Value int_or(ThreadState& ts, Value a, Value b);
[[nodiscard]] Value int_xor(ThreadState& ts, Value a, Value b);
[[nodiscard]] Value int_neg(ThreadState& ts, Value a);
[[nodiscard]] Value int_invert(ThreadState& ts, Value a);
[[nodiscard]] Value int_abs(ThreadState& ts, Value a);
// The plain int value of an int subclass instance or bool (identity for int).
[[nodiscard]] Value int_exact(ThreadState& ts, Value v);

// format(v, spec) for an int-like v (float presentation types convert to float).
struct FormatSpec;
[[nodiscard]] Value int_format(ThreadState& ts, Value v, const FormatSpec& spec);

void int_init_types(ThreadState& ts);  // fills vm.types.int_ and bool_ slots and methods

}  // namespace weft
