// Arenas from the port: the sorted table, adding and releasing arenas within the heap limit, and
// the search for free pages and runs of pages.
#include "gc/arena.hpp"

#include <cstring>

#include "gc/heap_impl.hpp"

namespace weft {

namespace {

// Index of the first arena whose base is above `addr`.
size_t upper_bound(const ArenaTable& table, uintptr_t addr) {
  size_t lo = 0, hi = table.count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (table.items[mid].base <= addr) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

bool table_reserve(ArenaTable& table) {
  if (table.count < table.capacity) return true;
  size_t capacity = table.capacity ? table.capacity * 2 : 16;
  auto* items = static_cast<Arena*>(port::arena_alloc(capacity * sizeof(Arena), alignof(Arena)));
  if (!items) return false;
  if (table.count) std::memcpy(items, table.items, table.count * sizeof(Arena));
  if (table.items) port::arena_free(table.items, table.capacity * sizeof(Arena));
  table.items = items;
  table.capacity = capacity;
  return true;
}

void update_bounds(HeapImpl& h) {
  const ArenaTable& t = h.arenas;
  h.lowest = t.count ? t.items[0].base : 0;
  h.highest = t.count ? t.items[t.count - 1].base + t.items[t.count - 1].size : 0;
}

// Obtains `size` bytes for a new arena and records it; nullptr past the limit or without memory.
void* add_arena(HeapImpl& h, size_t size, bool huge) {
  Heap& heap = h.vm->heap;
  if (heap.limit_bytes && h.heap_bytes + size > heap.limit_bytes) return nullptr;
  if (!table_reserve(h.arenas)) return nullptr;
  void* mem = port::arena_alloc(size, GC_CHUNK_SIZE);
  if (!mem) return nullptr;
  uintptr_t base = reinterpret_cast<uintptr_t>(mem);
  ArenaTable& t = h.arenas;
  size_t at = upper_bound(t, base);
  std::memmove(&t.items[at + 1], &t.items[at], (t.count - at) * sizeof(Arena));
  t.items[at] = Arena{base, size, huge};
  t.count++;
  h.heap_bytes += size;
  update_bounds(h);
  return mem;
}

}  // namespace

const Arena* arena_find(const ArenaTable& table, uintptr_t addr) {
  size_t i = upper_bound(table, addr);
  if (i == 0) return nullptr;
  const Arena& a = table.items[i - 1];
  return addr - a.base < a.size ? &a : nullptr;
}

void arena_table_free(ArenaTable& table) {
  if (table.items) port::arena_free(table.items, table.capacity * sizeof(Arena));
  table = ArenaTable{};
}

bool arena_add_normal(HeapImpl& h) {
  void* mem = add_arena(h, h.arena_bytes, false);
  if (!mem) return false;
  for (size_t off = 0; off < h.arena_bytes; off += GC_CHUNK_SIZE)
    chunk_init(reinterpret_cast<Chunk*>(static_cast<char*>(mem) + off));
  return true;
}

ChunkHead* arena_add_huge(HeapImpl& h, size_t bytes) {
  size_t size = (GC_HUGE_OFFSET + bytes + GC_PAGE_SIZE - 1) & ~(GC_PAGE_SIZE - 1);
  if (size < bytes) return nullptr;  // overflow: no such object fits in the address space
  auto* c = static_cast<ChunkHead*>(add_arena(h, size, true));
  if (!c) return nullptr;
  c->magic = GC_CHUNK_MAGIC;
  c->huge = true;
  c->huge_allocated = true;
  c->huge_marked = false;
  c->free_pages = 0;
  c->huge_bytes = bytes;
  return c;
}

void arena_release(HeapImpl& h, size_t index) {
  ArenaTable& t = h.arenas;
  Arena a = t.items[index];
  std::memmove(&t.items[index], &t.items[index + 1], (t.count - index - 1) * sizeof(Arena));
  t.count--;
  h.heap_bytes -= a.size;
  update_bounds(h);
  port::arena_free(reinterpret_cast<void*>(a.base), a.size);
}

bool arena_is_empty(const Arena& a) {
  for (size_t i = 0; i < arena_chunks(a); i++)
    if (arena_chunk(a, i)->free_pages != GC_CHUNK_PAGES) return false;
  return true;
}

Page* arena_find_free_page(HeapImpl& h, Chunk** chunk) {
  for (size_t a = 0; a < h.arenas.count; a++) {
    const Arena& arena = h.arenas.items[a];
    if (arena.huge) continue;
    for (size_t i = 0; i < arena_chunks(arena); i++) {
      Chunk* c = arena_chunk(arena, i);
      if (c->free_pages == 0) continue;
      for (Page& p : c->pages) {
        if (p.kind != PageKind::Free) continue;
        *chunk = c;
        return &p;
      }
    }
  }
  return nullptr;
}

Page* arena_find_free_run(HeapImpl& h, size_t n, Chunk** chunk) {
  for (size_t a = 0; a < h.arenas.count; a++) {
    const Arena& arena = h.arenas.items[a];
    if (arena.huge) continue;
    for (size_t i = 0; i < arena_chunks(arena); i++) {
      Chunk* c = arena_chunk(arena, i);
      if (c->free_pages < n) continue;
      size_t run = 0;
      for (size_t p = 1; p < GC_CHUNK_PAGES; p++) {
        run = c->pages[p].kind == PageKind::Free ? run + 1 : 0;
        if (run == n) {
          *chunk = c;
          return &c->pages[p + 1 - n];
        }
      }
    }
  }
  return nullptr;
}

}  // namespace weft
