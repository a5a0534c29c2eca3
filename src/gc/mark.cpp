// Marking: mark bits in the pages' side bitmaps, an explicit bounded mark stack, and the recovery
// from its overflow by rescanning marked objects (so no object is ever traced by recursion).
#include <cassert>

#include "gc/heap_impl.hpp"

namespace weft {

namespace {

// Every object holds its type (a heap object for classes and built-ins alike); the type's own
// trace function visits the rest.
void trace_object(Object* o, Tracer& t) {
  Type* type = o->type;
  if (!type) return;  // a Type being bootstrapped before its metatype exists
  t.visit(type);
  if (type->trace) type->trace(o, t);
}

void drain_stack(HeapImpl& h, Tracer& t) {
  while (h.mark_top) trace_object(h.mark_stack[--h.mark_top], t);
}

void rescan_page(HeapImpl& h, Page& p, Tracer& t) {
  for (size_t w = 0; w < GC_BITMAP_WORDS; w++) {
    for (uintptr_t bits = p.mark[w]; bits; bits &= bits - 1) {
      size_t i = w * GC_WORD_BITS + size_t(__builtin_ctzll(uint64_t(bits)));
      trace_object(reinterpret_cast<Object*>(p.cell(i)), t);
      drain_stack(h, t);
    }
  }
}

// Traces every marked object once more. Objects whose push was dropped on overflow are marked,
// so this reaches their children; anything it marks anew is traced through the stack (and if the
// stack overflows again, the caller repeats the pass).
void rescan_marked(HeapImpl& h, Tracer& t) {
  for (size_t a = 0; a < h.arenas.count; a++) {
    const Arena& arena = h.arenas.items[a];
    if (arena.huge) {
      auto* c = reinterpret_cast<ChunkHead*>(arena.base);
      if (c->huge_marked) trace_object(reinterpret_cast<Object*>(c->huge_object()), t);
      drain_stack(h, t);
      continue;
    }
    for (size_t i = 0; i < arena_chunks(arena); i++) {
      for (Page& p : arena_chunk(arena, i)->pages) {
        if (p.kind == PageKind::Small || p.kind == PageKind::LargeHead) rescan_page(h, p, t);
      }
    }
  }
}

}  // namespace

void mark_object(HeapImpl& h, const Object* o) {
  uintptr_t addr = reinterpret_cast<uintptr_t>(o);
  Chunk* c = chunk_of(addr);
  assert(c->magic == GC_CHUNK_MAGIC && "a traced pointer is not a heap object");
  if (c->huge) {
    if (c->huge_marked) return;
    c->huge_marked = true;
  } else {
    Page* p = page_of(c, addr);
    size_t i = p->cell_index(addr);
    assert(p->kind == PageKind::Small || p->kind == PageKind::LargeHead);
    assert(bit_test(p->alloc, i) && "a traced pointer refers to a free cell");
    if (bit_test(p->mark, i)) return;
    bit_set(p->mark, i);
  }
  if (h.mark_top < h.mark_capacity) h.mark_stack[h.mark_top++] = const_cast<Object*>(o);
  else h.mark_overflow = true;
}

bool gc_is_marked(const Object* o) {
  if (o->flags & OBJ_STATIC) return true;
  uintptr_t addr = reinterpret_cast<uintptr_t>(o);
  Chunk* c = chunk_of(addr);
  if (c->huge) return c->huge_marked;
  Page* p = page_of(c, addr);
  return bit_test(p->mark, p->cell_index(addr));
}

void mark_drain(HeapImpl& h, Tracer& t) {
  drain_stack(h, t);
  while (h.mark_overflow) {
    h.mark_overflow = false;
    rescan_marked(h, t);
  }
}

void Tracer::visit_object(const Object* o) {
  if (o->flags & OBJ_STATIC) return;  // None, True, ...: inside the Vm, not on the heap
  mark_object(*heap->impl, o);
}

}  // namespace weft
