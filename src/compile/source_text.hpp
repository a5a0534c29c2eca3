// Small helpers over source text shared by the lexer and the parser: finding a line and turning
// byte columns into the character offsets SyntaxError reports.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/utf8.hpp"

namespace weft {

// Line `line` (1-based) of `src` with its "\n"; empty past the end.
inline std::string_view source_line(std::string_view src, int line) {
  size_t pos = 0;
  for (int i = 1; i < line; i++) {
    size_t nl = src.find('\n', pos);
    if (nl == std::string_view::npos) return {};
    pos = nl + 1;
  }
  size_t nl = src.find('\n', pos);
  return src.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl + 1 - pos);
}

// The 1-based character offset of byte column `col` of `line` (SyntaxError.offset).
inline int char_offset_in_line(std::string_view line, int col) {
  if (col < 0) return col + 1;
  size_t n = static_cast<size_t>(col) < line.size() ? static_cast<size_t>(col) : line.size();
  size_t chars = 0;
  for (size_t i = 0; i < n; i++) chars += !utf8_is_continuation(static_cast<unsigned char>(line[i]));
  return static_cast<int>(chars + (static_cast<size_t>(col) - n)) + 1;
}

// "20AC" for U+20AC: at least four upper-case hex digits, as CPython's "U+%04X".
inline std::string hex_code_point(uint32_t cp) {
  static constexpr char DIGITS[] = "0123456789ABCDEF";
  std::string out;
  for (int shift = 20; shift >= 0; shift -= 4)
    if (shift < 16 || (cp >> shift) != 0) out += DIGITS[(cp >> shift) & 0xF];
  return out;
}

}  // namespace weft
