// Raising and propagating Python exceptions without C++ exceptions (rule 1).
// A failing function sets ThreadState::pending and returns a sentinel: Value::error(), nullptr,
// false or -1, as its declaration says. WEFT_TRY propagates the sentinel one level up.
#pragma once

#include <cstdarg>

#include "object/runtime.hpp"

namespace weft {

// `Value x = expr; if (x.is_error()) return Value::error();` in one line.
#define WEFT_TRY(var, expr)                                  \
  Value var = (expr);                                        \
  if (var.is_error()) [[unlikely]] return ::weft::Value::error()

// For functions that return bool (false = error).
#define WEFT_TRY_BOOL(var, expr)                             \
  Value var = (expr);                                        \
  if (var.is_error()) [[unlikely]] return false

// Sets the pending exception to a new instance of `type` whose message is formatted like
// PyUnicode_FromFormat: %s (const char*), %d %i (int), %ld, %lld, %zd, %zu, %u, %c (int code
// point), %x, %p, %R (repr of a Value), %S (str of a Value), %T (type name of a Value),
// %U (Str*), %V (a Value that is a str), %%. Always returns Value::error().
Value raise(ThreadState& ts, Type* type, const char* fmt, ...);
Value vraise(ThreadState& ts, Type* type, const char* fmt, va_list ap);
// Raises an exception instance, or a type (instantiated with no arguments), as `raise x` does.
Value raise_value(ThreadState& ts, Value exc);
// Raises `type(arg)`, e.g. KeyError(key), StopIteration(value).
Value raise_with_arg(ThreadState& ts, Type* type, Value arg);
Value raise_no_memory(ThreadState& ts);

// Native-stack guard for every recursive C++ path (calls, repr of nested containers, the
// compiler): compares this frame's address with the thread's low bound plus a safety margin.
// RecursionError "maximum recursion depth exceeded" when too deep.
Value raise_stack_overflow(ThreadState& ts);
[[nodiscard]] inline bool stack_check(ThreadState& ts) {
  if (reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) > ts.stack_limit) [[likely]]
    return true;
  raise_stack_overflow(ts);
  return false;
}

// Returns and clears the pending exception (error() if none).
inline Value take_pending(ThreadState& ts) {
  Value e = ts.pending;
  ts.pending = Value::error();
  return e;
}
// True when the pending exception is an instance of `type` (or a subclass).
bool pending_matches(ThreadState& ts, Type* type);

}  // namespace weft
