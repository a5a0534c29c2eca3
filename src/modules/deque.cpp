// collections.deque storage and methods (see deque.hpp). The ring buffer's capacity is a power of
// two; every function that touches it holds the deque's guard and runs no Python code.
#include "modules/deque.hpp"

#include "modules/native_type.hpp"
#include "object/args.hpp"
#include "object/error.hpp"
#include "object/guard.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

constexpr size_t MIN_CAPACITY = 8;

size_t capacity(const Deque* d) { return d->buf ? d->buf->capacity : 0; }
Value* slot(Deque* d, size_t i) { return &d->buf->items[(d->head + i) & (capacity(d) - 1)]; }

// Moves the items into a new buffer of capacity `cap` (a power of two >= size), head at 0.
bool relocate(ThreadState& ts, Deque* d, size_t cap) {
  ValueArray* nb = value_array_alloc(ts, cap);
  if (!nb) return false;
  for (size_t i = 0; i < d->size; i++) nb->items[i] = *slot(d, i);
  d->buf = nb;
  d->head = 0;
  return true;
}

bool reserve_one(ThreadState& ts, Deque* d) {
  size_t cap = capacity(d);
  if (d->size < cap) return true;
  return relocate(ts, d, cap ? cap * 2 : MIN_CAPACITY);
}

// Gives memory back once a large buffer is mostly empty; a failed allocation just keeps it.
void maybe_shrink(ThreadState& ts, Deque* d) {
  size_t cap = capacity(d);
  if (cap <= 64 || d->size > cap / 8) return;
  if (!relocate(ts, d, cap / 2)) take_pending(ts);
}

Value pop_right_locked(ThreadState& ts, Deque* d) {
  if (d->size == 0) return Value::error();
  Value* s = slot(d, d->size - 1);
  Value v = *s;
  *s = Value();
  d->size--;
  d->state++;
  maybe_shrink(ts, d);
  return v;
}

Value pop_left_locked(ThreadState& ts, Deque* d) {
  if (d->size == 0) return Value::error();
  Value* s = slot(d, 0);
  Value v = *s;
  *s = Value();
  d->head = (d->head + 1) & (capacity(d) - 1);
  d->size--;
  d->state++;
  maybe_shrink(ts, d);
  return v;
}

bool push_locked(ThreadState& ts, Deque* d, Value v, bool left) {
  if (d->maxlen == 0) {
    d->state++;
    return true;
  }
  if (d->maxlen > 0 && d->size >= size_t(d->maxlen)) {
    // Full: the item at the other end falls out.
    static_cast<void>(left ? pop_right_locked(ts, d) : pop_left_locked(ts, d));
  }
  if (!reserve_one(ts, d)) return false;
  if (left) {
    d->head = (d->head - 1) & (capacity(d) - 1);
    d->buf->items[d->head] = v;
  } else {
    *slot(d, d->size) = v;
  }
  d->size++;
  d->state++;
  return true;
}

// Removes item i (< size), shifting the shorter side.
void delete_locked(ThreadState& ts, Deque* d, size_t i) {
  if (i < d->size / 2) {
    for (size_t j = i; j > 0; j--) *slot(d, j) = *slot(d, j - 1);
    static_cast<void>(pop_left_locked(ts, d));
  } else {
    for (size_t j = i; j + 1 < d->size; j++) *slot(d, j) = *slot(d, j + 1);
    static_cast<void>(pop_right_locked(ts, d));
  }
}

bool insert_locked(ThreadState& ts, Deque* d, size_t i, Value v) {
  if (!reserve_one(ts, d)) return false;
  d->size++;
  for (size_t j = d->size - 1; j > i; j--) *slot(d, j) = *slot(d, j - 1);
  *slot(d, i) = v;
  d->state++;
  return true;
}

void rotate_locked(Deque* d, intptr_t n) {
  size_t len = d->size;
  if (len <= 1) return;
  intptr_t half = intptr_t(len >> 1);
  if (n > half || n < -half) {
    n %= intptr_t(len);
    if (n > half) n -= intptr_t(len);
    if (n < -half) n += intptr_t(len);
  }
  d->state++;
  size_t mask = capacity(d) - 1;
  if (len == capacity(d)) {
    d->head = (d->head - size_t(n)) & mask;  // a full ring rotates by moving its start
    return;
  }
  for (; n > 0; n--) {  // last item to the front
    Value v = *slot(d, len - 1);
    *slot(d, len - 1) = Value();
    d->head = (d->head - 1) & mask;
    d->buf->items[d->head] = v;
  }
  for (; n < 0; n++) {  // first item to the back
    Value v = *slot(d, 0);
    *slot(d, 0) = Value();
    d->head = (d->head + 1) & mask;
    *slot(d, len - 1) = v;
  }
}

