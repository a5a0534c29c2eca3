// The built-in exception hierarchy of CPython 3.13 and the small specialisations: StopIteration
// .value, SystemExit .code, KeyError's str, ImportError/NameError/AttributeError keywords.
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/exception_group.hpp"
#include "object/exception_internal.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

// value = args[0] if any, else None.
bool stop_iteration_init(ThreadState& ts, Value self, const Value* args, size_t nargs,
                         Tuple* kwnames) {
  if (!base_exception_init(ts, self, args, nargs, kwnames)) return false;
  Value v = nargs > 0 ? args[0] : ts.vm->none;
  return exception_set_attr(ts, self, ts.vm->names.value, v);
}

// code = None, args[0], or the whole args tuple.
bool system_exit_init(ThreadState& ts, Value self, const Value* args, size_t nargs,
                      Tuple* kwnames) {
  if (!base_exception_init(ts, self, args, nargs, kwnames)) return false;
  Value code = nargs == 0 ? ts.vm->none
               : nargs == 1 ? args[0]
                            : Value::from_obj(as_exception(self)->args);
  return exception_set_attr(ts, self, ts.vm->names.code_, code);
}

// A missing key shows as its repr: KeyError('') prints as ''.
Value key_error_str(ThreadState& ts, Value self) {
  Tuple* args = as_exception(self)->args;
  if (args && args->size == 1) return obj_repr(ts, args->items[0]);
  return base_exception_str(ts, self);
}

constexpr const char* IMPORT_ERROR_KEYWORDS[] = {"name", "path", "name_from", nullptr};
constexpr const char* NAME_ERROR_KEYWORDS[] = {"name", nullptr};
constexpr const char* ATTRIBUTE_ERROR_KEYWORDS[] = {"name", "obj", nullptr};

// Positional arguments become args; the keywords in KEYWORDS become attributes.
template <const char* const* KEYWORDS>
bool keyword_init(ThreadState& ts, Value self, const Value* args, size_t nargs,
                  Tuple* kwnames) {
  return exception_set_args(ts, self, args, nargs) &&
         exception_keywords(ts, self, args + nargs, kwnames, KEYWORDS);
}

bool import_error_init(ThreadState& ts, Value self, const Value* args, size_t nargs,
                       Tuple* kwnames) {
  if (!keyword_init<IMPORT_ERROR_KEYWORDS>(ts, self, args, nargs, kwnames)) return false;
  Value msg = nargs == 1 ? args[0] : ts.vm->none;
  return exception_set_attr(ts, self, ts.vm->names.msg, msg);
}

Value import_error_str(ThreadState& ts, Value self) {
  Value msg = exception_get_attr(ts, self, ts.vm->names.msg);
  if (type_of(ts, msg) == ts.vm->types.str) return msg;
  return base_exception_str(ts, self);
}

constexpr const char* STOP_ITERATION_ATTRS[] = {"value", nullptr};
constexpr const char* SYSTEM_EXIT_ATTRS[] = {"code", nullptr};
constexpr const char* IMPORT_ERROR_ATTRS[] = {"msg", "name", "path", "name_from", nullptr};
constexpr const char* NAME_ERROR_ATTRS[] = {"name", nullptr};
constexpr const char* ATTRIBUTE_ERROR_ATTRS[] = {"name", "obj", nullptr};

constexpr ExceptionSpec STOP_ITERATION_SPEC = {nullptr, stop_iteration_init, nullptr,
                                               STOP_ITERATION_ATTRS};
constexpr ExceptionSpec SYSTEM_EXIT_SPEC = {nullptr, system_exit_init, nullptr,
                                            SYSTEM_EXIT_ATTRS};
constexpr ExceptionSpec KEY_ERROR_SPEC = {nullptr, nullptr, key_error_str, nullptr};
constexpr ExceptionSpec IMPORT_ERROR_SPEC = {nullptr, import_error_init, import_error_str,
                                             IMPORT_ERROR_ATTRS};
constexpr ExceptionSpec NAME_ERROR_SPEC = {nullptr, keyword_init<NAME_ERROR_KEYWORDS>, nullptr,
                                           NAME_ERROR_ATTRS};
constexpr ExceptionSpec ATTRIBUTE_ERROR_SPEC = {nullptr, keyword_init<ATTRIBUTE_ERROR_KEYWORDS>,
                                                nullptr, ATTRIBUTE_ERROR_ATTRS};

