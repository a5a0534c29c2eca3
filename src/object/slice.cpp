// slice objects and the index arithmetic every sliceable type shares: slice_unpack is CPython's
// PySlice_Unpack + PySlice_AdjustIndices (machine-word indices, clamped), slice_indices_long is
// _PySlice_GetLongIndices (exact ints, for slice.indices() and range slicing).
#include "object/args.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/range.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

Value slice_new(ThreadState& ts, Value start, Value stop, Value step) {
  auto s = gc_new<Slice>(ts, ts.vm->types.slice);
  if (!s) return Value::error();
  s->start = start;
  s->stop = stop;
  s->step = step;
  return Value::from_obj(s);
}

namespace {

Slice* as_slice(Value v) { return static_cast<Slice*>(v.as_obj()); }

bool has_index(ThreadState& ts, Value v) {
  return is_int_like(ts, v) || type_of(ts, v)->index != nullptr;
}

// _PyEval_SliceIndex: None leaves *out alone; ints beyond the word range clamp.
bool slice_index(ThreadState& ts, Value v, intptr_t* out) {
  if (is_none(ts, v)) return true;
  if (v.is_int()) {
    *out = v.as_int();
    return true;
  }
  if (!has_index(ts, v)) {
    raise(ts, ts.vm->types.TypeError,
          "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  WEFT_TRY_BOOL(i, obj_index(ts, v));
  *out = int_clamp_ssize(i);
  return true;
}

// PySlice_AdjustIndices: clamps start and stop to the sequence and counts the items.
intptr_t adjust_indices(intptr_t length, intptr_t* start, intptr_t* stop, intptr_t step) {
  for (intptr_t* bound : {start, stop}) {
    if (*bound < 0) {
      *bound += length;
      if (*bound < 0) *bound = step < 0 ? -1 : 0;
    } else if (*bound >= length) {
      *bound = step < 0 ? length - 1 : length;
    }
  }
  if (step < 0) return *stop < *start ? (*start - *stop - 1) / -step + 1 : 0;
  return *start < *stop ? (*stop - *start - 1) / step + 1 : 0;
}

}  // namespace

intptr_t slice_unpack(ThreadState& ts, Slice* s, size_t length, intptr_t* start, intptr_t* stop,
                      intptr_t* step) {
  *step = 1;
  if (!slice_index(ts, s->step, step)) return -1;
  if (*step == 0) {
    raise(ts, ts.vm->types.ValueError, "slice step cannot be zero");
    return -1;
  }
  // -INTPTR_MAX rather than INTPTR_MIN, so that negating the step cannot overflow.
  if (*step < -INTPTR_MAX) *step = -INTPTR_MAX;
  *start = *step < 0 ? INTPTR_MAX : 0;
  *stop = *step < 0 ? INTPTR_MIN : INTPTR_MAX;
  if (!slice_index(ts, s->start, start) || !slice_index(ts, s->stop, stop)) return -1;
  return adjust_indices(intptr_t(length), start, stop, *step);
}

namespace {

// evaluate_slice_index of sliceobject.c: an exact int.
Value long_index(ThreadState& ts, Value v) {
  if (!has_index(ts, v)) {
    return raise(ts, ts.vm->types.TypeError,
                 "slice indices must be integers or None or have an __index__ method");
  }
  return obj_index(ts, v);
}

// One bound of _PySlice_GetLongIndices: negative values count from the end, then the result is
// clamped into [lower, upper].
Value long_bound(ThreadState& ts, Value v, Value length, Value lower, Value upper,
                 Value if_none) {
  if (is_none(ts, v)) return if_none;
  WEFT_TRY(i, long_index(ts, v));
  if (int_sign(i) < 0) {
    WEFT_TRY(from_end, int_add(ts, i, length));
    return int_compare(from_end, lower) < 0 ? lower : from_end;
  }
  return int_compare(i, upper) > 0 ? upper : i;
}

}  // namespace

bool slice_indices_long(ThreadState& ts, Slice* s, Value length, Value* start, Value* stop,
                        Value* step) {
  *step = Value::from_int(1);
  if (!is_none(ts, s->step)) {
    *step = long_index(ts, s->step);
    if (step->is_error()) return false;
    if (int_sign(*step) == 0) {
      raise(ts, ts.vm->types.ValueError, "slice step cannot be zero");
      return false;
    }
  }
  bool negative = int_sign(*step) < 0;
  Value lower = Value::from_int(negative ? -1 : 0);
  Value upper = length;
  if (negative) {
    upper = int_add(ts, length, lower);
    if (upper.is_error()) return false;
  }
  *start = long_bound(ts, s->start, length, lower, upper, negative ? upper : lower);
  if (start->is_error()) return false;
  *stop = long_bound(ts, s->stop, length, lower, upper, negative ? lower : upper);
  return !stop->is_error();
}

namespace {

Value slice_repr(ThreadState& ts, Value self) {
  Slice* s = as_slice(self);
  return str_format_c(ts, "slice(%R, %R, %R)", s->start, s->stop, s->step);
}

// Slices compare as the tuples (start, stop, step).
Value slice_richcompare(ThreadState& ts, Value a, Value b, int op) {
  Type* t = ts.vm->types.slice;
  if (type_of(ts, a) != t || type_of(ts, b) != t) return ts.vm->not_implemented;
  if (a == b) return boolean(ts, op == CMP_EQ || op == CMP_LE || op == CMP_GE);
  Slice* x = as_slice(a);
  Slice* y = as_slice(b);
  Value tx[3] = {x->start, x->stop, x->step};
  Value ty[3] = {y->start, y->stop, y->step};
  WEFT_TRY(ta, tuple_new(ts, tx, 3));
  WEFT_TRY(tb, tuple_new(ts, ty, 3));
  return obj_richcompare(ts, ta, tb, op);
}

// slice(stop) / slice(start, stop[, step])
Value slice_new_slot(ThreadState& ts, Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_check(ts, "slice", nargs, kwnames, 1, 3)) return Value::error();
  Value none = ts.vm->none;
  if (nargs == 1) return slice_new(ts, none, args[0], none);
  return slice_new(ts, args[0], args[1], nargs == 3 ? args[2] : none);
}

Value m_indices(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "slice.indices", nargs, kw, 1, 1)) return Value::error();
  WEFT_TRY(length, obj_index(ts, args[0]));
  if (int_sign(length) < 0) {
    return raise(ts, ts.vm->types.ValueError, "length should not be negative");
  }
  Value r[3];
  if (!slice_indices_long(ts, as_slice(self), length, &r[0], &r[1], &r[2])) {
    return Value::error();
  }
  return tuple_new(ts, r, 3);
}

