// Generators (see generator.hpp): send/throw/close with CPython's state checks and messages,
// PEP 479 (StopIteration inside becomes RuntimeError), and the generator type.
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

void gen_trace(Object* o, Tracer& t) {
  auto g = static_cast<Generator*>(o);
  t.visit(g->name);
  t.visit(g->qualname);
  t.visit(g->exc_state);
  if (g->frame.code) frame_trace(&g->frame, t);
}

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
    if (pending_matches(ts, ts.vm->types.StopIteration)) {
      Value stop = take_pending(ts);
      raise(ts, ts.vm->types.RuntimeError, "generator raised StopIteration");
      static_cast<BaseException*>(ts.pending.as_obj())->cause = stop;
      static_cast<BaseException*>(ts.pending.as_obj())->context = stop;
    }
    return SendResult::Error;
  }
  *out = r;
  return SendResult::Returned;
}

Value raise_stop(ThreadState& ts, Value value) {
  if (value != ts.vm->none) return raise_with_arg(ts, ts.vm->types.StopIteration, value);
  WEFT_TRY(stop, exception_new(ts, ts.vm->types.StopIteration, nullptr, 0));
  return raise_value(ts, stop);
}

// A return value travels in StopIteration(value) (for next()); a plain end needs no exception.
// Consumers absorb StopIteration as the end of iteration (obj_next, FOR_ITER).
Value gen_iternext(ThreadState& ts, Value self) {
  Value out;
  SendResult r = generator_send(ts, as_gen(self), ts.vm->none, false, &out);
  if (r == SendResult::Yielded) return out;
  if (r == SendResult::Returned && out != ts.vm->none) return raise_stop(ts, out);
  return Value();
}

Value gen_iter(ThreadState&, Value self) { return self; }

Value finish_send(ThreadState& ts, SendResult r, Value out) {
  if (r == SendResult::Yielded) return out;
  if (r == SendResult::Returned) return raise_stop(ts, out);
  return Value::error();
}

Value gen_send_method(ThreadState& ts, Value self, const Value* args, size_t nargs,
                      Tuple* kwnames) {
  if (kwnames && kwnames->size)
    return raise(ts, ts.vm->types.TypeError, "generator.send() takes no keyword arguments");
  if (nargs != 1)
    return raise(ts, ts.vm->types.TypeError, "generator.send() takes exactly one argument (%zu given)",
                 nargs);
  Value out;
  SendResult r = generator_send(ts, as_gen(self), args[0], false, &out);
  return finish_send(ts, r, out);
}

// ---- throw and close, forwarded into a `yield from` delegate ------------------------------------

