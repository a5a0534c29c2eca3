// The parking lot: every long wait of a Python thread (a lock, a join, a sleep) blocks here, on
// its own semaphore, keyed by an address. Waiting detaches the thread (a collection never waits
// for it); the main thread's waits end early on Ctrl-C / interrupt_main. Objects therefore need
// no OS primitive of their own: a lock is one atomic word.
#pragma once

#include "object/runtime.hpp"

namespace weft {

enum class ParkResult { Woken, Timeout, Invalid, Interrupted };

// Blocks until unparked at `addr`, the timeout (ns; < 0 = none) passes, or (main thread only,
// when `interruptible`) an interrupt is pending. `still_wait(addr, ctx)` runs under the bucket
// lock before the thread sleeps; when it returns false the call returns Invalid at once (the
// state changed, as a futex's value check). Called attached; returns attached.
ParkResult park(ThreadState& ts, const void* addr, bool (*still_wait)(const void* addr, void* ctx),
                void* ctx, int64_t timeout_ns, bool interruptible);
// Wakes the oldest thread parked at `addr`; returns true when others still wait there.
bool unpark_one(Vm& vm, const void* addr);
void unpark_all(Vm& vm, const void* addr);
// Wakes `ts` if it is parked anywhere interruptibly, so that it sees a pending interrupt. Safe in a
// signal handler: it only posts the thread's semaphore.
void park_interrupt(ThreadState& ts);

}  // namespace weft
