// The parking lot: buckets of FIFO waiter lists under leaf mutexes, one semaphore per thread.
// An unparker dequeues a waiter, marks it woken and posts its semaphore while holding the bucket
// lock; the waiter checks `woken` under the same lock, so it never leaves (and never frees its
// ThreadState) before the post is done. Extra posts (interrupts, a timeout racing a wake) only
// cause a spurious wake-up, which the loop absorbs.
#include "thread/park.hpp"

#include "gc/safepoint.hpp"
#include "thread/thread_runtime.hpp"

namespace weft {

struct ParkWaiter {
  ParkWaiter* next;
  const void* addr;
  ThreadState* ts;
  bool woken;
};

namespace {

ParkBucket& bucket_of(Vm& vm, const void* addr) {
  uintptr_t a = reinterpret_cast<uintptr_t>(addr);
  size_t h = size_t((a >> 4) ^ (a >> 12)) % PARK_BUCKETS;
  return vm.thread_rt->buckets[h];
}

void enqueue(ParkBucket& b, ParkWaiter* w) {
  w->next = nullptr;
  if (b.tail) b.tail->next = w;
  else b.head = w;
  b.tail = w;
}

// Removes the first waiter that `pick` accepts; returns it or nullptr.
template <class Pick>
ParkWaiter* dequeue(ParkBucket& b, Pick pick) {
  ParkWaiter* prev = nullptr;
  for (ParkWaiter* w = b.head; w; prev = w, w = w->next) {
    if (!pick(w)) continue;
    if (prev) prev->next = w->next;
    else b.head = w->next;
    if (b.tail == w) b.tail = prev;
    return w;
  }
  return nullptr;
}

bool interrupt_requested(ThreadState& ts) {
  return (ts.eval_breaker.load(std::memory_order_acquire) & EB_SIGNAL) != 0;
}

struct Wait {
  ParkBucket* bucket;
  ParkWaiter* waiter;
  ThreadState* ts;
  int64_t deadline;  // monotonic ns; < 0 = none
  bool interruptible;
  ParkResult result;
};

// The detached part of park: sleep on the semaphore until woken, timed out or interrupted.
void wait_detached(Wait& w) {
  for (;;) {
    int64_t left = -1;
    if (w.deadline >= 0) {
      left = w.deadline - port::monotonic_ns();
      if (left < 0) left = 0;
    }
    port::SemWait r = port::sem_wait(&w.ts->park_sem, left);
    port::mutex_lock(&w.bucket->lock);
    if (w.waiter->woken) {
      port::mutex_unlock(&w.bucket->lock);
      w.result = ParkResult::Woken;
      return;
    }
    bool timed_out = r == port::SEM_TIMEOUT ||
                     (w.deadline >= 0 && port::monotonic_ns() >= w.deadline);
    bool interrupted = w.interruptible && interrupt_requested(*w.ts);
    if (timed_out || interrupted) {
      ParkWaiter* self = w.waiter;
      dequeue(*w.bucket, [self](ParkWaiter* x) { return x == self; });
      port::mutex_unlock(&w.bucket->lock);
      w.result = interrupted ? ParkResult::Interrupted : ParkResult::Timeout;
      return;
    }
    port::mutex_unlock(&w.bucket->lock);
  }
}

}  // namespace

ParkResult park(ThreadState& ts, const void* addr, bool (*still_wait)(const void*, void*),
                void* ctx, int64_t timeout_ns, bool interruptible) {
  Vm& vm = *ts.vm;
  interruptible = interruptible && &ts == vm.main_thread;
  ParkBucket& b = bucket_of(vm, addr);
  ParkWaiter waiter{nullptr, addr, &ts, false};
  port::mutex_lock(&b.lock);
  if ((still_wait && !still_wait(addr, ctx)) || (interruptible && interrupt_requested(ts))) {
    port::mutex_unlock(&b.lock);
    return interruptible && interrupt_requested(ts) ? ParkResult::Interrupted : ParkResult::Invalid;
  }
  enqueue(b, &waiter);
  port::mutex_unlock(&b.lock);
  int64_t deadline = timeout_ns >= 0 ? port::monotonic_ns() + timeout_ns : -1;
  Wait w{&b, &waiter, &ts, deadline, interruptible, ParkResult::Timeout};
  blocking(ts, [&w] { wait_detached(w); });
  return w.result;
}

bool unpark_one(Vm& vm, const void* addr) {
  ParkBucket& b = bucket_of(vm, addr);
  port::mutex_lock(&b.lock);
  ParkWaiter* w = dequeue(b, [addr](ParkWaiter* x) { return x->addr == addr; });
  if (w) {
    w->woken = true;
    port::sem_post(&w->ts->park_sem);
  }
  bool more = false;
  for (ParkWaiter* x = b.head; x && !more; x = x->next) more = x->addr == addr;
  port::mutex_unlock(&b.lock);
  return more;
}

void unpark_all(Vm& vm, const void* addr) {
  ParkBucket& b = bucket_of(vm, addr);
  port::mutex_lock(&b.lock);
  while (ParkWaiter* w = dequeue(b, [addr](ParkWaiter* x) { return x->addr == addr; })) {
    w->woken = true;
    port::sem_post(&w->ts->park_sem);
  }
  port::mutex_unlock(&b.lock);
}

void park_interrupt(ThreadState& ts) { port::sem_post(&ts.park_sem); }

}  // namespace weft
