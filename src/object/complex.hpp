// complex: a pair of doubles. Arithmetic follows CPython's complexobject.c (Smith's division,
// integer powers by repeated multiplication), including its error messages.
#pragma once

#include "object/runtime.hpp"

namespace weft {

struct Complex : Object {
  double real;
  double imag;
};

inline Complex* as_complex(Value v) { return static_cast<Complex*>(v.as_obj()); }
bool is_complex(ThreadState& ts, Value v);  // complex or subclass
[[nodiscard]] Value complex_new(ThreadState& ts, double real, double imag);
// v ** w for floats where the result is complex (a negative base to a fractional power).
[[nodiscard]] Value complex_pow_from_floats(ThreadState& ts, double v, double w);
[[nodiscard]] Value complex_repr(ThreadState& ts, Value v);

void complex_init_type(ThreadState& ts);  // called by float_init_type

}  // namespace weft
