// Shared by the exception files of the object layer: BaseException's own slots, which the
// specialised exception types (OSError, SyntaxError, ...) reuse, and the per-type specs.
#pragma once

#include "object/exception.hpp"
#include "object/function.hpp"

namespace weft {

[[nodiscard]] Value base_exception_new(ThreadState& ts, Type* type, const Value* args,
                                       size_t nargs, Tuple* kwnames);
// Rejects keyword arguments and sets args (kept when __new__ already stored the same ones).
[[nodiscard]] bool base_exception_init(ThreadState& ts, Value self, const Value* args,
                                       size_t nargs, Tuple* kwnames);
[[nodiscard]] bool exception_set_args(ThreadState& ts, Value self, const Value* args,
                                      size_t nargs);
[[nodiscard]] Value base_exception_str(ThreadState& ts, Value self);
void base_exception_trace(Object* o, Tracer& t);
// Creates BaseException itself (exception.cpp); the rest of the hierarchy derives from it.
[[nodiscard]] Type* base_exception_create(ThreadState& ts);
void traceback_init_type(ThreadState& ts);

// What a specialised exception type changes relative to its base. `none_attrs` (nullptr-ended)
// are class attributes defaulting to None, so `StopIteration().value` reads None even when a
// subclass's __init__ never set it (CPython uses member descriptors for the same effect).
struct ExceptionSpec {
  NewFn new_;
  InitFn init;
  ReprFn str;
  const char* const* none_attrs;
};

extern const ExceptionSpec OS_ERROR_SPEC;
extern const ExceptionSpec SYNTAX_ERROR_SPEC;
extern const ExceptionSpec UNICODE_DECODE_ERROR_SPEC;
extern const ExceptionSpec UNICODE_ENCODE_ERROR_SPEC;
extern const ExceptionSpec UNICODE_TRANSLATE_ERROR_SPEC;

// Keyword arguments accepted by ImportError/NameError/AttributeError: each must be one of
// `allowed` (nullptr-ended); they are stored as attributes.
[[nodiscard]] bool exception_keywords(ThreadState& ts, Value self, const Value* kwvalues,
                                      Tuple* kwnames, const char* const* allowed);

}  // namespace weft
