// BaseExceptionGroup and ExceptionGroup (PEP 654): construction with CPython's checks, split,
// subgroup, derive, and the projection `except*` uses to build the group it re-raises.
#pragma once

#include "object/exception.hpp"

namespace weft {

struct BaseExceptionGroup : BaseException {
  Value message;     // a str
  Value exceptions;  // a non-empty tuple of exceptions
};

bool is_exception_group(ThreadState& ts, Value v);
// BaseExceptionGroup(message, excs): an ExceptionGroup when every item is an Exception.
[[nodiscard]] Value exception_group_new(ThreadState& ts, Value message, Value excs);
// The value an except* statement re-raises (CPython's _PyExc_PrepReraiseStar): `excs` is the
// list of exceptions raised or re-raised by its clauses plus the unhandled rest (or None).
// Re-raised parts keep their place in `orig`'s nesting; new ones become siblings in a new group.
// None when nothing is left.
[[nodiscard]] Value exception_group_prep_reraise(ThreadState& ts, Value orig, Value excs);

// Creates both types (the hierarchy's BaseException and Exception must exist).
[[nodiscard]] bool exception_group_init_types(ThreadState& ts);

}  // namespace weft
