// Simple statements (CPython's simple_stmt): expression statements and every kind of
// assignment, return, raise, del, assert, global/nonlocal, import, type aliases; and the three
// start rules (file, eval, interactive).
#include "compile/parser_impl.hpp"

namespace weft {

namespace {

bool augassign_op(Tok k, ast::Operator* op) {
  using O = ast::Operator;
  switch (k) {
    case Tok::PlusEqual: *op = O::Add; return true;
    case Tok::MinEqual: *op = O::Sub; return true;
    case Tok::StarEqual: *op = O::Mult; return true;
    case Tok::AtEqual: *op = O::MatMult; return true;
    case Tok::SlashEqual: *op = O::Div; return true;
    case Tok::PercentEqual: *op = O::Mod; return true;
    case Tok::AmperEqual: *op = O::BitAnd; return true;
    case Tok::VBarEqual: *op = O::BitOr; return true;
    case Tok::CircumflexEqual: *op = O::BitXor; return true;
    case Tok::LeftShiftEqual: *op = O::LShift; return true;
    case Tok::RightShiftEqual: *op = O::RShift; return true;
    case Tok::DoubleStarEqual: *op = O::Pow; return true;
    case Tok::DoubleSlashEqual: *op = O::FloorDiv; return true;
    default: return false;
  }
}

}  // namespace

bool Parser::parse_mode(ParseMode mode, ast::Module* out) {
  out->body.clear();
  out->expression = nullptr;
  if (mode == ParseMode::Eval) {
    ast::Expr* e = expressions();
    if (!e) return false;
    while (accept(Tok::Newline)) {
    }
    if (!at(Tok::EndMarker)) return false;
    out->expression = e;
    return true;
  }
  if (mode == ParseMode::Single) {
    if (at(Tok::Newline) || at(Tok::EndMarker)) {
      // CPython accepts an empty line or input, but compile() turns that into "invalid syntax".
      peek();
      return false;
    }
    size_t before = out->body.size();
    if (!statement(&out->body)) return false;
    bool compound = before < out->body.size() && pos_ > 0 && last().kind == Tok::Dedent;
    if (compound) accept(Tok::Newline);
    // CPython looks at the raw text after the statement: anything but comments is one too many.
    if (!at(Tok::EndMarker))
      return raise("multiple statements found while compiling a single statement",
                   loc_of(last())) != nullptr;
    return true;
  }
  if (!statements(&out->body, false)) return false;
  return at(Tok::EndMarker);
}

bool Parser::statements(ast::StmtList* out, bool until_dedent) {
  for (;;) {
    Tok k = kind();
    if (k == Tok::EndMarker || (until_dedent && k == Tok::Dedent)) return true;
    if (!statement(out)) return false;
  }
}

bool Parser::statement(ast::StmtList* out) {
  DepthGuard guard(*this);
  if (!guard.ok) return false;
  switch (kind()) {
    case Tok::KwIf: case Tok::KwWhile: case Tok::KwFor: case Tok::KwTry: case Tok::KwWith:
    case Tok::KwDef: case Tok::KwClass: case Tok::At: case Tok::KwAsync: {
      ast::Stmt* s = compound_stmt();
      if (!s) return false;
      out->push_back(s);
      return true;
    }
    default:
      break;
  }
  if (at_soft("match")) {
    size_t save = pos_;
    ast::Stmt* s = match_stmt();
    if (s) {
      out->push_back(s);
      return true;
    }
    if (failed()) return false;
    pos_ = save;
  }
  return simple_stmts(out);
}

bool Parser::simple_stmts(ast::StmtList* out) {
  for (;;) {
    ast::Stmt* s = simple_stmt();
    if (!s) return false;
    out->push_back(s);
    if (!accept(Tok::Semi) || at(Tok::Newline)) break;
  }
  return expect(Tok::Newline) != nullptr;
}

ast::Stmt* Parser::simple_stmt() {
  const Token& t = peek();
  Pos start = pos_of(t);
  switch (t.kind) {
    case Tok::KwReturn: return return_stmt();
    case Tok::KwImport: return import_stmt();
    case Tok::KwFrom: return from_import_stmt();
    case Tok::KwRaise: return raise_stmt();
    case Tok::KwDel: return del_stmt();
    case Tok::KwAssert: return assert_stmt();
    case Tok::KwGlobal: case Tok::KwNonlocal: return global_stmt();
    case Tok::KwPass: advance(); return make<ast::Simple>(start, ast::StmtKind::Pass);
    case Tok::KwBreak: advance(); return make<ast::Simple>(start, ast::StmtKind::Break);
    case Tok::KwContinue: advance(); return make<ast::Simple>(start, ast::StmtKind::Continue);
    default: break;
  }
  if (at_soft("type") && kind(1) == Tok::Name) return type_alias();
  return expression_stmt();
}

ast::Stmt* Parser::expression_stmt() {
  Pos start = here();
  ast::Expr* e = at(Tok::KwYield) ? yield_expr() : star_expressions();
  if (!e) return nullptr;
  if (at(Tok::Colon)) return annotated(e, start);
  if (at(Tok::Equal)) return assignment_rest(e, start);
  ast::Operator op;
  if (augassign_op(kind(), &op)) {
    if (!single_target_check(e)) return nullptr;
    advance();
    ast::Expr* value = at(Tok::KwYield) ? yield_expr() : star_expressions();
    if (!value) return nullptr;
    auto* s = make<ast::AugAssign>(start);
    s->target = e;
    s->op = op;
    s->value = value;
    return s;
  }
  // Python 2 habits: `print x`, `exec code`.
  if (pass2_ && e->kind == ast::ExprKind::Name) {
    const std::string& id = static_cast<ast::Name*>(e)->id;
    Tok k = kind();
    bool operand = k == Tok::Name || k == Tok::Number || k == Tok::String ||
                   k == Tok::FStringStart || k == Tok::LPar || k == Tok::LSqb || k == Tok::LBrace ||
                   k == Tok::Minus || k == Tok::Plus || k == Tok::Tilde;
    if ((id == "print" || id == "exec") && operand) {
      ast::Expr* arg = star_expressions();
      if (!arg) return nullptr;
      return raise("Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?",
                   span(e->loc, arg->loc));
    }
  }
  auto* s = make<ast::ExprStmt>(start);
  s->value = e;
  return s;
}

// `target: annotation [= value]`. Only a name, attribute or subscript can be annotated.
ast::Stmt* Parser::annotated(ast::Expr* target, Pos start) {
  using K = ast::ExprKind;
  bool parenthesized = target->loc.line != start.line || target->loc.col != start.col;
  if (target->kind != K::Name && target->kind != K::Attribute && target->kind != K::Subscript) {
    advance();
    if (!expression()) return nullptr;
    if ((target->kind == K::Tuple && !is_bare_tuple(target)) || target->kind == K::List)
      return invalid(std::string("only single target (not ") + expr_name(target) + ") can be annotated",
                     target->loc);
    if (target->kind == K::Tuple)
      return invalid("only single target (not tuple) can be annotated",
                     static_cast<ast::Sequence*>(target)->elts[0]->loc);
    return invalid("illegal target for annotation", target->loc);
  }
  advance();
  ast::Expr* annotation = expression();
  if (!annotation) return nullptr;
  ast::Expr* value = nullptr;
  if (accept(Tok::Equal)) {
    value = at(Tok::KwYield) ? yield_expr() : star_expressions();
    if (!value) return nullptr;
  }
  set_ctx(target, ast::Ctx::Store);
  auto* s = make<ast::AnnAssign>(start);
  s->target = target;
  s->annotation = annotation;
  s->value = value;
  s->simple = target->kind == K::Name && !parenthesized;
  return s;
}

ast::Stmt* Parser::assignment_rest(ast::Expr* first, Pos start) {
  ast::ExprList targets{first};
  while (accept(Tok::Equal)) {
    ast::Expr* e = at(Tok::KwYield) ? yield_expr() : star_expressions();
    if (!e) return nullptr;
    targets.push_back(e);
  }
  ast::Expr* value = targets.back();
  targets.pop_back();
  for (size_t i = 0; i < targets.size(); i++)
    if (!check_target(targets[i], TargetKind::Star))
      return pass2_ ? invalid_assignment(targets, i, value) : nullptr;
  for (ast::Expr* t : targets) set_ctx(t, ast::Ctx::Store);
  auto* s = make<ast::Assign>(start);
  s->targets = std::move(targets);
  s->value = value;
  return s;
}

// The second pass's message for targets[i], the first that cannot be assigned to.
ast::Stmt* Parser::invalid_assignment(const ast::ExprList& targets, size_t i, ast::Expr* value) {
  ast::Expr* t = targets[i];
  if (t->kind == ast::ExprKind::Yield || t->kind == ast::ExprKind::YieldFrom)
    return raise("assignment to yield expression not possible", t->loc);
  ast::Expr* bad = invalid_target(t, TargetKind::Star);
  if (targets.size() == 1) {
    // CPython's invalid_named_expression sees `x = y` before the assignment rules do: in a
    // single assignment it looks at the target's last item and what follows.
    ast::Expr* item = is_bare_tuple(t) ? static_cast<ast::Sequence*>(t)->elts.back() : t;
    if (item->kind == ast::ExprKind::Name) {
      ast::Expr* rhs = is_bare_tuple(value) ? static_cast<ast::Sequence*>(value)->elts[0] : value;
      return raise("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                   span(item->loc, rhs->loc));
    }
    if (item == bad && may_mean_equality(bad, src_))
      return raise(std::string("cannot assign to ") + expr_name(bad) +
                       " here. Maybe you meant '==' instead of '='?",
                   bad->loc);
  }
  return raise(std::string("cannot assign to ") + expr_name(bad), bad->loc);
}

ast::Stmt* Parser::return_stmt() {
  Pos start = pos_of(advance());
  ast::Expr* value = nullptr;
  if (!at(Tok::Newline) && !at(Tok::Semi)) {
    value = star_expressions();
    if (!value) return nullptr;
  }
  auto* s = make<ast::Return>(start);
  s->value = value;
  return s;
}

ast::Stmt* Parser::raise_stmt() {
  Pos start = pos_of(advance());
  auto* s = make<ast::Raise>(start);
  if (!at(Tok::Newline) && !at(Tok::Semi)) {
    if (!(s->exc = expression())) return nullptr;
    if (accept(Tok::KwFrom) && !(s->cause = expression())) return nullptr;
  }
  set_end(s);
  return s;
}

ast::Stmt* Parser::del_stmt() {
  Pos start = pos_of(advance());
  ast::Expr* targets = star_expressions();
  if (!targets) return nullptr;
  if (!at(Tok::Newline) && !at(Tok::Semi)) return nullptr;
  if (!check_target(targets, TargetKind::Del)) {
    ast::Expr* bad = invalid_target(targets, TargetKind::Del);
    return invalid(std::string("cannot delete ") + expr_name(bad), bad->loc);
  }
  set_ctx(targets, ast::Ctx::Del);
  auto* s = make<ast::Delete>(start);
  // `del a, b` deletes two targets; `del (a, b)` one tuple.
  if (is_bare_tuple(targets)) s->targets = static_cast<ast::Sequence*>(targets)->elts;
  else s->targets.push_back(targets);
  return s;
}

ast::Stmt* Parser::assert_stmt() {
  Pos start = pos_of(advance());
  auto* s = make<ast::Assert>(start);
  if (!(s->test = expression())) return nullptr;
  if (accept(Tok::Comma) && !(s->msg = expression())) return nullptr;
  set_end(s);
  return s;
}

ast::Stmt* Parser::global_stmt() {
  const Token& kw = advance();
  auto* s = make<ast::NameList>(pos_of(kw), kw.kind == Tok::KwGlobal ? ast::StmtKind::Global
                                                                      : ast::StmtKind::Nonlocal);
  do {
    const Token* name = expect(Tok::Name);
    if (!name) return nullptr;
    s->names.emplace_back(text(*name));
  } while (accept(Tok::Comma));
  set_end(s);
  return s;
}

bool Parser::dotted_name(std::string* out) {
  const Token* t = expect(Tok::Name);
  if (!t) return false;
  out->assign(text(*t));
  while (kind() == Tok::Dot && kind(1) == Tok::Name) {
    advance();
    out->append(".").append(text(advance()));
  }
  return true;
}

ast::Stmt* Parser::import_stmt() {
  Pos start = pos_of(advance());
  auto* s = make<ast::Import>(start);
  if (at(Tok::Newline)) return invalid("Expected one or more names after 'import'", start_of(peek()));
  do {
    Pos p = here();
    auto* alias = arena_.make<ast::Alias>();
    if (!dotted_name(&alias->name)) return nullptr;
    if (accept(Tok::KwAs)) {
      const Token* as = expect(Tok::Name);
      if (!as) return nullptr;
      alias->asname.assign(text(*as));
    }
    alias->loc = {p.line, p.col, last().end_line, last().end_col};
    s->names.push_back(alias);
  } while (accept(Tok::Comma));
  set_end(s);
  return s;
}

ast::Stmt* Parser::from_import_stmt() {
  Pos start = pos_of(advance());
  auto* s = make<ast::ImportFrom>(start);
  for (;; advance()) {
    if (at(Tok::Dot)) s->level += 1;
    else if (at(Tok::Ellipsis)) s->level += 3;
    else break;
  }
  if (!at(Tok::KwImport) || s->level == 0)
    if (!dotted_name(&s->module)) return nullptr;
  if (!expect(Tok::KwImport)) return nullptr;
  if (at(Tok::Star)) {
    const Token& star = advance();
    auto* alias = arena_.make<ast::Alias>();
    alias->name = "*";
    alias->loc = loc_of(star);
    s->names.push_back(alias);
    set_end(s);
    return s;
  }
  bool paren = accept(Tok::LPar);
  if (at(Tok::Newline)) return invalid("Expected one or more names after 'import'", start_of(peek()));
  do {
    if (paren && at(Tok::RPar) && !s->names.empty()) break;
    if (!paren && at(Tok::Newline) && !s->names.empty())
      return invalid("trailing comma not allowed without surrounding parentheses", loc_of(peek()));
    const Token* name = expect(Tok::Name);
    if (!name) return nullptr;
    auto* alias = arena_.make<ast::Alias>();
    alias->name.assign(text(*name));
    if (accept(Tok::KwAs)) {
      const Token* as = expect(Tok::Name);
      if (!as) return nullptr;
      alias->asname.assign(text(*as));
    }
    alias->loc = {name->line, name->col, last().end_line, last().end_col};
    s->names.push_back(alias);
  } while (accept(Tok::Comma));
  if (paren && !expect(Tok::RPar)) return nullptr;
  set_end(s);
  return s;
}

// `type Name[params] = value` (PEP 695).
ast::Stmt* Parser::type_alias() {
  Pos start = pos_of(advance());
  const Token& name_tok = advance();
  auto* name = make<ast::Name>(pos_of(name_tok));
  name->id.assign(text(name_tok));
  name->ctx = ast::Ctx::Store;
  std::vector<ast::TypeParam*> params;
  if (at(Tok::LSqb) && !type_params(&params)) return nullptr;
  if (!expect(Tok::Equal)) return nullptr;
  ast::Expr* value = expression();
  if (!value) return nullptr;
  auto* s = make<ast::TypeAlias>(start);
  s->name = name;
  s->type_params = std::move(params);
  s->value = value;
  return s;
}

}  // namespace weft
