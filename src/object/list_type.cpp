// The slots of list: subscripts with ints and slices (extended slices included), assignment and
// deletion, operators, comparison, repr with its recursion guard, and the list iterator.
#include "object/args.hpp"
#include "object/error.hpp"
#include "object/guard.hpp"
#include "object/iterators.hpp"
#include "object/list_impl.hpp"
#include "object/protocol.hpp"
#include "object/range.hpp"
#include "object/repr_guard.hpp"
#include "object/str.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

List* self_list(Value v) { return as_list(v); }
Slice* as_slice(Value v) { return static_cast<Slice*>(v.as_obj()); }

// ---- subscripts -------------------------------------------------------------------------------

Value list_slice(ThreadState& ts, List* l, Value key) {
  intptr_t start, stop, step;
  intptr_t n = slice_unpack(ts, as_slice(key), list_size(l), &start, &stop, &step);
  if (n < 0) return Value::error();
  List* r = list_new(ts, size_t(n));
  if (!r) return Value::error();
  ValueArray* dst = list_array(r);
  for (intptr_t i = 0; i < n; i++) {
    Value v = list_get(l, size_t(start + i * step));
    dst->items[i] = v.is_error() ? ts.vm->none : v;
  }
  list_publish_size(r, size_t(n));
  return Value::from_obj(r);
}

// The items to store by a slice assignment, as a tuple: a list source is copied first, so that
// `l[a:b] = l` reads the old items. PySequence_Fast's message when value is not iterable.
Value assign_source(ThreadState& ts, Value value, const char* not_iterable) {
  Type* t = type_of(ts, value);
  if (!t->iter && !t->getitem) return raise(ts, ts.vm->types.TypeError, "%s", not_iterable);
  return tuple_from_iterable(ts, value);
}

bool assign_simple_slice(ThreadState& ts, List* l, intptr_t start, intptr_t stop, Value value) {
  Tuple* src = nullptr;
  if (!value.is_error()) {
    WEFT_TRY_BOOL(items, assign_source(ts, value, "can only assign an iterable"));
    src = as_tuple(items);
  }
  // Clamped against the current size: converting the source may have run Python code.
  size_t n = list_size(l);
  size_t lo = start < 0 ? 0 : size_t(start) > n ? n : size_t(start);
  size_t hi = stop < intptr_t(lo) ? lo : size_t(stop) > n ? n : size_t(stop);
  return list_replace(ts, l, lo, hi, src ? src->items : nullptr, src ? src->size : 0);
}

// del l[start:stop:step] for step != 1: one compaction pass over the items after the first.
bool delete_extended_slice(ThreadState& ts, List* l, intptr_t start, intptr_t step, size_t count) {
  if (count == 0) return true;
  size_t lowest = step > 0 ? size_t(start) : size_t(start + step * intptr_t(count - 1));
  size_t stride = step > 0 ? size_t(step) : size_t(-step);
  ObjectGuard guard(ts, l);
  size_t n = list_size(l);
  ValueArray* a = list_array(l);
  size_t write = lowest, deleted = 0, next_deleted = lowest;
  for (size_t read = lowest; read < n; read++) {
    if (deleted < count && read == next_deleted) {
      deleted++;
      next_deleted += stride;
      continue;
    }
    slot_store(&a->items[write++], slot_load(&a->items[read]));
  }
  list_truncate_locked(ts, l, write);
  return true;
}

bool assign_extended_slice(ThreadState& ts, List* l, intptr_t start, intptr_t step, size_t count,
                           Value value) {
  WEFT_TRY_BOOL(items, assign_source(ts, value, "must assign iterable to extended slice"));
  Tuple* src = as_tuple(items);
  if (src->size != count) {
    raise(ts, ts.vm->types.ValueError,
          "attempt to assign sequence of size %zu to extended slice of size %zu", src->size,
          count);
    return false;
  }
  size_t n = list_size(l);
  for (size_t i = 0; i < count; i++) {
    size_t at = size_t(start + intptr_t(i) * step);
    if (at < n) list_set(ts, l, at, src->items[i]);
  }
  return true;
}

