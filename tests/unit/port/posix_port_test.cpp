// Tests of the POSIX port on its own: arenas, clocks, console/file access, threads, mutexes and
// condition waits with timeouts.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdint>
#include <string>

#include "weft/port.hpp"

using namespace weft;

TEST(PosixPort, ArenaIsAlignedAndWritable) {
  const size_t size = 1 << 20, align = 1 << 20;
  auto* p = static_cast<unsigned char*>(port::arena_alloc(size, align));
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(p) % align, 0u);
  p[0] = 1;
  p[size - 1] = 2;
  EXPECT_EQ(p[0] + p[size - 1], 3);
  port::arena_free(p, size);
}

TEST(PosixPort, MonotonicClockAdvancesAcrossSleep) {
  int64_t t0 = port::monotonic_ns();
  port::sleep_ns(2000000);
  int64_t t1 = port::monotonic_ns();
  EXPECT_GE(t1 - t0, 2000000);
  EXPECT_GT(port::wall_ns(), int64_t(1600000000) * 1000000000);
}

TEST(PosixPort, ReadsWholeFileAndRejectsDirectories) {
  std::string text;
  auto sink = [](void* ctx, const char* d, size_t n) {
    static_cast<std::string*>(ctx)->append(d, n);
  };
  ASSERT_TRUE(port::file_read_all("/proc/self/cmdline", sink, &text));
  EXPECT_FALSE(text.empty());
  EXPECT_FALSE(port::file_read_all("/", sink, &text));
  EXPECT_FALSE(port::file_read_all("/no/such/file", sink, &text));
  EXPECT_TRUE(port::dir_exists("/"));
  EXPECT_FALSE(port::file_exists("/"));
}

TEST(PosixPort, ConditionWaitTimesOut) {
  port::Mutex m;
  port::Cond c;
  port::mutex_init(&m);
  port::cond_init(&c);
  port::mutex_lock(&m);
  int64_t t0 = port::monotonic_ns();
  bool signalled = port::cond_wait(&c, &m, 5000000);
  int64_t waited = port::monotonic_ns() - t0;
  port::mutex_unlock(&m);
  // A spurious wake-up may return true early; a timeout must have waited the full time.
  if (!signalled) {
    EXPECT_GE(waited, 5000000);
  }
  port::cond_destroy(&c);
  port::mutex_destroy(&m);
}

struct Handoff {
  port::Mutex m;
  port::Cond c;
  bool done = false;
  uintptr_t low = 0, high = 0, local = 0;
  uint64_t native_id = 0;
};

static void thread_body(void* arg) {
  auto* h = static_cast<Handoff*>(arg);
  int marker = 0;
  port::thread_stack_bounds(&h->low, &h->high);
  h->local = reinterpret_cast<uintptr_t>(&marker);
  h->native_id = port::thread_native_id();
  port::mutex_lock(&h->m);
  h->done = true;
  port::cond_signal(&h->c);
  port::mutex_unlock(&h->m);
}

TEST(PosixPort, ThreadRunsWithRequestedStackAndOwnBounds) {
  Handoff h;
  port::mutex_init(&h.m);
  port::cond_init(&h.c);
  port::Thread* t = port::thread_start(thread_body, &h, 256 * 1024, -1);
  ASSERT_NE(t, nullptr);
  port::thread_detach(t);
  port::mutex_lock(&h.m);
  while (!h.done) port::cond_wait(&h.c, &h.m, -1);
  port::mutex_unlock(&h.m);
  EXPECT_LT(h.low, h.local);
  EXPECT_LT(h.local, h.high);
  EXPECT_GE(h.high - h.low, 256u * 1024);
  EXPECT_NE(h.native_id, port::thread_native_id());
  EXPECT_GE(port::cpu_count(), 1);
}
