// The interpreter loop (see eval.hpp and docs/internals/vm.md). One function on purpose: the
// computed-goto labels and the registers must live in a single frame. Slow paths are out of
// line in eval_support.cpp, fast paths inline in eval_fast.hpp.
//
// Dispatch is by computed goto under GCC/Clang and by a switch elsewhere. Registers: `f` the
// running frame, `ip` the next code unit, `sp` the value-stack top, `fast` the frame's locals.
// An instruction never advances `ip` past its inline-cache units before it can no longer fail,
// so `ip - 1` always lies inside the failing instruction (for line and handler lookup).
#include "vm/eval.hpp"

#include "compile/opcode.hpp"
#include "object/code.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/exception.hpp"
#include "object/exception_group.hpp"
#include "object/float.hpp"
#include "object/function.hpp"
#include "object/list.hpp"
#include "object/protocol.hpp"
#include "object/range.hpp"
#include "object/set.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"
#include "object/value_slot.hpp"
#include "vm/eval_breaker.hpp"
#include "vm/eval_fast.hpp"
#include "vm/eval_match.hpp"
#include "vm/eval_support.hpp"
#include "vm/frame.hpp"
#include "vm/function.hpp"
#include "vm/generator.hpp"

#if defined(__GNUC__)
#define WEFT_COMPUTED_GOTO 1
#else
#define WEFT_COMPUTED_GOTO 0
#endif

