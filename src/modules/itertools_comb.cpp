// The combinatoric iterators of itertools: product, permutations, combinations and
// combinations_with_replacement, in CPython's (lexicographic) order. Each keeps its pool as a
// tuple and its state as small ints in a ValueArray; every index is bounds-checked before use so
// that a racing second thread can at worst see a wrong tuple, never read outside the pool.
#include "modules/itertools.hpp"

#include "object/args.hpp"
#include "object/error.hpp"
#include "object/int.hpp"
#include "object/list.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace weft {

namespace {

// Index state: small ints in a GC array (so subclass instances keep a fixed layout).
struct Indices {
  ValueArray* a;
  intptr_t get(size_t i) const { return i < a->capacity ? a->items[i].as_int() : 0; }
  void set(size_t i, intptr_t v) const {
    if (i < a->capacity) a->items[i] = Value::from_int(v);
  }
};

ValueArray* indices_new(ThreadState& ts, size_t n) {
  ValueArray* a = value_array_alloc(ts, n ? n : 1);
  if (!a) return nullptr;
  for (size_t i = 0; i < a->capacity; i++) a->items[i] = Value::from_int(0);
  return a;
}

Value pool_item(ThreadState& ts, Tuple* pool, intptr_t i) {
  return i >= 0 && size_t(i) < pool->size ? pool->items[i] : ts.vm->none;
}

// The tuple (pool[idx[0]], ..., pool[idx[r-1]]).
Value pick(ThreadState& ts, Tuple* pool, Indices idx, size_t r) {
  Tuple* t = tuple_alloc(ts, r);
  if (!t) return Value::error();
  for (size_t i = 0; i < r; i++) t->items[i] = pool_item(ts, pool, idx.get(i));
  return Value::from_obj(t);
}

// An r argument given as a C index: TypeError for non-ints (`msg` nullptr: index's message).
bool r_argument(ThreadState& ts, Value v, const char* not_int, intptr_t* r) {
  if (not_int && !is_int_like(ts, v)) {
    raise(ts, ts.vm->types.TypeError, "%s", not_int);
    return false;
  }
  WEFT_TRY_BOOL(i, obj_index(ts, v));
  if (!int_to_ssize(ts, i, r)) return false;
  if (*r < 0) {
    raise(ts, ts.vm->types.ValueError, "r must be non-negative");
    return false;
  }
  return true;
}

// ---- product ----------------------------------------------------------------------------------------

struct Product : Object {
  Tuple* pools;        // one tuple per position (repeated `repeat` times)
  ValueArray* indices;
  bool started;
  bool stopped;
};

Value product_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  intptr_t repeat = 1;
  size_t nkw = kw ? kw->size : 0;
  for (size_t i = 0; i < nkw; i++) {
    Str* name = as_str(kw->items[i]);
    if (!str_equal_cstr(name, "repeat"))
      return raise(ts, ts.vm->types.TypeError, "product() got an unexpected keyword argument '%U'",
                   name);
    WEFT_TRY(r, obj_index(ts, args[nargs + i]));
    if (!int_to_ssize(ts, r, &repeat)) return Value::error();
    if (repeat < 0) return raise(ts, ts.vm->types.ValueError, "repeat argument cannot be negative");
  }
  size_t npools;
  if (__builtin_mul_overflow(nargs, size_t(repeat), &npools))
    return raise(ts, ts.vm->types.OverflowError, "repeat argument too large");
  Tuple* pools = tuple_alloc(ts, npools);
  if (!pools) return Value::error();
  for (size_t i = 0; i < npools; i++) pools->items[i] = ts.vm->empty_tuple;
  for (size_t i = 0; i < nargs; i++) {
    WEFT_TRY(pool, tuple_from_iterable(ts, args[i]));
    for (size_t j = i; j < npools; j += nargs) pools->items[j] = pool;
  }
  ValueArray* indices = indices_new(ts, npools);
  if (!indices) return Value::error();
  auto p = native_alloc<Product>(ts, type);
  if (!p) return Value::error();
  p->pools = pools;
  p->indices = indices;
  return Value::from_obj(p);
}

