// Safepoints: stopping the world for a collection, parking at a safepoint, and running a blocking
// call detached. Declared here, where the collector and the lower layers need them; implemented by
// the threads runtime (src/thread/world.cpp). See docs/internals/threads.md for the protocol.
#pragma once

#include <type_traits>

#include "object/runtime.hpp"

namespace weft {

// Brings every other thread to a state where it touches no heap object (parked at a safepoint or
// detached in a blocking call, its stack pointer in saved_sp) and keeps the thread list stable:
// Vm::threads_lock is held from here until start_the_world. Returns false when the VM is
// finalizing (nothing was stopped; the caller must not collect).
[[nodiscard]] bool stop_the_world(ThreadState& self);
// Lets the stopped threads run again.
void start_the_world(ThreadState& self);

// Parks the calling (attached) thread until the stop-the-world in progress ends; called when
// EB_STOP_FOR_GC is seen at a safepoint. Spills the registers so the collector sees every root.
void safepoint_park(ThreadState& ts);
// Runs fn(ctx) detached: the thread touches no heap object inside fn (a wait on a port
// primitive), a collection may run meanwhile, and re-attaching waits for it to end.
void blocking_call(ThreadState& ts, void (*fn)(void* ctx), void* ctx);
template <class F>
void blocking(ThreadState& ts, F&& f) {
  using Fn = std::remove_reference_t<F>;
  blocking_call(ts, [](void* c) { (*static_cast<Fn*>(c))(); }, const_cast<Fn*>(&f));
}
// Takes a VM mutex that may be held across an allocation (and so a collection): without waiting
// if it is free, otherwise detached, so that a collection never waits for this thread.
void mutex_lock_detached(ThreadState& ts, port::Mutex* m);

}  // namespace weft
