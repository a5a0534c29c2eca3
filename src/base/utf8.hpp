// UTF-8 encoding, decoding and validation, free of the object layer (no GC, no ThreadState).
// Weft's str stores "generalised" UTF-8: any code point, lone surrogates included (encoded as
// three bytes, as CPython's surrogateescape and '\udc80' literals need), never combined in pairs.
#pragma once

#include <cstddef>
#include <cstdint>

namespace weft {

inline constexpr uint32_t UNICODE_MAX = 0x10FFFF;
inline constexpr uint32_t REPLACEMENT_CHAR = 0xFFFD;
inline constexpr size_t UTF8_MAX = 4;  // bytes of the longest sequence

inline bool utf8_is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }
inline bool is_surrogate(uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

// Bytes of the encoding of `cp` (1-4).
inline size_t utf8_length_of(uint32_t cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}
// Bytes of the sequence that starts with `lead` in text already known to be well formed.
inline size_t utf8_sequence_length(unsigned char lead) {
  return lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

// Writes the encoding of cp (<= UNICODE_MAX) to out; returns its length.
size_t utf8_encode(uint32_t cp, char* out);

// Decodes the code point at p in well-formed text and stores its length in *len.
inline uint32_t utf8_decode(const char* p, size_t* len) {
  auto s = reinterpret_cast<const unsigned char*>(p);
  uint32_t c = s[0];
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  size_t n = utf8_sequence_length(s[0]);
  c &= 0x7F >> n;
  for (size_t i = 1; i < n; i++) c = (c << 6) | (s[i] & 0x3F);
  *len = n;
  return c;
}

// Code points in well-formed text of n bytes.
size_t utf8_count(const char* p, size_t n);
// True when every byte is below 0x80.
bool utf8_all_ascii(const char* p, size_t n);
// The position `count` code points after (before) p in well-formed text.
const char* utf8_advance(const char* p, size_t count);
const char* utf8_retreat(const char* p, size_t count);

// The first ill-formed part of untrusted bytes, as CPython's UTF-8 decoder reports it: `len`
// bytes from `pos` (the maximal invalid subpart, 1-3 bytes), with CPython's reason text.
struct Utf8Error {
  size_t pos;
  size_t len;
  const char* reason;  // "invalid start byte", "invalid continuation byte", "unexpected end of data"
};

// Strict validation (no overlongs, no surrogates, nothing above U+10FFFF) starting at `from`.
// Returns true when data[from..n) is well formed; otherwise describes the first error.
bool utf8_validate(const char* data, size_t n, size_t from, Utf8Error* err);

}  // namespace weft