Value product_next(ThreadState& ts, Value self) {
  auto p = static_cast<Product*>(self.as_obj());
  if (p->stopped) return iteration_end();
  Tuple* pools = p->pools;
  size_t n = pools->size;
  Indices idx{p->indices};
  if (!p->started) {
    p->started = true;
    for (size_t i = 0; i < n; i++) {
      if (as_tuple(pools->items[i])->size == 0) {
        p->stopped = true;
        return iteration_end();
      }
    }
  } else {
    // Advance right to left; a position that rolls over carries into the one before it.
    size_t i = n;
    while (i > 0) {
      --i;
      intptr_t next = idx.get(i) + 1;
      if (size_t(next) < as_tuple(pools->items[i])->size) {
        idx.set(i, next);
        break;
      }
      idx.set(i, 0);
      if (i == 0) {
        p->stopped = true;
        return iteration_end();
      }
    }
    if (n == 0) {
      p->stopped = true;
      return iteration_end();
    }
  }
  Tuple* t = tuple_alloc(ts, n);
  if (!t) return Value::error();
  for (size_t i = 0; i < n; i++) t->items[i] = pool_item(ts, as_tuple(pools->items[i]), idx.get(i));
  return Value::from_obj(t);
}

void product_trace(Object* o, Tracer& t) {
  auto p = static_cast<Product*>(o);
  t.visit(p->pools);
  t.visit(p->indices);
}

// ---- combinations, combinations_with_replacement, permutations ---------------------------------------

struct Combo : Object {
  Tuple* pool;
  ValueArray* indices;
  ValueArray* cycles;  // permutations only
  intptr_t r;
  bool started;
  bool stopped;
};

// An iterator over `pool` (a tuple) taking r at a time. A stopped one allocates no state, so a
// huge r with a short pool costs nothing. Permutations need n indices and r cycles.
Value combo_make(ThreadState& ts, Type* type, Value pool, intptr_t r, bool stopped,
                 bool permutations) {
  auto c = native_alloc<Combo>(ts, type);
  if (!c) return Value::error();
  c->pool = as_tuple(pool);
  c->r = r;
  c->stopped = stopped;
  if (stopped) return Value::from_obj(c);
  c->indices = indices_new(ts, permutations ? c->pool->size : size_t(r));
  if (!c->indices) return Value::error();
  if (permutations && !(c->cycles = indices_new(ts, size_t(r)))) return Value::error();
  return Value::from_obj(c);
}

Value combinations_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* NAMES[] = {"iterable", "r"};
  Value a[2];
  intptr_t r;
  if (!args_parse(ts, {"combinations", NAMES, 2, 0, 2, 2}, args, nargs, kw, a) ||
      !r_argument(ts, a[1], nullptr, &r)) {
    return Value::error();
  }
  WEFT_TRY(pool, tuple_from_iterable(ts, a[0]));
  WEFT_TRY(c, combo_make(ts, type, pool, r, size_t(r) > as_tuple(pool)->size, false));
  auto combo = static_cast<Combo*>(c.as_obj());
  if (combo->stopped) return c;
  Indices idx{combo->indices};
  for (intptr_t i = 0; i < r; i++) idx.set(size_t(i), i);
  return c;
}

Value combinations_next(ThreadState& ts, Value self) {
  auto c = static_cast<Combo*>(self.as_obj());
  if (c->stopped) return iteration_end();
  Indices idx{c->indices};
  intptr_t n = intptr_t(c->pool->size), r = c->r;
  if (c->started) {
    // The rightmost index that is not at its maximum moves up; those after it follow it.
    intptr_t i = r - 1;
    while (i >= 0 && idx.get(size_t(i)) == i + n - r) i--;
    if (i < 0) {
      c->stopped = true;
      return iteration_end();
    }
    idx.set(size_t(i), idx.get(size_t(i)) + 1);
    for (intptr_t j = i + 1; j < r; j++) idx.set(size_t(j), idx.get(size_t(j - 1)) + 1);
  }
  c->started = true;
  return pick(ts, c->pool, idx, size_t(r));
}

Value cwr_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* NAMES[] = {"iterable", "r"};
  Value a[2];
  intptr_t r;
  if (!args_parse(ts, {"combinations_with_replacement", NAMES, 2, 0, 2, 2}, args, nargs, kw, a) ||
      !r_argument(ts, a[1], nullptr, &r)) {
    return Value::error();
  }
  WEFT_TRY(pool, tuple_from_iterable(ts, a[0]));
  return combo_make(ts, type, pool, r, as_tuple(pool)->size == 0 && r > 0, false);
}

