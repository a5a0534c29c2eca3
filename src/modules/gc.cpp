// The gc module: explicit collections, turning automatic collection off and on, and the heap's
// memory figures (mem_alloc/mem_free, as MicroPython's gc module offers them).
#include "modules/module_defs.hpp"
#include "object/args.hpp"
#include "object/error.hpp"
#include "object/int.hpp"
#include "object/module.hpp"
#include "object/str.hpp"
#include "thread/weakref_callbacks.hpp"

namespace weft {

namespace {

// A tracing collector frees cycles as it goes, so there is no count of "unreachable objects
// found" to report as CPython does; collect() returns 0.
Value gc_collect_fn(ThreadState& ts, Value, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "collect", nargs, kw, 0, 1)) return Value::error();
  gc_collect(ts);
  // As in CPython, the callbacks of the weak references it cleared have run when collect() returns.
  weakref_run_callbacks(ts);
  return Value::from_int(0);
}

Value gc_enable(ThreadState& ts, Value, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "enable", nargs, kw, 0, 0)) return Value::error();
  ts.vm->heap.enabled = true;
  return ts.vm->none;
}

Value gc_disable(ThreadState& ts, Value, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "disable", nargs, kw, 0, 0)) return Value::error();
  ts.vm->heap.enabled = false;
  return ts.vm->none;
}

Value gc_isenabled(ThreadState& ts, Value, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "isenabled", nargs, kw, 0, 0)) return Value::error();
  return boolean(ts, ts.vm->heap.enabled);
}

size_t bytes_in_use(const HeapStats& s) { return s.live_bytes + s.allocated_bytes; }

Value gc_mem_alloc(ThreadState& ts, Value, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "mem_alloc", nargs, kw, 0, 0)) return Value::error();
  return int_from_u64(ts, bytes_in_use(gc_stats(ts.vm->heap)));
}

// What can still be allocated: up to the heap limit when one is set, else within the arenas
// already held (the port may give more).
Value gc_mem_free(ThreadState& ts, Value, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "mem_free", nargs, kw, 0, 0)) return Value::error();
  HeapStats s = gc_stats(ts.vm->heap);
  size_t total = ts.vm->heap.limit_bytes ? ts.vm->heap.limit_bytes : s.heap_bytes;
  size_t used = bytes_in_use(s);
  return int_from_u64(ts, total > used ? total - used : 0);
}

const MethodDef GC_FUNCTIONS[] = {
    {"collect", gc_collect_fn, 0, "Run a full collection."},
    {"enable", gc_enable, 0, "Enable automatic garbage collection."},
    {"disable", gc_disable, 0, "Disable automatic garbage collection."},
    {"isenabled", gc_isenabled, 0, "Returns true if automatic garbage collection is enabled."},
    {"mem_alloc", gc_mem_alloc, 0, "Bytes of heap in use."},
    {"mem_free", gc_mem_free, 0, "Bytes of heap still available."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Module* gc_module_create(ThreadState& ts) {
  Str* name = intern_cstr(ts, "gc");
  Module* m = name ? module_new(ts, name) : nullptr;
  if (!m || !module_add_functions(ts, m, GC_FUNCTIONS)) return nullptr;
  return m;
}

}  // namespace weft
