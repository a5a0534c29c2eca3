// int.__format__: the format mini-language for ints ('b' 'c' 'd' 'o' 'x' 'X' 'n' and the float
// types, which convert), and the digit grouping/zero-padding layout shared with float.__format__.
#include <string_view>

#include "object/error.hpp"
#include "object/float.hpp"
#include "object/format_spec.hpp"
#include "object/int_impl.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"

namespace weft {

namespace {

// Zero padding that takes part in grouping ('0' fill with '=' alignment, as from "08,"):
// CPython pads the digits with zeros, separators included, up to the width, and never starts
// with a separator ('04,' formats 1 as '0,001').
void group_zero_padded(std::string_view digits, char sep, int interval, size_t min_width,
                       StrBuf& out) {
  size_t every = size_t(interval);
  size_t slots = digits.size(), len = slots + (slots - 1) / every;
  while (len < min_width) {
    slots++;
    len = slots + (slots - 1) / every;
  }
  for (size_t k = slots; k-- > 0;) {  // k: this digit's position counted from the right
    out.append_char(k < digits.size() ? digits[digits.size() - 1 - k] : '0');
    if (k > 0 && k % every == 0) out.append_char(sep);
  }
}

}  // namespace

bool format_check_unknown(ThreadState& ts, const FormatSpec& spec, const char* type_name) {
  uint32_t t = spec.type;
  if (t > 32 && t < 127) {
    raise(ts, ts.vm->types.ValueError, "Unknown format code '%c' for object of type '%s'", int(t),
          type_name);
  } else {
    raise(ts, ts.vm->types.ValueError, "Unknown format code '\\x%x' for object of type '%s'",
          unsigned(t), type_name);
  }
  return false;
}

bool format_check_grouping(ThreadState& ts, const FormatSpec& spec, bool allow_underscore) {
  if (!spec.grouping || (spec.grouping == '_' && allow_underscore)) return true;
  raise(ts, ts.vm->types.ValueError, "Cannot specify '%c' with '%c'.", int(spec.grouping),
        int(spec.type));
  return false;
}

Value format_number_layout(ThreadState& ts, const FormatSpec& spec, std::string_view sign,
                           std::string_view prefix, std::string_view int_digits,
                           std::string_view rest, int interval) {
  StrBuf body(ts);
  // inf and nan have no digits to group (they are padded like text).
  if (!spec.grouping || int_digits.empty()) {
    body.append(int_digits);
  } else {
    bool zero_fill = (spec.zero_pad && spec.align == 0) || (spec.fill == '0' && spec.align == '=');
    size_t used = sign.size() + prefix.size() + rest.size();
    size_t min_width = zero_fill && spec.width > 0 && size_t(spec.width) > used
                           ? size_t(spec.width) - used : 0;
    if (min_width > 0) {
      group_zero_padded(int_digits, spec.grouping, interval, min_width, body);
    } else {
      format_group_digits(int_digits, spec.grouping, interval, body);
    }
  }
  body.append(rest);
  if (body.failed()) return Value::error();
  return format_spec_pad(ts, spec, sign, prefix, std::string_view(body.data(), body.size()), '>');
}

namespace {

Value format_char(ThreadState& ts, Value v, const FormatSpec& spec) {
  if (spec.sign) {
    return raise(ts, ts.vm->types.ValueError, "Sign not allowed with integer format specifier 'c'");
  }
  if (spec.alternate) {
    return raise(ts, ts.vm->types.ValueError,
                 "Alternate form (#) not allowed with integer format specifier 'c'");
  }
  if (!format_check_grouping(ts, spec, false)) return Value::error();
  int64_t cp = -1;
  if (!int_to_i64(ts, v, &cp)) return Value::error();
  if (cp < 0 || cp > 0x10FFFF) {
    return raise(ts, ts.vm->types.OverflowError, "%%c arg not in range(0x110000)");
  }
  StrBuf text(ts);
  text.append_codepoint(uint32_t(cp));
  if (text.failed()) return Value::error();
  return format_spec_pad(ts, spec, "", "", std::string_view(text.data(), text.size()), '<');
}

const char* sign_text(bool negative, char sign_spec) {
  if (negative) return "-";
  return sign_spec == '+' ? "+" : sign_spec == ' ' ? " " : "";
}

}  // namespace

Value int_format(ThreadState& ts, Value v, const FormatSpec& spec) {
  uint32_t type = spec.type ? spec.type : 'd';
  switch (type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      double d = 0;
      if (!int_to_double(ts, v, &d)) return Value::error();
      return float_format(ts, d, spec);
    }
    case 'b': case 'o': case 'x': case 'X': case 'd': case 'n': case 'c': break;
    default: format_check_unknown(ts, spec, type_name(ts, v)); return Value::error();
  }
  if (spec.precision >= 0) {
    return raise(ts, ts.vm->types.ValueError, "Precision not allowed in integer format specifier");
  }
  if (spec.no_neg_zero) {
    return raise(ts, ts.vm->types.ValueError,
                 "Negative zero coercion (z) not allowed in integer format specifier");
  }
  if (type == 'c') return format_char(ts, v, spec);
  if (type == 'n' && !format_check_grouping(ts, spec, false)) return Value::error();
  bool radix = type == 'b' || type == 'o' || type == 'x' || type == 'X';
  if (radix && !format_check_grouping(ts, spec, true)) return Value::error();
  int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  WEFT_TRY(text, int_to_str(ts, v, base));
  std::string_view digits = str_view(as_str(text));
  bool negative = !digits.empty() && digits[0] == '-';
  if (negative) digits.remove_prefix(1);
  if (base != 10) digits.remove_prefix(2);  // int_to_str's 0b/0o/0x
  std::string_view prefix;
  if (spec.alternate && base != 10) {
    prefix = type == 'b' ? "0b" : type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
  }
  char* upper = nullptr;
  if (type == 'X') {
    upper = char_scratch(ts, digits.size());
    if (!upper) return Value::error();
    for (size_t i = 0; i < digits.size(); i++) {
      char c = digits[i];
      upper[i] = c >= 'a' && c <= 'f' ? char(c - 32) : c;
    }
    digits = std::string_view(upper, digits.size());
  }
  return format_number_layout(ts, spec, sign_text(negative, spec.sign), prefix, digits, "",
                              radix ? 4 : 3);
}

}  // namespace weft
