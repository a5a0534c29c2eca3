// Conservative roots: every word on a thread's native stack (and in the collecting thread's
// registers) that points into an allocated cell keeps that cell alive. Interior pointers count,
// since compiled code may keep only a pointer into the middle of an object.
#include <cassert>

#include "gc/heap_impl.hpp"

namespace weft {

namespace {

// The object whose cell contains `addr`, or nullptr when `addr` is not inside an allocated cell.
const Object* cell_containing(HeapImpl& h, uintptr_t addr) {
  if (addr - h.lowest >= h.highest - h.lowest) return nullptr;  // outside every arena
  const Arena* arena = arena_find(h.arenas, addr);
  if (!arena) return nullptr;
  if (arena->huge) {
    auto* c = reinterpret_cast<ChunkHead*>(arena->base);
    uintptr_t o = c->huge_object();
    bool inside = c->huge_allocated && addr >= o && addr - o < c->huge_bytes;
    return inside ? reinterpret_cast<const Object*>(o) : nullptr;
  }
  Chunk* c = chunk_of(addr);
  Page* p = page_of(c, addr);
  if (p->kind == PageKind::LargeTail) p = &c->pages[p->head];
  if (p->kind == PageKind::Free || addr < p->base) return nullptr;
  size_t i = p->cell_index(addr);
  if (p->kind == PageKind::Small) {
    if (i >= p->ncells) return nullptr;  // the slack at the end of the page
  } else if (addr - p->base >= p->cell_size) {
    return nullptr;  // past the end of the large object, in its last page's slack
  }
  if (!bit_test(p->alloc, i)) return nullptr;
  return reinterpret_cast<const Object*>(p->cell(i));
}

struct StackScan {
  Tracer* tracer;
  uintptr_t high;
};

// Reads every word of [low, high). The words are not objects of this program in the sanitizers'
// sense (stale slots, other frames' redzones, another thread's live stack), hence no_sanitize.
__attribute__((no_sanitize("address", "thread"))) void scan_words(Tracer& t, uintptr_t low,
                                                                   uintptr_t high) {
  low = (low + sizeof(uintptr_t) - 1) & ~uintptr_t(sizeof(uintptr_t) - 1);
  for (uintptr_t a = low; a + sizeof(uintptr_t) <= high; a += sizeof(uintptr_t))
    t.visit_conservative(*reinterpret_cast<const uintptr_t*>(a));
}

// Called with the caller's callee-saved registers already on the stack: everything from this
// frame's top up to the top of the stack is scanned.
__attribute__((noinline)) void scan_from_here(StackScan* scan) {
  uintptr_t here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  scan_words(*scan->tracer, here, scan->high);
}

// __builtin_unwind_init makes the compiler save every callee-saved register in this frame, so
// an object pointer held only in a register of some caller is in memory below the callers'
// frames and above scan_from_here's. The empty asm after the call stops it becoming a tail call
// (which would pop this frame before the scan).
__attribute__((noinline)) void scan_with_registers_spilled(StackScan* scan) {
  __builtin_unwind_init();
  scan_from_here(scan);
  asm volatile("" ::: "memory");
}

}  // namespace

void Tracer::visit_conservative(uintptr_t word) {
  HeapImpl& h = *heap->impl;
  const Object* o = cell_containing(h, word);
  if (o) mark_object(h, o);
}

void mark_thread_stacks(Vm& vm, ThreadState& self, Tracer& t) {
  assert(self.stack_high != 0 && "the collecting thread has no registered stack bounds");
  StackScan scan{&t, self.stack_high};
  scan_with_registers_spilled(&scan);
  // Other threads are parked or detached: they stored their stack pointer (with their registers
  // spilled below it) in saved_sp before they stopped touching the heap (gc/safepoint.hpp).
  for (ThreadState* ts = vm.threads; ts; ts = ts->next) {
    if (ts == &self || ts->saved_sp == 0) continue;
    scan_words(t, ts->saved_sp, ts->stack_high);
  }
}

}  // namespace weft
