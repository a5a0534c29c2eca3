// Callables implemented in C++: native functions (module-level or bound to an object), method
// descriptors (a built-in type's methods, bound at call time without allocating), and the tables
// a type uses to declare its methods and attributes. Python functions are in vm/function.hpp.
#pragma once

#include "object/runtime.hpp"

namespace weft {

enum : uint32_t {
  METH_STATIC = 1,   // staticmethod on the type: called without self
  METH_CLASS = 2,    // classmethod: self is the type
};

struct MethodDef {
  const char* name;
  NativeFn fn;
  uint32_t flags;
  const char* doc;  // may be nullptr
};

struct GetSetDef {
  const char* name;
  Value (*get)(ThreadState& ts, Value self);
  bool (*set)(ThreadState& ts, Value self, Value value);  // nullptr = read-only; error() = delete
};

// A built-in function; `self` is the module (or bound instance) passed to fn.
struct NativeFunction : Object {
  const MethodDef* def;
  Value self;
  Str* name;
  Value module;  // __module__ (a str or None)
};

// A method of a built-in type, stored in the type's dict. Reading it from an instance binds it
// (a NativeFunction with self); the interpreter's LOAD_METHOD calls it without binding.
struct MethodDescriptor : Object {
  const MethodDef* def;
  Type* owner;
  Str* name;
};

struct GetSetDescriptor : Object {
  const GetSetDef* def;
  Type* owner;
  Str* name;
};

[[nodiscard]] Value native_function_new(ThreadState& ts, const MethodDef* def, Value self,
                                        Value module);
// Adds each def (terminated by a {nullptr} entry) to type->dict as a descriptor.
[[nodiscard]] bool type_add_methods(ThreadState& ts, Type* type, const MethodDef* defs);
[[nodiscard]] bool type_add_getsets(ThreadState& ts, Type* type, const GetSetDef* defs);

void function_init_types(ThreadState& ts);

}  // namespace weft
