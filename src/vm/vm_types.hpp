// Initialisation of the VM layer's built-in types: function, cell, code, bound method, frame,
// generator.
#pragma once

#include "object/runtime.hpp"

namespace weft {

// Fills the slots of vm.types.function/cell/code/bound_method/frame (allocated earlier by
// types_bootstrap) and readies them. Called once by the VM bootstrap; errors stay pending.
void vm_init_types(ThreadState& ts);

}  // namespace weft
