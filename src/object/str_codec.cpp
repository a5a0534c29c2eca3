// The codecs built into str and bytes: UTF-8, ASCII and Latin-1, each way, with the error
// handlers strict, ignore, replace, surrogateescape, surrogatepass (UTF-8), backslashreplace and
// xmlcharrefreplace (encoding). Errors carry CPython's positions and reasons. Other codecs
// raise LookupError "unknown encoding: x" (the codecs module is not built in yet).
#include <cstring>

#include "object/args.hpp"
#include "object/bytes.hpp"
#include "object/error.hpp"
#include "object/exception.hpp"
#include "object/function.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/str_methods.hpp"

namespace weft {

namespace {

enum class Codec { Utf8, Ascii, Latin1 };
enum class Handler { Strict, Ignore, Replace, SurrogateEscape, SurrogatePass, Backslash, XmlRef };

const char* codec_name(Codec c) {
  return c == Codec::Utf8 ? "utf-8" : c == Codec::Ascii ? "ascii" : "latin-1";
}

// CPython's encodings.normalize_encoding: lower case, each run of punctuation or spaces (but
// '.') becomes one '_', none at either end.
void normalize(const char* name, char* out, size_t cap) {
  size_t n = 0;
  bool gap = false;
  for (const char* p = name; *p && n + 2 < cap; p++) {
    char c = *p;
    bool word = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                c == '.';
    if (!word) {
      gap = n > 0;
      continue;
    }
    if (gap) out[n++] = '_';
    gap = false;
    out[n++] = c >= 'A' && c <= 'Z' ? char(c + 32) : c;
  }
  out[n] = 0;
}

bool one_of(const char* name, const char* const* names) {
  for (; *names; names++) {
    if (strcmp(name, *names) == 0) return true;
  }
  return false;
}

bool lookup_codec(ThreadState& ts, const char* encoding, Codec* out) {
  static const char* const UTF8[] = {"utf_8", "utf8", "u8", "utf", "cp65001", nullptr};
  static const char* const ASCII[] = {"ascii", "us_ascii", "646", "us", "cp367", "ibm367",
                                      "csascii", "iso646_us", "ansi_x3.4_1968", nullptr};
  static const char* const LATIN1[] = {"latin_1", "latin1", "latin", "l1", "iso8859_1",
                                       "iso_8859_1", "8859", "cp819", "ibm819", "iso_ir_100",
                                       "csisolatin1", nullptr};
  *out = Codec::Utf8;
  if (!encoding) return true;
  char norm[32];
  normalize(encoding, norm, sizeof norm);
  if (one_of(norm, UTF8)) return true;
  *out = Codec::Ascii;
  if (one_of(norm, ASCII)) return true;
  *out = Codec::Latin1;
  if (one_of(norm, LATIN1)) return true;
  raise(ts, ts.vm->types.LookupError, "unknown encoding: %s", encoding);
  return false;
}

// Handlers are looked up only when an error occurs, as CPython does.
bool lookup_handler(ThreadState& ts, const char* errors, Handler* out) {
  static const char* const NAMES[] = {"strict", "ignore", "replace", "surrogateescape",
                                      "surrogatepass", "backslashreplace", "xmlcharrefreplace",
                                      nullptr};
  if (!errors) errors = "strict";
  for (int i = 0; NAMES[i]; i++) {
    if (strcmp(errors, NAMES[i]) == 0) {
      *out = Handler(i);
      return true;
    }
  }
  raise(ts, ts.vm->types.LookupError, "unknown error handler name '%s'", errors);
  return false;
}

Value raise_unicode_error(ThreadState& ts, Type* type, Codec codec, Value object, size_t start,
                          size_t end, const char* reason) {
  Value args[5];
  args[0] = str_from_cstr(ts, codec_name(codec));
  args[1] = object;
  args[2] = int_from_u64(ts, start);
  args[3] = int_from_u64(ts, end);
  args[4] = str_from_cstr(ts, reason);
  for (Value a : args) {
    if (a.is_error()) return a;
  }
  WEFT_TRY(exc, exception_new(ts, type, args, 5));
  ts.pending = exc;
  return Value::error();
}

// ---- decoding -----------------------------------------------------------------------------------

// The first undecodable part of data[from..n) for the codec; false when there is none.
bool find_bad_bytes(Codec codec, const char* data, size_t n, size_t from, Utf8Error* err) {
  if (codec == Codec::Latin1) return false;
  if (codec == Codec::Utf8) return !utf8_validate(data, n, from, err);
  for (size_t i = from; i < n; i++) {
    if (static_cast<unsigned char>(data[i]) >= 0x80) {
      *err = {i, 1, "ordinal not in range(128)"};
      return true;
    }
  }
  return false;
}

// Appends good bytes data[from..to) as text.
void append_decoded(StrBuf& out, Codec codec, const char* data, size_t from, size_t to) {
  if (codec != Codec::Latin1) {
    out.append(data + from, to - from);
    return;
  }
  for (size_t i = from; i < to; i++) out.append_codepoint(static_cast<unsigned char>(data[i]));
}

// An encoded surrogate (ED A0..BF xx), which surrogatepass lets through.
bool is_encoded_surrogate(const char* data, size_t n, size_t at) {
  auto s = reinterpret_cast<const unsigned char*>(data);
  return at + 3 <= n && s[at] == 0xED && s[at + 1] >= 0xA0 && s[at + 1] <= 0xBF &&
         utf8_is_continuation(s[at + 2]);
}

// Applies the handler to the bad bytes; returns how many bytes it consumed, 0 on error.
size_t handle_decode_error(ThreadState& ts, StrBuf& out, Codec codec, Handler h,
                           const char* data, size_t n, const Utf8Error& err, Value* object) {
  auto bad = reinterpret_cast<const unsigned char*>(data + err.pos);
  switch (h) {
    case Handler::Ignore: return err.len;
    case Handler::Replace: out.append_codepoint(REPLACEMENT_CHAR); return err.len;
    case Handler::SurrogateEscape:
      for (size_t i = 0; i < err.len; i++) out.append_codepoint(0xDC00 + bad[i]);
      return err.len;
    case Handler::Backslash:
      for (size_t i = 0; i < err.len; i++) {
        char esc[ESCAPE_MAX];
        out.append(esc, escape_codepoint(bad[i], esc));
      }
      return err.len;
    case Handler::SurrogatePass:
      if (codec == Codec::Utf8 && is_encoded_surrogate(data, n, err.pos)) {
        out.append(data + err.pos, 3);
        return 3;
      }
      break;
    case Handler::XmlRef:
      raise(ts, ts.vm->types.TypeError,
            "don't know how to handle UnicodeDecodeError in error callback");
      return 0;
    case Handler::Strict: break;
  }
  if (object->is_error()) {
    *object = bytes_new(ts, data, n);
    if (object->is_error()) return 0;
  }
  raise_unicode_error(ts, ts.vm->types.UnicodeDecodeError, codec, *object, err.pos,
                      err.pos + err.len, err.reason);
  return 0;
}

Value decode(ThreadState& ts, Codec codec, const char* data, size_t n, Value object,
             const char* errors) {
  Utf8Error err;
  if (!find_bad_bytes(codec, data, n, 0, &err)) {
    if (codec != Codec::Latin1 || utf8_all_ascii(data, n)) return str_new(ts, data, n);
  }
  StrBuf out(ts);
  Handler h = Handler::Strict;
  bool have_handler = false;
  size_t at = 0;
  while (find_bad_bytes(codec, data, n, at, &err)) {
    append_decoded(out, codec, data, at, err.pos);
    if (!have_handler && !lookup_handler(ts, errors, &h)) return Value::error();
    have_handler = true;
    size_t used = handle_decode_error(ts, out, codec, h, data, n, err, &object);
    if (used == 0) return Value::error();
    at = err.pos + used;
  }
  append_decoded(out, codec, data, at, n);
  return out.finish();
}

// ---- encoding -----------------------------------------------------------------------------------

bool encodable(Codec codec, uint32_t cp) {
  switch (codec) {
    case Codec::Utf8: return !is_surrogate(cp);
    case Codec::Ascii: return cp < 0x80;
    case Codec::Latin1: return cp < 0x100;
  }
  return false;
}

const char* encode_reason(Codec codec) {
  return codec == Codec::Utf8    ? "surrogates not allowed"
         : codec == Codec::Ascii ? "ordinal not in range(128)"
                                 : "ordinal not in range(256)";
}

// Appends the handler's replacement for one unencodable code point; false when the handler
// cannot handle it (the caller raises).
bool replace_unencodable(StrBuf& out, Codec codec, Handler h, uint32_t cp) {
  switch (h) {
    case Handler::Ignore: return true;
    case Handler::Replace: out.append_char('?'); return true;
    case Handler::SurrogateEscape:
      if (cp < 0xDC80 || cp > 0xDCFF) return false;
      out.append_char(char(cp - 0xDC00));
      return true;
    case Handler::SurrogatePass:
      if (codec != Codec::Utf8 || !is_surrogate(cp)) return false;
      out.append_codepoint(cp);
      return true;
    case Handler::Backslash: {
      char esc[ESCAPE_MAX];
      out.append(esc, escape_codepoint(cp, esc));
      return true;
    }
    case Handler::XmlRef: out.appendf("&#%u;", unsigned(cp)); return true;
    case Handler::Strict: return false;
  }
  return false;
}

// Encodes the run of unencodable code points starting at byte `at` (index `index`); returns the
// byte offset after it, or 0 on error.
size_t encode_bad_run(ThreadState& ts, StrBuf& out, Codec codec, Handler h, Str* s, size_t at,
                      size_t index) {
  const char* end = s->data + s->nbytes;
  const char* p = s->data + at;
  size_t count = 0;
  for (const char* q = p; q < end; count++) {
    size_t len;
    if (encodable(codec, utf8_decode(q, &len))) break;
    q += len;
  }
  for (size_t i = 0; i < count; i++) {
    size_t len;
    uint32_t cp = utf8_decode(p, &len);
    if (!replace_unencodable(out, codec, h, cp)) {
      raise_unicode_error(ts, ts.vm->types.UnicodeEncodeError, codec, Value::from_obj(s), index,
                          index + count, encode_reason(codec));
      return 0;
    }
    p += len;
  }
  return size_t(p - s->data);
}

// True when the str's bytes are already the encoding: ASCII text, or UTF-8 without surrogates
// (their encodings, ED A0..BF xx, are the only ill-formed sequences a str can hold).
bool encoded_as_is(Codec codec, const Str* s) {
  if (str_is_ascii(s)) return true;
  if (codec != Codec::Utf8) return false;
  const char* end = s->data + s->nbytes;
  for (const char* p = s->data; (p = static_cast<const char*>(std::memchr(p, 0xED, size_t(end - p))));
       p++) {
    if (is_encoded_surrogate(s->data, s->nbytes, size_t(p - s->data))) return false;
  }
  return true;
}

Value encode(ThreadState& ts, Codec codec, Str* s, const char* errors) {
  if (encoded_as_is(codec, s)) return bytes_new(ts, s->data, s->nbytes);
  StrBuf out(ts);
  Handler h = Handler::Strict;
  bool have_handler = false;
  size_t at = 0, index = 0;
  while (at < s->nbytes) {
    size_t len;
    uint32_t cp = utf8_decode(s->data + at, &len);
    if (encodable(codec, cp)) {
      if (codec == Codec::Latin1) {
        out.append_char(char(cp));
      } else {
        out.append(s->data + at, len);
      }
      at += len;
      index++;
      continue;
    }
    if (!have_handler && !lookup_handler(ts, errors, &h)) return Value::error();
    have_handler = true;
    size_t next = encode_bad_run(ts, out, codec, h, s, at, index);
    if (next == 0) return Value::error();
    index += utf8_count(s->data + at, next - at);
    at = next;
  }
  return out.finish_bytes();
}

}  // namespace

Value str_decode_utf8(ThreadState& ts, const char* data, size_t n, const char* errors) {
  return decode(ts, Codec::Utf8, data, n, Value::error(), errors);
}

Value text_decode(ThreadState& ts, const char* data, size_t n, Value object, const char* encoding,
                  const char* errors) {
  Codec codec;
  if (!lookup_codec(ts, encoding, &codec)) return Value::error();
  return decode(ts, codec, data, n, object, errors);
}

Value text_encode(ThreadState& ts, Str* s, const char* encoding, const char* errors) {
  Codec codec;
  if (!lookup_codec(ts, encoding, &codec)) return Value::error();
  return encode(ts, codec, s, errors);
}

// ---- the encode and decode methods ---------------------------------------------------------------

bool codec_args(ThreadState& ts, const char* fname, const Value* args, size_t nargs, Tuple* kw,
                const char** encoding, const char** errors) {
  static const char* const NAMES[] = {"encoding", "errors"};
  ArgSpec spec = {fname, NAMES, 2, 0, 2, 0};
  Value a[2];
  if (!args_parse(ts, spec, args, nargs, kw, a)) return false;
  const char** out[2] = {encoding, errors};
  for (int i = 0; i < 2; i++) {
    *out[i] = nullptr;
    if (a[i].is_error()) continue;
    if (!is_str(ts, a[i])) {
      raise(ts, ts.vm->types.TypeError, "%s() argument '%s' must be str, not %T", fname, NAMES[i],
            a[i]);
      return false;
    }
    Str* name = as_str(a[i]);
    if (strlen(name->data) != name->nbytes) {
      raise(ts, ts.vm->types.ValueError, "embedded null character");
      return false;
    }
    *out[i] = name->data;
  }
  return true;
}

namespace {

Value m_encode(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  const char *encoding, *errors;
  if (!codec_args(ts, "encode", args, nargs, kw, &encoding, &errors)) return Value::error();
  return text_encode(ts, as_str(self), encoding, errors);
}

Value m_decode(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  const char *encoding, *errors;
  if (!codec_args(ts, "decode", args, nargs, kw, &encoding, &errors)) return Value::error();
  Bytes* b = as_bytes(self);
  return text_decode(ts, b->data, b->size, self, encoding, errors);
}

}  // namespace

const MethodDef STR_CODEC_METHODS[] = {
    {"encode", m_encode, 0, "Encode the string using the codec registered for encoding."},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef BYTES_CODEC_METHODS[] = {
    {"decode", m_decode, 0, "Decode the bytes using the codec registered for encoding."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace weft
