// The time module: clocks (wall, monotonic, performance, process CPU) in float seconds and int
// nanoseconds, and sleep(). Calendar functions (gmtime, strftime, ...) come later.
#include <cmath>

#include "modules/module_defs.hpp"
#include "object/args.hpp"
#include "object/error.hpp"
#include "object/float.hpp"
#include "object/int.hpp"
#include "object/module.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "thread/sleep.hpp"

namespace weft {

namespace {

using Clock = int64_t (*)();

Value seconds(ThreadState& ts, const char* name, size_t nargs, Tuple* kw, Clock clock) {
  if (!args_check(ts, name, nargs, kw, 0, 0)) return Value::error();
  return float_new(ts, double(clock()) * 1e-9);
}

Value nanoseconds(ThreadState& ts, const char* name, size_t nargs, Tuple* kw, Clock clock) {
  if (!args_check(ts, name, nargs, kw, 0, 0)) return Value::error();
  return int_from_i64(ts, clock());
}

Value t_time(ThreadState& ts, Value, const Value*, size_t n, Tuple* kw) {
  return seconds(ts, "time", n, kw, port::wall_ns);
}
Value t_time_ns(ThreadState& ts, Value, const Value*, size_t n, Tuple* kw) {
  return nanoseconds(ts, "time_ns", n, kw, port::wall_ns);
}
Value t_monotonic(ThreadState& ts, Value, const Value*, size_t n, Tuple* kw) {
  return seconds(ts, "monotonic", n, kw, port::monotonic_ns);
}
Value t_monotonic_ns(ThreadState& ts, Value, const Value*, size_t n, Tuple* kw) {
  return nanoseconds(ts, "monotonic_ns", n, kw, port::monotonic_ns);
}
// perf_counter uses the monotonic clock: the port's is already the finest one available.
Value t_perf_counter(ThreadState& ts, Value, const Value*, size_t n, Tuple* kw) {
  return seconds(ts, "perf_counter", n, kw, port::monotonic_ns);
}
Value t_perf_counter_ns(ThreadState& ts, Value, const Value*, size_t n, Tuple* kw) {
  return nanoseconds(ts, "perf_counter_ns", n, kw, port::monotonic_ns);
}
Value t_process_time(ThreadState& ts, Value, const Value*, size_t n, Tuple* kw) {
  return seconds(ts, "process_time", n, kw, port::cpu_ns);
}
Value t_process_time_ns(ThreadState& ts, Value, const Value*, size_t n, Tuple* kw) {
  return nanoseconds(ts, "process_time_ns", n, kw, port::cpu_ns);
}

// The duration in nanoseconds from an int or float of seconds, with CPython's errors.
bool sleep_duration(ThreadState& ts, Value secs, int64_t* out) {
  double d;
  if (is_float(ts, secs)) {
    d = float_value(secs);
    if (std::isnan(d)) {
      raise(ts, ts.vm->types.ValueError, "Invalid value NaN (not a number)");
      return false;
    }
  } else {
    WEFT_TRY_BOOL(i, obj_index(ts, secs));
    if (!int_to_double(ts, i, &d)) return false;
  }
  if (d < 0) {
    raise(ts, ts.vm->types.ValueError, "sleep length must be non-negative");
    return false;
  }
  if (d * 1e9 >= 9.2e18) {
    raise(ts, ts.vm->types.OverflowError, "sleep length is too large");
    return false;
  }
  *out = int64_t(d * 1e9);
  return true;
}

Value t_sleep(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "time.sleep", nargs, kw, 1, 1)) return Value::error();
  int64_t ns;
  if (!sleep_duration(ts, args[0], &ns)) return Value::error();
  return thread_sleep(ts, ns) ? ts.vm->none : Value::error();
}

const MethodDef TIME_FUNCTIONS[] = {
    {"time", t_time, 0, "Return the current time in seconds since the Epoch."},
    {"time_ns", t_time_ns, 0, "Return the current time in nanoseconds since the Epoch."},
    {"monotonic", t_monotonic, 0, "Monotonic clock, cannot go backward."},
    {"monotonic_ns", t_monotonic_ns, 0, "Monotonic clock, cannot go backward, as nanoseconds."},
    {"perf_counter", t_perf_counter, 0, "Performance counter for benchmarking."},
    {"perf_counter_ns", t_perf_counter_ns, 0, "Performance counter for benchmarking as nanoseconds."},
    {"process_time", t_process_time, 0, "Process time for profiling: sum of the kernel and user-space CPU time."},
    {"process_time_ns", t_process_time_ns, 0, "Process time for profiling as nanoseconds."},
    {"sleep", t_sleep, 0, "Delay execution for a given number of seconds."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Module* time_module_create(ThreadState& ts) {
  Str* name = intern_cstr(ts, "time");
  Module* m = name ? module_new(ts, name) : nullptr;
  if (!m || !module_add_functions(ts, m, TIME_FUNCTIONS)) return nullptr;
  return m;
}

}  // namespace weft
