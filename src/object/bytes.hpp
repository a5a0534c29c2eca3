// bytes: an immutable byte string (also used internally as raw GC storage, e.g. by StrBuf).
#pragma once

#include "object/runtime.hpp"

namespace weft {

struct Bytes : Object {
  size_t size;
  intptr_t hash;   // valid when flags & OBJ_HASHED
  char data[1];    // size bytes and a NUL
};

inline Bytes* as_bytes(Value v) { return static_cast<Bytes*>(v.as_obj()); }
bool is_bytes(ThreadState& ts, Value v);
[[nodiscard]] Value bytes_new(ThreadState& ts, const char* data, size_t n);
// Uninitialised (zeroed) contents of `n` bytes, to be filled before it is shared.
[[nodiscard]] Bytes* bytes_alloc(ThreadState& ts, size_t n);
[[nodiscard]] Value bytes_repr(ThreadState& ts, const char* data, size_t n);  // b'...'

void bytes_init_type(ThreadState& ts);

}  // namespace weft
