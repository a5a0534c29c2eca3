// The interpreter's out-of-line helpers: the slow paths of instructions that are too long to sit
// in the dispatch loop (unpacking, formatting, imports, raising, exception matching, calls with
// *args/**kwargs, context managers). Each returns a sentinel with the exception pending on error.
#pragma once

#include "object/runtime.hpp"

namespace weft {

struct Frame;
struct Code;

// Name lookups with CPython's NameError / UnboundLocalError messages.
[[nodiscard]] Value load_global_slow(ThreadState& ts, Frame* f, Str* name);
[[nodiscard]] Value load_name(ThreadState& ts, Frame* f, Str* name);
[[nodiscard]] bool store_name(ThreadState& ts, Frame* f, Str* name, Value v);
[[nodiscard]] bool delete_name(ThreadState& ts, Frame* f, Str* name, bool global);
// LOAD_CLASSDEREF: a class body's free variable, looked up in the class namespace first.
[[nodiscard]] Value load_classderef(ThreadState& ts, Frame* f, int index);
Value raise_unbound_local(ThreadState& ts, Code* code, int index);
Value raise_unbound_deref(ThreadState& ts, Code* code, int index);

// UNPACK_SEQUENCE / UNPACK_EX: writes the items to out[0..) with the first item LAST (so pushing
// out[] in order leaves the first item on top of the stack).
[[nodiscard]] bool unpack_sequence(ThreadState& ts, Value seq, size_t n, Value* out);
[[nodiscard]] bool unpack_ex(ThreadState& ts, Value seq, size_t before, size_t after, Value* out);

[[nodiscard]] Value format_value(ThreadState& ts, Value v, int flags, Value spec);
[[nodiscard]] Value build_string(ThreadState& ts, const Value* items, size_t n);
[[nodiscard]] Value build_map(ThreadState& ts, const Value* items, size_t npairs);
[[nodiscard]] Value build_set(ThreadState& ts, const Value* items, size_t n);

// [*x] / {*x} / {**m} / f(**m) helpers with CPython's messages.
[[nodiscard]] bool list_extend_star(ThreadState& ts, Value list, Value iterable);
[[nodiscard]] bool set_update_star(ThreadState& ts, Value set, Value iterable);
[[nodiscard]] bool dict_update_star(ThreadState& ts, Value dict, Value other);
[[nodiscard]] bool dict_merge_kwargs(ThreadState& ts, Value dict, Value other, Value callable);
[[nodiscard]] Value call_function_ex(ThreadState& ts, Value callable, Value args, Value kwargs);

// MAKE_FUNCTION: `operands` are the values below the code object, in push order.
[[nodiscard]] Value make_function(ThreadState& ts, Frame* f, Value code, int flags,
                                  const Value* operands);

// Exceptions. raise_varargs returns true for the bare `raise` (a re-raise).
[[nodiscard]] bool raise_varargs(ThreadState& ts, int n, Value exc, Value cause);
void chain_context(ThreadState& ts, Value exc);   // sets exc.__context__ from ts.handled
[[nodiscard]] int exception_matches(ThreadState& ts, Value exc, Value type);  // 1, 0, -1

[[nodiscard]] Value import_name(ThreadState& ts, Frame* f, Str* name, Value fromlist, Value level);
[[nodiscard]] Value import_from(ThreadState& ts, Value module, Str* name);
[[nodiscard]] bool import_star(ThreadState& ts, Frame* f, Value module);

[[nodiscard]] bool print_expr(ThreadState& ts, Value v);
[[nodiscard]] bool setup_annotations(ThreadState& ts, Frame* f);
[[nodiscard]] Value load_build_class(ThreadState& ts, Frame* f);

// with: BEFORE_WITH returns __enter__() and stores the bound __exit__ in *exit.
[[nodiscard]] Value before_with(ThreadState& ts, Value mgr, Value* exit);
[[nodiscard]] Value with_exit_exception(ThreadState& ts, Value exit, Value exc);

// SEND for `yield from`: 0 with the next value in *out, 1 with the iterator's return value in
// *out when it is exhausted, -1 on error.
[[nodiscard]] int yield_from_send(ThreadState& ts, Value iter, Value v, Value* out);

// LOAD_METHOD: the unbound method and self when obj.name is a plain method, else the attribute
// and a null self.
[[nodiscard]] bool load_method(ThreadState& ts, Value obj, Str* name, Value* meth, Value* self);

}  // namespace weft
