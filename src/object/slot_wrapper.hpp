// Slot wrappers: how a built-in type's C++ slots appear as Python attributes. `int.__add__` is a
// wrapper_descriptor, `(1).__add__` a method-wrapper bound to 1, and `int.__new__` a built-in
// function bound to the type (CPython's tp_new_wrapper).
#pragma once

#include "object/slot_defs.hpp"

namespace weft {

struct WrapperDescriptor : Object {
  const SlotDef* def;
  Type* owner;
  AnyFn fn;  // the owner's slot function, called through def->wrap
};

struct MethodWrapper : Object {
  WrapperDescriptor* descr;
  Value self;
};

[[nodiscard]] Value wrapper_descriptor_new(ThreadState& ts, const SlotDef* def, Type* owner,
                                           AnyFn fn);
// `T.__new__` for a built-in type T: a builtin_function_or_method whose self is T.
[[nodiscard]] Value new_wrapper_new(ThreadState& ts, Type* owner);
// The type whose __new__ `v` is, when v is such a function; nullptr otherwise.
Type* new_wrapper_owner(ThreadState& ts, Value v);
inline bool is_wrapper_descriptor(ThreadState& ts, Value v) {
  return v.is_obj() && v.as_obj()->type == ts.vm->types.wrapper_descriptor;
}

void slot_wrapper_init_types(ThreadState& ts);

}  // namespace weft
