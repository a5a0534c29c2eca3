// The format-specification mini-language: parsing a spec as CPython's
// parse_internal_render_format_spec (same order, same messages) and laying out a formatted
// value in its field. Type-specific checks (which options a type accepts) are left to the types.
#include "object/format_spec.hpp"

#include <algorithm>
#include <cstring>

#include "base/utf8.hpp"
#include "object/error.hpp"
#include "object/str.hpp"

namespace weft {

namespace {

bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// Reads decimal digits at *pos into *out (left unchanged when there are none). False with
// ValueError when the number does not fit.
bool read_count(ThreadState& ts, std::string_view s, size_t* pos, intptr_t* out, bool* found) {
  size_t i = *pos;
  intptr_t n = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
    int d = s[i] - '0';
    if (n > (INTPTR_MAX - d) / 10) {
      raise(ts, ts.vm->types.ValueError, "Too many decimal digits in format string");
      return false;
    }
    n = n * 10 + d;
    i++;
  }
  *found = i > *pos;
  if (*found) *out = n;
  *pos = i;
  return true;
}

bool comma_and_underscore(ThreadState& ts) {
  raise(ts, ts.vm->types.ValueError, "Cannot specify both ',' and '_'.");
  return false;
}

// [[fill]align]: the fill is any one code point.
void parse_fill_align(std::string_view s, size_t* pos, FormatSpec* out, bool* fill_given) {
  size_t first_len = 0;
  uint32_t first = s.empty() ? 0 : utf8_decode(s.data(), &first_len);
  if (s.size() > first_len && is_align(s[first_len])) {
    out->fill = first;
    out->align = s[first_len];
    *fill_given = true;
    *pos = first_len + 1;
  } else if (!s.empty() && is_align(s[0])) {
    out->align = s[0];
    *pos = 1;
  }
}

}  // namespace

bool format_spec_parse(ThreadState& ts, std::string_view s, const char* type_name,
                       FormatSpec* out) {
  *out = FormatSpec();
  size_t pos = 0;
  bool fill_given = false, found = false;
  parse_fill_align(s, &pos, out, &fill_given);
  if (pos < s.size() && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) out->sign = s[pos++];
  if (pos < s.size() && s[pos] == 'z') {
    out->no_neg_zero = true;
    pos++;
  }
  if (pos < s.size() && s[pos] == '#') {
    out->alternate = true;
    pos++;
  }
  // A '0' before the width pads with zeros unless a fill was given ('=' alignment for numbers
  // is applied by format_spec_pad, which knows the type's default alignment).
  if (!fill_given && pos < s.size() && s[pos] == '0') {
    out->zero_pad = true;
    out->fill = '0';
    pos++;
  }
  if (!read_count(ts, s, &pos, &out->width, &found)) return false;
  if (pos < s.size() && s[pos] == ',') {
    out->grouping = ',';
    pos++;
  }
  if (pos < s.size() && s[pos] == '_') {
    if (out->grouping) return comma_and_underscore(ts);
    out->grouping = '_';
    pos++;
  }
  if (pos < s.size() && s[pos] == ',' && out->grouping == '_') return comma_and_underscore(ts);
  if (pos < s.size() && s[pos] == '.') {
    pos++;
    if (!read_count(ts, s, &pos, &out->precision, &found)) return false;
    if (!found) {
      raise(ts, ts.vm->types.ValueError, "Format specifier missing precision");
      return false;
    }
  }
  // At most one code point may remain: the presentation type.
  if (pos < s.size()) {
    size_t len = 0;
    uint32_t type = utf8_decode(s.data() + pos, &len);
    if (pos + len < s.size()) {
      WEFT_TRY_BOOL(text, str_new(ts, s.data(), s.size()));
      raise(ts, ts.vm->types.ValueError, "Invalid format specifier '%V' for object of type '%s'",
            text, type_name);
      return false;
    }
    out->type = type;
  }
  return true;
}

Value format_spec_pad(ThreadState& ts, const FormatSpec& spec, std::string_view sign,
                      std::string_view prefix, std::string_view body, char default_align) {
  size_t length = sign.size() + prefix.size() + utf8_count(body.data(), body.size());
  size_t width = spec.width > 0 ? size_t(spec.width) : 0;
  size_t fill = width > length ? width - length : 0;
  char align = spec.align ? spec.align
               : spec.zero_pad && default_align == '>' ? '='
                                                       : default_align;
  size_t left = align == '>' || align == '=' ? fill : align == '^' ? fill / 2 : 0;
  size_t right = fill - left;
  char enc[UTF8_MAX];
  size_t enc_len = utf8_encode(spec.fill, enc);
  if (fill > size_t(INTPTR_MAX) / 2 / enc_len) return raise_no_memory(ts);
  StrBuf out(ts);
  if (!out.reserve(fill * enc_len + sign.size() + prefix.size() + body.size())) return Value::error();
  // The fill goes out in chunks, so a wide field costs few appends; only as much of the chunk
  // as the fill needs is prepared (most calls have no fill at all).
  char chunk[256];
  size_t per_chunk = std::min(sizeof(chunk) / enc_len, fill);
  for (size_t i = 0; i < per_chunk; i++) std::memcpy(chunk + i * enc_len, enc, enc_len);
  auto repeat_fill = [&](size_t n) {
    while (n > 0 && !out.failed()) {
      size_t k = n < per_chunk ? n : per_chunk;
      out.append(chunk, k * enc_len);
      n -= k;
    }
  };
  if (align == '=') {
    out.append(sign);
    out.append(prefix);
    repeat_fill(left);
  } else {
    repeat_fill(left);
    out.append(sign);
    out.append(prefix);
  }
  out.append(body);
  repeat_fill(right);
  return out.finish();
}

void format_group_digits(std::string_view digits, char sep, int interval, StrBuf& out) {
  size_t every = interval > 0 ? size_t(interval) : 3;
  size_t n = digits.size();
  for (size_t i = 0; i < n; i++) {
    out.append_char(digits[i]);
    size_t left = n - 1 - i;
    if (left > 0 && left % every == 0) out.append_char(sep);
  }
}

}  // namespace weft
