// Generators (see generator.hpp): send/throw/close with CPython's state checks and messages,
// PEP 479 (StopIteration inside becomes RuntimeError), and the generator type. Coroutines and
// async generators share this machinery; only their messages name another kind.
#include "vm/generator.hpp"

#include "compile/opcode.hpp"
#include "object/error.hpp"
#include "object/exception.hpp"
#include "object/function.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"
#include "vm/eval.hpp"
#include "vm/function.hpp"

namespace weft {
namespace {

Generator* as_gen(Value v) { return static_cast<Generator*>(v.as_obj()); }

enum class Kind { Generator, Coroutine, AsyncGenerator };

Kind kind_of(ThreadState& ts, const Generator* g) {
  if (g->type == ts.vm->types.coroutine) return Kind::Coroutine;
  if (g->type == ts.vm->types.async_generator) return Kind::AsyncGenerator;
  return Kind::Generator;
}

const char* kind_name(Kind k) {
  return k == Kind::Coroutine ? "coroutine" : k == Kind::AsyncGenerator ? "async generator"
                                                                         : "generator";
}

// PEP 479: StopIteration (and StopAsyncIteration in an async generator) cannot escape.
void replace_stop(ThreadState& ts, Generator* gen) {
  Kind k = kind_of(ts, gen);
  const char* what;
  if (pending_matches(ts, ts.vm->types.StopIteration)) {
    what = "StopIteration";
  } else if (k == Kind::AsyncGenerator && pending_matches(ts, ts.vm->types.StopAsyncIteration)) {
    what = "StopAsyncIteration";
  } else {
    return;
  }
  Value stop = take_pending(ts);
  raise(ts, ts.vm->types.RuntimeError, "%s raised %s", kind_name(k), what);
  static_cast<BaseException*>(ts.pending.as_obj())->cause = stop;
  static_cast<BaseException*>(ts.pending.as_obj())->context = stop;
}

}  // namespace

void generator_trace(Object* o, Tracer& t) {
  auto g = static_cast<Generator*>(o);
  t.visit(g->name);
  t.visit(g->qualname);
  t.visit(g->exc_state);
  if (g->frame.code) frame_trace(&g->frame, t);
}

namespace {

// Runs the frame; the generator's handled exception is swapped with the caller's around it.
SendResult resume(ThreadState& ts, Generator* gen, bool throw_in, Value* out) {
  Frame* f = &gen->frame;
  Value outer = ts.handled;
  if (!gen->exc_state.is_error()) ts.handled = gen->exc_state;
  gen->state = GEN_RUNNING;
  f->previous = ts.frame;
  ts.frame = f;
  f->yielded = false;
  ts.depth++;
  Value r = eval_frame(ts, f, throw_in);
  ts.depth--;
  ts.frame = f->previous;
  f->previous = nullptr;
  gen->exc_state = ts.handled == outer ? Value() : ts.handled;
  ts.handled = outer;
  if (!r.is_error() && f->yielded) {
    gen->state = GEN_SUSPENDED;
    *out = r;
    return SendResult::Yielded;
  }
  gen->state = GEN_CLOSED;
  gen->exc_state = Value();
  if (r.is_error()) {
    replace_stop(ts, gen);
    return SendResult::Error;
  }
  *out = r;
  return SendResult::Returned;
}

// A return value travels in StopIteration(value) (for next()); a plain end needs no exception.
// Consumers absorb StopIteration as the end of iteration (obj_next, FOR_ITER).
Value gen_iternext(ThreadState& ts, Value self) {
  Value out;
  SendResult r = generator_send(ts, as_gen(self), ts.vm->none, false, &out);
  if (r == SendResult::Yielded) return out;
  if (r == SendResult::Returned && out != ts.vm->none) return raise_stop_iteration(ts, out);
  return Value();
}

Value gen_iter(ThreadState&, Value self) { return self; }

Value finish_send(ThreadState& ts, SendResult r, Value out) {
  if (r == SendResult::Yielded) return out;
  if (r == SendResult::Returned) return raise_stop_iteration(ts, out);
  return Value::error();
}

// ---- throw and close, forwarded into a `yield from` delegate ------------------------------------

// Suspended inside `yield from`, a generator resumes after YIELD_VALUE with SEND just before it
// and the delegate iterator on top of its stack.
Value delegate_of(Generator* g) {
  if (g->state != GEN_SUSPENDED) return Value();
  Frame* f = &g->frame;
  const uint16_t* first = code_units(f->code);
  if (f->ip - first < 2 || unit_op(f->ip[-1]) != OP_YIELD_VALUE || unit_op(f->ip[-2]) != OP_SEND)
    return Value();
  return f->sp[-1];
}

// The delegate finished with `value`: replace it by the value and continue after the SEND loop,
// where the `yield from` expression's result is expected.
void finish_yield_from(Generator* g, Value value) {
  Frame* f = &g->frame;
  const uint16_t* first = code_units(f->code);
  const uint16_t* send = f->ip - 2;
  uint32_t target = unit_arg(*send);
  int shift = 8;
  for (const uint16_t* p = send - 1; p >= first && unit_op(*p) == OP_EXTENDED_ARG; p--, shift += 8)
    target |= uint32_t(unit_arg(*p)) << shift;
  f->sp[-1] = value;
  f->ip = first + target;
}

// Closes an iterator the way `yield from` must: generators directly, others through close().
bool close_delegate(ThreadState& ts, Value it) {
  Value close = obj_getattr_opt(ts, it, ts.vm->names.close);
  if (close.is_error()) return !ts.has_pending();
  return !call0(ts, close).is_error();
}

// Throws `exc` into the delegate: 0 with a yielded value, 1 with its return value, -1 with the
// exception it raised pending.
int throw_into_delegate(ThreadState& ts, Value it, Value exc, Value* out) {
  if (is_gen_or_coro(ts, it)) {
    ts.pending = exc;
    switch (generator_send(ts, as_gen(it), Value(), true, out)) {
      case SendResult::Yielded: return 0;
      case SendResult::Returned: return 1;
      case SendResult::Error: return -1;
    }
  }
  Value throw_method = obj_getattr_opt(ts, it, ts.vm->names.throw_);
  if (throw_method.is_error()) {
    if (!ts.has_pending()) ts.pending = exc;
    return -1;
  }
  *out = call1(ts, throw_method, exc);
  if (!out->is_error()) return 0;
  if (!pending_matches(ts, ts.vm->types.StopIteration)) return -1;
  Tuple* args = static_cast<BaseException*>(take_pending(ts).as_obj())->args;
  *out = args && args->size ? args->items[0] : ts.vm->none;
  return 1;
}

// gen.throw(exc) as CPython's _gen_throw: a `yield from` delegate gets the exception first
// (GeneratorExit closes it instead); what the delegate raises is thrown in here.
SendResult throw_into(ThreadState& ts, Generator* g, Value exc, bool close_on_exit, Value* out) {
  Value delegate = delegate_of(g);
  if (!delegate.is_error()) {
    if (close_on_exit && type_is_subtype(type_of(ts, exc), ts.vm->types.GeneratorExit)) {
      if (!close_delegate(ts, delegate)) exc = take_pending(ts);
    } else {
      g->state = GEN_RUNNING;
      int r = throw_into_delegate(ts, delegate, exc, out);
      g->state = GEN_SUSPENDED;
      if (r == 0) return SendResult::Yielded;
      if (r == 1) {
        finish_yield_from(g, *out);
        return resume(ts, g, false, out);
      }
      exc = take_pending(ts);
    }
  }
  if (g->state == GEN_CREATED) {
    g->state = GEN_CLOSED;
    ts.pending = exc;
    return SendResult::Error;
  }
  ts.pending = exc;
  return generator_send(ts, g, Value(), true, out);
}

}  // namespace

Value throw_argument(ThreadState& ts, const Value* args, size_t nargs) {
  Value exc = args[0];
  if (is_exception_type(ts, exc)) {
    exc = nargs >= 2 && args[1] != ts.vm->none ? call1(ts, exc, args[1]) : call0(ts, exc);
    if (exc.is_error()) return exc;
    if (!is_exception_instance(ts, exc))
      return raise(ts, ts.vm->types.TypeError,
                   "calling %R should have returned an instance of BaseException, not %s",
                   args[0], type_name(ts, exc));
  } else if (!is_exception_instance(ts, exc)) {
    return raise(ts, ts.vm->types.TypeError,
                 "exceptions must be classes or instances deriving from BaseException, not %s",
                 type_name(ts, exc));
  } else if (nargs >= 2 && args[1] != ts.vm->none) {
    return raise(ts, ts.vm->types.TypeError,
                 "instance exception may not have a separate value");
  }
  return exc;
}

SendResult generator_throw(ThreadState& ts, Generator* gen, Value exc, bool close_on_exit,
                           Value* out) {
  return throw_into(ts, gen, exc, close_on_exit, out);
}

Value generator_close(ThreadState& ts, Generator* g) {
  if (g->state == GEN_CREATED || g->state == GEN_CLOSED) {
    g->state = GEN_CLOSED;
    return ts.vm->none;
  }
  WEFT_TRY(exit, exception_new(ts, ts.vm->types.GeneratorExit, nullptr, 0));
  Value out;
  SendResult r = throw_into(ts, g, exit, true, &out);
  if (r == SendResult::Yielded)
    return raise(ts, ts.vm->types.RuntimeError, "%s ignored GeneratorExit",
                 kind_name(kind_of(ts, g)));
  if (r == SendResult::Returned) return ts.vm->none;
  if (pending_matches(ts, ts.vm->types.GeneratorExit) ||
      pending_matches(ts, ts.vm->types.StopIteration)) {
    take_pending(ts);
    return ts.vm->none;
  }
  return Value::error();
}

Value generator_delegate(Generator* gen) { return delegate_of(gen); }

Value raise_stop_iteration(ThreadState& ts, Value value) {
  if (value != ts.vm->none) return raise_with_arg(ts, ts.vm->types.StopIteration, value);
  WEFT_TRY(stop, exception_new(ts, ts.vm->types.StopIteration, nullptr, 0));
  return raise_value(ts, stop);
}

Value generator_send_method(ThreadState& ts, Value self, const Value* args, size_t nargs,
                            Tuple* kwnames) {
  const char* name = type_name(ts, self);
  if (kwnames && kwnames->size)
    return raise(ts, ts.vm->types.TypeError, "%s.send() takes no keyword arguments", name);
  if (nargs != 1)
    return raise(ts, ts.vm->types.TypeError, "%s.send() takes exactly one argument (%zu given)",
                 name, nargs);
  Value out;
  SendResult r = generator_send(ts, as_gen(self), args[0], false, &out);
  return finish_send(ts, r, out);
}

Value generator_throw_method(ThreadState& ts, Value self, const Value* args, size_t nargs,
                             Tuple*) {
  if (nargs < 1 || nargs > 3)
    return raise(ts, ts.vm->types.TypeError, "throw expected at least 1 argument, got %zu", nargs);
  WEFT_TRY(exc, throw_argument(ts, args, nargs));
  Value out;
  return finish_send(ts, throw_into(ts, as_gen(self), exc, true, &out), out);
}

Value generator_close_method(ThreadState& ts, Value self, const Value*, size_t, Tuple*) {
  return generator_close(ts, as_gen(self));
}

Value generator_get_name(ThreadState&, Value self) { return Value::from_obj(as_gen(self)->name); }
Value generator_get_qualname(ThreadState&, Value self) {
  return Value::from_obj(as_gen(self)->qualname);
}
Value generator_get_code(ThreadState&, Value self) {
  return Value::from_obj(as_gen(self)->frame.code);
}
Value generator_get_running(ThreadState& ts, Value self) {
  return boolean(ts, as_gen(self)->state == GEN_RUNNING);
}
Value generator_get_suspended(ThreadState& ts, Value self) {
  return boolean(ts, as_gen(self)->state == GEN_SUSPENDED);
}
Value generator_get_delegate(ThreadState& ts, Value self) {
  Value d = delegate_of(as_gen(self));
  return d.is_error() ? ts.vm->none : d;
}

namespace {

Value gen_repr(ThreadState& ts, Value v) {
  return str_format_c(ts, "<generator object %U at %p>", as_gen(v)->qualname,
                      static_cast<void*>(v.as_obj()));
}

const MethodDef GEN_METHODS[] = {
    {"send", generator_send_method, 0, nullptr},
    {"throw", generator_throw_method, 0, nullptr},
    {"close", generator_close_method, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef GEN_GETSETS[] = {
    {"__name__", generator_get_name, nullptr},
    {"__qualname__", generator_get_qualname, nullptr},
    {"gi_running", generator_get_running, nullptr},
    {"gi_suspended", generator_get_suspended, nullptr},
    {"gi_yieldfrom", generator_get_delegate, nullptr},
    {"gi_code", generator_get_code, nullptr},
    {nullptr, nullptr, nullptr},
};

}  // namespace

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"

bool is_generator(ThreadState& ts, Value v) {
  return v.is_obj() && v.as_obj()->type == ts.vm->types.generator;
}

bool is_coroutine(ThreadState& ts, Value v) {
  return v.is_obj() && v.as_obj()->type == ts.vm->types.coroutine;
}

bool is_gen_or_coro(ThreadState& ts, Value v) {
  return is_generator(ts, v) || is_coroutine(ts, v);
}

Value generator_new(ThreadState& ts, Function* fn, const Value* args, size_t nargs,
                    Tuple* kwnames) {
  Code* code = fn->code;
  Types& types = ts.vm->types;
  Type* type = (code->flags & CO_COROUTINE)         ? types.coroutine
               : (code->flags & CO_ASYNC_GENERATOR) ? types.async_generator
                                                    : types.generator;
  size_t extra = frame_words(code) * sizeof(Value);
  auto g = static_cast<Generator*>(gc_alloc(ts, type, offsetof(Generator, frame) + extra));
  if (!g) return Value::error();
  g->name = fn->name;
  g->qualname = fn->qualname;
  g->state = GEN_CREATED;
  g->async_flags = 0;
  frame_init(&g->frame, code, fn, fn->globals, fn->builtins, nullptr, FRAME_OWNED_BY_GENERATOR);
  g->frame.is_entry = true;
  if (!bind_arguments(ts, fn, &g->frame, args, nargs, kwnames)) return Value::error();
  return Value::from_obj(g);
}

SendResult generator_send(ThreadState& ts, Generator* gen, Value value, bool throw_in, Value* out) {
  Vm& vm = *ts.vm;
  Kind kind = kind_of(ts, gen);
  if (gen->state == GEN_RUNNING) {
    if (throw_in) take_pending(ts);
    raise(ts, vm.types.ValueError, "%s already executing", kind_name(kind));
    return SendResult::Error;
  }
  if (gen->state == GEN_CLOSED) {
    if (kind == Kind::Coroutine) {
      // An exhausted coroutine refuses to run again (close() never gets here).
      if (throw_in) take_pending(ts);
      raise(ts, vm.types.RuntimeError, "cannot reuse already awaited coroutine");
      return SendResult::Error;
    }
    if (!throw_in) *out = vm.none;
    return throw_in ? SendResult::Error : SendResult::Returned;
  }
  if (gen->state == GEN_CREATED && !throw_in && value != vm.none) {
    raise(ts, vm.types.TypeError, "can't send non-None value to a just-started %s",
          kind_name(kind));
    return SendResult::Error;
  }
  if (!stack_check(ts)) return SendResult::Error;
  if (ts.depth >= vm.recursion_limit) {
    raise(ts, vm.types.RecursionError, "maximum recursion depth exceeded");
    return SendResult::Error;
  }
  // The value sent in becomes the result of the suspended yield expression.
  if (gen->state == GEN_SUSPENDED && !throw_in) *gen->frame.sp++ = value;
  return resume(ts, gen, throw_in, out);
}

void generator_init_type(ThreadState& ts) {
  Type* t = ts.vm->types.generator;
  t->basic_size = uint32_t(offsetof(Generator, frame));
  t->trace = generator_trace;
  t->repr = gen_repr;
  t->iter = gen_iter;
  t->iternext = gen_iternext;
  if (!type_add_methods(ts, t, GEN_METHODS)) return;
  if (!type_add_getsets(ts, t, GEN_GETSETS)) return;
}
#pragma GCC diagnostic pop

}  // namespace weft
