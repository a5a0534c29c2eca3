// A full collection: stop the world, give back the cells on allocation caches, mark from the
// precise roots (the VM's) and the conservative ones (native stacks), sweep, restart the world.
#include "gc/heap_impl.hpp"
#include "gc/safepoint.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

void mark_roots(Vm& vm, ThreadState& self, Tracer& t) {
  HeapImpl& h = *vm.heap.impl;
  if (vm.heap.trace_roots) vm.heap.trace_roots(vm, t);
  mark_drain(h, t);
  mark_thread_stacks(vm, self, t);
  mark_drain(h, t);
}

}  // namespace

void gc_collect(ThreadState& ts) { gc_collect_unless_done(ts, SIZE_MAX); }

void gc_collect_unless_done(ThreadState& ts, size_t seen) {
  Vm& vm = *ts.vm;
  HeapImpl& h = *vm.heap.impl;
  if (!stop_the_world(ts)) return;  // the VM is shutting down
  port::mutex_lock(&h.lock);
  // Another thread may have collected while this one waited for the world to stop.
  if (seen != SIZE_MAX && h.collections != seen) {
    port::mutex_unlock(&h.lock);
    start_the_world(ts);
    return;
  }
  // Trace functions never allocate (the heap lock is held and would deadlock).
  for (ThreadState* t = vm.threads; t; t = t->next) cache_flush(h, t->alloc);
  Tracer tracer{&vm.heap};
  mark_roots(vm, ts, tracer);
  if (vm.heap.sweep_weak) vm.heap.sweep_weak(vm);
  sweep_heap(h);
  h.allocated_bytes = 0;
  h.collections++;
  port::mutex_unlock(&h.lock);
  // Cached lookups may name objects that were just freed; the cache holds no roots.
  method_cache_clear(vm);
  start_the_world(ts);
}

}  // namespace weft
