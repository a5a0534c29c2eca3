// OSError: the (errno, strerror[, filename[, winerror[, filename2]]]) constructor, the mapping of
// errno values to subclasses (OSError(2, ...) is a FileNotFoundError), and its str.
#include <cerrno>

#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/exception_internal.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

struct ErrnoClass {
  int code;
  Type* Types::*type;
};

// The errno values CPython maps (Objects/exceptions.c), with this platform's numbering.
constexpr ErrnoClass ERRNO_CLASSES[] = {
    {EAGAIN, &Types::BlockingIOError},          {EALREADY, &Types::BlockingIOError},
    {EINPROGRESS, &Types::BlockingIOError},     {EWOULDBLOCK, &Types::BlockingIOError},
    {EPIPE, &Types::BrokenPipeError},           {ECHILD, &Types::ChildProcessError},
    {ECONNABORTED, &Types::ConnectionAbortedError},
    {ECONNREFUSED, &Types::ConnectionRefusedError},
    {ECONNRESET, &Types::ConnectionResetError}, {EEXIST, &Types::FileExistsError},
    {ENOENT, &Types::FileNotFoundError},        {EISDIR, &Types::IsADirectoryError},
    {ENOTDIR, &Types::NotADirectoryError},      {EINTR, &Types::InterruptedError},
    {EACCES, &Types::PermissionError},          {EPERM, &Types::PermissionError},
    {ESRCH, &Types::ProcessLookupError},        {ETIMEDOUT, &Types::TimeoutError},
#ifdef ESHUTDOWN
    {ESHUTDOWN, &Types::BrokenPipeError},
#endif
};

Type* errno_subclass(ThreadState& ts, Value code) {
  if (!code.is_int()) return nullptr;
  for (const ErrnoClass& e : ERRNO_CLASSES) {
    if (code.as_int() == e.code) return ts.vm->types.*e.type;
  }
  return nullptr;
}

// The attribute when the constructor set it (even to None), else error().
Value attr_if_set(Value exc, Str* name) {
  Dict* d = as_exception(exc)->dict;
  return d ? dict_get_str(d, name) : Value::error();
}

bool is_set(Value v, Value none) { return !v.is_error() && v != none; }

bool parse_arguments(ThreadState& ts, Value self, Type* type, const Value* args, size_t nargs) {
  Names& n = ts.vm->names;
  if (nargs < 2 || nargs > 5) return true;
  if (!exception_set_attr(ts, self, n.errno_, args[0]) ||
      !exception_set_attr(ts, self, n.strerror, args[1])) {
    return false;
  }
  if (nargs == 3 && type_is_subtype(type, ts.vm->types.BlockingIOError) &&
      is_int_like(ts, args[2])) {
    return exception_set_attr(ts, self, n.characters_written, args[2]);
  }
  if (nargs < 3) return true;
  if (!exception_set_attr(ts, self, n.filename, args[2])) return false;
  if (nargs == 5 && !exception_set_attr(ts, self, n.filename2, args[4])) return false;
  // With a file name, args keeps only (errno, strerror), as CPython.
  if (args[2] != ts.vm->none) return exception_set_args(ts, self, args, 2);
  return true;
}

Value oserror_new(ThreadState& ts, Type* type, const Value* args, size_t nargs,
                  Tuple* kwnames) {
  if (type == ts.vm->types.OSError && nargs >= 2) {
    if (Type* sub = errno_subclass(ts, args[0])) type = sub;
  }
  WEFT_TRY(self, base_exception_new(ts, type, args, nargs, kwnames));
  if (!parse_arguments(ts, self, type, args, nargs)) return Value::error();
  return self;
}

// The arguments were consumed by __new__ (which may have trimmed args); only keywords are
// checked here.
bool oserror_init(ThreadState& ts, Value self, const Value*, size_t, Tuple* kwnames) {
  if (kwnames && kwnames->size) {
    raise(ts, ts.vm->types.TypeError, "%s() takes no keyword arguments", type_name(ts, self));
    return false;
  }
  return true;
}

Value oserror_str(ThreadState& ts, Value self) {
  Names& n = ts.vm->names;
  Value none = ts.vm->none;
  Value code = attr_if_set(self, n.errno_);
  Value text = attr_if_set(self, n.strerror);
  Value filename = attr_if_set(self, n.filename);
  Value filename2 = attr_if_set(self, n.filename2);
  if (is_set(filename, none)) {
    if (is_set(filename2, none)) {
      return str_format_c(ts, "[Errno %S] %S: %R -> %R", code, text, filename, filename2);
    }
    return str_format_c(ts, "[Errno %S] %S: %R", code, text, filename);
  }
  if (!code.is_error() && !text.is_error()) return str_format_c(ts, "[Errno %S] %S", code, text);
  return base_exception_str(ts, self);
}

constexpr const char* OS_ERROR_ATTRS[] = {"errno", "strerror", "filename", "filename2", nullptr};

}  // namespace

const ExceptionSpec OS_ERROR_SPEC = {oserror_new, oserror_init, oserror_str, OS_ERROR_ATTRS};

}  // namespace weft
