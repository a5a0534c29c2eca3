// Tokenizer tests: token kinds and positions, f-string modes, and CPython's tokenizer errors.
#include "compile/lexer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace weft {
namespace {

std::vector<Tok> kinds(const std::string& src) {
  Lexer lx(src);
  std::vector<Tok> out;
  for (;;) {
    Token t = lx.next();
    out.push_back(t.kind);
    if (t.kind == Tok::EndMarker || t.kind == Tok::Error) return out;
  }
}

const LexError& lex_error(Lexer& lx) {
  for (;;) {
    Token t = lx.next();
    if (t.kind == Tok::Error || t.kind == Tok::EndMarker) return lx.error();
  }
}

TEST(Lexer, SimpleStatement) {
  EXPECT_EQ(kinds("x = 1\n"), (std::vector<Tok>{Tok::Name, Tok::Equal, Tok::Number, Tok::Newline,
                                                Tok::EndMarker}));
}

TEST(Lexer, KeywordsAndOperators) {
  EXPECT_EQ(kinds("if a ** b >>= c: pass\n"),
            (std::vector<Tok>{Tok::KwIf, Tok::Name, Tok::DoubleStar, Tok::Name, Tok::RightShiftEqual,
                              Tok::Name, Tok::Colon, Tok::KwPass, Tok::Newline, Tok::EndMarker}));
  EXPECT_EQ(kinds("a->b...\n")[1], Tok::RArrow);
  EXPECT_EQ(kinds("a->b...\n")[3], Tok::Ellipsis);
}

TEST(Lexer, IndentDedent) {
  EXPECT_EQ(kinds("if x:\n  y\n\n  # c\nz\n"),
            (std::vector<Tok>{Tok::KwIf, Tok::Name, Tok::Colon, Tok::Newline, Tok::Indent, Tok::Name,
                              Tok::Newline, Tok::Dedent, Tok::Name, Tok::Newline, Tok::EndMarker}));
}

TEST(Lexer, BracketsJoinLines) {
  EXPECT_EQ(kinds("(1,\n 2)\n"), (std::vector<Tok>{Tok::LPar, Tok::Number, Tok::Comma, Tok::Number,
                                                   Tok::RPar, Tok::Newline, Tok::EndMarker}));
}

TEST(Lexer, Positions) {
  Lexer lx("ab = 'c'\n");
  Token a = lx.next();
  EXPECT_EQ(a.line, 1);
  EXPECT_EQ(a.col, 0);
  EXPECT_EQ(a.end_col, 2);
  lx.next();
  Token s = lx.next();
  EXPECT_EQ(s.kind, Tok::String);
  EXPECT_EQ(s.col, 5);
  EXPECT_EQ(s.end_col, 8);
}

TEST(Lexer, Numbers) {
  for (const char* n : {"0", "123", "1_000", "0x1F", "0o17", "0b101", "1.5", ".5", "5.", "1e10",
                        "1.5e-3", "3j", "1E+5J", "0_0", "00"}) {
    std::string src = std::string(n) + "\n";  // the lexer keeps a view of it
    Lexer lx(src);
    EXPECT_EQ(lx.next().kind, Tok::Number) << n;
    EXPECT_EQ(lx.next().kind, Tok::Newline) << n;
  }
}

TEST(Lexer, FString) {
  EXPECT_EQ(kinds("f'a{b!r:>{w}}c'\n"),
            (std::vector<Tok>{Tok::FStringStart, Tok::FStringMiddle, Tok::LBrace, Tok::Name,
                              Tok::Exclamation, Tok::Name, Tok::Colon, Tok::FStringMiddle, Tok::LBrace,
                              Tok::Name, Tok::RBrace, Tok::RBrace, Tok::FStringMiddle, Tok::FStringEnd,
                              Tok::Newline, Tok::EndMarker}));
  // PEP 701: the same quote inside a replacement field.
  EXPECT_EQ(kinds("f\"{x[\"k\"]}\"\n")[4], Tok::String);
}

struct ErrorCase {
  const char* src;
  const char* kind;
  const char* msg;
  int line, offset;
};

TEST(Lexer, Errors) {
  const ErrorCase cases[] = {
      {"x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5},
      {"x = '''a\nb\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5},
      {"x = 1_\n", "SyntaxError", "invalid decimal literal", 1, 6},
      {"x = 0777\n", "SyntaxError",
       "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5},
      {"x = 0b2\n", "SyntaxError", "invalid digit '2' in binary literal", 1, 7},
      {"x = 5abc\n", "SyntaxError", "invalid decimal literal", 1, 5},
      {"x = 1 \xE2\x82\xAC\n", "SyntaxError", "invalid character '\xE2\x82\xAC' (U+20AC)", 1, 7},
      {"x = \x01\n", "SyntaxError", "invalid non-printable character U+0001", 1, 5},
      {"x)\n", "SyntaxError", "unmatched ')'", 1, 2},
      {"x = [1, 2)\n", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '['", 1, 10},
      {"if x:\n  a\n b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 3},
      {"if x:\n\ta\n        b\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1},
      {"x \\ y\n", "SyntaxError", "unexpected character after line continuation character", 1, 4},
      {"x = 1\\\n", "SyntaxError", "unexpected EOF while parsing", 1, 7},
      {"f'}'\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 3},
      {"f'abc\n", "SyntaxError", "unterminated f-string literal (detected at line 1)", 1, 1},
  };
  for (const ErrorCase& c : cases) {
    Lexer lx(c.src);
    const LexError& e = lex_error(lx);
    EXPECT_TRUE(lx.failed()) << c.src;
    EXPECT_STREQ(e.kind, c.kind) << c.src;
    EXPECT_EQ(e.msg, c.msg) << c.src;
    EXPECT_EQ(e.line, c.line) << c.src;
    EXPECT_EQ(e.offset, c.offset) << c.src;
  }
}

TEST(Lexer, Limits) {
  std::string open_parens = std::string(10000, '(') + "\n";  // the lexer keeps a view of it
  Lexer parens(open_parens);
  EXPECT_EQ(lex_error(parens).msg, "too many nested parentheses");
  std::string deep;
  for (int i = 0; i < 101; i++) deep += std::string(static_cast<size_t>(i), ' ') + "if 1:\n";
  Lexer indents(deep);
  EXPECT_EQ(lex_error(indents).msg, "too many levels of indentation");
}

TEST(Lexer, UnclosedBracketAtEnd) {
  Lexer lx("x = (1,\n 2\n");
  lex_error(lx);
  EXPECT_TRUE(lx.failed());
  EXPECT_TRUE(lx.error().msg.empty());
  EXPECT_EQ(lx.open_bracket(), '(');
  EXPECT_EQ(lx.open_line(), 1);
}

}  // namespace
}  // namespace weft
