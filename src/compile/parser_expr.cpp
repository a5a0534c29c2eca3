// Expressions, from tuples down to primaries (CPython's expressions ... primary rules), with the
// second pass's checks for a forgotten comma, `=` meant as `==`, and `if` without `else`.
#include "compile/parser_impl.hpp"

namespace weft {

namespace {

// Tokens that can start a disjunction (what CPython's expression_without_invalid starts with).
bool starts_expression(Tok k) {
  switch (k) {
    case Tok::Name: case Tok::Number: case Tok::String: case Tok::FStringStart: case Tok::LPar:
    case Tok::LSqb: case Tok::LBrace: case Tok::Minus: case Tok::Plus: case Tok::Tilde:
    case Tok::KwNot: case Tok::KwLambda: case Tok::KwAwait: case Tok::KwNone: case Tok::KwTrue:
    case Tok::KwFalse: case Tok::Ellipsis:
      return true;
    default:
      return false;
  }
}

struct BinaryOp {
  Tok tok;
  ast::Operator op;
};
using O = ast::Operator;
constexpr BinaryOp LEVEL0[] = {{Tok::VBar, O::BitOr}};
constexpr BinaryOp LEVEL1[] = {{Tok::Circumflex, O::BitXor}};
constexpr BinaryOp LEVEL2[] = {{Tok::Amper, O::BitAnd}};
constexpr BinaryOp LEVEL3[] = {{Tok::LeftShift, O::LShift}, {Tok::RightShift, O::RShift}};
constexpr BinaryOp LEVEL4[] = {{Tok::Plus, O::Add}, {Tok::Minus, O::Sub}};
constexpr BinaryOp LEVEL5[] = {{Tok::Star, O::Mult}, {Tok::Slash, O::Div},
                               {Tok::DoubleSlash, O::FloorDiv}, {Tok::Percent, O::Mod},
                               {Tok::At, O::MatMult}};
struct Level {
  const BinaryOp* ops;
  size_t n;
};
constexpr Level LEVELS[] = {{LEVEL0, 1}, {LEVEL1, 1}, {LEVEL2, 1}, {LEVEL3, 2}, {LEVEL4, 2}, {LEVEL5, 5}};
constexpr int FACTOR_LEVEL = 6;

}  // namespace

ast::Expr* Parser::tuple_of(ast::ExprList elts, Pos start) {
  auto* t = make<ast::Sequence>(start, ast::ExprKind::Tuple);
  t->elts = std::move(elts);
  return t;
}

// `expression (',' expression)* [',']`, and the same with starred items.
ast::Expr* Parser::expressions() {
  Pos start = here();
  ast::Expr* e = expression();
  if (!e || !at(Tok::Comma)) return e;
  ast::ExprList elts{e};
  while (accept(Tok::Comma) && starts_expression(kind())) {
    if (!(e = expression())) return nullptr;
    elts.push_back(e);
  }
  return tuple_of(std::move(elts), start);
}

ast::Expr* Parser::star_expressions() {
  Pos start = here();
  ast::Expr* e = star_expression();
  if (!e || !at(Tok::Comma)) return e;
  ast::ExprList elts{e};
  while (accept(Tok::Comma) && (starts_expression(kind()) || at(Tok::Star))) {
    if (!(e = star_expression())) return nullptr;
    elts.push_back(e);
  }
  return tuple_of(std::move(elts), start);
}

ast::Expr* Parser::star_expression() {
  if (!at(Tok::Star)) return expression();
  Pos start = pos_of(advance());
  ast::Expr* value = binary(0);
  if (!value) return nullptr;
  auto* s = make<ast::Starred>(start);
  s->value = value;
  return s;
}

ast::Expr* Parser::star_named_expression() {
  if (!at(Tok::Star)) return named_expression();
  return star_expression();
}

ast::Expr* Parser::named_expression() {
  if (at(Tok::Name) && kind(1) == Tok::ColonEqual) {
    const Token& name_tok = advance();
    advance();
    auto* target = make<ast::Name>(pos_of(name_tok));
    target->id.assign(text(name_tok));
    target->ctx = ast::Ctx::Store;
    ast::Expr* value = expression();
    if (!value) return nullptr;
    auto* n = make<ast::NamedExpr>(pos_of(name_tok));
    n->target = target;
    n->value = value;
    return n;
  }
  ast::Expr* e = expression();
  if (!e || !pass2_) return e;
  if (at(Tok::ColonEqual))
    return raise(std::string("cannot use assignment expressions with ") + expr_name(e), e->loc);
  if (at(Tok::Equal)) {
    // CPython's invalid_named_expression: `if x = 1:` most likely meant `==`.
    size_t save = pos_;
    advance();
    ast::Expr* rhs = binary(0);
    if (rhs && !at(Tok::Equal) && !at(Tok::ColonEqual)) {
      if (e->kind == ast::ExprKind::Name)
        return raise("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                     span(e->loc, rhs->loc));
      if (may_mean_equality(e, src_))
        return raise(std::string("cannot assign to ") + expr_name(e) +
                         " here. Maybe you meant '==' instead of '='?",
                     e->loc);
    }
    if (failed()) return nullptr;
    pos_ = save;
  }
  return e;
}

ast::Expr* Parser::expression() {
  DepthGuard guard(*this);
  if (!guard.ok) return nullptr;
  if (at(Tok::KwLambda)) return lambdef();
  Pos start = here();
  size_t first_tok = pos_;
  ast::Expr* e = disjunction();
  if (!e) return nullptr;
  if (at(Tok::KwIf)) {
    advance();
    ast::Expr* test = disjunction();
    if (!test) return nullptr;
    if (!accept(Tok::KwElse)) {
      if (!at(Tok::Colon)) return invalid("expected 'else' after 'if' expression", span(e->loc, test->loc));
      return nullptr;
    }
    ast::Expr* orelse = expression();
    if (!orelse) return nullptr;
    auto* n = make<ast::IfExp>(start);
    n->test = test;
    n->body = e;
    n->orelse = orelse;
    return n;
  }
  if (pass2_ && starts_expression(kind())) {
    // CPython's invalid_expression: two expressions in a row inside brackets.
    const Token& first = toks_[first_tok];
    bool excluded = (first.kind == Tok::Name && (toks_[first_tok + 1].kind == Tok::String ||
                                                 toks_[first_tok + 1].kind == Tok::FStringStart)) ||
                    (first.kind == Tok::Name &&
                     (text(first) == "match" || text(first) == "case" || text(first) == "type" ||
                      text(first) == "_"));
    bool legacy = e->kind == ast::ExprKind::Name &&
                  (static_cast<ast::Name*>(e)->id == "print" || static_cast<ast::Name*>(e)->id == "exec");
    if (!excluded && !legacy) {
      size_t save = pos_;
      pass2_ = false;
      ast::Expr* b = expression();
      pass2_ = true;
      if (b && last().level > 0)
        return raise("invalid syntax. Perhaps you forgot a comma?", span(e->loc, b->loc));
      if (failed()) return nullptr;
      pos_ = save;
    }
  }
  return e;
}

ast::Expr* Parser::yield_expr() {
  Pos start = pos_of(advance());
  if (accept(Tok::KwFrom)) {
    ast::Expr* value = expression();
    if (!value) return nullptr;
    auto* y = make<ast::YieldFrom>(start);
    y->value = value;
    return y;
  }
  auto* y = make<ast::Yield>(start);
  if (starts_expression(kind()) || at(Tok::Star)) {
    if (!(y->value = star_expressions())) return nullptr;
    set_end(y);
  }
  return y;
}

ast::Expr* Parser::lambdef() {
  Pos start = pos_of(advance());
  ast::Arguments* args = parameters(Tok::Colon, true);
  if (!args || !expect(Tok::Colon)) return nullptr;
  ast::Expr* body = expression();
  if (!body) return nullptr;
  auto* l = make<ast::Lambda>(start);
  l->args = args;
  l->body = body;
  return l;
}

ast::Expr* Parser::disjunction() {
  Pos start = here();
  ast::Expr* e = conjunction();
  if (!e || !at(Tok::KwOr)) return e;
  auto* b = make<ast::BoolOp>(start);
  b->op = ast::BoolOpKind::Or;
  b->values.push_back(e);
  while (accept(Tok::KwOr)) {
    if (!(e = conjunction())) return nullptr;
    b->values.push_back(e);
  }
  set_end(b);
  return b;
}

ast::Expr* Parser::conjunction() {
  Pos start = here();
  ast::Expr* e = inversion();
  if (!e || !at(Tok::KwAnd)) return e;
  auto* b = make<ast::BoolOp>(start);
  b->op = ast::BoolOpKind::And;
  b->values.push_back(e);
  while (accept(Tok::KwAnd)) {
    if (!(e = inversion())) return nullptr;
    b->values.push_back(e);
  }
  set_end(b);
  return b;
}

ast::Expr* Parser::inversion() {
  if (!at(Tok::KwNot)) return comparison();
  DepthGuard guard(*this);
  if (!guard.ok) return nullptr;
  Pos start = pos_of(advance());
  ast::Expr* operand = inversion();
  if (!operand) return nullptr;
  auto* u = make<ast::UnaryOp>(start);
  u->op = ast::UnaryOpKind::Not;
  u->operand = operand;
  return u;
}

ast::Expr* Parser::comparison() {
  using C = ast::CmpOpKind;
  Pos start = here();
  ast::Expr* left = binary(0);
  if (!left) return nullptr;
  ast::Compare* cmp = nullptr;
  for (;;) {
    C op;
    switch (kind()) {
      case Tok::EqEqual: op = C::Eq; break;
      case Tok::NotEqual: op = C::NotEq; break;
      case Tok::Less: op = C::Lt; break;
      case Tok::LessEqual: op = C::LtE; break;
      case Tok::Greater: op = C::Gt; break;
      case Tok::GreaterEqual: op = C::GtE; break;
      case Tok::KwIn: op = C::In; break;
      case Tok::KwIs: op = kind(1) == Tok::KwNot ? C::IsNot : C::Is; break;
      case Tok::KwNot:
        if (kind(1) != Tok::KwIn) goto done;
        op = C::NotIn;
        break;
      default: goto done;
    }
    advance();
    if (op == C::IsNot || op == C::NotIn) advance();
    ast::Expr* right = binary(0);
    if (!right) return nullptr;
    if (!cmp) {
      cmp = make<ast::Compare>(start);
      cmp->left = left;
    }
    cmp->ops.push_back(op);
    cmp->comparators.push_back(right);
  }
done:
  if (!cmp) return left;
  set_end(cmp);
  return cmp;
}

ast::Expr* Parser::binary(int level) {
  if (level == FACTOR_LEVEL) return factor();
  Pos start = here();
  ast::Expr* left = binary(level + 1);
  const Level& ops = LEVELS[level];
  while (left) {
    const BinaryOp* found = nullptr;
    for (size_t i = 0; i < ops.n; i++)
      if (ops.ops[i].tok == kind()) found = &ops.ops[i];
    if (!found) break;
    advance();
    ast::Expr* right = binary(level + 1);
    if (!right) return nullptr;
    auto* b = make<ast::BinOp>(start);
    b->left = left;
    b->op = found->op;
    b->right = right;
    left = b;
  }
  return left;
}

ast::Expr* Parser::factor() {
  ast::UnaryOpKind op;
  switch (kind()) {
    case Tok::Plus: op = ast::UnaryOpKind::UAdd; break;
    case Tok::Minus: op = ast::UnaryOpKind::USub; break;
    case Tok::Tilde: op = ast::UnaryOpKind::Invert; break;
    default: return power();
  }
  DepthGuard guard(*this);
  if (!guard.ok) return nullptr;
  Pos start = pos_of(advance());
  ast::Expr* operand = factor();
  if (!operand) return nullptr;
  auto* u = make<ast::UnaryOp>(start);
  u->op = op;
  u->operand = operand;
  return u;
}

ast::Expr* Parser::power() {
  Pos start = here();
  ast::Expr* base = await_primary();
  if (!base || !accept(Tok::DoubleStar)) return base;
  DepthGuard guard(*this);
  if (!guard.ok) return nullptr;
  ast::Expr* exp = factor();
  if (!exp) return nullptr;
  auto* b = make<ast::BinOp>(start);
  b->left = base;
  b->op = ast::Operator::Pow;
  b->right = exp;
  return b;
}

ast::Expr* Parser::await_primary() {
  if (!at(Tok::KwAwait)) return primary();
  Pos start = pos_of(advance());
  ast::Expr* value = primary();
  if (!value) return nullptr;
  auto* a = make<ast::Await>(start);
  a->value = value;
  return a;
}

ast::Expr* Parser::primary() {
  ast::Expr* e = atom();
  return e ? primary_rest(e) : nullptr;
}

// Trailers: `.name`, `(args)`, `[slices]`, left to right.
ast::Expr* Parser::primary_rest(ast::Expr* e) {
  Pos start = pos_of(e);
  for (;;) {
    if (at(Tok::Dot)) {
      advance();
      const Token* name = expect(Tok::Name);
      if (!name) return nullptr;
      auto* a = make<ast::Attribute>(start);
      a->value = e;
      a->attr.assign(text(*name));
      e = a;
    } else if (at(Tok::LPar)) {
      DepthGuard guard(*this);
      if (!guard.ok) return nullptr;
      advance();
      auto* c = make<ast::Call>(start);
      c->func = e;
      if (!call_arguments(c)) return nullptr;
      set_end(c);
      e = c;
    } else if (at(Tok::LSqb)) {
      DepthGuard guard(*this);
      if (!guard.ok) return nullptr;
      advance();
      ast::Expr* index = slices();
      if (!index || !expect(Tok::RSqb)) return nullptr;
      auto* s = make<ast::Subscript>(start);
      s->value = e;
      s->slice = index;
      e = s;
    } else {
      return e;
    }
  }
}

ast::Expr* Parser::slices() {
  Pos start = here();
  ast::Expr* first = at(Tok::Star) ? star_expression() : slice();
  if (!first) return nullptr;
  // `x[*a]` is a one-item tuple: a starred item is never a slice of its own.
  if (!at(Tok::Comma) && first->kind != ast::ExprKind::Starred) return first;
  ast::ExprList elts{first};
  while (accept(Tok::Comma) && !at(Tok::RSqb)) {
    ast::Expr* e = at(Tok::Star) ? star_expression() : slice();
    if (!e) return nullptr;
    elts.push_back(e);
  }
  return tuple_of(std::move(elts), start);
}

ast::Expr* Parser::slice() {
  Pos start = here();
  ast::Expr* lower = nullptr;
  if (!at(Tok::Colon)) {
    lower = named_expression();
    if (!lower || !at(Tok::Colon)) return lower;
    if (lower->kind == ast::ExprKind::NamedExpr) return nullptr;
  }
  advance();
  auto* s = make<ast::Slice>(start);
  s->lower = lower;
  auto bound_follows = [this] { return !at(Tok::Colon) && !at(Tok::Comma) && !at(Tok::RSqb); };
  if (bound_follows() && !(s->upper = expression())) return nullptr;
  if (accept(Tok::Colon) && bound_follows() && !(s->step = expression())) return nullptr;
  set_end(s);
  return s;
}

}  // namespace weft
