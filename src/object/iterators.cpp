// The sequence iterator, iter(callable, sentinel), and the lazy built-ins enumerate, zip, map,
// filter and reversed. An exhausted iterator drops its source (the field becomes error()), so it
// stays exhausted and keeps nothing alive. In GIL-free mode two threads advancing one iterator
// may both see the same item; each field is one word, so neither can see a torn state.
#include "object/iterators.hpp"

#include "object/args.hpp"
#include "object/error.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

struct SeqIter : Object {
  Value seq;  // error() once exhausted
  intptr_t index;
};

struct CallableIter : Object {
  Value callable;  // error() once exhausted
  Value sentinel;
};

struct Enumerate : Object {
  Value iter;
  Value index;  // an int (may grow past small ints)
};

struct Zip : Object {
  Tuple* iters;  // nullptr once exhausted
  bool strict;
};

struct Map : Object {
  Value func;
  Tuple* iters;
};

struct Filter : Object {
  Value func;  // None: keep the truthy items
  Value iter;
};

struct Reversed : Object {
  Value seq;  // error() once exhausted
  intptr_t index;
};

template <class T>
T* alloc_instance(ThreadState& ts, Type* type) {
  return static_cast<T*>(gc_alloc(ts, type, type->basic_size));
}

// End of iteration: error() with nothing pending.
Value exhausted() { return Value::error(); }

bool ends_sequence(ThreadState& ts) {
  if (!pending_matches(ts, ts.vm->types.IndexError) &&
      !pending_matches(ts, ts.vm->types.StopIteration)) {
    return false;
  }
  ts.pending = Value::error();
  return true;
}

// ---- iterator over __getitem__ ------------------------------------------------------------------

Value seq_iter_next(ThreadState& ts, Value self) {
  auto it = static_cast<SeqIter*>(self.as_obj());
  if (it->seq.is_error()) return exhausted();
  Value item = obj_getitem(ts, it->seq, Value::from_int(it->index));
  if (item.is_error()) {
    if (ends_sequence(ts)) it->seq = Value::error();
    return Value::error();
  }
  it->index++;
  return item;
}

void seq_iter_trace(Object* o, Tracer& t) { t.visit(static_cast<SeqIter*>(o)->seq); }

// ---- iter(callable, sentinel) -------------------------------------------------------------------

Value callable_iter_next(ThreadState& ts, Value self) {
  auto it = static_cast<CallableIter*>(self.as_obj());
  if (it->callable.is_error()) return exhausted();
  Value r = call0(ts, it->callable);
  if (r.is_error()) {
    if (pending_matches(ts, ts.vm->types.StopIteration)) {
      ts.pending = Value::error();
      it->callable = Value::error();
    }
    return Value::error();
  }
  int eq = obj_equal(ts, r, it->sentinel);
  if (eq < 0) return Value::error();
  if (eq) {
    it->callable = Value::error();
    return exhausted();
  }
  return r;
}

void callable_iter_trace(Object* o, Tracer& t) {
  auto it = static_cast<CallableIter*>(o);
  t.visit(it->callable);
  t.visit(it->sentinel);
}

// ---- enumerate ----------------------------------------------------------------------------------

Value enumerate_new(ThreadState& ts, Type* type, const Value* args, size_t nargs,
                    Tuple* kwnames) {
  static constexpr const char* NAMES[] = {"iterable", "start"};
  Value a[2];
  if (!args_parse(ts, {"enumerate", NAMES, 2, 0, 2, 1}, args, nargs, kwnames, a)) {
    return Value::error();
  }
  WEFT_TRY(it, obj_iter(ts, a[0]));
  Value start = Value::from_int(0);
  if (!a[1].is_error()) {
    start = obj_index(ts, a[1]);
    if (start.is_error()) return start;
  }
  auto e = alloc_instance<Enumerate>(ts, type);
  if (!e) return Value::error();
  e->iter = it;
  e->index = start;
  return Value::from_obj(e);
}

Value enumerate_next(ThreadState& ts, Value self) {
  auto e = static_cast<Enumerate*>(self.as_obj());
  WEFT_TRY(item, obj_next(ts, e->iter));
  Value index = e->index;
  WEFT_TRY(next, index.is_int() && index.as_int() < SMALL_INT_MAX
                     ? Value::from_int(index.as_int() + 1)
                     : int_add(ts, index, Value::from_int(1)));
  e->index = next;
  return tuple_pack(ts, index, item);
}

void enumerate_trace(Object* o, Tracer& t) {
  auto e = static_cast<Enumerate*>(o);
  t.visit(e->iter);
  t.visit(e->index);
}

