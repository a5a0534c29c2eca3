// POSIX port: console interrupts (SIGINT) and semaphores. The handler is installed without
// SA_RESTART so that a blocking call in the main thread returns EINTR; threads started by the
// port block SIGINT (threads_sync.cpp), so the signal always lands in the installing thread.
// A signal handler cannot take a context argument, so the handler and its context are the one
// piece of process-wide state of this port.
#include <semaphore.h>
#include <signal.h>
#include <time.h>

#include <atomic>
#include <cerrno>

#include "interrupts.hpp"
#include "weft/port.hpp"

namespace weft::port {

namespace {

struct InterruptState {
  std::atomic<void (*)(void*)> handler{nullptr};
  std::atomic<void*> ctx{nullptr};
  std::atomic<unsigned> count{0};
};

InterruptState& interrupts() {
  static InterruptState state;
  return state;
}

void on_sigint(int) {
  int saved = errno;
  InterruptState& s = interrupts();
  s.count.fetch_add(1, std::memory_order_seq_cst);
  if (auto h = s.handler.load(std::memory_order_acquire)) h(s.ctx.load(std::memory_order_acquire));
  errno = saved;
}

sem_t* native(Sem* s) { return reinterpret_cast<sem_t*>(s->storage); }

static_assert(sizeof(sem_t) <= sizeof(Sem::storage), "Sem storage too small");

}  // namespace

unsigned interrupt_count() { return interrupts().count.load(std::memory_order_seq_cst); }

void interrupt_install(void (*handler)(void* ctx), void* ctx) {
  InterruptState& s = interrupts();
  s.ctx.store(ctx, std::memory_order_release);
  s.handler.store(handler, std::memory_order_release);
  struct sigaction sa {};
  sa.sa_handler = handler ? on_sigint : SIG_DFL;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: blocking calls must see EINTR
  sigaction(SIGINT, &sa, nullptr);
}

void sem_init(Sem* s) { ::sem_init(native(s), 0, 0); }
void sem_destroy(Sem* s) { ::sem_destroy(native(s)); }
void sem_post(Sem* s) { ::sem_post(native(s)); }

// EINTR from a signal other than a console interrupt resumes the wait (with the time left).
SemWait sem_wait(Sem* s, int64_t timeout_ns) {
  unsigned seen = interrupt_count();
  int64_t deadline = timeout_ns >= 0 ? monotonic_ns() + timeout_ns : 0;
  for (;;) {
    int rc;
    if (timeout_ns < 0) {
      rc = ::sem_wait(native(s));
    } else {
      timespec ts{time_t(deadline / 1000000000), long(deadline % 1000000000)};
      rc = ::sem_clockwait(native(s), CLOCK_MONOTONIC, &ts);
    }
    if (rc == 0) return SEM_ACQUIRED;
    if (errno == ETIMEDOUT) return SEM_TIMEOUT;
    if (errno == EINTR && interrupt_count() != seen) return SEM_INTERRUPTED;
  }
}

}  // namespace weft::port
