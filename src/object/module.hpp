// Module objects: a name and a globals dict.
#pragma once

#include "object/runtime.hpp"

namespace weft {

struct Module : Object {
  Dict* dict;  // the module's globals (also its __dict__)
  Str* name;
};

// Object::aux bits of a module: where it came from, for its repr ("<module 'sys' (built-in)>").
enum : uint16_t {
  MODULE_BUILTIN = 1,  // a native module (modules/native_modules.cpp)
  MODULE_FROZEN = 2,   // Python source frozen into the binary
};

[[nodiscard]] Module* module_new(ThreadState& ts, Str* name);
// Sets a global (name interned from cstr). False with an exception pending on failure.
[[nodiscard]] bool module_set(ThreadState& ts, Module* m, const char* name, Value v);
// Adds native functions (defs terminated by {nullptr}) as module attributes.
[[nodiscard]] bool module_add_functions(ThreadState& ts, Module* m, const struct MethodDef* defs);

void module_init_type(ThreadState& ts);

}  // namespace weft
