// Python function objects, cells (variables shared between a function and its inner functions)
// and bound methods, with argument binding to a frame's locals using CPython's error messages.
#pragma once

#include "object/code.hpp"
#include "object/runtime.hpp"

namespace weft {

struct Frame;

struct Function : Object {
  Code* code;
  Dict* globals;
  Dict* builtins;     // resolved from globals['__builtins__'] when the function is made
  Str* name;          // __name__
  Str* qualname;      // __qualname__
  Tuple* defaults;    // __defaults__ or nullptr
  Dict* kwdefaults;   // __kwdefaults__ or nullptr
  Tuple* closure;     // cells for code's free variables, or nullptr
  Value module;       // __module__
  Value doc;          // __doc__
  Dict* dict;         // __dict__ (created on first use)
  Dict* annotations;  // __annotations__ or nullptr
  Tuple* type_params; // __type_params__ (PEP 695) or nullptr for ()
};

struct Cell : Object {
  Value ref;  // error() when empty
};

struct BoundMethod : Object {
  Value func;
  Value self;
};

inline Function* as_function(Value v) { return static_cast<Function*>(v.as_obj()); }

// A function for `code` in `globals` (as MAKE_FUNCTION does; defaults etc. are set by the caller).
[[nodiscard]] Function* function_new(ThreadState& ts, Code* code, Dict* globals);
// The builtins dict for a globals dict: globals['__builtins__'] (a module or a dict), else the
// VM's builtins module.
Dict* builtins_of(ThreadState& ts, Dict* globals);
[[nodiscard]] Cell* cell_new(ThreadState& ts, Value v);
[[nodiscard]] Value bound_method_new(ThreadState& ts, Value func, Value self);

// Binds call arguments (vectorcall convention) to the parameters of f->code in frame->localsplus,
// filling defaults, *args and **kwargs. TypeError as CPython on mismatch.
[[nodiscard]] bool bind_arguments(ThreadState& ts, Function* f, Frame* frame, const Value* args,
                                  size_t nargs, Tuple* kwnames);
// Pushes a frame for `code`, binds the arguments to fn's parameters (when `bind`) or else just
// creates its cells, runs it and pops it: the path of every call from C++ into Python code.
[[nodiscard]] Value run_frame(ThreadState& ts, Code* code, Function* fn, Dict* globals,
                              Dict* builtins, Dict* locals, const Value* args, size_t nargs,
                              Tuple* kwnames, bool bind);
// The function type's call slot: runs the function in a new frame of this thread.
[[nodiscard]] Value function_call(ThreadState& ts, Value callable, const Value* args, size_t nargs,
                                  Tuple* kwnames);
// Runs fn's code with `locals` as its LOAD_NAME mapping and fn's closure: the class-body call
// of builtins.__build_class__ (returns the __class__ cell or None).
[[nodiscard]] Value function_run_with_locals(ThreadState& ts, Function* fn, Dict* locals);
// `name()` for error messages about a callable ("f()", "mod.f()"), as CPython's
// _PyObject_FunctionStr.
[[nodiscard]] Value callable_display_name(ThreadState& ts, Value callable);

void function_types_init(ThreadState& ts);  // function, cell, bound method (vm_types.cpp)

}  // namespace weft
