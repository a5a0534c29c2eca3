// POSIX port: threads (pthreads with a chosen stack size and optional core affinity), their stack
// bounds for RecursionError checks and GC stack scanning, and mutexes/condition variables placed
// in caller-provided storage so the core never allocates for them.
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <new>

#include "weft/port.hpp"

namespace weft::port {

static_assert(sizeof(pthread_mutex_t) <= sizeof(Mutex::storage), "Mutex storage too small");
static_assert(sizeof(pthread_cond_t) <= sizeof(Cond::storage), "Cond storage too small");

// Owned by two parties, the new thread and the starter (until thread_detach): the new thread may
// still be starting when the starter detaches, so the last of the two frees the record.
struct Thread {
  pthread_t handle;
  ThreadEntry entry;
  void* arg;
  std::atomic<int> owners;
};

static void release(Thread* t) {
  if (t->owners.fetch_sub(1, std::memory_order_acq_rel) == 1) std::free(t);
}

static void* thread_trampoline(void* p) {
  Thread* t = static_cast<Thread*>(p);
  ThreadEntry entry = t->entry;
  void* arg = t->arg;
  release(t);
  entry(arg);
  return nullptr;
}

Thread* thread_start(ThreadEntry entry, void* arg, size_t stack_size, int core) {
  Thread* t = static_cast<Thread*>(std::malloc(sizeof(Thread)));
  if (!t) return nullptr;
  t->entry = entry;
  t->arg = arg;
  new (&t->owners) std::atomic<int>(2);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  if (stack_size) pthread_attr_setstacksize(&attr, stack_size);
  if (core >= 0) {
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(core, &set);
    pthread_attr_setaffinity_np(&attr, sizeof set, &set);
  }
  // The new thread inherits the signal mask: it never takes console interrupts (port.hpp).
  sigset_t block, old;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  pthread_sigmask(SIG_BLOCK, &block, &old);
  int rc = pthread_create(&t->handle, &attr, thread_trampoline, t);
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  pthread_attr_destroy(&attr);
  if (rc != 0) {
    std::free(t);
    return nullptr;
  }
  return t;
}

// The OS reclaims the thread itself when it ends.
void thread_detach(Thread* t) {
  pthread_detach(t->handle);
  release(t);
}

uint64_t thread_native_id() { return uint64_t(syscall(SYS_gettid)); }

void thread_stack_bounds(uintptr_t* low, uintptr_t* high) {
  pthread_attr_t attr;
  void* addr = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
  }
  *low = reinterpret_cast<uintptr_t>(addr);
  *high = *low + size;
}

size_t thread_default_stack_size() {
  pthread_attr_t attr;
  size_t size = 0;
  pthread_attr_init(&attr);
  pthread_attr_getstacksize(&attr, &size);
  pthread_attr_destroy(&attr);
  return size;
}

static pthread_mutex_t* native(Mutex* m) { return reinterpret_cast<pthread_mutex_t*>(m->storage); }
static pthread_cond_t* native(Cond* c) { return reinterpret_cast<pthread_cond_t*>(c->storage); }

void mutex_init(Mutex* m) { pthread_mutex_init(new (m->storage) pthread_mutex_t, nullptr); }
void mutex_destroy(Mutex* m) { pthread_mutex_destroy(native(m)); }
void mutex_lock(Mutex* m) { pthread_mutex_lock(native(m)); }
bool mutex_trylock(Mutex* m) { return pthread_mutex_trylock(native(m)) == 0; }
void mutex_unlock(Mutex* m) { pthread_mutex_unlock(native(m)); }

// Timed waits use CLOCK_MONOTONIC so that changing the wall clock does not stretch a timeout.
void cond_init(Cond* c) {
  pthread_condattr_t attr;
  pthread_condattr_init(&attr);
  pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
  pthread_cond_init(new (c->storage) pthread_cond_t, &attr);
  pthread_condattr_destroy(&attr);
}
void cond_destroy(Cond* c) { pthread_cond_destroy(native(c)); }

bool cond_wait(Cond* c, Mutex* m, int64_t timeout_ns) {
  if (timeout_ns < 0) return pthread_cond_wait(native(c), native(m)) == 0;
  int64_t deadline = monotonic_ns() + timeout_ns;
  timespec ts{time_t(deadline / 1000000000), long(deadline % 1000000000)};
  return pthread_cond_timedwait(native(c), native(m), &ts) != ETIMEDOUT;
}

void cond_signal(Cond* c) { pthread_cond_signal(native(c)); }
void cond_broadcast(Cond* c) { pthread_cond_broadcast(native(c)); }

}  // namespace weft::port
