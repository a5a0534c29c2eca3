// tuple: construction, CPython's xxHash-based hash, comparison, concatenation and repetition,
// subscripts and slices, and the tuple iterator. Tuples never change after they escape, so none
// of this needs a guard in GIL-free mode.
#include "object/tuple.hpp"

#include <cstring>

#include "object/args.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/iterators.hpp"
#include "object/protocol.hpp"
#include "object/range.hpp"
#include "object/sequence.hpp"
#include "object/type.hpp"

namespace weft {

bool is_tuple(ThreadState&, Value v) {
  return v.is_obj() && (v.as_obj()->type->tflags & TF_TUPLE_SUBCLASS) != 0;
}

Tuple* tuple_alloc(ThreadState& ts, size_t n) {
  if (n == 0) return as_tuple(ts.vm->empty_tuple);
  if (n > (SIZE_MAX - sizeof(Tuple)) / sizeof(Value)) {
    raise_no_memory(ts);
    return nullptr;
  }
  Tuple* t = gc_new<Tuple>(ts, ts.vm->types.tuple, (n - 1) * sizeof(Value));
  if (t) t->size = n;
  return t;
}

Value tuple_new(ThreadState& ts, const Value* items, size_t n) {
  Tuple* t = tuple_alloc(ts, n);
  if (!t) return Value::error();
  if (n > 0) std::memcpy(t->items, items, n * sizeof(Value));
  return Value::from_obj(t);
}

Value tuple_pack(ThreadState& ts, Value a, Value b) {
  Value items[2] = {a, b};
  return tuple_new(ts, items, 2);
}

Value tuple_from_iterable(ThreadState& ts, Value iterable) {
  Type* t = type_of(ts, iterable);
  if (t == ts.vm->types.tuple) return iterable;
  if (t == ts.vm->types.list) return list_as_tuple(ts, as_list(iterable));
  WEFT_TRY(items, list_from_iterable(ts, iterable));
  return list_as_tuple(ts, as_list(items));
}

namespace {

Tuple* self_tuple(Value v) { return as_tuple(v); }

// ---- hash, comparison, repr -------------------------------------------------------------------

// CPython 3.8+'s tuplehash (an xxHash variant), with the 64- or 32-bit constants of the target.
constexpr bool WIDE_HASH = sizeof(uintptr_t) > 4;
constexpr uintptr_t XXPRIME_1 = WIDE_HASH ? uintptr_t(11400714785074694791ULL) : 2654435761U;
constexpr uintptr_t XXPRIME_2 = WIDE_HASH ? uintptr_t(14029467366897019727ULL) : 2246822519U;
constexpr uintptr_t XXPRIME_5 = WIDE_HASH ? uintptr_t(2870177450012600261ULL) : 374761393U;

uintptr_t xx_rotate(uintptr_t x) {
  return WIDE_HASH ? (x << 31) | (x >> (8 * sizeof(uintptr_t) - 31))
                   : (x << 13) | (x >> (8 * sizeof(uintptr_t) - 13));
}

bool tuple_hash(ThreadState& ts, Value self, intptr_t* out) {
  Tuple* t = self_tuple(self);
  uintptr_t acc = XXPRIME_5;
  for (size_t i = 0; i < t->size; i++) {
    intptr_t lane;
    if (!obj_hash(ts, t->items[i], &lane)) return false;
    acc += uintptr_t(lane) * XXPRIME_2;
    acc = xx_rotate(acc);
    acc *= XXPRIME_1;
  }
  acc += t->size ^ (XXPRIME_5 ^ 3527539UL);
  *out = acc == uintptr_t(-1) ? 1546275796 : intptr_t(acc);
  return true;
}

Value tuple_richcompare(ThreadState& ts, Value a, Value b, int op) {
  if (!is_tuple(ts, a) || !is_tuple(ts, b)) return ts.vm->not_implemented;
  return seq_richcompare(ts, {a, false}, {b, false}, op);
}

Value tuple_repr(ThreadState& ts, Value self) {
  return seq_repr(ts, {self, false}, '(', ')');
}

// ---- operators --------------------------------------------------------------------------------

Value tuple_concat(ThreadState& ts, Value a, Value b) {
  if (!is_tuple(ts, a) || !is_tuple(ts, b)) return ts.vm->not_implemented;
  Tuple* x = self_tuple(a);
  Tuple* y = self_tuple(b);
  if (y->size == 0 && x->type == ts.vm->types.tuple) return a;
  if (x->size == 0 && y->type == ts.vm->types.tuple) return b;
  size_t n;
  if (__builtin_add_overflow(x->size, y->size, &n)) return raise_no_memory(ts);
  Tuple* r = tuple_alloc(ts, n);
  if (!r) return Value::error();
  std::memcpy(r->items, x->items, x->size * sizeof(Value));
  std::memcpy(r->items + x->size, y->items, y->size * sizeof(Value));
  return Value::from_obj(r);
}

Value tuple_repeat(ThreadState& ts, Value a, Value b) {
  Value seq;
  intptr_t count;
  int found = repeat_operands(ts, ts.vm->types.tuple, a, b, &seq, &count);
  if (found <= 0) return found == 0 ? ts.vm->not_implemented : Value::error();
  Tuple* t = self_tuple(seq);
  if (count == 1 && t->type == ts.vm->types.tuple) return seq;
  size_t n;
  if (!repeat_size(ts, t->size, count, &n)) return Value::error();
  Tuple* r = tuple_alloc(ts, n);
  if (!r) return Value::error();
  for (size_t i = 0; i < n; i += t->size) {
    std::memcpy(r->items + i, t->items, t->size * sizeof(Value));
  }
  return Value::from_obj(r);
}

// ---- container protocol -----------------------------------------------------------------------

bool tuple_len(ThreadState&, Value self, size_t* out) {
  *out = self_tuple(self)->size;
  return true;
}

Value tuple_slice(ThreadState& ts, Tuple* t, Value key) {
  intptr_t start, stop, step;
  intptr_t n = slice_unpack(ts, static_cast<Slice*>(key.as_obj()), t->size, &start, &stop, &step);
  if (n < 0) return Value::error();
  if (step == 1 && size_t(n) == t->size && t->type == ts.vm->types.tuple) {
    return Value::from_obj(t);
  }
  Tuple* r = tuple_alloc(ts, size_t(n));
  if (!r) return Value::error();
  for (intptr_t i = 0; i < n; i++) r->items[i] = t->items[start + i * step];
  return Value::from_obj(r);
}

Value tuple_getitem(ThreadState& ts, Value self, Value key) {
  Tuple* t = self_tuple(self);
  intptr_t i;
  int kind = subscript_index(ts, key, "tuple", &i);
  if (kind < 0) return Value::error();
  if (kind == 0) return tuple_slice(ts, t, key);
  if (!index_in_range(&i, t->size)) {
    return raise(ts, ts.vm->types.IndexError, "tuple index out of range");
  }
  return t->items[i];
}

int tuple_contains(ThreadState& ts, Value self, Value x) {
  return seq_contains(ts, {self, false}, x);
}

// ---- iterator ---------------------------------------------------------------------------------

struct TupleIter : Object {
  Tuple* tuple;  // nullptr once exhausted
  size_t index;
};

Value tuple_iter(ThreadState& ts, Value self) {
  auto it = gc_new<TupleIter>(ts, ts.vm->types.tuple_iter);
  if (!it) return Value::error();
  it->tuple = self_tuple(self);
  return Value::from_obj(it);
}

Value tuple_iter_next(ThreadState&, Value self) {
  auto it = static_cast<TupleIter*>(self.as_obj());
  Tuple* t = it->tuple;
  if (t && it->index < t->size) return t->items[it->index++];
  it->tuple = nullptr;
  return Value::error();
}

void tuple_iter_trace(Object* o, Tracer& t) { t.visit(static_cast<TupleIter*>(o)->tuple); }

// ---- construction and methods -----------------------------------------------------------------

// tuple(iterable=(), /). A subclass gets a tuple retyped before it escapes (the layouts match).
Value tuple_new_slot(ThreadState& ts, Type* type, const Value* args, size_t nargs,
                     Tuple* kwnames) {
  if (!args_check(ts, "tuple", nargs, kwnames, 0, 1)) return Value::error();
  if (type == ts.vm->types.tuple) {
    return nargs == 0 ? ts.vm->empty_tuple : tuple_from_iterable(ts, args[0]);
  }
  WEFT_TRY(items, nargs == 0 ? ts.vm->empty_tuple : tuple_from_iterable(ts, args[0]));
  Tuple* src = self_tuple(items);
  // A class's instance dict follows the items (TF_DICT_AFTER_ITEMS): basic_size makes room.
  size_t extra = (src->size > 0 ? (src->size - 1) * sizeof(Value) : 0) +
                 (type->basic_size > sizeof(Tuple) ? type->basic_size - sizeof(Tuple) : 0);
  Tuple* r = gc_new<Tuple>(ts, type, extra);
  if (!r) return Value::error();
  std::memcpy(r->items, src->items, src->size * sizeof(Value));
  r->size = src->size;
  return Value::from_obj(r);
}

Value m_count(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "tuple.count", nargs, kw, 1, 1)) return Value::error();
  return seq_count(ts, {self, false}, args[0]);
}

