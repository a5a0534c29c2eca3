// The life of a _thread thread: the parent creates its state (detached, holding the boot tuple
// (func, args, kwargs, handle) as a root) and starts a port thread; the thread binds its stack,
// attaches, runs the function, reports an uncaught exception (SystemExit ends it silently),
// marks its handle done, detaches for good and frees its state.
#include "thread/thread_start.hpp"

#include <string>

#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/exception.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "thread/attach.hpp"
#include "thread/park.hpp"
#include "thread/thread_runtime.hpp"
#include "thread/thread_state.hpp"
#include "thread/unraisable.hpp"
#include "vm/eval_breaker.hpp"

namespace weft {

namespace {

enum { BOOT_FUNC, BOOT_ARGS, BOOT_KWARGS, BOOT_HANDLE, BOOT_DAEMON, BOOT_SIZE };

void report_uncaught(ThreadState& ts, Value func) {
  Value exc = take_pending(ts);
  if (exc.is_error() || is_instance(ts, exc, ts.vm->types.SystemExit)) return;
  // CPython 3.13: the function is part of the message, and the hook's object is None.
  Value r = obj_repr(ts, func);
  std::string msg = "Exception ignored in thread started by ";
  if (!r.is_error()) msg += std::string(str_view(as_str(r)));
  ts.pending = Value::error();
  write_unraisable(ts, exc, msg.c_str(), ts.vm->none);
}

void run_boot(ThreadState& ts) {
  Tuple* boot = as_tuple(ts.boot);
  Value func = boot->items[BOOT_FUNC];
  Value kwargs = boot->items[BOOT_KWARGS];
  Dict* kw = kwargs == ts.vm->none ? nullptr : static_cast<Dict*>(kwargs.as_obj());
  Value result = call_tuple_dict(ts, func, as_tuple(boot->items[BOOT_ARGS]), kw);
  if (result.is_error()) report_uncaught(ts, func);
  ts.pending = Value::error();
  ts.handled = Value::error();
}

void thread_main(void* arg) {
  ThreadState& ts = *static_cast<ThreadState*>(arg);
  Vm& vm = *ts.vm;
  thread_state_bind(ts);
  thread_attach(ts);
  run_boot(ts);
  Value handle = as_tuple(ts.boot)->items[BOOT_HANDLE];
  bool daemon = as_tuple(ts.boot)->items[BOOT_DAEMON] == vm.true_;
  ThreadRuntime& rt = *vm.thread_rt;
  rt.thread_count.fetch_sub(1, std::memory_order_acq_rel);
  if (!daemon && rt.non_daemon_count.fetch_sub(1, std::memory_order_acq_rel) == 1)
    unpark_all(vm, &rt.non_daemon_count);
  // The handle stays rooted (ts.boot) until the joiners are woken.
  if (handle != vm.none) thread_handle_set_done(vm, static_cast<ThreadHandle*>(handle.as_obj()));
  ts.boot = Value::error();
  thread_detach_final(ts);
  thread_state_destroy(&ts);
}

}  // namespace

uint64_t thread_start_new(ThreadState& ts, Value func, Tuple* args, Dict* kwargs,
                          ThreadHandle* handle, bool daemon) {
  Vm& vm = *ts.vm;
  Value items[BOOT_SIZE] = {func, Value::from_obj(args),
                            kwargs ? Value::from_obj(kwargs) : vm.none,
                            handle ? Value::from_obj(handle) : vm.none, boolean(ts, daemon)};
  Value boot = tuple_new(ts, items, BOOT_SIZE);
  if (boot.is_error()) return 0;
  ThreadState* child = thread_state_new(vm, &ts);
  if (!child) {
    raise_no_memory(ts);
    return 0;
  }
  child->boot = boot;
  if (handle) {
    handle->ident.store(child->ident, std::memory_order_relaxed);
    handle->started = 1;
  }
  uint64_t ident = child->ident;
  vm.thread_rt->thread_count.fetch_add(1, std::memory_order_acq_rel);
  if (!daemon) vm.thread_rt->non_daemon_count.fetch_add(1, std::memory_order_acq_rel);
  size_t stack = vm.thread_rt->stack_size.load(std::memory_order_relaxed);
  port::Thread* t = port::thread_start(thread_main, child, stack, -1);
  if (!t) {
    vm.thread_rt->thread_count.fetch_sub(1, std::memory_order_acq_rel);
    if (!daemon) vm.thread_rt->non_daemon_count.fetch_sub(1, std::memory_order_acq_rel);
    child->boot = Value::error();
    thread_state_destroy(child);
    raise(ts, vm.types.RuntimeError, "can't start new thread");
    return 0;
  }
  port::thread_detach(t);
  return ident;
}

namespace {

bool still_running(const void* addr, void*) {
  return static_cast<const std::atomic<uint32_t>*>(addr)->load(std::memory_order_acquire) == 0;
}

}  // namespace

void thread_handle_set_done(Vm& vm, ThreadHandle* h) {
  h->done.store(1, std::memory_order_release);
  unpark_all(vm, &h->done);
}

bool thread_wait_non_daemon(ThreadState& ts) {
  auto* count = &ts.vm->thread_rt->non_daemon_count;
  auto still = [](const void* addr, void*) {
    return static_cast<const std::atomic<intptr_t>*>(addr)->load(std::memory_order_acquire) > 0;
  };
  while (count->load(std::memory_order_acquire) > 0) {
    ParkResult r = park(ts, count, still, nullptr, -1, true);
    if (r == ParkResult::Interrupted && !eval_breaker_handle(ts)) return false;
  }
  return true;
}

bool thread_handle_join(ThreadState& ts, ThreadHandle* h, int64_t timeout_ns) {
  if (h->ident.load(std::memory_order_relaxed) == ts.ident) {
    raise(ts, ts.vm->types.RuntimeError, "Cannot join current thread");
    return false;
  }
  int64_t deadline = timeout_ns >= 0 ? port::monotonic_ns() + timeout_ns : -1;
  while (h->done.load(std::memory_order_acquire) == 0) {
    int64_t left = -1;
    if (deadline >= 0) {
      left = deadline - port::monotonic_ns();
      if (left <= 0) return true;
    }
    ParkResult r = park(ts, &h->done, still_running, nullptr, left, true);
    if (r == ParkResult::Interrupted && !eval_breaker_handle(ts)) return false;
  }
  return true;
}

}  // namespace weft
