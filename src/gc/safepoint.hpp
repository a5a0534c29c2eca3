// Stopping the world for a collection. With one attached thread (today) these only check that
// nobody else can touch the heap; the threads issue makes them real (see docs/internals/gc.md).
#pragma once

#include "object/runtime.hpp"

namespace weft {

// Brings every other thread to a state where it touches no heap object (parked at a safepoint or
// detached in a blocking call, its stack pointer in saved_sp) and keeps the thread list stable:
// Vm::threads_lock is held from here until start_the_world.
void stop_the_world(ThreadState& self);
// Lets the stopped threads run again.
void start_the_world(ThreadState& self);

}  // namespace weft
