// Attaching and detaching a thread (the thread side of the stop-the-world handshake and of the
// GIL). Most code uses blocking_call / safepoint_park from gc/safepoint.hpp; these are for the
// start and end of a thread and for VM shutdown.
#pragma once

#include "object/runtime.hpp"

namespace weft {

// A new thread's first attach (its state was created detached, with no stack to scan yet).
void thread_attach(ThreadState& ts);
// A finishing thread's last detach: it touches no heap object afterwards. Its stack is no longer
// scanned (the thread is about to unlink its state).
void thread_detach_final(ThreadState& ts);
// VM shutdown with other threads alive: stops them for good (each parks at its next safepoint or
// attach and never runs Python again). Returns true when no other thread state is left (the VM
// can be freed); false when some are (their memory must stay: the process is about to exit).
bool world_finalize(ThreadState& self);

}  // namespace weft
