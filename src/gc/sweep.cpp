// Sweeping: after marking, a cell is live exactly when its mark bit is set, so each page's
// allocation bitmap becomes alloc & mark, word by word, without touching the cells themselves.
// Free lists are not rebuilt here: a page's free cells become a free list when a thread next
// takes the page (page_claim_free_cells).
//
// The sweep is eager (the whole heap, during the stop). Sweeping lazily, page by page on
// allocation as DESIGN.md allows, would shorten the pause; it needs a per-page "swept" epoch so
// that the allocator and the conservative scan never trust a stale alloc bitmap.
#include <cassert>

#include "gc/heap_impl.hpp"

namespace weft {

namespace {

void push_partial(HeapImpl& h, Page* p) {
  p->listed = true;
  p->next = h.partial[p->size_class];
  h.partial[p->size_class] = p;
}

// Returns the page's live bytes.
size_t sweep_small(HeapImpl& h, Chunk* c, Page* p) {
  assert(!p->owned && "allocation caches are flushed before a collection");
  for (size_t w = 0; w < GC_BITMAP_WORDS; w++) {
    p->alloc[w] &= p->mark[w];
    p->mark[w] = 0;
  }
  size_t live = page_live_cells(p);
  if (live == 0) {
    page_release(c, p);
    return 0;
  }
  if (live < p->ncells) push_partial(h, p);
  return live * p->cell_size;
}

size_t sweep_large(Chunk* c, Page* p) {
  if (!bit_test(p->mark, 0)) {
    page_release(c, p);
    return 0;
  }
  bit_clear(p->mark, 0);
  return size_t(p->ncells) * GC_PAGE_SIZE;
}

size_t sweep_chunk(HeapImpl& h, Chunk* c) {
  size_t live = 0;
  for (Page& p : c->pages) {
    p.listed = false;
    p.next = nullptr;
    if (p.kind == PageKind::Small) live += sweep_small(h, c, &p);
    else if (p.kind == PageKind::LargeHead) live += sweep_large(c, &p);
  }
  return live;
}

// Empty arenas go back to the port only beyond what the program will allocate before the next
// collection (as much again as is live): otherwise a program would unmap and map the same
// memory at every collection. Never beyond the heap limit, though.
void release_empty_arenas(HeapImpl& h) {
  size_t budget = h.live_bytes > h.trigger_floor ? h.live_bytes : h.trigger_floor;
  size_t target = h.live_bytes + budget + h.arena_bytes;
  size_t limit = h.vm->heap.limit_bytes;
  if (limit && target > limit) target = limit;
  for (size_t a = h.arenas.count; a-- > 0 && h.heap_bytes > target;) {
    const Arena& arena = h.arenas.items[a];
    if (!arena.huge && arena_is_empty(arena)) arena_release(h, a);
  }
}

}  // namespace

void sweep_heap(HeapImpl& h) {
  for (Page*& list : h.partial) list = nullptr;
  size_t live = 0;
  // Backwards, so that releasing arena `a` only moves entries already swept.
  for (size_t a = h.arenas.count; a-- > 0;) {
    const Arena arena = h.arenas.items[a];
    if (!arena.huge) {
      for (size_t i = 0; i < arena_chunks(arena); i++) live += sweep_chunk(h, arena_chunk(arena, i));
      continue;
    }
    auto* c = reinterpret_cast<ChunkHead*>(arena.base);
    if (!c->huge_marked) {
      arena_release(h, a);
      continue;
    }
    c->huge_marked = false;
    live += arena.size;
  }
  h.live_bytes = live;
  release_empty_arenas(h);
}

}  // namespace weft
