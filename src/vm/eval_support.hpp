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
// CHECK_EG_MATCH of `except* type` (vm/except_star.cpp): splits exc into the part matching
// `type` (a group, or None) and the rest (or None); a matching part becomes sys.exception().
[[nodiscard]] bool except_star_match(ThreadState& ts, Frame* f, Value exc, Value type,
                                     Value* match, Value* rest);

[[nodiscard]] Value import_name(ThreadState& ts, Frame* f, Str* name, Value fromlist, Value level);
[[nodiscard]] Value import_from(ThreadState& ts, Value module, Str* name);
[[nodiscard]] bool import_star(ThreadState& ts, Frame* f, Value module);

[[nodiscard]] bool print_expr(ThreadState& ts, Value v);
[[nodiscard]] bool setup_annotations(ThreadState& ts, Frame* f);
[[nodiscard]] Value load_build_class(ThreadState& ts, Frame* f);

// with: BEFORE_WITH returns __enter__() and stores the bound __exit__ in *exit; BEFORE_ASYNC_WITH
// (async) the same with __aenter__ and __aexit__.
[[nodiscard]] Value before_with(ThreadState& ts, Value mgr, Value* exit, bool async);
[[nodiscard]] Value with_exit_exception(ThreadState& ts, Value exit, Value exc);

// SEND for `yield from`: 0 with the next value in *out, 1 with the iterator's return value in
// *out when it is exhausted, -1 on error.
[[nodiscard]] int yield_from_send(ThreadState& ts, Value iter, Value v, Value* out);

// async/await (vm/eval_async.cpp). GET_AWAITABLE: the iterator an `await` drives (`where` is 1
// for __aenter__'s result and 2 for __aexit__'s, for the messages); GET_AITER: aiter(obj);
// GET_ANEXT: the awaitable of anext(aiter).
[[nodiscard]] Value get_awaitable(ThreadState& ts, Value obj, int where);
[[nodiscard]] Value get_aiter(ThreadState& ts, Value obj);
[[nodiscard]] Value get_anext(ThreadState& ts, Value aiter);

// CALL_INTRINSIC_1 / CALL_INTRINSIC_2 (vm/intrinsics.cpp); `which` is an INTRINSIC_* value.
[[nodiscard]] Value call_intrinsic_1(ThreadState& ts, Frame* f, int which, Value v);
[[nodiscard]] Value call_intrinsic_2(ThreadState& ts, int which, Value a, Value b);
// Loads of an annotation scope in a class body: the class namespace `mapping` first, then the
// globals and builtins / the cell or free variable `index` (vm/intrinsics.cpp).
[[nodiscard]] Value load_from_dict_or_global(ThreadState& ts, Frame* f, Value mapping,
                                             Str* name);
[[nodiscard]] Value load_from_dict_or_deref(ThreadState& ts, Frame* f, Value mapping, int index);

// LOAD_METHOD: the unbound method and self when obj.name is a plain method, else the attribute
// and a null self.
[[nodiscard]] bool load_method(ThreadState& ts, Value obj, Str* name, Value* meth, Value* self);

}  // namespace weft
