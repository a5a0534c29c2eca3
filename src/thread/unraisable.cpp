// Reporting unraisable exceptions: builds the UnraisableHookArgs struct sequence and calls
// sys.unraisablehook; the default hook prints the message and the traceback.
#include "thread/unraisable.hpp"

#include <string>

#include "object/args.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/exception.hpp"
#include "object/module.hpp"
#include "object/namespace.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "vm/main_module.hpp"

namespace weft {

namespace {

constexpr const char* FIELDS[] = {"exc_type", "exc_value", "exc_traceback", "err_msg", "object",
                                  nullptr};

Type* hook_args_type(ThreadState& ts) {
  Types& types = ts.vm->types;
  if (!types.unraisable_hook_args)
    types.unraisable_hook_args = structseq_new_type(ts, "UnraisableHookArgs", FIELDS);
  return types.unraisable_hook_args;
}

void default_hook(ThreadState& ts, Value err_msg, Value exc, Value obj) {
  std::string head = "Exception ignored in";
  if (err_msg != ts.vm->none) {
    Value s = obj_str(ts, err_msg);
    if (!s.is_error()) head = std::string(str_view(as_str(s)));
  }
  if (obj != ts.vm->none) {
    Value r = obj_repr(ts, obj);
    head += ": ";
    head += r.is_error() ? std::string("<object repr() failed>") : std::string(str_view(as_str(r)));
  } else {
    head += ":";
  }
  ts.pending = Value::error();
  write_stderr_text(ts, head + "\n");
  if (is_exception_instance(ts, exc)) exception_print(ts, exc);
  ts.pending = Value::error();
}

}  // namespace

Value sys_unraisablehook(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "unraisablehook", nargs, kw, 1, 1)) return Value::error();
  Value u = args[0];
  if (type_of(ts, u) != hook_args_type(ts))
    return raise(ts, ts.vm->types.TypeError, "sys.unraisablehook argument type must be UnraisableHookArgs");
  Tuple* t = as_tuple(u);
  default_hook(ts, t->items[3], t->items[1], t->items[4]);
  return ts.vm->none;
}

void write_unraisable(ThreadState& ts, Value exc, const char* err_msg, Value obj) {
  Vm& vm = *ts.vm;
  ts.pending = Value::error();
  Value msg = str_from_cstr(ts, err_msg);
  Type* type = hook_args_type(ts);
  Value hook = Value::error();
  if (Str* name = intern_cstr(ts, "unraisablehook")) hook = dict_get_str(vm.sys->dict, name);
  if (msg.is_error() || !type || hook.is_error() || hook == vm.none) {
    default_hook(ts, msg.is_error() ? vm.none : msg, exc, obj);
    return;
  }
  Value tb = is_exception_instance(ts, exc) ? as_exception(exc)->traceback : vm.none;
  Value items[] = {Value::from_obj(type_of(ts, exc)), exc, tb.is_error() ? vm.none : tb, msg, obj};
  Value u = structseq_new(ts, type, items, 5);
  if (u.is_error() || call1(ts, hook, u).is_error()) {
    Value failure = take_pending(ts);
    default_hook(ts, msg, exc, obj);
    if (!failure.is_error()) default_hook(ts, vm.none, failure, hook);
  }
  ts.pending = Value::error();
}

}  // namespace weft
