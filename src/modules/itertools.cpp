// The itertools module: the module itself and the simple iterators (count, cycle, repeat,
// accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap). An exhausted iterator drops its source so it stays exhausted. Each field is one
// word: two threads advancing one iterator in GIL-free mode may see repeated or skipped items,
// never a torn object.
#include "modules/itertools.hpp"

#include "modules/module_defs.hpp"
#include "object/args.hpp"
#include "object/error.hpp"
#include "object/int.hpp"
#include "object/list.hpp"
#include "object/module.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

bool no_keywords(ThreadState& ts, const char* name, Tuple* kw) {
  return args_no_kwargs(ts, name, kw);
}

// ---- count ------------------------------------------------------------------------------------------

struct Count : Object {
  Value cnt;
  Value step;
};

// PyNumber_Check: ints, floats, complex numbers and anything convertible to one.
bool is_number(ThreadState& ts, Value v) {
  if (v.is_int()) return true;
  Type* t = type_of(ts, v);
  return t->to_int || t->to_float || t->index || t->kind == TypeKind::Complex;
}

Value count_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* NAMES[] = {"start", "step"};
  Value a[2];
  if (!args_parse(ts, {"count", NAMES, 2, 0, 2, 0}, args, nargs, kw, a)) return Value::error();
  Value start = a[0].is_error() ? Value::from_int(0) : a[0];
  Value step = a[1].is_error() ? Value::from_int(1) : a[1];
  if (!is_number(ts, start) || !is_number(ts, step))
    return raise(ts, ts.vm->types.TypeError, "a number is required");
  auto c = native_alloc<Count>(ts, type);
  if (!c) return Value::error();
  c->cnt = start;
  c->step = step;
  return Value::from_obj(c);
}

Value count_next(ThreadState& ts, Value self) {
  auto c = static_cast<Count*>(self.as_obj());
  Value current = c->cnt;
  if (current.is_int() && c->step.is_int()) {
    intptr_t sum;
    if (!__builtin_add_overflow(current.as_int(), c->step.as_int(), &sum) && Value::fits_int(sum)) {
      c->cnt = Value::from_int(sum);
      return current;
    }
  }
  WEFT_TRY(next, binary_op(ts, current, c->step, BIN_ADD));
  c->cnt = next;
  return current;
}

Value count_repr(ThreadState& ts, Value self) {
  auto c = static_cast<Count*>(self.as_obj());
  const char* name = type_short_name(ts, self);
  if (c->step == Value::from_int(1)) return str_format_c(ts, "%s(%R)", name, c->cnt);
  return str_format_c(ts, "%s(%R, %R)", name, c->cnt, c->step);
}

void count_trace(Object* o, Tracer& t) {
  auto c = static_cast<Count*>(o);
  t.visit(c->cnt);
  t.visit(c->step);
}

// ---- cycle ------------------------------------------------------------------------------------------

struct Cycle : Object {
  Value it;     // error() once the source is exhausted
  List* saved;  // every item of the first pass
  size_t index;
};

Value cycle_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_keywords(ts, "cycle", kw) || !args_positional(ts, "cycle", nargs, 1, 1))
    return Value::error();
  WEFT_TRY(it, obj_iter(ts, args[0]));
  List* saved = list_new(ts, 0);
  if (!saved) return Value::error();
  auto c = native_alloc<Cycle>(ts, type);
  if (!c) return Value::error();
  c->it = it;
  c->saved = saved;
  return Value::from_obj(c);
}

Value cycle_next(ThreadState& ts, Value self) {
  auto c = static_cast<Cycle*>(self.as_obj());
  if (!c->it.is_error()) {
    Value item = obj_next(ts, c->it);
    if (!item.is_error()) return list_append(ts, c->saved, item) ? item : Value::error();
    if (ts.has_pending()) return item;
    c->it = Value::error();
  }
  size_t n = list_size(c->saved);
  if (n == 0) return iteration_end();
  size_t i = c->index < n ? c->index : 0;
  c->index = i + 1 < n ? i + 1 : 0;
  return list_get(c->saved, i);
}

void cycle_trace(Object* o, Tracer& t) {
  auto c = static_cast<Cycle*>(o);
  t.visit(c->it);
  t.visit(c->saved);
}