// ---- zip ----------------------------------------------------------------------------------------

// Iterators for each argument, in a tuple the collector sees.
Tuple* iterators_of(ThreadState& ts, const Value* args, size_t n) {
  Tuple* iters = tuple_alloc(ts, n);
  if (!iters) return nullptr;
  for (size_t i = 0; i < n; i++) iters->items[i] = ts.vm->none;
  for (size_t i = 0; i < n; i++) {
    Value it = obj_iter(ts, args[i]);
    if (it.is_error()) return nullptr;
    iters->items[i] = it;
  }
  return iters;
}

Value zip_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  bool strict = false;
  size_t nkw = kwnames ? kwnames->size : 0;
  if (nkw > 1) {
    return raise(ts, ts.vm->types.TypeError, "zip() takes at most 1 keyword argument (%zu given)",
                 nkw);
  }
  if (nkw == 1) {
    Str* k = as_str(kwnames->items[0]);
    if (!str_equal_cstr(k, "strict")) {
      return raise(ts, ts.vm->types.TypeError, "zip() got an unexpected keyword argument '%U'", k);
    }
    int t = obj_truth(ts, args[nargs]);
    if (t < 0) return Value::error();
    strict = t != 0;
  }
  Tuple* iters = iterators_of(ts, args, nargs);
  if (!iters) return Value::error();
  auto z = alloc_instance<Zip>(ts, type);
  if (!z) return Value::error();
  z->iters = iters;
  z->strict = strict;
  return Value::from_obj(z);
}

// zip(strict=True) found iterator `i` exhausted: every other one must end at the same time.
Value zip_check_strict(ThreadState& ts, Tuple* iters, size_t i) {
  if (i > 0) {
    const char* plural = i == 1 ? " " : "s 1-";
    return raise(ts, ts.vm->types.ValueError, "zip() argument %zu is shorter than argument%s%zu",
                 i + 1, plural, i);
  }
  for (size_t j = 1; j < iters->size; j++) {
    Value x = obj_next(ts, iters->items[j]);
    if (!x.is_error()) {
      const char* plural = j == 1 ? " " : "s 1-";
      return raise(ts, ts.vm->types.ValueError, "zip() argument %zu is longer than argument%s%zu",
                   j + 1, plural, j);
    }
    if (ts.has_pending()) return x;
  }
  return exhausted();
}

Value zip_next(ThreadState& ts, Value self) {
  auto z = static_cast<Zip*>(self.as_obj());
  Tuple* iters = z->iters;
  if (!iters || iters->size == 0) return exhausted();
  Tuple* result = tuple_alloc(ts, iters->size);
  if (!result) return Value::error();
  for (size_t i = 0; i < iters->size; i++) result->items[i] = ts.vm->none;
  for (size_t i = 0; i < iters->size; i++) {
    Value x = obj_next(ts, iters->items[i]);
    if (x.is_error()) {
      if (ts.has_pending()) return x;
      z->iters = nullptr;
      return z->strict ? zip_check_strict(ts, iters, i) : exhausted();
    }
    result->items[i] = x;
  }
  return Value::from_obj(result);
}

void zip_trace(Object* o, Tracer& t) { t.visit(static_cast<Zip*>(o)->iters); }

// ---- map ----------------------------------------------------------------------------------------

Value map_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_no_kwargs(ts, "map", kwnames)) return Value::error();
  if (nargs < 2) {
    return raise(ts, ts.vm->types.TypeError, "map() must have at least two arguments.");
  }
  Tuple* iters = iterators_of(ts, args + 1, nargs - 1);
  if (!iters) return Value::error();
  auto m = alloc_instance<Map>(ts, type);
  if (!m) return Value::error();
  m->func = args[0];
  m->iters = iters;
  return Value::from_obj(m);
}

Value map_next(ThreadState& ts, Value self) {
  auto m = static_cast<Map*>(self.as_obj());
  Tuple* iters = m->iters;
  Tuple* call_args = tuple_alloc(ts, iters->size);
  if (!call_args) return Value::error();
  for (size_t i = 0; i < iters->size; i++) call_args->items[i] = ts.vm->none;
  for (size_t i = 0; i < iters->size; i++) {
    WEFT_TRY(x, obj_next(ts, iters->items[i]));
    call_args->items[i] = x;
  }
  return call(ts, m->func, call_args->items, call_args->size);
}

void map_trace(Object* o, Tracer& t) {
  auto m = static_cast<Map*>(o);
  t.visit(m->func);
  t.visit(m->iters);
}

