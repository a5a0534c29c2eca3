// Code generation for await, `async for` and `async with` (CPython's scheme). An await is
// GET_AWAITABLE then the same SEND/YIELD_VALUE loop as `yield from`, so a coroutine suspended in
// an await is recognised by generator throw()/close() and cr_await exactly like `yield from`.
#include "compile/codegen.hpp"

namespace weft {

bool Compiler::in_async_function() const {
  return u_->scope->kind == ScopeKind::Function && u_->scope->is_coroutine;
}

// [iter] -> [result]: sends None first, yields what the iterator yields, sends back what the
// caller sends in, until the iterator returns.
bool Compiler::yield_from_loop() {
  if (!load_none()) return false;
  int start = new_label(), end = new_label();
  bind(start);
  emit_jump(OP_SEND, end);
  emit(OP_YIELD_VALUE);
  emit_jump(OP_JUMP_FORWARD, start);
  bind(end);
  return true;
}

bool Compiler::await_value(int where) {
  emit(OP_GET_AWAITABLE, where);
  return yield_from_loop();
}

// async for x in it: body — each step awaits it.__anext__(); StopAsyncIteration ends the loop.
bool Compiler::async_for_stmt(ast::For* s) {
  if (!in_async_function()) return error(s->loc, "'async for' outside async function");
  int start = new_label(), except = new_label(), exit = new_label();
  if (!expr(s->iter)) return false;
  u_->loc = s->loc;
  emit(OP_GET_AITER);
  int d = u_->depth;
  bind(start);
  push_handler(except, d + 1);
  emit(OP_GET_ANEXT);
  if (!yield_from_loop()) return false;
  pop_handler();
  u_->depth = d + 1;
  push_fblock(FBlockKind::ForLoop, start, exit, u_->handler_stack.size());
  bool ok = store(s->target) && stmts(s->body);
  pop_fblock();
  u_->depth = d;
  if (!ok) return false;
  u_->loc = s->loc;
  emit_jump(OP_JUMP_FORWARD, start);
  bind(except);
  emit(OP_END_ASYNC_FOR);
  if (!stmts(s->orelse)) return false;
  bind(exit);
  return true;
}

bool Compiler::async_with_stmt(ast::With* s) {
  if (!in_async_function()) return error(s->loc, "'async with' outside async function");
  return with_stmt(s, 0, true);
}

}  // namespace weft
