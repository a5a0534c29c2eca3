// Asynchronous generators (an `async def` with `yield`), as CPython's Objects/genobject.c: the
// generator itself, and the awaitables its __anext__()/asend() and athrow()/aclose() return.
// A value the body yields is wrapped (ASYNC_GEN_WRAP) so that the awaitable can tell it from what
// an `await` inside the body passes through to the event loop: the first ends the awaitable with
// StopIteration(value), the second is handed on unchanged.
#include "object/args.hpp"
#include "object/error.hpp"
#include "object/exception.hpp"
#include "object/function.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"
#include "vm/generator.hpp"

namespace weft {

namespace {

enum : uint8_t { AWAITABLE_INIT = 0, AWAITABLE_ITER = 1, AWAITABLE_CLOSED = 2 };

struct Wrapped : Object {
  Value value;
};

// __anext__() / asend(value)
struct ASend : Object {
  Value gen;
  Value sendval;
  uint8_t state;
};

// athrow(...) / aclose(): `args` is the throw arguments tuple, or error() for aclose.
struct AThrow : Object {
  Value gen;
  Value args;
  uint8_t state;
};

Generator* as_gen(Value v) { return static_cast<Generator*>(v.as_obj()); }
ASend* as_asend(Value v) { return static_cast<ASend*>(v.as_obj()); }
AThrow* as_athrow(Value v) { return static_cast<AThrow*>(v.as_obj()); }

bool is_wrapped(ThreadState& ts, Value v) {
  return v.is_obj() && v.as_obj()->type == ts.vm->types.async_gen_wrapped_value;
}

void clear_running(Generator* g) { g->async_flags &= uint8_t(~AG_RUNNING_ASYNC); }

Value raise_stop_async(ThreadState& ts) {
  return raise_value(ts, Value::from_obj(ts.vm->types.StopAsyncIteration));
}

// What one step of the generator means to the awaitable driving it (async_gen_unwrap_value): a
// wrapped value ends the step with StopIteration(value), the end of the generator is
// StopAsyncIteration, anything else passes through.
Value unwrap(ThreadState& ts, Generator* g, SendResult r, Value out) {
  if (r != SendResult::Yielded) {
    if (r == SendResult::Returned) raise_stop_async(ts);
    if (pending_matches(ts, ts.vm->types.StopAsyncIteration) ||
        pending_matches(ts, ts.vm->types.GeneratorExit))
      g->async_flags |= AG_CLOSED;
    clear_running(g);
    return Value::error();
  }
  if (is_wrapped(ts, out)) {
    clear_running(g);
    return raise_stop_iteration(ts, static_cast<Wrapped*>(out.as_obj())->value);
  }
  return out;
}

// Shared by both awaitables' close(): throw GeneratorExit in and expect it (or the end) back.
Value close_by_throw(ThreadState& ts, Value self, NativeFn throw_fn) {
  Value exit = Value::from_obj(ts.vm->types.GeneratorExit);
  Value r = throw_fn(ts, self, &exit, 1, nullptr);
  if (!r.is_error())
    return raise(ts, ts.vm->types.RuntimeError, "coroutine ignored GeneratorExit");
  if (pending_matches(ts, ts.vm->types.StopIteration) ||
      pending_matches(ts, ts.vm->types.StopAsyncIteration) ||
      pending_matches(ts, ts.vm->types.GeneratorExit)) {
    take_pending(ts);
    return ts.vm->none;
  }
  return r;
}

Value self_iter(ThreadState&, Value self) { return self; }
// __aiter__ and __await__: slot wrappers in CPython, hence their message.
Value self_method(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  size_t n = nargs + (kw ? kw->size : 0);
  if (n) return raise(ts, ts.vm->types.TypeError, "expected 0 arguments, got %zu", n);
  return self;
}

// ---- asend -------------------------------------------------------------------------------------

Value asend_send_value(ThreadState& ts, Value self, Value arg) {
  ASend* o = as_asend(self);
  Generator* g = as_gen(o->gen);
  if (o->state == AWAITABLE_CLOSED)
    return raise(ts, ts.vm->types.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  if (o->state == AWAITABLE_INIT) {
    if (g->async_flags & AG_RUNNING_ASYNC) {
      o->state = AWAITABLE_CLOSED;
      return raise(ts, ts.vm->types.RuntimeError,
                   "anext(): asynchronous generator is already running");
    }
    if (arg == ts.vm->none) arg = o->sendval;
    o->state = AWAITABLE_ITER;
  }
  g->async_flags |= AG_RUNNING_ASYNC;
  Value out;
  SendResult r = generator_send(ts, g, arg, false, &out);
  Value result = unwrap(ts, g, r, out);
  if (result.is_error()) o->state = AWAITABLE_CLOSED;
  return result;
}

Value asend_iternext(ThreadState& ts, Value self) {
  return asend_send_value(ts, self, ts.vm->none);
}

Value asend_send(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "send", nargs, kw, 1, 1)) return Value::error();
  return asend_send_value(ts, self, args[0]);
}

Value asend_throw(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple*) {
  ASend* o = as_asend(self);
  Generator* g = as_gen(o->gen);
  if (nargs < 1 || nargs > 3)
    return raise(ts, ts.vm->types.TypeError, "throw expected at least 1 argument, got %zu", nargs);
  if (o->state == AWAITABLE_CLOSED)
    return raise(ts, ts.vm->types.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  if (o->state == AWAITABLE_INIT) {
    if (g->async_flags & AG_RUNNING_ASYNC) {
      o->state = AWAITABLE_CLOSED;
      return raise(ts, ts.vm->types.RuntimeError,
                   "anext(): asynchronous generator is already running");
    }
    o->state = AWAITABLE_ITER;
    g->async_flags |= AG_RUNNING_ASYNC;
  }
  WEFT_TRY(exc, throw_argument(ts, args, nargs));
  Value out;
  SendResult r = generator_throw(ts, g, exc, true, &out);
  Value result = unwrap(ts, g, r, out);
  if (result.is_error()) {
    clear_running(g);
    o->state = AWAITABLE_CLOSED;
  }
  return result;
}

Value asend_close(ThreadState& ts, Value self, const Value*, size_t, Tuple*) {
  if (as_asend(self)->state == AWAITABLE_CLOSED) return ts.vm->none;
  return close_by_throw(ts, self, asend_throw);
}

void asend_trace(Object* o, Tracer& t) {
  t.visit(static_cast<ASend*>(o)->gen);
  t.visit(static_cast<ASend*>(o)->sendval);
}

const MethodDef ASEND_METHODS[] = {
    {"send", asend_send, 0, nullptr},
    {"throw", asend_throw, 0, nullptr},
    {"close", asend_close, 0, nullptr},
    {"__await__", self_method, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- athrow and aclose -------------------------------------------------------------------------

// The end of an aclose(): GeneratorExit or StopAsyncIteration mean it is done (StopIteration).
Value athrow_failed(ThreadState& ts, AThrow* o) {
  clear_running(as_gen(o->gen));
  o->state = AWAITABLE_CLOSED;
  if (o->args.is_error() && (pending_matches(ts, ts.vm->types.StopAsyncIteration) ||
                             pending_matches(ts, ts.vm->types.GeneratorExit))) {
    take_pending(ts);
    return raise_value(ts, Value::from_obj(ts.vm->types.StopIteration));
  }
  return Value::error();
}

Value athrow_ignored_exit(ThreadState& ts, AThrow* o) {
  clear_running(as_gen(o->gen));
  o->state = AWAITABLE_CLOSED;
  return raise(ts, ts.vm->types.RuntimeError, "async generator ignored GeneratorExit");
}

// One step after the first: athrow unwraps like asend; aclose refuses a yielded value.
Value athrow_step(ThreadState& ts, AThrow* o, SendResult r, Value out) {
  Generator* g = as_gen(o->gen);
  if (!o->args.is_error()) {
    Value result = unwrap(ts, g, r, out);
    if (result.is_error()) {
      clear_running(g);
      o->state = AWAITABLE_CLOSED;
    }
    return result;
  }
  if (r == SendResult::Yielded) return is_wrapped(ts, out) ? athrow_ignored_exit(ts, o) : out;
  if (r == SendResult::Returned) raise_stop_async(ts);
  return athrow_failed(ts, o);
}

// The first step: throw the exception (GeneratorExit for aclose) into the generator.
Value athrow_start(ThreadState& ts, AThrow* o) {
  Generator* g = as_gen(o->gen);
  o->state = AWAITABLE_ITER;
  g->async_flags |= AG_RUNNING_ASYNC;
  Value exc;
  if (o->args.is_error()) {
    g->async_flags |= AG_CLOSED;
    exc = exception_new(ts, ts.vm->types.GeneratorExit, nullptr, 0);
  } else {
    exc = throw_argument(ts, as_tuple(o->args)->items, as_tuple(o->args)->size);
  }
  if (exc.is_error()) return athrow_failed(ts, o);
  Value out;
  SendResult r = generator_throw(ts, g, exc, false, &out);
  return athrow_step(ts, o, r, out);
}

const char* athrow_name(AThrow* o) { return o->args.is_error() ? "aclose" : "athrow"; }

Value athrow_send_value(ThreadState& ts, Value self, Value arg) {
  AThrow* o = as_athrow(self);
  Generator* g = as_gen(o->gen);
  if (o->state == AWAITABLE_CLOSED)
    return raise(ts, ts.vm->types.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  if (g->state == GEN_CLOSED) {
    o->state = AWAITABLE_CLOSED;
    return raise_value(ts, Value::from_obj(ts.vm->types.StopIteration));
  }
  if (o->state == AWAITABLE_INIT) {
    if (g->async_flags & AG_RUNNING_ASYNC) {
      o->state = AWAITABLE_CLOSED;
      return raise(ts, ts.vm->types.RuntimeError, "%s(): asynchronous generator is already running",
                   athrow_name(o));
    }
    if (g->async_flags & AG_CLOSED) {
      o->state = AWAITABLE_CLOSED;
      return raise_stop_async(ts);
    }
    if (arg != ts.vm->none)
      return raise(ts, ts.vm->types.RuntimeError,
                   "can't send non-None value to a just-started coroutine");
    return athrow_start(ts, o);
  }
  Value out;
  SendResult r = generator_send(ts, g, arg, false, &out);
  return athrow_step(ts, o, r, out);
}

Value athrow_iternext(ThreadState& ts, Value self) {
  return athrow_send_value(ts, self, ts.vm->none);
}

Value athrow_send(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "send", nargs, kw, 1, 1)) return Value::error();
  return athrow_send_value(ts, self, args[0]);
}

Value athrow_throw(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple*) {
  AThrow* o = as_athrow(self);
  Generator* g = as_gen(o->gen);
  if (nargs < 1 || nargs > 3)
    return raise(ts, ts.vm->types.TypeError, "throw expected at least 1 argument, got %zu", nargs);
  if (o->state == AWAITABLE_CLOSED)
    return raise(ts, ts.vm->types.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  if (o->state == AWAITABLE_INIT) {
    if (g->async_flags & AG_RUNNING_ASYNC) {
      o->state = AWAITABLE_CLOSED;
      return raise(ts, ts.vm->types.RuntimeError, "%s(): asynchronous generator is already running",
                   athrow_name(o));
    }
    o->state = AWAITABLE_ITER;
    g->async_flags |= AG_RUNNING_ASYNC;
  }
  WEFT_TRY(exc, throw_argument(ts, args, nargs));
  Value out;
  SendResult r = generator_throw(ts, g, exc, true, &out);
  return athrow_step(ts, o, r, out);
}

Value athrow_close(ThreadState& ts, Value self, const Value*, size_t, Tuple*) {
  if (as_athrow(self)->state == AWAITABLE_CLOSED) return ts.vm->none;
  return close_by_throw(ts, self, athrow_throw);
}

void athrow_trace(Object* o, Tracer& t) {
  t.visit(static_cast<AThrow*>(o)->gen);
  t.visit(static_cast<AThrow*>(o)->args);
}

const MethodDef ATHROW_METHODS[] = {
    {"send", athrow_send, 0, nullptr},
    {"throw", athrow_throw, 0, nullptr},
    {"close", athrow_close, 0, nullptr},
    {"__await__", self_method, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- the async generator -----------------------------------------------------------------------

Value new_asend(ThreadState& ts, Value gen, Value sendval) {
  auto o = gc_new<ASend>(ts, ts.vm->types.async_gen_asend);
  if (!o) return Value::error();
  o->gen = gen;
  o->sendval = sendval;
  o->state = AWAITABLE_INIT;
  return Value::from_obj(o);
}

Value new_athrow(ThreadState& ts, Value gen, Value args) {
  auto o = gc_new<AThrow>(ts, ts.vm->types.async_gen_athrow);
  if (!o) return Value::error();
  o->gen = gen;
  o->args = args;
  o->state = AWAITABLE_INIT;
  return Value::from_obj(o);
}

Value agen_anext(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "__anext__", nargs, kw, 0, 0)) return Value::error();
  return new_asend(ts, self, ts.vm->none);
}

Value agen_asend(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "asend", nargs, kw, 1, 1)) return Value::error();
  return new_asend(ts, self, args[0]);
}

Value agen_athrow(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "athrow", nargs, kw, 1, 3)) return Value::error();
  WEFT_TRY(t, tuple_new(ts, args, nargs));
  return new_athrow(ts, self, t);
}

