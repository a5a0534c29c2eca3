// Backslash escapes of string and bytes literals, and the small \N{...} name table.
#include "compile/string_escape.hpp"

#include "base/utf8.hpp"

namespace weft {

namespace {

struct NamedChar {
  const char* name;
  uint32_t cp;
};

// Names most often seen in source; CPython accepts every name of the Unicode database.
constexpr NamedChar NAMES[] = {
    {"NULL", 0x0},
    {"CHARACTER TABULATION", 0x9},
    {"LINE FEED", 0xA},
    {"CARRIAGE RETURN", 0xD},
    {"ESCAPE", 0x1B},
    {"SPACE", 0x20},
    {"QUOTATION MARK", 0x22},
    {"APOSTROPHE", 0x27},
    {"REVERSE SOLIDUS", 0x5C},
    {"DELETE", 0x7F},
    {"NO-BREAK SPACE", 0xA0},
    {"SECTION SIGN", 0xA7},
    {"COPYRIGHT SIGN", 0xA9},
    {"REGISTERED SIGN", 0xAE},
    {"DEGREE SIGN", 0xB0},
    {"PLUS-MINUS SIGN", 0xB1},
    {"MICRO SIGN", 0xB5},
    {"PILCROW SIGN", 0xB6},
    {"MIDDLE DOT", 0xB7},
    {"MULTIPLICATION SIGN", 0xD7},
    {"LATIN SMALL LETTER SHARP S", 0xDF},
    {"LATIN SMALL LETTER E WITH ACUTE", 0xE9},
    {"DIVISION SIGN", 0xF7},
    {"GREEK CAPITAL LETTER DELTA", 0x394},
    {"GREEK CAPITAL LETTER OMEGA", 0x3A9},
    {"GREEK SMALL LETTER ALPHA", 0x3B1},
    {"GREEK SMALL LETTER BETA", 0x3B2},
    {"GREEK SMALL LETTER GAMMA", 0x3B3},
    {"GREEK SMALL LETTER DELTA", 0x3B4},
    {"GREEK SMALL LETTER EPSILON", 0x3B5},
    {"GREEK SMALL LETTER LAMDA", 0x3BB},
    {"GREEK SMALL LETTER MU", 0x3BC},
    {"GREEK SMALL LETTER PI", 0x3C0},
    {"GREEK SMALL LETTER SIGMA", 0x3C3},
    {"ZERO WIDTH SPACE", 0x200B},
    {"EN DASH", 0x2013},
    {"EM DASH", 0x2014},
    {"LEFT SINGLE QUOTATION MARK", 0x2018},
    {"RIGHT SINGLE QUOTATION MARK", 0x2019},
    {"LEFT DOUBLE QUOTATION MARK", 0x201C},
    {"RIGHT DOUBLE QUOTATION MARK", 0x201D},
    {"BULLET", 0x2022},
    {"HORIZONTAL ELLIPSIS", 0x2026},
    {"EURO SIGN", 0x20AC},
    {"TRADE MARK SIGN", 0x2122},
    {"LEFTWARDS ARROW", 0x2190},
    {"UPWARDS ARROW", 0x2191},
    {"RIGHTWARDS ARROW", 0x2192},
    {"DOWNWARDS ARROW", 0x2193},
    {"INFINITY", 0x221E},
    {"NOT EQUAL TO", 0x2260},
    {"LESS-THAN OR EQUAL TO", 0x2264},
    {"GREATER-THAN OR EQUAL TO", 0x2265},
    {"BLACK STAR", 0x2605},
    {"WHITE STAR", 0x2606},
    {"SNOWMAN", 0x2603},
    {"CHECK MARK", 0x2713},
    {"HEAVY CHECK MARK", 0x2714},
    {"BALLOT X", 0x2717},
    {"BLACK HEART SUIT", 0x2665},
    {"BYTE ORDER MARK", 0xFEFF},
    {"ZERO WIDTH NO-BREAK SPACE", 0xFEFF},
    {"REPLACEMENT CHARACTER", 0xFFFD},
    {"GRINNING FACE", 0x1F600},
    {"PILE OF POO", 0x1F4A9},
};

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void append_cp(std::string* out, uint32_t cp) {
  char buf[UTF8_MAX];
  out->append(buf, utf8_encode(cp, buf));
}

bool unicode_error(EscapeError* err, size_t from, size_t to, const char* what) {
  err->message = "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                 std::to_string(from) + "-" + std::to_string(to) + ": " + what;
  return false;
}

}  // namespace

long unicode_name_lookup(std::string_view name) {
  for (const NamedChar& n : NAMES) {
    std::string_view want = n.name;
    if (want.size() != name.size()) continue;
    bool same = true;
    for (size_t i = 0; i < want.size() && same; i++) {
      char c = name[i];
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      same = c == want[i];
    }
    if (same) return static_cast<long>(n.cp);
  }
  return -1;
}

bool decode_string_body(std::string_view body, bool raw, bool bytes, std::string* out,
                        EscapeError* err) {
  if (bytes)
    for (char c : body)
      if (static_cast<unsigned char>(c) >= 0x80) {
        err->message = "bytes can only contain ASCII literal characters";
        return false;
      }
  if (raw) {
    out->append(body);
    return true;
  }
  size_t i = 0, n = body.size();
  while (i < n) {
    size_t next = body.find('\\', i);
    if (next == std::string_view::npos) next = n;
    out->append(body.substr(i, next - i));
    if (next + 1 >= n) {  // no backslash, or a lone one at the end: kept as CPython does
      if (next < n) out->push_back('\\');
      break;
    }
    size_t start = next;
    char c = body[next + 1];
    i = next + 2;
    switch (c) {
      case '\n': break;
      case '\\': out->push_back('\\'); break;
      case '\'': out->push_back('\''); break;
      case '"': out->push_back('"'); break;
      case 'a': out->push_back('\a'); break;
      case 'b': out->push_back('\b'); break;
      case 'f': out->push_back('\f'); break;
      case 'n': out->push_back('\n'); break;
      case 'r': out->push_back('\r'); break;
      case 't': out->push_back('\t'); break;
      case 'v': out->push_back('\v'); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = static_cast<uint32_t>(c - '0');
        for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; k++)
          v = v * 8 + static_cast<uint32_t>(body[i++] - '0');
        if (bytes) out->push_back(static_cast<char>(v & 0xFF));
        else append_cp(out, v);
        break;
      }
      case 'x': case 'u': case 'U': {
        if (bytes && c != 'x') {
          out->push_back('\\');
          out->push_back(c);
          break;
        }
        int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        uint32_t v = 0;
        int k = 0;
        for (; k < digits && i < n && hex_value(body[i]) >= 0; k++) v = v * 16 + static_cast<uint32_t>(hex_value(body[i++]));
        if (k < digits) {
          if (bytes) {
            err->message = "(value error) invalid \\x escape at position " + std::to_string(start);
            return false;
          }
          const char* what = c == 'x' ? "truncated \\xXX escape"
                             : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
          return unicode_error(err, start, i - 1, what);
        }
        if (bytes) out->push_back(static_cast<char>(v));
        else if (v > UNICODE_MAX) return unicode_error(err, start, i - 1, "illegal Unicode character");
        else append_cp(out, v);
        break;
      }
      case 'N': {
        if (bytes) {
          out->append("\\N");
          break;
        }
        size_t close = i < n && body[i] == '{' ? body.find('}', i) : std::string_view::npos;
        if (close == std::string_view::npos || close == i + 1)
          return unicode_error(err, start, (close == std::string_view::npos ? i : close) - 1 + (close != std::string_view::npos),
                               "malformed \\N character escape");
        long cp = unicode_name_lookup(body.substr(i + 1, close - i - 1));
        if (cp < 0) return unicode_error(err, start, close, "unknown Unicode character name");
        append_cp(out, static_cast<uint32_t>(cp));
        i = close + 1;
        break;
      }
      default:
        // Unknown escapes keep their backslash (CPython warns).
        out->push_back('\\');
        out->push_back(c);
        break;
    }
  }
  return true;
}

}  // namespace weft
