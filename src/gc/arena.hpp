// Arenas: the blocks of memory the heap obtains from the port, each a whole number of chunks
// aligned to GC_CHUNK_SIZE (a huge object gets an arena of its own). The heap keeps them in a
// table sorted by address, which the conservative scan searches to tell heap words from others.
#pragma once

#include <cstddef>
#include <cstdint>

#include "gc/page.hpp"

namespace weft {

struct Arena {
  uintptr_t base;
  size_t size;
  bool huge;  // one huge object (ChunkHead at base) rather than normal chunks
};

inline size_t arena_chunks(const Arena& a) { return a.size / GC_CHUNK_SIZE; }
inline Chunk* arena_chunk(const Arena& a, size_t i) {
  return reinterpret_cast<Chunk*>(a.base + i * GC_CHUNK_SIZE);
}

// Storage comes from port::arena_alloc and doubles when full (no malloc in the heap).
struct ArenaTable {
  Arena* items = nullptr;
  size_t count = 0;
  size_t capacity = 0;
};

// The arena containing `addr`, or nullptr.
const Arena* arena_find(const ArenaTable& table, uintptr_t addr);
void arena_table_free(ArenaTable& table);

// Obtains a normal arena of h.arena_bytes and formats its chunks, unless that would pass the
// heap limit or the port has no memory. Called with h.lock held.
[[nodiscard]] bool arena_add_normal(HeapImpl& h);
// An arena holding one object of `bytes`; its ChunkHead is returned with huge_allocated set.
[[nodiscard]] ChunkHead* arena_add_huge(HeapImpl& h, size_t bytes);
// Returns arena `index` of the table to the port.
void arena_release(HeapImpl& h, size_t index);
// True when no page of a normal arena is in use.
bool arena_is_empty(const Arena& a);

// A Free page in some normal arena (nullptr when there is none); *chunk receives its chunk.
Page* arena_find_free_page(HeapImpl& h, Chunk** chunk);
// The first page of `n` consecutive Free pages that start on a page boundary (not page 0 of a
// chunk, whose cells begin after the header), or nullptr.
Page* arena_find_free_run(HeapImpl& h, size_t n, Chunk** chunk);

}  // namespace weft
