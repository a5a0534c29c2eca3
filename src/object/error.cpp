// Raising exceptions from C++: formatting the message, instantiating the type, and the two
// exceptions that must be raisable without allocating (MemoryError, native RecursionError).
#include "object/error.hpp"

#include "object/exception.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

Value raise(ThreadState& ts, Type* type, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vraise(ts, type, fmt, ap);
  va_end(ap);
  return Value::error();
}

Value vraise(ThreadState& ts, Type* type, const char* fmt, va_list ap) {
  // Formatting may itself fail (a %R whose __repr__ raises, or MemoryError); that exception is
  // then the one left pending, as CPython's PyErr_Format does.
  Value msg = str_vformat_c(ts, fmt, ap);
  if (msg.is_error()) return Value::error();
  Value exc = exception_new(ts, type, &msg, 1);
  if (!exc.is_error()) ts.pending = exc;
  return Value::error();
}

Value raise_with_arg(ThreadState& ts, Type* type, Value arg) {
  Value exc = exception_new(ts, type, &arg, 1);
  if (!exc.is_error()) ts.pending = exc;
  return Value::error();
}

Value raise_value(ThreadState& ts, Value exc) {
  if (is_exception_type(ts, exc)) {
    exc = call0(ts, exc);
    if (exc.is_error()) return Value::error();
  }
  if (!is_exception_instance(ts, exc)) {
    return raise(ts, ts.vm->types.TypeError, "exceptions must derive from BaseException");
  }
  ts.pending = exc;
  return Value::error();
}

namespace {

// The shared preallocated instances start each raise afresh: no traceback, cause or context
// from an earlier raise. Setting a few words does not allocate, which is the point. Before the
// instances exist (early VM start-up, which then fails as a whole) None stands in as the pending
// marker.
void reset_shared_instance(ThreadState& ts, Value exc) {
  auto e = static_cast<BaseException*>(exc.as_obj());
  e->traceback = ts.vm->none;
  e->cause = ts.vm->none;
  e->context = ts.vm->none;
  e->suppress_context = false;
  ts.pending = exc;
}

}  // namespace

Value raise_no_memory(ThreadState& ts) {
  Value exc = ts.vm->memory_error;
  if (exc.is_error()) {
    ts.pending = ts.vm->none;
  } else {
    reset_shared_instance(ts, exc);
  }
  return Value::error();
}

Value raise_stack_overflow(ThreadState& ts) {
  Value exc = ts.vm->recursion_error;
  if (exc.is_error()) return raise_no_memory(ts);
  reset_shared_instance(ts, exc);
  return Value::error();
}

bool pending_matches(ThreadState& ts, Type* type) {
  return ts.has_pending() && type_is_subtype(type_of(ts, ts.pending), type);
}

}  // namespace weft
