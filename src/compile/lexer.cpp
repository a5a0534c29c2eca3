// The tokenizer. Control flow, limits and error positions follow CPython's Parser/lexer/lexer.c
// so that errors match it: where this file looks odd (an error offset counted from the line
// start to the current position, a backed-up character), it is doing what CPython does.
#include "compile/lexer.hpp"

#include <cstring>

#include "base/utf8.hpp"
#include "compile/source_text.hpp"
#include "object/unicode_tables.hpp"

namespace weft {

namespace {

constexpr int TAB_SIZE = 8;

bool is_id_start(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
bool is_id_char(int c) { return is_id_start(c) || (c >= '0' && c <= '9'); }
bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_xdigit(int c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

struct Spelling {
  const char* text;
  Tok kind;
};
constexpr Spelling KEYWORDS[] = {
#define WEFT_KW_ENTRY(name, text) {text, Tok::Kw##name},
    WEFT_KEYWORDS(WEFT_KW_ENTRY)
#undef WEFT_KW_ENTRY
};
constexpr Spelling OPERATORS[] = {
#define WEFT_OP_ENTRY(name, text) {text, Tok::name},
    WEFT_OPERATORS(WEFT_OP_ENTRY)
#undef WEFT_OP_ENTRY
};

Tok keyword_kind(std::string_view word) {
  if (word.size() < 2 || word.size() > 8) return Tok::Name;
  for (const Spelling& k : KEYWORDS)
    if (k.text[0] == word[0] && word == k.text) return k.kind;
  return Tok::Name;
}

}  // namespace

const char* token_spelling(Tok kind) {
  switch (kind) {
    case Tok::EndMarker: return "ENDMARKER";
    case Tok::Name: return "NAME";
    case Tok::Number: return "NUMBER";
    case Tok::String: return "STRING";
    case Tok::FStringStart: return "FSTRING_START";
    case Tok::FStringMiddle: return "FSTRING_MIDDLE";
    case Tok::FStringEnd: return "FSTRING_END";
    case Tok::Newline: return "NEWLINE";
    case Tok::Indent: return "INDENT";
    case Tok::Dedent: return "DEDENT";
    case Tok::Error:
    case Tok::Unknown: return "ERRORTOKEN";
    default: break;
  }
  for (const Spelling& s : OPERATORS)
    if (s.kind == kind) return s.text;
  for (const Spelling& s : KEYWORDS)
    if (s.kind == kind) return s.text;
  return "?";
}

std::string_view Lexer::line_text(int line) const { return source_line(src_, line); }

int Lexer::char_offset(int line, int col) const {
  return char_offset_in_line(source_line(src_, line), col);
}

int Lexer::getc() {
  if (pos_ >= src_.size()) return -1;
  // The line changes when its first character is read, as in CPython, so that a token that
  // ends with "\n" still ends on its own line.
  if (pos_ > line_start_ && src_[pos_ - 1] == '\n') {
    line_++;
    line_start_ = pos_;
  }
  return static_cast<unsigned char>(src_[pos_++]);
}

Token Lexer::make(Tok kind, uint32_t start, int line, int col) {
  Token t;
  t.kind = kind;
  t.start = start;
  t.end = static_cast<uint32_t>(pos_);
  t.line = line;
  t.col = col;
  t.end_line = line_;
  t.end_col = this->col();
  t.level = level_;
  return t;
}

Token Lexer::fail_token() {
  failed_ = true;
  Token t;
  t.kind = Tok::Error;
  t.start = t.end = static_cast<uint32_t>(pos_);
  t.line = t.end_line = line_;
  t.col = t.end_col = col();
  return t;
}

Token Lexer::error_kind(const char* kind, std::string msg, int offset, int end_offset,
                        bool newline) {
  error_.kind = kind;
  error_.msg = std::move(msg);
  error_.line = error_.end_line = line_;
  error_.offset = offset;
  error_.end_offset = end_offset;
  std::string_view text = line_text(line_);
  if (!newline && !text.empty() && text.back() == '\n') text.remove_suffix(1);
  error_.text.assign(text);
  return fail_token();
}

Token Lexer::error_at(std::string msg, int col, int end_col) {
  return error_kind("SyntaxError", std::move(msg), char_offset(line_, col),
                    char_offset(line_, end_col), false);
}

Token Lexer::error_here(std::string msg) {
  int c = char_offset(line_, col()) - 1;  // characters up to here, as CPython counts
  return error_kind("SyntaxError", std::move(msg), c, c, false);
}

Token Lexer::next() {
  if (failed_) return fail_token();
  if (!fstrings_.empty() && !fstrings_.back().in_expr) return fstring_middle(fstrings_.back());
  return regular();
}

// Reads "\\\n" after a backslash (CPython's tok_continuation_line).
bool Lexer::continuation_line() {
  int c = getc();
  if (c != '\n') {
    error_kind("SyntaxError", "unexpected character after line continuation character",
               char_offset(line_, col()) - 1, 0, true);
    return false;
  }
  c = getc();
  if (c == -1) {
    pos_ = src_.size();
    error_kind("SyntaxError", "unexpected EOF while parsing", char_offset(line_, col()) - 1, -1,
               true);
    return false;
  }
  ungetc();
  return true;
}

// Measures the indentation of a new line and queues INDENT/DEDENT tokens.
bool Lexer::at_line_start() {
  atbol_ = false;
  blank_line_ = false;
  int col = 0, altcol = 0, cont_line_col = 0, c;
  for (;;) {
    c = getc();
    if (c == ' ') {
      col++, altcol++;
    } else if (c == '\t') {
      col = (col / TAB_SIZE + 1) * TAB_SIZE;
      altcol++;
    } else if (c == '\f') {
      col = altcol = 0;
    } else if (c == '\\') {
      cont_line_col = cont_line_col ? cont_line_col : col;
      if (!continuation_line()) return false;
    } else {
      break;
    }
  }
  if (c != -1) ungetc();
  if (c == '#' || c == '\n') blank_line_ = true;
  if (blank_line_ || level_ != 0) return true;
  if (cont_line_col) col = altcol = cont_line_col;
  if (col == indstack_[indent_]) {
    if (altcol != altindstack_[indent_]) goto tab_error;
  } else if (col > indstack_[indent_]) {
    if (indent_ + 1 >= MAX_INDENT) {
      error_kind("IndentationError", "too many levels of indentation", 1, 0, true);
      return false;
    }
    if (altcol <= altindstack_[indent_]) goto tab_error;
    pending_++;
    indstack_[++indent_] = col;
    altindstack_[indent_] = altcol;
  } else {
    while (indent_ > 0 && col < indstack_[indent_]) pending_--, indent_--;
    if (col != indstack_[indent_]) {
      std::string_view text = line_text(line_);
      error_kind("IndentationError", "unindent does not match any outer indentation level",
                 static_cast<int>(utf8_count(text.data(), text.size())), -1, true);
      return false;
    }
    if (altcol != altindstack_[indent_]) goto tab_error;
  }
  return true;
tab_error:
  error_kind("TabError", "inconsistent use of tabs and spaces in indentation", 1, 0, true);
  return false;
}

Token Lexer::regular() {
  for (;;) {
    if (atbol_ && !at_line_start()) return fail_token();
    uint32_t start = static_cast<uint32_t>(pos_);
    if (pending_ != 0) {
      Tok kind = pending_ < 0 ? Tok::Dedent : Tok::Indent;
      pending_ += pending_ < 0 ? 1 : -1;
      return make(kind, start, line_, col());
    }
    int c;
    do c = getc();
    while (c == ' ' || c == '\t' || c == '\f');
    if (c == '#') {
      while (peekc() != '\n' && peekc() != -1) pos_++;
      c = getc();
    }
    if (c == -1) {
      if (level_ > 0) return fail_token();  // the parser reports the open bracket
      done_ = true;
      return make(Tok::EndMarker, start, line_ + 1, 0);
    }
    start = static_cast<uint32_t>(pos_ - 1);
    int line = line_, col = this->col() - 1;
    if (is_id_start(c)) return identifier_or_string(start, line, col);
    if (c == '\n') {
      atbol_ = true;
      if (blank_line_ || level_ > 0) continue;
      return make(Tok::Newline, start, line, col);
    }
    if (c == '.' && is_digit(peekc())) return number(start, line, col, c);
    if (is_digit(c)) return number(start, line, col, c);
    if (c == '"' || c == '\'') {
      ungetc();
      return string(start, line, col);
    }
    if (c == '\\') {
      if (!continuation_line()) return fail_token();
      continue;
    }
    return operator_or_bracket(start, line, col, c);
  }
}

Token Lexer::identifier_or_string(uint32_t start, int line, int col) {
  pos_ = start;
  int c = getc();
  bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
  for (;;) {
    if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) saw_b = true;
    else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) saw_u = true;
    else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) saw_r = true;
    else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) saw_f = true;
    else break;
    c = getc();
    if (c == '"' || c == '\'') {
      ungetc();
      return saw_f ? fstring_start(start, line, col, saw_r) : string(start, line, col);
    }
  }
  bool ascii = true;
  while (is_id_char(c)) {
    ascii = ascii && c < 128;
    c = getc();
  }
  if (c != -1) ungetc();
  if (!ascii && !verify_identifier(start)) return fail_token();
  Tok kind = keyword_kind(src_.substr(start, pos_ - start));
  return make(kind, start, line, col);
}

