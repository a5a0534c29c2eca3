// printf-style formatting: str % args and bytes % args, as CPython's PyUnicode_Format and
// _PyBytes_FormatEx: a tuple of arguments, one argument, or a mapping for %(key)s; flags
// - + space # 0, width and precision (or *), conversions s r a c d i u o x X e E f F g G (and
// b for bytes), with CPython's messages.
#include "object/error.hpp"
#include "object/float.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/str_methods.hpp"
#include "object/tuple.hpp"

namespace weft {

namespace {

struct Conversion {
  bool left = false, plus = false, space = false, alt = false, zero = false;
  intptr_t width = -1, precision = -1;
  uint32_t code = 0;
  size_t at = 0;  // byte offset of the conversion character, for the error message
};

// The arguments, consumed in order; a single non-tuple argument is consumed once.
struct Arguments {
  Value args;
  intptr_t count, next;
  Value mapping;  // error() when args is not a mapping

  Value take(ThreadState& ts) {
    if (next >= count) {
      return raise(ts, ts.vm->types.TypeError, "not enough arguments for format string");
    }
    intptr_t i = next++;
    return count < 0 ? args : as_tuple(args)->items[i];
  }
  void use_single(Value v) {
    args = v;
    count = -1;
    next = -2;
  }
};

class Formatter {
 public:
  Formatter(ThreadState& ts, bool is_str, std::string_view fmt, Value args)
      : ts_(ts), is_str_(is_str), fmt_(fmt), out_(ts) {
    if (is_tuple(ts, args)) {
      a_ = {args, intptr_t(as_tuple(args)->size), 0, Value::error()};
    } else {
      a_ = {args, -1, -2, Value::error()};
      // Anything subscriptable is a mapping for %(key)s, but for str and (formatting bytes)
      // bytes-like objects, as CPython.
      TextView unused;
      bool text = weft::is_str(ts, args) || (!is_str && bytes_like(ts, args, &unused));
      if (type_of(ts, args)->getitem && !text) a_.mapping = args;
    }
  }

  Value run();

 private:
  bool directive();
  bool key();
  bool star(intptr_t* out, bool is_width);
  bool number(intptr_t* out, const char* too_big);
  bool convert(const Conversion& c, Value arg);
  bool text(const Conversion& c, const char* data, size_t n, size_t items);
  bool text_value(const Conversion& c, Value s);
  bool integer(const Conversion& c, Value arg);
  bool real(const Conversion& c, Value arg);
  bool character(const Conversion& c, Value arg);
  bool bytes_of(const Conversion& c, Value arg);
  void repeat(char ch, size_t n);
  void layout(const Conversion& c, std::string_view sign, std::string_view prefix,
              std::string_view body);
  bool unsupported(uint32_t code, size_t at);
  bool fail(Type* type, const char* msg) {
    raise(ts_, type, "%s", msg);
    return false;
  }

