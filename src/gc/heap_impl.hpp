// The heap's private state (HeapImpl) and the steps of a collection, shared by the files of
// src/gc/: heap.cpp (allocation), mark.cpp, conservative.cpp, sweep.cpp and collect.cpp.
#pragma once

#include "gc/arena.hpp"
#include "gc/heap.hpp"
#include "gc/page.hpp"
#include "object/runtime.hpp"

namespace weft {

struct HeapImpl {
  Vm* vm = nullptr;
  // Guards everything below. Mutators take it only on slow paths (page refills, large objects);
  // a collection holds it from marking to the end of the sweep. Lock order: Vm::threads_lock
  // (held by stop_the_world) before this one.
  port::Mutex lock;
  size_t arena_bytes = 0;    // size of a normal arena: a multiple of GC_CHUNK_SIZE
  size_t trigger_floor = 0;  // collect when allocated_bytes exceeds max(live_bytes, this)
  ArenaTable arenas;
  uintptr_t lowest = 0, highest = 0;  // [lowest, highest) covers every arena
  // Small pages with free cells that no thread owns, per size class (rebuilt by each sweep).
  Page* partial[GC_SIZE_CLASSES] = {};
  size_t heap_bytes = 0;       // bytes of arenas held
  size_t live_bytes = 0;       // bytes in allocated cells after the last sweep
  size_t allocated_bytes = 0;  // handed to mutators since the last collection
  size_t collections = 0;
  // The mark stack: bounded; on overflow marking falls back to rescanning marked objects.
  Object** mark_stack = nullptr;
  size_t mark_capacity = 0;
  size_t mark_top = 0;
  bool mark_overflow = false;
};

// ---- marking (mark.cpp) ---------------------------------------------------------------------------
// Sets the mark bit of a heap object and queues it for tracing (nothing if it was marked).
void mark_object(HeapImpl& h, const Object* o);
// Traces queued objects until the mark stack is empty and no overflow is left to recover from.
void mark_drain(HeapImpl& h, Tracer& t);

// ---- roots on native stacks (conservative.cpp) -------------------------------------------------
// Scans the calling thread's registers and stack, and the saved stacks of the other threads.
void mark_thread_stacks(Vm& vm, ThreadState& self, Tracer& t);

// ---- sweeping (sweep.cpp) ---------------------------------------------------------------------------
// Frees every unmarked cell, clears the marks, rebuilds the partial lists, frees empty pages and
// returns empty arenas to the port. Sets live_bytes.
void sweep_heap(HeapImpl& h);

// ---- collections (collect.cpp) ----------------------------------------------------------------
// An automatic collection: skipped when the count of collections is no longer `seen` once the
// world is stopped (another thread collected meanwhile). SIZE_MAX: always collect.
void gc_collect_unless_done(ThreadState& ts, size_t seen);

// ---- allocation caches (heap.cpp) -------------------------------------------------------------------
// Gives the cells on a thread's free lists back to their pages (before marking, so that no
// unallocated cell looks allocated) and forgets the pages. Called with h.lock held.
void cache_flush(HeapImpl& h, AllocCache& cache);

}  // namespace weft
