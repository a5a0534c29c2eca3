// Creating and destroying a VM (include/weft/vm.hpp): the Vm struct itself lives in port memory,
// then come the heap, the main thread's state and the object layer's bootstrap.
#include <cstring>
#include <new>

#include "object/class.hpp"
#include "object/list.hpp"
#include "object/str.hpp"
#include "object/type.hpp"
#include "object/weakref.hpp"
#include "thread/attach.hpp"
#include "thread/thread_runtime.hpp"
#include "thread/thread_state.hpp"
#include "vm/roots.hpp"
#include "weft/vm.hpp"

namespace weft {

namespace {

// -X gil / WEFT_GIL; GIL-free is the default.
bool gil_mode(const VmOptions& options) {
  if (options.gil >= 0) return options.gil != 0;
  const char* env = port::env_get("WEFT_GIL");
  return env && std::strcmp(env, "1") == 0;
}

// What the heap holds weakly: the class registry and the weak references.
void sweep_weak(Vm& vm) {
  class_registry_sweep(vm);
  weakref_sweep(vm);
}

// Vm storage, mutexes and heap: everything before the first ThreadState.
Vm* vm_allocate(const VmOptions& options) {
  void* mem = port::arena_alloc(sizeof(Vm), alignof(Vm));
  if (!mem) return nullptr;
  Vm* vm = new (mem) Vm();
  port::mutex_init(&vm->threads_lock);
  port::mutex_init(&vm->interned_lock);
  port::mutex_init(&vm->classes_lock);
  port::mutex_init(&vm->weakrefs_lock);
  vm->argc = options.argc;
  vm->argv = options.argv;
  vm->gil_enabled = gil_mode(options);
  if (!thread_runtime_create(*vm) || !heap_init(vm->heap, *vm, options.heap_limit)) {
    vm_destroy(vm);
    return nullptr;
  }
  vm->heap.trace_roots = vm_trace_roots;
  vm->heap.sweep_weak = sweep_weak;
  return vm;
}

// The object layer cannot report running out of memory before MemoryError itself exists, so the
// bootstrap runs without the heap limit; a limit that the bootstrapped heap already passes makes
// the VM unusable, and vm_create fails instead.
bool bootstrap_within_limit(ThreadState& ts) {
  Heap& heap = ts.vm->heap;
  size_t limit = heap.limit_bytes;
  heap.limit_bytes = 0;
  bool ok = types_bootstrap(ts);
  heap.limit_bytes = limit;
  if (!ok || !limit) return ok;
  if (gc_stats(heap).heap_bytes > limit) gc_collect(ts);
  return gc_stats(heap).heap_bytes <= limit;
}

}  // namespace

Vm* vm_create(const VmOptions& options) {
  Vm* vm = vm_allocate(options);
  if (!vm) return nullptr;
  ThreadState* ts = thread_state_create(*vm);
  if (!ts) {
    vm_destroy(vm);
    return nullptr;
  }
  vm->main_thread = ts;
  if (!bootstrap_within_limit(*ts)) {
    vm_destroy(vm);
    return nullptr;
  }
  return vm;
}

// Other threads still running are stopped for good first; when some remain, the VM's memory
// stays (they are parked on it) and only the process exit reclaims it. Otherwise: thread states
// (they give their cached cells back to the heap), then what the object layer keeps outside the
// heap, then the heap's arenas, then the Vm itself.
void vm_destroy(Vm* vm) {
  if (!vm) return;
  if (vm->main_thread && vm->thread_rt && !world_finalize(*vm->main_thread)) return;
  while (vm->threads) thread_state_destroy(vm->threads);
  method_cache_destroy(*vm);
  class_registry_destroy(*vm);
  heap_destroy(vm->heap);
  thread_runtime_destroy(*vm);
  port::mutex_destroy(&vm->weakrefs_lock);
  port::mutex_destroy(&vm->classes_lock);
  port::mutex_destroy(&vm->interned_lock);
  port::mutex_destroy(&vm->threads_lock);
  vm->~Vm();
  port::arena_free(vm, sizeof(Vm));
}

bool vm_path_prepend(Vm* vm, const char* dir) {
  ThreadState& ts = *vm->main_thread;
  Value entry = str_from_cstr(ts, dir);
  if (entry.is_error() || !list_insert(ts, vm->path, 0, entry)) {
    ts.pending = Value::error();
    return false;
  }
  return true;
}

}  // namespace weft
