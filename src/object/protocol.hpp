// The abstract object protocol: what `a + b`, `repr(x)`, `x[i]`, `for x in y`, `f(*a)` mean for
// any object. Each function dispatches through Type slots; the interpreter calls these (after its
// own fast paths for small ints, floats, lists and dicts).
#pragma once

#include "object/runtime.hpp"

namespace weft {

inline bool is_none(ThreadState& ts, Value v) { return v == ts.vm->none; }
const char* type_name(ThreadState& ts, Value v);  // the type's __name__ as C text
// Writes the escape ascii() uses for a code point ("\xe9", "\u20ac", "\U0001f600") and a NUL
// into out (ESCAPE_MAX bytes); returns its length.
inline constexpr size_t ESCAPE_MAX = 11;
size_t escape_codepoint(uint32_t cp, char* out);

[[nodiscard]] Value obj_repr(ThreadState& ts, Value v);   // a str
[[nodiscard]] Value obj_str(ThreadState& ts, Value v);    // a str
[[nodiscard]] Value obj_ascii(ThreadState& ts, Value v);
[[nodiscard]] bool obj_hash(ThreadState& ts, Value v, intptr_t* out);  // "unhashable type: 'list'"
[[nodiscard]] int obj_truth(ThreadState& ts, Value v);      // 1, 0, -1
[[nodiscard]] bool obj_len(ThreadState& ts, Value v, size_t* out);
// == with the identity shortcut; returns 1, 0, -1.
[[nodiscard]] int obj_equal(ThreadState& ts, Value a, Value b);
[[nodiscard]] Value obj_richcompare(ThreadState& ts, Value a, Value b, int op);
[[nodiscard]] int obj_richcompare_bool(ThreadState& ts, Value a, Value b, int op);

[[nodiscard]] Value binary_op(ThreadState& ts, Value a, Value b, int op);   // BinOp
[[nodiscard]] Value inplace_op(ThreadState& ts, Value a, Value b, int op);  // BinOp, +=
[[nodiscard]] Value obj_neg(ThreadState& ts, Value v);
[[nodiscard]] Value obj_pos(ThreadState& ts, Value v);
[[nodiscard]] Value obj_invert(ThreadState& ts, Value v);
[[nodiscard]] Value obj_abs(ThreadState& ts, Value v);
[[nodiscard]] Value obj_index(ThreadState& ts, Value v);  // operator.index: an int
[[nodiscard]] Value obj_to_int(ThreadState& ts, Value v);    // int(x) for one argument
[[nodiscard]] Value obj_to_float(ThreadState& ts, Value v);  // float(x) for one argument

[[nodiscard]] Value obj_getattr(ThreadState& ts, Value obj, Str* name);
// As getattr(obj, name, default): a missing attribute returns error() with NO exception pending.
[[nodiscard]] Value obj_getattr_opt(ThreadState& ts, Value obj, Str* name);
[[nodiscard]] bool obj_setattr(ThreadState& ts, Value obj, Str* name, Value v);
[[nodiscard]] bool obj_delattr(ThreadState& ts, Value obj, Str* name);

[[nodiscard]] Value obj_getitem(ThreadState& ts, Value obj, Value key);
[[nodiscard]] bool obj_setitem(ThreadState& ts, Value obj, Value key, Value v);
[[nodiscard]] bool obj_delitem(ThreadState& ts, Value obj, Value key);
[[nodiscard]] int obj_contains(ThreadState& ts, Value container, Value item);  // `in`: 1, 0, -1
// `in` without a __contains__: iterates, comparing with identity-then-equality.
[[nodiscard]] int contains_by_iteration(ThreadState& ts, Value container, Value item);

[[nodiscard]] Value obj_iter(ThreadState& ts, Value v);  // "'int' object is not iterable"
// Next item; at the end returns error() with no exception pending (StopIteration is absorbed).
[[nodiscard]] Value obj_next(ThreadState& ts, Value it);

// Calls with the vectorcall convention (see CallFn in object.hpp).
[[nodiscard]] Value call(ThreadState& ts, Value callable, const Value* args, size_t nargs,
                         Tuple* kwnames = nullptr);
[[nodiscard]] Value call0(ThreadState& ts, Value callable);
[[nodiscard]] Value call1(ThreadState& ts, Value callable, Value a);
[[nodiscard]] Value call2(ThreadState& ts, Value callable, Value a, Value b);
// f(*args, **kwargs) with a tuple and a dict (kwargs may be nullptr).
[[nodiscard]] Value call_tuple_dict(ThreadState& ts, Value callable, Tuple* args, Dict* kwargs);
// Calls `d` (a function or method descriptor found on obj's type) with obj as its first argument,
// without making a bound method.
[[nodiscard]] Value call_with_self(ThreadState& ts, Value d, Value obj, const Value* args,
                                  size_t nargs, Tuple* kwnames = nullptr);
// obj.name(args...)
[[nodiscard]] Value call_method(ThreadState& ts, Value obj, Str* name, const Value* args,
                                size_t nargs);
bool is_callable(ThreadState& ts, Value v);
// Looks `name` up on type(obj) only, as the interpreter does for special methods, and calls it
// bound to obj. Returns error() with NO exception pending when the type has no such attribute.
[[nodiscard]] Value call_special(ThreadState& ts, Value obj, Str* name, const Value* args,
                                 size_t nargs);

[[nodiscard]] bool is_instance(ThreadState& ts, Value obj, Type* type);  // no __instancecheck__
// format(v, spec); `spec` must be a str (format() checks its argument first).
[[nodiscard]] Value obj_format(ThreadState& ts, Value v, Value spec);

}  // namespace weft
