// The stop-the-world protocol with real threads: collections run while other threads allocate
// (and park at safepoints) or wait detached, and every object they hold survives intact.
#include <gtest/gtest.h>

#include <atomic>

#include "gc/safepoint.hpp"
#include "object/list.hpp"
#include "object/runtime.hpp"
#include "thread/attach.hpp"
#include "thread/thread_state.hpp"
#include "vm/eval_breaker.hpp"
#include "weft/vm.hpp"

using namespace weft;

namespace {

struct Worker {
  Vm* vm;
  ThreadState* ts;
  std::atomic<bool>* stop;
  std::atomic<int>* finished;
  bool ok = true;
};

// Builds lists of small ints, polls the eval breaker like the interpreter does, and checks that
// the list it keeps is never corrupted by a collection.
void allocating_thread(void* arg) {
  auto* w = static_cast<Worker*>(arg);
  ThreadState& ts = *w->ts;
  thread_state_bind(ts);
  thread_attach(ts);
  List* keep = list_new(ts, 0);
  for (int round = 0; !w->stop->load() && keep; round++) {
    List* l = list_new(ts, 0);
    for (int i = 0; l && i < 64; i++) w->ok &= list_append(ts, l, Value::from_int(i));
    if (round % 8 == 0) w->ok &= list_append(ts, keep, Value::from_obj(l));
    w->ok &= eval_breaker_poll(ts);
  }
  for (size_t i = 0; keep && i < list_size(keep); i++) {
    List* l = as_list(list_get(keep, i));
    w->ok &= list_size(l) == 64 && list_get(l, 63) == Value::from_int(63);
  }
  w->ok &= keep != nullptr;
  thread_detach_final(ts);
  thread_state_destroy(&ts);
  w->finished->fetch_add(1);
}

TEST(StopTheWorld, CollectsWhileThreadsAllocate) {
  VmOptions options;
  options.gil = 0;
  Vm* vm = vm_create(options);
  ASSERT_NE(vm, nullptr);
  ThreadState& main = *vm->main_thread;
  std::atomic<bool> stop{false};
  std::atomic<int> finished{0};
  constexpr int N = 3;
  Worker workers[N];
  for (auto& w : workers) {
    w = Worker{vm, thread_state_new(*vm, &main), &stop, &finished};
    ASSERT_NE(w.ts, nullptr);
    port::Thread* t = port::thread_start(allocating_thread, &w, 0, -1);
    ASSERT_NE(t, nullptr);
    port::thread_detach(t);
  }
  size_t before = gc_stats(vm->heap).collections;
  for (int i = 0; i < 20; i++) gc_collect(main);
  EXPECT_GE(gc_stats(vm->heap).collections, before + 20);
  stop.store(true);
  // Waiting detached: the workers' own collections must not wait for this thread.
  while (finished.load() < N) blocking(main, [] { port::sleep_ns(1000000); });
  for (auto& w : workers) EXPECT_TRUE(w.ok);
  vm_destroy(vm);
}

TEST(StopTheWorld, DetachedThreadDoesNotDelayCollection) {
  VmOptions options;
  options.gil = 1;
  Vm* vm = vm_create(options);
  ASSERT_NE(vm, nullptr);
  ThreadState& main = *vm->main_thread;
  std::atomic<bool> release{false};
  std::atomic<int> finished{0};
  struct Blocked {
    ThreadState* ts;
    std::atomic<bool>* release;
    std::atomic<int>* finished;
  } b{thread_state_new(*vm, &main), &release, &finished};
  auto body = [](void* arg) {
    auto* b = static_cast<Blocked*>(arg);
    thread_state_bind(*b->ts);
    thread_attach(*b->ts);
    blocking(*b->ts, [b] {
      while (!b->release->load()) port::sleep_ns(1000000);
    });
    thread_detach_final(*b->ts);
    thread_state_destroy(b->ts);
    b->finished->fetch_add(1);
  };
  port::Thread* t = port::thread_start(body, &b, 0, -1);
  ASSERT_NE(t, nullptr);
  port::thread_detach(t);
  for (int i = 0; i < 5; i++) gc_collect(main);  // with the GIL: the blocked thread released it
  release.store(true);
  while (finished.load() < 1) blocking(main, [] { port::sleep_ns(1000000); });
  vm_destroy(vm);
}

}  // namespace
