// itertools.islice, pairwise and batched: iterators that take their input a slice, a pair or a
// batch at a time.
#include "modules/itertools.hpp"

#include "object/args.hpp"
#include "object/error.hpp"
#include "object/int.hpp"
#include "object/list.hpp"
#include "object/protocol.hpp"
#include "object/tuple.hpp"

namespace weft {

namespace {

// A C index from an int-like argument, or -1 (nothing pending) when it is not one or does not
// fit: islice's lenient PyNumber_AsSsize_t-then-clear parsing.
intptr_t ssize_or_minus_one(ThreadState& ts, Value v) {
  Value i = obj_index(ts, v);
  intptr_t out;
  if (i.is_error() || !int_to_ssize(ts, i, &out)) {
    take_pending(ts);
    return -1;
  }
  return out;
}

// ---- islice -----------------------------------------------------------------------------------------

struct Islice : Object {
  Value it;       // error() once exhausted
  intptr_t next;  // index of the next item to yield
  intptr_t stop;  // -1: no limit
  intptr_t step;
  intptr_t cnt;   // items consumed so far
};

Value islice_error(ThreadState& ts, const char* what) {
  return raise(ts, ts.vm->types.ValueError,
               "%s argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.", what);
}

Value islice_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_no_kwargs(ts, "islice", kw) || !args_positional(ts, "islice", nargs, 2, 4))
    return Value::error();
  Value none = ts.vm->none;
  intptr_t start = 0, stop = -1, step = 1;
  Value stop_arg = nargs == 2 ? args[1] : args[2];
  if (nargs > 2 && args[1] != none) start = ssize_or_minus_one(ts, args[1]);
  if (stop_arg != none) {
    stop = ssize_or_minus_one(ts, stop_arg);
    if (stop == -1) return islice_error(ts, "Stop");
  }
  if (start < 0 || stop < -1) {
    return raise(ts, ts.vm->types.ValueError,
                 "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  }
  if (nargs == 4 && args[3] != none) step = ssize_or_minus_one(ts, args[3]);
  if (step < 1)
    return raise(ts, ts.vm->types.ValueError, "Step for islice() must be a positive integer or None.");
  WEFT_TRY(it, obj_iter(ts, args[0]));
  auto s = native_alloc<Islice>(ts, type);
  if (!s) return Value::error();
  s->it = it;
  s->next = start;
  s->stop = stop;
  s->step = step;
  return Value::from_obj(s);
}

Value islice_next(ThreadState& ts, Value self) {
  auto s = static_cast<Islice*>(self.as_obj());
  Value it = s->it;
  if (it.is_error()) return iteration_end();
  intptr_t stop = s->stop;
  while (s->cnt < s->next) {
    Value skipped = obj_next(ts, it);
    if (skipped.is_error()) {
      s->it = Value::error();
      return skipped;
    }
    s->cnt++;
  }
  if (stop != -1 && s->cnt >= stop) {
    s->it = Value::error();
    return iteration_end();
  }
  Value item = obj_next(ts, it);
  if (item.is_error()) {
    s->it = Value::error();
    return item;
  }
  s->cnt++;
  intptr_t old = s->next;
  s->next = intptr_t(uintptr_t(s->next) + uintptr_t(s->step));
  if (s->next < old || (stop != -1 && s->next > stop)) s->next = stop;
  return item;
}

void islice_trace(Object* o, Tracer& t) { t.visit(static_cast<Islice*>(o)->it); }

// ---- pairwise ---------------------------------------------------------------------------------------

struct Pairwise : Object {
  Value it;   // error() once exhausted
  Value old;  // the previous item, error() before the first
};

Value pairwise_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_no_kwargs(ts, "pairwise", kw) || !args_positional(ts, "pairwise", nargs, 1, 1))
    return Value::error();
  WEFT_TRY(it, obj_iter(ts, args[0]));
  auto p = native_alloc<Pairwise>(ts, type);
  if (!p) return Value::error();
  p->it = it;
  return Value::from_obj(p);
}

Value pairwise_next(ThreadState& ts, Value self) {
  auto p = static_cast<Pairwise*>(self.as_obj());
  Value it = p->it;
  if (it.is_error()) return iteration_end();
  if (p->old.is_error()) {
    Value first = obj_next(ts, it);
    if (first.is_error()) {
      p->it = Value::error();
      return first;
    }
    p->old = first;
  }
  Value item = obj_next(ts, it);
  if (item.is_error()) {
    p->it = Value::error();
    p->old = Value::error();
    return item;
  }
  Value old = p->old;
  p->old = item;
  return tuple_pack(ts, old, item);
}

void pairwise_trace(Object* o, Tracer& t) {
  auto p = static_cast<Pairwise*>(o);
  t.visit(p->it);
  t.visit(p->old);
}

// ---- batched ----------------------------------------------------------------------------------------

struct Batched : Object {
  Value it;  // error() once exhausted
  intptr_t n;
  bool strict;
};

Value batched_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* NAMES[] = {"iterable", "n", "strict"};
  Value a[3];
  if (!args_parse(ts, {"batched", NAMES, 3, 0, 2, 2}, args, nargs, kw, a)) return Value::error();
  WEFT_TRY(n_int, obj_index(ts, a[1]));
  intptr_t n;
  if (!int_to_ssize(ts, n_int, &n)) return Value::error();
  if (n < 1) return raise(ts, ts.vm->types.ValueError, "n must be at least one");
  int strict = a[2].is_error() ? 0 : obj_truth(ts, a[2]);
  if (strict < 0) return Value::error();
  WEFT_TRY(it, obj_iter(ts, a[0]));
  auto b = native_alloc<Batched>(ts, type);
  if (!b) return Value::error();
  b->it = it;
  b->n = n;
  b->strict = strict != 0;
  return Value::from_obj(b);
}

Value batched_next(ThreadState& ts, Value self) {
  auto b = static_cast<Batched*>(self.as_obj());
  Value it = b->it;
  if (it.is_error()) return iteration_end();
  List* batch = list_new(ts, 0);
  if (!batch) return Value::error();
  while (list_size(batch) < size_t(b->n)) {
    Value item = obj_next(ts, it);
    if (item.is_error()) {
      b->it = Value::error();
      if (ts.has_pending()) return item;
      break;
    }
    if (!list_append(ts, batch, item)) return Value::error();
  }
  size_t got = list_size(batch);
  if (got == 0) return iteration_end();
  if (b->strict && got < size_t(b->n))
    return raise(ts, ts.vm->types.ValueError, "batched(): incomplete batch");
  return list_as_tuple(ts, batch);
}

void batched_trace(Object* o, Tracer& t) { t.visit(static_cast<Batched*>(o)->it); }

constexpr uint32_t BASE = TF_BASETYPE;

}  // namespace

extern const NativeTypeSpec ITERTOOLS_SLICE_TYPES[] = {
    {"itertools.islice", sizeof(Islice), BASE, islice_trace, islice_new, islice_next, nullptr,
     nullptr, "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object"},
    {"itertools.pairwise", sizeof(Pairwise), BASE, pairwise_trace, pairwise_new, pairwise_next,
     nullptr, nullptr, "Return an iterator of overlapping pairs taken from the input iterator."},
    {"itertools.batched", sizeof(Batched), BASE, batched_trace, batched_new, batched_next, nullptr,
     nullptr, "Batch data into tuples of length n. The last batch may be shorter than n."},
    {nullptr, 0, 0, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace weft
