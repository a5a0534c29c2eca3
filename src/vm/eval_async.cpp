// The instructions of async/await that need more than a few lines (see eval_support.hpp), with
// CPython's checks and messages: what `await` accepts (_PyCoro_GetAwaitableIter), and the
// __aiter__/__anext__ protocol of `async for`.
#include "object/code.hpp"
#include "object/error.hpp"
#include "object/exception.hpp"
#include "object/protocol.hpp"
#include "object/type.hpp"
#include "vm/eval_support.hpp"
#include "vm/generator.hpp"

namespace weft {

namespace {

// A coroutine, or a generator decorated as one (CO_ITERABLE_COROUTINE), is awaited directly.
bool is_awaitable_generator(ThreadState& ts, Value v) {
  if (is_coroutine(ts, v)) return true;
  return is_generator(ts, v) &&
         (static_cast<Generator*>(v.as_obj())->frame.code->flags & CO_ITERABLE_COROUTINE);
}

bool is_iterator(ThreadState& ts, Value v) { return type_of(ts, v)->iternext != nullptr; }

// obj.__await__(), which must be an iterator; error() with nothing pending when there is none.
Value call_await(ThreadState& ts, Value obj) {
  Value r = call_special(ts, obj, ts.vm->names.__await__, nullptr, 0);
  if (r.is_error()) return r;
  if (is_awaitable_generator(ts, r))
    return raise(ts, ts.vm->types.TypeError, "__await__() returned a coroutine");
  if (!is_iterator(ts, r))
    return raise(ts, ts.vm->types.TypeError, "__await__() returned non-iterator of type '%s'",
                 type_name(ts, r));
  return r;
}

Value awaitable_iter(ThreadState& ts, Value obj, int where) {
  if (is_awaitable_generator(ts, obj)) return obj;
  Value r = call_await(ts, obj);
  if (!r.is_error() || ts.has_pending()) return r;
  const char* type = type_name(ts, obj);
  if (where == 1)
    return raise(ts, ts.vm->types.TypeError,
                 "'async with' received an object from __aenter__ that does not implement "
                 "__await__: %s", type);
  if (where == 2)
    return raise(ts, ts.vm->types.TypeError,
                 "'async with' received an object from __aexit__ that does not implement "
                 "__await__: %s", type);
  return raise(ts, ts.vm->types.TypeError, "object %s can't be used in 'await' expression", type);
}

}  // namespace

Value get_awaitable(ThreadState& ts, Value obj, int where) {
  WEFT_TRY(it, awaitable_iter(ts, obj, where));
  if (is_coroutine(ts, it) && !generator_delegate(static_cast<Generator*>(it.as_obj())).is_error())
    return raise(ts, ts.vm->types.RuntimeError, "coroutine is being awaited already");
  return it;
}

Value get_aiter(ThreadState& ts, Value obj) {
  Value it = call_special(ts, obj, ts.vm->names.__aiter__, nullptr, 0);
  if (it.is_error()) {
    if (ts.has_pending()) return it;
    return raise(ts, ts.vm->types.TypeError,
                 "'async for' requires an object with __aiter__ method, got %s",
                 type_name(ts, obj));
  }
  Value anext = type_lookup(ts, type_of(ts, it), ts.vm->names.__anext__);
  if (anext.is_error())
    return raise(ts, ts.vm->types.TypeError,
                 "'async for' received an object from __aiter__ that does not implement "
                 "__anext__: %s", type_name(ts, it));
  return it;
}

Value get_anext(ThreadState& ts, Value aiter) {
  Value next = call_special(ts, aiter, ts.vm->names.__anext__, nullptr, 0);
  if (next.is_error()) {
    if (ts.has_pending()) return next;
    return raise(ts, ts.vm->types.TypeError,
                 "'async for' requires an iterator with __anext__ method, got %s",
                 type_name(ts, aiter));
  }
  Value it = awaitable_iter(ts, next, 0);
  if (!it.is_error()) return it;
  // The new error names __anext__'s result and keeps the original as its cause.
  Value cause = take_pending(ts);
  raise(ts, ts.vm->types.TypeError, "'async for' received an invalid object from __anext__: %s",
        type_name(ts, next));
  BaseException* e = as_exception(ts.pending);
  e->cause = cause;
  e->context = cause;
  e->suppress_context = true;
  return Value::error();
}

}  // namespace weft
