// Code objects: the compiled form of a module, function or comprehension body.
// (The full layout is owned by the code generator and interpreter; other layers use accessors.)
#pragma once

#include "object/runtime.hpp"

namespace weft {

Str* code_filename(Value code);
Str* code_name(Value code);       // co_name, e.g. "<module>" or "f"
Str* code_qualname(Value code);

}  // namespace weft
