// The sys module's functions: exit, the recursion and int-digit limits, the display and
// exception hooks, exc_info... Its data attributes are set up by sys_info.cpp.
#include "modules/module_defs.hpp"
#include "object/args.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/exception.hpp"
#include "object/int.hpp"
#include "object/module.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace weft {

namespace {

Value sys_exit(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "exit", nargs, kw, 0, 1)) return Value::error();
  WEFT_TRY(exc, exception_new(ts, ts.vm->types.SystemExit, args, nargs));
  return raise_value(ts, exc);
}

Value sys_getrecursionlimit(ThreadState& ts, Value, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "getrecursionlimit", nargs, kw, 0, 0)) return Value::error();
  return Value::from_int(ts.vm->recursion_limit);
}

// An int argument that must fit a C int ("Python int too large to convert to C int").
bool int_arg(ThreadState& ts, Value v, int* out) {
  WEFT_TRY_BOOL(i, obj_index(ts, v));
  int64_t x;
  if (!int_to_i64(ts, i, &x) || x < INT32_MIN || x > INT32_MAX) {
    ts.pending = Value::error();
    raise(ts, ts.vm->types.OverflowError, "Python int too large to convert to C int");
    return false;
  }
  *out = int(x);
  return true;
}

Value sys_setrecursionlimit(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "setrecursionlimit", nargs, kw, 1, 1)) return Value::error();
  int limit;
  if (!int_arg(ts, args[0], &limit)) return Value::error();
  if (limit < 1) {
    return raise(ts, ts.vm->types.ValueError, "recursion limit must be greater or equal than 1");
  }
  if (limit <= ts.depth) {
    return raise(ts, ts.vm->types.RecursionError,
                 "cannot set the recursion limit to %d at the recursion depth %d: the limit is "
                 "too low", limit, ts.depth);
  }
  ts.vm->recursion_limit = limit;
  return ts.vm->none;
}

Value sys_getsizeof(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "getsizeof", nargs, kw, 1, 2)) return Value::error();
  Value v = args[0];
  if (!v.is_obj()) return Value::from_int(sizeof(Value));
  if (v.as_obj()->flags & OBJ_STATIC) return Value::from_int(sizeof(Object));
  return int_from_u64(ts, gc_cell_size(v.as_obj()));
}

Value sys_intern(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "intern", nargs, kw, 1, 1)) return Value::error();
  if (!is_str(ts, args[0])) {
    return raise(ts, ts.vm->types.TypeError, "intern() argument must be str, not %s",
                 type_name(ts, args[0]));
  }
  if (type_of(ts, args[0]) != ts.vm->types.str) {
    return raise(ts, ts.vm->types.TypeError, "can't intern %s", type_name(ts, args[0]));
  }
  Str* s = str_intern(ts, as_str(args[0]));
  return s ? Value::from_obj(s) : Value::error();
}

Value sys_is_gil_enabled(ThreadState& ts, Value, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "_is_gil_enabled", nargs, kw, 0, 0)) return Value::error();
  return boolean(ts, ts.vm->gil_enabled);
}

// The REPL's echo of an expression statement: repr to sys.stdout, and builtins._ = value.
Value sys_displayhook(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "displayhook", nargs, kw, 1, 1)) return Value::error();
  Value v = args[0];
  Vm& vm = *ts.vm;
  if (v == vm.none) return vm.none;
  if (!module_set(ts, vm.builtins, "_", vm.none)) return Value::error();
  Value out = dict_get_str(vm.sys->dict, vm.names.stdout_);
  if (out.is_error() || out == vm.none) {
    return raise(ts, vm.types.RuntimeError, "lost sys.stdout");
  }
  WEFT_TRY(text, obj_repr(ts, v));
  Value newline = Value::from_obj(vm.names.newline);
  if (call_method(ts, out, vm.names.write, &text, 1).is_error() ||
      call_method(ts, out, vm.names.write, &newline, 1).is_error() ||
      !module_set(ts, vm.builtins, "_", v)) {
    return Value::error();
  }
  return vm.none;
}

Value sys_excepthook(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "excepthook", nargs, kw, 3, 3)) return Value::error();
  exception_print(ts, args[1]);
  return ts.vm->none;
}

