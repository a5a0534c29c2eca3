// parse(): prepares the source (UTF-8 check, BOM, line ends), runs the parser's two passes and
// turns a failure into CPython's SyntaxError, choosing between tokenizer and parser errors as
// CPython's _PyPegen_set_syntax_error does.
#include "compile/parser.hpp"

#include <cstdio>

#include "base/utf8.hpp"
#include "compile/parser_impl.hpp"
#include "compile/source_text.hpp"

namespace weft {

// ---- tokens ------------------------------------------------------------------------------------

const Token& Parser::peek(size_t ahead) {
  while (toks_.size() <= pos_ + ahead) {
    if (!toks_.empty() && (toks_.back().kind == Tok::EndMarker || toks_.back().kind == Tok::Error))
      return toks_.back();
    toks_.push_back(lex_.next());
  }
  return toks_[pos_ + ahead];
}

bool Parser::at_soft(const char* word, size_t ahead) {
  const Token& t = peek(ahead);
  return t.kind == Tok::Name && text(t) == word;
}

const Token& Parser::advance() {
  const Token& t = peek();
  if (t.kind != Tok::EndMarker && t.kind != Tok::Error) pos_++;
  return t;
}

bool Parser::accept(Tok k) {
  if (!at(k)) return false;
  advance();
  return true;
}

const Token* Parser::expect(Tok k) {
  if (!at(k)) return nullptr;
  return &advance();
}

// CPython's forced tokens (`&&':'`): a missing one is an error at once, in either pass.
const Token* Parser::expect_forced(Tok k) {
  if (at(k)) return &advance();
  if (at(Tok::Error)) return nullptr;
  return raise(std::string("expected '") + token_spelling(k) + "'", loc_of(peek()));
}

bool Parser::enter() {
  depth_++;
  if (error_set_) return false;
  if (depth_ > MAX_DEPTH) {
    raise("MemoryError", "Parser stack overflowed - Python source too complex to parse", {});
    stack_overflow_ = true;
    return false;
  }
  if (stack_limit_ && reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) < stack_limit_) {
    raise("RecursionError", "maximum recursion depth exceeded during compilation", {});
    stack_overflow_ = true;
    return false;
  }
  return true;
}

// ---- errors ------------------------------------------------------------------------------------

std::nullptr_t Parser::raise(const char* kind, std::string msg, ast::Loc loc) {
  if (error_set_) return nullptr;
  error_set_ = true;
  error_kind_ = kind;
  error_msg_ = std::move(msg);
  error_loc_ = loc;
  return nullptr;
}

std::nullptr_t Parser::invalid_here(const char* kind, std::string msg) {
  if (!pass2_) return nullptr;
  return raise(kind, std::move(msg), loc_of(toks_.back()));
}

void Parser::report(ast::Loc loc, const char* kind, const std::string& msg, bool text_newline,
                    SyntaxErrorInfo* err) {
  err->kind = kind;
  err->msg = msg;
  std::string_view line = source_line(src_, loc.line);
  err->line = loc.line;
  err->col = char_offset_in_line(line, loc.col);
  err->end_line = loc.end_line;
  err->end_col = loc.end_line == loc.line ? char_offset_in_line(line, loc.end_col)
                                          : char_offset_in_line(source_line(src_, loc.end_line), loc.end_col);
  if (!text_newline && !line.empty() && line.back() == '\n') line.remove_suffix(1);
  err->text.assign(line);
}

void Parser::lexer_error(SyntaxErrorInfo* err) {
  const LexError& e = lex_.error();
  if (e.msg.empty()) {
    // End of input inside brackets: CPython's raise_unclosed_parentheses_error.
    ast::Loc loc{lex_.open_line(), lex_.open_col(), lex_.open_line(), -1};
    report(loc, "SyntaxError", std::string("'") + lex_.open_bracket() + "' was never closed", true,
           err);
    return;
  }
  err->kind = e.kind;
  err->msg = e.msg;
  err->line = e.line;
  err->col = e.offset;
  err->end_line = e.end_line;
  err->end_col = e.end_offset;
  err->text = e.text;
}