struct ExceptionRow {
  Type* Types::*field;
  const char* name;
  Type* Types::*base;
  const ExceptionSpec* spec;
};

using T = Types;

// Every base precedes its subclasses. BaseException itself is made by base_exception_create.
constexpr ExceptionRow HIERARCHY[] = {
    {&T::Exception, "Exception", &T::BaseException, nullptr},
    {&T::SystemExit, "SystemExit", &T::BaseException, &SYSTEM_EXIT_SPEC},
    {&T::KeyboardInterrupt, "KeyboardInterrupt", &T::BaseException, nullptr},
    {&T::GeneratorExit, "GeneratorExit", &T::BaseException, nullptr},
    {&T::StopIteration, "StopIteration", &T::Exception, &STOP_ITERATION_SPEC},
    {&T::StopAsyncIteration, "StopAsyncIteration", &T::Exception, nullptr},
    {&T::ArithmeticError, "ArithmeticError", &T::Exception, nullptr},
    {&T::ZeroDivisionError, "ZeroDivisionError", &T::ArithmeticError, nullptr},
    {&T::OverflowError, "OverflowError", &T::ArithmeticError, nullptr},
    {&T::FloatingPointError, "FloatingPointError", &T::ArithmeticError, nullptr},
    {&T::AssertionError, "AssertionError", &T::Exception, nullptr},
    {&T::AttributeError, "AttributeError", &T::Exception, &ATTRIBUTE_ERROR_SPEC},
    {&T::BufferError, "BufferError", &T::Exception, nullptr},
    {&T::EOFError, "EOFError", &T::Exception, nullptr},
    {&T::ImportError, "ImportError", &T::Exception, &IMPORT_ERROR_SPEC},
    {&T::ModuleNotFoundError, "ModuleNotFoundError", &T::ImportError, nullptr},
    {&T::LookupError, "LookupError", &T::Exception, nullptr},
    {&T::IndexError, "IndexError", &T::LookupError, nullptr},
    {&T::KeyError, "KeyError", &T::LookupError, &KEY_ERROR_SPEC},
    {&T::MemoryError, "MemoryError", &T::Exception, nullptr},
    {&T::NameError, "NameError", &T::Exception, &NAME_ERROR_SPEC},
    {&T::UnboundLocalError, "UnboundLocalError", &T::NameError, nullptr},
    {&T::OSError, "OSError", &T::Exception, &OS_ERROR_SPEC},
    {&T::BlockingIOError, "BlockingIOError", &T::OSError, nullptr},
    {&T::ChildProcessError, "ChildProcessError", &T::OSError, nullptr},
    {&T::ConnectionError, "ConnectionError", &T::OSError, nullptr},
    {&T::BrokenPipeError, "BrokenPipeError", &T::ConnectionError, nullptr},
    {&T::ConnectionAbortedError, "ConnectionAbortedError", &T::ConnectionError, nullptr},
    {&T::ConnectionRefusedError, "ConnectionRefusedError", &T::ConnectionError, nullptr},
    {&T::ConnectionResetError, "ConnectionResetError", &T::ConnectionError, nullptr},
    {&T::FileExistsError, "FileExistsError", &T::OSError, nullptr},
    {&T::FileNotFoundError, "FileNotFoundError", &T::OSError, nullptr},
    {&T::InterruptedError, "InterruptedError", &T::OSError, nullptr},
    {&T::IsADirectoryError, "IsADirectoryError", &T::OSError, nullptr},
    {&T::NotADirectoryError, "NotADirectoryError", &T::OSError, nullptr},
    {&T::PermissionError, "PermissionError", &T::OSError, nullptr},
    {&T::ProcessLookupError, "ProcessLookupError", &T::OSError, nullptr},
    {&T::TimeoutError, "TimeoutError", &T::OSError, nullptr},
    {&T::ReferenceError, "ReferenceError", &T::Exception, nullptr},
    {&T::RuntimeError, "RuntimeError", &T::Exception, nullptr},
    {&T::NotImplementedError, "NotImplementedError", &T::RuntimeError, nullptr},
    {&T::PythonFinalizationError, "PythonFinalizationError", &T::RuntimeError, nullptr},
    {&T::RecursionError, "RecursionError", &T::RuntimeError, nullptr},
    {&T::SyntaxError, "SyntaxError", &T::Exception, &SYNTAX_ERROR_SPEC},
    {&T::IndentationError, "IndentationError", &T::SyntaxError, nullptr},
    {&T::TabError, "TabError", &T::IndentationError, nullptr},
    {&T::SystemError, "SystemError", &T::Exception, nullptr},
    {&T::TypeError, "TypeError", &T::Exception, nullptr},
    {&T::ValueError, "ValueError", &T::Exception, nullptr},
    {&T::UnicodeError, "UnicodeError", &T::ValueError, nullptr},
    {&T::UnicodeDecodeError, "UnicodeDecodeError", &T::UnicodeError, &UNICODE_DECODE_ERROR_SPEC},
    {&T::UnicodeEncodeError, "UnicodeEncodeError", &T::UnicodeError, &UNICODE_ENCODE_ERROR_SPEC},
    {&T::UnicodeTranslateError, "UnicodeTranslateError", &T::UnicodeError,
     &UNICODE_TRANSLATE_ERROR_SPEC},
    {&T::Warning, "Warning", &T::Exception, nullptr},
    {&T::BytesWarning, "BytesWarning", &T::Warning, nullptr},
    {&T::DeprecationWarning, "DeprecationWarning", &T::Warning, nullptr},
    {&T::EncodingWarning, "EncodingWarning", &T::Warning, nullptr},
    {&T::FutureWarning, "FutureWarning", &T::Warning, nullptr},
    {&T::ImportWarning, "ImportWarning", &T::Warning, nullptr},
    {&T::PendingDeprecationWarning, "PendingDeprecationWarning", &T::Warning, nullptr},
    {&T::ResourceWarning, "ResourceWarning", &T::Warning, nullptr},
    {&T::RuntimeWarning, "RuntimeWarning", &T::Warning, nullptr},
    {&T::SyntaxWarning, "SyntaxWarning", &T::Warning, nullptr},
    {&T::UnicodeWarning, "UnicodeWarning", &T::Warning, nullptr},
    {&T::UserWarning, "UserWarning", &T::Warning, nullptr},
};

