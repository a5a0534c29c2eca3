// The _thread module: CPython 3.13's low-level threading API (start_new_thread,
// start_joinable_thread, locks, idents, stack_size, interrupt_main, _count, _shutdown...).
#include "modules/module_defs.hpp"
#include "object/args.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/float.hpp"
#include "object/int.hpp"
#include "object/module.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "thread/interrupt.hpp"
#include "thread/lock.hpp"
#include "thread/thread_runtime.hpp"
#include "thread/thread_start.hpp"

namespace weft {

namespace {

constexpr size_t MIN_STACK_SIZE = 32768;
constexpr int SIGINT_NUMBER = 2;
constexpr int SIGNAL_COUNT = 65;  // CPython's NSIG on Linux

Value start_result(ThreadState& ts, uint64_t ident) {
  return ident ? int_from_u64(ts, ident) : Value::error();
}

Value t_start_new_thread(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "start_new_thread", nargs, kw, 2, 3)) return Value::error();
  Vm& vm = *ts.vm;
  if (!is_callable(ts, args[0])) return raise(ts, vm.types.TypeError, "first arg must be callable");
  if (!args[1].is_obj() || !(args[1].as_obj()->type->tflags & TF_TUPLE_SUBCLASS))
    return raise(ts, vm.types.TypeError, "2nd arg must be a tuple");
  Dict* kwargs = nullptr;
  if (nargs == 3) {
    if (!is_dict(ts, args[2]))
      return raise(ts, vm.types.TypeError, "optional 3rd arg must be a dictionary");
    kwargs = as_dict(args[2]);
  }
  return start_result(ts, thread_start_new(ts, args[0], as_tuple(args[1]), kwargs, nullptr, true));
}

// start_joinable_thread(function, handle=None, daemon=True) -> _ThreadHandle
Value t_start_joinable_thread(ThreadState& ts, Value, const Value* args, size_t nargs,
                              Tuple* kw) {
  static constexpr const char* NAMES[] = {"function", "handle", "daemon"};
  Value v[3];
  if (!args_parse(ts, ArgSpec{"start_joinable_thread", NAMES, 3, 0, 3, 1}, args, nargs, kw, v))
    return Value::error();
  Vm& vm = *ts.vm;
  if (!is_callable(ts, v[0])) return raise(ts, vm.types.TypeError, "thread function must be callable");
  ThreadHandle* handle = nullptr;
  if (!v[1].is_error() && v[1] != vm.none) {
    if (type_of(ts, v[1]) != vm.types.thread_handle)
      return raise(ts, vm.types.TypeError, "'handle' must be a _ThreadHandle");
    handle = static_cast<ThreadHandle*>(v[1].as_obj());
    if (handle->started) return raise(ts, vm.types.RuntimeError, "thread already started");
  } else if (!(handle = thread_handle_new(ts))) {
    return Value::error();
  }
  bool daemon = true;
  if (!v[2].is_error()) {
    int t = obj_truth(ts, v[2]);
    if (t < 0) return Value::error();
    daemon = t != 0;
  }
  Tuple* empty = as_tuple(vm.empty_tuple);
  if (!thread_start_new(ts, v[0], empty, nullptr, handle, daemon)) return Value::error();
  return Value::from_obj(handle);
}

Value t_allocate_lock(ThreadState& ts, Value, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "_thread.allocate_lock", nargs, kw, 0, 0)) return Value::error();
  return lock_new(ts);
}

Value t_get_ident(ThreadState& ts, Value, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "_thread.get_ident", nargs, kw, 0, 0)) return Value::error();
  return int_from_u64(ts, ts.ident);
}

Value t_get_native_id(ThreadState& ts, Value, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "_thread.get_native_id", nargs, kw, 0, 0)) return Value::error();
  return int_from_u64(ts, ts.native_id);
}

Value t_count(ThreadState& ts, Value, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "_thread._count", nargs, kw, 0, 0)) return Value::error();
  return int_from_i64(ts, ts.vm->thread_rt->thread_count.load(std::memory_order_acquire));
}

Value t_stack_size(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* NAMES[] = {"size"};
  Value arg;
  if (!args_parse(ts, ArgSpec{"stack_size", NAMES, 1, 1, 1, 0}, args, nargs, kw, &arg))
    return Value::error();
  auto& setting = ts.vm->thread_rt->stack_size;
  size_t old = setting.load(std::memory_order_relaxed);
  if (!arg.is_error()) {
    intptr_t size;
    if (!arg_ssize(ts, arg, &size)) return Value::error();
    if (size < 0) return raise(ts, ts.vm->types.ValueError, "size must be 0 or a positive value");
    if (size != 0 && size_t(size) < MIN_STACK_SIZE)
      return raise(ts, ts.vm->types.ValueError, "size not valid: %zd bytes", size);
    setting.store(size_t(size), std::memory_order_relaxed);
  }
  return int_from_u64(ts, old);
}

