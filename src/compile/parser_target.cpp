// Assignment, deletion and loop targets. Targets are parsed as expressions and then checked and
// given their context (Store/Del), where CPython has separate target rules: the checks and the
// names in the messages are CPython's (_PyPegen_get_invalid_target, _PyPegen_get_expr_name).
#include "compile/parser_impl.hpp"

namespace weft {

using K = ast::ExprKind;

ast::Expr* Parser::invalid_target(ast::Expr* e, TargetKind kind) {
  switch (e->kind) {
    case K::List:
    case K::Tuple:
      for (ast::Expr* item : static_cast<ast::Sequence*>(e)->elts)
        if (ast::Expr* bad = invalid_target(item, kind)) return bad;
      return nullptr;
    case K::Starred:
      if (kind == TargetKind::Del) return e;
      return invalid_target(static_cast<ast::Starred*>(e)->value, kind);
    case K::Compare: {
      // `for a in b` parsed as an expression is a comparison: look at its left side.
      auto c = static_cast<ast::Compare*>(e);
      if (kind == TargetKind::For)
        return c->ops[0] == ast::CmpOpKind::In ? invalid_target(c->left, kind) : nullptr;
      return e;
    }
    case K::Name:
    case K::Subscript:
    case K::Attribute:
      return nullptr;
    default:
      return e;
  }
}

const char* Parser::expr_name(const ast::Expr* e) {
  switch (e->kind) {
    case K::Attribute: return "attribute";
    case K::Subscript: return "subscript";
    case K::Starred: return "starred";
    case K::Name: return "name";
    case K::List: return "list";
    case K::Tuple: return "tuple";
    case K::Lambda: return "lambda";
    case K::Call: return "function call";
    case K::BoolOp: case K::BinOp: case K::UnaryOp: return "expression";
    case K::GeneratorExp: return "generator expression";
    case K::Yield: case K::YieldFrom: return "yield expression";
    case K::Await: return "await expression";
    case K::ListComp: return "list comprehension";
    case K::SetComp: return "set comprehension";
    case K::DictComp: return "dict comprehension";
    case K::Dict: return "dict literal";
    case K::Set: return "set display";
    case K::JoinedStr: case K::FormattedValue: return "f-string expression";
    case K::Constant:
      switch (static_cast<const ast::Constant*>(e)->ck) {
        case ast::ConstKind::None: return "None";
        case ast::ConstKind::True: return "True";
        case ast::ConstKind::False: return "False";
        case ast::ConstKind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    case K::Compare: return "comparison";
    case K::IfExp: return "conditional expression";
    case K::NamedExpr: return "named expression";
    default: return "expression";
  }
}

bool Parser::is_bare_tuple(const ast::Expr* e) {
  if (e->kind != K::Tuple) return false;
  auto t = static_cast<const ast::Sequence*>(e);
  return !t->elts.empty() && t->elts[0]->loc.line == e->loc.line && t->elts[0]->loc.col == e->loc.col;
}

bool Parser::may_mean_equality(const ast::Expr* e, std::string_view src) {
  // A parenthesized expression is an atom, so anything goes: `(a < b) = 1`.
  size_t line_start = 0;
  for (int l = 1; l < e->loc.line; l++) line_start = src.find('\n', line_start) + 1;
  size_t p = line_start + static_cast<size_t>(e->loc.col);
  while (p > line_start && (src[p - 1] == ' ' || src[p - 1] == '\t')) p--;
  bool parenthesized = p > line_start && src[p - 1] == '(';
  switch (e->kind) {
    case K::List: case K::GeneratorExp:
      return false;
    case K::Tuple:
      return !parenthesized;
    case K::Compare: case K::BoolOp: case K::IfExp: case K::Lambda: case K::NamedExpr:
    case K::Starred: case K::Yield: case K::YieldFrom:
      return parenthesized;
    case K::UnaryOp:
      return parenthesized || static_cast<const ast::UnaryOp*>(e)->op != ast::UnaryOpKind::Not;
    case K::Constant: {
      auto ck = static_cast<const ast::Constant*>(e)->ck;
      return ck != ast::ConstKind::True && ck != ast::ConstKind::False && ck != ast::ConstKind::None;
    }
    default:
      return true;
  }
}

void Parser::set_ctx(ast::Expr* e, ast::Ctx ctx) {
  switch (e->kind) {
    case K::Name: static_cast<ast::Name*>(e)->ctx = ctx; break;
    case K::Attribute: static_cast<ast::Attribute*>(e)->ctx = ctx; break;
    case K::Subscript: static_cast<ast::Subscript*>(e)->ctx = ctx; break;
    case K::Starred: {
      auto s = static_cast<ast::Starred*>(e);
      s->ctx = ctx;
      set_ctx(s->value, ctx);
      break;
    }
    case K::List:
    case K::Tuple: {
      auto s = static_cast<ast::Sequence*>(e);
      s->ctx = ctx;
      for (ast::Expr* item : s->elts) set_ctx(item, ctx);
      break;
    }
    default:
      break;
  }
}

bool Parser::check_target(ast::Expr* e, TargetKind kind) {
  if (kind != TargetKind::Del && (e->kind == K::Yield || e->kind == K::YieldFrom)) return false;
  if (kind == TargetKind::For && e->kind == K::Compare) return false;
  return invalid_target(e, kind) == nullptr;
}

// The target of an augmented assignment: a name, attribute or subscript.
ast::Expr* Parser::single_target_check(ast::Expr* e) {
  if (e->kind != K::Name && e->kind != K::Attribute && e->kind != K::Subscript)
    return invalid(std::string("'") + expr_name(e) + "' is an illegal expression for augmented assignment",
                   e->loc);
  set_ctx(e, ast::Ctx::Store);
  return e;
}

// One item of a loop or `as` target: `*`? followed by anything tighter than a comparison, so that
// the `in` of `for x in y` ends it.
ast::Expr* Parser::star_target() {
  if (at(Tok::Star)) {
    Pos start = pos_of(advance());
    ast::Expr* value = star_target();
    if (!value) return nullptr;
    auto* s = make<ast::Starred>(start);
    s->value = value;
    return s;
  }
  return binary(0);
}

// CPython's star_targets for `for` loops and comprehensions, checked and set to Store.
ast::Expr* Parser::star_targets() {
  Pos start = here();
  ast::Expr* first = star_target();
  if (!first) return nullptr;
  ast::Expr* target = first;
  if (at(Tok::Comma)) {
    ast::ExprList elts{first};
    while (accept(Tok::Comma)) {
      if (at(Tok::KwIn) || at(Tok::Equal)) break;
      ast::Expr* e = star_target();
      if (!e) return nullptr;
      elts.push_back(e);
    }
    target = tuple_of(std::move(elts), start);
  }
  if (!check_target(target, TargetKind::For)) {
    ast::Expr* bad = invalid_target(target, TargetKind::For);
    return invalid(std::string("cannot assign to ") + expr_name(bad), bad->loc);
  }
  set_ctx(target, ast::Ctx::Store);
  return target;
}

}  // namespace weft