bool assign_slice(ThreadState& ts, List* l, Value key, Value value) {
  intptr_t start, stop, step;
  intptr_t n = slice_unpack(ts, as_slice(key), list_size(l), &start, &stop, &step);
  if (n < 0) return false;
  if (step == 1) return assign_simple_slice(ts, l, start, stop, value);
  if (value.is_error()) return delete_extended_slice(ts, l, start, step, size_t(n));
  return assign_extended_slice(ts, l, start, step, size_t(n), value);
}

bool list_setitem(ThreadState& ts, Value self, Value key, Value value) {
  List* l = self_list(self);
  intptr_t i;
  int kind = subscript_index(ts, key, "list", &i);
  if (kind < 0) return false;
  if (kind == 0) return assign_slice(ts, l, key, value);
  if (!index_in_range(&i, list_size(l))) {
    raise(ts, ts.vm->types.IndexError, "list assignment index out of range");
    return false;
  }
  if (value.is_error()) return list_replace(ts, l, size_t(i), size_t(i) + 1, nullptr, 0);
  list_set(ts, l, size_t(i), value);
  return true;
}

bool list_len(ThreadState&, Value self, size_t* out) {
  *out = list_size(self_list(self));
  return true;
}

int list_contains(ThreadState& ts, Value self, Value x) {
  return seq_contains(ts, {self, true}, x);
}

// ---- operators --------------------------------------------------------------------------------

Value list_richcompare(ThreadState& ts, Value a, Value b, int op) {
  if (!is_list(ts, a) || !is_list(ts, b)) return ts.vm->not_implemented;
  return seq_richcompare(ts, {a, true}, {b, true}, op);
}

Value list_concat(ThreadState& ts, Value a, Value b) {
  if (!is_list(ts, a) || !is_list(ts, b)) return ts.vm->not_implemented;
  size_t na = list_size(self_list(a)), nb = list_size(self_list(b)), n;
  if (__builtin_add_overflow(na, nb, &n)) return raise_no_memory(ts);
  List* r = list_new(ts, n);
  if (!r) return Value::error();
  if (n > 0) {
    Value* dst = list_array(r)->items;
    list_copy_out(ts, self_list(a), dst, na);
    list_copy_out(ts, self_list(b), dst + na, nb);
  }
  list_publish_size(r, n);
  return Value::from_obj(r);
}

Value list_repeat(ThreadState& ts, Value a, Value b) {
  Value seq;
  intptr_t count;
  int found = repeat_operands(ts, ts.vm->types.list, a, b, &seq, &count);
  if (found <= 0) return found == 0 ? ts.vm->not_implemented : Value::error();
  List* l = self_list(seq);
  size_t size = list_size(l), n;
  if (!repeat_size(ts, size, count, &n)) return Value::error();
  List* r = list_new(ts, n);
  if (!r) return Value::error();
  if (n > 0) {
    Value* dst = list_array(r)->items;
    list_copy_out(ts, l, dst, size);
    for (size_t i = size; i < n; i++) dst[i] = dst[i - size];
  }
  list_publish_size(r, n);
  return Value::from_obj(r);
}

Value list_inplace_concat(ThreadState& ts, Value a, Value b) {
  if (!list_extend(ts, self_list(a), b)) return Value::error();
  return a;
}

Value list_inplace_repeat(ThreadState& ts, Value a, Value b) {
  Value seq;
  intptr_t count;
  int found = repeat_operands(ts, ts.vm->types.list, a, b, &seq, &count);
  if (found <= 0) return found == 0 ? ts.vm->not_implemented : Value::error();
  List* l = self_list(a);
  ObjectGuard guard(ts, l);
  size_t size = list_size(l), n;
  if (!repeat_size(ts, size, count, &n)) return Value::error();
  if (n == 0) {
    list_truncate_locked(ts, l, 0);
    return a;
  }
  if (!list_reserve(ts, l, n)) return Value::error();
  ValueArray* arr = list_array(l);
  for (size_t i = size; i < n; i++) slot_store(&arr->items[i], slot_load(&arr->items[i - size]));
  list_publish_size(l, n);
  return a;
}

// ---- construction -----------------------------------------------------------------------------