Value handled_exception(ThreadState& ts) {
  Value h = ts.handled;
  return h.is_error() ? ts.vm->none : h;
}

Value sys_exception(ThreadState& ts, Value, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "exception", nargs, kw, 0, 0)) return Value::error();
  return handled_exception(ts);
}

Value sys_exc_info(ThreadState& ts, Value, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "exc_info", nargs, kw, 0, 0)) return Value::error();
  Value e = handled_exception(ts);
  Value none = ts.vm->none;
  if (e == none) {
    Value nones[3] = {none, none, none};
    return tuple_new(ts, nones, 3);
  }
  Value tb = as_exception(e)->traceback;
  Value info[3] = {Value::from_obj(type_of(ts, e)), e, tb.is_error() ? none : tb};
  return tuple_new(ts, info, 3);
}

Value sys_get_int_max_str_digits(ThreadState& ts, Value, const Value*, size_t nargs,
                                 Tuple* kw) {
  if (!args_check(ts, "get_int_max_str_digits", nargs, kw, 0, 0)) return Value::error();
  return Value::from_int(ts.vm->int_max_str_digits);
}

Value sys_set_int_max_str_digits(ThreadState& ts, Value, const Value* args, size_t nargs,
                                 Tuple* kwnames) {
  static constexpr const char* NAMES[] = {"maxdigits"};
  Value a[1];
  if (!args_parse(ts, {"set_int_max_str_digits", NAMES, 1, 0, 1, 1}, args, nargs, kwnames, a)) {
    return Value::error();
  }
  int digits;
  if (!int_arg(ts, a[0], &digits)) return Value::error();
  if (digits != 0 && digits < 640) {
    return raise(ts, ts.vm->types.ValueError, "maxdigits must be 0 or larger than 640");
  }
  ts.vm->int_max_str_digits = digits;
  return ts.vm->none;
}

Value sys_getdefaultencoding(ThreadState& ts, Value, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "getdefaultencoding", nargs, kw, 0, 0)) return Value::error();
  return Value::from_obj(ts.vm->names.utf_8);
}

const MethodDef SYS_FUNCTIONS[] = {
    {"exit", sys_exit, 0, "Exit the interpreter by raising SystemExit(status)."},
    {"getrecursionlimit", sys_getrecursionlimit, 0, "Return the current recursion limit."},
    {"setrecursionlimit", sys_setrecursionlimit, 0, "Set the recursion limit."},
    {"getsizeof", sys_getsizeof, 0, "Return the size of object in bytes."},
    {"intern", sys_intern, 0, "Intern the given string."},
    {"_is_gil_enabled", sys_is_gil_enabled, 0, "Return True if the GIL is enabled."},
    {"displayhook", sys_displayhook, 0, "Print an object to sys.stdout and save it in builtins._"},
    {"excepthook", sys_excepthook, 0, "Handle an exception by displaying it with a traceback."},
    {"exception", sys_exception, 0, "Return the current exception."},
    {"exc_info", sys_exc_info, 0, "Return current exception information."},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0,
     "Return the maximum string digits limit for non-binary int<->str conversions."},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0,
     "Set the maximum string digits limit for non-binary int<->str conversions."},
    {"getdefaultencoding", sys_getdefaultencoding, 0, "Return the current default encoding."},
    {"getfilesystemencoding", sys_getdefaultencoding, 0, "Return the file system encoding."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Module* sys_module_create(ThreadState& ts) {
  Module* m = module_new(ts, ts.vm->names.sys);
  if (!m || !module_add_functions(ts, m, SYS_FUNCTIONS) ||
      !module_add_functions(ts, m, SYS_THREAD_FUNCTIONS)) {
    return nullptr;
  }
  // The original hooks stay reachable as __displayhook__ / __excepthook__, as in CPython.
  struct Alias {
    const char* name;
    const char* original;
  };
  for (Alias a : {Alias{"displayhook", "__displayhook__"}, Alias{"excepthook", "__excepthook__"},
                  Alias{"unraisablehook", "__unraisablehook__"}}) {
    Str* key = intern_cstr(ts, a.name);
    Value f = key ? dict_get_str(m->dict, key) : Value::error();
    if (f.is_error() || !module_set(ts, m, a.original, f)) return nullptr;
  }
  return sys_add_info(ts, m) ? m : nullptr;
}

}  // namespace weft
