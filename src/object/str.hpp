// str: immutable text stored as UTF-8 with its length in code points and a cached hash.
// ASCII strings (aux bit STR_ASCII) index in O(1); others walk the bytes (cached later).
#pragma once

#include <cstdarg>
#include <string_view>

#include "object/runtime.hpp"

namespace weft {

enum : uint16_t { STR_ASCII = 1 };

struct Str : Object {
  size_t length;   // code points
  size_t nbytes;   // bytes of UTF-8, not counting the terminating NUL
  intptr_t hash;   // valid when flags & OBJ_HASHED
  char data[1];    // nbytes of UTF-8 and a NUL
};

inline Str* as_str(Value v) { return static_cast<Str*>(v.as_obj()); }
inline std::string_view str_view(const Str* s) { return {s->data, s->nbytes}; }
inline bool str_is_ascii(const Str* s) { return (s->aux & STR_ASCII) != 0; }
bool is_str(ThreadState& ts, Value v);  // str or subclass

// `utf8` must be valid UTF-8 (use str_decode_utf8 for untrusted bytes).
[[nodiscard]] Value str_new(ThreadState& ts, const char* utf8, size_t nbytes);
[[nodiscard]] Value str_from_cstr(ThreadState& ts, const char* cstr);
// Decodes bytes with errors "strict" (UnicodeDecodeError), "replace" or "surrogateescape".
[[nodiscard]] Value str_decode_utf8(ThreadState& ts, const char* data, size_t n, const char* errors);
// One code point (chr()). ValueError "chr() arg not in range(0x110000)" is the caller's check.
[[nodiscard]] Value str_from_codepoint(ThreadState& ts, uint32_t cp);

// Interning: returns the canonical str with the same text (thread-safe).
[[nodiscard]] Str* str_intern(ThreadState& ts, Str* s);
[[nodiscard]] Str* intern_cstr(ThreadState& ts, const char* cstr);
[[nodiscard]] Str* intern_chars(ThreadState& ts, const char* data, size_t n);

intptr_t str_hash(Str* s);
bool str_equal(const Str* a, const Str* b);
int str_compare(const Str* a, const Str* b);  // code-point order: -1, 0, 1
bool str_equal_cstr(const Str* s, const char* cstr);

[[nodiscard]] Value str_concat(ThreadState& ts, Str* a, Str* b);
[[nodiscard]] Value str_repeat(ThreadState& ts, Str* s, intptr_t n);
// repr(str) with CPython's quoting rules and escapes.
[[nodiscard]] Value str_repr(ThreadState& ts, Str* s);
// Code point at index (0 <= index < length) and substring by code-point range.
uint32_t str_char_at(const Str* s, size_t index);
[[nodiscard]] Value str_slice(ThreadState& ts, Str* s, size_t start, size_t stop);
// byte offset of code point index
size_t str_byte_offset(const Str* s, size_t index);

// Formatting C-style (the conversions listed at raise() in error.hpp).
[[nodiscard]] Value str_format_c(ThreadState& ts, const char* fmt, ...);
[[nodiscard]] Value str_vformat_c(ThreadState& ts, const char* fmt, va_list ap);

// Builds text piece by piece in a GC-heap buffer. On allocation failure `failed()` turns true,
// MemoryError is pending, and further appends are ignored; finish() then returns error().
class StrBuf {
 public:
  explicit StrBuf(ThreadState& ts) : ts_(ts) {}
  void append(const char* data, size_t n);
  void append(std::string_view s) { append(s.data(), s.size()); }
  void append_char(char c) { append(&c, 1); }
  void append_codepoint(uint32_t cp);  // encodes as UTF-8
  void append_str(const Str* s) { append(s->data, s->nbytes); }
  // Appends str(v) / repr(v); false (and failed()) if that raised.
  bool append_value_str(Value v);
  bool append_value_repr(Value v);
  void appendf(const char* fmt, ...);  // same conversions as str_format_c
  void vappendf(const char* fmt, va_list ap);
  size_t size() const { return len_; }
  const char* data() const;
  bool failed() const { return failed_; }
  ThreadState& ts() const { return ts_; }
  void clear() { len_ = 0; }
  [[nodiscard]] Value finish();        // a str (text must be valid UTF-8)
  [[nodiscard]] Value finish_bytes();  // a bytes object
  // Makes room for `extra` more bytes at once (a wide padding fails early with MemoryError).
  bool reserve(size_t extra);

 private:
  ThreadState& ts_;
  Object* buf_ = nullptr;  // a bytes object used as growable storage
  size_t len_ = 0, cap_ = 0;
  bool failed_ = false;
  char small_[64];
};

void str_init_type(ThreadState& ts);

}  // namespace weft
