// _thread._ThreadHandle: what start_joinable_thread returns and threading.Thread joins.
#include "object/args.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/int.hpp"
#include "object/str.hpp"
#include "object/type.hpp"
#include "thread/lock.hpp"
#include "thread/thread_start.hpp"

namespace weft {

namespace {

ThreadHandle* as_handle(Value v) { return static_cast<ThreadHandle*>(v.as_obj()); }

// join(timeout=None): None or a negative timeout waits forever.
Value handle_join(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* NAMES[] = {"timeout"};
  Value timeout;
  if (!args_parse(ts, ArgSpec{"join", NAMES, 1, 0, 1, 0}, args, nargs, kw, &timeout))
    return Value::error();
  int64_t ns = -1;
  if (!timeout.is_error() && timeout != ts.vm->none) {
    if (!timeout_from_seconds(ts, timeout, &ns)) return Value::error();
    if (ns < 0) ns = -1;
  }
  if (!thread_handle_join(ts, as_handle(self), ns)) return Value::error();
  return ts.vm->none;
}

Value handle_is_done(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "is_done", nargs, kw, 0, 0)) return Value::error();
  return boolean(ts, as_handle(self)->done.load(std::memory_order_acquire) != 0);
}

Value handle_set_done(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "_set_done", nargs, kw, 0, 0)) return Value::error();
  thread_handle_set_done(*ts.vm, as_handle(self));
  return ts.vm->none;
}

Value handle_ident(ThreadState& ts, Value self) {
  return int_from_u64(ts, as_handle(self)->ident.load(std::memory_order_relaxed));
}

Value handle_repr(ThreadState& ts, Value self) {
  return str_format_c(ts, "<_thread._ThreadHandle object: ident=%llu>",
                      (unsigned long long)as_handle(self)->ident.load(std::memory_order_relaxed));
}

Value handle_type_new(ThreadState& ts, Type*, const Value*, size_t, Tuple*) {
  return raise(ts, ts.vm->types.TypeError, "cannot create '_thread._ThreadHandle' instances");
}

const MethodDef HANDLE_METHODS[] = {
    {"join", handle_join, 0, nullptr},
    {"is_done", handle_is_done, 0, nullptr},
    {"_set_done", handle_set_done, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef HANDLE_GETSETS[] = {
    {"ident", handle_ident, nullptr},
    {nullptr, nullptr, nullptr},
};

}  // namespace

ThreadHandle* thread_handle_new(ThreadState& ts) {
  return static_cast<ThreadHandle*>(gc_alloc(ts, ts.vm->types.thread_handle, sizeof(ThreadHandle)));
}

bool thread_handle_init_type(ThreadState& ts) {
  Types& types = ts.vm->types;
  if (types.thread_handle) return true;
  Type* t = type_new_builtin(ts, "_thread._ThreadHandle", types.object, TypeKind::Other,
                             sizeof(ThreadHandle), 0);
  if (!t) return false;
  t->repr = handle_repr;
  t->new_ = handle_type_new;
  if (!type_add_methods(ts, t, HANDLE_METHODS) || !type_add_getsets(ts, t, HANDLE_GETSETS))
    return false;
  types.thread_handle = t;
  return true;
}

}  // namespace weft
