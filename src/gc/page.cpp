// Formatting chunks and pages, and turning a page's allocation bitmap into a free list.
#include "gc/page.hpp"

#include <cstring>

namespace weft {

namespace {

size_t popcount(uintptr_t w) { return size_t(__builtin_popcountll(uint64_t(w))); }

}  // namespace

void chunk_init(Chunk* c) {
  c->magic = GC_CHUNK_MAGIC;
  c->huge = false;
  c->huge_allocated = false;
  c->huge_marked = false;
  c->free_pages = uint32_t(GC_CHUNK_PAGES);
  c->huge_bytes = 0;
  uintptr_t start = reinterpret_cast<uintptr_t>(c);
  for (size_t i = 0; i < GC_CHUNK_PAGES; i++) {
    Page& p = c->pages[i];
    std::memset(static_cast<void*>(&p), 0, sizeof(Page));
    p.kind = PageKind::Free;
    p.base = start + i * GC_PAGE_SIZE + (i == 0 ? GC_CHUNK_HEADER : 0);
  }
}

void page_make_small(Chunk* c, Page* p, size_t cls) {
  p->kind = PageKind::Small;
  p->size_class = uint8_t(cls);
  p->cell_size = GC_CLASS_SIZES[cls];
  p->ncells = uint16_t((p->end() - p->base) / p->cell_size);
  p->owned = false;
  p->listed = false;
  p->next = nullptr;
  std::memset(p->alloc, 0, sizeof p->alloc);
  std::memset(p->mark, 0, sizeof p->mark);
  c->free_pages--;
}

void page_release(Chunk* c, Page* p) {
  size_t pages = p->kind == PageKind::LargeHead ? p->ncells : 1;
  size_t first = page_index(c, p);
  for (size_t i = first; i < first + pages; i++) {
    Page& q = c->pages[i];
    q.kind = PageKind::Free;
    q.ncells = 0;
    q.head = 0;
    q.cell_size = 0;
    q.owned = false;
    q.listed = false;
    q.next = nullptr;
    std::memset(q.alloc, 0, sizeof q.alloc);
    std::memset(q.mark, 0, sizeof q.mark);
  }
  c->free_pages += uint32_t(pages);
}

void* page_claim_free_cells(Page* p, size_t* bytes) {
  void* head = nullptr;
  size_t count = 0;
  // Walk backwards so the list comes out in address order (friendlier to caches and prefetch).
  for (size_t i = p->ncells; i-- > 0;) {
    if (bit_test(p->alloc, i)) continue;
    void** cell = reinterpret_cast<void**>(p->cell(i));
    *cell = head;
    head = cell;
    bit_set(p->alloc, i);
    count++;
  }
  *bytes = count * p->cell_size;
  return head;
}

size_t page_unclaim_cells(Page* p, void* free_list) {
  size_t n = 0;
  for (void* cell = free_list; cell; cell = *static_cast<void**>(cell), n++)
    bit_clear(p->alloc, p->cell_index(reinterpret_cast<uintptr_t>(cell)));
  return n;
}

size_t page_live_cells(const Page* p) {
  size_t n = 0;
  for (size_t w = 0; w < GC_BITMAP_WORDS; w++) n += popcount(p->alloc[w]);
  return n;
}

}  // namespace weft
