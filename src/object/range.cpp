// range: an immutable arithmetic progression with int bounds of any size. The length is computed
// once; items, membership, index and slices are arithmetic on it (exact ints, with word-sized
// fast paths). The iterator works on machine words whenever every value it can produce fits.
#include "object/args.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/int.hpp"
#include "object/iterators.hpp"
#include "object/protocol.hpp"
#include "object/range.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

Range* as_range(Value v) { return static_cast<Range*>(v.as_obj()); }
Value one() { return Value::from_int(1); }

// Length of range(start, stop, step) with step != 0, as CPython's compute_range_length.
Value range_length(ThreadState& ts, Value start, Value stop, Value step) {
  if (start.is_int() && stop.is_int() && step.is_int()) {
    // Differences of small ints fit a uintptr_t, as in CPython's get_len_of_range.
    intptr_t lo = start.as_int(), hi = stop.as_int(), st = step.as_int();
    uintptr_t n = 0;
    if (st > 0 && lo < hi) n = 1 + (uintptr_t(hi) - 1 - uintptr_t(lo)) / uintptr_t(st);
    if (st < 0 && lo > hi) n = 1 + (uintptr_t(lo) - 1 - uintptr_t(hi)) / (0 - uintptr_t(st));
    return int_from_u64(ts, n);
  }
  bool up = int_sign(step) > 0;
  Value lo = up ? start : stop, hi = up ? stop : start;
  if (int_compare(lo, hi) >= 0) return Value::from_int(0);
  WEFT_TRY(abs_step, up ? step : int_neg(ts, step));
  WEFT_TRY(diff, int_sub(ts, hi, lo));
  WEFT_TRY(diff1, int_sub(ts, diff, one()));
  WEFT_TRY(q, int_floordiv(ts, diff1, abs_step));
  return int_add(ts, q, one());
}

// start + i * step
Value range_item_at(ThreadState& ts, Range* r, Value i) {
  if (r->step == one()) return int_add(ts, r->start, i);
  WEFT_TRY(offset, int_mul(ts, i, r->step));
  return int_add(ts, r->start, offset);
}

bool is_exact_int(ThreadState& ts, Value v) {
  Type* t = type_of(ts, v);
  return t == ts.vm->types.int_ || t == ts.vm->types.bool_;
}

// Membership of an int, arithmetically (range_contains_long).
int contains_int(ThreadState& ts, Range* r, Value x) {
  bool up = int_sign(r->step) > 0;
  bool inside = up ? int_compare(r->start, x) <= 0 && int_compare(x, r->stop) < 0
                   : int_compare(x, r->start) <= 0 && int_compare(r->stop, x) < 0;
  if (!inside) return 0;
  Value d = int_sub(ts, x, r->start);
  if (d.is_error()) return -1;
  Value m = int_mod(ts, d, r->step);
  if (m.is_error()) return -1;
  return int_sign(m) == 0;
}

// ---- iterator ---------------------------------------------------------------------------------

// Word mode when start, step and every produced value are small ints; otherwise exact ints.
struct RangeIter : Object {
  bool words;
  intptr_t start, step;
  size_t index, length;
  Value next, big_step, remaining;  // exact-int mode
};

Value range_iter_new(ThreadState& ts, Value start, Value step, Value length, Value stop_hint) {
  auto it = gc_new<RangeIter>(ts, ts.vm->types.range_iter);
  if (!it) return Value::error();
  it->words = start.is_int() && step.is_int() && length.is_int() && stop_hint.is_int();
  if (it->words) {
    it->start = start.as_int();
    it->step = step.as_int();
    it->length = size_t(length.as_int());
  } else {
    it->next = start;
    it->big_step = step;
    it->remaining = length;
  }
  return Value::from_obj(it);
}

Value range_iter_next(ThreadState& ts, Value self) {
  auto it = static_cast<RangeIter*>(self.as_obj());
  if (it->words) {
    if (it->index >= it->length) return Value::error();
    // Every produced value lies between start and stop, so it is a small int; the unsigned
    // arithmetic avoids overflow in the intermediate product.
    uintptr_t v = uintptr_t(it->start) + uintptr_t(it->index++) * uintptr_t(it->step);
    return Value::from_int(intptr_t(v));
  }
  if (int_sign(it->remaining) <= 0) return Value::error();
  Value v = it->next;
  WEFT_TRY(next, int_add(ts, v, it->big_step));
  WEFT_TRY(remaining, int_sub(ts, it->remaining, one()));
  it->next = next;
  it->remaining = remaining;
  return v;
}

void range_iter_trace(Object* o, Tracer& t) {
  auto it = static_cast<RangeIter*>(o);
  t.visit(it->next);
  t.visit(it->big_step);
  t.visit(it->remaining);
}

