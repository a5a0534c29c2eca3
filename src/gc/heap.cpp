// Allocation: the lock-free fast path from the thread's free lists, the slow path that refills a
// free list from a page (or places a large object) under the heap lock, the collection trigger and
// the heap limit; plus heap set-up and statistics.
#include "gc/heap.hpp"

#include <cstring>
#include <new>

#include "gc/heap_impl.hpp"
#include "gc/page.hpp"
#include "gc/safepoint.hpp"

namespace weft {

namespace {

// Normal arenas are 1 MiB on 64-bit hosts (a few mmaps for a big heap) and smaller under a small
// heap limit, so that an MCU heap of a few hundred KiB is several arenas, not one oversized one.
constexpr size_t DEFAULT_ARENA = 4 * GC_CHUNK_SIZE;
// Allocation volume between automatic collections when little is live.
constexpr size_t DEFAULT_TRIGGER = sizeof(void*) >= 8 ? size_t(4) << 20 : size_t(256) << 10;
constexpr size_t MAX_MARK_STACK = 32768;  // entries; overflow is handled, so this only tunes
constexpr size_t MIN_MARK_STACK = 256;
// Larger requests fail at once: rounding them up could wrap around.
constexpr size_t MAX_OBJECT = SIZE_MAX / 2;

size_t round_up(size_t n, size_t to) { return (n + to - 1) & ~(to - 1); }

size_t arena_bytes_for(size_t limit) {
  if (limit == 0) return DEFAULT_ARENA;
  size_t a = (limit / 8) & ~(GC_CHUNK_SIZE - 1);
  return a < GC_CHUNK_SIZE ? GC_CHUNK_SIZE : a > DEFAULT_ARENA ? DEFAULT_ARENA : a;
}

size_t mark_stack_for(size_t limit) {
  if (limit == 0) return MAX_MARK_STACK;
  size_t n = limit / 256 / sizeof(Object*);
  return n < MIN_MARK_STACK ? MIN_MARK_STACK : n > MAX_MARK_STACK ? MAX_MARK_STACK : n;
}

Object* init_object(void* mem, Type* type, size_t bytes) {
  std::memset(mem, 0, round_up(bytes, GC_GRANULE));
  Object* o = static_cast<Object*>(mem);
  o->type = type;
  return o;
}

struct HeapLock {
  explicit HeapLock(HeapImpl& h) : h_(h) { port::mutex_lock(&h_.lock); }
  ~HeapLock() { port::mutex_unlock(&h_.lock); }
  HeapLock(const HeapLock&) = delete;
  HeapLock& operator=(const HeapLock&) = delete;
  HeapImpl& h_;
};

// A Small page of class `cls` with at least one free cell, or nullptr. Called with h.lock held.
Page* take_page(HeapImpl& h, size_t cls) {
  if (Page* p = h.partial[cls]) {
    h.partial[cls] = p->next;
    p->listed = false;
    p->next = nullptr;
    return p;
  }
  Chunk* c = nullptr;
  Page* p = arena_find_free_page(h, &c);
  if (!p && arena_add_normal(h)) p = arena_find_free_page(h, &c);
  if (!p) return nullptr;
  page_make_small(c, p, cls);
  return p;
}

void* refill_and_pop(HeapImpl& h, AllocCache& cache, size_t cls) {
  // The current page of the class is full (its free list ran out): it leaves the cache.
  if (Page* old = cache.page[cls]) old->owned = false;
  cache.page[cls] = nullptr;
  Page* p = take_page(h, cls);
  if (!p) return nullptr;
  size_t bytes = 0;
  void* list = page_claim_free_cells(p, &bytes);
  h.allocated_bytes += bytes;
  p->owned = true;
  cache.page[cls] = p;
  void* cell = list;
  cache.free_list[cls] = *static_cast<void**>(cell);
  return cell;
}

void* alloc_large(HeapImpl& h, size_t bytes) {
  size_t pages = (bytes + GC_PAGE_SIZE - 1) / GC_PAGE_SIZE;
  if (pages >= GC_CHUNK_PAGES) {
    ChunkHead* c = arena_add_huge(h, bytes);
    if (!c) return nullptr;
    h.allocated_bytes += bytes;
    return reinterpret_cast<void*>(c->huge_object());
  }
  Chunk* c = nullptr;
  Page* head = arena_find_free_run(h, pages, &c);
  if (!head && arena_add_normal(h)) head = arena_find_free_run(h, pages, &c);
  if (!head) return nullptr;
  size_t first = page_index(c, head);
  head->kind = PageKind::LargeHead;
  head->ncells = uint16_t(pages);
  head->cell_size = uint32_t(bytes);
  bit_set(head->alloc, 0);
  for (size_t i = 1; i < pages; i++) {
    c->pages[first + i].kind = PageKind::LargeTail;
    c->pages[first + i].head = uint16_t(first);
  }
  c->free_pages -= uint32_t(pages);
  h.allocated_bytes += pages * GC_PAGE_SIZE;
  return reinterpret_cast<void*>(head->base);
}

void* alloc_locked(ThreadState& ts, size_t bytes) {
  HeapImpl& h = *ts.vm->heap.impl;
  HeapLock guard(h);
  if (bytes <= GC_MAX_SMALL) return refill_and_pop(h, ts.alloc, size_class_of(bytes));
  return bytes <= MAX_OBJECT ? alloc_large(h, round_up(bytes, GC_GRANULE)) : nullptr;
}

// Also reports the count of collections so far, so that a thread that finds a collection due
// skips it when another thread has collected by the time the world is stopped.
bool collection_due(HeapImpl& h, size_t* collections) {
  HeapLock guard(h);
  size_t threshold = h.live_bytes > h.trigger_floor ? h.live_bytes : h.trigger_floor;
  *collections = h.collections;
  return h.allocated_bytes > threshold;
}

// Collects at most once per allocation: when the allocation volume says so, and again when the
// heap limit (or the port) refused memory. Automatic collections are off while !heap.enabled
// (gc.disable(), and during VM start-up when not every type can trace its instances yet).
Object* alloc_slow(ThreadState& ts, Type* type, size_t bytes) {
  Vm& vm = *ts.vm;
  // The slow path is a safepoint: a thread allocating in a long C++ loop still parks.
  if (ts.eval_breaker.load(std::memory_order_relaxed) & EB_STOP_FOR_GC) {
    ts.eval_breaker.fetch_and(~uint32_t(EB_STOP_FOR_GC), std::memory_order_acq_rel);
    safepoint_park(ts);
  }
  bool collected = false;
  size_t seen = 0;
  if (vm.heap.enabled && collection_due(*vm.heap.impl, &seen)) {
    gc_collect_unless_done(ts, seen);
    collected = true;
  }
  for (;;) {
    if (void* mem = alloc_locked(ts, bytes)) return init_object(mem, type, bytes);
    if (collected || !vm.heap.enabled) break;
    gc_collect(ts);
    collected = true;
  }
  if (!vm.memory_error.is_error()) ts.pending = vm.memory_error;
  return nullptr;
}

}  // namespace

bool heap_init(Heap& heap, Vm& vm, size_t limit_bytes) {
  void* mem = port::arena_alloc(sizeof(HeapImpl), alignof(HeapImpl));
  if (!mem) return false;
  HeapImpl* h = new (mem) HeapImpl();
  h->vm = &vm;
  port::mutex_init(&h->lock);
  h->arena_bytes = arena_bytes_for(limit_bytes);
  h->trigger_floor = limit_bytes && limit_bytes / 2 < DEFAULT_TRIGGER ? limit_bytes / 2
                                                                       : DEFAULT_TRIGGER;
  h->mark_capacity = mark_stack_for(limit_bytes);
  h->mark_stack = static_cast<Object**>(
      port::arena_alloc(h->mark_capacity * sizeof(Object*), alignof(Object*)));
  heap.impl = h;
  heap.limit_bytes = limit_bytes;
  if (!h->mark_stack) {
    heap_destroy(heap);
    return false;
  }
  return true;
}

void heap_destroy(Heap& heap) {
  HeapImpl* h = heap.impl;
  if (!h) return;
  while (h->arenas.count) arena_release(*h, h->arenas.count - 1);
  arena_table_free(h->arenas);
  if (h->mark_stack) port::arena_free(h->mark_stack, h->mark_capacity * sizeof(Object*));
  port::mutex_destroy(&h->lock);
  h->~HeapImpl();
  port::arena_free(h, sizeof(HeapImpl));
  heap.impl = nullptr;
}

Object* gc_alloc(ThreadState& ts, Type* type, size_t bytes) {
  // The fast path: pop the thread's own free list; no lock, no atomic.
  if (bytes <= GC_MAX_SMALL) [[likely]] {
    size_t cls = size_class_of(bytes ? bytes : 1);
    if (void* cell = ts.alloc.free_list[cls]) [[likely]] {
      ts.alloc.free_list[cls] = *static_cast<void**>(cell);
      return init_object(cell, type, bytes);
    }
  }
  return alloc_slow(ts, type, bytes ? bytes : 1);
}

void cache_flush(HeapImpl& h, AllocCache& cache) {
  for (size_t cls = 0; cls < GC_SIZE_CLASSES; cls++) {
    Page* p = cache.page[cls];
    if (!p) continue;
    size_t unused = page_unclaim_cells(p, cache.free_list[cls]);
    size_t unused_bytes = unused * p->cell_size;
    h.allocated_bytes -= unused_bytes < h.allocated_bytes ? unused_bytes : h.allocated_bytes;
    p->owned = false;
    if (unused && !p->listed) {
      p->listed = true;
      p->next = h.partial[cls];
      h.partial[cls] = p;
    }
    cache.page[cls] = nullptr;
    cache.free_list[cls] = nullptr;
  }
}

void gc_release_cache(ThreadState& ts) {
  HeapImpl& h = *ts.vm->heap.impl;
  HeapLock guard(h);
  cache_flush(h, ts.alloc);
}

HeapStats gc_stats(Heap& heap) {
  HeapImpl& h = *heap.impl;
  HeapLock guard(h);
  return HeapStats{h.heap_bytes, h.live_bytes, h.allocated_bytes, h.collections};
}

size_t gc_cell_size(const Object* o) {
  uintptr_t addr = reinterpret_cast<uintptr_t>(o);
  Chunk* c = chunk_of(addr);
  if (c->huge) return c->huge_bytes;
  Page* p = page_of(c, addr);
  return p->kind == PageKind::LargeHead ? p->cell_size : GC_CLASS_SIZES[p->size_class];
}

}  // namespace weft
