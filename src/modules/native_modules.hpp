// Built-in modules implemented in C++ (builtins, sys, time, ...), created on first import.
#pragma once

#include "object/runtime.hpp"

namespace weft {

// Creates the builtins and sys modules and registers them in sys.modules (called at VM start).
[[nodiscard]] bool modules_init(ThreadState& ts);
// The native module called `name`, creating and registering it on first use; error() with NO
// exception pending when there is no native module of that name.
[[nodiscard]] Value native_module_import(ThreadState& ts, Str* name);

}  // namespace weft
