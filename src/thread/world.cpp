// The stop-the-world handshake (docs/internals/threads.md, "Attached and detached").
//
// A thread's status is written only by the thread itself. The collector publishes
// stop_requested, then reads every status; a thread publishes its status, then reads
// stop_requested. Both sides use sequentially consistent operations (a Dekker pattern), so either
// the collector sees the thread detached, or the thread sees the request and backs off. A thread
// that detaches while a stop is requested notifies world_cond; attaching while one is requested
// waits on world_cond until the world restarts.
#include <cassert>

#include "gc/safepoint.hpp"
#include "thread/attach.hpp"
#include "thread/gil.hpp"
#include "thread/thread_runtime.hpp"

namespace weft {

namespace {

constexpr auto SC = std::memory_order_seq_cst;

void notify_world(ThreadRuntime& rt) {
  port::mutex_lock(&rt.world_lock);
  port::cond_broadcast(&rt.world_cond);
  port::mutex_unlock(&rt.world_lock);
}

// Waits while a stop is in progress; during finalization, forever.
void wait_for_restart(ThreadRuntime& rt) {
  port::mutex_lock(&rt.world_lock);
  while (rt.stop_requested.load(SC) || rt.finalizing.load(SC))
    port::cond_wait(&rt.world_cond, &rt.world_lock, -1);
  port::mutex_unlock(&rt.world_lock);
}

void set_detached(ThreadState& ts) {
  ThreadRuntime& rt = *ts.vm->thread_rt;
  ts.status.store(TS_DETACHED, SC);
  if (rt.stop_requested.load(SC)) notify_world(rt);
  if (ts.vm->gil_enabled) gil_release(ts);
}

void set_attached(ThreadState& ts) {
  ThreadRuntime& rt = *ts.vm->thread_rt;
  for (;;) {
    if (ts.vm->gil_enabled) gil_acquire(ts);
    ts.status.store(TS_ATTACHED, SC);
    if (!rt.stop_requested.load(SC) && !rt.finalizing.load(SC)) return;
    ts.status.store(TS_DETACHED, SC);
    notify_world(rt);
    if (ts.vm->gil_enabled) gil_release(ts);
    wait_for_restart(rt);
  }
}

// The address just below the caller's frame: everything the caller (and its callers) spilled
// lies above it.
__attribute__((noinline)) uintptr_t stack_pointer_below_caller() {
  return reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
}

bool other_thread_attached(Vm& vm, ThreadState& self) {
  for (ThreadState* t = vm.threads; t; t = t->next) {
    if (t != &self && t->status.load(SC) == TS_ATTACHED) return true;
  }
  return false;
}

// With threads_lock held: asks every other thread to stop and waits until none is attached.
void stop_others(ThreadState& self) {
  Vm& vm = *self.vm;
  ThreadRuntime& rt = *vm.thread_rt;
  rt.stop_requested.store(true, SC);
  for (ThreadState* t = vm.threads; t; t = t->next) {
    if (t != &self) t->eval_breaker.fetch_or(EB_STOP_FOR_GC, SC);
  }
  port::mutex_lock(&rt.world_lock);
  while (other_thread_attached(vm, self)) port::cond_wait(&rt.world_cond, &rt.world_lock, -1);
  port::mutex_unlock(&rt.world_lock);
}

}  // namespace

// __builtin_unwind_init spills the callee-saved registers into this frame, so pointers the
// callers keep in registers are on the scanned part of the stack while fn runs.
__attribute__((noinline)) void blocking_call(ThreadState& ts, void (*fn)(void*), void* ctx) {
  __builtin_unwind_init();
  ts.saved_sp = stack_pointer_below_caller();
  set_detached(ts);
  fn(ctx);
  set_attached(ts);
  asm volatile("" ::: "memory");
}

void safepoint_park(ThreadState& ts) {
  blocking_call(ts, [](void*) {}, nullptr);
}

void mutex_lock_detached(ThreadState& ts, port::Mutex* m) {
  if (port::mutex_trylock(m)) return;
  blocking(ts, [m] { port::mutex_lock(m); });
}

void thread_attach(ThreadState& ts) { set_attached(ts); }

void thread_detach_final(ThreadState& ts) {
  ts.saved_sp = 0;
  set_detached(ts);
}

bool stop_the_world(ThreadState& self) {
  Vm& vm = *self.vm;
  ThreadRuntime* rt = vm.thread_rt;
  // Two collectors: the second waits for the first detached (it may be one of the threads the
  // first is stopping). Holding threads_lock, no other stop can be in progress.
  mutex_lock_detached(self, &vm.threads_lock);
  if (rt->finalizing.load(SC)) {
    port::mutex_unlock(&vm.threads_lock);
    return false;
  }
  stop_others(self);
  return true;
}

void start_the_world(ThreadState& self) {
  Vm& vm = *self.vm;
  ThreadRuntime& rt = *vm.thread_rt;
  for (ThreadState* t = vm.threads; t; t = t->next)
    t->eval_breaker.fetch_and(~uint32_t(EB_STOP_FOR_GC), SC);
  port::mutex_lock(&rt.world_lock);
  rt.stop_requested.store(false, SC);
  port::cond_broadcast(&rt.world_cond);
  port::mutex_unlock(&rt.world_lock);
  port::mutex_unlock(&vm.threads_lock);
}

bool world_finalize(ThreadState& self) {
  Vm& vm = *self.vm;
  ThreadRuntime& rt = *vm.thread_rt;
  mutex_lock_detached(self, &vm.threads_lock);
  rt.finalizing.store(true, SC);
  stop_others(self);
  bool alone = vm.threads == &self && !self.next;
  // Threads that are still alive may be waiting for threads_lock (to unlink themselves); they
  // must keep waiting, so the lock stays held when they exist.
  if (alone) port::mutex_unlock(&vm.threads_lock);
  return alone;
}

}  // namespace weft