// ---- repeat -----------------------------------------------------------------------------------------

struct Repeat : Object {
  Value element;
  intptr_t cnt;  // items left, -1 = forever
};

Value repeat_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* NAMES[] = {"object", "times"};
  Value a[2];
  if (!args_parse(ts, {"repeat", NAMES, 2, 0, 2, 1}, args, nargs, kw, a)) return Value::error();
  intptr_t cnt = -1;
  if (!a[1].is_error()) {
    WEFT_TRY(times, obj_index(ts, a[1]));
    if (!int_to_ssize(ts, times, &cnt)) return Value::error();
    if (cnt < 0) cnt = 0;
  }
  auto r = native_alloc<Repeat>(ts, type);
  if (!r) return Value::error();
  r->element = a[0];
  r->cnt = cnt;
  return Value::from_obj(r);
}

Value repeat_next(ThreadState&, Value self) {
  auto r = static_cast<Repeat*>(self.as_obj());
  if (r->cnt == 0) return iteration_end();
  if (r->cnt > 0) r->cnt--;
  return r->element;
}

Value repeat_repr(ThreadState& ts, Value self) {
  auto r = static_cast<Repeat*>(self.as_obj());
  const char* name = type_short_name(ts, self);
  if (r->cnt < 0) return str_format_c(ts, "%s(%R)", name, r->element);
  return str_format_c(ts, "%s(%R, %zd)", name, r->element, r->cnt);
}

Value repeat_length_hint(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "__length_hint__", nargs, kw, 0, 0)) return Value::error();
  auto r = static_cast<Repeat*>(self.as_obj());
  if (r->cnt < 0) return raise(ts, ts.vm->types.TypeError, "len() of unsized object");
  return Value::from_int(r->cnt);
}

void repeat_trace(Object* o, Tracer& t) { t.visit(static_cast<Repeat*>(o)->element); }

const MethodDef REPEAT_METHODS[] = {
    {"__length_hint__", repeat_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- accumulate -------------------------------------------------------------------------------------

struct Accumulate : Object {
  Value it;
  Value total;    // error() before the first item
  Value func;     // None: addition
  Value initial;  // error() once yielded (or when absent)
};

Value accumulate_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* NAMES[] = {"iterable", "func", "initial"};
  Value a[3];
  if (!args_parse(ts, {"accumulate", NAMES, 3, 0, 2, 1}, args, nargs, kw, a))
    return Value::error();
  WEFT_TRY(it, obj_iter(ts, a[0]));
  auto acc = native_alloc<Accumulate>(ts, type);
  if (!acc) return Value::error();
  acc->it = it;
  acc->func = a[1].is_error() ? ts.vm->none : a[1];
  acc->initial = a[2] == ts.vm->none ? Value::error() : a[2];
  return Value::from_obj(acc);
}

Value accumulate_next(ThreadState& ts, Value self) {
  auto acc = static_cast<Accumulate*>(self.as_obj());
  if (!acc->initial.is_error()) {
    acc->total = acc->initial;
    acc->initial = Value::error();
    return acc->total;
  }
  WEFT_TRY(item, obj_next(ts, acc->it));
  if (acc->total.is_error()) {
    acc->total = item;
    return item;
  }
  WEFT_TRY(total, acc->func == ts.vm->none ? binary_op(ts, acc->total, item, BIN_ADD)
                                           : call2(ts, acc->func, acc->total, item));
  acc->total = total;
  return total;
}

void accumulate_trace(Object* o, Tracer& t) {
  auto acc = static_cast<Accumulate*>(o);
  t.visit(acc->it);
  t.visit(acc->total);
  t.visit(acc->func);
  t.visit(acc->initial);
}

// ---- chain ------------------------------------------------------------------------------------------

struct Chain : Object {
  Value source;  // iterator over the iterables; error() when exhausted
  Value active;  // iterator of the current iterable, or error()
};

Value chain_make(ThreadState& ts, Type* type, Value iterables) {
  WEFT_TRY(source, obj_iter(ts, iterables));
  auto c = native_alloc<Chain>(ts, type);
  if (!c) return Value::error();
  c->source = source;
  return Value::from_obj(c);
}

Value chain_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_keywords(ts, "chain", kw)) return Value::error();
  WEFT_TRY(iterables, tuple_new(ts, args, nargs));
  return chain_make(ts, type, iterables);
}

