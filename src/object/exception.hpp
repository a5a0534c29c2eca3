// BaseException and the built-in hierarchy of CPython 3.13, plus the traceback objects the VM
// chains onto an exception as it unwinds.
#pragma once

#include "object/runtime.hpp"

namespace weft {

struct BaseException : Object {
  Tuple* args;
  Value traceback;       // Traceback or None
  Value cause;           // __cause__ (None when unset)
  Value context;         // __context__ (None when unset)
  bool suppress_context;
  Dict* dict;            // attributes (e.g. SyntaxError's filename, OSError's errno, __notes__)
};

// One entry per frame the exception passed through, newest last in the `next` chain as CPython.
struct Traceback : Object {
  Value next;     // Traceback or None
  Value frame;    // the frame object (or its code) where the exception passed
  Value code;     // Code object: for the file name and function name
  int lineno;
};

bool is_exception_instance(ThreadState& ts, Value v);
bool is_exception_type(ThreadState& ts, Value v);  // a type deriving from BaseException
// Instantiates `type(*args)`.
[[nodiscard]] Value exception_new(ThreadState& ts, Type* type, const Value* args, size_t n);
// str(exc) as CPython: '' for no args, str(arg) for one, str(args) for several; KeyError uses repr.
[[nodiscard]] Value exception_str(ThreadState& ts, Value exc);
// Adds a traceback entry for (code, line) to the exception's __traceback__ chain.
[[nodiscard]] bool exception_add_traceback(ThreadState& ts, Value exc, Value code, int lineno);
// Attribute dict access used by SyntaxError/OSError/StopIteration/SystemExit constructors.
// get returns the attribute from the instance dict, or None when it was never set.
[[nodiscard]] Value exception_get_attr(ThreadState& ts, Value exc, Str* name);
[[nodiscard]] bool exception_set_attr(ThreadState& ts, Value exc, Str* name, Value v);
// Raises an ImportError (or subclass) with a formatted message and its `name` and `path`
// attributes (error() leaves one unset). Always returns error().
Value raise_import_error(ThreadState& ts, Type* type, Value name, Value path, const char* fmt,
                         ...);

inline BaseException* as_exception(Value v) { return static_cast<BaseException*>(v.as_obj()); }

// Prints "Traceback (most recent call last):" ... with the chained causes/contexts, to stderr, as
// CPython's default sys.excepthook does. Source lines are shown when the file is readable.
void exception_print(ThreadState& ts, Value exc);

void exception_init_types(ThreadState& ts);  // creates every built-in exception type
// Binds BaseException and every built-in exception type under its name in `d` (the builtins
// module), plus the aliases EnvironmentError and IOError.
[[nodiscard]] bool exception_bind_names(ThreadState& ts, Dict* d);

}  // namespace weft
