// tuple: an immutable array of Values stored inline.
#pragma once

#include "object/runtime.hpp"

namespace weft {

struct Tuple : Object {
  size_t size;
  Value items[1];  // really `size` items
};

inline Tuple* as_tuple(Value v) { return static_cast<Tuple*>(v.as_obj()); }
bool is_tuple(ThreadState& ts, Value v);
// Items start as error() (null); fill every slot before the tuple escapes.
[[nodiscard]] Tuple* tuple_alloc(ThreadState& ts, size_t n);
[[nodiscard]] Value tuple_new(ThreadState& ts, const Value* items, size_t n);
[[nodiscard]] Value tuple_pack(ThreadState& ts, Value a, Value b);
// tuple(iterable)
[[nodiscard]] Value tuple_from_iterable(ThreadState& ts, Value iterable);

void tuple_init_type(ThreadState& ts);

}  // namespace weft