bool Lexer::verify_identifier(uint32_t start) {
  // Bytes >= 0x80 were taken as identifier characters; check them as CPython does after NFKC
  // (which Weft does not apply: only identifiers already in NFKC form are accepted as equal).
  size_t p = start;
  bool first = true;
  while (p < pos_) {
    size_t n;
    uint32_t cp = utf8_decode(src_.data() + p, &n);
    bool ok = first ? (cp == '_' || uni_is_xid_start(cp)) : uni_is_xid_continue(cp);
    if (!ok) {
      pos_ = p + n;
      char buf[UTF8_MAX + 1] = {};
      utf8_encode(cp, buf);
      std::string hex = hex_code_point(cp);
      if (uni_is_printable(cp))
        error_here(std::string("invalid character '") + buf + "' (U+" + hex + ")");
      else
        error_here(std::string("invalid non-printable character U+") + hex);
      return false;
    }
    first = false;
    p += n;
  }
  return true;
}

// A number starts at `start` and `c` is its first character (already read). CPython's rules:
// underscores only between digits, no leading zeros, a letter right after is an error.
Token Lexer::number(uint32_t start, int line, int col, int c) {
  auto finish = [&](int last) {
    if (last != -1) ungetc();
    return make(Tok::Number, start, line, col);
  };
  if (c == '.') {
    c = getc();
    goto fraction;
  }
  if (c == '0') {
    c = getc();
    int radix = (c == 'x' || c == 'X') ? 16 : (c == 'o' || c == 'O') ? 8 : (c == 'b' || c == 'B') ? 2 : 0;
    if (radix) {
      const char* name = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
      auto ok = [radix](int ch) {
        return radix == 16 ? is_xdigit(ch) : radix == 8 ? (ch >= '0' && ch < '8') : (ch == '0' || ch == '1');
      };
      c = getc();
      do {
        if (c == '_') c = getc();
        if (!ok(c)) {
          if (radix != 16 && is_digit(c))
            return error_here(std::string("invalid digit '") + char(c) + "' in " + name + " literal");
          if (c != -1) ungetc();
          return error_here(std::string("invalid ") + name + " literal");
        }
        do c = getc();
        while (ok(c));
      } while (c == '_');
      if (radix != 16 && is_digit(c))
        return error_here(std::string("invalid digit '") + char(c) + "' in " + name + " literal");
      if (!number_end_ok(c, name)) return fail_token();
      return finish(c);
    }
    bool nonzero = false;
    for (;;) {
      if (c == '_') {
        c = getc();
        if (!is_digit(c)) {
          if (c != -1) ungetc();
          return error_here("invalid decimal literal");
        }
      }
      if (c != '0') break;
      c = getc();
    }
    size_t zeros_end = pos_;
    if (is_digit(c)) {
      nonzero = true;
      if (!decimal_tail(&c)) return fail_token();
    }
    if (c == '.') {
      c = getc();
      goto fraction;
    }
    if (c == 'e' || c == 'E') goto exponent;
    if (c == 'j' || c == 'J') goto imaginary;
    if (nonzero) {
      if (c != -1) ungetc();
      return error_at(
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
          "octal integers",
          static_cast<int>(start - line_start_), static_cast<int>(zeros_end - line_start_) - 1);
    }
    if (!number_end_ok(c, "decimal")) return fail_token();
    return finish(c);
  }
  if (!decimal_tail(&c)) return fail_token();
  if (c == '.') {
    c = getc();
  fraction:
    if (is_digit(c) && !decimal_tail(&c)) return fail_token();
  }
  if (c == 'e' || c == 'E') {
  exponent:
    int e = c;
    c = getc();
    if (c == '+' || c == '-') {
      c = getc();
      if (!is_digit(c)) {
        if (c != -1) ungetc();
        return error_here("invalid decimal literal");
      }
    } else if (!is_digit(c)) {
      if (c != -1) ungetc();
      if (!number_end_ok(e, "decimal")) return fail_token();
      ungetc();  // the 'e' starts the next token
      return make(Tok::Number, start, line, col);
    }
    if (!decimal_tail(&c)) return fail_token();
  }
  if (c == 'j' || c == 'J') {
  imaginary:
    c = getc();
    if (!number_end_ok(c, "imaginary")) return fail_token();
  } else if (!number_end_ok(c, "decimal")) {
    return fail_token();
  }
  return finish(c);
}

