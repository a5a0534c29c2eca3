// Creating the threads runtime of a VM, and console interrupts: Ctrl-C (through the port's
// interrupt hook) and _thread.interrupt_main both mark an interrupt pending for the main thread,
// set EB_SIGNAL in its eval breaker and wake it if it is parked.
#include "thread/thread_runtime.hpp"

#include <new>

#include "thread/gil.hpp"
#include "thread/interrupt.hpp"
#include "thread/park.hpp"

namespace weft {

namespace {

// Runs in a signal handler: lock-free atomics and a semaphore post only.
void on_console_interrupt(void* ctx) { thread_interrupt_main(*static_cast<Vm*>(ctx)); }

}  // namespace

void thread_interrupt_main(Vm& vm) {
  vm.thread_rt->interrupt_pending.store(true, std::memory_order_seq_cst);
  ThreadState* main = vm.main_thread;
  if (!main) return;
  main->eval_breaker.fetch_or(EB_SIGNAL, std::memory_order_seq_cst);
  park_interrupt(*main);
}

bool thread_take_interrupt(Vm& vm) {
  return vm.thread_rt->interrupt_pending.exchange(false, std::memory_order_seq_cst);
}

bool thread_runtime_create(Vm& vm) {
  void* mem = port::arena_alloc(sizeof(ThreadRuntime), alignof(ThreadRuntime));
  if (!mem) return false;
  auto* rt = new (mem) ThreadRuntime();
  port::mutex_init(&rt->world_lock);
  port::cond_init(&rt->world_cond);
  for (ParkBucket& b : rt->buckets) port::mutex_init(&b.lock);
  vm.thread_rt = rt;
  gil_init(vm);
  port::interrupt_install(on_console_interrupt, &vm);
  return true;
}

void thread_runtime_destroy(Vm& vm) {
  ThreadRuntime* rt = vm.thread_rt;
  if (!rt) return;
  port::interrupt_install(nullptr, nullptr);
  gil_destroy(vm);
  for (ParkBucket& b : rt->buckets) port::mutex_destroy(&b.lock);
  port::cond_destroy(&rt->world_cond);
  port::mutex_destroy(&rt->world_lock);
  rt->~ThreadRuntime();
  port::arena_free(rt, sizeof(ThreadRuntime));
  vm.thread_rt = nullptr;
}

}  // namespace weft