// ---- filter -------------------------------------------------------------------------------------

Value filter_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_check(ts, "filter", nargs, kwnames, 2, 2)) return Value::error();
  WEFT_TRY(it, obj_iter(ts, args[1]));
  auto f = alloc_instance<Filter>(ts, type);
  if (!f) return Value::error();
  f->func = args[0];
  f->iter = it;
  return Value::from_obj(f);
}

Value filter_next(ThreadState& ts, Value self) {
  auto f = static_cast<Filter*>(self.as_obj());
  for (;;) {
    WEFT_TRY(x, obj_next(ts, f->iter));
    Value verdict = x;
    if (f->func != ts.vm->none && f->func != Value::from_obj(ts.vm->types.bool_)) {
      verdict = call1(ts, f->func, x);
      if (verdict.is_error()) return verdict;
    }
    int t = obj_truth(ts, verdict);
    if (t < 0) return Value::error();
    if (t) return x;
  }
}

void filter_trace(Object* o, Tracer& t) {
  auto f = static_cast<Filter*>(o);
  t.visit(f->func);
  t.visit(f->iter);
}

// ---- reversed -----------------------------------------------------------------------------------

Value reversed_new(ThreadState& ts, Type* type, const Value* args, size_t nargs,
                   Tuple* kwnames) {
  if (!args_check(ts, "reversed", nargs, kwnames, 1, 1)) return Value::error();
  Value seq = args[0];
  Value r = call_special(ts, seq, ts.vm->names.__reversed__, nullptr, 0);
  if (!r.is_error() || ts.has_pending()) return r;
  Type* st = type_of(ts, seq);
  if (!st->getitem || !st->len || (st->tflags & TF_DICT_SUBCLASS)) {
    return raise(ts, ts.vm->types.TypeError, "'%s' object is not reversible", type_cname(st));
  }
  size_t n;
  if (!obj_len(ts, seq, &n)) return Value::error();
  auto it = alloc_instance<Reversed>(ts, type);
  if (!it) return Value::error();
  it->seq = seq;
  it->index = intptr_t(n) - 1;
  return Value::from_obj(it);
}

Value reversed_next(ThreadState& ts, Value self) {
  auto it = static_cast<Reversed*>(self.as_obj());
  if (it->seq.is_error() || it->index < 0) {
    it->seq = Value::error();
    return exhausted();
  }
  Value item = obj_getitem(ts, it->seq, Value::from_int(it->index));
  if (item.is_error()) {
    if (ends_sequence(ts)) it->seq = Value::error();
    return Value::error();
  }
  it->index--;
  return item;
}

void reversed_trace(Object* o, Tracer& t) { t.visit(static_cast<Reversed*>(o)->seq); }

struct IterType {
  Type* Types::*field;
  uint32_t size;
  TraceFn trace;
  UnaryFn next;
  NewFn new_;
};

constexpr IterType ITER_TYPES[] = {
    {&Types::seq_iter, sizeof(SeqIter), seq_iter_trace, seq_iter_next, nullptr},
    {&Types::callable_iter, sizeof(CallableIter), callable_iter_trace, callable_iter_next,
     nullptr},
    {&Types::enumerate, sizeof(Enumerate), enumerate_trace, enumerate_next, enumerate_new},
    {&Types::zip, sizeof(Zip), zip_trace, zip_next, zip_new},
    {&Types::map, sizeof(Map), map_trace, map_next, map_new},
    {&Types::filter, sizeof(Filter), filter_trace, filter_next, filter_new},
    {&Types::reversed, sizeof(Reversed), reversed_trace, reversed_next, reversed_new},
};

}  // namespace

Value iter_self(ThreadState&, Value v) { return v; }

Value seq_iter_new(ThreadState& ts, Value seq) {
  auto it = gc_new<SeqIter>(ts, ts.vm->types.seq_iter);
  if (!it) return Value::error();
  it->seq = seq;
  return Value::from_obj(it);
}

Value callable_iter_new(ThreadState& ts, Value callable, Value sentinel) {
  auto it = gc_new<CallableIter>(ts, ts.vm->types.callable_iter);
  if (!it) return Value::error();
  it->callable = callable;
  it->sentinel = sentinel;
  return Value::from_obj(it);
}

void iterators_init_types(ThreadState& ts) {
  for (const IterType& row : ITER_TYPES) {
    Type* t = ts.vm->types.*row.field;
    t->basic_size = row.size;
    t->trace = row.trace;
    t->iter = iter_self;
    t->iternext = row.next;
    t->new_ = row.new_;
  }
}

}  // namespace weft
