// Built-ins that consume an iterable: min, max, sum, sorted, any, all.
#include "modules/module_defs.hpp"
#include "object/args.hpp"
#include "object/error.hpp"
#include "object/list.hpp"
#include "object/protocol.hpp"
#include "object/tuple.hpp"

namespace weft {

namespace {

// Walks either one iterable argument or the positional arguments themselves.
struct ItemSource {
  const Value* items = nullptr;
  size_t count = 0, next = 0;
  Value iter;

  Value fetch(ThreadState& ts) {
    if (items) return next < count ? items[next++] : Value::error();
    return obj_next(ts, iter);
  }
};

Value min_max(ThreadState& ts, const Value* args, size_t nargs, Tuple* kwnames, int op,
              const char* name) {
  if (nargs == 0) {
    return raise(ts, ts.vm->types.TypeError, "%s expected at least 1 argument, got 0", name);
  }
  static constexpr const char* NAMES[] = {"key", "default"};
  Value kw[2];
  if (!args_parse(ts, {name, NAMES, 2, 0, 0, 0}, args + nargs, 0, kwnames, kw)) {
    return Value::error();
  }
  if (nargs > 1 && !kw[1].is_error()) {
    return raise(ts, ts.vm->types.TypeError,
                 "Cannot specify a default for %s() with multiple positional arguments", name);
  }
  Value key = kw[0] == ts.vm->none ? Value::error() : kw[0];
  ItemSource src;
  if (nargs > 1) {
    src.items = args;
    src.count = nargs;
  } else {
    src.iter = obj_iter(ts, args[0]);
    if (src.iter.is_error()) return src.iter;
  }
  Value best, best_key;
  for (;;) {
    Value item = src.fetch(ts);
    if (item.is_error()) {
      if (ts.has_pending()) return item;
      break;
    }
    Value k = item;
    if (!key.is_error()) {
      k = call1(ts, key, item);
      if (k.is_error()) return k;
    }
    int better = best.is_error() ? 1 : obj_richcompare_bool(ts, k, best_key, op);
    if (better < 0) return Value::error();
    if (better) {
      best = item;
      best_key = k;
    }
  }
  if (!best.is_error()) return best;
  if (!kw[1].is_error()) return kw[1];
  return raise(ts, ts.vm->types.ValueError, "%s() iterable argument is empty", name);
}

Value b_min(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  return min_max(ts, args, nargs, kw, CMP_LT, "min");
}

Value b_max(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  return min_max(ts, args, nargs, kw, CMP_GT, "max");
}

bool check_sum_start(ThreadState& ts, Value start) {
  Type* t = type_of(ts, start);
  const char* what = t->tflags & TF_STR_SUBCLASS ? "strings [use ''.join(seq) instead]"
                     : t->tflags & TF_BYTES_SUBCLASS ? "bytes [use b''.join(seq) instead]"
                     : t->kind == TypeKind::ByteArray ? "bytearray [use b''.join(seq) instead]"
                                                      : nullptr;
  if (!what) return true;
  raise(ts, ts.vm->types.TypeError, "sum() can't sum %s", what);
  return false;
}

// Plain left-to-right addition (CPython 3.12+ compensates float rounding; 3.11, the test
// oracle, does not), with a fast path while everything is a small int.
Value b_sum(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static constexpr const char* NAMES[] = {"iterable", "start"};
  Value a[2];
  if (!args_parse(ts, {"sum", NAMES, 2, 1, 2, 1}, args, nargs, kwnames, a)) {
    return Value::error();
  }
  Value result = a[1].is_error() ? Value::from_int(0) : a[1];
  if (!check_sum_start(ts, result)) return Value::error();
  WEFT_TRY(it, obj_iter(ts, a[0]));
  for (;;) {
    Value item = obj_next(ts, it);
    if (item.is_error()) return ts.has_pending() ? item : result;
    intptr_t sum;
    if (result.is_int() && item.is_int() &&
        !__builtin_add_overflow(result.as_int(), item.as_int(), &sum) && Value::fits_int(sum)) {
      result = Value::from_int(sum);
      continue;
    }
    result = binary_op(ts, result, item, BIN_ADD);
    if (result.is_error()) return result;
  }
}

Value b_sorted(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs != 1) {
    return raise(ts, ts.vm->types.TypeError, "sorted expected 1 argument, got %zu", nargs);
  }
  static constexpr const char* NAMES[] = {"key", "reverse"};
  Value kw[2];
  if (!args_parse(ts, {"sort", NAMES, 2, 0, 0, 0}, args + 1, 0, kwnames, kw)) {
    return Value::error();
  }
  int reverse = kw[1].is_error() ? 0 : obj_truth(ts, kw[1]);
  if (reverse < 0) return Value::error();
  WEFT_TRY(list, list_from_iterable(ts, args[0]));
  Value key = kw[0] == ts.vm->none ? Value::error() : kw[0];
  if (!list_sort(ts, as_list(list), key, reverse != 0)) return Value::error();
  return list;
}

// all() stops at the first false item, any() at the first true one.
Value any_all(ThreadState& ts, const Value* args, size_t nargs, Tuple* kw, bool want,
              const char* name) {
  if (!args_check(ts, name, nargs, kw, 1, 1)) return Value::error();
  WEFT_TRY(it, obj_iter(ts, args[0]));
  for (;;) {
    Value item = obj_next(ts, it);
    if (item.is_error()) return ts.has_pending() ? item : boolean(ts, !want);
    int t = obj_truth(ts, item);
    if (t < 0) return Value::error();
    if ((t != 0) == want) return boolean(ts, want);
  }
}

Value b_any(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  return any_all(ts, args, nargs, kw, true, "any");
}

Value b_all(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  return any_all(ts, args, nargs, kw, false, "all");
}

}  // namespace

const MethodDef BUILTINS_SEQ_FUNCTIONS[] = {
    {"min", b_min, 0, "Return the smallest item in an iterable or of the arguments."},
    {"max", b_max, 0, "Return the largest item in an iterable or of the arguments."},
    {"sum", b_sum, 0, "Return the sum of a 'start' value (default: 0) plus an iterable."},
    {"sorted", b_sorted, 0, "Return a new list containing all items from the iterable."},
    {"any", b_any, 0, "Return True if bool(x) is True for any x in the iterable."},
    {"all", b_all, 0, "Return True if bool(x) is True for all values x in the iterable."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace weft