Value range_iter(ThreadState& ts, Value self) {
  Range* r = as_range(self);
  return range_iter_new(ts, r->start, r->step, r->length, r->stop);
}

// reversed(range(start, stop, step)) is range(start + (n-1)*step, start - step, -step).
Value range_reversed(ThreadState& ts, Range* r) {
  WEFT_TRY(last_index, int_sub(ts, r->length, one()));
  WEFT_TRY(last, range_item_at(ts, r, last_index));
  WEFT_TRY(neg_step, int_neg(ts, r->step));
  WEFT_TRY(end, int_sub(ts, r->start, r->step));
  return range_iter_new(ts, last, neg_step, r->length, end);
}

// ---- slots ------------------------------------------------------------------------------------

Value range_repr(ThreadState& ts, Value self) {
  Range* r = as_range(self);
  if (r->step == one()) return str_format_c(ts, "range(%R, %R)", r->start, r->stop);
  return str_format_c(ts, "range(%R, %R, %R)", r->start, r->stop, r->step);
}

bool range_len(ThreadState& ts, Value self, size_t* out) {
  intptr_t n;
  if (!int_to_ssize(ts, as_range(self)->length, &n)) return false;
  *out = size_t(n);
  return true;
}

int range_bool(ThreadState&, Value self) { return int_sign(as_range(self)->length) != 0; }

// Equal when they produce the same items (range_equals): lengths, then start, then step.
bool range_equal(Range* a, Range* b) {
  if (a == b) return true;
  if (int_compare(a->length, b->length) != 0) return false;
  if (int_sign(a->length) == 0) return true;
  if (int_compare(a->start, b->start) != 0) return false;
  if (a->length == one()) return true;
  return int_compare(a->step, b->step) == 0;
}

Value range_richcompare(ThreadState& ts, Value a, Value b, int op) {
  Type* t = ts.vm->types.range;
  if (type_of(ts, a) != t || type_of(ts, b) != t || (op != CMP_EQ && op != CMP_NE)) {
    return ts.vm->not_implemented;
  }
  return boolean(ts, range_equal(as_range(a), as_range(b)) == (op == CMP_EQ));
}

// hash((len, None, None)) for an empty range, (len, start, None) for one item, else
// (len, start, step): equal ranges hash equal.
bool range_hash(ThreadState& ts, Value self, intptr_t* out) {
  Range* r = as_range(self);
  Value none = ts.vm->none;
  bool empty = int_sign(r->length) == 0;
  Value items[3] = {r->length, empty ? none : r->start,
                    empty || r->length == one() ? none : r->step};
  WEFT_TRY_BOOL(t, tuple_new(ts, items, 3));
  return obj_hash(ts, t, out);
}

Value range_slice(ThreadState& ts, Range* r, Value key) {
  Value start, stop, step;
  if (!slice_indices_long(ts, static_cast<Slice*>(key.as_obj()), r->length, &start, &stop,
                          &step)) {
    return Value::error();
  }
  WEFT_TRY(new_step, int_mul(ts, r->step, step));
  WEFT_TRY(new_start, range_item_at(ts, r, start));
  WEFT_TRY(new_stop, range_item_at(ts, r, stop));
  return range_new(ts, new_start, new_stop, new_step);
}

Value range_getitem(ThreadState& ts, Value self, Value key) {
  Range* r = as_range(self);
  if (type_of(ts, key) == ts.vm->types.slice) return range_slice(ts, r, key);
  if (!is_int_like(ts, key) && !type_of(ts, key)->index) {
    return raise(ts, ts.vm->types.TypeError, "range indices must be integers or slices, not %s",
                 type_name(ts, key));
  }
  WEFT_TRY(i, obj_index(ts, key));
  Value at = i;
  if (int_sign(i) < 0) {
    at = int_add(ts, r->length, i);
    if (at.is_error()) return at;
  }
  if (int_sign(at) < 0 || int_compare(at, r->length) >= 0) {
    return raise(ts, ts.vm->types.IndexError, "range object index out of range");
  }
  return range_item_at(ts, r, at);
}

// _PySequence_IterSearch for a non-int x: the index of the first item equal to x (-1 when
// absent) or, when !first, how many there are. -2 on error.
intptr_t iter_search(ThreadState& ts, Value self, Value x, bool first) {
  Value it = range_iter(ts, self);
  if (it.is_error()) return -2;
  intptr_t count = 0, i = 0;
  for (Value v; !(v = range_iter_next(ts, it)).is_error(); i++) {
    int eq = obj_equal(ts, v, x);
    if (eq < 0) return -2;
    if (eq && first) return i;
    count += eq;
  }
  if (ts.has_pending()) return -2;
  return first ? -1 : count;
}

