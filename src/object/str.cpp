// str objects: construction from UTF-8, hashing, comparison, concatenation and repetition, and
// code-point indexing. str_char_at and str_byte_offset are the only functions that know how an
// index maps to bytes (O(1) for ASCII, a walk otherwise), so a per-string index cache can be
// added there alone.
#include <cstring>

#include "object/error.hpp"
#include "object/str_impl.hpp"

namespace weft {

bool is_str(ThreadState&, Value v) {
  return v.is_obj() && (v.as_obj()->type->tflags & TF_STR_SUBCLASS) != 0;
}

// A str is ASCII exactly when its byte count equals its code-point count: every other code point
// takes at least two bytes.
Str* str_alloc(ThreadState& ts, size_t nbytes, size_t length) {
  if (nbytes > size_t(INTPTR_MAX) - sizeof(Str)) {
    raise_no_memory(ts);
    return nullptr;
  }
  Str* s = gc_new<Str>(ts, ts.vm->types.str, nbytes);
  if (!s) return nullptr;
  s->length = length;
  s->nbytes = nbytes;
  if (nbytes == length) s->aux = STR_ASCII;
  return s;
}

Value str_from_parts(ThreadState& ts, const char* data, size_t nbytes, size_t length) {
  if (nbytes == 0) return ts.vm->empty_str;
  Str* s = str_alloc(ts, nbytes, length);
  if (!s) return Value::error();
  std::memcpy(s->data, data, nbytes);
  return Value::from_obj(s);
}

Value str_new(ThreadState& ts, const char* utf8, size_t nbytes) {
  size_t length = utf8_all_ascii(utf8, nbytes) ? nbytes : utf8_count(utf8, nbytes);
  return str_from_parts(ts, utf8, nbytes, length);
}

Value str_from_cstr(ThreadState& ts, const char* cstr) { return str_new(ts, cstr, strlen(cstr)); }

Value str_from_codepoint(ThreadState& ts, uint32_t cp) {
  char buf[UTF8_MAX];
  return str_from_parts(ts, buf, utf8_encode(cp, buf), 1);
}

Value str_subtype_copy(ThreadState& ts, Type* type, Str* s) {
  size_t header = type->basic_size > sizeof(Str) ? type->basic_size : sizeof(Str);
  auto r = static_cast<Str*>(gc_alloc(ts, type, header + s->nbytes));
  if (!r) return Value::error();
  r->length = s->length;
  r->nbytes = s->nbytes;
  r->aux = s->aux;
  std::memcpy(r->data, s->data, s->nbytes);
  return Value::from_obj(r);
}

// ---- hashing and comparison ---------------------------------------------------------------------

namespace {

inline uint64_t rotl64(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

// The final avalanche of SplitMix64.
inline uint64_t avalanche(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

}  // namespace

intptr_t hash_text(const char* data, size_t n) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ (uint64_t(n) * 0xff51afd7ed558ccdull);
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, data + i, 8);
    h ^= w * 0x87c37b91114253d5ull;
    h = rotl64(h, 31) * 0x4cf5ad432745937full;
  }
  if (i < n) {
    uint64_t w = 0;
    std::memcpy(&w, data + i, n - i);
    h ^= w * 0x87c37b91114253d5ull;
    h = rotl64(h, 31) * 0x4cf5ad432745937full;
  }
  h = avalanche(h);
  auto r = intptr_t(sizeof(intptr_t) >= 8 ? h : (h ^ (h >> 32)));
  return r == -1 ? -2 : r;
}

intptr_t str_hash(Str* s) {
  intptr_t h;
  if (cached_hash(s, &s->hash, &h)) return h;
  h = hash_text(s->data, s->nbytes);
  publish_hash(s, &s->hash, h);
  return h;
}

bool str_equal(const Str* a, const Str* b) {
  if (a == b) return true;
  if (a->nbytes != b->nbytes) return false;
  intptr_t ha, hb;
  if (cached_hash(a, &a->hash, &ha) && cached_hash(b, &b->hash, &hb) && ha != hb) return false;
  return std::memcmp(a->data, b->data, a->nbytes) == 0;
}

