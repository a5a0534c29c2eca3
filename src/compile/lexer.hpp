// The tokenizer: source text to tokens, one at a time, as CPython's tokenizer.c does it (same
// tokens, same indentation and bracket rules, same error messages and positions), including the
// f-string modes of CPython 3.12+ (PEP 701).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "compile/token.hpp"

namespace weft {

// A tokenizer error, positioned as CPython's SyntaxError: `offset`/`end_offset` 1-based characters.
struct LexError {
  const char* kind = "SyntaxError";
  std::string msg;
  int line = 0, offset = 0, end_line = 0, end_offset = 0;
  std::string text;
};

class Lexer {
 public:
  static constexpr int MAX_LEVEL = 200;   // CPython's MAXLEVEL: nested brackets
  static constexpr int MAX_INDENT = 100;  // CPython's MAXINDENT: indentation levels
  static constexpr int MAX_FSTRING = 150; // CPython's MAXFSTRINGLEVEL: nested f-strings
  static constexpr int MAX_EXPR_NESTING = 3;

  // `src` must be valid UTF-8 without NUL bytes, with "\n" line ends and ending in "\n" (or
  // empty); parse() prepares it so. It must outlive the lexer.
  explicit Lexer(std::string_view src) : src_(src) {}

  // The next token. After Tok::Error or Tok::EndMarker, returns the same kind again.
  Token next();

  bool failed() const { return failed_; }
  const LexError& error() const { return error_; }
  // Brackets still open; the innermost, for "'(' was never closed".
  int level() const { return level_; }
  char open_bracket() const { return brackets_[level_ - 1].ch; }
  int open_line() const { return brackets_[level_ - 1].line; }
  int open_col() const { return brackets_[level_ - 1].col; }

  // The text of line `line` (1-based) with its "\n", as SyntaxError.text wants it.
  std::string_view line_text(int line) const;
  // 1-based character offset of byte column `col` in line `line`.
  int char_offset(int line, int col) const;

 private:
  struct Bracket {
    char ch;
    int line, col;
  };
  // An f-string being tokenized (CPython's tokenizer_mode). `in_expr`: between a replacement
  // field's '{' and the ':' or '}' that ends its expression, where tokens are ordinary ones.
  struct FString {
    char quote;
    int quote_size;
    bool raw;
    bool in_expr = false;
    bool in_format_spec = false;
    int curly_depth = 0;       // brackets open inside this f-string
    int expr_start_depth = -1; // curly_depth at the '{' of the innermost replacement field
    uint32_t start;            // offset of the prefix
    int line, col;
  };

  int peekc(size_t ahead = 0) const {
    size_t p = pos_ + ahead;
    return p < src_.size() ? static_cast<unsigned char>(src_[p]) : -1;
  }
  int getc();
  void ungetc() { pos_--; }  // never across a line end
  int col() const { return static_cast<int>(pos_ - line_start_); }

  Token make(Tok kind, uint32_t start, int line, int col);
  Token fail_token();
  // Error at the current position (CPython's _PyTokenizer_syntaxerror): offset = characters up
  // to the current position, text = the current line without its "\n".
  Token error_here(std::string msg);
  Token error_at(std::string msg, int col, int end_col);
  Token error_kind(const char* kind, std::string msg, int offset, int end_offset, bool newline);

  bool at_line_start();
  bool continuation_line();
  Token regular();
  Token fstring_middle(FString& fs);
  Token identifier_or_string(uint32_t start, int line, int col);
  Token number(uint32_t start, int line, int col, int c);
  bool number_end_ok(int c, const char* kind);
  bool decimal_tail(int* c);
  Token string(uint32_t start, int line, int col);
  Token fstring_start(uint32_t start, int line, int col, bool raw);
  Token operator_or_bracket(uint32_t start, int line, int col, int c);
  Token bracket(uint32_t start, int line, int col, int c);
  bool verify_identifier(uint32_t start);

  std::string_view src_;
  size_t pos_ = 0;
  size_t line_start_ = 0;
  int line_ = 1;
  bool atbol_ = true;
  bool failed_ = false;
  bool done_ = false;
  bool blank_line_ = false;
  int pending_ = 0;  // > 0: INDENTs to emit, < 0: DEDENTs
  int indent_ = 0;
  int indstack_[MAX_INDENT] = {0};
  int altindstack_[MAX_INDENT] = {0};
  int level_ = 0;
  Bracket brackets_[MAX_LEVEL] = {};
  std::vector<FString> fstrings_;
  LexError error_;
};

}  // namespace weft