bool Lexer::decimal_tail(int* c) {
  for (;;) {
    do *c = getc();
    while (is_digit(*c));
    if (*c != '_') return true;
    *c = getc();
    if (!is_digit(*c)) {
      if (*c != -1) ungetc();
      error_here("invalid decimal literal");
      return false;
    }
  }
}

// CPython's verify_end_of_number: `1if x else y` is allowed (with a warning CPython prints and
// Weft does not), any other letter right after a number is an error.
bool Lexer::number_end_ok(int c, const char* kind) {
  static constexpr const char* ALLOWED[] = {"and", "else", "for", "if", "in", "is", "or", "not"};
  if (c != -1) {
    std::string_view rest = src_.substr(pos_ - 1);
    for (const char* word : ALLOWED)
      if (rest.substr(0, std::strlen(word)) == word) return true;
  }
  if (c >= 0 && c < 128 && is_id_char(c)) {
    ungetc();
    error_here(std::string("invalid ") + kind + " literal");
    return false;
  }
  return true;
}

// Operators, longest match first; ':' '}' '{' also drive the f-string modes.
Token Lexer::operator_or_bracket(uint32_t start, int line, int col, int c) {
  FString* fs = fstrings_.empty() ? nullptr : &fstrings_.back();
  if (fs && c == ':' && fs->curly_depth - 1 == fs->expr_start_depth) {
    // The ':' that starts a format spec: what follows is f-string text again.
    fs->in_expr = false;
    fs->in_format_spec = true;
    return make(Tok::Colon, start, line, col);
  }
  if (c == '(' || c == '[' || c == '{' || c == ')' || c == ']' || c == '}')
    return bracket(start, line, col, c);
  Tok best = Tok::Unknown;
  size_t best_len = 0;
  std::string_view rest = src_.substr(start, 3);
  for (const Spelling& op : OPERATORS) {
    size_t n = std::strlen(op.text);
    if (n > best_len && rest.substr(0, n) == op.text) best = op.kind, best_len = n;
  }
  if (best == Tok::Unknown && (c < 32 || c == 127))
    return error_here("invalid non-printable character U+" + hex_code_point(static_cast<uint32_t>(c)));
  pos_ = start + (best_len ? best_len : 1);
  return make(best, start, line, col);
}