const MethodDef SLICE_METHODS[] = {
    {"indices", m_indices, 0, "S.indices(len) -> (start, stop, stride)"},
    {nullptr, nullptr, 0, nullptr},
};

Value get_start(ThreadState&, Value self) { return as_slice(self)->start; }
Value get_stop(ThreadState&, Value self) { return as_slice(self)->stop; }
Value get_step(ThreadState&, Value self) { return as_slice(self)->step; }

const GetSetDef SLICE_GETSETS[] = {
    {"start", get_start, nullptr},
    {"stop", get_stop, nullptr},
    {"step", get_step, nullptr},
    {nullptr, nullptr, nullptr},
};

void slice_trace(Object* o, Tracer& t) {
  Slice* s = static_cast<Slice*>(o);
  t.visit(s->start);
  t.visit(s->stop);
  t.visit(s->step);
}

}  // namespace

// Slices are unhashable as in CPython 3.11 (the tests' oracle); 3.12 made them hashable.
void slice_init_type(ThreadState& ts) {
  Type* t = ts.vm->types.slice;
  t->basic_size = sizeof(Slice);
  t->trace = slice_trace;
  t->repr = slice_repr;
  t->richcompare = slice_richcompare;
  t->new_ = slice_new_slot;
  if (!type_add_methods(ts, t, SLICE_METHODS)) return;
  static_cast<void>(type_add_getsets(ts, t, SLICE_GETSETS));
}

}  // namespace weft