Value empty_pop(ThreadState& ts) {
  return raise(ts, ts.vm->types.IndexError, "pop from an empty deque");
}

bool no_args(ThreadState& ts, const char* name, size_t nargs, Tuple* kw) {
  return args_check(ts, name, nargs, kw, 0, 0);
}

// ---- methods ---------------------------------------------------------------------------------------

Value m_append(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "deque.append", nargs, kw, 1, 1)) return Value::error();
  return deque_append(ts, as_deque(self), args[0]) ? ts.vm->none : Value::error();
}

Value m_appendleft(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "deque.appendleft", nargs, kw, 1, 1)) return Value::error();
  return deque_appendleft(ts, as_deque(self), args[0]) ? ts.vm->none : Value::error();
}

Value m_pop(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!no_args(ts, "deque.pop", nargs, kw)) return Value::error();
  Deque* d = as_deque(self);
  ObjectGuard guard(ts, d);
  Value v = pop_right_locked(ts, d);
  return v.is_error() ? empty_pop(ts) : v;
}

Value m_popleft(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!no_args(ts, "deque.popleft", nargs, kw)) return Value::error();
  Deque* d = as_deque(self);
  ObjectGuard guard(ts, d);
  Value v = pop_left_locked(ts, d);
  return v.is_error() ? empty_pop(ts) : v;
}

Value m_extend(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "deque.extend", nargs, kw, 1, 1)) return Value::error();
  return deque_extend(ts, as_deque(self), args[0], false) ? ts.vm->none : Value::error();
}

Value m_extendleft(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "deque.extendleft", nargs, kw, 1, 1)) return Value::error();
  return deque_extend(ts, as_deque(self), args[0], true) ? ts.vm->none : Value::error();
}

Value m_clear(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!no_args(ts, "deque.clear", nargs, kw)) return Value::error();
  deque_clear(ts, as_deque(self));
  return ts.vm->none;
}

Value m_copy(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!no_args(ts, "deque.copy", nargs, kw)) return Value::error();
  return deque_copy(ts, self);
}

Value m_dunder_copy(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!no_args(ts, "deque.__copy__", nargs, kw)) return Value::error();
  return deque_copy(ts, self);
}

Value m_reverse(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!no_args(ts, "deque.reverse", nargs, kw)) return Value::error();
  Deque* d = as_deque(self);
  ObjectGuard guard(ts, d);
  for (size_t i = 0, j = d->size; j > i + 1; i++, j--) {
    Value x = *slot(d, i);
    *slot(d, i) = *slot(d, j - 1);
    *slot(d, j - 1) = x;
  }
  return ts.vm->none;
}

Value m_rotate(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_no_kwargs(ts, "deque.rotate", kw) || !args_positional(ts, "rotate", nargs, 0, 1))
    return Value::error();
  intptr_t n = 1;
  if (nargs == 1) {
    WEFT_TRY(i, obj_index(ts, args[0]));
    if (!int_to_ssize(ts, i, &n)) return Value::error();
  }
  Deque* d = as_deque(self);
  ObjectGuard guard(ts, d);
  rotate_locked(d, n);
  return ts.vm->none;
}

enum class Scan { COUNT, INDEX, REMOVE };

// Compares x with the items in [start, stop), one at a time (the comparison may run Python
// code): the count, or the first index (-1 when absent), or -2 on error.
intptr_t scan(ThreadState& ts, Deque* d, Value x, size_t start, size_t stop, Scan mode) {
  uint64_t state = d->state;
  intptr_t count = 0;
  for (size_t i = start; i < stop; i++) {
    Value item = deque_at(ts, d, i);
    int eq = item.is_error() ? 0 : obj_equal(ts, item, x);
    if (eq < 0) return -2;
    if (d->state != state || item.is_error()) {
      raise(ts, mode == Scan::REMOVE ? ts.vm->types.IndexError : ts.vm->types.RuntimeError,
            "deque mutated during iteration");
      return -2;
    }
    if (eq && mode != Scan::COUNT) return intptr_t(i);
    count += eq;
  }
  return mode == Scan::COUNT ? count : -1;
}

Value m_count(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "deque.count", nargs, kw, 1, 1)) return Value::error();
  Deque* d = as_deque(self);
  intptr_t n = scan(ts, d, args[0], 0, deque_size(ts, d), Scan::COUNT);
  return n < 0 ? Value::error() : Value::from_int(n);
}

