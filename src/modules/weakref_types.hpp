// Shared between the files of the _weakref module: the proxy types (weakref_proxy.cpp).
#pragma once

#include "object/runtime.hpp"

namespace weft {

// Creates vm.types.weakref_proxy and weakref_callable_proxy (once per VM).
[[nodiscard]] bool weakref_proxy_types(ThreadState& ts);
bool is_weak_proxy(ThreadState& ts, Value v);
// _weakref.proxy(object[, callback]).
[[nodiscard]] Value weakref_proxy_fn(ThreadState& ts, Value self, const Value* args, size_t nargs,
                                     Tuple* kwnames);

}  // namespace weft
