// Module objects: a name and a globals dict.
#pragma once

#include "object/runtime.hpp"

namespace weft {

struct Module : Object {
  Dict* dict;  // the module's globals (also its __dict__)
  Str* name;
};

[[nodiscard]] Module* module_new(ThreadState& ts, Str* name);
// Sets a global (name interned from cstr). False with an exception pending on failure.
[[nodiscard]] bool module_set(ThreadState& ts, Module* m, const char* name, Value v);
// Adds native functions (defs terminated by {nullptr}) as module attributes.
[[nodiscard]] bool module_add_functions(ThreadState& ts, Module* m, const struct MethodDef* defs);

void module_init_type(ThreadState& ts);

}  // namespace weft
