// Internals shared by the files of the math module: argument conversion with CPython's messages,
// and the function tables each file contributes (math.cpp assembles the module).
#pragma once

#include "object/function.hpp"
#include "object/runtime.hpp"

namespace weft {

// PyFloat_AsDouble: a float, anything with __float__, or anything with __index__ (ints);
// TypeError "must be real number, not T"; OverflowError for ints too large for a float.
[[nodiscard]] bool math_arg_double(ThreadState& ts, Value v, double* out);
// Positional-only arguments, no keywords: "math.f() takes no keyword arguments", then
// "f expected 2 arguments, got 1" (CPython's messages for the fixed-arity functions).
[[nodiscard]] bool math_check_args(ThreadState& ts, const char* fname, size_t nargs,
                                   Tuple* kwnames, int min, int max);
// ValueError "math domain error" / OverflowError "math range error"; both return error().
Value math_domain_error(ThreadState& ts);
Value math_range_error(ThreadState& ts);

extern const MethodDef MATH_FLOAT_FUNCTIONS[];    // math.cpp: libm wrappers, log, pow, ...
extern const MethodDef MATH_INT_FUNCTIONS[];      // math_int.cpp: factorial, isqrt, comb, ...
extern const MethodDef MATH_SUM_FUNCTIONS[];      // math_sum.cpp: fsum, hypot, dist, sumprod
extern const MethodDef MATH_SPECIAL_FUNCTIONS[];  // math_gamma.cpp: gamma, lgamma

}  // namespace weft
