// Sleeping as a Python thread: detached (a collection never waits for a sleeper) and, in the main
// thread, cut short by Ctrl-C / interrupt_main with KeyboardInterrupt.
#pragma once

#include "object/runtime.hpp"

namespace weft {

// Sleeps ns nanoseconds; false with KeyboardInterrupt pending when interrupted.
[[nodiscard]] bool thread_sleep(ThreadState& ts, int64_t ns);

}  // namespace weft