Value cwr_next(ThreadState& ts, Value self) {
  auto c = static_cast<Combo*>(self.as_obj());
  if (c->stopped) return iteration_end();
  Indices idx{c->indices};
  intptr_t n = intptr_t(c->pool->size), r = c->r;
  if (c->started) {
    intptr_t i = r - 1;
    while (i >= 0 && idx.get(size_t(i)) == n - 1) i--;
    if (i < 0) {
      c->stopped = true;
      return iteration_end();
    }
    intptr_t v = idx.get(size_t(i)) + 1;
    for (intptr_t j = i; j < r; j++) idx.set(size_t(j), v);
  }
  c->started = true;
  return pick(ts, c->pool, idx, size_t(r));
}

Value permutations_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* NAMES[] = {"iterable", "r"};
  Value a[2];
  if (!args_parse(ts, {"permutations", NAMES, 2, 0, 2, 1}, args, nargs, kw, a))
    return Value::error();
  WEFT_TRY(pool, tuple_from_iterable(ts, a[0]));
  intptr_t n = intptr_t(as_tuple(pool)->size), r = n;
  if (!a[1].is_error() && a[1] != ts.vm->none && !r_argument(ts, a[1], "Expected int as r", &r))
    return Value::error();
  WEFT_TRY(c, combo_make(ts, type, pool, r, r > n, true));
  auto combo = static_cast<Combo*>(c.as_obj());
  if (combo->stopped) return c;
  Indices idx{combo->indices}, cycles{combo->cycles};
  for (intptr_t i = 0; i < n; i++) idx.set(size_t(i), i);
  for (intptr_t i = 0; i < r; i++) cycles.set(size_t(i), n - i);
  return c;
}

// One step of the classic cycles algorithm: rotate or swap the indices at the rightmost position
// whose cycle has not run out. False when every permutation has been produced.
bool permutations_advance(Combo* c) {
  Indices idx{c->indices}, cycles{c->cycles};
  intptr_t n = intptr_t(c->pool->size), r = c->r;
  if (n == 0) return false;
  for (intptr_t i = r - 1; i >= 0; i--) {
    intptr_t left = cycles.get(size_t(i)) - 1;
    cycles.set(size_t(i), left);
    if (left == 0) {
      intptr_t first = idx.get(size_t(i));
      for (intptr_t j = i; j < n - 1; j++) idx.set(size_t(j), idx.get(size_t(j + 1)));
      idx.set(size_t(n - 1), first);
      cycles.set(size_t(i), n - i);
    } else {
      size_t other = size_t(n - left);
      intptr_t a = idx.get(size_t(i));
      idx.set(size_t(i), idx.get(other));
      idx.set(other, a);
      return true;
    }
  }
  return false;
}

Value permutations_next(ThreadState& ts, Value self) {
  auto c = static_cast<Combo*>(self.as_obj());
  if (c->stopped) return iteration_end();
  if (c->started && !permutations_advance(c)) {
    c->stopped = true;
    return iteration_end();
  }
  c->started = true;
  return pick(ts, c->pool, Indices{c->indices}, size_t(c->r));
}

void combo_trace(Object* o, Tracer& t) {
  auto c = static_cast<Combo*>(o);
  t.visit(c->pool);
  t.visit(c->indices);
  t.visit(c->cycles);
}

constexpr uint32_t BASE = TF_BASETYPE;

}  // namespace

extern const NativeTypeSpec ITERTOOLS_COMB_TYPES[] = {
    {"itertools.product", sizeof(Product), BASE, product_trace, product_new, product_next,
     nullptr, nullptr, "Cartesian product of input iterables.  Equivalent to nested for-loops."},
    {"itertools.permutations", sizeof(Combo), BASE, combo_trace, permutations_new,
     permutations_next, nullptr, nullptr, "Return successive r-length permutations of elements in the iterable."},
    {"itertools.combinations", sizeof(Combo), BASE, combo_trace, combinations_new,
     combinations_next, nullptr, nullptr, "Return successive r-length combinations of elements in the iterable."},
    {"itertools.combinations_with_replacement", sizeof(Combo), BASE, combo_trace, cwr_new,
     cwr_next, nullptr, nullptr, "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."},
    {nullptr, 0, 0, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace weft
