// Frames: the activation record of a running code object. Ordinary calls take their frames from a
// per-thread stack of chunks (LIFO, no GC allocation, no malloc per call); generator frames will
// live inside their generator object on the GC heap and be linked in only while running.
#pragma once

#include "object/code.hpp"
#include "object/runtime.hpp"

namespace weft {

struct Function;

enum : uint8_t {
  FRAME_OWNED_BY_THREAD = 0,     // in the thread's frame chunks; popped when the call returns
  FRAME_OWNED_BY_GENERATOR = 1,  // inside a generator object (next issue)
};

struct Frame {
  Frame* previous;        // the caller (also across C++ re-entries into the interpreter)
  Code* code;
  Function* func;         // nullptr for module code and exec()
  Dict* globals;
  Dict* builtins;
  Dict* locals;           // the LOAD_NAME mapping (module, class body, exec); nullptr in functions
  const uint16_t* ip;     // while suspended in a call: the instruction after the call
  Value* sp;              // while suspended in a call: where the call's result goes
  uint8_t owner;          // FRAME_OWNED_BY_*
  bool is_entry;          // returning from this frame returns from eval_frame
  bool yielded;           // eval_frame returned because of YIELD_VALUE (generators)
  // [locals][cells][free vars][value stack]: code->nlocals + ncells + nfree + stacksize slots.
  Value localsplus[1];

  Value* stack_base() { return localsplus + code->nlocals + code->ncells + code->nfree; }
};

// Number of Value-sized words a frame for `code` occupies.
size_t frame_words(const Code* code);

// Allocates a frame for `code` on the thread's frame stack, zeroes its locals, links it as the
// innermost frame (ts.frame) and returns it. MemoryError when no chunk can be had.
[[nodiscard]] Frame* frame_push(ThreadState& ts, Code* code, Function* func, Dict* globals,
                                Dict* builtins, Dict* locals);
// Initialises a frame in caller-provided storage (a generator's), without linking it.
void frame_init(Frame* f, Code* code, Function* func, Dict* globals, Dict* builtins, Dict* locals,
                uint8_t owner);
// Visits the frame's references (for the owner of frames that are not on a frame stack).
void frame_trace(Frame* f, Tracer& t);
// Unlinks and frees the innermost frame `f` (which must be ts.frame).
void frame_pop(ThreadState& ts, Frame* f);
// Creates the frame's cells (copying arguments captured by inner functions) and copies the
// function's closure into the free-variable slots. Call after the arguments are bound.
[[nodiscard]] bool frame_init_cells(ThreadState& ts, Frame* f);
// Releases the thread's frame chunks (thread exit / VM teardown). No frame may be live.
void frame_stack_release(ThreadState& ts);

// The line the frame is executing (for tracebacks and frame objects).
int frame_line(const Frame* f);

// Zero-argument super(): the __class__ cell's class and the first argument of the running
// function. RuntimeError "super(): no arguments" etc. as CPython.
[[nodiscard]] bool current_super_args(ThreadState& ts, Value* type, Value* obj);

}  // namespace weft
