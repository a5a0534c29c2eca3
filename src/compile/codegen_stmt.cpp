// Code generation for simple and compound statements (try/with/return/break live in
// codegen_try.cpp, def/lambda/calls/comprehensions in codegen_func.cpp).
#include "compile/codegen.hpp"
#include "object/error.hpp"
#include "object/str.hpp"

namespace weft {

bool Compiler::stmts(const ast::StmtList& list) {
  for (ast::Stmt* s : list)
    if (!stmt(s)) return false;
  return true;
}

static bool is_docstring(const ast::StmtList& body) {
  if (body.empty() || body[0]->kind != ast::StmtKind::Expr) return false;
  ast::Expr* v = static_cast<ast::ExprStmt*>(body[0])->value;
  return v->kind == ast::ExprKind::Constant &&
         static_cast<ast::Constant*>(v)->ck == ast::ConstKind::Str;
}

// A module stores its docstring in __doc__; a function keeps it as consts[0] (None when absent),
// which is where MAKE_FUNCTION finds __doc__.
bool Compiler::body_with_docstring(const ast::StmtList& body, bool is_module) {
  bool has_doc = is_docstring(body);
  if (has_doc) {
    auto c = static_cast<ast::Constant*>(static_cast<ast::ExprStmt*>(body[0])->value);
    Value doc;
    std::string key;
    u_->loc = body[0]->loc;
    if (!constant_value(c, &doc, &key)) return false;
    if (is_module) {
      if (!load_const(doc, key)) return false;
      emit(OP_STORE_NAME, name_arg("__doc__"));
    } else {
      add_const(doc, key);
    }
  } else if (!is_module) {
    add_const(ts_.vm->none, "N");
  }
  for (size_t i = has_doc ? 1 : 0; i < body.size(); i++)
    if (!stmt(body[i])) return false;
  return true;
}

bool Compiler::stmt(ast::Stmt* s) {
  if (!guard()) return false;
  u_->loc = s->loc;
  using K = ast::StmtKind;
  switch (s->kind) {
    case K::FunctionDef:
      return function_def(static_cast<ast::FunctionDef*>(s));
    case K::Return:
      return return_stmt(static_cast<ast::Return*>(s));
    case K::Delete:
      for (ast::Expr* t : static_cast<ast::Delete*>(s)->targets)
        if (!del(t)) return false;
      return true;
    case K::Assign:
      return assign(static_cast<ast::Assign*>(s));
    case K::AugAssign:
      return aug_assign(static_cast<ast::AugAssign*>(s));
    case K::AnnAssign:
      return ann_assign(static_cast<ast::AnnAssign*>(s));
    case K::For:
      return for_stmt(static_cast<ast::For*>(s));
    case K::While:
      return while_stmt(static_cast<ast::While*>(s));
    case K::If:
      return if_stmt(static_cast<ast::If*>(s));
    case K::With:
      return with_stmt(static_cast<ast::With*>(s), 0);
    case K::Raise:
      return raise_stmt(static_cast<ast::Raise*>(s));
    case K::Try:
      return try_stmt(static_cast<ast::Try*>(s));
    case K::Assert:
      return assert_stmt(static_cast<ast::Assert*>(s));
    case K::Import:
      return import(static_cast<ast::Import*>(s));
    case K::ImportFrom:
      return import_from(static_cast<ast::ImportFrom*>(s));
    case K::Global:
    case K::Nonlocal:
    case K::Pass:
      return true;
    case K::Expr:
      return expr_stmt(static_cast<ast::ExprStmt*>(s));
    case K::Break:
    case K::Continue:
      return break_continue(s);
    case K::AsyncFunctionDef:
      return function_def(static_cast<ast::FunctionDef*>(s));
    case K::AsyncFor:
      return async_for_stmt(static_cast<ast::For*>(s));
    case K::AsyncWith:
      return async_with_stmt(static_cast<ast::With*>(s));
    case K::ClassDef:
      return class_def(static_cast<ast::ClassDef*>(s));
    case K::Match:
      return match_stmt(static_cast<ast::Match*>(s));
    case K::TryStar:
      return try_star(static_cast<ast::Try*>(s));
    case K::TypeAlias:
      return type_alias(static_cast<ast::TypeAlias*>(s));
  }
  return error(s->loc, "unsupported statement");
}

bool Compiler::expr_stmt(ast::ExprStmt* s) {
  bool interactive = mode_ == CodegenMode::Single && u_->scope->kind == ScopeKind::Module;
  if (!interactive && s->value->kind == ast::ExprKind::Constant) return true;  // no effect
  if (!expr(s->value)) return false;
  emit(interactive ? OP_PRINT_EXPR : OP_POP_TOP);
  return true;
}

// a = b = value: the value is computed once and duplicated for every target but the last.
bool Compiler::assign(ast::Assign* s) {
  if (!expr(s->value)) return false;
  for (size_t i = 0; i < s->targets.size(); i++) {
    if (i + 1 < s->targets.size()) emit(OP_COPY, 1);
    if (!store(s->targets[i])) return false;
  }
  return true;
}

bool Compiler::aug_assign(ast::AugAssign* s) {
  int op = int(s->op) + BIN_COUNT;
  ast::Expr* t = s->target;
  switch (t->kind) {
    case ast::ExprKind::Name: {
      auto n = static_cast<ast::Name*>(t);
      if (!name_op(n->id, ast::Ctx::Load, n->loc) || !expr(s->value)) return false;
      emit(OP_BINARY_OP, op);
      return name_op(n->id, ast::Ctx::Store, n->loc);
    }
    case ast::ExprKind::Attribute: {
      auto a = static_cast<ast::Attribute*>(t);
      if (!check_forbidden(a->attr, ast::Ctx::Store, a->loc) || !expr(a->value)) return false;
      int name = attr_arg(a->attr);
      emit(OP_COPY, 1);
      emit(OP_LOAD_ATTR, name);
      if (!expr(s->value)) return false;
      emit(OP_BINARY_OP, op);
      emit(OP_SWAP, 2);
      emit(OP_STORE_ATTR, name);
      return true;
    }
    case ast::ExprKind::Subscript: {
      auto sub = static_cast<ast::Subscript*>(t);
      if (!expr(sub->value) || !expr(sub->slice)) return false;
      emit(OP_COPY, 2);
      emit(OP_COPY, 2);
      emit(OP_BINARY_SUBSCR);
      if (!expr(s->value)) return false;
      emit(OP_BINARY_OP, op);
      emit(OP_SWAP, 3);
      emit(OP_SWAP, 2);
      emit(OP_STORE_SUBSCR);
      return true;
    }
    default:
      return error(t->loc, "illegal expression for augmented assignment");
  }
}

// Module and class bodies record simple annotations in __annotations__; function bodies do not
// evaluate them (CPython semantics without `from __future__ import annotations`).
bool Compiler::ann_assign(ast::AnnAssign* s) {
  if (s->value) {
    if (!expr(s->value) || !store(s->target)) return false;
  } else if (s->target->kind == ast::ExprKind::Name) {
    auto n = static_cast<ast::Name*>(s->target);
    if (!check_forbidden(n->id, ast::Ctx::Store, n->loc)) return false;
  }
  if (u_->scope->is_function_like()) return true;
  if (!expr(s->annotation)) return false;
  if (s->simple && s->target->kind == ast::ExprKind::Name) {
    emit(OP_LOAD_NAME, name_arg("__annotations__"));
    const std::string& id = static_cast<ast::Name*>(s->target)->id;
    Str* key = intern_chars(ts_, id.data(), id.size());
    if (!key) return pending_error();
    if (!load_const(Value::from_obj(key), "s" + id)) return false;
    emit(OP_STORE_SUBSCR);
  } else {
    emit(OP_POP_TOP);
  }
  return true;
}

bool Compiler::del(ast::Expr* target) {
  switch (target->kind) {
    case ast::ExprKind::Name:
    case ast::ExprKind::Attribute:
    case ast::ExprKind::Subscript:
    case ast::ExprKind::List:
    case ast::ExprKind::Tuple:
      return expr(target);
    default:
      return error(target->loc, "cannot delete expression");
  }
}

bool Compiler::if_stmt(ast::If* s) {
  int orelse = new_label(), end = new_label();
  if (!jump_if(s->test, false, orelse) || !stmts(s->body)) return false;
  if (!s->orelse.empty()) emit_jump(OP_JUMP_FORWARD, end);
  bind(orelse);
  if (!stmts(s->orelse)) return false;
  bind(end);
  return true;
}

static bool is_true_constant(ast::Expr* e) {
  if (e->kind != ast::ExprKind::Constant) return false;
  auto c = static_cast<ast::Constant*>(e);
  if (c->ck == ast::ConstKind::True || c->ck == ast::ConstKind::Ellipsis) return true;
  if (c->ck == ast::ConstKind::Int) return c->text.find_first_not_of("0xXoObB") != std::string::npos;
  if (c->ck == ast::ConstKind::Str || c->ck == ast::ConstKind::Bytes) return !c->text.empty();
  return false;
}

bool Compiler::while_stmt(ast::While* s) {
  int start = new_label(), orelse = new_label(), exit = new_label();
  bind(start);
  if (!is_true_constant(s->test) && !jump_if(s->test, false, orelse)) return false;
  push_fblock(FBlockKind::WhileLoop, start, exit, u_->handler_stack.size());
  bool ok = stmts(s->body);
  pop_fblock();
  if (!ok) return false;
  u_->loc = s->loc;
  emit_jump(OP_JUMP_FORWARD, start);
  bind(orelse);
  if (!stmts(s->orelse)) return false;
  bind(exit);
  return true;
}

bool Compiler::for_stmt(ast::For* s) {
  int start = new_label(), orelse = new_label(), exit = new_label();
  if (!expr(s->iter)) return false;
  u_->loc = s->loc;
  emit(OP_GET_ITER);
  bind(start);
  emit_jump(OP_FOR_ITER, orelse);
  u_->depth++;
  push_fblock(FBlockKind::ForLoop, start, exit, u_->handler_stack.size());
  bool ok = store(s->target) && stmts(s->body);
  pop_fblock();
  u_->depth--;
  if (!ok) return false;
  u_->loc = s->loc;
  emit_jump(OP_JUMP_FORWARD, start);
  bind(orelse);
  if (!stmts(s->orelse)) return false;
  bind(exit);
  return true;
}

bool Compiler::assert_stmt(ast::Assert* s) {
  int end = new_label();
  if (!jump_if(s->test, true, end)) return false;
  u_->loc = s->loc;
  emit(OP_LOAD_ASSERTION_ERROR);
  if (s->msg) {
    emit(OP_PUSH_NULL);
    if (!expr(s->msg)) return false;
    emit(OP_CALL, 1);
  }
  emit(OP_RAISE_VARARGS, 1);
  bind(end);
  return true;
}

// ---- imports ----------------------------------------------------------------------------------

bool Compiler::import(ast::Import* s) {
  for (ast::Alias* a : s->names) {
    u_->loc = a->loc;
    if (!load_const(Value::from_int(0), "i0") || !load_none()) return false;
    emit(OP_IMPORT_NAME, name_arg(a->name));
    if (a->asname.empty()) {
      if (!name_op(a->name.substr(0, a->name.find('.')), ast::Ctx::Store, a->loc)) return false;
      continue;
    }
    // `import a.b.c as d` binds the submodule: walk down from the top-level package.
    size_t dot = a->name.find('.');
    while (dot != std::string::npos) {
      size_t next = a->name.find('.', dot + 1);
      emit(OP_IMPORT_FROM, name_arg(a->name.substr(dot + 1, next - dot - 1)));
      emit(OP_SWAP, 2);
      emit(OP_POP_TOP);
      dot = next;
    }
    if (!name_op(a->asname, ast::Ctx::Store, a->loc)) return false;
  }
  return true;
}

bool Compiler::import_from(ast::ImportFrom* s) {
  std::vector<std::string> names;
  for (ast::Alias* a : s->names) names.push_back(a->name);
  Value fromlist;
  if (!intern_tuple(names, &fromlist)) return false;
  std::string key = "from";
  for (const std::string& n : names) key += "," + n;
  if (!load_const(Value::from_int(s->level), "i" + std::to_string(s->level)) ||
      !load_const(fromlist, key))
    return false;
  emit(OP_IMPORT_NAME, name_arg(s->module));
  if (names.size() == 1 && names[0] == "*") {
    emit(OP_IMPORT_STAR);
    return true;
  }
  for (ast::Alias* a : s->names) {
    u_->loc = a->loc;
    emit(OP_IMPORT_FROM, name_arg(a->name));
    if (!name_op(a->asname.empty() ? a->name : a->asname, ast::Ctx::Store, a->loc)) return false;
  }
  emit(OP_POP_TOP);
  return true;
}

}  // namespace weft
