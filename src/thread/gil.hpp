// The global interpreter lock of GIL mode (-X gil=1): one attached thread at a time. A waiting
// thread asks the holder to drop it (EB_DROP_GIL) once a switch interval passed without a
// hand-over; the holder then waits until someone else took it, so a CPU-bound thread cannot
// starve the others (CPython's "forced switching").
#pragma once

#include "object/runtime.hpp"

namespace weft {

void gil_init(Vm& vm);
void gil_destroy(Vm& vm);
// Called only through attach/detach (thread/world.cpp), never with the thread attached.
void gil_acquire(ThreadState& ts);
void gil_release(ThreadState& ts);
// After a drop request: waits (detached, GIL released) until another thread has taken the GIL
// or nobody waits for it any more.
void gil_wait_for_switch(ThreadState& ts);

}  // namespace weft