// list.__new__ ignores its arguments; __init__ fills the list.
Value list_new_slot(ThreadState& ts, Type* type, const Value*, size_t, Tuple*) {
  List* l = list_new_of_type(ts, type);
  return l ? Value::from_obj(l) : Value::error();
}

bool list_init_slot(ThreadState& ts, Value self, const Value* args, size_t nargs,
                    Tuple* kwnames) {
  if (!args_check(ts, "list", nargs, kwnames, 0, 1)) return false;
  List* l = self_list(self);
  if (list_size(l) > 0) list_truncate(ts, l, 0);
  return nargs == 0 || list_extend(ts, l, args[0]);
}

void list_trace(Object* o, Tracer& t) {
  t.visit(static_cast<List*>(o)->array.load(std::memory_order_relaxed));
}

void value_array_trace(Object* o, Tracer& t) {
  auto a = static_cast<ValueArray*>(o);
  t.visit_range(a->items, a->capacity);
}

// ---- iterator ---------------------------------------------------------------------------------

// Forward: `next` is the index of the next item. Reverse: `next` is one past it, so 0 ends.
struct ListIter : Object {
  List* list;  // nullptr once exhausted
  size_t next;
  bool reverse;
};

Value list_iter_slot(ThreadState& ts, Value self) { return list_iter_new(ts, self_list(self), false); }

Value list_iter_next(ThreadState&, Value self) {
  auto it = static_cast<ListIter*>(self.as_obj());
  List* l = it->list;
  if (l) {
    size_t i = it->reverse ? it->next - 1 : it->next;
    if ((!it->reverse || it->next > 0) && i < list_size(l)) {
      Value v = list_get(l, i);
      if (!v.is_error()) {
        it->next = it->reverse ? i : i + 1;
        return v;
      }
    }
  }
  it->list = nullptr;
  return Value::error();
}

void list_iter_trace(Object* o, Tracer& t) { t.visit(static_cast<ListIter*>(o)->list); }

}  // namespace

Value list_getitem(ThreadState& ts, Value self, Value key) {
  List* l = self_list(self);
  intptr_t i;
  int kind = subscript_index(ts, key, "list", &i);
  if (kind < 0) return Value::error();
  if (kind == 0) return list_slice(ts, l, key);
  Value v = index_in_range(&i, list_size(l)) ? list_get(l, size_t(i)) : Value::error();
  if (v.is_error()) return raise(ts, ts.vm->types.IndexError, "list index out of range");
  return v;
}

Value list_iter_new(ThreadState& ts, List* l, bool reverse) {
  auto it = gc_new<ListIter>(ts, ts.vm->types.list_iter);
  if (!it) return Value::error();
  it->list = l;
  it->reverse = reverse;
  it->next = reverse ? list_size(l) : 0;
  return Value::from_obj(it);
}

Value list_repr(ThreadState& ts, Value self) {
  ReprGuard guard(ts, self);
  if (guard.recursive()) return str_from_cstr(ts, "[...]");
  return seq_repr(ts, {self, true}, '[', ']');
}

void list_type_init(ThreadState& ts) {
  Types& types = ts.vm->types;
  Type* t = types.list;
  t->basic_size = sizeof(List);
  t->trace = list_trace;
  t->repr = list_repr;
  t->richcompare = list_richcompare;
  t->iter = list_iter_slot;
  t->new_ = list_new_slot;
  t->init = list_init_slot;
  t->binary[BIN_ADD] = list_concat;
  t->binary[BIN_MUL] = list_repeat;
  t->inplace[BIN_ADD] = list_inplace_concat;
  t->inplace[BIN_MUL] = list_inplace_repeat;
  t->len = list_len;
  t->getitem = list_getitem;
  t->setitem = list_setitem;
  t->contains = list_contains;

  Type* va = types.value_array;
  va->basic_size = sizeof(ValueArray);
  va->trace = value_array_trace;

  Type* it = types.list_iter;
  it->basic_size = sizeof(ListIter);
  it->trace = list_iter_trace;
  it->iter = iter_self;
  it->iternext = list_iter_next;
}

}  // namespace weft
