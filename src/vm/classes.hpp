// Creating classes (type.__new__, vm/type_new.cpp), super (vm/super.cpp), property, classmethod
// and staticmethod (vm/descriptors.cpp): the parts of the class machinery that need frames,
// cells or bound methods, which the object layer cannot see.
#pragma once

#include "object/runtime.hpp"

namespace weft {

// type.__new__ / type.__init__ (the new_ and init slots of `type`).
[[nodiscard]] Value type_new(ThreadState& ts, Type* meta, const Value* args, size_t nargs,
                             Tuple* kwnames);
[[nodiscard]] bool type_init(ThreadState& ts, Value self, const Value* args, size_t nargs,
                             Tuple* kwnames);
// The most derived metaclass of `meta` and the types of `bases`; nullptr with TypeError
// "metaclass conflict: ..." when there is none.
[[nodiscard]] Type* calculate_metaclass(ThreadState& ts, Type* meta, Tuple* bases);

// Finds `name` on the MRO of `obj_type` after `start` and binds it to `obj` (error() = bind to
// the class), as super(start, obj).name does. error() with NO exception pending when absent.
[[nodiscard]] Value super_lookup(ThreadState& ts, Type* start, Value obj, Type* obj_type,
                                 Str* name);

// staticmethod(func) / classmethod(func) (vm/descriptors.cpp, with property).
[[nodiscard]] Value staticmethod_wrap(ThreadState& ts, Value func);
[[nodiscard]] Value classmethod_wrap(ThreadState& ts, Value func);
void descriptors_init_types(ThreadState& ts);

// Fills the super type and the new/init slots of `type` (called by vm_init_types).
void classes_init_types(ThreadState& ts);

}  // namespace weft