bool apply_spec(ThreadState& ts, Type* t, const ExceptionSpec& spec) {
  if (spec.new_) t->new_ = spec.new_;
  if (spec.init) t->init = spec.init;
  if (spec.str) t->str = spec.str;
  if (!spec.none_attrs) return true;
  for (const char* const* a = spec.none_attrs; *a; a++) {
    Str* name = intern_cstr(ts, *a);
    if (!name || !dict_set_str(ts, t->dict, name, ts.vm->none)) return false;
  }
  type_modified(ts, t);
  return true;
}

bool bind(ThreadState& ts, Dict* d, Type* t) { return dict_set_str(ts, d, t->name, Value::from_obj(t)); }

}  // namespace

bool exception_bind_names(ThreadState& ts, Dict* d) {
  Types& types = ts.vm->types;
  if (!bind(ts, d, types.BaseException)) return false;
  for (const ExceptionRow& row : HIERARCHY) {
    if (!bind(ts, d, types.*row.field)) return false;
  }
  if (!bind(ts, d, types.BaseExceptionGroup) || !bind(ts, d, types.ExceptionGroup)) return false;
  Value os_error = Value::from_obj(types.OSError);
  for (const char* alias : {"EnvironmentError", "IOError"}) {
    Str* name = intern_cstr(ts, alias);
    if (!name || !dict_set_str(ts, d, name, os_error)) return false;
  }
  return true;
}

void exception_init_types(ThreadState& ts) {
  Types& types = ts.vm->types;
  traceback_init_type(ts);
  if (ts.has_pending()) return;
  types.BaseException = base_exception_create(ts);
  if (!types.BaseException) return;
  for (const ExceptionRow& row : HIERARCHY) {
    Type* base = types.*row.base;
    Type* t = type_new_builtin(ts, row.name, base, TypeKind::BaseException, base->basic_size,
                               TF_BASETYPE);
    if (!t || (row.spec && !apply_spec(ts, t, *row.spec))) return;
    types.*row.field = t;
  }
  static_cast<void>(exception_group_init_types(ts));
}

}  // namespace weft
