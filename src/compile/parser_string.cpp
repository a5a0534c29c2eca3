// Literals: numbers, strings, bytes and f-strings. Adjacent literals concatenate; f-string parts
// become a JoinedStr whose neighbouring text is merged into one Constant, as CPython 3.12+ does.
#include <cstdlib>

#include "base/utf8.hpp"
#include "compile/parser_impl.hpp"
#include "compile/string_escape.hpp"

namespace weft {

ast::Expr* Parser::number() {
  const Token& t = advance();
  std::string digits;
  for (char c : text(t))
    if (c != '_') digits += c;
  auto* c = make<ast::Constant>(pos_of(t));
  char last = digits.back();
  bool radix = digits.size() > 1 && digits[0] == '0' &&
               (digits[1] == 'x' || digits[1] == 'X' || digits[1] == 'o' || digits[1] == 'O' ||
                digits[1] == 'b' || digits[1] == 'B');
  if (last == 'j' || last == 'J') {
    c->ck = ast::ConstKind::Imag;
    digits.pop_back();
    c->number = std::strtod(digits.c_str(), nullptr);
  } else if (!radix && digits.find_first_of(".eE") != std::string::npos) {
    c->ck = ast::ConstKind::Float;
    c->number = std::strtod(digits.c_str(), nullptr);
  } else {
    c->ck = ast::ConstKind::Int;
  }
  c->text = std::move(digits);
  return c;
}

namespace {

struct Prefix {
  bool raw = false, bytes = false;
  size_t length = 0;  // prefix letters
};

Prefix string_prefix(std::string_view s) {
  Prefix p;
  while (p.length < s.size() && s[p.length] != '"' && s[p.length] != '\'') {
    char c = s[p.length++];
    if (c == 'r' || c == 'R') p.raw = true;
    if (c == 'b' || c == 'B') p.bytes = true;
  }
  return p;
}

}  // namespace

// Decodes one plain string token into `out`.
bool Parser::string_piece(const Token& t, bool* is_bytes, std::string* out) {
  std::string_view s = text(t);
  Prefix p = string_prefix(s);
  *is_bytes = p.bytes;
  size_t quote = (s.size() - p.length >= 6 && s[p.length] == s[p.length + 1] &&
                  s[p.length] == s[p.length + 2])
                     ? 3
                     : 1;
  std::string_view body = s.substr(p.length + quote, s.size() - p.length - 2 * quote);
  return decode_escapes(body, p.raw, p.bytes, t, out);
}

bool Parser::decode_escapes(std::string_view body, bool raw, bool bytes, const Token& t,
                            std::string* out) {
  EscapeError e;
  if (decode_string_body(body, raw, bytes, out, &e)) return true;
  raise(e.message, loc_of(t));
  return false;
}

// Adjacent string, bytes and f-string literals as one expression.
ast::Expr* Parser::strings() {
  Pos start = here();
  bool saw_bytes = false, saw_str = false, saw_f = false;
  ast::ExprList parts;
  std::string pending;
  Pos pending_pos = start;
  bool have_pending = false;
  bool u_prefix = at(Tok::String) && (text(peek())[0] == 'u' || text(peek())[0] == 'U');
  while (at(Tok::String) || at(Tok::FStringStart)) {
    if (at(Tok::String)) {
      const Token& t = advance();
      bool is_bytes;
      std::string piece;
      if (!string_piece(t, &is_bytes, &piece)) return nullptr;
      (is_bytes ? saw_bytes : saw_str) = true;
      if (!have_pending && !piece.empty()) pending_pos = pos_of(t), have_pending = true;
      pending += piece;
    } else {
      saw_f = saw_str = true;
      if (!have_pending) pending_pos = here();
      if (!fstring(&parts, &pending, &pending_pos)) return nullptr;
      have_pending = !pending.empty();
    }
  }
  if (saw_bytes && saw_str) {
    return raise("cannot mix bytes and nonbytes literals", loc_of(peek()));
  }
  if (!saw_f) {
    auto* c = make<ast::Constant>(start);
    c->ck = saw_bytes ? ast::ConstKind::Bytes : ast::ConstKind::Str;
    c->text = std::move(pending);
    c->u_prefix = u_prefix;
    return c;
  }
  if (!pending.empty()) {
    auto* c = make<ast::Constant>(pending_pos);
    c->ck = ast::ConstKind::Str;
    c->text = std::move(pending);
    parts.push_back(c);
  }
  auto* j = make<ast::JoinedStr>(start);
  j->values = std::move(parts);
  return j;
}

// Moves the accumulated literal text into `parts` as a Constant.
void Parser::flush_text(ast::ExprList* parts, std::string* pending, Pos pos) {
  if (pending->empty()) return;
  auto* c = make<ast::Constant>(pos);
  c->ck = ast::ConstKind::Str;
  c->text = std::move(*pending);
  pending->clear();
  parts->push_back(c);
}

// One f-string from FSTRING_START to FSTRING_END. Literal text accumulates in `pending` (shared
// with the neighbouring literals) and is flushed as a Constant before each replacement field.
bool Parser::fstring(ast::ExprList* parts, std::string* pending, Pos* pending_pos) {
  const Token& open = advance();
  bool raw = string_prefix(text(open)).raw;
  for (;;) {
    if (at(Tok::FStringMiddle)) {
      const Token& t = advance();
      if (pending->empty()) *pending_pos = pos_of(t);
      if (!decode_escapes(text(t), raw, false, t, pending)) return false;
    } else if (at(Tok::LBrace)) {
      if (!replacement_field(parts, pending, pending_pos)) return false;
    } else if (at(Tok::FStringEnd)) {
      advance();
      return true;
    } else {
      return false;
    }
  }
}

// `{expr [=] [!conv] [:spec]}`; the text of a debug field (`{x=}`) joins the literal text.
bool Parser::replacement_field(ast::ExprList* parts, std::string* pending, Pos* pending_pos) {
  DepthGuard guard(*this);
  if (!guard.ok) return false;
  const Token& lbrace = advance();
  Pos start = pos_of(lbrace);
  if (at(Tok::RBrace) || at(Tok::Exclamation) || at(Tok::Colon) || at(Tok::Equal)) {
    const Token& t = peek();
    return invalid(std::string("f-string: valid expression required before '") + token_spelling(t.kind) + "'",
                   loc_of(t)) != nullptr;
  }
  ast::Expr* value = at(Tok::KwYield) ? yield_expr() : star_expressions();
  if (!value) return false;
  auto* fv = make<ast::FormattedValue>(start);
  fv->value = value;
  if (at(Tok::Equal)) {
    advance();
    // The debug text is the source from '{' to what follows '=', spaces included.
    if (pending->empty()) *pending_pos = pos_of(lbrace);
    pending->append(src_.substr(lbrace.end, peek().start - lbrace.end));
    fv->conversion = 'r';
  }
  if (at(Tok::Exclamation)) {
    const Token& bang = advance();
    if (!at(Tok::Name)) {
      if (at(Tok::Colon) || at(Tok::RBrace))
        return raise("f-string: missing conversion character", loc_of(peek())) != nullptr;
      return false;
    }
    const Token& conv = advance();
    if (conv.start != bang.end)
      return raise("f-string: conversion type must come right after the exclamanation mark",
                   loc_of(conv)) != nullptr;
    std::string_view c = text(conv);
    if (c != "r" && c != "s" && c != "a")
      return raise("f-string: invalid conversion character '" + std::string(c) +
                       "': expected 's', 'r', or 'a'",
                   loc_of(conv)) != nullptr;
    fv->conversion = c[0];
  } else if (at(Tok::Colon) && fv->conversion == 'r') {
    fv->conversion = -1;
  }
  if (accept(Tok::Colon)) {
    if (!(fv->format_spec = format_spec())) return false;
  }
  if (!at(Tok::RBrace)) {
    if (pass2_) {
      const Token& t = peek();
      if (t.kind == Tok::FStringEnd || t.kind == Tok::FStringMiddle)
        return invalid_here("SyntaxError", fv->format_spec ? "f-string: expecting '}', or format specs"
                                                           : "f-string: expecting '=', or '!', or ':', or '}'") != nullptr;
    }
    return false;
  }
  advance();
  set_end(fv);
  flush_text(parts, pending, *pending_pos);
  parts->push_back(fv);
  return true;
}

// The format spec after ':' up to the field's '}', itself an f-string.
ast::Expr* Parser::format_spec() {
  Pos start = here();
  ast::ExprList parts;
  std::string pending;
  Pos pending_pos = start;
  for (;;) {
    if (at(Tok::FStringMiddle)) {
      const Token& t = advance();
      if (pending.empty()) pending_pos = pos_of(t);
      if (!decode_escapes(text(t), false, false, t, &pending)) return nullptr;
    } else if (at(Tok::LBrace)) {
      if (!replacement_field(&parts, &pending, &pending_pos)) return nullptr;
    } else {
      break;
    }
  }
  flush_text(&parts, &pending, pending_pos);
  auto* j = make<ast::JoinedStr>(start);
  j->values = std::move(parts);
  return j;
}

}  // namespace weft