// A start/stop argument of index(): any __index__ value, clamped as slice indices are.
bool slice_bound(ThreadState& ts, Value v, size_t n, size_t* out) {
  if (!is_int_like(ts, v) && !type_of(ts, v)->index) {
    raise(ts, ts.vm->types.TypeError,
          "slice indices must be integers or have an __index__ method");
    return false;
  }
  WEFT_TRY_BOOL(i, obj_index(ts, v));
  intptr_t x = int_clamp_ssize(i);
  if (x < 0) x = x + intptr_t(n) < 0 ? 0 : x + intptr_t(n);
  *out = size_t(x) > n ? n : size_t(x);
  return true;
}

Value m_index(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_no_kwargs(ts, "deque.index", kw) || !args_positional(ts, "index", nargs, 1, 3))
    return Value::error();
  Deque* d = as_deque(self);
  size_t n = deque_size(ts, d), start = 0, stop = n;
  if (nargs > 1 && !slice_bound(ts, args[1], n, &start)) return Value::error();
  if (nargs > 2 && !slice_bound(ts, args[2], n, &stop)) return Value::error();
  intptr_t i = scan(ts, d, args[0], start, stop, Scan::INDEX);
  if (i == -2) return Value::error();
  if (i < 0) return raise(ts, ts.vm->types.ValueError, "%R is not in deque", args[0]);
  return Value::from_int(i);
}

Value m_remove(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "deque.remove", nargs, kw, 1, 1)) return Value::error();
  Deque* d = as_deque(self);
  uint64_t state = d->state;
  intptr_t i = scan(ts, d, args[0], 0, deque_size(ts, d), Scan::REMOVE);
  if (i == -2) return Value::error();
  if (i < 0) return raise(ts, ts.vm->types.ValueError, "%R is not in deque", args[0]);
  ObjectGuard guard(ts, d);
  if (d->state != state || size_t(i) >= d->size)
    return raise(ts, ts.vm->types.IndexError, "deque mutated during iteration");
  delete_locked(ts, d, size_t(i));
  return ts.vm->none;
}

Value m_insert(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_no_kwargs(ts, "deque.insert", kw) || !args_positional(ts, "insert", nargs, 2, 2))
    return Value::error();
  WEFT_TRY(index, obj_index(ts, args[0]));
  intptr_t i = int_clamp_ssize(index);
  Deque* d = as_deque(self);
  ObjectGuard guard(ts, d);
  intptr_t n = intptr_t(d->size);
  if (d->maxlen >= 0 && n >= d->maxlen)
    return raise(ts, ts.vm->types.IndexError, "deque already at its maximum size");
  if (i < 0) i = i + n < 0 ? 0 : i + n;
  if (i > n) i = n;
  return insert_locked(ts, d, size_t(i), args[1]) ? ts.vm->none : Value::error();
}

Value m_reduce(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!no_args(ts, "deque.__reduce__", nargs, kw)) return Value::error();
  Deque* d = as_deque(self);
  WEFT_TRY(items, deque_snapshot(ts, d));
  WEFT_TRY(list, list_from_iterable(ts, items));
  Value maxlen = d->maxlen < 0 ? ts.vm->none : Value::from_int(d->maxlen);
  Value ctor_args[2] = {list, maxlen};
  WEFT_TRY(args_tuple, tuple_new(ts, ctor_args, d->maxlen < 0 ? 1 : 2));
  return tuple_pack(ts, Value::from_obj(type_of(ts, self)), args_tuple);
}

}  // namespace

bool is_deque(ThreadState& ts, Value v) {
  Type* deque = ts.vm->types.deque;
  return deque && v.is_obj() && type_is_subtype(type_of(ts, v), deque);
}

bool deque_append(ThreadState& ts, Deque* d, Value v) {
  ObjectGuard guard(ts, d);
  return push_locked(ts, d, v, false);
}

bool deque_appendleft(ThreadState& ts, Deque* d, Value v) {
  ObjectGuard guard(ts, d);
  return push_locked(ts, d, v, true);
}

bool deque_extend(ThreadState& ts, Deque* d, Value iterable, bool left) {
  if (iterable == Value::from_obj(d)) {
    WEFT_TRY_BOOL(copy, deque_snapshot(ts, d));
    iterable = copy;
  }
  WEFT_TRY_BOOL(it, obj_iter(ts, iterable));
  for (;;) {
    Value item = obj_next(ts, it);
    if (item.is_error()) return !ts.has_pending();
    if (!(left ? deque_appendleft(ts, d, item) : deque_append(ts, d, item))) return false;
  }
}

