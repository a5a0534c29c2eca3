// The import system: sys.modules, built-in (native) modules, frozen modules, and .py files found
// on sys.path. A module's code runs once; the module is in sys.modules while it runs.
#pragma once

#include "object/runtime.hpp"

namespace weft {

// __import__(name, globals, locals, fromlist, level) semantics: returns the top-level package for
// `import a.b`, or the module itself when fromlist is non-empty. ModuleNotFoundError
// "No module named 'x'" when absent.
[[nodiscard]] Value import_module(ThreadState& ts, Str* name, Value globals, Value fromlist,
                                  int level);

}  // namespace weft
