// The C-level formatter behind raise(), str_format_c and StrBuf::appendf, modelled on CPython's
// PyUnicode_FromFormat: printf-like flags '-' and '0', width and precision (for text conversions
// the precision counts code points), and the Weft/CPython conversions on Values (%R %S %A %T %U %V).
#include <charconv>
#include <cstring>

#include "base/utf8.hpp"
#include "object/error.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"

namespace weft {

namespace {

struct Conversion {
  bool left = false;      // '-'
  bool zero = false;      // '0'
  int width = -1;
  int precision = -1;
  int longs = 0;          // 'l' count
  bool size_t_ = false;   // 'z'
  char code = 0;
};

// Parses the conversion after '%'; returns the position after it.
const char* parse_conversion(const char* f, Conversion* c) {
  for (;; f++) {
    if (*f == '-') {
      c->left = true;
    } else if (*f == '0') {
      c->zero = true;
    } else {
      break;
    }
  }
  auto number = [&f]() {
    int n = 0;
    while (*f >= '0' && *f <= '9') n = n < 100000 ? n * 10 + (*f++ - '0') : (f++, n);
    return n;
  };
  if (*f >= '1' && *f <= '9') c->width = number();
  if (*f == '.') {
    f++;
    c->precision = number();
  }
  while (*f == 'l') {
    c->longs++;
    f++;
  }
  if (*f == 'z') {
    c->size_t_ = true;
    f++;
  }
  c->code = *f;
  return *f ? f + 1 : f;
}

void pad(StrBuf& out, size_t n, char fill) {
  char spaces[16];
  std::memset(spaces, fill, sizeof spaces);
  while (n > 0) {
    size_t k = n < sizeof spaces ? n : sizeof spaces;
    out.append(spaces, k);
    n -= k;
  }
}

// Appends text (valid UTF-8, `length` code points) cut to the precision and padded to the width.
void append_text(StrBuf& out, const Conversion& c, const char* text, size_t n, size_t length) {
  if (c.precision >= 0 && length > size_t(c.precision)) {
    n = size_t(utf8_advance(text, size_t(c.precision)) - text);
    length = size_t(c.precision);
  }
  size_t fill = c.width > 0 && size_t(c.width) > length ? size_t(c.width) - length : 0;
  if (!c.left) pad(out, fill, ' ');
  out.append(text, n);
  if (c.left) pad(out, fill, ' ');
}

void append_str_value(StrBuf& out, const Conversion& c, Value v) {
  Str* s = as_str(v);
  append_text(out, c, s->data, s->nbytes, s->length);
}

// C text is expected to be UTF-8; bytes that are not become U+FFFD (CPython decodes %s with
// "replace"), so a message never holds ill-formed text.
bool append_c_text(StrBuf& out, const Conversion& c, const char* s) {
  if (!s) s = "(null)";
  size_t n = strlen(s);
  Utf8Error err;
  if (utf8_validate(s, n, 0, &err)) {
    append_text(out, c, s, n, utf8_count(s, n));
    return true;
  }
  StrBuf clean(out.ts());
  size_t from = 0;
  do {
    clean.append(s + from, err.pos - from);
    clean.append_codepoint(REPLACEMENT_CHAR);
    from = err.pos + err.len;
  } while (!utf8_validate(s, n, from, &err));
  clean.append(s + from, n - from);
  if (clean.failed()) return false;
  append_text(out, c, clean.data(), clean.size(), utf8_count(clean.data(), clean.size()));
  return true;
}

// Digits of a number with the sign, padded (zeros go after the sign).
void append_number(StrBuf& out, const Conversion& c, bool negative, uint64_t magnitude, int base) {
  char digits[24];
  auto r = std::to_chars(digits, digits + sizeof digits, magnitude, base);
  size_t n = size_t(r.ptr - digits);
  size_t used = n + (negative ? 1 : 0);
  size_t fill = c.width > 0 && size_t(c.width) > used ? size_t(c.width) - used : 0;
  if (!c.left && !c.zero) pad(out, fill, ' ');
  if (negative) out.append_char('-');
  if (!c.left && c.zero) pad(out, fill, '0');
  out.append(digits, n);
  if (c.left) pad(out, fill, ' ');
}

void append_signed(StrBuf& out, const Conversion& c, int64_t v) {
  uint64_t m = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  append_number(out, c, v < 0, m, 10);
}

int64_t read_signed(const Conversion& c, va_list& ap) {
  if (c.size_t_) return va_arg(ap, intptr_t);
  if (c.longs >= 2) return va_arg(ap, long long);
  if (c.longs == 1) return va_arg(ap, long);
  return va_arg(ap, int);
}

uint64_t read_unsigned(const Conversion& c, va_list& ap) {
  if (c.size_t_) return va_arg(ap, size_t);
  if (c.longs >= 2) return va_arg(ap, unsigned long long);
  if (c.longs == 1) return va_arg(ap, unsigned long);
  return va_arg(ap, unsigned);
}

// %R %S %A: the text of a Value; false when producing it raised.
bool append_object_text(StrBuf& out, const Conversion& c, Value v) {
  ThreadState& ts = out.ts();
  Value text = c.code == 'R' ? obj_repr(ts, v) : c.code == 'S' ? obj_str(ts, v) : obj_ascii(ts, v);
  if (text.is_error()) return false;
  append_str_value(out, c, text);
  return true;
}

// One conversion; false when it raised (the builder is then failed).
bool append_conversion(StrBuf& out, const Conversion& c, va_list& ap) {
  switch (c.code) {
    case 'd': case 'i': append_signed(out, c, read_signed(c, ap)); return true;
    case 'u': append_number(out, c, false, read_unsigned(c, ap), 10); return true;
    case 'x': append_number(out, c, false, read_unsigned(c, ap), 16); return true;
    case 'c': {
      int cp = va_arg(ap, int);
      out.append_codepoint(cp >= 0 && uint32_t(cp) <= UNICODE_MAX ? uint32_t(cp) : REPLACEMENT_CHAR);
      return true;
    }
    case 'p': {
      out.append("0x", 2);
      append_number(out, c, false, uint64_t(reinterpret_cast<uintptr_t>(va_arg(ap, void*))), 16);
      return true;
    }
    case 's': return append_c_text(out, c, va_arg(ap, const char*));
    case 'U': {
      const Str* s = va_arg(ap, const Str*);
      append_text(out, c, s->data, s->nbytes, s->length);
      return true;
    }
    case 'V': append_str_value(out, c, va_arg(ap, Value)); return true;
    case 'T': return append_c_text(out, c, type_name(out.ts(), va_arg(ap, Value)));
    case 'R': case 'S': case 'A': return append_object_text(out, c, va_arg(ap, Value));
    case '%': out.append_char('%'); return true;
    default:
      // An unknown conversion is a bug in the caller; show it rather than guess its argument.
      out.append_char('%');
      out.append_char(c.code);
      return true;
  }
}

}  // namespace

void StrBuf::vappendf(const char* fmt, va_list ap) {
  va_list args;
  va_copy(args, ap);
  const char* f = fmt;
  while (*f && !failed_) {
    const char* plain = f;
    while (*f && *f != '%') f++;
    append(plain, size_t(f - plain));
    if (!*f) break;
    Conversion c;
    f = parse_conversion(f + 1, &c);
    if (!c.code) break;
    if (!append_conversion(*this, c, args)) failed_ = true;
  }
  va_end(args);
}

void StrBuf::appendf(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vappendf(fmt, ap);
  va_end(ap);
}

Value str_vformat_c(ThreadState& ts, const char* fmt, va_list ap) {
  StrBuf out(ts);
  out.vappendf(fmt, ap);
  return out.finish();
}

Value str_format_c(ThreadState& ts, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  Value r = str_vformat_c(ts, fmt, ap);
  va_end(ap);
  return r;
}

}  // namespace weft
