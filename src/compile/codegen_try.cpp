// Code generation for control flow that leaves blocks: try/except/finally, with, raise, return,
// break and continue. Handler regions follow CPython 3.11's zero-cost scheme:
//
//   try body            handler H (depth d)
//   H: [exc]            PUSH_EXC_INFO -> [prev, exc]; the except clauses run under cleanup C
//   C: [prev, exc2]     SWAP 2; POP_EXCEPT; RERAISE   (restores sys.exception() and propagates)
//
// `return`/`break`/`continue` inside such blocks emit the exits of every block they leave
// (FBlocks), innermost first: pop a for-loop's iterator, run a finally body inline, POP_EXCEPT.
#include "compile/codegen.hpp"
#include "object/error.hpp"

namespace weft {

void Compiler::push_fblock(FBlockKind kind, int start, int exit, size_t handler_base) {
  u_->fblocks.push_back(FBlock{kind, start, exit, handler_base});
}

void Compiler::pop_fblock() { u_->fblocks.pop_back(); }

void Compiler::emit_cleanup_reraise() {
  emit(OP_SWAP, 2);
  emit(OP_POP_EXCEPT);
  emit(OP_RERAISE);
}

// Emits the early exit of `b`. With preserve_tos a return value sits above the block's values.
bool Compiler::unwind_fblock(const FBlock& b, bool preserve_tos) {
  switch (b.kind) {
    case FBlockKind::WhileLoop:
    case FBlockKind::TryExcept:
      return true;
    case FBlockKind::ForLoop:
      if (preserve_tos) emit(OP_SWAP, 2);
      emit(OP_POP_TOP);
      return true;
    case FBlockKind::FinallyTry: {
      if (preserve_tos) u_->depth++;
      bool ok = stmts(*b.finalbody);
      if (preserve_tos) u_->depth--;
      return ok;
    }
    case FBlockKind::FinallyEnd:
      if (preserve_tos) emit(OP_SWAP, 2);
      emit(OP_POP_TOP);
      if (preserve_tos) emit(OP_SWAP, 2);
      emit(OP_POP_EXCEPT);
      return true;
    case FBlockKind::HandlerCleanup:
      if (preserve_tos) emit(OP_SWAP, 2);
      emit(OP_POP_EXCEPT);
      if (b.name) {
        if (!load_none() || !name_op(*b.name, ast::Ctx::Store, u_->loc) ||
            !name_op(*b.name, ast::Ctx::Del, u_->loc))
          return false;
      }
      return true;
    case FBlockKind::ExceptStar:
      return error(u_->loc, "'break', 'continue' and 'return' cannot appear in an except* block");
    case FBlockKind::With:
    case FBlockKind::AsyncWith:
      if (preserve_tos) emit(OP_SWAP, 2);
      return with_exit_call(b.kind == FBlockKind::AsyncWith);
  }
  return true;
}

// Emits the exits of every block above index `keep`, innermost first, popping them; the caller
// restores the stacks afterwards because the code that follows the exit is still inside them.
bool Compiler::unwind_blocks_above(size_t keep, bool preserve_tos) {
  while (u_->fblocks.size() > keep) {
    FBlock b = u_->fblocks.back();
    u_->fblocks.pop_back();
    u_->handler_stack.resize(b.handler_base);
    if (!unwind_fblock(b, preserve_tos)) return false;
  }
  return true;
}

bool Compiler::return_stmt(ast::Return* s) {
  if (!u_->scope->is_function_like()) return error(s->loc, "'return' outside function");
  if (s->value && u_->scope->is_coroutine && u_->scope->is_generator)
    return error(s->loc, "'return' with value in async generator");
  auto saved_blocks = u_->fblocks;
  auto saved_handlers = u_->handler_stack;
  int saved_depth = u_->depth;
  bool is_const = !s->value || s->value->kind == ast::ExprKind::Constant;
  if (is_const && u_->fblocks.empty()) {
    if (s->value && !expr(s->value)) return false;
    if (!s->value && !load_none()) return false;
    u_->instrs.back().op = OP_RETURN_CONST;
    return true;
  }
  if (s->value ? !expr(s->value) : !load_none()) return false;
  // Leaving blocks is attributed to a constant return value (CPython reports errors there).
  if (is_const && s->value && s->value->loc.line == s->loc.line) u_->loc = s->value->loc;
  if (!unwind_blocks_above(0, true)) return false;
  u_->loc = s->loc;
  emit(OP_RETURN_VALUE);
  u_->fblocks = std::move(saved_blocks);
  u_->handler_stack = std::move(saved_handlers);
  u_->depth = saved_depth;
  return true;
}

bool Compiler::break_continue(ast::Stmt* s) {
  bool is_break = s->kind == ast::StmtKind::Break;
  size_t loop = u_->fblocks.size();
  while (loop > 0) {
    FBlockKind k = u_->fblocks[loop - 1].kind;
    if (k == FBlockKind::WhileLoop || k == FBlockKind::ForLoop) break;
    loop--;
  }
  if (loop == 0)
    return error(s->loc, is_break ? "'break' outside loop" : "'continue' not properly in loop");
  auto saved_blocks = u_->fblocks;
  auto saved_handlers = u_->handler_stack;
  FBlock target = u_->fblocks[loop - 1];
  if (!unwind_blocks_above(loop, false)) return false;
  u_->loc = s->loc;
  if (is_break) {
    if (!unwind_fblock(target, false)) return false;
    emit_jump(OP_JUMP_FORWARD, target.exit_label);
  } else {
    emit_jump(OP_JUMP_FORWARD, target.start_label);
  }
  u_->fblocks = std::move(saved_blocks);
  u_->handler_stack = std::move(saved_handlers);
  return true;
}

bool Compiler::try_stmt(ast::Try* s) {
  if (!s->finalbody.empty()) return try_finally(s);
  return try_except(s);
}

bool Compiler::try_finally(ast::Try* s) {
  int final = new_label(), cleanup = new_label(), end = new_label();
  size_t base = u_->handler_stack.size();
  int d = u_->depth;
  push_handler(final, d);
  push_fblock(FBlockKind::FinallyTry, -1, -1, base);
  u_->fblocks.back().finalbody = &s->finalbody;
  bool ok = s->handlers.empty()               ? stmts(s->body)
            : s->kind == ast::StmtKind::TryStar ? try_star_except(s)
                                                : try_except(s);
  pop_fblock();
  pop_handler();
  if (!ok || !stmts(s->finalbody)) return false;
  emit_jump(OP_JUMP_FORWARD, end);

  bind(final);
  u_->loc = s->finalbody.front()->loc;
  emit(OP_PUSH_EXC_INFO);
  push_handler(cleanup, d + 1);
  u_->depth = d + 2;
  push_fblock(FBlockKind::FinallyEnd, -1, -1, base);
  ok = stmts(s->finalbody);
  pop_fblock();
  u_->depth = d;
  if (!ok) return false;
  emit(OP_RERAISE);
  pop_handler();
  bind(cleanup);
  emit_cleanup_reraise();
  bind(end);
  return true;
}

bool Compiler::try_except(ast::Try* s) {
  int except = new_label(), cleanup = new_label(), end = new_label();
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
  for (size_t i = 0; i < s->handlers.size(); i++) {
    ast::ExceptHandler* h = s->handlers[i];
    u_->loc = h->loc;
    if (!h->type && i + 1 < s->handlers.size())
      return error(h->loc, "default 'except:' must be last");
    int next = new_label();
    if (h->type) {
      if (!expr(h->type)) return false;
      emit(OP_CHECK_EXC_MATCH);
      emit_jump(OP_POP_JUMP_IF_FALSE, next);
    }
    int cleanup_name = -1;
    if (h->name.empty()) {
      emit(OP_POP_TOP);
    } else {
      if (!name_op(h->name, ast::Ctx::Store, h->loc)) return false;
      cleanup_name = new_label();
      push_handler(cleanup_name, d + 1);
    }
    u_->depth = d + 1;
    push_fblock(FBlockKind::HandlerCleanup, -1, -1, base);
    if (!h->name.empty()) u_->fblocks.back().name = &h->name;
    ok = stmts(h->body);
    pop_fblock();
    u_->depth = d;
    if (!ok) return false;
    if (cleanup_name >= 0) pop_handler();
    emit(OP_POP_EXCEPT);
    if (cleanup_name >= 0) {
      // `except E as e` deletes e at the end of the clause, also when the clause raises.
      auto clear_name = [&] {
        return load_none() && name_op(h->name, ast::Ctx::Store, h->loc) &&
               name_op(h->name, ast::Ctx::Del, h->loc);
      };
      if (!clear_name()) return false;
      emit_jump(OP_JUMP_FORWARD, end);
      bind(cleanup_name);
      if (!clear_name()) return false;
      emit(OP_RERAISE);
    } else {
      emit_jump(OP_JUMP_FORWARD, end);
    }
    bind(next);
  }
  emit(OP_RERAISE);
  pop_handler();
  bind(cleanup);
  emit_cleanup_reraise();
  bind(end);
  return true;
}

// The normal exit of a with block: exit(None, None, None), awaited for `async with`.
bool Compiler::with_exit_call(bool async) {
  emit(OP_PUSH_NULL);
  for (int i = 0; i < 3; i++)
    if (!load_none()) return false;
  emit(OP_CALL, 3);
  if (async && !await_value(2)) return false;
  emit(OP_POP_TOP);
  return true;
}

// with a as x, b: each item nests like `with a as x: with b: body`.
bool Compiler::with_stmt(ast::With* s, size_t item, bool async) {
  ast::WithItem* w = s->items[item];
  int handler = new_label(), suppress = new_label(), cleanup = new_label(), end = new_label();
  int d = u_->depth;
  size_t base = u_->handler_stack.size();
  if (!expr(w->context_expr)) return false;
  u_->loc = s->loc;
  emit(async ? OP_BEFORE_ASYNC_WITH : OP_BEFORE_WITH);
  if (async && !await_value(1)) return false;
  push_handler(handler, d + 1);
  u_->depth = d + 1;
  push_fblock(async ? FBlockKind::AsyncWith : FBlockKind::With, -1, -1, base);
  bool ok = w->optional_vars ? store(w->optional_vars) : (emit(OP_POP_TOP), true);
  ok = ok && (item + 1 < s->items.size() ? with_stmt(s, item + 1, async) : stmts(s->body));
  pop_fblock();
  pop_handler();
  u_->depth = d;
  if (!ok) return false;
  u_->loc = s->loc;
  if (!with_exit_call(async)) return false;
  emit_jump(OP_JUMP_FORWARD, end);

  bind(handler);
  emit(OP_PUSH_EXC_INFO);
  push_handler(cleanup, d + 2);
  emit(OP_WITH_EXCEPT_START);
  if (async && !await_value(2)) return false;
  emit_jump(OP_POP_JUMP_IF_TRUE, suppress);
  emit(OP_RERAISE);
  bind(suppress);
  emit(OP_POP_TOP);
  emit(OP_POP_EXCEPT);
  pop_handler();
  emit(OP_POP_TOP);
  emit_jump(OP_JUMP_FORWARD, end);
  bind(cleanup);
  emit_cleanup_reraise();
  bind(end);
  return true;
}

bool Compiler::raise_stmt(ast::Raise* s) {
  int n = 0;
  if (s->exc) {
    if (!expr(s->exc)) return false;
    n = 1;
    if (s->cause) {
      if (!expr(s->cause)) return false;
      n = 2;
    }
  }
  u_->loc = s->loc;
  emit(OP_RAISE_VARARGS, n);
  return true;
}

}  // namespace weft
