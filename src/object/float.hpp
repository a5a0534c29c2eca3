// float: an IEEE-754 double in a heap object. repr is the shortest string that round-trips.
#pragma once

#include "object/runtime.hpp"

namespace weft {

struct Float : Object {
  double value;
};

[[nodiscard]] Value float_new(ThreadState& ts, double d);
inline double float_value(Value v) { return static_cast<Float*>(v.as_obj())->value; }
bool is_float(ThreadState& ts, Value v);  // float or subclass
// For float arithmetic: ints and floats convert; anything else returns false with no error
// (the caller then returns NotImplemented). OverflowError for huge ints returns false + pending.
bool float_coerce(ThreadState& ts, Value v, double* out, bool* is_number);
// repr(d) exactly as CPython: shortest round-trip digits, 'inf', 'nan', '1e+16', '1e-05', '-0.0'.
// Writes into buf (at least 32 bytes), returns length.
size_t float_repr_chars(double d, char* buf);
[[nodiscard]] Value float_repr(ThreadState& ts, Value v);
// float(text) parsing: whitespace, underscores between digits, 'inf'/'nan' forms; ValueError
// "could not convert string to float: %R" when invalid.
[[nodiscard]] Value float_from_str(ThreadState& ts, const char* text, size_t n);
intptr_t float_hash(double d);  // CPython's numeric hash, equal to int_hash for integral values
// -1, 0, 1 comparing a float with an int exactly (no rounding through double); NaN handled by caller.
int float_int_compare(double d, Value i);
// Python's float floor-division and modulo with CPython's sign rules; ZeroDivisionError messages.
[[nodiscard]] Value float_floordiv(ThreadState& ts, double a, double b);
[[nodiscard]] Value float_mod(ThreadState& ts, double a, double b);
[[nodiscard]] Value float_pow(ThreadState& ts, double a, double b);
// divmod(a, b) for floats: a tuple; ZeroDivisionError "float divmod()".
[[nodiscard]] Value float_divmod(ThreadState& ts, double a, double b);

// CPython's PyOS_double_to_string, for printf-style formatting: type 'e' 'E' 'f' 'F' 'g' 'G' or
// 'r' (repr digits), with FLOAT_FMT_* flags; a '-' leads negative values (not NaN). A str.
enum : unsigned { FLOAT_FMT_ALT = 1, FLOAT_FMT_ADD_DOT_0 = 2 };
[[nodiscard]] Value float_to_text(ThreadState& ts, double d, char type, int precision,
                                  unsigned flags);
// format(d, spec) (float.__format__ with a non-empty spec).
struct FormatSpec;
[[nodiscard]] Value float_format(ThreadState& ts, double d, const FormatSpec& spec);
// round(d, ndigits) correctly rounded (half-even on the exact binary value).
[[nodiscard]] Value float_round(ThreadState& ts, double d, intptr_t ndigits);

void float_init_type(ThreadState& ts);

}  // namespace weft
