// Small attribute containers: types.SimpleNamespace ("namespace(a=1)", used for
// sys.implementation) and struct sequences, tuple subclasses whose items also have names
// (sys.version_info, sys.flags, sys.int_info).
#pragma once

#include "object/runtime.hpp"

namespace weft {

struct SimpleNamespace : Object {
  Dict* dict;
};

// An empty namespace; attributes are added with namespace_set (or obj_setattr).
[[nodiscard]] Value namespace_new(ThreadState& ts);
[[nodiscard]] bool namespace_set(ThreadState& ts, Value ns, const char* name, Value v);

// A struct-sequence type named `dotted_name` ("sys.version_info") with the given field names
// (nullptr-ended). Instances cannot be created from Python, as in CPython.
[[nodiscard]] Type* structseq_new_type(ThreadState& ts, const char* dotted_name,
                                       const char* const* fields);
// An instance holding `items` (one per field).
[[nodiscard]] Value structseq_new(ThreadState& ts, Type* type, const Value* items, size_t n);

void namespace_init_type(ThreadState& ts);  // vm.types.simple_namespace

}  // namespace weft
