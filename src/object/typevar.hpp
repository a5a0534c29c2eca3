// The objects of PEP 695 type parameters and the `type` statement: TypeVar, ParamSpec,
// TypeVarTuple and TypeAliasType, plus typing.Generic (the base a generic class gets) and the
// typing.NoDefault sentinel. Bounds, constraints, defaults and alias values are evaluated lazily,
// on first access, by calling the function the compiler made for them.
#pragma once

#include "object/runtime.hpp"

namespace weft {

enum class TypeParamKind : uint8_t { TypeVar, ParamSpec, TypeVarTuple };

// TypeVar("T") and friends as `def f[T]` makes them: variance inferred.
[[nodiscard]] Value typeparam_new(ThreadState& ts, TypeParamKind kind, Value name);
// `T: bound` / `T: (constraint, ...)`: `evaluate` computes the bound or the constraints tuple.
[[nodiscard]] Value typevar_with_bound(ThreadState& ts, Value name, Value evaluate,
                                       bool constraints);
// `T = default`: sets the lazily evaluated default of a type parameter; returns it.
[[nodiscard]] Value typeparam_set_default(ThreadState& ts, Value param, Value evaluate);
// `type name[params] = value`: type_params is a tuple or None, `evaluate` computes the value.
[[nodiscard]] Value typealias_new(ThreadState& ts, Value name, Value type_params, Value evaluate,
                                  Value module);

void typevar_init_types(ThreadState& ts);

}  // namespace weft
