// The tokens the lexer hands to the parser: CPython's token set (tokenize module), with hard
// keywords as kinds of their own and f-strings split as in CPython 3.12+ (FSTRING_START,
// FSTRING_MIDDLE, replacement-field tokens, FSTRING_END).
#pragma once

#include <cstdint>

namespace weft {

// Operators: kind, spelling. Longest spellings are matched first by the lexer.
#define WEFT_OPERATORS(X)                                                                     \
  X(LPar, "(") X(RPar, ")") X(LSqb, "[") X(RSqb, "]") X(LBrace, "{") X(RBrace, "}")           \
  X(Colon, ":") X(Comma, ",") X(Semi, ";") X(Plus, "+") X(Minus, "-") X(Star, "*")            \
  X(Slash, "/") X(VBar, "|") X(Amper, "&") X(Less, "<") X(Greater, ">") X(Equal, "=")          \
  X(Dot, ".") X(Percent, "%") X(EqEqual, "==") X(NotEqual, "!=") X(LessEqual, "<=")            \
  X(GreaterEqual, ">=") X(Tilde, "~") X(Circumflex, "^") X(LeftShift, "<<")                   \
  X(RightShift, ">>") X(DoubleStar, "**") X(PlusEqual, "+=") X(MinEqual, "-=")                \
  X(StarEqual, "*=") X(SlashEqual, "/=") X(PercentEqual, "%=") X(AmperEqual, "&=")             \
  X(VBarEqual, "|=") X(CircumflexEqual, "^=") X(LeftShiftEqual, "<<=")                        \
  X(RightShiftEqual, ">>=") X(DoubleStarEqual, "**=") X(DoubleSlash, "//")                    \
  X(DoubleSlashEqual, "//=") X(At, "@") X(AtEqual, "@=") X(RArrow, "->") X(Ellipsis, "...")    \
  X(ColonEqual, ":=") X(Exclamation, "!")

#define WEFT_KEYWORDS(X)                                                                      \
  X(False, "False") X(None, "None") X(True, "True") X(And, "and") X(As, "as")                 \
  X(Assert, "assert") X(Async, "async") X(Await, "await") X(Break, "break") X(Class, "class")  \
  X(Continue, "continue") X(Def, "def") X(Del, "del") X(Elif, "elif") X(Else, "else")          \
  X(Except, "except") X(Finally, "finally") X(For, "for") X(From, "from") X(Global, "global")  \
  X(If, "if") X(Import, "import") X(In, "in") X(Is, "is") X(Lambda, "lambda")                 \
  X(Nonlocal, "nonlocal") X(Not, "not") X(Or, "or") X(Pass, "pass") X(Raise, "raise")          \
  X(Return, "return") X(Try, "try") X(While, "while") X(With, "with") X(Yield, "yield")

enum class Tok : uint8_t {
  EndMarker,
  Name,
  Number,
  String,
  FStringStart,
  FStringMiddle,
  FStringEnd,
  Newline,
  Indent,
  Dedent,
  // The lexer stopped: the token where CPython's tokenizer returns ERRORTOKEN. Its error is in
  // Lexer::error(), except at end of input with brackets still open (no message of its own).
  Error,
  Unknown,  // a character no token starts with ('$', '?', '`'): the parser reports it
#define WEFT_TOK_ENUM(name, text) name,
  WEFT_OPERATORS(WEFT_TOK_ENUM)
#undef WEFT_TOK_ENUM
#define WEFT_TOK_ENUM(name, text) Kw##name,
  WEFT_KEYWORDS(WEFT_TOK_ENUM)
#undef WEFT_TOK_ENUM
};

// Positions as in CPython: lines 1-based, columns 0-based byte offsets within the line.
struct Token {
  Tok kind = Tok::EndMarker;
  uint32_t start = 0, end = 0;  // byte offsets into the source
  int line = 0, col = 0, end_line = 0, end_col = 0;
  int level = 0;  // brackets open after this token (CPython's tok->level)
};

// The spelling of an operator or keyword kind, or a description ("NAME", "NEWLINE", ...).
const char* token_spelling(Tok kind);
inline bool token_is_keyword(Tok kind) { return kind >= Tok::KwFalse; }

}  // namespace weft
