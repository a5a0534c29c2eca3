// Padding and layout methods shared by str and bytes: center, ljust, rjust, zfill, expandtabs.
// Widths and columns count items (code points for str).
#include <cstring>

#include "object/args.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/str_methods.hpp"

namespace weft {

namespace {

// The fill argument: one code point for str, one byte for bytes (CPython's messages).
bool fill_arg(ThreadState& ts, const TextView& v, const char* name, Value arg, TextView* fill) {
  if (v.is_str()) {
    if (!is_str(ts, arg)) {
      raise(ts, ts.vm->types.TypeError, "The fill character must be a unicode character, not %T",
            arg);
      return false;
    }
    *fill = text_view(as_str(arg));
    if (fill->length == 1) return true;
    raise(ts, ts.vm->types.TypeError, "The fill character must be exactly one character long");
    return false;
  }
  if (bytes_like(ts, arg, fill) && fill->nbytes == 1) return true;
  raise(ts, ts.vm->types.TypeError, "%s() argument 2 must be a byte string of length 1, not %T",
        name, arg);
  return false;
}

// v with `left` and `right` fills around it.
Value pad(ThreadState& ts, Value self, const TextView& v, size_t left, size_t right,
          const TextView& fill) {
  if (left == 0 && right == 0) return text_same(ts, self, v);
  size_t count = left + right;
  if (count > (size_t(INTPTR_MAX) - v.nbytes) / fill.nbytes) return raise_no_memory(ts);
  Value out;
  char* p = text_alloc(ts, v.is_str(), v.nbytes + count * fill.nbytes, v.length + count, &out);
  if (!p) return Value::error();
  auto repeat = [&](size_t n) {
    if (fill.nbytes == 1) {
      std::memset(p, fill.data[0], n);
      p += n;
      return;
    }
    for (size_t i = 0; i < n; i++, p += fill.nbytes) std::memcpy(p, fill.data, fill.nbytes);
  };
  repeat(left);
  std::memcpy(p, v.data, v.nbytes);
  p += v.nbytes;
  repeat(right);
  return out;
}

enum Justify { LEFT, RIGHT, CENTER };

Value justify(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw,
              const char* name, Justify how) {
  TextView v = self_view(ts, self);
  if (!method_args(ts, v.is_str(), name, nargs, kw, 1, 2)) return Value::error();
  intptr_t width;
  if (!int_arg(ts, args[0], &width)) return Value::error();
  char space = ' ';
  TextView fill = {&space, 1, 1, v.str};
  if (nargs == 2 && !fill_arg(ts, v, name, args[1], &fill)) return Value::error();
  if (width <= intptr_t(v.length)) return text_same(ts, self, v);
  size_t margin = size_t(width) - v.length;
  size_t left = how == LEFT ? 0 : how == RIGHT ? margin : margin / 2 + (margin & size_t(width) & 1);
  return pad(ts, self, v, left, margin - left, fill);
}

Value m_center(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return justify(ts, self, args, nargs, kw, "center", CENTER);
}
Value m_ljust(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return justify(ts, self, args, nargs, kw, "ljust", LEFT);
}
Value m_rjust(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return justify(ts, self, args, nargs, kw, "rjust", RIGHT);
}

// Zeros go after a leading sign.
Value m_zfill(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  TextView v = self_view(ts, self);
  if (!method_args(ts, v.is_str(), "zfill", nargs, kw, 1, 1)) return Value::error();
  intptr_t width;
  if (!int_arg(ts, args[0], &width)) return Value::error();
  if (width <= intptr_t(v.length)) return text_same(ts, self, v);
  char zero = '0';
  WEFT_TRY(out, pad(ts, self, v, size_t(width) - v.length, 0, TextView{&zero, 1, 1, v.str}));
  TextView r = self_view(ts, out);
  char* data = const_cast<char*>(r.data);
  size_t moved = size_t(width) - v.length;
  if (v.nbytes > 0 && (data[moved] == '+' || data[moved] == '-')) {
    data[0] = data[moved];
    data[moved] = '0';
  }
  return out;
}

// The result length of expandtabs, or false when it would overflow.
bool expanded_size(const TextView& v, intptr_t tabsize, size_t* nbytes, size_t* items) {
  size_t column = 0, extra = 0;
  for (size_t at = 0, len; at < v.nbytes; at += len) {
    uint32_t c = v.item_at(at, &len);
    if (c == '\t') {
      size_t spaces = tabsize > 0 ? size_t(tabsize) - column % size_t(tabsize) : 0;
      if (spaces > size_t(INTPTR_MAX) / 2 - extra) return false;
      extra += spaces;
      column += spaces;
      extra--;  // the tab itself goes
    } else {
      column = c == '\n' || c == '\r' ? 0 : column + 1;
    }
  }
  *nbytes = v.nbytes + extra;
  *items = v.length + extra;
  return true;
}

Value m_expandtabs(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const NAMES[] = {"tabsize"};
  static const ArgSpec SPEC = {"expandtabs", NAMES, 1, 0, 1, 0};
  Value a[1];
  if (!args_parse(ts, SPEC, args, nargs, kw, a)) return Value::error();
  intptr_t tabsize = 8;
  if (!a[0].is_error() && !int_arg(ts, a[0], &tabsize)) return Value::error();
  TextView v = self_view(ts, self);
  if (std::memchr(v.data, '\t', v.nbytes) == nullptr) return text_same(ts, self, v);
  size_t nbytes, items;
  if (!expanded_size(v, tabsize, &nbytes, &items)) {
    return raise(ts, ts.vm->types.OverflowError, "new string is too long");
  }
  Value out;
  char* p = text_alloc(ts, v.is_str(), nbytes, items, &out);
  if (!p) return Value::error();
  size_t column = 0;
  for (size_t at = 0, len; at < v.nbytes; at += len) {
    uint32_t c = v.item_at(at, &len);
    if (c == '\t') {
      size_t spaces = tabsize > 0 ? size_t(tabsize) - column % size_t(tabsize) : 0;
      std::memset(p, ' ', spaces);
      p += spaces;
      column += spaces;
      continue;
    }
    std::memcpy(p, v.data + at, len);
    p += len;
    column = c == '\n' || c == '\r' ? 0 : column + 1;
  }
  return out;
}

}  // namespace

const MethodDef TEXT_PAD_METHODS[] = {
    {"center", m_center, 0, "Return a centered copy of the given width."},
    {"ljust", m_ljust, 0, "Return a left-justified copy of the given width."},
    {"rjust", m_rjust, 0, "Return a right-justified copy of the given width."},
    {"zfill", m_zfill, 0, "Pad a numeric text with zeros on the left, to fill the given width."},
    {"expandtabs", m_expandtabs, 0, "Return a copy where all tab characters are expanded."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace weft
