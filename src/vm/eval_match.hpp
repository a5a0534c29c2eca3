// The run-time half of the match statement: the MATCH_* and GET_LEN instructions, with CPython's
// semantics and messages (codegen_match.cpp emits them).
#pragma once

#include "object/runtime.hpp"

namespace weft {

// GET_LEN: len(obj) as an int.
[[nodiscard]] Value match_len(ThreadState& ts, Value obj);
// MATCH_SEQUENCE / MATCH_MAPPING: which kind of collection a sequence or mapping pattern accepts.
bool match_is_sequence(ThreadState& ts, Value subject);
bool match_is_mapping(ThreadState& ts, Value subject);
// MATCH_KEYS: a tuple of subject.get(key) for each key, or None when a key is missing.
// ValueError for a key that repeats.
[[nodiscard]] Value match_keys(ThreadState& ts, Value subject, Value keys);
// MATCH_CLASS: isinstance check, then a tuple of the attributes named by the `npos` positional
// sub-patterns (through __match_args__) and by the keyword names; None when the subject does not
// match or lacks an attribute.
[[nodiscard]] Value match_class(ThreadState& ts, Value subject, Value cls, size_t npos,
                                Value kwnames);

}  // namespace weft
