// The format-specification mini-language shared by format(), f-strings and str.format:
// [[fill]align][sign][z][#][0][width][grouping][.precision][type]
#pragma once

#include <string_view>

#include "object/runtime.hpp"

namespace weft {

struct FormatSpec {
  uint32_t fill = ' ';     // a code point
  char align = 0;          // 0 (type's default), '<', '>', '=', '^'
  char sign = 0;           // 0, '+', '-', ' '
  bool no_neg_zero = false;  // 'z'
  bool alternate = false;  // '#'
  bool zero_pad = false;   // '0' before width
  intptr_t width = -1;
  char grouping = 0;       // 0, ',', '_'
  intptr_t precision = -1;
  uint32_t type = 0;       // 0 or the presentation type code point ('d', 'f', 's', ...)
};

// Parses `spec` (ValueError "Invalid format specifier '...' for object of type '...'" as
// CPython, with `type_name` filling the message).
[[nodiscard]] bool format_spec_parse(ThreadState& ts, std::string_view spec, const char* type_name,
                                     FormatSpec* out);
// Lays out an already-formatted number or text: `sign` is "", "-", "+" or " ", `prefix` e.g.
// "0x", `body` the digits (grouping already applied) or text. Applies fill, alignment (with
// `default_align` when spec.align is 0) and '=' / zero padding between sign+prefix and body.
[[nodiscard]] Value format_spec_pad(ThreadState& ts, const FormatSpec& spec, std::string_view sign,
                                    std::string_view prefix, std::string_view body,
                                    char default_align);
// Inserts grouping separators every `interval` digits from the right of `digits`.
void format_group_digits(std::string_view digits, char sep, int interval, class StrBuf& out);

}  // namespace weft