bool str_equal_cstr(const Str* s, const char* cstr) {
  size_t n = strlen(cstr);
  return n == s->nbytes && std::memcmp(s->data, cstr, n) == 0;
}

// Byte order of UTF-8 is code-point order (surrogates, stored as three bytes, included).
int str_compare(const Str* a, const Str* b) {
  size_t n = a->nbytes < b->nbytes ? a->nbytes : b->nbytes;
  int c = std::memcmp(a->data, b->data, n);
  if (c != 0) return c < 0 ? -1 : 1;
  return a->nbytes < b->nbytes ? -1 : a->nbytes > b->nbytes ? 1 : 0;
}

// ---- building -----------------------------------------------------------------------------------

Value str_concat(ThreadState& ts, Str* a, Str* b) {
  Vm& vm = *ts.vm;
  if (b->nbytes == 0 && a->type == vm.types.str) return Value::from_obj(a);
  if (a->nbytes == 0 && b->type == vm.types.str) return Value::from_obj(b);
  if (a->nbytes > size_t(INTPTR_MAX) - b->nbytes) {
    return raise(ts, vm.types.OverflowError, "strings are too large to concat");
  }
  Str* r = str_alloc(ts, a->nbytes + b->nbytes, a->length + b->length);
  if (!r) return Value::error();
  std::memcpy(r->data, a->data, a->nbytes);
  std::memcpy(r->data + a->nbytes, b->data, b->nbytes);
  return Value::from_obj(r);
}

Value str_repeat(ThreadState& ts, Str* s, intptr_t n) {
  Vm& vm = *ts.vm;
  if (n <= 0 || s->nbytes == 0) return vm.empty_str;
  if (n == 1 && s->type == vm.types.str) return Value::from_obj(s);
  if (s->nbytes > size_t(INTPTR_MAX) / size_t(n)) {
    return raise(ts, vm.types.OverflowError, "repeated string is too long");
  }
  size_t total = s->nbytes * size_t(n);
  Str* r = str_alloc(ts, total, s->length * size_t(n));
  if (!r) return Value::error();
  // Doubling copies: log2(n) memcpy calls however short the string.
  std::memcpy(r->data, s->data, s->nbytes);
  size_t done = s->nbytes;
  while (done < total) {
    size_t chunk = done <= total - done ? done : total - done;
    std::memcpy(r->data + done, r->data, chunk);
    done += chunk;
  }
  return Value::from_obj(r);
}

// ---- indexing -----------------------------------------------------------------------------------

size_t str_byte_offset(const Str* s, size_t index) {
  if (str_is_ascii(s)) return index;
  if (index >= s->length) return s->nbytes;
  // Walk from whichever end is nearer.
  if (index <= s->length / 2) return size_t(utf8_advance(s->data, index) - s->data);
  return size_t(utf8_retreat(s->data + s->nbytes, s->length - index) - s->data);
}

uint32_t str_char_at(const Str* s, size_t index) {
  if (str_is_ascii(s)) return static_cast<unsigned char>(s->data[index]);
  size_t len;
  return utf8_decode(s->data + str_byte_offset(s, index), &len);
}

size_t str_index_of_offset(const Str* s, size_t offset) {
  if (str_is_ascii(s)) return offset;
  if (offset <= s->nbytes / 2) return utf8_count(s->data, offset);
  return s->length - utf8_count(s->data + offset, s->nbytes - offset);
}

Value str_slice(ThreadState& ts, Str* s, size_t start, size_t stop) {
  if (stop <= start) return ts.vm->empty_str;
  if (start == 0 && stop >= s->length && s->type == ts.vm->types.str) return Value::from_obj(s);
  size_t from = str_byte_offset(s, start);
  size_t to = str_is_ascii(s) ? stop
              : stop >= s->length ? s->nbytes
                                  : size_t(utf8_advance(s->data + from, stop - start) - s->data);
  return str_from_parts(ts, s->data + from, to - from, stop - start);
}

}  // namespace weft
