// POSIX port, internal: the count of console interrupts (SIGINT) received so far, which lets a
// blocking call that got EINTR tell Ctrl-C from other signals.
#pragma once

namespace weft::port {

unsigned interrupt_count();

}  // namespace weft::port
