// Thread states: created detached (by the main thread for itself, or by a parent for a thread it
// starts), bound to their OS thread by the thread itself (the stack bounds are the caller's), and
// kept on Vm::threads under Vm::threads_lock.
#include "thread/thread_state.hpp"

#include <new>

#include "gc/safepoint.hpp"
#include "thread/attach.hpp"
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

ThreadState* thread_state_new(Vm& vm, ThreadState* creator) {
  void* mem = port::arena_alloc(sizeof(ThreadState), alignof(ThreadState));
  if (!mem) return nullptr;
  auto* ts = new (mem) ThreadState();
  ts->vm = &vm;
  ts->pending = Value::error();
  ts->handled = Value::error();
  ts->boot = Value::error();
  ts->ident = reinterpret_cast<uintptr_t>(ts);
  ts->status.store(TS_DETACHED, std::memory_order_relaxed);
  port::sem_init(&ts->park_sem);
  if (creator) {
    mutex_lock_detached(*creator, &vm.threads_lock);
  } else {
    port::mutex_lock(&vm.threads_lock);
  }
  ts->next = vm.threads;
  vm.threads = ts;
  port::mutex_unlock(&vm.threads_lock);
  return ts;
}

void thread_state_bind(ThreadState& ts) {
  ts.native_id = port::thread_native_id();
  set_stack_bounds(ts);
}

ThreadState* thread_state_create(Vm& vm) {
  ThreadState* ts = thread_state_new(vm, nullptr);
  if (!ts) return nullptr;
  thread_state_bind(*ts);
  thread_attach(*ts);
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
  if (vm.main_thread == ts) vm.main_thread = nullptr;
  port::mutex_unlock(&vm.threads_lock);
  port::sem_destroy(&ts->park_sem);
  ts->~ThreadState();
  port::arena_free(ts, sizeof(ThreadState));
}

}  // namespace weft
