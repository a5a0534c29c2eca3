// Atoms: names, constants, and the bracketed displays — tuples, groups, lists, sets, dicts and
// the four comprehensions.
#include "compile/parser_impl.hpp"

namespace weft {

ast::Expr* Parser::atom() {
  const Token& t = peek();
  Pos start = pos_of(t);
  auto constant = [&](ast::ConstKind ck) {
    advance();
    auto* c = make<ast::Constant>(start);
    c->ck = ck;
    return c;
  };
  switch (t.kind) {
    case Tok::Name: {
      advance();
      auto* n = make<ast::Name>(start);
      n->id.assign(text(t));
      return n;
    }
    case Tok::KwTrue: return constant(ast::ConstKind::True);
    case Tok::KwFalse: return constant(ast::ConstKind::False);
    case Tok::KwNone: return constant(ast::ConstKind::None);
    case Tok::Ellipsis: return constant(ast::ConstKind::Ellipsis);
    case Tok::Number: return number();
    case Tok::String: case Tok::FStringStart: return strings();
    case Tok::LPar: return paren_atom();
    case Tok::LSqb: return list_atom();
    case Tok::LBrace: return brace_atom();
    default: return nullptr;
  }
}

static bool at_comprehension(Tok k, Tok next) {
  return k == Tok::KwFor || (k == Tok::KwAsync && next == Tok::KwFor);
}

// `(...)`: a tuple, a parenthesized expression, a generator expression or a yield.
ast::Expr* Parser::paren_atom() {
  Pos start = pos_of(advance());
  if (accept(Tok::RPar)) return tuple_of({}, start);
  if (at(Tok::KwYield)) {
    ast::Expr* y = yield_expr();
    return y && expect(Tok::RPar) ? y : nullptr;
  }
  if (at(Tok::DoubleStar)) {
    advance();
    ast::Expr* e = expression();
    if (e && at(Tok::RPar))
      return invalid("cannot use double starred expression here", span(loc_of(toks_[pos_ - 1]), e->loc));
    return nullptr;
  }
  ast::Expr* first = star_named_expression();
  if (!first) return nullptr;
  if (at_comprehension(kind(), kind(1))) {
    if (first->kind == ast::ExprKind::Starred)
      return invalid("iterable unpacking cannot be used in comprehension", first->loc);
    return comprehension(ast::ExprKind::GeneratorExp, first, nullptr, start, Tok::RPar);
  }
  if (accept(Tok::RPar)) {
    if (first->kind == ast::ExprKind::Starred)
      return invalid("cannot use starred expression here", first->loc);
    return first;
  }
  if (!at(Tok::Comma)) return nullptr;
  ast::ExprList elts{first};
  while (accept(Tok::Comma) && !at(Tok::RPar)) {
    ast::Expr* e = star_named_expression();
    if (!e) return nullptr;
    elts.push_back(e);
  }
  if (!expect(Tok::RPar)) return nullptr;
  return tuple_of(std::move(elts), start);
}

ast::Expr* Parser::list_atom() {
  Pos start = pos_of(advance());
  auto* list = make<ast::Sequence>(start, ast::ExprKind::List);
  if (accept(Tok::RSqb)) {
    set_end(list);
    return list;
  }
  ast::Expr* first = star_named_expression();
  if (!first) return nullptr;
  if (at_comprehension(kind(), kind(1))) {
    if (first->kind == ast::ExprKind::Starred)
      return invalid("iterable unpacking cannot be used in comprehension", first->loc);
    return comprehension(ast::ExprKind::ListComp, first, nullptr, start, Tok::RSqb);
  }
  list->elts.push_back(first);
  while (accept(Tok::Comma) && !at(Tok::RSqb)) {
    ast::Expr* e = star_named_expression();
    if (!e) return nullptr;
    list->elts.push_back(e);
  }
  if (!expect(Tok::RSqb)) return nullptr;
  set_end(list);
  return list;
}

// `{...}`: a dict or set display or comprehension.
ast::Expr* Parser::brace_atom() {
  Pos start = pos_of(advance());
  if (accept(Tok::RBrace)) return make<ast::DictExpr>(start);
  if (at(Tok::DoubleStar)) {
    ast::Loc stars = loc_of(advance());
    ast::Expr* value = binary(0);
    if (!value) return nullptr;
    if (at_comprehension(kind(), kind(1)))
      return invalid("dict unpacking cannot be used in dict comprehension", span(stars, value->loc));
    return dict_rest(nullptr, value, start);
  }
  ast::Expr* first = star_named_expression();
  if (!first) return nullptr;
  if (at(Tok::Colon) && first->kind != ast::ExprKind::Starred) {
    const Token& colon = advance();
    if (at(Tok::RBrace) || at(Tok::Comma))
      return invalid("expression expected after dictionary key and ':'", loc_of(colon));
    ast::Expr* value = expression();
    if (!value) return nullptr;
    if (at_comprehension(kind(), kind(1)))
      return comprehension(ast::ExprKind::DictComp, first, value, start, Tok::RBrace);
    return dict_rest(first, value, start);
  }
  if (at_comprehension(kind(), kind(1))) {
    if (first->kind == ast::ExprKind::Starred)
      return invalid("iterable unpacking cannot be used in comprehension", first->loc);
    return comprehension(ast::ExprKind::SetComp, first, nullptr, start, Tok::RBrace);
  }
  auto* set = make<ast::SetExpr>(start);
  set->elts.push_back(first);
  while (accept(Tok::Comma) && !at(Tok::RBrace)) {
    ast::Expr* e = star_named_expression();
    if (!e) return nullptr;
    set->elts.push_back(e);
  }
  if (!expect(Tok::RBrace)) return nullptr;
  set_end(set);
  return set;
}

ast::Expr* Parser::dict_rest(ast::Expr* key, ast::Expr* value, Pos start) {
  auto* d = make<ast::DictExpr>(start);
  d->keys.push_back(key);
  d->values.push_back(value);
  while (accept(Tok::Comma) && !at(Tok::RBrace)) {
    if (accept(Tok::DoubleStar)) {
      if (!(value = binary(0))) return nullptr;
      d->keys.push_back(nullptr);
      d->values.push_back(value);
      continue;
    }
    if (!(key = expression())) return nullptr;
    if (!at(Tok::Colon)) {
      if (at(Tok::RBrace) || at(Tok::Comma))
        return invalid("':' expected after dictionary key",
                       {key->loc.end_line, key->loc.end_col - 1, key->loc.end_line, -1});
      return nullptr;
    }
    const Token& colon = advance();
    if (at(Tok::RBrace) || at(Tok::Comma))
      return invalid("expression expected after dictionary key and ':'", loc_of(colon));
    if (!(value = expression())) return nullptr;
    d->keys.push_back(key);
    d->values.push_back(value);
  }
  if (!expect(Tok::RBrace)) return nullptr;
  set_end(d);
  return d;
}

ast::Expr* Parser::comprehension(ast::ExprKind kind, ast::Expr* elt, ast::Expr* value, Pos start,
                                 Tok close) {
  auto* c = make<ast::Comp>(start, kind);
  c->elt = elt;
  c->value = value;
  if (!for_if_clauses(&c->generators) || !expect(close)) return nullptr;
  set_end(c);
  return c;
}

bool Parser::for_if_clauses(std::vector<ast::Comprehension*>* out) {
  while (at_comprehension(kind(), kind(1))) {
    auto* gen = arena_.make<ast::Comprehension>();
    gen->is_async = accept(Tok::KwAsync);
    advance();
    if (!(gen->target = star_targets())) return false;
    if (!expect(Tok::KwIn)) return false;
    if (!(gen->iter = disjunction())) return false;
    while (accept(Tok::KwIf)) {
      ast::Expr* cond = disjunction();
      if (!cond) return false;
      gen->ifs.push_back(cond);
    }
    out->push_back(gen);
  }
  return true;
}

// A generator expression as the only argument of a call: `f(x for x in y)`.
ast::Expr* Parser::genexp_after(ast::Expr* elt, Pos start) {
  auto* c = make<ast::Comp>(start, ast::ExprKind::GeneratorExp);
  c->elt = elt;
  if (!for_if_clauses(&c->generators)) return nullptr;
  set_end(c);
  return c;
}

}  // namespace weft