// After a parser error, CPython tokenizes the rest of the input: a tokenizer error there wins,
// and so does a bracket left open on a line before the error.
void Parser::tokenize_rest_for_errors(int err_line, SyntaxErrorInfo* err) {
  if (!lex_.failed()) {
    Token t;
    do t = lex_.next();
    while (t.kind != Tok::EndMarker && t.kind != Tok::Error);
  }
  if (!lex_.failed()) return;
  if (!lex_.error().msg.empty() || err_line > lex_.open_line()) lexer_error(err);
}

void Parser::reset_for_pass2() {
  pos_ = 0;
  depth_ = 0;
  pass2_ = true;
  fstring_depth_ = 0;
}

bool Parser::run(ParseMode mode, ast::Module* out, SyntaxErrorInfo* err) {
  if (parse_mode(mode, out)) return true;
  *out = ast::Module{};
  if (stack_overflow_) {
    err->kind = error_kind_;
    err->msg = error_msg_;
    return false;
  }
  bool lexer_msg = lex_.failed() && !lex_.error().msg.empty();
  if (lexer_msg && toks_.back().kind == Tok::Error) {
    lexer_error(err);
    return false;
  }
  Token last_tok = toks_.back();
  if (!error_set_) {
    reset_for_pass2();
    ast::Module scratch;
    parse_mode(mode, &scratch);
    if (stack_overflow_) {
      err->kind = error_kind_;
      err->msg = error_msg_;
      return false;
    }
  }
  if (lex_.failed() && !lex_.error().msg.empty()) {
    lexer_error(err);
    return false;
  }
  if (error_set_) {
    report(error_loc_, error_kind_, error_msg_, error_text_newline_, err);
    tokenize_rest_for_errors(toks_.back().line, err);
    return false;
  }
  if (last_tok.kind == Tok::Error) {
    lexer_error(err);
    return false;
  }
  if (last_tok.kind == Tok::Indent || last_tok.kind == Tok::Dedent) {
    std::string_view line = source_line(src_, last_tok.line);
    report(loc_of(last_tok), "IndentationError",
           last_tok.kind == Tok::Indent ? "unexpected indent" : "unexpected unindent", true, err);
    err->col = char_offset_in_line(line, last_tok.col) - 1;
    err->end_col = -1;
  } else {
    report(loc_of(last_tok), "SyntaxError", "invalid syntax", true, err);
  }
  tokenize_rest_for_errors(last_tok.line, err);
  return false;
}

// ---- entry point -------------------------------------------------------------------------------

namespace {

// CPython's message for undecodable source (its tokenizer decodes the whole buffer first).
void utf8_failure(const Utf8Error& e, const char* data, SyntaxErrorInfo* err) {
  char buf[160];
  std::snprintf(buf, sizeof buf,
                "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                static_cast<unsigned char>(data[e.pos]), e.pos, e.reason);
  err->kind = "SyntaxError";
  err->msg = buf;
  err->line = 0;
  err->col = 0;
}

// The text the lexer reads: without a BOM, with "\r\n" and "\r" turned into "\n" (as CPython's
// universal newlines), ending with "\n" when not empty.
std::string prepare_source(std::string_view source) {
  std::string out;
  out.reserve(source.size() + 1);
  for (size_t i = 0; i < source.size(); i++) {
    char c = source[i];
    if (c == '\r') {
      out += '\n';
      if (i + 1 < source.size() && source[i + 1] == '\n') i++;
    } else {
      out += c;
    }
  }
  if (!out.empty() && out.back() != '\n') out += '\n';
  return out;
}

}  // namespace

bool parse(std::string_view source, ParseMode mode, uintptr_t stack_limit, ast::Arena& arena,
           ast::Module* out, SyntaxErrorInfo* err) {
  *err = SyntaxErrorInfo{};
  *out = ast::Module{};
  if (source.substr(0, 3) == "\xEF\xBB\xBF") source.remove_prefix(3);
  if (source.find('\0') != std::string_view::npos) {
    err->msg = "source code cannot contain null bytes";
    return false;
  }
  Utf8Error bad;
  if (!utf8_validate(source.data(), source.size(), 0, &bad)) {
    utf8_failure(bad, source.data(), err);
    return false;
  }
  std::string text = prepare_source(source);
  Parser parser(text, stack_limit, arena);
  return parser.run(mode, out, err);
}

}  // namespace weft
