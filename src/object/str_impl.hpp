// Internals shared by the str*.cpp and bytes*.cpp files: allocation with a known code-point
// count, mapping byte offsets back to indices, the hash of str and bytes, repr escaping, codecs.
#pragma once

#include <string_view>

#include "base/utf8.hpp"
#include "object/str.hpp"

namespace weft {

// A str of `nbytes` bytes holding `length` code points; the caller fills data[0..nbytes) before
// the str escapes (gc_alloc zeroes it, so the terminating NUL is already there).
[[nodiscard]] Str* str_alloc(ThreadState& ts, size_t nbytes, size_t length);
// str_new when the code-point count is already known.
[[nodiscard]] Value str_from_parts(ThreadState& ts, const char* data, size_t nbytes, size_t length);
// The code-point index of `offset`, a byte offset that starts a code point (or nbytes).
size_t str_index_of_offset(const Str* s, size_t offset);
// The same text as an instance of `type`, a subclass of str (str.__new__ for subclasses).
[[nodiscard]] Value str_subtype_copy(ThreadState& ts, Type* type, Str* s);

inline bool is_exact_str(ThreadState& ts, Value v) {
  return v.is_obj() && v.as_obj()->type == ts.vm->types.str;
}

// The hash of str and bytes contents: a word-at-a-time multiply-rotate mix with a final
// avalanche (CPython randomises str hashes, so no program can depend on the exact values).
// Never -1, which CPython reserves.
intptr_t hash_text(const char* data, size_t n);

// Reads and publishes the cached hash of a str or bytes. The hash word is written before the
// OBJ_HASHED bit with release order, and the bit is set with an atomic OR: `flags` is shared
// with OBJ_INTERNED, which another thread may be setting at the same time.
inline bool cached_hash(const Object* o, const intptr_t* field, intptr_t* out) {
  if (!(__atomic_load_n(&o->flags, __ATOMIC_ACQUIRE) & OBJ_HASHED)) return false;
  *out = __atomic_load_n(field, __ATOMIC_RELAXED);
  return true;
}
inline void publish_hash(Object* o, intptr_t* field, intptr_t h) {
  __atomic_store_n(field, h, __ATOMIC_RELAXED);
  __atomic_fetch_or(&o->flags, uint8_t(OBJ_HASHED), __ATOMIC_RELEASE);
}

// repr() escaping, free of the GC so it can be tested alone: writes repr(text) of a str
// (quotes included) or of a bytes (b'...') through `sink`.
using TextSink = void (*)(void* ctx, const char* data, size_t n);
void repr_str_text(std::string_view utf8, TextSink sink, void* ctx);
void repr_bytes_text(std::string_view bytes, TextSink sink, void* ctx);

// Codecs (str_codec.cpp). `encoding` nullptr means UTF-8, `errors` nullptr "strict". `object` is
// the bytes being decoded, for the UnicodeDecodeError (error(): made from data when needed).
[[nodiscard]] Value text_decode(ThreadState& ts, const char* data, size_t n, Value object,
                                const char* encoding, const char* errors);
[[nodiscard]] Value text_encode(ThreadState& ts, Str* s, const char* encoding, const char* errors);

}  // namespace weft
