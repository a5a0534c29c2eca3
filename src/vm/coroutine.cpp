// Coroutine objects (what calling an `async def` returns) and the iterator their __await__()
// returns. A coroutine is a Generator of another type (see generator.hpp): not iterable, driven
// by send()/throw()/close() or by the SEND loop of an `await` in another coroutine.
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"
#include "vm/generator.hpp"

namespace weft {

namespace {

Generator* as_gen(Value v) { return static_cast<Generator*>(v.as_obj()); }

Value coro_repr(ThreadState& ts, Value v) {
  return str_format_c(ts, "<coroutine object %U at %p>", as_gen(v)->qualname,
                      static_cast<void*>(v.as_obj()));
}

Value get_none(ThreadState& ts, Value) { return ts.vm->none; }

// ---- coroutine_wrapper: coro.__await__() -------------------------------------------------------

struct CoroWrapper : Object {
  Value coro;
};

Value wrapped(Value self) { return static_cast<CoroWrapper*>(self.as_obj())->coro; }

void wrapper_trace(Object* o, Tracer& t) { t.visit(static_cast<CoroWrapper*>(o)->coro); }

Value wrapper_iter(ThreadState&, Value self) { return self; }

// As a generator's __next__: the return value travels in StopIteration.
Value wrapper_iternext(ThreadState& ts, Value self) {
  Value out;
  switch (generator_send(ts, as_gen(wrapped(self)), ts.vm->none, false, &out)) {
    case SendResult::Yielded: return out;
    case SendResult::Returned: return out == ts.vm->none ? Value() : raise_stop_iteration(ts, out);
    case SendResult::Error: break;
  }
  return Value::error();
}

Value wrapper_send(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return generator_send_method(ts, wrapped(self), args, nargs, kw);
}
Value wrapper_throw(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return generator_throw_method(ts, wrapped(self), args, nargs, kw);
}
Value wrapper_close(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return generator_close_method(ts, wrapped(self), args, nargs, kw);
}

const MethodDef WRAPPER_METHODS[] = {
    {"send", wrapper_send, 0, nullptr},
    {"throw", wrapper_throw, 0, nullptr},
    {"close", wrapper_close, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// A slot wrapper in CPython, hence its message.
Value coro_await(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  size_t n = nargs + (kw ? kw->size : 0);
  if (n) return raise(ts, ts.vm->types.TypeError, "expected 0 arguments, got %zu", n);
  auto w = gc_new<CoroWrapper>(ts, ts.vm->types.coroutine_wrapper);
  if (!w) return Value::error();
  w->coro = self;
  return Value::from_obj(w);
}

const MethodDef CORO_METHODS[] = {
    {"send", generator_send_method, 0, nullptr},
    {"throw", generator_throw_method, 0, nullptr},
    {"close", generator_close_method, 0, nullptr},
    {"__await__", coro_await, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef CORO_GETSETS[] = {
    {"__name__", generator_get_name, nullptr},
    {"__qualname__", generator_get_qualname, nullptr},
    {"cr_running", generator_get_running, nullptr},
    {"cr_suspended", generator_get_suspended, nullptr},
    {"cr_await", generator_get_delegate, nullptr},
    {"cr_code", generator_get_code, nullptr},
    {"cr_frame", get_none, nullptr},
    {"cr_origin", get_none, nullptr},
    {nullptr, nullptr, nullptr},
};

}  // namespace

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
void coroutine_init_types(ThreadState& ts) {
  Types& types = ts.vm->types;
  Type* t = type_new_builtin(ts, "coroutine", types.object, TypeKind::Generator,
                             offsetof(Generator, frame), 0);
  if (!t) return;
  t->trace = generator_trace;
  t->repr = coro_repr;
  if (!type_add_methods(ts, t, CORO_METHODS) || !type_add_getsets(ts, t, CORO_GETSETS)) return;
  types.coroutine = t;
  Type* w = type_new_builtin(ts, "coroutine_wrapper", types.object, TypeKind::Iterator,
                             sizeof(CoroWrapper), 0);
  if (!w) return;
  w->trace = wrapper_trace;
  w->iter = wrapper_iter;
  w->iternext = wrapper_iternext;
  if (!type_add_methods(ts, w, WRAPPER_METHODS)) return;
  types.coroutine_wrapper = w;
}
#pragma GCC diagnostic pop

}  // namespace weft