int range_contains(ThreadState& ts, Value self, Value x) {
  if (is_exact_int(ts, x)) return contains_int(ts, as_range(self), int_exact(ts, x));
  intptr_t i = iter_search(ts, self, x, true);
  return i >= 0 ? 1 : i == -1 ? 0 : -1;
}

// range(stop) / range(start, stop[, step]); every argument goes through __index__.
Value range_new_slot(ThreadState& ts, Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_check(ts, "range", nargs, kwnames, 1, 3)) return Value::error();
  Value v[3] = {Value::from_int(0), Value::error(), Value::from_int(1)};
  size_t first = nargs == 1 ? 1 : 0;
  for (size_t i = 0; i < nargs; i++) {
    v[first + i] = obj_index(ts, args[i]);
    if (v[first + i].is_error()) return Value::error();
  }
  return range_new(ts, v[0], v[1], v[2]);
}

Value m_count(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "range.count", nargs, kw, 1, 1)) return Value::error();
  Value x = args[0];
  if (is_exact_int(ts, x)) {
    int c = contains_int(ts, as_range(self), int_exact(ts, x));
    return c < 0 ? Value::error() : Value::from_int(c);
  }
  intptr_t n = iter_search(ts, self, x, false);
  return n < 0 ? Value::error() : Value::from_int(n);
}

Value m_index(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "range.index", nargs, kw, 1, 1)) return Value::error();
  Range* r = as_range(self);
  Value x = args[0];
  if (!is_exact_int(ts, x)) {
    intptr_t i = iter_search(ts, self, x, true);
    if (i >= 0) return Value::from_int(i);
    if (i == -2) return Value::error();
    return raise(ts, ts.vm->types.ValueError, "sequence.index(x): x not in sequence");
  }
  WEFT_TRY(n, int_exact(ts, x));
  int c = contains_int(ts, r, n);
  if (c < 0) return Value::error();
  if (c == 0) return raise(ts, ts.vm->types.ValueError, "%R is not in range", x);
  WEFT_TRY(offset, int_sub(ts, n, r->start));
  return r->step == one() ? offset : int_floordiv(ts, offset, r->step);
}

Value m_reversed(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "range.__reversed__", nargs, kw, 0, 0)) return Value::error();
  return range_reversed(ts, as_range(self));
}

const MethodDef RANGE_METHODS[] = {
    {"count", m_count, 0, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", m_index, 0, "rangeobject.index(value) -> integer -- return index of value."},
    {"__reversed__", m_reversed, 0, "Return a reverse iterator."},
    {nullptr, nullptr, 0, nullptr},
};

Value get_start(ThreadState&, Value self) { return as_range(self)->start; }
Value get_stop(ThreadState&, Value self) { return as_range(self)->stop; }
Value get_step(ThreadState&, Value self) { return as_range(self)->step; }

const GetSetDef RANGE_GETSETS[] = {
    {"start", get_start, nullptr},
    {"stop", get_stop, nullptr},
    {"step", get_step, nullptr},
    {nullptr, nullptr, nullptr},
};

void range_trace(Object* o, Tracer& t) {
  Range* r = as_range(Value::from_obj(o));
  t.visit(r->start);
  t.visit(r->stop);
  t.visit(r->step);
  t.visit(r->length);
}

}  // namespace

Value range_new(ThreadState& ts, Value start, Value stop, Value step) {
  if (int_sign(step) == 0) {
    return raise(ts, ts.vm->types.ValueError, "range() arg 3 must not be zero");
  }
  WEFT_TRY(length, range_length(ts, start, stop, step));
  auto r = gc_new<Range>(ts, ts.vm->types.range);
  if (!r) return Value::error();
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = length;
  return Value::from_obj(r);
}

void range_init_types(ThreadState& ts) {
  Types& types = ts.vm->types;
  Type* t = types.range;
  t->basic_size = sizeof(Range);
  t->trace = range_trace;
  t->repr = range_repr;
  t->hash = range_hash;
  t->richcompare = range_richcompare;
  t->iter = range_iter;
  t->new_ = range_new_slot;
  t->bool_ = range_bool;
  t->len = range_len;
  t->getitem = range_getitem;
  t->contains = range_contains;
  if (!type_add_methods(ts, t, RANGE_METHODS) || !type_add_getsets(ts, t, RANGE_GETSETS)) return;

  Type* it = types.range_iter;
  it->basic_size = sizeof(RangeIter);
  it->trace = range_iter_trace;
  it->iter = iter_self;
  it->iternext = range_iter_next;

  slice_init_type(ts);
}

}  // namespace weft
