// The garbage-collected heap: non-moving mark-sweep over arenas obtained from the port.
// Objects live in size-classed pages (small) or page spans (large). Each thread allocates from its
// own current page per size class (AllocCache) without a lock; getting a page takes Heap::lock.
// See docs/internals/gc.md for rooting, marking and how a collection stops the world.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>

#include "object/object.hpp"
#include "weft/port.hpp"

namespace weft {

struct Page;
struct Heap;

inline constexpr size_t GC_GRANULE = 16;       // every cell is a multiple of this, and aligned to it
// Pages are aligned to their size and hold cells of one size class. 32-bit targets (MCUs with
// tens of KiB of heap) use smaller pages so that a program touching a dozen size classes does not
// need a dozen 16 KiB pages.
inline constexpr size_t GC_PAGE_SIZE = sizeof(void*) >= 8 ? 16384 : 4096;
// Arenas are made of chunks aligned to their size; a chunk starts with the descriptors of its
// pages, so the page of any object is found by masking its address (gc/page.hpp).
inline constexpr size_t GC_CHUNK_SIZE = (sizeof(void*) >= 8 ? 16 : 8) * GC_PAGE_SIZE;
inline constexpr size_t GC_SIZE_CLASSES = 24;  // small cells up to GC_MAX_SMALL bytes
inline constexpr size_t GC_MAX_SMALL = 2048;

// The marking visitor. Trace functions call visit() on every Value/Object they hold.
struct Tracer {
  Heap* heap;
  void visit(Value v) {
    if (v.is_obj()) visit_object(v.as_obj());
  }
  void visit(const Object* o) {
    if (o) visit_object(o);
  }
  void visit_range(const Value* vs, size_t n) {
    for (size_t i = 0; i < n; i++) visit(vs[i]);
  }
  // Conservative: `word` may be any bits; marks the cell it points into, if any.
  void visit_conservative(uintptr_t word);
  void visit_object(const Object* o);  // marks and queues o (no-op for OBJ_STATIC objects)
};

// Values held by C++ code outside the stack (e.g. in a std::vector of the compiler) register
// themselves here so that a collection sees them. Nodes are linked per thread (ThreadState::roots).
struct ExternalRoots {
  ExternalRoots* next = nullptr;
  void (*trace)(ExternalRoots* self, Tracer& t) = nullptr;
};

// Per-thread allocation state: one current free list per size class.
struct AllocCache {
  void* free_list[GC_SIZE_CLASSES] = {};
  Page* page[GC_SIZE_CLASSES] = {};  // the page each free list was built from
};

struct HeapStats {
  size_t heap_bytes;       // bytes of arenas held
  size_t live_bytes;       // bytes in allocated cells after the last collection
  size_t allocated_bytes;  // bytes allocated since the last collection
  size_t collections;
};

// Opaque heap internals live in gc/heap.cpp; Vm owns one Heap.
struct HeapImpl;
struct Heap {
  HeapImpl* impl = nullptr;
  size_t limit_bytes = 0;           // -X heapsize; 0 = grow while the port gives memory
  bool enabled = true;              // gc.enable()/disable(): automatic collections only
  // Set by the VM layer: marks every root that is not a thread's stack (modules, types, frames).
  void (*trace_roots)(Vm& vm, Tracer& t) = nullptr;
  // Set by the object layer: called after marking, before sweeping, to forget references it holds
  // weakly (the registry of classes); it may ask gc_is_marked and must not allocate.
  void (*sweep_weak)(Vm& vm) = nullptr;
};

bool heap_init(Heap& heap, Vm& vm, size_t limit_bytes);
void heap_destroy(Heap& heap);

// Allocates `bytes` of zeroed memory, GC_GRANULE-aligned, with `type` stored in the header.
// May collect first. Returns nullptr with MemoryError pending when the heap is exhausted.
[[nodiscard]] Object* gc_alloc(ThreadState& ts, Type* type, size_t bytes);

template <class T>
[[nodiscard]] T* gc_new(ThreadState& ts, Type* type, size_t extra_bytes = 0) {
  return static_cast<T*>(gc_alloc(ts, type, sizeof(T) + extra_bytes));
}

// A full stop-the-world collection, run by the calling (attached) thread.
void gc_collect(ThreadState& ts);
HeapStats gc_stats(Heap& heap);
// Returns the cells left on the thread's free lists to the heap (the thread is exiting).
void gc_release_cache(ThreadState& ts);
// During a collection, between marking and sweeping (Heap::sweep_weak): will `o` survive?
bool gc_is_marked(const Object* o);
// Bytes a cell of this object occupies (its size class), for sys.getsizeof and statistics.
size_t gc_cell_size(const Object* o);

}  // namespace weft
