// Generator objects: a function frame that outlives its call. The frame lives inside the
// generator (on the GC heap) and is linked into the thread's frame chain only while running.
// Coroutines (async def) and asynchronous generators are the same object with another type
// (vm/coroutine.cpp, vm/async_gen.cpp).
#pragma once

#include "object/runtime.hpp"
#include "vm/frame.hpp"

namespace weft {

enum : uint8_t { GEN_CREATED = 0, GEN_SUSPENDED = 1, GEN_RUNNING = 2, GEN_CLOSED = 3 };

// Async generator flags (CPython's ag_running_async and ag_closed).
enum : uint8_t { AG_RUNNING_ASYNC = 1, AG_CLOSED = 2 };

struct Generator : Object {
  Str* name;
  Str* qualname;
  Value exc_state;  // the exception the generator was handling when it yielded, or error()
  uint8_t state;    // GEN_*
  uint8_t async_flags;  // AG_* (async generators only)
  Frame frame;      // variable size: frame_words(code) words from here on
};

enum class SendResult { Yielded, Returned, Error };

// Creates the generator, coroutine or async generator (by the code's flags) for a call of `fn`;
// `args` are bound into its frame.
[[nodiscard]] Value generator_new(ThreadState& ts, Function* fn, const Value* args, size_t nargs,
                                  Tuple* kwnames);
// Resumes the generator with `value` (or, with throw_in, with ts.pending raised at the yield).
// *out is the yielded or returned value.
SendResult generator_send(ThreadState& ts, Generator* gen, Value value, bool throw_in, Value* out);
// gen.throw(exc): a suspended `yield from`/`await` delegate gets the exception first. With
// close_on_exit a GeneratorExit closes the delegate instead (not so for async generators' aclose).
SendResult generator_throw(ThreadState& ts, Generator* gen, Value exc, bool close_on_exit,
                           Value* out);
// gen.close(): None, or error() with the exception pending.
[[nodiscard]] Value generator_close(ThreadState& ts, Generator* gen);
// The iterator a suspended `yield from` / `await` is delegating to, or error() (gi_yieldfrom).
Value generator_delegate(Generator* gen);
// StopIteration(value), or a bare StopIteration for None.
Value raise_stop_iteration(ThreadState& ts, Value value);

bool is_generator(ThreadState& ts, Value v);   // a plain generator
bool is_coroutine(ThreadState& ts, Value v);   // a coroutine made by an async def
// The objects `yield from` and `await` drive directly, without the iterator protocol.
bool is_gen_or_coro(ThreadState& ts, Value v);
// Methods and attributes shared by the three types.
[[nodiscard]] Value generator_send_method(ThreadState& ts, Value self, const Value* args,
                                          size_t nargs, Tuple* kwnames);
[[nodiscard]] Value generator_throw_method(ThreadState& ts, Value self, const Value* args,
                                           size_t nargs, Tuple* kwnames);
[[nodiscard]] Value generator_close_method(ThreadState& ts, Value self, const Value* args,
                                           size_t nargs, Tuple* kwnames);
// The exception a throw() call's arguments describe: throw(type[, value[, tb]]) or throw(exc).
[[nodiscard]] Value throw_argument(ThreadState& ts, const Value* args, size_t nargs);
void generator_trace(Object* o, Tracer& t);
// ASYNC_GEN_WRAP: marks a value an async generator yields (vm/async_gen.cpp).
[[nodiscard]] Value async_gen_wrap(ThreadState& ts, Value v);
Value generator_get_name(ThreadState& ts, Value self);
Value generator_get_qualname(ThreadState& ts, Value self);
Value generator_get_code(ThreadState& ts, Value self);
Value generator_get_running(ThreadState& ts, Value self);
Value generator_get_suspended(ThreadState& ts, Value self);
Value generator_get_delegate(ThreadState& ts, Value self);  // gi_yieldfrom, cr_await, ag_await

void generator_init_type(ThreadState& ts);
void coroutine_init_types(ThreadState& ts);   // vm/coroutine.cpp
void async_gen_init_types(ThreadState& ts);   // vm/async_gen.cpp

}  // namespace weft
