// Creating the types of native modules (itertools.count, collections.deque, ...): one call
// builds a type from a spec, with its methods and its slot wrappers (`count.__next__`).
#pragma once

#include "object/function.hpp"
#include "object/runtime.hpp"

namespace weft {

struct NativeTypeSpec {
  const char* name;          // dotted, "itertools.count": __module__ and __name__
  uint32_t basic_size;
  uint32_t tflags;           // TF_BASETYPE when Python classes may subclass it
  TraceFn trace;
  NewFn new_;                // nullptr: cannot be instantiated from Python
  UnaryFn iternext;          // iterators: __iter__ returns the object itself
  ReprFn repr;               // nullptr: object's
  const MethodDef* methods;  // nullptr or {nullptr}-terminated
  const char* doc;           // __doc__, or nullptr
  CallFn call = nullptr;     // instances are callable
};

// The new type. Set further slots afterwards, then call type_add_slot_wrappers again.
[[nodiscard]] Type* native_type_new(ThreadState& ts, const NativeTypeSpec& spec);
// Creates each type (specs end with a {nullptr} name) and stores it in the module under its
// short name.
[[nodiscard]] bool module_add_types(ThreadState& ts, Module* m, const NativeTypeSpec* specs);
// A new instance of `type` (or of a subclass of it) with zeroed fields.
template <class T>
[[nodiscard]] T* native_alloc(ThreadState& ts, Type* type) {
  return static_cast<T*>(gc_alloc(ts, type, type->basic_size));
}
// The type's __name__ (without its module), as CPython's reprs of built-ins show it: "deque(...)".
const char* type_short_name(ThreadState& ts, Value v);
// Positional count check with _PyArg_CheckPositional's messages ("f expected 2 arguments,
// got 1"), also for one argument (args_check treats 1..1 as METH_O).
[[nodiscard]] bool args_positional(ThreadState& ts, const char* fname, size_t nargs, int min,
                                   int max);

}  // namespace weft
