// The parts of sys that belong to the threads runtime: the GIL's switch interval and
// sys.unraisablehook (how a thread's uncaught exception is reported).
#include <cmath>

#include "modules/module_defs.hpp"
#include "object/args.hpp"
#include "object/error.hpp"
#include "object/float.hpp"
#include "object/protocol.hpp"
#include "thread/thread_runtime.hpp"
#include "thread/unraisable.hpp"

namespace weft {

namespace {

Value sys_getswitchinterval(ThreadState& ts, Value, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "getswitchinterval", nargs, kw, 0, 0)) return Value::error();
  int64_t ns = ts.vm->thread_rt->switch_interval_ns.load(std::memory_order_relaxed);
  return float_new(ts, double(ns) * 1e-9);
}

// CPython keeps the interval in microseconds: a positive value below 1 us becomes 1 us.
Value sys_setswitchinterval(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "setswitchinterval", nargs, kw, 1, 1)) return Value::error();
  WEFT_TRY(f, obj_to_float(ts, args[0]));
  double seconds = float_value(f);
  if (!(seconds > 0.0))
    return raise(ts, ts.vm->types.ValueError, "switch interval must be strictly positive");
  double us = seconds * 1e6;
  if (us > 9.2e12) us = 9.2e12;
  int64_t ns = us < 1.0 ? 1000 : int64_t(us) * 1000;
  ts.vm->thread_rt->switch_interval_ns.store(ns, std::memory_order_relaxed);
  return ts.vm->none;
}

}  // namespace

const MethodDef SYS_THREAD_FUNCTIONS[] = {
    {"getswitchinterval", sys_getswitchinterval, 0, "Return the current thread switch interval."},
    {"setswitchinterval", sys_setswitchinterval, 0, "Set the ideal thread switching delay."},
    {"unraisablehook", sys_unraisablehook, 0, "Handle an unraisable exception."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace weft
