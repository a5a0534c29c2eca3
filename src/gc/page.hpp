// Heap geometry: size classes, the descriptor of a page (with its side bitmaps) and the chunk
// header that holds the descriptors. Every address on the heap finds its page in O(1): the chunk
// is the address rounded down to GC_CHUNK_SIZE, the page its index within the chunk.
#pragma once

#include <cstddef>
#include <cstdint>

#include "gc/heap.hpp"

namespace weft {

// ---- size classes -------------------------------------------------------------------------------
// Spacing grows with size (16-byte steps to 128, then four classes per doubling) so that the
// space lost to rounding stays under 25% while 24 classes cover 16..2048 bytes.
inline constexpr uint16_t GC_CLASS_SIZES[GC_SIZE_CLASSES] = {
    16,  32,  48,  64,  80,  96,  112, 128,  160,  192,  224,  256,
    320, 384, 448, 512, 640, 768, 896, 1024, 1280, 1536, 1792, 2048,
};
static_assert(GC_CLASS_SIZES[GC_SIZE_CLASSES - 1] == GC_MAX_SMALL);

// class_of_granules[g] = the smallest class whose cells hold g granules.
struct SizeClassTable {
  uint8_t class_of_granules[GC_MAX_SMALL / GC_GRANULE + 1];
  // ceil(2^32 / size): cell index = (offset * recip) >> 32, exact for offsets below 2^18.
  uint32_t recip[GC_SIZE_CLASSES];
  constexpr SizeClassTable() : class_of_granules{}, recip{} {
    size_t c = 0;
    for (size_t g = 0; g <= GC_MAX_SMALL / GC_GRANULE; g++) {
      while (GC_CLASS_SIZES[c] < g * GC_GRANULE) c++;
      class_of_granules[g] = uint8_t(c);
    }
    for (size_t i = 0; i < GC_SIZE_CLASSES; i++)
      recip[i] = uint32_t(((uint64_t(1) << 32) + GC_CLASS_SIZES[i] - 1) / GC_CLASS_SIZES[i]);
  }
};
inline constexpr SizeClassTable GC_SIZE_TABLE{};
static_assert(GC_PAGE_SIZE < (size_t(1) << 18), "the reciprocal division needs small pages");

// Precondition: 0 < bytes <= GC_MAX_SMALL.
inline size_t size_class_of(size_t bytes) {
  return GC_SIZE_TABLE.class_of_granules[(bytes + GC_GRANULE - 1) / GC_GRANULE];
}

// ---- pages --------------------------------------------------------------------------------------
inline constexpr size_t GC_WORD_BITS = sizeof(uintptr_t) * 8;
inline constexpr size_t GC_MAX_CELLS = GC_PAGE_SIZE / GC_GRANULE;
inline constexpr size_t GC_BITMAP_WORDS = GC_MAX_CELLS / GC_WORD_BITS;
inline constexpr size_t GC_CHUNK_PAGES = GC_CHUNK_SIZE / GC_PAGE_SIZE;

enum class PageKind : uint8_t {
  Free,       // no cells; may become a small page or part of a large run
  Small,      // cells of one size class
  LargeHead,  // first page of a run holding one large object (cell 0)
  LargeTail,  // another page of that run
};

// Bits are indexed by cell number. A set `alloc` bit means "allocated or on some thread's free
// list" (a refill claims all free cells of a page at once; a collection first gives back the
// cells still on free lists). `mark` bits are only set during a collection.
struct Page {
  PageKind kind;
  uint8_t size_class;  // Small
  bool owned;          // Small: its free cells are on a thread's AllocCache free list
  bool listed;         // Small: on HeapImpl::partial[size_class]
  uint16_t ncells;     // Small: cells on this page; LargeHead: pages in the run
  uint16_t head;       // LargeTail: index of the run's head page in the chunk
  uint32_t cell_size;  // Small: the class's size; LargeHead: the object's rounded size
  uintptr_t base;      // address of cell 0 (after the chunk header on a chunk's page 0)
  Page* next;          // link in HeapImpl::partial[size_class]
  uintptr_t alloc[GC_BITMAP_WORDS];
  uintptr_t mark[GC_BITMAP_WORDS];

