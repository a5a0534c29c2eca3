// Thread states: created by the thread they describe (the stack bounds are the caller's), kept on
// Vm::threads under Vm::threads_lock.
#include "thread/thread_state.hpp"

#include <new>

#include "vm/frame.hpp"

namespace weft {

namespace {

constexpr size_t MIN_MARGIN = size_t(16) << 10;
constexpr size_t MAX_MARGIN = size_t(256) << 10;

void set_stack_bounds(ThreadState& ts) {
  uintptr_t low = 0, high = 0;
  port::thread_stack_bounds(&low, &high);
  ts.stack_low = low;
  ts.stack_high = high;
  ts.stack_limit = low + stack_guard_margin(high - low);
}

}  // namespace

size_t stack_guard_margin(size_t stack_bytes) {
  size_t margin = stack_bytes / 8;
  if (margin < MIN_MARGIN) margin = stack_bytes / 2 < MIN_MARGIN ? stack_bytes / 2 : MIN_MARGIN;
  return margin > MAX_MARGIN ? MAX_MARGIN : margin;
}

ThreadState* thread_state_create(Vm& vm) {
  void* mem = port::arena_alloc(sizeof(ThreadState), alignof(ThreadState));
  if (!mem) return nullptr;
  auto* ts = new (mem) ThreadState();
  ts->vm = &vm;
  ts->pending = Value::error();
  ts->handled = Value::error();
  ts->ident = port::thread_native_id();
  set_stack_bounds(*ts);
  port::mutex_lock(&vm.threads_lock);
  ts->next = vm.threads;
  vm.threads = ts;
  port::mutex_unlock(&vm.threads_lock);
  return ts;
}

void thread_state_destroy(ThreadState* ts) {
  Vm& vm = *ts->vm;
  gc_release_cache(*ts);
  frame_stack_release(*ts);
  port::mutex_lock(&vm.threads_lock);
  for (ThreadState** p = &vm.threads; *p; p = &(*p)->next) {
    if (*p == ts) {
      *p = ts->next;
      break;
    }
  }
  port::mutex_unlock(&vm.threads_lock);
  if (vm.main_thread == ts) vm.main_thread = nullptr;
  ts->~ThreadState();
  port::arena_free(ts, sizeof(ThreadState));
}

}  // namespace weft