void deque_clear(ThreadState& ts, Deque* d) {
  ObjectGuard guard(ts, d);
  if (d->size == 0) return;
  d->buf = nullptr;
  d->head = 0;
  d->size = 0;
  d->state++;
}

Value deque_at(ThreadState& ts, Deque* d, size_t i) {
  ObjectGuard guard(ts, d);
  return i < d->size ? *slot(d, i) : Value::error();
}

size_t deque_size(ThreadState& ts, Deque* d) {
  ObjectGuard guard(ts, d);
  return d->size;
}

bool deque_set_at(ThreadState& ts, Deque* d, size_t i, Value v) {
  ObjectGuard guard(ts, d);
  if (i >= d->size) return false;
  *slot(d, i) = v;
  return true;
}

bool deque_del_at(ThreadState& ts, Deque* d, size_t i) {
  ObjectGuard guard(ts, d);
  if (i >= d->size) return false;
  delete_locked(ts, d, i);
  return true;
}

Value deque_snapshot(ThreadState& ts, Deque* d) {
  ObjectGuard guard(ts, d);
  Tuple* t = tuple_alloc(ts, d->size);
  if (!t) return Value::error();
  for (size_t i = 0; i < t->size; i++) t->items[i] = *slot(d, i);
  return Value::from_obj(t);
}

Deque* deque_alloc(ThreadState& ts, Type* type, intptr_t maxlen) {
  auto d = native_alloc<Deque>(ts, type);
  if (d) d->maxlen = maxlen;
  return d;
}

Value deque_copy(ThreadState& ts, Value self) {
  Deque* d = as_deque(self);
  Type* type = type_of(ts, self);
  if (type == ts.vm->types.deque) {
    Deque* copy = deque_alloc(ts, type, d->maxlen);
    if (!copy || !deque_extend(ts, copy, self, false)) return Value::error();
    return Value::from_obj(copy);
  }
  if (d->maxlen < 0) return call1(ts, Value::from_obj(type), self);
  return call2(ts, Value::from_obj(type), self, Value::from_int(d->maxlen));
}

Value deque_inplace_repeat(ThreadState& ts, Value self, intptr_t n) {
  Deque* d = as_deque(self);
  if (n <= 0) {
    deque_clear(ts, d);
    return self;
  }
  WEFT_TRY(items, deque_snapshot(ts, d));
  size_t size = as_tuple(items)->size;
  if (size == 0 || n == 1) return self;
  // Past maxlen only the last copies survive: skip the ones that would fall out anyway.
  if (d->maxlen >= 0 && size_t(n - 1) > size_t(d->maxlen) / size + 1)
    n = intptr_t(size_t(d->maxlen) / size + 2);
  size_t total;
  if (__builtin_mul_overflow(size, size_t(n), &total) || total > SIZE_MAX / 16)
    return raise_no_memory(ts);
  for (intptr_t k = 1; k < n; k++) {
    for (size_t i = 0; i < size; i++) {
      if (!deque_append(ts, d, as_tuple(items)->items[i])) return Value::error();
    }
  }
  return self;
}

extern const MethodDef DEQUE_METHODS[] = {
    {"append", m_append, 0, "Add an element to the right side of the deque."},
    {"appendleft", m_appendleft, 0, "Add an element to the left side of the deque."},
    {"clear", m_clear, 0, "Remove all elements from the deque."},
    {"copy", m_copy, 0, "Return a shallow copy of a deque."},
    {"__copy__", m_dunder_copy, 0, "Return a shallow copy of a deque."},
    {"count", m_count, 0, "Return number of occurrences of value."},
    {"extend", m_extend, 0, "Extend the right side of the deque with elements from the iterable."},
    {"extendleft", m_extendleft, 0, "Extend the left side of the deque with elements from the iterable."},
    {"index", m_index, 0, "Return first index of value."},
    {"insert", m_insert, 0, "Insert value before index."},
    {"pop", m_pop, 0, "Remove and return the rightmost element."},
    {"popleft", m_popleft, 0, "Remove and return the leftmost element."},
    {"remove", m_remove, 0, "Remove first occurrence of value."},
    {"reverse", m_reverse, 0, "Reverse *IN PLACE*."},
    {"rotate", m_rotate, 0, "Rotate the deque n steps to the right.  If n is negative, rotates left."},
    {"__reduce__", m_reduce, 0, "Return state information for pickling."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace weft
