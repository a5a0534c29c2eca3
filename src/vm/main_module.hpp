// What running a program as __main__ needs, shared by vm_run_* (vm_main.cpp) and the REPL: the
// __main__ module, and CPython's mapping from an uncaught exception to the exit status.
#pragma once

#include <string_view>

#include "object/module.hpp"
#include "object/runtime.hpp"

namespace weft {

// A fresh module '__main__' with __builtins__ (and __file__ when `file` is not null), registered
// in sys.modules.
[[nodiscard]] Module* main_module_new(ThreadState& ts, const char* file);
// Takes the pending exception of a program that failed and returns the process exit status, as
// CPython does: SystemExit's code (None -> 0, an int -> that int, anything else -> its str on
// stderr and 1); any other exception -> its traceback on stderr and 1 (130 for
// KeyboardInterrupt, the status of a process ended by SIGINT).
int uncaught_exit_status(ThreadState& ts);
// Runs `source` in the __main__ module `m`; returns the exit status.
int run_main_source(ThreadState& ts, Module* m, std::string_view source, const char* filename);
// Writes text to sys.stderr (or straight to fd 2 when sys.stderr is unusable); errors ignored.
void write_stderr_text(ThreadState& ts, std::string_view text);

}  // namespace weft