// interrupt_main(signum=SIGINT): only SIGINT has a handler (KeyboardInterrupt); other valid
// signals are ignored, as CPython does for signals whose handler is the default one.
Value t_interrupt_main(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* NAMES[] = {"signum"};
  Value signum;
  if (!args_parse(ts, ArgSpec{"interrupt_main", NAMES, 1, 0, 1, 0}, args, nargs, kw, &signum))
    return Value::error();
  intptr_t n = SIGINT_NUMBER;
  if (!signum.is_error() && !arg_ssize(ts, signum, &n)) return Value::error();
  if (n < 1 || n >= SIGNAL_COUNT)
    return raise(ts, ts.vm->types.ValueError, "signal number out of range");
  if (n == SIGINT_NUMBER) thread_interrupt_main(*ts.vm);
  return ts.vm->none;
}

Value t_exit(ThreadState& ts, Value, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "_thread.exit", nargs, kw, 0, 0)) return Value::error();
  return raise_value(ts, Value::from_obj(ts.vm->types.SystemExit));
}

Value t_daemon_threads_allowed(ThreadState& ts, Value, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "_thread.daemon_threads_allowed", nargs, kw, 0, 0)) return Value::error();
  return ts.vm->true_;
}

Value t_is_main_interpreter(ThreadState& ts, Value, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "_thread._is_main_interpreter", nargs, kw, 0, 0)) return Value::error();
  return ts.vm->true_;
}

Value t_get_main_thread_ident(ThreadState& ts, Value, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "_thread._get_main_thread_ident", nargs, kw, 0, 0)) return Value::error();
  ThreadState* main = ts.vm->main_thread;
  return int_from_u64(ts, main ? main->ident : 0);
}

// A handle for a thread not started by _thread (the main thread): done when _set_done is called.
Value t_make_thread_handle(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "_thread._make_thread_handle", nargs, kw, 1, 1)) return Value::error();
  intptr_t ident;
  if (!arg_ssize(ts, args[0], &ident)) {
    ts.pending = Value::error();
    int64_t wide = 0;
    if (!int_to_i64(ts, args[0], &wide)) return Value::error();
    ident = intptr_t(wide);
  }
  ThreadHandle* h = thread_handle_new(ts);
  if (!h) return Value::error();
  h->ident.store(uint64_t(ident), std::memory_order_relaxed);
  h->started = 1;
  return Value::from_obj(h);
}

Value t_shutdown(ThreadState& ts, Value, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "_thread._shutdown", nargs, kw, 0, 0)) return Value::error();
  return thread_wait_non_daemon(ts) ? ts.vm->none : Value::error();
}

const MethodDef THREAD_FUNCTIONS[] = {
    {"start_new_thread", t_start_new_thread, 0, "Start a new thread and return its identifier."},
    {"start_new", t_start_new_thread, 0, "An obsolete synonym of start_new_thread()."},
    {"start_joinable_thread", t_start_joinable_thread, 0, "Start a joinable thread."},
    {"allocate_lock", t_allocate_lock, 0, "Create a new lock object."},
    {"allocate", t_allocate_lock, 0, "An obsolete synonym of allocate_lock()."},
    {"get_ident", t_get_ident, 0, "Return a non-zero integer that uniquely identifies the current thread."},
    {"get_native_id", t_get_native_id, 0, "Return the native thread ID of the current thread."},
    {"_count", t_count, 0, "Return the number of currently running Python threads."},
    {"stack_size", t_stack_size, 0, "Return the thread stack size used when creating new threads."},
    {"interrupt_main", t_interrupt_main, 0, "Simulate the arrival of the given signal in the main thread."},
    {"exit", t_exit, 0, "Raise SystemExit, ending the calling thread silently."},
    {"exit_thread", t_exit, 0, "An obsolete synonym of exit()."},
    {"daemon_threads_allowed", t_daemon_threads_allowed, 0, nullptr},
    {"_is_main_interpreter", t_is_main_interpreter, 0, nullptr},
    {"_get_main_thread_ident", t_get_main_thread_ident, 0, nullptr},
    {"_make_thread_handle", t_make_thread_handle, 0, nullptr},
    {"_shutdown", t_shutdown, 0, "Wait for all non-daemon threads."},
    {nullptr, nullptr, 0, nullptr},
};

bool add_types(ThreadState& ts, Module* m) {
  Types& types = ts.vm->types;
  if (!lock_init_types(ts) || !thread_handle_init_type(ts)) return false;
  Value lock = Value::from_obj(types.lock);
  WEFT_TRY_BOOL(timeout_max, float_new(ts, THREAD_TIMEOUT_MAX));
  return module_set(ts, m, "LockType", lock) && module_set(ts, m, "lock", lock) &&
         module_set(ts, m, "RLock", Value::from_obj(types.rlock)) &&
         module_set(ts, m, "_ThreadHandle", Value::from_obj(types.thread_handle)) &&
         module_set(ts, m, "error", Value::from_obj(types.RuntimeError)) &&
         module_set(ts, m, "TIMEOUT_MAX", timeout_max);
}

}  // namespace

Module* thread_module_create(ThreadState& ts) {
  Str* name = intern_cstr(ts, "_thread");
  Module* m = name ? module_new(ts, name) : nullptr;
  if (!m || !module_add_functions(ts, m, THREAD_FUNCTIONS) || !add_types(ts, m)) return nullptr;
  return m;
}

}  // namespace weft
