// Code generation for try/except* (PEP 654), CPython's scheme:
//
//   H: [exc]                     PUSH_EXC_INFO -> [prev, orig]; BUILD_LIST; COPY 2
//      [prev, orig, res, exc]    per clause: <type>; CHECK_EG_MATCH -> [.., rest, match or None]
//      [prev, orig, res, rest]   the clause body; what it raises is appended to res
//      [prev, orig, res, rest]   after the last clause: LIST_APPEND (the unhandled rest)
//      [prev, orig, res]         PREP_RERAISE_STAR -> the group left to raise, or None
//
// CHECK_EG_MATCH makes the matched part sys.exception() for the clause. `return`, `break` and
// `continue` may not leave a clause (the ExceptStar fblock refuses to be unwound).
#include "compile/codegen.hpp"

namespace weft {

bool Compiler::try_star(ast::Try* s) {
  if (!s->finalbody.empty()) return try_finally(s);
  return try_star_except(s);
}

// One `except* T as name:` clause; the stack holds [prev, orig, res, rest] on entry and exit.
bool Compiler::except_star_clause(ast::ExceptHandler* h, int d) {
  int no_match = new_label(), cleanup_end = new_label(), done = new_label();
  u_->loc = h->loc;
  if (!expr(h->type)) return false;
  u_->loc = h->loc;
  emit(OP_CHECK_EG_MATCH);
  emit(OP_COPY, 1);
  if (!load_none()) return false;
  emit(OP_IS_OP, 0);
  emit_jump(OP_POP_JUMP_IF_TRUE, no_match);
  if (h->name.empty()) {
    emit(OP_POP_TOP);
  } else if (!name_op(h->name, ast::Ctx::Store, h->loc)) {
    return false;
  }
  push_handler(cleanup_end, d + 4);
  u_->depth = d + 4;
  bool ok = stmts(h->body);
  pop_handler();
  if (!ok) return false;
  // `except* E as e` deletes e at the end of the clause, also when the clause raises.
  auto clear_name = [&] {
    return h->name.empty() || (load_none() && name_op(h->name, ast::Ctx::Store, h->loc) &&
                               name_op(h->name, ast::Ctx::Del, h->loc));
  };
  if (!clear_name()) return false;
  emit_jump(OP_JUMP_FORWARD, done);
  bind(cleanup_end);  // [prev, orig, res, rest, raised]
  if (!clear_name()) return false;
  emit(OP_LIST_APPEND, 2);
  emit_jump(OP_JUMP_FORWARD, done);
  bind(no_match);
  emit(OP_POP_TOP);
  bind(done);
  return true;
}

bool Compiler::try_star_except(ast::Try* s) {
  int except = new_label(), cleanup = new_label(), reraise = new_label(), end = new_label();
  size_t base = u_->handler_stack.size();
  int d = u_->depth;
  push_handler(except, d);
  push_fblock(FBlockKind::TryExcept, -1, -1, base);
  bool ok = stmts(s->body);
  pop_fblock();
  pop_handler();
  if (!ok || !stmts(s->orelse)) return false;
  emit_jump(OP_JUMP_FORWARD, end);

  bind(except);
  u_->loc = s->handlers.front()->loc;
  emit(OP_PUSH_EXC_INFO);
  push_handler(cleanup, d + 1);
  push_fblock(FBlockKind::ExceptStar, -1, -1, base);
  emit(OP_BUILD_LIST, 0);
  emit(OP_COPY, 2);
  for (ast::ExceptHandler* h : s->handlers) {
    if (!except_star_clause(h, d)) return false;
  }
  pop_fblock();
  u_->depth = d;
  emit(OP_LIST_APPEND, 1);
  emit(OP_PREP_RERAISE_STAR);
  emit(OP_COPY, 1);
  if (!load_none()) return false;
  emit(OP_IS_OP, 1);
  emit_jump(OP_POP_JUMP_IF_TRUE, reraise);
  pop_handler();
  emit(OP_POP_TOP);
  emit(OP_POP_EXCEPT);
  emit_jump(OP_JUMP_FORWARD, end);
  bind(reraise);
  emit_cleanup_reraise();
  bind(cleanup);
  emit_cleanup_reraise();
  bind(end);
  return true;
}

}  // namespace weft
