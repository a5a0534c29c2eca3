// Argument checking for native functions, with CPython's messages.
#pragma once

#include "object/runtime.hpp"

namespace weft {

// "f() takes no keyword arguments"
[[nodiscard]] bool args_no_kwargs(ThreadState& ts, const char* fname, Tuple* kwnames);
// Positional count in [min, max] (max < 0: unbounded), no keywords. Messages as CPython's
// "f() takes exactly one argument (2 given)", "f expected at most 2 arguments, got 3", etc.
[[nodiscard]] bool args_check(ThreadState& ts, const char* fname, size_t nargs, Tuple* kwnames,
                              int min, int max);

// Binds positional and keyword arguments to named parameters, like a Python signature:
// `names` lists every parameter; the first `posonly` are positional-only, those from `kwonly_from`
// on are keyword-only (kwonly_from = count of names for none); the first `required` are required.
// Missing optional parameters are left as error() in `out`. Messages as CPython's
// ("f() got an unexpected keyword argument 'x'", "f() missing required argument 'x' (pos 1)", ...).
struct ArgSpec {
  const char* fname;
  const char* const* names;
  int count;
  int posonly;
  int kwonly_from;
  int required;
};
[[nodiscard]] bool args_parse(ThreadState& ts, const ArgSpec& spec, const Value* args,
                              size_t nargs, Tuple* kwnames, Value* out);

// Converting an argument: index-like int (TypeError "'x' object cannot be interpreted as an
// integer"), with OverflowError "Python int too large to convert to C ssize_t".
[[nodiscard]] bool arg_ssize(ThreadState& ts, Value v, intptr_t* out);

}  // namespace weft
