// The methods only bytes has: hex() with an optional separator every n bytes, and the class
// method fromhex(). The rest are shared with str (str_methods_*.cpp).
#include "object/args.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/protocol.hpp"
#include "object/str_methods.hpp"

namespace weft {

namespace {

constexpr char HEX_DIGITS[] = "0123456789abcdef";

// The separator of hex(): one ASCII character, given as str or bytes.
bool hex_separator(ThreadState& ts, Value arg, char* out) {
  TextView sep;
  if (is_str(ts, arg)) {
    sep = text_view(as_str(arg));
  } else if (!bytes_like(ts, arg, &sep)) {
    size_t n;
    if (!obj_len(ts, arg, &n)) return false;
    raise(ts, ts.vm->types.TypeError, "sep must be str or bytes.");
    return false;
  }
  if (sep.length != 1) {
    raise(ts, ts.vm->types.ValueError, "sep must be length 1.");
    return false;
  }
  if (static_cast<unsigned char>(sep.data[0]) >= 0x80) {
    raise(ts, ts.vm->types.ValueError, "sep must be ASCII.");
    return false;
  }
  *out = sep.data[0];
  return true;
}

Value m_hex(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const NAMES[] = {"sep", "bytes_per_sep"};
  static const ArgSpec SPEC = {"hex", NAMES, 2, 0, 2, 0};
  Value a[2];
  if (!args_parse(ts, SPEC, args, nargs, kw, a)) return Value::error();
  char sep = 0;
  intptr_t group = 1;
  if (!a[0].is_error() && !hex_separator(ts, a[0], &sep)) return Value::error();
  if (!a[1].is_error() && !int_arg(ts, a[1], &group)) return Value::error();
  Bytes* b = as_bytes(self);
  size_t n = b->size;
  // Separators are counted from the right for a positive group, from the left for a negative.
  size_t every = group < 0 ? size_t(-group) : size_t(group);
  bool with_sep = sep && every > 0 && n > 0;
  size_t seps = with_sep ? (n - 1) / every : 0;
  if (n > (size_t(INTPTR_MAX) - seps) / 2) return raise_no_memory(ts);
  Value out;
  char* p = text_alloc(ts, true, 2 * n + seps, 2 * n + seps, &out);
  if (!p) return Value::error();
  for (size_t i = 0; i < n; i++) {
    size_t before = group > 0 ? n - i : i;  // bytes on the counted side of this one
    if (with_sep && i > 0 && before % every == 0) *p++ = sep;
    auto c = static_cast<unsigned char>(b->data[i]);
    *p++ = HEX_DIGITS[c >> 4];
    *p++ = HEX_DIGITS[c & 15];
  }
  return out;
}

int hex_value(uint32_t c) {
  if (c >= '0' && c <= '9') return int(c - '0');
  if (c >= 'a' && c <= 'f') return int(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return int(c - 'A' + 10);
  return -1;
}

// Pairs of hex digits, with ASCII whitespace allowed before each pair.
Value m_fromhex(ThreadState& ts, Value cls, const Value* args, size_t nargs, Tuple* kw) {
  if (!method_args(ts, false, "fromhex", nargs, kw, 1, 1)) return Value::error();
  if (!is_str(ts, args[0])) {
    return raise(ts, ts.vm->types.TypeError, "fromhex() argument must be str, not %T", args[0]);
  }
  Str* s = as_str(args[0]);
  StrBuf out(ts);
  size_t i = 0;
  while (i < s->nbytes) {
    if (ascii_space(static_cast<unsigned char>(s->data[i]))) {
      i++;
      continue;
    }
    int high = hex_value(static_cast<unsigned char>(s->data[i]));
    int low = i + 1 < s->nbytes ? hex_value(static_cast<unsigned char>(s->data[i + 1])) : -1;
    if (high < 0 || low < 0) {
      size_t bad = high < 0 ? i : i + 1;
      return raise(ts, ts.vm->types.ValueError,
                   "non-hexadecimal number found in fromhex() arg at position %zu",
                   str_index_of_offset(s, bad));
    }
    out.append_char(char(high * 16 + low));
    i += 2;
  }
  WEFT_TRY(result, out.finish_bytes());
  if (cls == Value::from_obj(ts.vm->types.bytes)) return result;
  return call1(ts, cls, result);
}

}  // namespace

const MethodDef BYTES_HEX_METHODS[] = {
    {"hex", m_hex, 0, "Create a string of hexadecimal numbers from a bytes object."},
    {"fromhex", m_fromhex, METH_CLASS, "Create a bytes object from a string of hexadecimal numbers."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace weft
