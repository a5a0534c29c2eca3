// The per-thread frame stack and frame tracing for the GC.
//
// Frames are carved from chunks obtained with port::arena_alloc (not GC cells: the GC finds them
// through ThreadState::frame and frames_trace). A chunk emptied by returns is kept as a spare so a
// call depth oscillating across a chunk boundary does not allocate every time.
#include "vm/frame.hpp"

#include <cstring>

#include "object/bytes.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "vm/function.hpp"
#include "vm/roots.hpp"

namespace weft {
namespace {

constexpr size_t FRAME_CHUNK_BYTES = 16 * 1024;

struct FrameChunk {
  FrameChunk* prev;
  FrameChunk* next;    // a spare chunk above this one, or nullptr
  Value* saved_top;    // the previous chunk's frame_top when this chunk was entered
  size_t bytes;        // size of this allocation
  Value* data() { return reinterpret_cast<Value*>(this + 1); }
  Value* limit() { return reinterpret_cast<Value*>(reinterpret_cast<char*>(this) + bytes); }
};
static_assert(sizeof(FrameChunk) % sizeof(Value) == 0);

FrameChunk* current_chunk(ThreadState& ts) { return static_cast<FrameChunk*>(ts.frame_chunk); }

bool chunk_push(ThreadState& ts, size_t words) {
  size_t need = sizeof(FrameChunk) + words * sizeof(Value);
  FrameChunk* cur = current_chunk(ts);
  FrameChunk* c = cur ? cur->next : nullptr;
  if (c && c->bytes < need) {
    port::arena_free(c, c->bytes);
    c = nullptr;
  }
  if (!c) {
    size_t bytes = need <= FRAME_CHUNK_BYTES ? FRAME_CHUNK_BYTES : (need + 4095) & ~size_t(4095);
    c = static_cast<FrameChunk*>(port::arena_alloc(bytes, 16));
    if (!c) {
      raise_no_memory(ts);
      return false;
    }
    // Value-stack slots are traced conservatively, so fresh memory must hold no stray bits.
    std::memset(static_cast<void*>(c), 0, bytes);
    c->bytes = bytes;
    c->next = nullptr;
  }
  c->prev = cur;
  c->saved_top = ts.frame_top;
  if (cur) cur->next = c;
  ts.frame_chunk = c;
  ts.frame_top = c->data();
  ts.frame_limit = c->limit();
  return true;
}

}  // namespace

void frame_trace(Frame* f, Tracer& t) {
  Code* c = f->code;
  t.visit(c);
  t.visit(f->func);
  t.visit(f->globals);
  t.visit(f->builtins);
  t.visit(f->locals);
  size_t fixed = size_t(c->nlocals + c->ncells + c->nfree);
  t.visit_range(f->localsplus, fixed);
  // The interpreter keeps the stack pointer in a register, so the value stack is scanned whole
  // and conservatively: slots above the live top may hold stale words.
  for (size_t i = 0; i < size_t(c->stacksize); i++)
    t.visit_conservative(f->localsplus[fixed + i].bits());
}

size_t frame_words(const Code* c) {
  size_t header = (offsetof(Frame, localsplus) + sizeof(Value) - 1) / sizeof(Value);
  return header + size_t(c->nlocals + c->ncells + c->nfree + c->stacksize);
}

void frame_init(Frame* f, Code* code, Function* func, Dict* globals, Dict* builtins, Dict* locals,
                uint8_t owner) {
  f->previous = nullptr;
  f->code = code;
  f->func = func;
  f->globals = globals;
  f->builtins = builtins;
  f->locals = locals;
  f->ip = code_units(code);
  f->owner = owner;
  f->is_entry = false;
  f->yielded = false;
  size_t fixed = size_t(code->nlocals + code->ncells + code->nfree);
  // The value stack is cleared too: it is scanned whole (see frame_trace), and words left by an
  // earlier frame at this address would keep dead objects alive (and weak references set).
  size_t words = fixed + size_t(code->stacksize);
  for (size_t i = 0; i < words; i++) f->localsplus[i] = Value();
  f->sp = f->localsplus + fixed;
}

Frame* frame_push(ThreadState& ts, Code* code, Function* func, Dict* globals, Dict* builtins,
                  Dict* locals) {
  size_t words = frame_words(code);
  if (!ts.frame_top || size_t(ts.frame_limit - ts.frame_top) < words) {
    if (!chunk_push(ts, words)) return nullptr;
  }
  auto f = reinterpret_cast<Frame*>(ts.frame_top);
  ts.frame_top += words;
  frame_init(f, code, func, globals, builtins, locals, FRAME_OWNED_BY_THREAD);
  // Linked last: from here on the GC traces it, so every field above must be valid.
  f->previous = ts.frame;
  ts.frame = f;
  return f;
}

void frame_pop(ThreadState& ts, Frame* f) {
  ts.frame = f->previous;
  ts.frame_top = reinterpret_cast<Value*>(f);
  FrameChunk* c = current_chunk(ts);
  if (c && ts.frame_top == c->data() && c->prev) {
    ts.frame_top = c->saved_top;
    ts.frame_chunk = c->prev;
    ts.frame_limit = c->prev->limit();
  }
}

bool frame_init_cells(ThreadState& ts, Frame* f) {
  Code* c = f->code;
  if (c->ncells == 0 && c->nfree == 0) return true;
  Value* cells = f->localsplus + c->nlocals;
  auto arg_of = c->cell2arg ? reinterpret_cast<const int16_t*>(c->cell2arg->data) : nullptr;
  for (int i = 0; i < c->ncells; i++) {
    Value init;
    if (arg_of && arg_of[i] >= 0) {
      init = f->localsplus[arg_of[i]];
      f->localsplus[arg_of[i]] = Value();  // the argument now lives only in its cell
    }
    Cell* cell = cell_new(ts, init);
    if (!cell) return false;
    cells[i] = Value::from_obj(cell);
  }
  if (c->nfree > 0) {
    Tuple* closure = f->func ? f->func->closure : nullptr;
    if (!closure || closure->size != size_t(c->nfree)) {
      raise(ts, ts.vm->types.SystemError, "code object %U needs a closure of %d cells", c->name,
            c->nfree);
      return false;
    }
    for (int i = 0; i < c->nfree; i++) cells[c->ncells + i] = closure->items[i];
  }
  return true;
}

void frame_stack_release(ThreadState& ts) {
  FrameChunk* c = current_chunk(ts);
  while (c && c->prev) c = c->prev;
  while (c) {
    FrameChunk* next = c->next;
    port::arena_free(c, c->bytes);
    c = next;
  }
  ts.frame_chunk = nullptr;
  ts.frame_top = nullptr;
  ts.frame_limit = nullptr;
}

int frame_line(const Frame* f) {
  size_t offset = size_t(f->ip - code_units(f->code));
  return code_line_at(f->code, offset ? offset - 1 : 0);
}

bool current_super_args(ThreadState& ts, Value* type, Value* obj) {
  Frame* f = ts.frame;
  Vm& vm = *ts.vm;
  if (!f || !f->func) {
    raise(ts, vm.types.RuntimeError, "super(): no current frame");
    return false;
  }
  Code* c = f->code;
  if (c->argcount == 0 && !(c->flags & CO_VARARGS)) {
    raise(ts, vm.types.RuntimeError, "super(): no arguments");
    return false;
  }
  // The first argument may have moved into a cell (when an inner function captures it).
  Value first = f->localsplus[0];
  auto arg_of = c->cell2arg ? reinterpret_cast<const int16_t*>(c->cell2arg->data) : nullptr;
  for (int i = 0; arg_of && i < c->ncells; i++)
    if (arg_of[i] == 0) first = static_cast<Cell*>(f->localsplus[c->nlocals + i].as_obj())->ref;
  if (c->flags & CO_VARARGS && c->argcount == 0) {
    Value args = f->localsplus[c->kwonlyargcount];
    first = args.is_obj() && as_tuple(args)->size ? as_tuple(args)->items[0] : Value();
  }
  if (first.is_error()) {
    raise(ts, vm.types.RuntimeError, "super(): arg[0] deleted");
    return false;
  }
  for (int i = 0; i < c->nfree; i++) {
    int slot = c->nlocals + c->ncells + i;
    if (!str_equal_cstr(as_str(c->localsplusnames->items[slot]), "__class__")) continue;
    Value cls = static_cast<Cell*>(f->localsplus[slot].as_obj())->ref;
    if (cls.is_error()) {
      raise(ts, vm.types.RuntimeError, "super(): empty __class__ cell");
      return false;
    }
    *type = cls;
    *obj = first;
    return true;
  }
  raise(ts, vm.types.RuntimeError, "super(): __class__ cell not found");
  return false;
}

void frames_trace(ThreadState& ts, Tracer& t) {
  for (Frame* f = ts.frame; f; f = f->previous) frame_trace(f, t);
}

}  // namespace weft