  uintptr_t start() const { return base & ~uintptr_t(GC_PAGE_SIZE - 1); }
  uintptr_t end() const { return start() + GC_PAGE_SIZE; }
  uintptr_t cell(size_t i) const { return base + i * cell_size; }
  // Precondition: base <= addr < end(). Interior addresses give the cell they fall in.
  size_t cell_index(uintptr_t addr) const {
    if (kind != PageKind::Small) return 0;
    return size_t((uint64_t(addr - base) * GC_SIZE_TABLE.recip[size_class]) >> 32);
  }
};

inline bool bit_test(const uintptr_t* bits, size_t i) {
  return (bits[i / GC_WORD_BITS] >> (i % GC_WORD_BITS)) & 1;
}
inline void bit_set(uintptr_t* bits, size_t i) {
  bits[i / GC_WORD_BITS] |= uintptr_t(1) << (i % GC_WORD_BITS);
}
inline void bit_clear(uintptr_t* bits, size_t i) {
  bits[i / GC_WORD_BITS] &= ~(uintptr_t(1) << (i % GC_WORD_BITS));
}

// ---- chunks -------------------------------------------------------------------------------------
inline constexpr uint32_t GC_CHUNK_MAGIC = 0x57656674;  // "Weft"

// A huge object (too big for a run of pages inside one chunk) has an arena of its own that
// starts with a bare ChunkHead; the object follows it, so it too is found by masking.
struct ChunkHead {
  uint32_t magic;
  bool huge;
  bool huge_allocated;
  bool huge_marked;
  uint32_t free_pages;  // normal chunks: pages of kind Free
  size_t huge_bytes;    // huge: the object's size in bytes

  uintptr_t huge_object() const;
};

struct Chunk : ChunkHead {
  Page pages[GC_CHUNK_PAGES];
};

inline constexpr size_t GC_HUGE_OFFSET = (sizeof(ChunkHead) + GC_GRANULE - 1) & ~(GC_GRANULE - 1);
inline constexpr size_t GC_CHUNK_HEADER = (sizeof(Chunk) + GC_GRANULE - 1) & ~(GC_GRANULE - 1);
static_assert(GC_CHUNK_HEADER + GC_MAX_SMALL <= GC_PAGE_SIZE,
              "page 0 of a chunk must still hold a cell of every class");

inline uintptr_t ChunkHead::huge_object() const {
  return reinterpret_cast<uintptr_t>(this) + GC_HUGE_OFFSET;
}

inline Chunk* chunk_of(uintptr_t addr) {
  return reinterpret_cast<Chunk*>(addr & ~uintptr_t(GC_CHUNK_SIZE - 1));
}
// The page holding `addr` in a normal chunk.
inline Page* page_of(Chunk* c, uintptr_t addr) {
  return &c->pages[(addr - reinterpret_cast<uintptr_t>(c)) / GC_PAGE_SIZE];
}
inline size_t page_index(const Chunk* c, const Page* p) { return size_t(p - c->pages); }

// Formats a fresh normal chunk: every page Free. Page 0's cells start after the header.
void chunk_init(Chunk* c);
// Turns Free page `p` into a Small page of class `cls` with no cell allocated.
void page_make_small(Chunk* c, Page* p, size_t cls);
// Makes page `p` (and its run) Free again.
void page_release(Chunk* c, Page* p);
// Claims every free cell of a Small page (setting its alloc bits) and returns them as a free list
// in address order; *bytes receives their total size.
void* page_claim_free_cells(Page* p, size_t* bytes);
// Gives cells of a free list (all from page `p`) back: clears their alloc bits. Returns their
// number.
size_t page_unclaim_cells(Page* p, void* free_list);
// Cells allocated on a Small page (popcount of its alloc bits).
size_t page_live_cells(const Page* p);

}  // namespace weft
