// list storage: the ValueArray behind every list, CPython's growth policy, and the C++ API that
// the interpreter and the other layers use (append, insert, pop, extend, snapshots).
// See list_impl.hpp for the publication rules that keep lock-free readers memory-safe.
#include <cstring>

#include "object/error.hpp"
#include "object/guard.hpp"
#include "object/list_impl.hpp"
#include "object/protocol.hpp"

namespace weft {

bool is_list(ThreadState&, Value v) {
  return v.is_obj() && (v.as_obj()->type->tflags & TF_LIST_SUBCLASS) != 0;
}

ValueArray* value_array_alloc(ThreadState& ts, size_t capacity) {
  if (capacity > (SIZE_MAX / 2 - sizeof(ValueArray)) / sizeof(Value)) {
    raise_no_memory(ts);
    return nullptr;
  }
  size_t extra = capacity > 0 ? (capacity - 1) * sizeof(Value) : 0;
  auto a = gc_new<ValueArray>(ts, ts.vm->types.value_array, extra);
  if (a) a->capacity = capacity;
  return a;
}

size_t list_size(List* l) { return l->size.load(std::memory_order_acquire); }

Value list_get(List* l, size_t i) {
  ValueArray* a = list_array(l);
  return a && i < a->capacity ? slot_load(&a->items[i]) : Value::error();
}

// An index past the end (the list shrank meanwhile) stores nothing, as if the store came first
// and the shrinking after it.
void list_set(ThreadState& ts, List* l, size_t i, Value v) {
  ObjectGuard guard(ts, l);
  ValueArray* a = list_array(l);
  if (a && i < list_size(l)) slot_store(&a->items[i], v);
}

namespace {

// CPython's list_resize: about 1/8 spare plus 6, rounded to a multiple of 4; no spare when the
// list grows by more than that in one step (e.g. extend with a big sequence).
size_t grown_capacity(size_t size, size_t needed) {
  size_t cap = (needed + (needed >> 3) + 6) & ~size_t(3);
  if (needed - size > cap - needed) cap = (needed + 3) & ~size_t(3);
  return cap;
}

// Moves `count` items within a published array, one word at a time so that a concurrent reader
// never sees a torn Value (memmove makes no such promise).
void move_items(ValueArray* a, size_t dst, size_t src, size_t count) {
  if (dst < src) {
    for (size_t i = 0; i < count; i++) slot_store(&a->items[dst + i], slot_load(&a->items[src + i]));
  } else {
    for (size_t i = count; i-- > 0;) slot_store(&a->items[dst + i], slot_load(&a->items[src + i]));
  }
}

// A private array of `capacity` slots holding the first n items of `from`.
ValueArray* copy_array(ThreadState& ts, ValueArray* from, size_t n, size_t capacity) {
  ValueArray* a = value_array_alloc(ts, capacity);
  if (a && n > 0) std::memcpy(a->items, from->items, n * sizeof(Value));
  return a;
}

// CPython gives memory back when fewer than half the slots are in use. A failed allocation here
// only means the list keeps its bigger array.
void list_shrink(ThreadState& ts, List* l) {
  ValueArray* old = list_array(l);
  size_t n = list_size(l);
  if (!old || n >= old->capacity / 2) return;
  if (n == 0) {
    l->array.store(nullptr, std::memory_order_release);
    return;
  }
  ValueArray* a = copy_array(ts, old, n, grown_capacity(n, n));
  if (!a) {
    take_pending(ts);
    return;
  }
  l->array.store(a, std::memory_order_release);
}

}  // namespace

bool list_reserve(ThreadState& ts, List* l, size_t needed) {
  ValueArray* old = list_array(l);
  if (old && needed <= old->capacity) return true;
  size_t n = list_size(l);
  ValueArray* a = old ? copy_array(ts, old, n, grown_capacity(n, needed))
                      : value_array_alloc(ts, grown_capacity(n, needed));
  if (!a) return false;
  l->array.store(a, std::memory_order_release);
  return true;
}

bool list_replace(ThreadState& ts, List* l, size_t lo, size_t hi, const Value* items, size_t k) {
  ObjectGuard guard(ts, l);
  return list_replace_locked(ts, l, lo, hi, items, k);
}

bool list_replace_locked(ThreadState& ts, List* l, size_t lo, size_t hi, const Value* items,
                         size_t k) {
  size_t n = list_size(l);
  // The bounds were computed before the guard was taken: another thread may have shortened it.
  if (hi > n) hi = n;
  if (lo > hi) lo = hi;
  size_t removed = hi - lo;
  size_t new_size = n - removed + k;
  if (k > removed && !list_reserve(ts, l, new_size)) return false;
  ValueArray* a = list_array(l);
  if (k != removed && n > hi) move_items(a, lo + k, hi, n - hi);
  for (size_t i = 0; i < k; i++) slot_store(&a->items[lo + i], items[i]);
  if (new_size < n) {
    list_truncate_locked(ts, l, new_size);
  } else {
    list_publish_size(l, new_size);
  }
  return true;
}

void list_truncate(ThreadState& ts, List* l, size_t new_size) {
  ObjectGuard guard(ts, l);
  list_truncate_locked(ts, l, new_size);
}

void list_truncate_locked(ThreadState& ts, List* l, size_t new_size) {
  size_t n = list_size(l);
  if (new_size >= n) return;
  ValueArray* a = list_array(l);
  list_publish_size(l, new_size);
  for (size_t i = new_size; i < n; i++) slot_store(&a->items[i], Value::error());
  list_shrink(ts, l);
}

void list_adopt(List* l, ValueArray* items, size_t n) {
  l->array.store(items, std::memory_order_release);
  list_publish_size(l, n);
}

ValueArray* list_detach(List* l, size_t* n) {
  *n = list_size(l);
  ValueArray* a = list_array(l);
  list_publish_size(l, 0);
  l->array.store(nullptr, std::memory_order_release);
  return a;
}

void list_copy_out(ThreadState& ts, List* l, Value* dst, size_t n) {
  ValueArray* a = list_array(l);
  size_t have = a ? a->capacity : 0;
  for (size_t i = 0; i < n; i++) {
    Value v = i < have ? slot_load(&a->items[i]) : Value::error();
    dst[i] = v.is_error() ? ts.vm->none : v;
  }
}

List* list_new_of_type(ThreadState& ts, Type* type) {
  size_t size = type->basic_size > sizeof(List) ? type->basic_size : sizeof(List);
  return static_cast<List*>(gc_alloc(ts, type, size));
}

List* list_new(ThreadState& ts, size_t capacity) {
  List* l = gc_new<List>(ts, ts.vm->types.list);
  if (!l || capacity == 0) return l;
  ValueArray* a = value_array_alloc(ts, capacity);
  if (!a) return nullptr;
  l->array.store(a, std::memory_order_release);
  return l;
}

Value list_from_array(ThreadState& ts, const Value* items, size_t n) {
  List* l = list_new(ts, n);
  if (!l) return Value::error();
  if (n > 0) std::memcpy(list_array(l)->items, items, n * sizeof(Value));
  list_publish_size(l, n);
  return Value::from_obj(l);
}

Value list_from_iterable(ThreadState& ts, Value iterable) {
  List* l = list_new(ts, 0);
  if (!l || !list_extend(ts, l, iterable)) return Value::error();
  return Value::from_obj(l);
}

bool list_append(ThreadState& ts, List* l, Value v) {
  ObjectGuard guard(ts, l);
  size_t n = list_size(l);
  ValueArray* a = list_array(l);
  if (!a || n >= a->capacity) {
    if (!list_reserve(ts, l, n + 1)) return false;
    a = list_array(l);
  }
  slot_store(&a->items[n], v);
  list_publish_size(l, n + 1);
  return true;
}

bool list_insert(ThreadState& ts, List* l, intptr_t index, Value v) {
  ObjectGuard guard(ts, l);
  size_t n = list_size(l);
  if (index < 0) {
    index += intptr_t(n);
    if (index < 0) index = 0;
  }
  size_t at = size_t(index) > n ? n : size_t(index);
  return list_replace_locked(ts, l, at, at, &v, 1);
}

Value list_pop(ThreadState& ts, List* l, intptr_t index) {
  ObjectGuard guard(ts, l);
  size_t n = list_size(l);
  if (n == 0) return raise(ts, ts.vm->types.IndexError, "pop from empty list");
  if (!index_in_range(&index, n)) {
    return raise(ts, ts.vm->types.IndexError, "pop index out of range");
  }
  Value v = list_get(l, size_t(index));
  if (!list_replace_locked(ts, l, size_t(index), size_t(index) + 1, nullptr, 0))
    return Value::error();
  return v;
}

// list.extend: lists and tuples are copied from a snapshot of their items (so l.extend(l)
// doubles l), anything else is iterated.
bool list_extend(ThreadState& ts, List* l, Value iterable) {
  Type* t = type_of(ts, iterable);
  const Value* items = nullptr;
  size_t k = 0;
  if (t == ts.vm->types.tuple) {
    items = as_tuple(iterable)->items;
    k = as_tuple(iterable)->size;
  } else if (t == ts.vm->types.list) {
    // The source array is never written again once the list stops using it, and an extend of
    // l by itself only appends past the items it copies. Another thread may shrink the source
    // meanwhile: its array bounds what is read.
    List* src = as_list(iterable);
    k = list_size(src);
    ValueArray* a = list_array(src);
    items = a ? a->items : nullptr;
    if (k > (a ? a->capacity : 0)) k = a ? a->capacity : 0;
  } else {
    WEFT_TRY_BOOL(it, obj_iter(ts, iterable));
    for (;;) {
      Value v = obj_next(ts, it);
      if (v.is_error()) return !ts.has_pending();
      if (!list_append(ts, l, v)) return false;
    }
  }
  if (k == 0) return true;
  ObjectGuard guard(ts, l);
  size_t n = list_size(l);
  if (!list_reserve(ts, l, n + k)) return false;
  ValueArray* a = list_array(l);
  for (size_t i = 0; i < k; i++) {
    Value v = slot_load(&items[i]);
    slot_store(&a->items[n + i], v.is_error() ? ts.vm->none : v);
  }
  list_publish_size(l, n + k);
  return true;
}

Value list_as_tuple(ThreadState& ts, List* l) {
  size_t n = list_size(l);
  Tuple* t = tuple_alloc(ts, n);
  if (!t) return Value::error();
  list_copy_out(ts, l, t->items, n);
  return Value::from_obj(t);
}

}  // namespace weft
