// Internals shared by the int*.cpp, bool.cpp and float*.cpp files: reading any int-like Value as
// limbs, allocating BigInt results and normalising them back to small ints, GC scratch space.
#pragma once

#include <string_view>

#include "object/bigint.hpp"
#include "object/int.hpp"

namespace weft {

// Limb view of an int-like Value: small int, BigInt, bool or int-subclass instance (all share
// BigInt's layout). Points into the object, which the caller keeps alive.
class IntView {
 public:
  explicit IntView(Value v);
  IntView(const IntView&) = delete;
  IntView& operator=(const IntView&) = delete;
  const Limb* d;
  size_t n;   // trimmed
  bool neg;

 private:
  Limb small_[2];
};

inline BigInt* as_bigint(Value v) { return static_cast<BigInt*>(v.as_obj()); }

// Small ints need at most this many limbs (63 bits on 64-bit targets, 31 on 32-bit).
inline constexpr size_t SMALL_INT_LIMBS = sizeof(intptr_t) / sizeof(Limb);

// A new exact int with room for n limbs, value 0 until bigint_finish. MemoryError when n
// limbs could not be addressed (e.g. 1 << 2**40).
[[nodiscard]] BigInt* bigint_alloc(ThreadState& ts, size_t n);
// Trims r's first n limbs, applies the sign and returns a small int when the value fits.
Value bigint_finish(BigInt* r, size_t n, bool neg);
// Copies a magnitude into a normalised int.
[[nodiscard]] Value int_from_mag(ThreadState& ts, const Limb* a, size_t n, bool neg);
// n zeroed limbs of GC-heap scratch, alive while the caller holds the pointer (the collector
// scans the C++ stack conservatively and honours interior pointers).
[[nodiscard]] Limb* limb_scratch(ThreadState& ts, size_t n);
[[nodiscard]] char* char_scratch(ThreadState& ts, size_t n);
// MemoryError unless n limbs is a size the allocator can be asked for.
[[nodiscard]] bool limbs_check(ThreadState& ts, uint64_t n);

// Divides with Python's floor semantics. q or r may be nullptr when not wanted. `zero_msg` is the
// ZeroDivisionError message.
[[nodiscard]] bool int_divmod_parts(ThreadState& ts, Value a, Value b, Value* q, Value* r,
                                    const char* zero_msg);

// Maps the text of int()/float() to ASCII as CPython does for str arguments: non-ASCII Unicode
// decimal digits become '0'..'9', non-ASCII spaces ' ', other non-ASCII code points '?'.
// Returns false when text is pure ASCII (use it unchanged); else writes at most n bytes to out.
bool number_text_to_ascii(const char* text, size_t n, char* out, size_t* out_n);
// The repr of a str or bytes argument cut to 200 characters, as CPython's "%.200R" (a str).
[[nodiscard]] Value repr_for_message(ThreadState& ts, Value v);
// Parses int(text, base) where `original` (a str or bytes) is what the message shows.
[[nodiscard]] Value int_parse_text(ThreadState& ts, const char* text, size_t n, int base,
                                   Value original);

// __format__ support shared by int and float (int_format.cpp). The checks raise ValueError with
// CPython's messages and return false.
struct FormatSpec;
bool format_check_unknown(ThreadState& ts, const FormatSpec& spec, const char* type_name);
bool format_check_grouping(ThreadState& ts, const FormatSpec& spec, bool allow_underscore);
// Lays out sign + prefix + int_digits (grouped every `interval` digits when the spec asks,
// zero padding included) + rest (fraction, exponent, '%'), then pads to the spec's width.
[[nodiscard]] Value format_number_layout(ThreadState& ts, const FormatSpec& spec,
                                         std::string_view sign, std::string_view prefix,
                                         std::string_view int_digits, std::string_view rest,
                                         int interval);

// Method tables of int (int_methods.cpp) and bool's slots, set up by int_init_types.
struct MethodDef;
struct GetSetDef;
extern const MethodDef INT_METHODS[];
extern const GetSetDef INT_GETSETS[];
void bool_init_type(ThreadState& ts);

// q = a / b rounded half to even (b > 0), as CPython's divmod_near.
[[nodiscard]] Value int_div_round_half_even(ThreadState& ts, Value a, Value b);

}  // namespace weft
