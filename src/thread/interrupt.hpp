// Interrupts of the main thread: Ctrl-C and _thread.interrupt_main raise KeyboardInterrupt there,
// at its next safepoint or at once if it waits in a lock, a join or a sleep.
#pragma once

#include "object/runtime.hpp"

namespace weft {

// Marks an interrupt pending and wakes the main thread. Async-signal-safe.
void thread_interrupt_main(Vm& vm);
// Consumes a pending interrupt: true when there was one.
bool thread_take_interrupt(Vm& vm);

}  // namespace weft
