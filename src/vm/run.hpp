// Compiling and running source text: the entry points the CLI, the REPL, exec/eval and import use.
#pragma once

#include <string_view>

#include "object/runtime.hpp"

namespace weft {

enum class CompileMode { Exec, Eval, Single };

// Compiles source to a code object. SyntaxError/IndentationError/TabError (with filename, lineno,
// offset, text, end_lineno, end_offset as CPython), RecursionError or MemoryError on failure.
[[nodiscard]] Value compile_source(ThreadState& ts, std::string_view source, Str* filename,
                                   CompileMode mode);
// Runs a code object with the given globals (and locals: nullptr = the globals).
// Adds __builtins__ to globals when missing.
[[nodiscard]] Value run_code(ThreadState& ts, Value code, Dict* globals, Dict* locals);
// compile_source + run_code. For CompileMode::Single, expression statements print their value
// through sys.displayhook as the REPL does.
[[nodiscard]] Value run_source(ThreadState& ts, std::string_view source, Str* filename,
                               CompileMode mode, Dict* globals, Dict* locals);

}  // namespace weft
