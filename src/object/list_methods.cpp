// The methods of list (append, extend, insert, pop, remove, index, count, clear, copy, reverse,
// sort, __reversed__, __getitem__) and list_init_type.
#include "object/args.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/guard.hpp"
#include "object/list_impl.hpp"
#include "object/protocol.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

List* self_list(Value v) { return as_list(v); }
SeqRef items_of(Value v) { return {v, true}; }

Value m_append(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "list.append", nargs, kw, 1, 1)) return Value::error();
  if (!list_append(ts, self_list(self), args[0])) return Value::error();
  return none(ts);
}

Value m_extend(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "list.extend", nargs, kw, 1, 1)) return Value::error();
  if (!list_extend(ts, self_list(self), args[0])) return Value::error();
  return none(ts);
}

Value m_insert(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  intptr_t index;
  if (!args_check(ts, "insert", nargs, kw, 2, 2) || !arg_ssize(ts, args[0], &index) ||
      !list_insert(ts, self_list(self), index, args[1])) {
    return Value::error();
  }
  return none(ts);
}

Value m_pop(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  intptr_t index = -1;
  if (!args_check(ts, "pop", nargs, kw, 0, 1)) return Value::error();
  if (nargs == 1 && !arg_ssize(ts, args[0], &index)) return Value::error();
  return list_pop(ts, self_list(self), index);
}

Value m_remove(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "list.remove", nargs, kw, 1, 1)) return Value::error();
  intptr_t i = seq_find(ts, items_of(self), args[0], 0, SIZE_MAX);
  if (i == -2) return Value::error();
  List* l = self_list(self);
  // The comparison may have shortened the list; then the item found is gone already.
  if (i == -1 || size_t(i) >= list_size(l)) {
    return raise(ts, ts.vm->types.ValueError, "list.remove(x): x not in list");
  }
  if (!list_replace(ts, l, size_t(i), size_t(i) + 1, nullptr, 0)) return Value::error();
  return none(ts);
}

Value m_index(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return seq_index_method(ts, items_of(self), args, nargs, kw, nullptr);
}

Value m_count(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "list.count", nargs, kw, 1, 1)) return Value::error();
  return seq_count(ts, items_of(self), args[0]);
}

Value m_clear(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "list.clear", nargs, kw, 0, 0)) return Value::error();
  list_truncate(ts, self_list(self), 0);
  return none(ts);
}

Value m_copy(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "list.copy", nargs, kw, 0, 0)) return Value::error();
  List* l = self_list(self);
  size_t n = list_size(l);
  List* r = list_new(ts, n);
  if (!r) return Value::error();
  if (n > 0) list_copy_out(ts, l, list_array(r)->items, n);
  list_publish_size(r, n);
  return Value::from_obj(r);
}

Value m_reverse(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "list.reverse", nargs, kw, 0, 0)) return Value::error();
  List* l = self_list(self);
  ObjectGuard guard(ts, l);
  size_t n = list_size(l);
  ValueArray* a = list_array(l);
  for (size_t i = 0, j = n; j > i + 1; i++, j--) {
    Value x = slot_load(&a->items[i]);
    slot_store(&a->items[i], slot_load(&a->items[j - 1]));
    slot_store(&a->items[j - 1], x);
  }
  return none(ts);
}

Value m_sort(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* NAMES[] = {"key", "reverse"};
  Value a[2];
  if (!args_parse(ts, {"sort", NAMES, 2, 0, 0, 0}, args, nargs, kw, a)) return Value::error();
  intptr_t reverse = 0;
  if (!a[1].is_error() && !arg_ssize(ts, a[1], &reverse)) return Value::error();
  Value key = a[0] == ts.vm->none ? Value::error() : a[0];
  if (!list_sort(ts, self_list(self), key, reverse != 0)) return Value::error();
  return none(ts);
}

Value m_reversed(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "list.__reversed__", nargs, kw, 0, 0)) return Value::error();
  return list_iter_new(ts, self_list(self), true);
}

Value m_getitem(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "list.__getitem__", nargs, kw, 1, 1)) return Value::error();
  return list_getitem(ts, self, args[0]);
}

const MethodDef LIST_METHODS[] = {
    {"append", m_append, 0, "Append object to the end of the list."},
    {"extend", m_extend, 0, "Extend list by appending elements from the iterable."},
    {"insert", m_insert, 0, "Insert object before index."},
    {"pop", m_pop, 0, "Remove and return item at index (default last)."},
    {"remove", m_remove, 0, "Remove first occurrence of value."},
    {"index", m_index, 0, "Return first index of value."},
    {"count", m_count, 0, "Return number of occurrences of value."},
    {"clear", m_clear, 0, "Remove all items from list."},
    {"copy", m_copy, 0, "Return a shallow copy of the list."},
    {"reverse", m_reverse, 0, "Reverse *IN PLACE*."},
    {"sort", m_sort, 0, "Sort the list in ascending order and return None."},
    {"__reversed__", m_reversed, 0, "Return a reverse iterator over the list."},
    {"__getitem__", m_getitem, 0, "Return self[index]."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

void list_init_type(ThreadState& ts) {
  list_type_init(ts);
  static_cast<void>(type_add_methods(ts, ts.vm->types.list, LIST_METHODS));
}

}  // namespace weft
