// Generator objects: a function frame that outlives its call. The frame lives inside the
// generator (on the GC heap) and is linked into the thread's frame chain only while running.
#pragma once

#include "object/runtime.hpp"
#include "vm/frame.hpp"

namespace weft {

enum : uint8_t { GEN_CREATED = 0, GEN_SUSPENDED = 1, GEN_RUNNING = 2, GEN_CLOSED = 3 };

struct Generator : Object {
  Str* name;
  Str* qualname;
  Value exc_state;  // the exception the generator was handling when it yielded, or error()
  uint8_t state;    // GEN_*
  Frame frame;      // variable size: frame_words(code) words from here on
};

enum class SendResult { Yielded, Returned, Error };

// Creates the generator for a call of a generator function; `args` are bound into its frame.
[[nodiscard]] Value generator_new(ThreadState& ts, Function* fn, const Value* args, size_t nargs,
                                  Tuple* kwnames);
// Resumes the generator with `value` (or, with throw_in, with ts.pending raised at the yield).
// *out is the yielded or returned value.
SendResult generator_send(ThreadState& ts, Generator* gen, Value value, bool throw_in, Value* out);
bool is_generator(ThreadState& ts, Value v);

void generator_init_type(ThreadState& ts);

}  // namespace weft
