// The parser's entry point: UTF-8 source text in, an AST (compile/ast.hpp) or a SyntaxError
// description out. Pure C++: no GC objects and no ThreadState, so it can be tested on its own.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "compile/ast.hpp"

namespace weft {

enum class ParseMode { Exec, Eval, Single };

struct SyntaxErrorInfo {
  // "SyntaxError", "IndentationError", "TabError", "RecursionError" or "MemoryError".
  const char* kind = "SyntaxError";
  std::string msg;                  // CPython's message, e.g. "'(' was never closed"
  int line = 0, col = 0;            // SyntaxError.lineno and .offset (1-based, in characters)
  int end_line = 0, end_col = 0;
  std::string text;                 // the offending source line, as SyntaxError.text
};

// Parses `source`. `stack_limit` is the address below which the native stack must not grow
// (0 = no check): deeper nesting reports kind "RecursionError". Returns false and fills `err` on
// failure; never crashes or hangs on any input.
bool parse(std::string_view source, ParseMode mode, uintptr_t stack_limit, ast::Arena& arena,
           ast::Module* out, SyntaxErrorInfo* err);

}  // namespace weft