  ThreadState& ts_;
  bool is_str_;
  std::string_view fmt_;
  size_t pos_ = 0;
  StrBuf out_;
  Arguments a_;
};

Value Formatter::run() {
  while (pos_ < fmt_.size()) {
    size_t start = pos_;
    while (pos_ < fmt_.size() && fmt_[pos_] != '%') pos_++;
    out_.append(fmt_.data() + start, pos_ - start);
    if (pos_ >= fmt_.size()) break;
    pos_++;
    if (!directive()) return Value::error();
  }
  if (a_.next < a_.count && a_.mapping.is_error()) {
    return raise(ts_, ts_.vm->types.TypeError,
                 is_str_ ? "not all arguments converted during string formatting"
                         : "not all arguments converted during bytes formatting");
  }
  return is_str_ ? out_.finish() : out_.finish_bytes();
}

// %(key): the value from the mapping becomes the only argument.
bool Formatter::key() {
  if (a_.mapping.is_error()) return fail(ts_.vm->types.TypeError, "format requires a mapping");
  size_t start = ++pos_;
  int depth = 1;
  while (pos_ < fmt_.size()) {
    char c = fmt_[pos_++];
    if (c == '(') depth++;
    if (c == ')' && --depth == 0) break;
  }
  if (depth > 0) return fail(ts_.vm->types.ValueError, "incomplete format key");
  Value k = text_make(ts_, is_str_, fmt_.data() + start, pos_ - 1 - start);
  if (k.is_error()) return false;
  Value v = obj_getitem(ts_, a_.mapping, k);
  if (v.is_error()) return false;
  a_.use_single(v);
  return true;
}

bool Formatter::star(intptr_t* out, bool is_width) {
  pos_++;
  Value v = a_.take(ts_);
  if (v.is_error()) return false;
  if (!is_int_like(ts_, v)) return fail(ts_.vm->types.TypeError, "* wants int");
  if (!int_to_ssize(ts_, v, out)) {
    take_pending(ts_);
    return fail(ts_.vm->types.ValueError, is_width ? "width too big" : "precision too big");
  }
  return true;
}

bool Formatter::number(intptr_t* out, const char* too_big) {
  intptr_t n = 0;
  while (pos_ < fmt_.size() && fmt_[pos_] >= '0' && fmt_[pos_] <= '9') {
    int d = fmt_[pos_++] - '0';
    if (n > (INTPTR_MAX - d) / 10) return fail(ts_.vm->types.ValueError, too_big);
    n = n * 10 + d;
  }
  *out = n;
  return true;
}

bool Formatter::directive() {
  if (pos_ < fmt_.size() && fmt_[pos_] == '%') {
    out_.append_char('%');
    pos_++;
    return true;
  }
  if (pos_ < fmt_.size() && fmt_[pos_] == '(' && !key()) return false;
  Conversion c;
  for (bool flag = true; flag && pos_ < fmt_.size(); flag && pos_++) {
    switch (fmt_[pos_]) {
      case '-': c.left = true; break;
      case '+': c.plus = true; break;
      case ' ': c.space = true; break;
      case '#': c.alt = true; break;
      case '0': c.zero = true; break;
      default: flag = false;
    }
  }
  if (pos_ < fmt_.size() && fmt_[pos_] == '*') {
    if (!star(&c.width, true)) return false;
    if (c.width < 0) {
      c.left = true;
      c.width = -c.width;
    }
  } else if (!number(&c.width, "width too big")) {
    return false;
  }
  if (pos_ < fmt_.size() && fmt_[pos_] == '.') {
    pos_++;
    if (pos_ < fmt_.size() && fmt_[pos_] == '*') {
      if (!star(&c.precision, false)) return false;
      if (c.precision < 0) c.precision = 0;
    } else if (!number(&c.precision, "precision too big")) {
      return false;
    }
  }
  while (pos_ < fmt_.size() && (fmt_[pos_] == 'h' || fmt_[pos_] == 'l' || fmt_[pos_] == 'L')) pos_++;
  if (pos_ >= fmt_.size()) return fail(ts_.vm->types.ValueError, "incomplete format");
  size_t len = 1;
  c.at = pos_;
  c.code = is_str_ ? utf8_decode(fmt_.data() + pos_, &len) : uint8_t(fmt_[pos_]);
  pos_ += len;
  Value arg = a_.take(ts_);
  return !arg.is_error() && convert(c, arg);
}

bool Formatter::unsupported(uint32_t code, size_t at) {
  size_t index = is_str_ ? utf8_count(fmt_.data(), at) : at;
  raise(ts_, ts_.vm->types.ValueError, "unsupported format character '%c' (0x%x) at index %zu",
        code < 128 ? int(code) : '?', unsigned(code), index);
  return false;
}

bool Formatter::convert(const Conversion& c, Value arg) {
  switch (c.code) {
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': return integer(c, arg);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': return real(c, arg);
    case 'c': return character(c, arg);
    case 'r': case 'a': {
      Value s = c.code == 'r' && is_str_ ? obj_repr(ts_, arg) : obj_ascii(ts_, arg);
      return !s.is_error() && text_value(c, s);
    }
    case 's':
      if (is_str_) {
        Value s = obj_str(ts_, arg);
        return !s.is_error() && text_value(c, s);
      }
      return bytes_of(c, arg);
    case 'b':
      if (!is_str_) return bytes_of(c, arg);
      break;
  }
  return unsupported(c.code, c.at);
}

// Text cut to the precision (in items) and padded to the width with spaces.
bool Formatter::text(const Conversion& c, const char* data, size_t n, size_t items) {
  if (c.precision >= 0 && size_t(c.precision) < items) {
    n = is_str_ ? size_t(utf8_advance(data, size_t(c.precision)) - data) : size_t(c.precision);
    items = size_t(c.precision);
  }
  size_t fill = c.width > intptr_t(items) ? size_t(c.width) - items : 0;
  if (!c.left) repeat(' ', fill);
  out_.append(data, n);
  if (c.left) repeat(' ', fill);
  return !out_.failed();
}

bool Formatter::text_value(const Conversion& c, Value s) {
  Str* t = as_str(s);
  return text(c, t->data, t->nbytes, t->length);
}

void Formatter::repeat(char ch, size_t n) {
  if (!out_.reserve(n)) return;
  char chunk[64];
  for (size_t i = 0; i < sizeof chunk; i++) chunk[i] = ch;
  while (n > 0 && !out_.failed()) {
    size_t k = n < sizeof chunk ? n : sizeof chunk;
    out_.append(chunk, k);
    n -= k;
  }
}

// sign + prefix + body padded to the width: spaces before (or after, for '-'), or zeros between
// the prefix and the body for '0'.
void Formatter::layout(const Conversion& c, std::string_view sign, std::string_view prefix,
                       std::string_view body) {
  size_t used = sign.size() + prefix.size() + body.size();
  size_t fill = c.width > intptr_t(used) ? size_t(c.width) - used : 0;
  if (!c.left && !c.zero) repeat(' ', fill);
  out_.append(sign);
  out_.append(prefix);
  if (!c.left && c.zero) repeat('0', fill);
  out_.append(body);
  if (c.left) repeat(' ', fill);
}

const char* sign_for(const Conversion& c, bool negative) {
  return negative ? "-" : c.plus ? "+" : c.space ? " " : "";
}

bool Formatter::integer(const Conversion& c, Value arg) {
  bool radix = c.code == 'o' || c.code == 'x' || c.code == 'X';
  Type* t = type_of(ts_, arg);
  Value v;
  if (is_int_like(ts_, arg) || t->index) {
    v = obj_index(ts_, arg);
  } else if (!radix && (t->to_int || t->to_float)) {
    v = obj_to_int(ts_, arg);
  } else {
    raise(ts_, ts_.vm->types.TypeError, "%%%c format: %s is required, not %T", int(c.code),
          radix ? "an integer" : "a real number", arg);
    return false;
  }
  if (v.is_error()) return false;
  int base = c.code == 'o' ? 8 : radix ? 16 : 10;
  Value digits_str = int_to_str(ts_, v, base);
  if (digits_str.is_error()) return false;
  std::string_view digits = str_view(as_str(digits_str));
  bool negative = digits[0] == '-';
  if (negative) digits.remove_prefix(1);
  if (base != 10) digits.remove_prefix(2);
  std::string_view prefix;
  if (c.alt && radix) prefix = c.code == 'o' ? "0o" : c.code == 'x' ? "0x" : "0X";
  StrBuf body(ts_);
  for (intptr_t k = intptr_t(digits.size()); k < c.precision; k++) body.append_char('0');
  for (char d : digits) body.append_char(c.code == 'X' && d >= 'a' ? char(d - 32) : d);
  if (body.failed()) return false;
  Conversion z = c;
  z.zero = c.zero && !c.left;
  layout(z, sign_for(c, negative), prefix, std::string_view(body.data(), body.size()));
  return !out_.failed();
}

bool Formatter::real(const Conversion& c, Value arg) {
  double d = 0;
  if (is_float(ts_, arg)) {
    d = float_value(arg);
  } else if (is_int_like(ts_, arg)) {
    if (!int_to_double(ts_, arg, &d)) return false;
  } else if (type_of(ts_, arg)->to_float || type_of(ts_, arg)->index) {
    Value f = obj_to_float(ts_, arg);
    if (f.is_error()) return false;
    d = float_value(f);
  } else {
    raise(ts_, ts_.vm->types.TypeError, "must be real number, not %T", arg);
    return false;
  }
  int precision = c.precision < 0 ? 6 : c.precision > 0x7FFFFFFF - 400 ? -1 : int(c.precision);
  if (precision < 0) return fail(ts_.vm->types.ValueError, "precision too big");
  Value t = float_to_text(ts_, d, char(c.code), precision, c.alt ? unsigned(FLOAT_FMT_ALT) : 0u);
  if (t.is_error()) return false;
  std::string_view body = str_view(as_str(t));
  bool negative = body[0] == '-';
  if (negative) body.remove_prefix(1);
  Conversion z = c;
  z.zero = c.zero && !c.left;
  layout(z, sign_for(c, negative), "", body);
  return !out_.failed();
}

bool Formatter::character(const Conversion& c, Value arg) {
  char buf[UTF8_MAX];
  if (is_int_like(ts_, arg)) {
    int64_t cp = -1;
    if (!int_to_i64(ts_, arg, &cp)) take_pending(ts_);
    int64_t limit = is_str_ ? int64_t(UNICODE_MAX) : 255;
    if (cp < 0 || cp > limit) {
      return fail(ts_.vm->types.OverflowError,
                  is_str_ ? "%c arg not in range(0x110000)" : "%c arg not in range(256)");
    }
    if (!is_str_) {
      buf[0] = char(cp);
      return text(c, buf, 1, 1);
    }
    return text(c, buf, utf8_encode(uint32_t(cp), buf), 1);
  }
  TextView one;
  if (is_str_ && is_str(ts_, arg) && as_str(arg)->length == 1) return text_value(c, arg);
  if (!is_str_ && bytes_like(ts_, arg, &one) && one.nbytes == 1) return text(c, one.data, 1, 1);
  return fail(ts_.vm->types.TypeError, is_str_ ? "%c requires int or char"
                                               : "%c requires an integer in range(256) or a single byte");
}

// %s and %b of bytes: a bytes-like object or one with __bytes__.
bool Formatter::bytes_of(const Conversion& c, Value arg) {
  TextView v;
  if (!bytes_like(ts_, arg, &v)) {
    Value b = call_special(ts_, arg, ts_.vm->names.__bytes__, nullptr, 0);
    if (b.is_error() && ts_.has_pending()) return false;
    if (b.is_error() || !is_bytes(ts_, b)) {
      raise(ts_, ts_.vm->types.TypeError,
            "%%b requires a bytes-like object, or an object that implements __bytes__, not '%T'",
            arg);
      return false;
    }
    v = text_view(as_bytes(b));
  }
  return text(c, v.data, v.nbytes, v.nbytes);
}

}  // namespace

Value text_percent(ThreadState& ts, Value format, Value args) {
  TextView f = self_view(ts, format);
  Formatter formatter(ts, f.is_str(), f.view(), args);
  return formatter.run();
}

}  // namespace weft