Value chain_from_iterable(ThreadState& ts, Value cls, const Value* args, size_t nargs,
                          Tuple* kw) {
  if (!args_check(ts, "chain.from_iterable", nargs, kw, 1, 1)) return Value::error();
  return chain_make(ts, static_cast<Type*>(cls.as_obj()), args[0]);
}

Value chain_next(ThreadState& ts, Value self) {
  auto c = static_cast<Chain*>(self.as_obj());
  for (;;) {
    if (!c->active.is_error()) {
      Value item = obj_next(ts, c->active);
      if (!item.is_error() || ts.has_pending()) return item;
      c->active = Value::error();
    }
    if (c->source.is_error()) return iteration_end();
    Value iterable = obj_next(ts, c->source);
    if (iterable.is_error()) {
      if (!ts.has_pending()) c->source = Value::error();
      return iterable;
    }
    WEFT_TRY(active, obj_iter(ts, iterable));
    c->active = active;
  }
}

void chain_trace(Object* o, Tracer& t) {
  auto c = static_cast<Chain*>(o);
  t.visit(c->source);
  t.visit(c->active);
}

const MethodDef CHAIN_METHODS[] = {
    {"from_iterable", chain_from_iterable, METH_CLASS, "Alternative chain() constructor taking a single iterable argument that evaluates lazily."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- compress, dropwhile, takewhile, filterfalse, starmap: a function (or data) and an iterator -

struct FuncIter : Object {
  Value func;  // compress: the data iterator
  Value it;    // error() once exhausted
  bool done;   // dropwhile: the predicate failed once; takewhile: it has stopped
};

Value func_iter_make(ThreadState& ts, Type* type, Value func, Value iterable) {
  WEFT_TRY(it, obj_iter(ts, iterable));
  auto f = native_alloc<FuncIter>(ts, type);
  if (!f) return Value::error();
  f->func = func;
  f->it = it;
  return Value::from_obj(f);
}

Value two_arg_new(ThreadState& ts, const char* name, Type* type, const Value* args, size_t nargs,
                  Tuple* kw) {
  if (!no_keywords(ts, name, kw) || !args_positional(ts, name, nargs, 2, 2)) return Value::error();
  return func_iter_make(ts, type, args[0], args[1]);
}

Value compress_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* NAMES[] = {"data", "selectors"};
  Value a[2];
  if (!args_parse(ts, {"compress", NAMES, 2, 0, 2, 2}, args, nargs, kw, a)) return Value::error();
  WEFT_TRY(data, obj_iter(ts, a[0]));
  return func_iter_make(ts, type, data, a[1]);
}

Value compress_next(ThreadState& ts, Value self) {
  auto f = static_cast<FuncIter*>(self.as_obj());
  for (;;) {
    WEFT_TRY(datum, obj_next(ts, f->func));
    WEFT_TRY(selector, obj_next(ts, f->it));
    int keep = obj_truth(ts, selector);
    if (keep < 0) return Value::error();
    if (keep) return datum;
  }
}

// The predicate's verdict on item: 1, 0 or -1.
int verdict(ThreadState& ts, Value func, Value item) {
  Value r = call1(ts, func, item);
  return r.is_error() ? -1 : obj_truth(ts, r);
}

Value dropwhile_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  return two_arg_new(ts, "dropwhile", type, args, nargs, kw);
}

Value dropwhile_next(ThreadState& ts, Value self) {
  auto f = static_cast<FuncIter*>(self.as_obj());
  for (;;) {
    WEFT_TRY(item, obj_next(ts, f->it));
    if (f->done) return item;
    int ok = verdict(ts, f->func, item);
    if (ok < 0) return Value::error();
    if (!ok) {
      f->done = true;
      return item;
    }
  }
}

Value takewhile_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  return two_arg_new(ts, "takewhile", type, args, nargs, kw);
}

Value takewhile_next(ThreadState& ts, Value self) {
  auto f = static_cast<FuncIter*>(self.as_obj());
  if (f->done) return iteration_end();
  WEFT_TRY(item, obj_next(ts, f->it));
  int ok = verdict(ts, f->func, item);
  if (ok < 0) return Value::error();
  if (ok) return item;
  f->done = true;
  return iteration_end();
}

