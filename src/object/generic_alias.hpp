// Parameterised types for annotations: types.GenericAlias (`list[int]`, made by the built-in
// types' __class_getitem__ and by `type[X]`) and types.UnionType (`int | None`). They carry
// their parts (__origin__, __args__) and refuse isinstance(); type variables are not substituted.
#pragma once

#include "object/runtime.hpp"

namespace weft {

// GenericAlias(origin, args): `args` a tuple, or one argument.
[[nodiscard]] Value generic_alias_new(ThreadState& ts, Value origin, Value args);
// The __class_getitem__ of list, dict, tuple, set, frozenset, enumerate (a METH_CLASS method).
[[nodiscard]] Value generic_class_getitem(ThreadState& ts, Value cls, const Value* args,
                                          size_t nargs, Tuple* kwnames);
// `a | b` of two types (or None, aliases, unions): a UnionType, one of them when they are the
// same, or NotImplemented.
[[nodiscard]] Value union_or(ThreadState& ts, Value a, Value b);
// The members of a union (isinstance treats it as a tuple of them), or nullptr for a non-union.
Tuple* union_args(ThreadState& ts, Value v);
bool is_generic_alias(ThreadState& ts, Value v);

void generic_alias_init_types(ThreadState& ts);

}  // namespace weft