Token Lexer::bracket(uint32_t start, int line, int col, int c) {
  FString* fs = fstrings_.empty() ? nullptr : &fstrings_.back();
  Tok kind = c == '(' ? Tok::LPar : c == '[' ? Tok::LSqb : c == '{' ? Tok::LBrace
           : c == ')' ? Tok::RPar : c == ']' ? Tok::RSqb : Tok::RBrace;
  if (c == '(' || c == '[' || c == '{') {
    if (level_ >= MAX_LEVEL) return error_here("too many nested parentheses");
    brackets_[level_++] = {static_cast<char>(c), line, col};
    if (fs) fs->curly_depth++;
    return make(kind, start, line, col);
  }
  if (fs && fs->curly_depth == 0 && c == '}') return error_here("f-string: single '}' is not allowed");
  if (level_ == 0) return error_here(std::string("unmatched '") + char(c) + "'");
  const Bracket& open = brackets_[--level_];
  char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
  if (c != want) {
    if (fs && open.ch == '{' && fs->curly_depth - 1 == fs->expr_start_depth)
      return error_here(std::string("f-string: unmatched '") + char(c) + "'");
    std::string msg = std::string("closing parenthesis '") + char(c) +
                      "' does not match opening parenthesis '" + open.ch + "'";
    if (open.line != line_) msg += " on line " + std::to_string(open.line);
    return error_here(std::move(msg));
  }
  if (fs) {
    if (--fs->curly_depth < 0) return error_here(std::string("f-string: unmatched '") + char(c) + "'");
    if (c == '}' && fs->curly_depth == fs->expr_start_depth) {
      fs->expr_start_depth--;
      fs->in_expr = false;
      fs->in_format_spec = false;
    }
  }
  return make(kind, start, line, col);
}

}  // namespace weft
