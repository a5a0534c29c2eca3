// The match statement and its patterns (PEP 634), as CPython's match_stmt ... class_pattern
// rules. `match` and `case` are soft keywords: statement() tries a match statement first and
// falls back to a simple statement when it does not parse as one.
#include "compile/parser_impl.hpp"

namespace weft {

using PK = ast::PatternKind;

ast::Stmt* Parser::match_stmt() {
  const Token& kw = advance();
  Pos start = pos_of(kw);
  Pos sstart = here();
  ast::Expr* subject = star_named_expression();
  if (!subject) return nullptr;
  if (at(Tok::Comma)) {
    ast::ExprList elts{subject};
    while (accept(Tok::Comma) && !at(Tok::Colon)) {
      ast::Expr* e = star_named_expression();
      if (!e) return nullptr;
      elts.push_back(e);
    }
    subject = tuple_of(std::move(elts), sstart);
  } else if (subject->kind == ast::ExprKind::Starred) {
    return nullptr;
  }
  if (!accept(Tok::Colon)) {
    if (at(Tok::Newline)) invalid_here("SyntaxError", "expected ':'");
    return nullptr;
  }
  if (!expect(Tok::Newline)) return nullptr;
  if (!at(Tok::Indent)) {
    if (pass2_) {
      peek();
      invalid_here("IndentationError", "expected an indented block after 'match' statement on line " +
                                           std::to_string(kw.line));
    }
    return nullptr;
  }
  advance();
  auto* s = make<ast::Match>(start);
  s->subject = subject;
  while (at_soft("case")) {
    ast::MatchCase* c = case_block();
    if (!c) return nullptr;
    s->cases.push_back(c);
  }
  if (s->cases.empty() || !expect(Tok::Dedent)) return nullptr;
  set_end(s);
  return s;
}

ast::MatchCase* Parser::case_block() {
  const Token& kw = advance();
  auto* c = make<ast::MatchCase>(pos_of(kw));
  if (!(c->pattern = patterns())) return nullptr;
  if (accept(Tok::KwIf) && !(c->guard = named_expression())) return nullptr;
  if (!colon_block(&c->body, kw, "'case' statement")) return nullptr;
  set_end(c);
  return c;
}

// A top-level pattern: `case a, b:` is a sequence pattern without brackets.
ast::Pattern* Parser::patterns() {
  Pos start = here();
  ast::Pattern* first = at(Tok::Star) ? star_pattern() : pattern();
  if (!first) return nullptr;
  if (!at(Tok::Comma)) {
    if (first->kind == PK::MatchStar) return nullptr;
    return first;
  }
  auto* seq = make<ast::Pattern>(start, PK::MatchSequence);
  seq->patterns.push_back(first);
  while (accept(Tok::Comma) && !at(Tok::Colon) && !at(Tok::KwIf)) {
    ast::Pattern* p = at(Tok::Star) ? star_pattern() : pattern();
    if (!p) return nullptr;
    seq->patterns.push_back(p);
  }
  set_end(seq);
  return seq;
}

ast::Pattern* Parser::pattern() {
  DepthGuard guard(*this);
  if (!guard.ok) return nullptr;
  Pos start = here();
  ast::Pattern* p = or_pattern();
  if (!p || !accept(Tok::KwAs)) return p;
  const Token* name = expect(Tok::Name);
  if (!name) return nullptr;
  auto* as = make<ast::Pattern>(start, PK::MatchAs);
  as->pattern = p;
  if (!capture_name(&as->name, *name)) return nullptr;
  return as;
}

bool Parser::capture_name(std::string* out, const Token& t) {
  std::string_view name = text(t);
  if (name == "_") return invalid("cannot use '_' as a target", loc_of(t)) != nullptr;
  out->assign(name);
  return true;
}

ast::Pattern* Parser::or_pattern() {
  Pos start = here();
  ast::Pattern* first = closed_pattern();
  if (!first || !at(Tok::VBar)) return first;
  auto* alt = make<ast::Pattern>(start, PK::MatchOr);
  alt->patterns.push_back(first);
  while (accept(Tok::VBar)) {
    ast::Pattern* p = closed_pattern();
    if (!p) return nullptr;
    alt->patterns.push_back(p);
  }
  set_end(alt);
  return alt;
}

ast::Pattern* Parser::star_pattern() {
  Pos start = pos_of(advance());
  const Token* name = expect(Tok::Name);
  if (!name) return nullptr;
  auto* p = make<ast::Pattern>(start, PK::MatchStar);
  if (text(*name) != "_") p->name.assign(text(*name));
  return p;
}

ast::Expr* Parser::signed_number() {
  if (!at(Tok::Minus)) return at(Tok::Number) ? number() : nullptr;
  Pos start = pos_of(advance());
  if (!at(Tok::Number)) return nullptr;
  ast::Expr* n = number();
  if (!n) return nullptr;
  auto* u = make<ast::UnaryOp>(start);
  u->op = ast::UnaryOpKind::USub;
  u->operand = n;
  return u;
}

// A literal usable as a value pattern or mapping key: numbers (complex as `1 + 2j`), strings.
ast::Expr* Parser::pattern_value() {
  Pos start = here();
  if (at(Tok::String) || at(Tok::FStringStart)) {
    ast::Expr* s = strings();
    if (s && s->kind == ast::ExprKind::JoinedStr)
      return invalid("patterns may only match literals and attribute lookups", s->loc);
    return s;
  }
  ast::Expr* real = signed_number();
  if (!real || (!at(Tok::Plus) && !at(Tok::Minus))) return real;
  ast::Expr* lit = real->kind == ast::ExprKind::UnaryOp
                          ? static_cast<ast::UnaryOp*>(real)->operand : real;
  if (static_cast<ast::Constant*>(lit)->ck == ast::ConstKind::Imag)
    return invalid("real number required in complex literal", lit->loc);
  ast::Operator op = advance().kind == Tok::Plus ? ast::Operator::Add : ast::Operator::Sub;
  if (!at(Tok::Number)) return nullptr;
  ast::Expr* imag = number();
  if (!imag) return nullptr;
  if (static_cast<ast::Constant*>(imag)->ck != ast::ConstKind::Imag)
    return invalid("imaginary number required in complex literal", imag->loc);
  auto* b = make<ast::BinOp>(start);
  b->left = real;
  b->op = op;
  b->right = imag;
  return b;
}

ast::Expr* Parser::name_or_attr() {
  Pos start = here();
  const Token& t = advance();
  auto* n = make<ast::Name>(start);
  n->id.assign(text(t));
  ast::Expr* e = n;
  while (at(Tok::Dot)) {
    advance();
    const Token* attr = expect(Tok::Name);
    if (!attr) return nullptr;
    auto* a = make<ast::Attribute>(start);
    a->value = e;
    a->attr.assign(text(*attr));
    e = a;
  }
  return e;
}

ast::Pattern* Parser::closed_pattern() {
  const Token& t = peek();
  Pos start = pos_of(t);
  switch (t.kind) {
    case Tok::KwNone: case Tok::KwTrue: case Tok::KwFalse: {
      ast::Expr* c = atom();
      auto* p = make<ast::Pattern>(start, PK::MatchSingleton);
      p->value = c;
      return p;
    }
    case Tok::Number: case Tok::Minus: case Tok::String: case Tok::FStringStart: {
      ast::Expr* v = pattern_value();
      if (!v) return nullptr;
      auto* p = make<ast::Pattern>(start, PK::MatchValue);
      p->value = v;
      return p;
    }
    case Tok::LPar: case Tok::LSqb: {
      Tok close = t.kind == Tok::LPar ? Tok::RPar : Tok::RSqb;
      advance();
      return sequence_pattern(close, start);
    }
    case Tok::LBrace:
      advance();
      return mapping_pattern(start);
    case Tok::Name: {
      ast::Expr* e = name_or_attr();
      if (!e) return nullptr;
      if (at(Tok::LPar)) return class_pattern(e, start);
      if (e->kind == ast::ExprKind::Attribute) {
        auto* p = make<ast::Pattern>(start, PK::MatchValue);
        p->value = e;
        return p;
      }
      auto* p = make<ast::Pattern>(start, PK::MatchAs);
      const std::string& id = static_cast<ast::Name*>(e)->id;
      if (id != "_") p->name = id;
      return p;
    }
    default:
      return nullptr;
  }
}

// After '(' or '['. `(p)` is a group, not a sequence.
ast::Pattern* Parser::sequence_pattern(Tok close, Pos start) {
  auto* seq = make<ast::Pattern>(start, PK::MatchSequence);
  bool comma = false;
  while (!at(close)) {
    ast::Pattern* p = at(Tok::Star) ? star_pattern() : pattern();
    if (!p) return nullptr;
    seq->patterns.push_back(p);
    if (!accept(Tok::Comma)) break;
    comma = true;
  }
  if (!expect(close)) return nullptr;
  if (close == Tok::RPar && !comma && seq->patterns.size() == 1 &&
      seq->patterns[0]->kind != PK::MatchStar)
    return seq->patterns[0];
  set_end(seq);
  return seq;
}

ast::Pattern* Parser::mapping_pattern(Pos start) {
  auto* map = make<ast::Pattern>(start, PK::MatchMapping);
  while (!at(Tok::RBrace)) {
    if (accept(Tok::DoubleStar)) {
      const Token* name = expect(Tok::Name);
      if (!name || text(*name) == "_") return nullptr;  // CPython 3.12+: plain invalid syntax
      map->name.assign(text(*name));
      accept(Tok::Comma);
      break;
    }
    ast::Expr* key;
    if (at(Tok::KwNone) || at(Tok::KwTrue) || at(Tok::KwFalse)) key = atom();
    else if (at(Tok::Name)) key = name_or_attr();
    else key = pattern_value();
    if (key && key->kind == ast::ExprKind::Name) return nullptr;  // a key must be dotted
    if (!key || !expect(Tok::Colon)) return nullptr;
    ast::Pattern* value = pattern();
    if (!value) return nullptr;
    map->keys.push_back(key);
    map->patterns.push_back(value);
    if (!accept(Tok::Comma)) break;
  }
  if (!expect(Tok::RBrace)) return nullptr;
  set_end(map);
  return map;
}

ast::Pattern* Parser::class_pattern(ast::Expr* cls, Pos start) {
  advance();
  auto* p = make<ast::Pattern>(start, PK::MatchClass);
  p->value = cls;
  while (!at(Tok::RPar)) {
    if (at(Tok::Name) && kind(1) == Tok::Equal) {
      const Token& name = advance();
      advance();
      ast::Pattern* value = pattern();
      if (!value) return nullptr;
      p->kwd_attrs.emplace_back(text(name));
      p->kwd_patterns.push_back(value);
    } else {
      ast::Pattern* value = pattern();
      if (!value) return nullptr;
      if (!p->kwd_attrs.empty())
        return invalid("positional patterns follow keyword patterns", value->loc);
      p->patterns.push_back(value);
    }
    if (!accept(Tok::Comma)) break;
  }
  if (!expect(Tok::RPar)) return nullptr;
  set_end(p);
  return p;
}

}  // namespace weft