// Suspended inside `yield from`, a generator resumes after YIELD_VALUE with SEND just before it
// and the delegate iterator on top of its stack.
Value yield_from_delegate(Generator* g) {
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
  if (is_generator(ts, it)) {
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
SendResult throw_into(ThreadState& ts, Generator* g, Value exc, Value* out) {
  Value delegate = yield_from_delegate(g);
  if (!delegate.is_error()) {
    if (type_is_subtype(type_of(ts, exc), ts.vm->types.GeneratorExit)) {
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
  if (g->state == GEN_CREATED || g->state == GEN_CLOSED) {
    g->state = GEN_CLOSED;
    ts.pending = exc;
    return SendResult::Error;
  }
  ts.pending = exc;
  return generator_send(ts, g, Value(), true, out);
}

Value gen_throw_method(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple*) {
  if (nargs < 1 || nargs > 3)
    return raise(ts, ts.vm->types.TypeError, "throw expected at least 1 argument, got %zu", nargs);
  Value exc = args[0];
  if (is_exception_type(ts, exc)) {
    exc = nargs >= 2 && args[1] != ts.vm->none ? call1(ts, exc, args[1]) : call0(ts, exc);
    if (exc.is_error()) return exc;
  } else if (!is_exception_instance(ts, exc)) {
    return raise(ts, ts.vm->types.TypeError,
                 "exceptions must be classes or instances deriving from BaseException, not %s",
                 type_name(ts, exc));
  }
  Value out;
  return finish_send(ts, throw_into(ts, as_gen(self), exc, &out), out);
}

Value gen_close_method(ThreadState& ts, Value self, const Value*, size_t, Tuple*) {
  Generator* g = as_gen(self);
  if (g->state == GEN_CREATED || g->state == GEN_CLOSED) {
    g->state = GEN_CLOSED;
    return ts.vm->none;
  }
  WEFT_TRY(exit, exception_new(ts, ts.vm->types.GeneratorExit, nullptr, 0));
  Value out;
  SendResult r = throw_into(ts, g, exit, &out);
  if (r == SendResult::Yielded)
    return raise(ts, ts.vm->types.RuntimeError, "generator ignored GeneratorExit");
  if (r == SendResult::Returned) return ts.vm->none;
  if (pending_matches(ts, ts.vm->types.GeneratorExit) ||
      pending_matches(ts, ts.vm->types.StopIteration)) {
    take_pending(ts);
    return ts.vm->none;
  }
  return Value::error();
}

Value gen_repr(ThreadState& ts, Value v) {
  return str_format_c(ts, "<generator object %U at %p>", as_gen(v)->qualname,
                      static_cast<void*>(v.as_obj()));
}

Value get_name(ThreadState&, Value self) { return Value::from_obj(as_gen(self)->name); }
Value get_qualname(ThreadState&, Value self) { return Value::from_obj(as_gen(self)->qualname); }
Value get_running(ThreadState& ts, Value self) {
  return boolean(ts, as_gen(self)->state == GEN_RUNNING);
}
Value get_code(ThreadState&, Value self) { return Value::from_obj(as_gen(self)->frame.code); }

const MethodDef GEN_METHODS[] = {
    {"send", gen_send_method, 0, nullptr},
    {"throw", gen_throw_method, 0, nullptr},
    {"close", gen_close_method, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef GEN_GETSETS[] = {
    {"__name__", get_name, nullptr},
    {"__qualname__", get_qualname, nullptr},
    {"gi_running", get_running, nullptr},
    {"gi_code", get_code, nullptr},
    {nullptr, nullptr, nullptr},
};

}  // namespace

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"

bool is_generator(ThreadState& ts, Value v) {
  return v.is_obj() && v.as_obj()->type == ts.vm->types.generator;
}

Value generator_new(ThreadState& ts, Function* fn, const Value* args, size_t nargs,
                    Tuple* kwnames) {
  Code* code = fn->code;
  size_t extra = frame_words(code) * sizeof(Value);
  auto g = static_cast<Generator*>(
      gc_alloc(ts, ts.vm->types.generator, offsetof(Generator, frame) + extra));
  if (!g) return Value::error();
  g->name = fn->name;
  g->qualname = fn->qualname;
  g->state = GEN_CREATED;
  frame_init(&g->frame, code, fn, fn->globals, fn->builtins, nullptr, FRAME_OWNED_BY_GENERATOR);
  g->frame.is_entry = true;
  if (!bind_arguments(ts, fn, &g->frame, args, nargs, kwnames)) return Value::error();
  return Value::from_obj(g);
}

SendResult generator_send(ThreadState& ts, Generator* gen, Value value, bool throw_in, Value* out) {
  Vm& vm = *ts.vm;
  if (gen->state == GEN_RUNNING) {
    if (throw_in) take_pending(ts);
    raise(ts, vm.types.ValueError, "generator already executing");
    return SendResult::Error;
  }
  if (gen->state == GEN_CLOSED) {
    if (!throw_in) *out = vm.none;
    return throw_in ? SendResult::Error : SendResult::Returned;
  }
  if (gen->state == GEN_CREATED && !throw_in && value != vm.none) {
    raise(ts, vm.types.TypeError, "can't send non-None value to a just-started generator");
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
  t->trace = gen_trace;
  t->repr = gen_repr;
  t->iter = gen_iter;
  t->iternext = gen_iternext;
  if (!type_add_methods(ts, t, GEN_METHODS)) return;
  if (!type_add_getsets(ts, t, GEN_GETSETS)) return;
}
#pragma GCC diagnostic pop

}  // namespace weft
