// The contended side of per-object guards (object/guard.hpp): a short spin, because guards are
// held for a few hundred instructions at most, then a detached park, so that a collection
// started by the holder never waits for this thread.
#include "object/guard.hpp"
#include "thread/park.hpp"

namespace weft {

namespace {

constexpr int SPINS = 64;

bool still_held(const void* addr, void*) {
  return static_cast<const std::atomic<uint8_t>*>(addr)->load(std::memory_order_relaxed) == 2;
}

void cpu_relax() {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__) || defined(__arm__)
  asm volatile("yield");
#endif
}

}  // namespace

void guard_lock_slow(ThreadState& ts, Object* o) {
  std::atomic<uint8_t>& g = o->guard;
  for (int i = 0; i < SPINS; i++) {
    cpu_relax();
    uint8_t free = 0;
    if (g.load(std::memory_order_relaxed) == 0 &&
        g.compare_exchange_weak(free, 1, std::memory_order_acquire))
      return;
  }
  while (g.exchange(2, std::memory_order_acquire) != 0)
    static_cast<void>(park(ts, &g, still_held, nullptr, -1, false));
}

void guard_wake(ThreadState& ts, Object* o) { unpark_one(*ts.vm, &o->guard); }

}  // namespace weft
