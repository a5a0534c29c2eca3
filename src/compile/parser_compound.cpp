// Compound statements: if, while, for, with, try, def, class, decorators, async forms, and the
// blocks under them with CPython's "expected ':'" and "expected an indented block" errors.
#include "compile/parser_impl.hpp"

namespace weft {

ast::Stmt* Parser::compound_stmt() {
  const Token& t = peek();
  switch (t.kind) {
    case Tok::KwIf: return if_stmt(false);
    case Tok::KwWhile: return while_stmt();
    case Tok::KwFor: return for_stmt(nullptr);
    case Tok::KwWith: return with_stmt(nullptr);
    case Tok::KwTry: return try_stmt();
    case Tok::KwDef: return function_def({}, pos_of(t), nullptr);
    case Tok::KwClass: return class_def({}, pos_of(t));
    case Tok::At: return decorated();
    case Tok::KwAsync: {
      const Token& async = advance();
      switch (kind()) {
        case Tok::KwDef: return function_def({}, pos_of(async), &async);
        case Tok::KwFor: return for_stmt(&async);
        case Tok::KwWith: return with_stmt(&async);
        default: return nullptr;
      }
    }
    default: return nullptr;
  }
}

// The body after a compound statement's ':'. `what` names the statement in CPython's
// "expected an indented block after ..." message.
bool Parser::block(ast::StmtList* out, const Token& keyword, const char* what) {
  if (!at(Tok::Newline)) return simple_stmts(out);
  advance();
  if (!at(Tok::Indent)) {
    if (pass2_ && what) {
      peek();
      invalid_here("IndentationError", std::string("expected an indented block after ") + what +
                                           " on line " + std::to_string(keyword.line));
    }
    return false;
  }
  advance();
  if (!statements(out, true)) return false;
  return expect(Tok::Dedent) != nullptr;
}

bool Parser::colon_block(ast::StmtList* out, const Token& keyword, const char* what) {
  if (!accept(Tok::Colon)) {
    if (at(Tok::Newline)) invalid_here("SyntaxError", "expected ':'");
    return false;
  }
  return block(out, keyword, what);
}

ast::Stmt* Parser::if_stmt(bool elif) {
  const Token& kw = advance();
  auto* s = make<ast::If>(pos_of(kw));
  if (!(s->test = named_expression())) return nullptr;
  if (!colon_block(&s->body, kw, elif ? "'elif' statement" : "'if' statement")) return nullptr;
  if (at(Tok::KwElif)) {
    ast::Stmt* next = if_stmt(true);
    if (!next) return nullptr;
    s->orelse.push_back(next);
  } else if (at(Tok::KwElse)) {
    const Token& e = advance();
    if (!expect_forced(Tok::Colon) || !block(&s->orelse, e, "'else' statement")) return nullptr;
  }
  set_end(s);
  return s;
}

ast::Stmt* Parser::while_stmt() {
  const Token& kw = advance();
  auto* s = make<ast::While>(pos_of(kw));
  if (!(s->test = named_expression())) return nullptr;
  if (!colon_block(&s->body, kw, "'while' statement")) return nullptr;
  if (at(Tok::KwElse)) {
    const Token& e = advance();
    if (!expect_forced(Tok::Colon) || !block(&s->orelse, e, "'else' statement")) return nullptr;
  }
  set_end(s);
  return s;
}

ast::Stmt* Parser::for_stmt(const Token* async) {
  const Token& kw = advance();
  auto* s = make<ast::For>(pos_of(async ? *async : kw),
                           async ? ast::StmtKind::AsyncFor : ast::StmtKind::For);
  if (!(s->target = star_targets())) return nullptr;
  if (!expect(Tok::KwIn)) return nullptr;
  if (!(s->iter = star_expressions())) return nullptr;
  if (!colon_block(&s->body, kw, "'for' statement")) return nullptr;
  if (at(Tok::KwElse)) {
    const Token& e = advance();
    if (!expect_forced(Tok::Colon) || !block(&s->orelse, e, "'else' statement")) return nullptr;
  }
  set_end(s);
  return s;
}

ast::WithItem* Parser::with_item() {
  Pos start = here();
  ast::Expr* ctx = expression();
  if (!ctx) return nullptr;
  auto* item = make<ast::WithItem>(start);
  item->context_expr = ctx;
  if (accept(Tok::KwAs)) {
    ast::Expr* target = star_target();
    if (!target) return nullptr;
    if (!at(Tok::Comma) && !at(Tok::RPar) && !at(Tok::Colon)) return nullptr;
    if (!check_target(target, TargetKind::Star)) {
      ast::Expr* bad = invalid_target(target, TargetKind::Star);
      return invalid(std::string("cannot assign to ") + expr_name(bad), bad->loc);
    }
    set_ctx(target, ast::Ctx::Store);
    item->optional_vars = target;
  }
  set_end(item);
  return item;
}

ast::Stmt* Parser::with_stmt(const Token* async) {
  const Token& kw = advance();
  auto* s = make<ast::With>(pos_of(async ? *async : kw),
                            async ? ast::StmtKind::AsyncWith : ast::StmtKind::With);
  if (at(Tok::LPar)) {
    // `with (a as b, c):` — parenthesized items, tried first as CPython does.
    size_t save = pos_;
    advance();
    bool ok = true;
    do {
      if (at(Tok::RPar) && !s->items.empty()) break;
      ast::WithItem* item = with_item();
      if (!item) {
        ok = false;
        break;
      }
      s->items.push_back(item);
    } while (accept(Tok::Comma));
    if (ok && accept(Tok::RPar) && at(Tok::Colon)) {
      if (!colon_block(&s->body, kw, "'with' statement")) return nullptr;
      set_end(s);
      return s;
    }
    if (failed()) return nullptr;
    pos_ = save;
    s->items.clear();
  }
  do {
    ast::WithItem* item = with_item();
    if (!item) return nullptr;
    s->items.push_back(item);
  } while (accept(Tok::Comma));
  if (!colon_block(&s->body, kw, "'with' statement")) return nullptr;
  set_end(s);
  return s;
}

ast::Stmt* Parser::try_stmt() {
  const Token& kw = advance();
  auto* s = make<ast::Try>(pos_of(kw), ast::StmtKind::Try);
  if (!expect_forced(Tok::Colon) || !block(&s->body, kw, "'try' statement")) return nullptr;
  bool star_seen = false, plain_seen = false;
  while (at(Tok::KwExcept)) {
    const Token& ex = advance();
    bool star = accept(Tok::Star);
    if (star ? plain_seen : star_seen)
      return invalid("cannot have both 'except' and 'except*' on the same 'try'", loc_of(ex));
    (star ? star_seen : plain_seen) = true;
    auto* h = make<ast::ExceptHandler>(pos_of(ex));
    if (!at(Tok::Colon)) {
      if (!(h->type = expression())) return nullptr;
      if (at(Tok::Comma)) {
        ast::ExprList elts{h->type};
        while (accept(Tok::Comma) && !at(Tok::Colon) && !at(Tok::KwAs)) {
          ast::Expr* e = expression();
          if (!e) return nullptr;
          elts.push_back(e);
        }
        return invalid("multiple exception types must be parenthesized",
                       span(elts.front()->loc, elts.back()->loc));
      }
      if (accept(Tok::KwAs)) {
        const Token* name = expect(Tok::Name);
        if (!name) return nullptr;
        h->name.assign(text(*name));
      }
    } else if (star) {
      return invalid("expected one or more exception types", loc_of(peek()));
    }
    if (!colon_block(&h->body, ex, star ? "'except*' statement" : "'except' statement")) return nullptr;
    set_end(h);
    s->handlers.push_back(h);
  }
  if (star_seen) s->kind = ast::StmtKind::TryStar;
  if (at(Tok::KwElse) && !s->handlers.empty()) {
    const Token& e = advance();
    if (!expect_forced(Tok::Colon) || !block(&s->orelse, e, "'else' statement")) return nullptr;
  }
  if (at(Tok::KwFinally)) {
    const Token& f = advance();
    if (!expect_forced(Tok::Colon) || !block(&s->finalbody, f, "'finally' statement")) return nullptr;
  }
  if (s->handlers.empty() && s->finalbody.empty())
    return invalid_here("SyntaxError", "expected 'except' or 'finally' block");
  set_end(s);
  return s;
}

// `[T: bound, *Ts, **P = default]` after a def, class or type alias name (PEP 695, PEP 696).
bool Parser::type_params(std::vector<ast::TypeParam*>* out) {
  advance();
  do {
    if (at(Tok::RSqb) && !out->empty()) break;
    Pos start = here();
    auto kind = ast::TypeParamKind::TypeVar;
    if (accept(Tok::Star)) kind = ast::TypeParamKind::TypeVarTuple;
    else if (accept(Tok::DoubleStar)) kind = ast::TypeParamKind::ParamSpec;
    const Token* name = expect(Tok::Name);
    if (!name) return false;
    auto* p = make<ast::TypeParam>(start);
    p->kind = kind;
    p->name.assign(text(*name));
    if (kind == ast::TypeParamKind::TypeVar && accept(Tok::Colon) && !(p->bound = expression()))
      return false;
    if (accept(Tok::Equal)) {
      bool star = kind == ast::TypeParamKind::TypeVarTuple && at(Tok::Star);
      if (!(p->default_value = star ? star_expression() : expression())) return false;
    }
    set_end(p);
    out->push_back(p);
  } while (accept(Tok::Comma));
  return expect(Tok::RSqb) != nullptr;
}

ast::Stmt* Parser::function_def(ast::ExprList decorators, Pos start, const Token* async) {
  const Token& kw = advance();
  auto* s = make<ast::FunctionDef>(start, async ? ast::StmtKind::AsyncFunctionDef
                                                : ast::StmtKind::FunctionDef);
  s->decorator_list = std::move(decorators);
  const Token* name = expect(Tok::Name);
  if (!name) return nullptr;
  s->name.assign(text(*name));
  if (at(Tok::LSqb) && !type_params(&s->type_params)) return nullptr;
  if (!expect_forced(Tok::LPar)) return nullptr;
  if (!(s->args = parameters(Tok::RPar, false)) || !expect(Tok::RPar)) return nullptr;
  if (accept(Tok::RArrow) && !(s->returns = expression())) return nullptr;
  if (!expect_forced(Tok::Colon) || !block(&s->body, kw, "function definition")) return nullptr;
  set_end(s);
  return s;
}

ast::Stmt* Parser::class_def(ast::ExprList decorators, Pos start) {
  const Token& kw = advance();
  auto* s = make<ast::ClassDef>(start);
  s->decorator_list = std::move(decorators);
  const Token* name = expect(Tok::Name);
  if (!name) return nullptr;
  s->name.assign(text(*name));
  if (at(Tok::LSqb) && !type_params(&s->type_params)) return nullptr;
  if (accept(Tok::LPar)) {
    ast::Call bases;
    if (!call_arguments(&bases)) return nullptr;
    s->bases = std::move(bases.args);
    s->keywords = std::move(bases.keywords);
  }
  if (!expect_forced(Tok::Colon) || !block(&s->body, kw, "class definition")) return nullptr;
  set_end(s);
  return s;
}

ast::Stmt* Parser::decorated() {
  ast::ExprList decorators;
  while (accept(Tok::At)) {
    ast::Expr* d = named_expression();
    if (!d || !expect(Tok::Newline)) return nullptr;
    decorators.push_back(d);
  }
  Pos start = here();
  if (at(Tok::KwClass)) return class_def(std::move(decorators), start);
  if (at(Tok::KwDef)) return function_def(std::move(decorators), start, nullptr);
  if (at(Tok::KwAsync) && kind(1) == Tok::KwDef) {
    const Token& async = advance();
    return function_def(std::move(decorators), start, &async);
  }
  return nullptr;
}

}  // namespace weft