Value m_index(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return seq_index_method(ts, {self, false}, args, nargs, kw, "tuple.index(x): x not in tuple");
}

const MethodDef TUPLE_METHODS[] = {
    {"count", m_count, 0, "Return number of occurrences of value."},
    {"index", m_index, 0, "Return first index of value."},
    {nullptr, nullptr, 0, nullptr},
};

void tuple_trace(Object* o, Tracer& t) {
  auto tuple = static_cast<Tuple*>(o);
  t.visit_range(tuple->items, tuple->size);
}

}  // namespace

void tuple_init_type(ThreadState& ts) {
  Types& types = ts.vm->types;
  Type* t = types.tuple;
  t->basic_size = sizeof(Tuple);
  t->trace = tuple_trace;
  t->repr = tuple_repr;
  t->hash = tuple_hash;
  t->richcompare = tuple_richcompare;
  t->iter = tuple_iter;
  t->new_ = tuple_new_slot;
  t->binary[BIN_ADD] = tuple_concat;
  t->binary[BIN_MUL] = tuple_repeat;
  t->len = tuple_len;
  t->getitem = tuple_getitem;
  t->contains = tuple_contains;
  if (!type_add_methods(ts, t, TUPLE_METHODS)) return;

  Type* it = types.tuple_iter;
  it->basic_size = sizeof(TupleIter);
  it->trace = tuple_iter_trace;
  it->iter = iter_self;
  it->iternext = tuple_iter_next;
}

}  // namespace weft
