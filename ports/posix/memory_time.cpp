// POSIX port: heap arenas from mmap, clocks from clock_gettime, and process-level services.
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>

#include "interrupts.hpp"
#include "weft/port.hpp"

namespace weft::port {

// mmap gives page alignment only; larger alignments over-map and trim both ends.
void* arena_alloc(size_t size, size_t align) {
  size_t span = align > size_t(sysconf(_SC_PAGESIZE)) ? size + align : size;
  void* raw = mmap(nullptr, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) return nullptr;
  uintptr_t start = reinterpret_cast<uintptr_t>(raw);
  uintptr_t aligned = (start + align - 1) & ~(uintptr_t(align) - 1);
  if (aligned > start) munmap(raw, aligned - start);
  size_t tail = (start + span) - (aligned + size);
  if (tail > 0) munmap(reinterpret_cast<void*>(aligned + size), tail);
  return reinterpret_cast<void*>(aligned);
}

void arena_free(void* p, size_t size) { munmap(p, size); }

static int64_t clock_ns(clockid_t id) {
  timespec t;
  clock_gettime(id, &t);
  return int64_t(t.tv_sec) * 1000000000 + t.tv_nsec;
}

int64_t monotonic_ns() { return clock_ns(CLOCK_MONOTONIC); }
int64_t wall_ns() { return clock_ns(CLOCK_REALTIME); }
int64_t cpu_ns() { return clock_ns(CLOCK_PROCESS_CPUTIME_ID); }

// Resumes nanosleep after a signal, unless the signal was a console interrupt (interrupts.cpp).
bool sleep_ns(int64_t ns) {
  if (ns <= 0) return true;
  unsigned seen = interrupt_count();
  timespec req{time_t(ns / 1000000000), long(ns % 1000000000)};
  timespec rem;
  while (nanosleep(&req, &rem) != 0 && errno == EINTR) {
    if (interrupt_count() != seen) return false;
    req = rem;
  }
  return true;
}

void process_exit(int status) { _exit(status); }

const char* env_get(const char* name) { return getenv(name); }

int cpu_count() {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? int(n) : 1;
}

}  // namespace weft::port