Value filterfalse_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  return two_arg_new(ts, "filterfalse", type, args, nargs, kw);
}

Value filterfalse_next(ThreadState& ts, Value self) {
  auto f = static_cast<FuncIter*>(self.as_obj());
  for (;;) {
    WEFT_TRY(item, obj_next(ts, f->it));
    bool plain = f->func == ts.vm->none || f->func == Value::from_obj(ts.vm->types.bool_);
    int ok = plain ? obj_truth(ts, item) : verdict(ts, f->func, item);
    if (ok < 0) return Value::error();
    if (!ok) return item;
  }
}

Value starmap_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  return two_arg_new(ts, "starmap", type, args, nargs, kw);
}

Value starmap_next(ThreadState& ts, Value self) {
  auto f = static_cast<FuncIter*>(self.as_obj());
  WEFT_TRY(item, obj_next(ts, f->it));
  WEFT_TRY(call_args, is_tuple(ts, item) ? item : tuple_from_iterable(ts, item));
  Tuple* t = as_tuple(call_args);
  return call(ts, f->func, t->items, t->size);
}

void func_iter_trace(Object* o, Tracer& t) {
  auto f = static_cast<FuncIter*>(o);
  t.visit(f->func);
  t.visit(f->it);
}

constexpr uint32_t BASE = TF_BASETYPE;

}  // namespace

extern const NativeTypeSpec ITERTOOLS_SIMPLE_TYPES[] = {
    {"itertools.count", sizeof(Count), BASE, count_trace, count_new, count_next, count_repr,
     nullptr, "Return a count object whose .__next__() method returns consecutive values."},
    {"itertools.cycle", sizeof(Cycle), BASE, cycle_trace, cycle_new, cycle_next, nullptr, nullptr,
     "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."},
    {"itertools.repeat", sizeof(Repeat), BASE, repeat_trace, repeat_new, repeat_next, repeat_repr,
     REPEAT_METHODS, "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly."},
    {"itertools.accumulate", sizeof(Accumulate), BASE, accumulate_trace, accumulate_new,
     accumulate_next, nullptr, nullptr, "Return series of accumulated sums (or other binary function results)."},
    {"itertools.chain", sizeof(Chain), BASE, chain_trace, chain_new, chain_next, nullptr,
     CHAIN_METHODS, "Return a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted."},
    {"itertools.compress", sizeof(FuncIter), BASE, func_iter_trace, compress_new, compress_next,
     nullptr, nullptr, "Return data elements corresponding to true selector elements."},
    {"itertools.dropwhile", sizeof(FuncIter), BASE, func_iter_trace, dropwhile_new,
     dropwhile_next, nullptr, nullptr, "Drop items from the iterable while predicate(item) is true."},
    {"itertools.takewhile", sizeof(FuncIter), BASE, func_iter_trace, takewhile_new,
     takewhile_next, nullptr, nullptr, "Return successive entries from an iterable as long as the predicate evaluates to true for each entry."},
    {"itertools.filterfalse", sizeof(FuncIter), BASE, func_iter_trace, filterfalse_new,
     filterfalse_next, nullptr, nullptr, "Return those items of iterable for which function(item) is false."},
    {"itertools.starmap", sizeof(FuncIter), BASE, func_iter_trace, starmap_new, starmap_next,
     nullptr, nullptr, "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."},
    {nullptr, 0, 0, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
};

Module* itertools_module_create(ThreadState& ts) {
  Str* name = intern_cstr(ts, "itertools");
  Module* m = name ? module_new(ts, name) : nullptr;
  if (!m || !module_add_types(ts, m, ITERTOOLS_SIMPLE_TYPES) ||
      !module_add_types(ts, m, ITERTOOLS_SLICE_TYPES) ||
      !module_add_types(ts, m, ITERTOOLS_GROUP_TYPES) ||
      !module_add_types(ts, m, ITERTOOLS_COMB_TYPES) || !itertools_add_helper_types(ts, m) ||
      !module_add_functions(ts, m, ITERTOOLS_FUNCTIONS)) {
    return nullptr;
  }
  return m;
}

}  // namespace weft