namespace weft {

Value eval_frame(ThreadState& ts, Frame* entry, bool throw_in) {
  Vm& vm = *ts.vm;
  Frame* f = entry;
  entry->is_entry = true;
  Code* code;
  const CodeUnit* first;
  const CodeUnit* ip;
  Value* sp;
  Value* fast;
  const Value* consts;
  const Value* names;
  unsigned op;
  uint32_t oparg;
  Tuple* kwnames;
  int error_kind;  // ERR_* below

  enum { ERR_RAISED = 0, ERR_FROM_CALLEE = 1, ERR_RERAISE = 2 };

#define LOAD_FRAME()                 \
  do {                               \
    code = f->code;                  \
    first = code_units(code);        \
    ip = f->ip;                      \
    sp = f->sp;                      \
    fast = f->localsplus;            \
    consts = code->consts->items;    \
    names = code->names->items;      \
  } while (0)
#define NEXT_UNIT()          \
  do {                       \
    CodeUnit unit_ = *ip++;  \
    op = unit_op(unit_);     \
    oparg = unit_arg(unit_); \
  } while (0)
#define SKIP_CACHES(name) ip += OPCODE_INFO[OP_##name].caches
#define NAME(i) as_str(names[i])
#define JUMP_TO(target) ip = first + (target)

#if WEFT_COMPUTED_GOTO
  // Bytecode comes only from our compiler, so every opcode is below OP_COUNT.
  static const void* const TARGETS[OP_COUNT] = {
#define WEFT_OP_LABEL(name, caches, pops, pushes, kind) &&L_##name,
      WEFT_OPCODES(WEFT_OP_LABEL)
#undef WEFT_OP_LABEL
  };
#define TARGET(name) L_##name:
#define DISPATCH()          \
  do {                      \
    NEXT_UNIT();            \
    goto* TARGETS[op];      \
  } while (0)
#define DISPATCH_SAME_OP() goto* TARGETS[op]
#else
#define TARGET(name) case OP_##name:
#define DISPATCH() goto next_instruction
#define DISPATCH_SAME_OP() goto dispatch_op
#endif

  LOAD_FRAME();
  if (throw_in) goto error;
  // A request found on entry is answered before the frame starts: an exception it raises
  // belongs to the caller, not to a try block at the start of this code.
  if (!eval_breaker_poll(ts)) return Value::error();

#if !WEFT_COMPUTED_GOTO
next_instruction:
#endif
  NEXT_UNIT();
#if !WEFT_COMPUTED_GOTO
dispatch_op:
#endif
#if WEFT_COMPUTED_GOTO
  goto* TARGETS[op];
#else
  switch (op) {
#endif

  TARGET(NOP)
  TARGET(CACHE) { DISPATCH(); }

  TARGET(EXTENDED_ARG) {
    CodeUnit unit = *ip++;
    op = unit_op(unit);
    oparg = (oparg << 8) | unit_arg(unit);
    DISPATCH_SAME_OP();
  }

  // ---- stack ----------------------------------------------------------------------------------
  TARGET(POP_TOP) {
    sp--;
    DISPATCH();
  }
  TARGET(PUSH_NULL) {
    *sp++ = Value();
    DISPATCH();
  }
  TARGET(COPY) {
    Value v = sp[-int(oparg)];
    *sp++ = v;
    DISPATCH();
  }
  TARGET(SWAP) {
    Value v = sp[-1];
    sp[-1] = sp[-int(oparg)];
    sp[-int(oparg)] = v;
    DISPATCH();
  }

  // ---- variables ------------------------------------------------------------------------------
  TARGET(LOAD_CONST) {
    *sp++ = consts[oparg];
    DISPATCH();
  }
  TARGET(LOAD_FAST) {
    Value v = fast[oparg];
    if (v.is_error()) [[unlikely]] {
      raise_unbound_local(ts, code, int(oparg));
      goto error;
    }
    *sp++ = v;
    DISPATCH();
  }
  TARGET(STORE_FAST) {
    fast[oparg] = *--sp;
    DISPATCH();
  }
  TARGET(DELETE_FAST) {
    if (fast[oparg].is_error()) {
      raise_unbound_local(ts, code, int(oparg));
      goto error;
    }
    fast[oparg] = Value();
    DISPATCH();
  }
  TARGET(LOAD_DEREF) {
    Value v = slot_load(&static_cast<Cell*>(fast[code->nlocals + int(oparg)].as_obj())->ref);
    if (v.is_error()) {
      raise_unbound_deref(ts, code, int(oparg));
      goto error;
    }
    *sp++ = v;
    DISPATCH();
  }
  TARGET(STORE_DEREF) {
    slot_store(&static_cast<Cell*>(fast[code->nlocals + int(oparg)].as_obj())->ref, *--sp);
    DISPATCH();
  }
  TARGET(DELETE_DEREF) {
    auto cell = static_cast<Cell*>(fast[code->nlocals + int(oparg)].as_obj());
    if (slot_load(&cell->ref).is_error()) {
      raise_unbound_deref(ts, code, int(oparg));
      goto error;
    }
    slot_store(&cell->ref, Value());
    DISPATCH();
  }
  TARGET(LOAD_CLASSDEREF) {
    Value v = load_classderef(ts, f, int(oparg));
    if (v.is_error()) goto error;
    *sp++ = v;
    DISPATCH();
  }
  TARGET(LOAD_CLOSURE) {
    *sp++ = fast[code->nlocals + int(oparg)];
    DISPATCH();
  }
  TARGET(LOAD_GLOBAL) {
    Str* name = NAME(oparg);
    Value v = dict_get_str(f->globals, name);
    if (v.is_error()) {
      v = load_global_slow(ts, f, name);
      if (v.is_error()) goto error;
    }
    *sp++ = v;
    SKIP_CACHES(LOAD_GLOBAL);
    DISPATCH();
  }
  TARGET(STORE_GLOBAL) {
    if (!dict_set_str(ts, f->globals, NAME(oparg), sp[-1])) goto error;
    sp--;
    DISPATCH();
  }
  TARGET(DELETE_GLOBAL) {
    if (!delete_name(ts, f, NAME(oparg), true)) goto error;
    DISPATCH();
  }
  TARGET(LOAD_NAME) {
    Value v = load_name(ts, f, NAME(oparg));
    if (v.is_error()) goto error;
    *sp++ = v;
    DISPATCH();
  }
  TARGET(STORE_NAME) {
    if (!store_name(ts, f, NAME(oparg), sp[-1])) goto error;
    sp--;
    DISPATCH();
  }
  TARGET(DELETE_NAME) {
    if (!delete_name(ts, f, NAME(oparg), false)) goto error;
    DISPATCH();
  }

  // ---- attributes and subscripts --------------------------------------------------------------
  TARGET(LOAD_ATTR) {
    f->ip = ip;
    Value v = obj_getattr(ts, sp[-1], NAME(oparg));
    if (v.is_error()) goto error;
    sp[-1] = v;
    SKIP_CACHES(LOAD_ATTR);
    DISPATCH();
  }
  TARGET(STORE_ATTR) {
    f->ip = ip;
    if (!obj_setattr(ts, sp[-1], NAME(oparg), sp[-2])) goto error;
    sp -= 2;
    SKIP_CACHES(STORE_ATTR);
    DISPATCH();
  }
  TARGET(DELETE_ATTR) {
    f->ip = ip;
    if (!obj_delattr(ts, sp[-1], NAME(oparg))) goto error;
    sp--;
    DISPATCH();
  }
  TARGET(LOAD_METHOD) {
    f->ip = ip;
    Value meth, self;
    if (!load_method(ts, sp[-1], NAME(oparg), &meth, &self)) goto error;
    sp[-1] = meth;
    *sp++ = self;
    SKIP_CACHES(LOAD_METHOD);
    DISPATCH();
  }
  TARGET(BINARY_SUBSCR) {
    Value r = subscr_fast(vm, sp[-2], sp[-1]);
    if (r.is_error()) {
      f->ip = ip;
      r = obj_getitem(ts, sp[-2], sp[-1]);
      if (r.is_error()) goto error;
    }
    sp[-2] = r;
    sp--;
    DISPATCH();
  }
  TARGET(STORE_SUBSCR) {
    if (!store_subscr_fast(ts, sp[-2], sp[-1], sp[-3])) {
      f->ip = ip;
      if (!obj_setitem(ts, sp[-2], sp[-1], sp[-3])) goto error;
    }
    sp -= 3;
    DISPATCH();
  }
  TARGET(DELETE_SUBSCR) {
    f->ip = ip;
    if (!obj_delitem(ts, sp[-2], sp[-1])) goto error;
    sp -= 2;
    DISPATCH();
  }
  TARGET(BUILD_SLICE) {
    Value step = oparg == 3 ? *--sp : vm.none;
    Value r = slice_new(ts, sp[-2], sp[-1], step);
    if (r.is_error()) goto error;
    sp[-2] = r;
    sp--;
    DISPATCH();
  }

  // ---- operators ------------------------------------------------------------------------------
  TARGET(BINARY_OP) {
    Value a = sp[-2], b = sp[-1];
    Value r;
    if (!binary_fast(ts, a, b, int(oparg), &r)) {
      f->ip = ip;
      r = oparg < BIN_COUNT ? binary_op(ts, a, b, int(oparg))
                            : inplace_op(ts, a, b, int(oparg) - BIN_COUNT);
    }
    if (r.is_error()) goto error;
    sp[-2] = r;
    sp--;
    DISPATCH();
  }
  TARGET(UNARY_NEGATIVE) {
    Value v = sp[-1];
    Value r = v.is_int() && v.as_int() != SMALL_INT_MIN ? Value::from_int(-v.as_int())
                                                       : obj_neg(ts, v);
    if (r.is_error()) goto error;
    sp[-1] = r;
    DISPATCH();
  }
  TARGET(UNARY_POSITIVE) {
    Value r = sp[-1].is_int() ? sp[-1] : obj_pos(ts, sp[-1]);
    if (r.is_error()) goto error;
    sp[-1] = r;
    DISPATCH();
  }
  TARGET(UNARY_INVERT) {
    Value v = sp[-1];
    Value r = v.is_int() ? Value::from_int(~v.as_int()) : obj_invert(ts, v);
    if (r.is_error()) goto error;
    sp[-1] = r;
    DISPATCH();
  }
  TARGET(UNARY_NOT) {
    int t = truth(ts, sp[-1]);
    if (t < 0) goto error;
    sp[-1] = boolean(ts, !t);
    DISPATCH();
  }
  TARGET(COMPARE_OP) {
    Value r;
    if (!compare_fast(vm, sp[-2], sp[-1], int(oparg), &r)) {
      f->ip = ip;
      r = obj_richcompare(ts, sp[-2], sp[-1], int(oparg));
      if (r.is_error()) goto error;
    }
    sp[-2] = r;
    sp--;
    DISPATCH();
  }
  TARGET(IS_OP) {
    bool same = sp[-2] == sp[-1];
    sp[-2] = boolean(ts, same != (oparg != 0));
    sp--;
    DISPATCH();
  }
  TARGET(CONTAINS_OP) {
    f->ip = ip;
    int r = obj_contains(ts, sp[-1], sp[-2]);
    if (r < 0) goto error;
    sp[-2] = boolean(ts, (r != 0) != (oparg != 0));
    sp--;
    DISPATCH();
  }

  // ---- building -------------------------------------------------------------------------------
  TARGET(BUILD_TUPLE) {
    Value r = tuple_new(ts, sp - oparg, oparg);
    if (r.is_error()) goto error;
    sp -= oparg;
    *sp++ = r;
    DISPATCH();
  }
  TARGET(BUILD_LIST) {
    Value r = list_from_array(ts, sp - oparg, oparg);
    if (r.is_error()) goto error;
    sp -= oparg;
    *sp++ = r;
    DISPATCH();
  }
  TARGET(BUILD_SET) {
    f->ip = ip;
    Value r = build_set(ts, sp - oparg, oparg);
    if (r.is_error()) goto error;
    sp -= oparg;
    *sp++ = r;
    DISPATCH();
  }
  TARGET(BUILD_MAP) {
    f->ip = ip;
    Value r = build_map(ts, sp - 2 * oparg, oparg);
    if (r.is_error()) goto error;
    sp -= 2 * oparg;
    *sp++ = r;
    DISPATCH();
  }
  TARGET(BUILD_STRING) {
    Value r = build_string(ts, sp - oparg, oparg);
    if (r.is_error()) goto error;
    sp -= oparg;
    *sp++ = r;
    DISPATCH();
  }
  TARGET(LIST_APPEND) {
    if (!list_append(ts, as_list(sp[-1 - int(oparg)]), sp[-1])) goto error;
    sp--;
    DISPATCH();
  }
  TARGET(SET_ADD) {
    f->ip = ip;
    if (!set_add(ts, as_set(sp[-1 - int(oparg)]), sp[-1])) goto error;
    sp--;
    DISPATCH();
  }
  TARGET(MAP_ADD) {
    f->ip = ip;
    if (!dict_set(ts, as_dict(sp[-2 - int(oparg)]), sp[-2], sp[-1])) goto error;
    sp -= 2;
    DISPATCH();
  }
  TARGET(LIST_EXTEND) {
    f->ip = ip;
    if (!list_extend_star(ts, sp[-1 - int(oparg)], sp[-1])) goto error;
    sp--;
    DISPATCH();
  }
  TARGET(SET_UPDATE) {
    f->ip = ip;
    if (!set_update_star(ts, sp[-1 - int(oparg)], sp[-1])) goto error;
    sp--;
    DISPATCH();
  }
  TARGET(DICT_UPDATE) {
    f->ip = ip;
    if (!dict_update_star(ts, sp[-1 - int(oparg)], sp[-1])) goto error;
    sp--;
    DISPATCH();
  }
  TARGET(DICT_MERGE) {
    f->ip = ip;
    // Below the dict: the positional tuple, the null self and the callable being called.
    if (!dict_merge_kwargs(ts, sp[-1 - int(oparg)], sp[-1], sp[-4 - int(oparg)])) goto error;
    sp--;
    DISPATCH();
  }
  TARGET(LIST_TO_TUPLE) {
    Value r = list_as_tuple(ts, as_list(sp[-1]));
    if (r.is_error()) goto error;
    sp[-1] = r;
    DISPATCH();
  }
  TARGET(UNPACK_SEQUENCE) {
    f->ip = ip;
    if (!unpack_sequence(ts, sp[-1], oparg, sp - 1)) goto error;
    sp += int(oparg) - 1;
    DISPATCH();
  }
  TARGET(UNPACK_EX) {
    f->ip = ip;
    size_t before = oparg & 0xFF, after = oparg >> 8;
    if (!unpack_ex(ts, sp[-1], before, after, sp - 1)) goto error;
    sp += before + after;
    DISPATCH();
  }
  TARGET(FORMAT_VALUE) {
    f->ip = ip;
    Value spec = (oparg & FV_HAS_SPEC) ? sp[-1] : Value();
    Value* slot = (oparg & FV_HAS_SPEC) ? sp - 2 : sp - 1;
    Value r = format_value(ts, *slot, int(oparg), spec);
    if (r.is_error()) goto error;
    *slot = r;
    sp = slot + 1;
    DISPATCH();
  }

  // ---- iteration and jumps --------------------------------------------------------------------
  TARGET(GET_ITER) {
    f->ip = ip;
    Value r = obj_iter(ts, sp[-1]);
    if (r.is_error()) goto error;
    sp[-1] = r;
    DISPATCH();
  }
  TARGET(FOR_ITER) {
    f->ip = ip;
    Value it = sp[-1];
    UnaryFn next = type_of(ts, it)->iternext;
    Value v = next ? next(ts, it) : obj_next(ts, it);
    if (v.is_error()) {
      // The end of the iteration; an iterator may also signal it with StopIteration.
      if (ts.has_pending()) {
        if (!pending_matches(ts, vm.types.StopIteration)) goto error;
        take_pending(ts);
      }
      sp--;
      JUMP_TO(oparg);
      DISPATCH();
    }
    *sp++ = v;
    DISPATCH();
  }
  TARGET(JUMP_FORWARD) {
    JUMP_TO(oparg);
    DISPATCH();
  }
  TARGET(JUMP_BACKWARD) {
    // Poll before jumping so that an exception raised here is attributed to this instruction.
    if (ts.eval_breaker.load(std::memory_order_relaxed)) [[unlikely]] {
      f->ip = ip;
      if (!eval_breaker_handle(ts)) goto error;
    }
    JUMP_TO(oparg);
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_FALSE) {
    int t = truth(ts, *--sp);
    if (t < 0) goto error;
    if (!t) JUMP_TO(oparg);
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_TRUE) {
    int t = truth(ts, *--sp);
    if (t < 0) goto error;
    if (t) JUMP_TO(oparg);
    DISPATCH();
  }
  TARGET(JUMP_IF_FALSE_OR_POP) {
    int t = truth(ts, sp[-1]);
    if (t < 0) goto error;
    if (!t) JUMP_TO(oparg);
    else sp--;
    DISPATCH();
  }
  TARGET(JUMP_IF_TRUE_OR_POP) {
    int t = truth(ts, sp[-1]);
    if (t < 0) goto error;
    if (t) JUMP_TO(oparg);
    else sp--;
    DISPATCH();
  }

  // ---- functions, calls and returns -----------------------------------------------------------
  TARGET(MAKE_FUNCTION) {
    Value code_obj = *--sp;
    int noperands = __builtin_popcount(oparg & 0xF);
    Value r = make_function(ts, f, code_obj, int(oparg), sp - noperands);
    if (r.is_error()) goto error;
    sp -= noperands;
    *sp++ = r;
    DISPATCH();
  }
  TARGET(CALL_KW) {
    kwnames = as_tuple(*--sp);
    goto do_call;
  }
  TARGET(CALL) {
    kwnames = nullptr;
  do_call : {
    Value* base = sp - oparg - 2;  // the callable's slot, where the result goes
    Value callable = base[0];
    Value* args = base + 2;
    size_t nargs = oparg - (kwnames ? kwnames->size : 0);
    bool has_self = !base[1].is_error();
    if (has_self) {
      args--;
      nargs++;
    }
    f->ip = ip;
    Type* ct = type_of(ts, callable);
    if (ct == vm.types.bound_method && !has_self) {
      // Unpack a bound method into the callable and self slots: no C++ call, no copying.
      auto m = static_cast<BoundMethod*>(callable.as_obj());
      base[0] = callable = m->func;
      base[1] = m->self;
      args--;
      nargs++;
      has_self = true;
      ct = type_of(ts, callable);
    }
    if (ct == vm.types.function && !(as_function(callable)->code->flags & CO_SUSPENDABLE)) {
      // A Python-to-Python call: push the callee's frame and keep looping.
      Function* fn = as_function(callable);
      if (!eval_breaker_poll(ts)) goto error;
      if (ts.depth >= vm.recursion_limit) {
        raise(ts, vm.types.RecursionError, "maximum recursion depth exceeded");
        goto error;
      }
      Frame* callee = frame_push(ts, fn->code, fn, fn->globals, fn->builtins, nullptr);
      if (!callee) goto error;
      if (!bind_arguments(ts, fn, callee, args, nargs, kwnames)) {
        frame_pop(ts, callee);
        goto error;
      }
      f->sp = base;
      ts.depth++;
      f = callee;
      LOAD_FRAME();
      DISPATCH();
    }
    Value r;
    if (has_self && ct == vm.types.method_descriptor &&
        static_cast<MethodDescriptor*>(callable.as_obj())->def->flags == 0) {
      // obj.method(...) on a built-in type: call the C++ function without binding.
      r = static_cast<MethodDescriptor*>(callable.as_obj())
              ->def->fn(ts, args[0], args + 1, nargs - 1, kwnames);
    } else {
      r = call(ts, callable, args, nargs, kwnames);
    }
    if (r.is_error()) goto error;
    sp = base;
    *sp++ = r;
    DISPATCH();
  }
  }
  TARGET(CALL_FUNCTION_EX) {
    f->ip = ip;
    Value kwargs = (oparg & 1) ? sp[-1] : Value();
    Value* base = sp - 3 - (oparg & 1);
    Value r = call_function_ex(ts, base[0], base[2], kwargs);
    if (r.is_error()) goto error;
    sp = base;
    *sp++ = r;
    DISPATCH();
  }
  TARGET(RETURN_VALUE)
  TARGET(RETURN_CONST) {
    Value r = op == OP_RETURN_VALUE ? *--sp : consts[oparg];
    if (f->is_entry) {
      f->ip = ip;
      return r;  // the C++ caller pops the entry frame
    }
    Frame* done = f;
    f = f->previous;
    frame_pop(ts, done);
    ts.depth--;
    LOAD_FRAME();
    *sp++ = r;
    DISPATCH();
  }

  // ---- exceptions -----------------------------------------------------------------------------
  TARGET(RAISE_VARARGS) {
    f->ip = ip;
    Value cause = oparg == 2 ? sp[-1] : Value();
    Value exc = oparg >= 1 ? sp[-int(oparg)] : Value();
    if (raise_varargs(ts, int(oparg), exc, cause)) goto error_reraise;
    goto error;
  }
  TARGET(RERAISE) {
    ts.pending = *--sp;
    goto error_reraise;
  }
  TARGET(PUSH_EXC_INFO) {
    Value exc = sp[-1];
    sp[-1] = ts.handled;
    *sp++ = exc;
    ts.handled = exc;
    DISPATCH();
  }
  TARGET(POP_EXCEPT) {
    ts.handled = *--sp;
    DISPATCH();
  }
  TARGET(CHECK_EXC_MATCH) {
    int m = exception_matches(ts, sp[-2], sp[-1]);
    if (m < 0) goto error;
    sp[-1] = boolean(ts, m != 0);
    DISPATCH();
  }
  TARGET(CHECK_EG_MATCH) {
    f->ip = ip;
    Value match, rest;
    if (!except_star_match(ts, f, sp[-2], sp[-1], &match, &rest)) goto error;
    sp[-2] = rest;
    sp[-1] = match;
    DISPATCH();
  }
  TARGET(PREP_RERAISE_STAR) {
    f->ip = ip;
    Value r = exception_group_prep_reraise(ts, sp[-2], sp[-1]);
    if (r.is_error()) goto error;
    sp--;
    sp[-1] = r;
    DISPATCH();
  }
  TARGET(LOAD_ASSERTION_ERROR) {
    *sp++ = Value::from_obj(vm.types.AssertionError);
    DISPATCH();
  }

  // ---- modules, REPL, with ---------------------------------------------------------------------
  TARGET(IMPORT_NAME) {
    f->ip = ip;
    Value r = import_name(ts, f, NAME(oparg), sp[-1], sp[-2]);
    if (r.is_error()) goto error;
    sp -= 2;
    *sp++ = r;
    DISPATCH();
  }
  TARGET(IMPORT_FROM) {
    f->ip = ip;
    Value r = import_from(ts, sp[-1], NAME(oparg));
    if (r.is_error()) goto error;
    *sp++ = r;
    DISPATCH();
  }
  TARGET(IMPORT_STAR) {
    f->ip = ip;
    if (!import_star(ts, f, sp[-1])) goto error;
    sp--;
    DISPATCH();
  }
  TARGET(PRINT_EXPR) {
    f->ip = ip;
    if (!print_expr(ts, sp[-1])) goto error;
    sp--;
    DISPATCH();
  }
  TARGET(SETUP_ANNOTATIONS) {
    if (!setup_annotations(ts, f)) goto error;
    DISPATCH();
  }
  TARGET(LOAD_BUILD_CLASS) {
    Value r = load_build_class(ts, f);
    if (r.is_error()) goto error;
    *sp++ = r;
    DISPATCH();
  }
  TARGET(BEFORE_ASYNC_WITH)
  TARGET(BEFORE_WITH) {
    f->ip = ip;
    Value exit;
    Value r = before_with(ts, sp[-1], &exit, op == OP_BEFORE_ASYNC_WITH);
    if (r.is_error()) goto error;
    sp[-1] = exit;
    *sp++ = r;
    DISPATCH();
  }
  TARGET(WITH_EXCEPT_START) {
    f->ip = ip;
    Value r = with_exit_exception(ts, sp[-3], sp[-1]);
    if (r.is_error()) goto error;
    *sp++ = r;
    DISPATCH();
  }
  // ---- generators: only a generator's (entry) frame executes these ------------------------------
  TARGET(YIELD_VALUE) {
    Value v = *--sp;
    f->ip = ip;
    f->sp = sp;
    f->yielded = true;
    return v;
  }
  TARGET(GET_YIELD_FROM_ITER) {
    if (is_coroutine(ts, sp[-1]) && !(code->flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
      raise(ts, vm.types.TypeError,
            "cannot 'yield from' a coroutine object in a non-coroutine generator");
      goto error;
    }
    if (!is_gen_or_coro(ts, sp[-1])) {
      f->ip = ip;
      Value it = obj_iter(ts, sp[-1]);
      if (it.is_error()) goto error;
      sp[-1] = it;
    }
    DISPATCH();
  }
  TARGET(SEND) {
    // [iter, v]: the iterator's next value (then YIELD_VALUE), or at its end [result] and jump.
    f->ip = ip;
    Value out;
    int done = yield_from_send(ts, sp[-2], sp[-1], &out);
    if (done < 0) goto error;
    if (done) {
      sp--;
      JUMP_TO(oparg);
    }
    sp[-1] = out;
    DISPATCH();
  }
  // ---- async and await --------------------------------------------------------------------------
  TARGET(GET_AWAITABLE) {
    f->ip = ip;
    Value r = get_awaitable(ts, sp[-1], int(oparg));
    if (r.is_error()) goto error;
    sp[-1] = r;
    DISPATCH();
  }
  TARGET(GET_AITER) {
    f->ip = ip;
    Value r = get_aiter(ts, sp[-1]);
    if (r.is_error()) goto error;
    sp[-1] = r;
    DISPATCH();
  }
  TARGET(GET_ANEXT) {
    f->ip = ip;
    Value r = get_anext(ts, sp[-1]);
    if (r.is_error()) goto error;
    *sp++ = r;
    DISPATCH();
  }
  TARGET(END_ASYNC_FOR) {
    Value exc = sp[-1];
    if (!type_is_subtype(type_of(ts, exc), vm.types.StopAsyncIteration)) {
      sp--;
      ts.pending = exc;
      goto error_reraise;
    }
    sp -= 2;
    DISPATCH();
  }
  TARGET(ASYNC_GEN_WRAP) {
    Value r = async_gen_wrap(ts, sp[-1]);
    if (r.is_error()) goto error;
    sp[-1] = r;
    DISPATCH();
  }
  TARGET(LOAD_LOCALS) {
    if (!f->locals) {
      raise(ts, vm.types.SystemError, "no locals found");
      goto error;
    }
    *sp++ = Value::from_obj(f->locals);
    DISPATCH();
  }
  TARGET(LOAD_FROM_DICT_OR_GLOBALS) {
    f->ip = ip;
    Value r = load_from_dict_or_global(ts, f, sp[-1], NAME(oparg));
    if (r.is_error()) goto error;
    sp[-1] = r;
    DISPATCH();
  }
  TARGET(LOAD_FROM_DICT_OR_DEREF) {
    f->ip = ip;
    Value r = load_from_dict_or_deref(ts, f, sp[-1], int(oparg));
    if (r.is_error()) goto error;
    sp[-1] = r;
    DISPATCH();
  }
  TARGET(CALL_INTRINSIC_1) {
    f->ip = ip;
    Value r = call_intrinsic_1(ts, f, int(oparg), sp[-1]);
    if (r.is_error()) goto error;
    sp[-1] = r;
    DISPATCH();
  }
  TARGET(CALL_INTRINSIC_2) {
    f->ip = ip;
    Value r = call_intrinsic_2(ts, int(oparg), sp[-2], sp[-1]);
    if (r.is_error()) goto error;
    sp--;
    sp[-1] = r;
    DISPATCH();
  }

  // ---- match statement ------------------------------------------------------------------------
  TARGET(GET_LEN) {
    f->ip = ip;
    Value r = match_len(ts, sp[-1]);
    if (r.is_error()) goto error;
    *sp++ = r;
    DISPATCH();
  }
  TARGET(MATCH_MAPPING) {
    Value r = boolean(ts, match_is_mapping(ts, sp[-1]));
    *sp++ = r;
    DISPATCH();
  }
  TARGET(MATCH_SEQUENCE) {
    Value r = boolean(ts, match_is_sequence(ts, sp[-1]));
    *sp++ = r;
    DISPATCH();
  }
  TARGET(MATCH_KEYS) {
    f->ip = ip;
    Value r = match_keys(ts, sp[-2], sp[-1]);
    if (r.is_error()) goto error;
    *sp++ = r;
    DISPATCH();
  }
  TARGET(MATCH_CLASS) {
    f->ip = ip;
    Value r = match_class(ts, sp[-3], sp[-2], oparg, sp[-1]);
    if (r.is_error()) goto error;
    sp -= 2;
    sp[-1] = r;
    DISPATCH();
  }
  TARGET(RETURN_GENERATOR) {
    raise(ts, vm.types.SystemError, "opcode %s is not supported yet", OPCODE_INFO[op].name);
    goto error;
  }

#if !WEFT_COMPUTED_GOTO
  default:
    raise(ts, vm.types.SystemError, "unknown opcode %d", int(op));
    goto error;
  }
#endif

  // ---- unwinding --------------------------------------------------------------------------------
error:
  error_kind = ERR_RAISED;
  goto handle_error;
error_reraise:
  error_kind = ERR_RERAISE;
handle_error:
  for (;;) {
    if (!ts.has_pending()) raise(ts, vm.types.SystemError, "error return without exception set");
    size_t offset = ip > first ? size_t(ip - first - 1) : 0;
    if (error_kind == ERR_RAISED) chain_context(ts, ts.pending);
    // Each frame the exception passes through gets a traceback entry (a re-raise adds none: the
    // frame is already in the exception's traceback). On failure MemoryError replaces the
    // exception and propagates the same way.
    if (error_kind != ERR_RERAISE && is_exception_instance(ts, ts.pending))
      static_cast<void>(exception_add_traceback(ts, ts.pending, Value::from_obj(code),
                                                code_line_at(code, offset)));
    HandlerEntry h;
    if (code_handler_at(code, offset, &h)) {
      sp = f->stack_base() + h.depth;
      if (h.lasti) *sp++ = Value::from_int(intptr_t(offset));
      *sp++ = take_pending(ts);
      JUMP_TO(h.target);
      DISPATCH();
    }
    if (f->is_entry) {
      f->ip = ip;
      return Value::error();
    }
    Frame* done = f;
    f = f->previous;
    frame_pop(ts, done);
    ts.depth--;
    LOAD_FRAME();
    error_kind = ERR_FROM_CALLEE;
  }

#undef LOAD_FRAME
#undef NEXT_UNIT
#undef SKIP_CACHES
#undef NAME
#undef JUMP_TO
#undef TARGET
#undef DISPATCH
#undef DISPATCH_SAME_OP
}

}  // namespace weft
