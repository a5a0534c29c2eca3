// Internals shared by the float*.cpp files: text parsing entry points, hex conversion and the
// float type's method table.
#pragma once

#include "object/float.hpp"

namespace weft {

// Parses ASCII text as float() does: 1 = parsed into *out, 0 = not a float (nothing raised),
// -1 = error pending (out of memory).
int float_parse_ascii(ThreadState& ts, const char* text, size_t n, double* out);
// Parses ASCII text as float(); on error the message shows `original` (a str or bytes), or a str
// of orig_text when original is error().
[[nodiscard]] Value float_parse_text(ThreadState& ts, const char* text, size_t n, Value original,
                                     const char* orig_text, size_t orig_n);
[[nodiscard]] Value float_hex(ThreadState& ts, double x);
[[nodiscard]] Value float_fromhex(ThreadState& ts, const char* text, size_t n);

// The identity hash CPython gives NaNs (_Py_HashPointer).
intptr_t hash_pointer(const void* p);

struct MethodDef;
struct GetSetDef;
extern const MethodDef FLOAT_METHODS[];
extern const GetSetDef FLOAT_GETSETS[];

}  // namespace weft
