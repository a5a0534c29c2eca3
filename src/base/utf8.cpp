// UTF-8 helpers: encoding, counting, walking, and strict validation of untrusted bytes with the
// error positions and reasons of CPython's decoder.
#include "base/utf8.hpp"

#include <cstring>

namespace weft {

size_t utf8_encode(uint32_t cp, char* out) {
  auto o = reinterpret_cast<unsigned char*>(out);
  if (cp < 0x80) {
    o[0] = static_cast<unsigned char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    o[0] = static_cast<unsigned char>(0xC0 | (cp >> 6));
    o[1] = static_cast<unsigned char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = static_cast<unsigned char>(0xE0 | (cp >> 12));
    o[1] = static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F));
    o[2] = static_cast<unsigned char>(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = static_cast<unsigned char>(0xF0 | (cp >> 18));
  o[1] = static_cast<unsigned char>(0x80 | ((cp >> 12) & 0x3F));
  o[2] = static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F));
  o[3] = static_cast<unsigned char>(0x80 | (cp & 0x3F));
  return 4;
}

namespace {

// Reads a word without alignment requirements (memcpy compiles to one load).
inline uintptr_t load_word(const char* p) {
  uintptr_t w;
  std::memcpy(&w, p, sizeof w);
  return w;
}

constexpr uintptr_t HIGH_BITS = ~uintptr_t(0) / 0xFF * 0x80;  // 0x8080...80

}  // namespace

bool utf8_all_ascii(const char* p, size_t n) {
  size_t i = 0;
  for (; i + sizeof(uintptr_t) <= n; i += sizeof(uintptr_t)) {
    if (load_word(p + i) & HIGH_BITS) return false;
  }
  for (; i < n; i++) {
    if (static_cast<unsigned char>(p[i]) >= 0x80) return false;
  }
  return true;
}

size_t utf8_count(const char* p, size_t n) {
  // Every byte that is not a continuation byte starts a code point.
  size_t count = 0;
  for (size_t i = 0; i < n; i++) count += !utf8_is_continuation(static_cast<unsigned char>(p[i]));
  return count;
}

const char* utf8_advance(const char* p, size_t count) {
  while (count--) p += utf8_sequence_length(static_cast<unsigned char>(*p));
  return p;
}

const char* utf8_retreat(const char* p, size_t count) {
  while (count--) {
    do {
      p--;
    } while (utf8_is_continuation(static_cast<unsigned char>(*p)));
  }
  return p;
}

namespace {

// The valid range of the second byte after `lead`, which excludes overlongs (E0, F0),
// surrogates (ED) and code points above U+10FFFF (F4).
void second_byte_range(unsigned char lead, unsigned char* lo, unsigned char* hi) {
  *lo = 0x80;
  *hi = 0xBF;
  if (lead == 0xE0) *lo = 0xA0;
  if (lead == 0xED) *hi = 0x9F;
  if (lead == 0xF0) *lo = 0x90;
  if (lead == 0xF4) *hi = 0x8F;
}

// Length of the well-formed sequence at data[i], or 0 with *err filled.
size_t check_sequence(const unsigned char* s, size_t n, size_t i, Utf8Error* err) {
  unsigned char lead = s[i];
  if (lead < 0x80) return 1;
  if (lead < 0xC2 || lead > 0xF4) {
    *err = {i, 1, "invalid start byte"};
    return 0;
  }
  size_t need = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  unsigned char lo, hi;
  second_byte_range(lead, &lo, &hi);
  for (size_t k = 1; k < need; k++) {
    if (i + k >= n) {
      *err = {i, n - i, "unexpected end of data"};
      return 0;
    }
    unsigned char c = s[i + k];
    if (c < lo || c > hi) {
      *err = {i, k, "invalid continuation byte"};
      return 0;
    }
    lo = 0x80;
    hi = 0xBF;
  }
  return need;
}

}  // namespace

bool utf8_validate(const char* data, size_t n, size_t from, Utf8Error* err) {
  auto s = reinterpret_cast<const unsigned char*>(data);
  size_t i = from;
  while (i < n) {
    // Skip runs of ASCII a word at a time: most text is mostly ASCII.
    while (i + sizeof(uintptr_t) <= n && !(load_word(data + i) & HIGH_BITS)) i += sizeof(uintptr_t);
    if (i >= n) break;
    size_t len = check_sequence(s, n, i, err);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

}  // namespace weft
