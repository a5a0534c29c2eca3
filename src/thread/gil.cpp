// The GIL: a flag under a mutex with two conditions, the switch interval and forced switching.
#include "thread/gil.hpp"

#include "thread/thread_runtime.hpp"

namespace weft {

namespace {

Gil& gil_of(ThreadState& ts) { return ts.vm->thread_rt->gil; }

}  // namespace

void gil_init(Vm& vm) {
  Gil& g = vm.thread_rt->gil;
  port::mutex_init(&g.lock);
  port::cond_init(&g.released);
  port::cond_init(&g.switched);
}

void gil_destroy(Vm& vm) {
  Gil& g = vm.thread_rt->gil;
  port::cond_destroy(&g.switched);
  port::cond_destroy(&g.released);
  port::mutex_destroy(&g.lock);
}

// A waiter that saw no hand-over for a whole interval asks the holder to drop the GIL.
void gil_acquire(ThreadState& ts) {
  Gil& g = gil_of(ts);
  port::mutex_lock(&g.lock);
  g.waiting++;
  while (g.locked) {
    uint64_t seen = g.switches;
    int64_t interval = ts.vm->thread_rt->switch_interval_ns.load(std::memory_order_relaxed);
    bool signalled = port::cond_wait(&g.released, &g.lock, interval);
    if (!signalled && g.locked && g.switches == seen && g.holder)
      g.holder->eval_breaker.fetch_or(EB_DROP_GIL, std::memory_order_relaxed);
  }
  g.waiting--;
  g.locked = true;
  g.holder = &ts;
  g.switches++;
  // A request aimed at this thread's previous turn is stale.
  ts.eval_breaker.fetch_and(~uint32_t(EB_DROP_GIL), std::memory_order_relaxed);
  port::cond_broadcast(&g.switched);
  port::mutex_unlock(&g.lock);
}

void gil_release(ThreadState& ts) {
  Gil& g = gil_of(ts);
  port::mutex_lock(&g.lock);
  g.locked = false;
  g.holder = nullptr;
  port::cond_signal(&g.released);
  port::mutex_unlock(&g.lock);
}

void gil_wait_for_switch(ThreadState& ts) {
  Gil& g = gil_of(ts);
  port::mutex_lock(&g.lock);
  uint64_t seen = g.switches;
  while (g.switches == seen && g.waiting > 0 && !g.locked)
    port::cond_wait(&g.switched, &g.lock, -1);
  port::mutex_unlock(&g.lock);
}

}  // namespace weft
