// The port contract: everything Weft needs from an OS or from bare hardware, and nothing more.
// The core (src/) reaches the machine only through these functions; each port under ports/<name>/
// implements all of them. POSIX maps them to pthreads and libc; an MCU port to its own scheduler.
#pragma once

#include <cstddef>
#include <cstdint>

namespace weft::port {

// ---- memory -------------------------------------------------------------------------------------
// Arenas back the garbage-collected heap. `align` is a power of two no larger than `size`.
// Returns nullptr when the machine has no more memory (the heap then raises MemoryError).
void* arena_alloc(size_t size, size_t align);
void arena_free(void* p, size_t size);

// ---- time ---------------------------------------------------------------------------------------
int64_t monotonic_ns();   // never goes backwards; arbitrary epoch
int64_t wall_ns();        // nanoseconds since the Unix epoch (0 where no clock is set)
int64_t cpu_ns();         // CPU time of the process (falls back to monotonic where unknown)
// Sleeps ns nanoseconds. Returns false when a console interrupt (Ctrl-C) cut the sleep short in
// the thread that receives interrupts (see interrupt_install); other threads sleep the whole time.
bool sleep_ns(int64_t ns);

// ---- console ------------------------------------------------------------------------------------
// fd 0/1/2 as in POSIX. write returns bytes written or -1. read returns bytes read, 0 at end, -1 on
// error or when interrupted (then interrupted() says so).
long console_write(int fd, const void* data, size_t n);
long console_read(int fd, void* data, size_t n);
bool console_isatty(int fd);

// ---- files (optional: ports without a file system return -1 / nullptr) -------------------------
// Reads a whole file into a buffer from malloc-free storage owned by the caller via `sink`.
// `sink(ctx, data, n)` is called with chunks; returns false on open/read error.
bool file_read_all(const char* path, void (*sink)(void* ctx, const char* data, size_t n), void* ctx);
bool file_exists(const char* path);
bool dir_exists(const char* path);

// ---- threads ------------------------------------------------------------------------------------
struct Thread;                      // opaque
using ThreadEntry = void (*)(void* arg);
// stack_size 0 = the port's default. core -1 = any core. Returns nullptr on failure.
Thread* thread_start(ThreadEntry entry, void* arg, size_t stack_size, int core);
void thread_detach(Thread* t);      // the thread frees its own resources when it ends
// Threads started by thread_start never receive console interrupts: only the thread that called
// interrupt_install (the program's main thread) does.
uint64_t thread_native_id();        // id the OS shows for the calling thread
// Bounds of the calling thread's stack: [low, high). The stack grows down on every supported target.
void thread_stack_bounds(uintptr_t* low, uintptr_t* high);
size_t thread_default_stack_size();
int cpu_count();

// ---- mutex and condition ------------------------------------------------------------------------
// Storage is provided by the caller so these never allocate. Sizes are upper bounds for every port.
struct alignas(8) Mutex { unsigned char storage[64]; };
struct alignas(8) Cond { unsigned char storage[64]; };
void mutex_init(Mutex* m);
void mutex_destroy(Mutex* m);
void mutex_lock(Mutex* m);
bool mutex_trylock(Mutex* m);
void mutex_unlock(Mutex* m);
void cond_init(Cond* c);
void cond_destroy(Cond* c);
// timeout_ns < 0 waits forever. Returns false on timeout. May wake spuriously.
bool cond_wait(Cond* c, Mutex* m, int64_t timeout_ns);
void cond_signal(Cond* c);
void cond_broadcast(Cond* c);

// A counting semaphore, the one primitive a thread blocks on for a long time (lock waits, joins,
// sleeps of the VM's parking lot). sem_post is safe to call from an interrupt handler.
struct alignas(8) Sem { unsigned char storage[64]; };
enum SemWait : int { SEM_ACQUIRED = 0, SEM_TIMEOUT = 1, SEM_INTERRUPTED = 2 };
void sem_init(Sem* s);
void sem_destroy(Sem* s);
void sem_post(Sem* s);
// timeout_ns < 0 waits forever. SEM_INTERRUPTED: a console interrupt arrived in this thread.
SemWait sem_wait(Sem* s, int64_t timeout_ns);

// ---- console interrupts (Ctrl-C) ----------------------------------------------------------------
// Calls handler(ctx) in interrupt context (a POSIX signal handler: only lock-free atomics and
// sem_post are allowed there) on every Ctrl-C, in the calling thread, and makes that thread's
// blocking calls (sem_wait, sleep_ns, console_read) return early. nullptr uninstalls.
void interrupt_install(void (*handler)(void* ctx), void* ctx);

// ---- process ------------------------------------------------------------------------------------
[[noreturn]] void process_exit(int status);
const char* env_get(const char* name);  // nullptr where unset or unsupported

}  // namespace weft::port
