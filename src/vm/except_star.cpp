// CHECK_EG_MATCH: the matching step of `except* T` (see eval_support.hpp), as CPython's
// _PyEval_ExceptionGroupMatch: a whole match of a lone exception wraps it in a group whose
// traceback is the current frame; a group that matches only in part is split().
#include "object/error.hpp"
#include "object/exception.hpp"
#include "object/exception_group.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"
#include "vm/eval_support.hpp"
#include "vm/frame.hpp"

namespace weft {

namespace {

bool is_group_type(ThreadState& ts, Value t) {
  return type_is_subtype(static_cast<Type*>(t.as_obj()), ts.vm->types.BaseExceptionGroup);
}

// `except* ExceptionGroup` cannot work: the clause would receive a group of groups.
bool check_not_group_type(ThreadState& ts, Value type) {
  bool is_tuple = type_of(ts, type) == ts.vm->types.tuple;
  size_t n = is_tuple ? as_tuple(type)->size : 1;
  const Value* types = is_tuple ? as_tuple(type)->items : &type;
  for (size_t i = 0; i < n; i++) {
    if (is_group_type(ts, types[i])) {
      raise(ts, ts.vm->types.TypeError,
            "catching ExceptionGroup with except* is not allowed. Use except instead.");
      return false;
    }
  }
  return true;
}

// split() may be overridden: check that it returned a pair.
bool split_result(ThreadState& ts, Value exc, Value pair, Value* match, Value* rest) {
  if (type_of(ts, pair) != ts.vm->types.tuple) {
    raise(ts, ts.vm->types.TypeError, "%s.split must return a tuple, not %s", type_name(ts, exc),
          type_name(ts, pair));
    return false;
  }
  if (as_tuple(pair)->size < 2) {
    raise(ts, ts.vm->types.TypeError, "%s.split must return a 2-tuple, got tuple of size %zu",
          type_name(ts, exc), as_tuple(pair)->size);
    return false;
  }
  *match = as_tuple(pair)->items[0];
  *rest = as_tuple(pair)->items[1];
  return true;
}

}  // namespace

bool except_star_match(ThreadState& ts, Frame* f, Value exc, Value type, Value* match,
                       Value* rest) {
  Value none = ts.vm->none;
  int whole = exception_matches(ts, exc, type);
  if (whole < 0 || !check_not_group_type(ts, type)) return false;
  if (exc == none) {
    *match = *rest = none;
    return true;
  }
  *match = none;
  *rest = exc;
  if (whole) {
    *rest = none;
    if (is_exception_group(ts, exc)) {
      *match = exc;
    } else {
      WEFT_TRY_BOOL(excs, tuple_new(ts, &exc, 1));
      WEFT_TRY_BOOL(wrapped, exception_group_new(ts, ts.vm->empty_str, excs));
      if (!exception_add_traceback(ts, wrapped, Value::from_obj(f->code), frame_line(f)))
        return false;
      *match = wrapped;
    }
  } else if (is_exception_group(ts, exc)) {
    Str* split = intern_cstr(ts, "split");
    if (!split) return false;
    WEFT_TRY_BOOL(pair, call_method(ts, exc, split, &type, 1));
    if (!split_result(ts, exc, pair, match, rest)) return false;
  }
  if (*match != none) ts.handled = *match;
  return true;
}

}  // namespace weft