Value agen_aclose(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "aclose", nargs, kw, 0, 0)) return Value::error();
  return new_athrow(ts, self, Value::error());
}

Value agen_repr(ThreadState& ts, Value v) {
  return str_format_c(ts, "<async_generator object %U at %p>", as_gen(v)->qualname,
                      static_cast<void*>(v.as_obj()));
}

Value get_running(ThreadState& ts, Value self) {
  return boolean(ts, (as_gen(self)->async_flags & AG_RUNNING_ASYNC) != 0);
}
Value get_none(ThreadState& ts, Value) { return ts.vm->none; }

const MethodDef AGEN_METHODS[] = {
    {"__aiter__", self_method, 0, nullptr},
    {"__anext__", agen_anext, 0, nullptr},
    {"asend", agen_asend, 0, nullptr},
    {"athrow", agen_athrow, 0, nullptr},
    {"aclose", agen_aclose, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef AGEN_GETSETS[] = {
    {"__name__", generator_get_name, nullptr},
    {"__qualname__", generator_get_qualname, nullptr},
    {"ag_running", get_running, nullptr},
    {"ag_suspended", generator_get_suspended, nullptr},
    {"ag_await", generator_get_delegate, nullptr},
    {"ag_code", generator_get_code, nullptr},
    {"ag_frame", get_none, nullptr},
    {nullptr, nullptr, nullptr},
};

void wrapped_trace(Object* o, Tracer& t) { t.visit(static_cast<Wrapped*>(o)->value); }

Type* awaitable_type(ThreadState& ts, const char* name, size_t size, TraceFn trace,
                     UnaryFn iternext, const MethodDef* methods) {
  Type* t = type_new_builtin(ts, name, ts.vm->types.object, TypeKind::Iterator, size, 0);
  if (!t) return nullptr;
  t->trace = trace;
  t->iter = self_iter;
  t->iternext = iternext;
  return type_add_methods(ts, t, methods) ? t : nullptr;
}

}  // namespace

Value async_gen_wrap(ThreadState& ts, Value v) {
  auto w = gc_new<Wrapped>(ts, ts.vm->types.async_gen_wrapped_value);
  if (!w) return Value::error();
  w->value = v;
  return Value::from_obj(w);
}

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
void async_gen_init_types(ThreadState& ts) {
  Types& types = ts.vm->types;
  Type* t = type_new_builtin(ts, "async_generator", types.object, TypeKind::Generator,
                             offsetof(Generator, frame), 0);
  if (!t) return;
  t->trace = generator_trace;
  t->repr = agen_repr;
  if (!type_add_methods(ts, t, AGEN_METHODS) || !type_add_getsets(ts, t, AGEN_GETSETS)) return;
  types.async_generator = t;
  types.async_gen_asend = awaitable_type(ts, "async_generator_asend", sizeof(ASend), asend_trace,
                                         asend_iternext, ASEND_METHODS);
  types.async_gen_athrow = awaitable_type(ts, "async_generator_athrow", sizeof(AThrow),
                                          athrow_trace, athrow_iternext, ATHROW_METHODS);
  Type* w = type_new_builtin(ts, "async_generator_wrapped_value", types.object, TypeKind::Other,
                             sizeof(Wrapped), 0);
  if (!w) return;
  w->trace = wrapped_trace;
  types.async_gen_wrapped_value = w;
}
#pragma GCC diagnostic pop

}  // namespace weft
