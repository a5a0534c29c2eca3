// Internals shared by the methods that str and bytes have in common (str_methods_*.cpp): a view
// of either as bytes with item indexing, argument conversion with CPython's messages, and the
// method tables each file contributes to str and bytes.
#pragma once

#include "object/bytes.hpp"
#include "object/str_impl.hpp"

namespace weft {

struct MethodDef;

// A str (items are code points) or bytes (items are bytes) seen as bytes.
struct TextView {
  const char* data;
  size_t nbytes;
  size_t length;   // items
  const Str* str;  // nullptr for bytes

  bool is_str() const { return str != nullptr; }
  // Items and bytes coincide for bytes and ASCII str.
  bool simple() const { return nbytes == length; }
  size_t offset(size_t index) const {
    return simple() ? index : index >= length ? nbytes : str_byte_offset(str, index);
  }
  size_t index(size_t offset) const { return simple() ? offset : str_index_of_offset(str, offset); }
  std::string_view view() const { return {data, nbytes}; }
  // The item at byte offset `at` and its size in bytes.
  uint32_t item_at(size_t at, size_t* len) const {
    if (!is_str()) {
      *len = 1;
      return static_cast<unsigned char>(data[at]);
    }
    return utf8_decode(data + at, len);
  }
};

inline TextView text_view(const Str* s) { return {s->data, s->nbytes, s->length, s}; }
inline TextView text_view(const Bytes* b) { return {b->data, b->size, b->size, nullptr}; }
// The view of a method's self, a str or bytes (or an instance of a subclass).
TextView self_view(ThreadState& ts, Value self);

// A new str (is_str) or bytes with these contents; `length` is the code-point count when known.
[[nodiscard]] Value text_make(ThreadState& ts, bool is_str, const char* data, size_t n);
[[nodiscard]] Value text_make_known(ThreadState& ts, bool is_str, const char* data, size_t n,
                                    size_t length);
// A new str holding `length` code points, or bytes, of nbytes to be filled through the returned
// pointer before the object escapes; nullptr on error.
[[nodiscard]] char* text_alloc(ThreadState& ts, bool is_str, size_t nbytes, size_t length,
                               Value* out);
// self itself when it is an exact str/bytes (methods that change nothing return it), else a copy.
[[nodiscard]] Value text_same(ThreadState& ts, Value self, const TextView& v);

// A bytes-like argument (bytes; bytearray once it exists). False with nothing pending when v is
// not bytes-like.
bool bytes_like(ThreadState& ts, Value v, TextView* out);
// The argument of a search-like method: a str for str; bytes-like (or, when `allow_int`, an int
// in range(256), stored in *byte) for bytes. TypeError with CPython's messages otherwise.
[[nodiscard]] bool text_arg(ThreadState& ts, const TextView& self, Value v, const char* fname,
                            int argno, bool allow_int, TextView* out, char* byte);
// start/end of find, count, startswith...: None or anything with __index__, clamped.
[[nodiscard]] bool slice_index_arg(ThreadState& ts, Value v, intptr_t* out);
// Normalises start/end against length as CPython's ADJUST_INDICES.
void adjust_indices(intptr_t* start, intptr_t* end, size_t length);
// Parses the optional start and end at args[first..] of a positional-only method.
[[nodiscard]] bool start_end_args(ThreadState& ts, const Value* args, size_t nargs, size_t first,
                                  intptr_t* start, intptr_t* end);
// Positional-only argument count in [min, max] and no keywords, with CPython's messages, which
// name the method "str.find" or "find" depending on its arity.
[[nodiscard]] bool method_args(ThreadState& ts, bool is_str, const char* name, size_t nargs,
                               Tuple* kwnames, int min, int max);
// An integer argument (maxsplit, width, count...) as a clamped intptr_t: TypeError for non-ints.
[[nodiscard]] bool int_arg(ThreadState& ts, Value v, intptr_t* out);

// ASCII classes used by bytes methods (and by str for ASCII text).
inline bool ascii_space(uint32_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
inline bool ascii_lower(uint32_t c) { return c >= 'a' && c <= 'z'; }
inline bool ascii_upper(uint32_t c) { return c >= 'A' && c <= 'Z'; }
inline bool ascii_digit(uint32_t c) { return c >= '0' && c <= '9'; }
// Whitespace for split() and strip(): Unicode for str, ASCII for bytes.
bool text_is_space(const TextView& v, uint32_t item);

// An index for a sequence subscript (IndexError "cannot fit 'int' into an index-sized integer"
// when too big) and the count of a repetition (the same message as OverflowError).
[[nodiscard]] bool sequence_index(ThreadState& ts, Value key, intptr_t* out);
[[nodiscard]] bool sequence_repeat_count(ThreadState& ts, Value n, intptr_t* out);

// format % args for a str or bytes format (str_percent.cpp).
[[nodiscard]] Value text_percent(ThreadState& ts, Value format, Value args);

// Method tables (terminated by a null entry) of the str_methods_*.cpp files. The TEXT_ ones
// serve both str and bytes.
extern const MethodDef TEXT_SEARCH_METHODS[], TEXT_SPLIT_METHODS[], TEXT_PAD_METHODS[];
extern const MethodDef STR_CASE_METHODS[], BYTES_CASE_METHODS[];
extern const MethodDef STR_CODEC_METHODS[], BYTES_CODEC_METHODS[], BYTES_HEX_METHODS[];
extern const MethodDef STR_TRANSLATE_METHODS[], STR_FORMAT_METHODS[];

// The encoding and errors arguments of encode/decode/str()/bytes(): str or absent (nullptr), with
// "f() argument 'encoding' must be str, not int".
[[nodiscard]] bool codec_args(ThreadState& ts, const char* fname, const Value* args, size_t nargs,
                              Tuple* kw, const char** encoding, const char** errors);

}  // namespace weft
