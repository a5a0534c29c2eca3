// The tokenizer's string literals: plain strings are one token; an f-string is FSTRING_START, then
// FSTRING_MIDDLE text and ordinary tokens for each replacement field, then FSTRING_END, as
// CPython 3.12+ tokenizes them (so quotes may be reused inside replacement fields, PEP 701).
#include "compile/lexer.hpp"

namespace weft {

// `start` is the prefix (or the quote when there is none); the quote is the next character.
Token Lexer::string(uint32_t start, int line, int col) {
  int quote = getc();
  int quote_size = 1, end_quote_size = 0;
  bool escaped_quote = false;
  int c = getc();
  if (c == quote) {
    c = getc();
    if (c == quote) quote_size = 3;
    else end_quote_size = 1;  // the empty string
  }
  if (c != quote && c != -1) ungetc();
  while (end_quote_size != quote_size) {
    c = getc();
    if (c == -1 || (quote_size == 1 && c == '\n')) {
      // Reported at the start of the literal, with the line where the end was noticed.
      int detected = line_;
      line_ = line;
      int offset = char_offset(line, col);
      std::string at = " (detected at line " + std::to_string(detected) + ")";
      if (!fstrings_.empty() && fstrings_.back().quote == quote &&
          fstrings_.back().quote_size == quote_size)
        return error_kind("SyntaxError", "f-string: expecting '}'", offset, offset, false);
      if (quote_size == 3)
        return error_kind("SyntaxError", "unterminated triple-quoted string literal" + at, offset,
                          offset, false);
      return error_kind("SyntaxError",
                        "unterminated string literal" + at +
                            (escaped_quote ? "; perhaps you escaped the end quote?" : ""),
                        offset, offset, false);
    }
    if (c == quote) {
      end_quote_size++;
    } else {
      end_quote_size = 0;
      if (c == '\\') {
        c = getc();
        if (c == quote) escaped_quote = true;
      }
    }
  }
  return make(Tok::String, start, line, col);
}

Token Lexer::fstring_start(uint32_t start, int line, int col, bool raw) {
  int quote = getc();
  int quote_size = 1;
  if (peekc() == quote && peekc(1) == quote) {
    pos_ += 2;
    quote_size = 3;
  }
  if (fstrings_.size() + 1 >= MAX_FSTRING) return error_here("too many nested f-strings");
  FString fs{};
  fs.quote = static_cast<char>(quote);
  fs.quote_size = quote_size;
  fs.raw = raw;
  fs.start = start;
  fs.line = line;
  fs.col = col;
  fstrings_.push_back(fs);
  return make(Tok::FStringStart, start, line, col);
}

// Literal text of an f-string (CPython's tok_get_fstring_mode). A middle token's range holds the
// text still to be unescaped; a doubled brace ends the token after its first brace and the
// second is skipped, so the range holds exactly the text.
Token Lexer::fstring_middle(FString& fs) {
  for (;;) {
    uint32_t start = static_cast<uint32_t>(pos_);
    int line = line_, col = this->col();
    if (peekc() == '{' && peekc(1) != '{') {
      if (++fs.expr_start_depth >= MAX_EXPR_NESTING)
        return error_here("f-string: expressions nested too deeply");
      fs.in_expr = true;
      return regular();
    }
    bool at_end = true;
    for (int i = 0; i < fs.quote_size; i++) at_end = at_end && peekc(i) == fs.quote;
    if (at_end) {
      getc();
      pos_ += fs.quote_size - 1;
      fstrings_.pop_back();
      return make(Tok::FStringEnd, start, line, col);
    }
    int end_quote_size = 0;
    bool unicode_escape = false;
    Token t;
    size_t end = 0;  // where the token's text ends when it is not the current position
    bool done = false;
    while (!done && end_quote_size != fs.quote_size) {
      int c = getc();
      bool in_spec = fs.in_format_spec && fs.expr_start_depth >= 0;
      if (c == -1 || (fs.quote_size == 1 && c == '\n')) {
        if (in_spec && c == '\n') {
          ungetc();
          fs.in_expr = true;
          fs.in_format_spec = false;
          break;
        }
        int detected = line_;
        line_ = fs.line;
        int offset = char_offset(fs.line, fs.col);
        std::string at = " (detected at line " + std::to_string(detected) + ")";
        return error_kind("SyntaxError",
                          (fs.quote_size == 3 ? "unterminated triple-quoted f-string literal"
                                              : "unterminated f-string literal") + at,
                          offset, offset, false);
      }
      if (c == fs.quote) {
        end_quote_size++;
        continue;
      }
      end_quote_size = 0;
      if (c == '{') {
        if (peekc() != '{' || in_spec) {
          ungetc();
          if (++fs.expr_start_depth >= MAX_EXPR_NESTING)
            return error_here("f-string: expressions nested too deeply");
          fs.in_expr = true;
          fs.in_format_spec = false;
        } else {
          end = pos_;
          pos_++;
        }
        done = true;
      } else if (c == '}') {
        if (unicode_escape) {
          done = true;
        } else if (peekc() == '}' && !in_spec && fs.curly_depth == 0) {
          end = pos_;
          pos_++;
          done = true;
        } else {
          ungetc();
          fs.in_expr = true;
          fs.in_format_spec = false;
          done = true;
        }
      } else if (c == '\\') {
        int peek = peekc();
        if (peek == '{' || peek == '}') continue;
        if (peek != -1) getc();
        if (!fs.raw && peek == 'N' && peekc() == '{') {
          getc();
          unicode_escape = true;
        }
      }
    }
    if (!done && end_quote_size == fs.quote_size) pos_ -= fs.quote_size;
    t = make(Tok::FStringMiddle, start, line, col);
    if (end) t.end = static_cast<uint32_t>(end);
    if (t.end > t.start) return t;
    // Nothing before the brace or quote: go on with what follows.
    if (fs.in_expr) return regular();
  }
}

}  // namespace weft
