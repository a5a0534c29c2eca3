// repr() of str and bytes with CPython's rules: single quotes unless the text holds a single
// quote and no double quote; backslash escapes for the quote, backslash, \t \n \r and for
// characters that are not printable (str keeps printable non-ASCII characters as they are,
// bytes escapes every byte outside printable ASCII).
#include "object/bytes.hpp"
#include "object/protocol.hpp"
#include "object/str_impl.hpp"
#include "object/unicode_tables.hpp"

namespace weft {

namespace {

char choose_quote(std::string_view text) {
  bool single = text.find('\'') != std::string_view::npos;
  bool dbl = text.find('"') != std::string_view::npos;
  return single && !dbl ? '"' : '\'';
}

// The escape of an ASCII byte in quotes `quote`, or nullptr/0 when it stands as itself.
size_t ascii_escape(unsigned char c, char quote, char* out) {
  const char* named = c == '\t' ? "\\t" : c == '\n' ? "\\n" : c == '\r' ? "\\r" : nullptr;
  if (named) {
    out[0] = named[0];
    out[1] = named[1];
    return 2;
  }
  if (c == '\\' || c == static_cast<unsigned char>(quote)) {
    out[0] = '\\';
    out[1] = char(c);
    return 2;
  }
  if (c < 0x20 || c >= 0x7F) return escape_codepoint(c, out);
  return 0;
}

}  // namespace

void repr_str_text(std::string_view text, TextSink sink, void* ctx) {
  char quote = choose_quote(text);
  sink(ctx, &quote, 1);
  const char* p = text.data();
  const char* end = p + text.size();
  const char* run = p;  // start of the text not yet written
  char esc[ESCAPE_MAX];
  while (p < end) {
    auto c = static_cast<unsigned char>(*p);
    size_t len = 1, n = 0;
    if (c < 0x80) {
      n = ascii_escape(c, quote, esc);
    } else {
      uint32_t cp = utf8_decode(p, &len);
      if (!uni_is_printable(cp)) n = escape_codepoint(cp, esc);
    }
    if (n) {
      sink(ctx, run, size_t(p - run));
      sink(ctx, esc, n);
      run = p + len;
    }
    p += len;
  }
  sink(ctx, run, size_t(end - run));
  sink(ctx, &quote, 1);
}

void repr_bytes_text(std::string_view bytes, TextSink sink, void* ctx) {
  char quote = choose_quote(bytes);
  char open[2] = {'b', quote};
  sink(ctx, open, 2);
  const char* run = bytes.data();
  char esc[ESCAPE_MAX];
  for (const char* p = bytes.data(); p < bytes.data() + bytes.size(); p++) {
    size_t n = ascii_escape(static_cast<unsigned char>(*p), quote, esc);
    if (!n) continue;
    sink(ctx, run, size_t(p - run));
    sink(ctx, esc, n);
    run = p + 1;
  }
  sink(ctx, run, size_t(bytes.data() + bytes.size() - run));
  sink(ctx, &quote, 1);
}

namespace {

void append_to(void* ctx, const char* data, size_t n) { static_cast<StrBuf*>(ctx)->append(data, n); }

}  // namespace

Value str_repr(ThreadState& ts, Str* s) {
  StrBuf out(ts);
  repr_str_text(str_view(s), append_to, &out);
  return out.finish();
}

Value bytes_repr(ThreadState& ts, const char* data, size_t n) {
  StrBuf out(ts);
  repr_bytes_text(std::string_view(data, n), append_to, &out);
  return out.finish();
}

}  // namespace weft
