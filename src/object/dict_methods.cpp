// The dict type: construction and update (from a dict, a mapping with keys(), or an iterable of
// pairs), subscripts with __missing__, comparison, repr with its recursion guard, `|` and `|=`,
// and the methods.
#include "object/args.hpp"
#include "object/dict_impl.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/list.hpp"
#include "object/protocol.hpp"
#include "object/repr_guard.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

Dict* self_dict(Value v) { return as_dict(v); }

// ---- update -----------------------------------------------------------------------------------

// Merging a mapping that is not a dict: for key in other.keys(): d[key] = other[key].
bool merge_mapping(ThreadState& ts, Dict* d, Value other, Value keys_method) {
  WEFT_TRY_BOOL(keys, call0(ts, keys_method));
  WEFT_TRY_BOOL(it, obj_iter(ts, keys));
  for (;;) {
    Value key = obj_next(ts, it);
    if (key.is_error()) return !ts.has_pending();
    WEFT_TRY_BOOL(value, obj_getitem(ts, other, key));
    if (!dict_set(ts, d, key, value)) return false;
  }
}

// One element of an iterable of pairs, as a sequence (PySequence_Fast with CPython's message).
Value pair_items(ThreadState& ts, Value item, size_t index) {
  Type* t = type_of(ts, item);
  if (t == ts.vm->types.tuple || t == ts.vm->types.list) return item;
  Value it = obj_iter(ts, item);
  if (it.is_error()) {
    if (!pending_matches(ts, ts.vm->types.TypeError)) return it;
    ts.pending = Value::error();
    return raise(ts, ts.vm->types.TypeError,
                 "cannot convert dictionary update sequence element #%zu to a sequence", index);
  }
  return list_from_iterable(ts, it);
}

// PyDict_MergeFromSeq2: every element must be a sequence of exactly two items.
bool merge_pairs(ThreadState& ts, Dict* d, Value iterable) {
  WEFT_TRY_BOOL(it, obj_iter(ts, iterable));
  for (size_t index = 0;; index++) {
    Value item = obj_next(ts, it);
    if (item.is_error()) return !ts.has_pending();
    WEFT_TRY_BOOL(seq, pair_items(ts, item, index));
    WEFT_TRY_BOOL(pair, is_tuple(ts, seq) ? seq : list_as_tuple(ts, as_list(seq)));
    Tuple* p = as_tuple(pair);
    if (p->size != 2) {
      raise(ts, ts.vm->types.ValueError,
            "dictionary update sequence element #%zu has length %zu; 2 is required", index,
            p->size);
      return false;
    }
    if (!dict_set(ts, d, p->items[0], p->items[1])) return false;
  }
}

// d.update(**kwargs) part: the keyword names and values of a vectorcall.
bool merge_keywords(ThreadState& ts, Dict* d, const Value* values, Tuple* kwnames) {
  for (size_t i = 0; kwnames && i < kwnames->size; i++) {
    if (!dict_set(ts, d, kwnames->items[i], values[i])) return false;
  }
  return true;
}

// dict(arg=(), **kwargs) and d.update(arg=(), **kwargs).
bool update_from_args(ThreadState& ts, Dict* d, const char* fname, const Value* args,
                      size_t nargs, Tuple* kwnames) {
  if (nargs > 1) {
    raise(ts, ts.vm->types.TypeError, "%s expected at most 1 argument, got %zu", fname, nargs);
    return false;
  }
  if (nargs == 1 && !dict_update(ts, d, args[0])) return false;
  return merge_keywords(ts, d, args + nargs, kwnames);
}

// ---- slots ------------------------------------------------------------------------------------

int dict_equal(ThreadState& ts, Dict* a, Dict* b) {
  if (a->used != b->used) return 0;
  size_t pos = 0;
  Value key, value;
  intptr_t hash;
  while (dict_next_hashed(a, &pos, &key, &value, &hash)) {
    Value other = dict_get_hashed(ts, b, key, hash);
    if (other.is_error()) return ts.has_pending() ? -1 : 0;
    int eq = obj_richcompare_bool(ts, value, other, CMP_EQ);
    if (eq <= 0) return eq;
  }
  return 1;
}

Value dict_richcompare(ThreadState& ts, Value a, Value b, int op) {
  if (!is_dict(ts, a) || !is_dict(ts, b) || (op != CMP_EQ && op != CMP_NE)) {
    return ts.vm->not_implemented;
  }
  int eq = dict_equal(ts, self_dict(a), self_dict(b));
  if (eq < 0) return Value::error();
  return boolean(ts, (eq != 0) == (op == CMP_EQ));
}

bool dict_len(ThreadState&, Value self, size_t* out) {
  *out = self_dict(self)->used;
  return true;
}

// d[key]; a subclass may define __missing__.
Value dict_subscript(ThreadState& ts, Value self, Value key) {
  Value v = dict_get(ts, self_dict(self), key);
  if (!v.is_error() || ts.has_pending()) return v;
  if (type_of(ts, self) != ts.vm->types.dict) {
    Value r = call_special(ts, self, ts.vm->names.__missing__, &key, 1);
    if (!r.is_error() || ts.has_pending()) return r;
  }
  return raise_with_arg(ts, ts.vm->types.KeyError, key);
}

bool dict_setitem(ThreadState& ts, Value self, Value key, Value value) {
  Dict* d = self_dict(self);
  if (!value.is_error()) return dict_set(ts, d, key, value);
  int r = dict_del(ts, d, key);
  if (r == 0) raise_with_arg(ts, ts.vm->types.KeyError, key);
  return r > 0;
}

int dict_contains(ThreadState& ts, Value self, Value key) {
  Value v = dict_get(ts, self_dict(self), key);
  return !v.is_error() ? 1 : ts.has_pending() ? -1 : 0;
}

Value dict_iter(ThreadState& ts, Value self) {
  return dict_iter_new(ts, self_dict(self), ts.vm->types.dict_keyiter, false);
}

Value dict_or(ThreadState& ts, Value a, Value b) {
  if (!is_dict(ts, a) || !is_dict(ts, b)) return ts.vm->not_implemented;
  Dict* r = dict_copy(ts, self_dict(a));
  if (!r || !dict_merge(ts, r, self_dict(b))) return Value::error();
  return Value::from_obj(r);
}

Value dict_inplace_or(ThreadState& ts, Value a, Value b) {
  if (!dict_update(ts, self_dict(a), b)) return Value::error();
  return a;
}

Value dict_new_slot(ThreadState& ts, Type* type, const Value*, size_t, Tuple*) {
  Dict* d = dict_new_of_type(ts, type);
  return d ? Value::from_obj(d) : Value::error();
}

bool dict_init_slot(ThreadState& ts, Value self, const Value* args, size_t nargs,
                    Tuple* kwnames) {
  return update_from_args(ts, self_dict(self), "dict", args, nargs, kwnames);
}

// ---- methods ----------------------------------------------------------------------------------

Value m_get(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "get", nargs, kw, 1, 2)) return Value::error();
  Value v = dict_get(ts, self_dict(self), args[0]);
  if (!v.is_error() || ts.has_pending()) return v;
  return nargs == 2 ? args[1] : ts.vm->none;
}

Value m_setdefault(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "setdefault", nargs, kw, 1, 2)) return Value::error();
  Dict* d = self_dict(self);
  intptr_t hash;
  if (!dict_key_hash(ts, args[0], &hash)) return Value::error();
  Value v = dict_get_hashed(ts, d, args[0], hash);
  if (!v.is_error() || ts.has_pending()) return v;
  Value dflt = nargs == 2 ? args[1] : ts.vm->none;
  if (!dict_set_hashed(ts, d, args[0], hash, dflt)) return Value::error();
  return dflt;
}

Value m_pop(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "pop", nargs, kw, 1, 2)) return Value::error();
  Value v = dict_pop(ts, self_dict(self), args[0]);
  if (!v.is_error() || ts.has_pending()) return v;
  if (nargs == 2) return args[1];
  return raise_with_arg(ts, ts.vm->types.KeyError, args[0]);
}

Value m_popitem(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "dict.popitem", nargs, kw, 0, 0)) return Value::error();
  // The result is allocated first, so that a MemoryError cannot lose the item.
  Tuple* pair = tuple_alloc(ts, 2);
  if (!pair) return Value::error();
  if (!dict_pop_last(ts, self_dict(self), &pair->items[0], &pair->items[1])) {
    return raise(ts, ts.vm->types.KeyError, "popitem(): dictionary is empty");
  }
  return Value::from_obj(pair);
}

Value m_update(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!update_from_args(ts, self_dict(self), "update", args, nargs, kw)) return Value::error();
  return ts.vm->none;
}

Value m_clear(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "dict.clear", nargs, kw, 0, 0)) return Value::error();
  dict_clear(ts, self_dict(self));
  return ts.vm->none;
}

Value m_copy(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "dict.copy", nargs, kw, 0, 0)) return Value::error();
  Dict* r = dict_copy(ts, self_dict(self));
  return r ? Value::from_obj(r) : Value::error();
}

// dict.fromkeys(iterable, value=None): a subclass is instantiated and filled through __setitem__.
Value m_fromkeys(ThreadState& ts, Value cls, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "fromkeys", nargs, kw, 1, 2)) return Value::error();
  Value value = nargs == 2 ? args[1] : ts.vm->none;
  bool exact = cls == Value::from_obj(ts.vm->types.dict);
  WEFT_TRY(d, exact ? Value::from_obj(dict_new(ts)) : call0(ts, cls));
  if (d.is_error()) return d;
  bool plain = type_of(ts, d) == ts.vm->types.dict;
  WEFT_TRY(it, obj_iter(ts, args[0]));
  for (;;) {
    Value key = obj_next(ts, it);
    if (key.is_error()) return ts.has_pending() ? key : d;
    if (!(plain ? dict_set(ts, as_dict(d), key, value) : obj_setitem(ts, d, key, value))) {
      return Value::error();
    }
  }
}

Value make_view(ThreadState& ts, Value self, Type* type, size_t nargs, Tuple* kw,
                const char* fname) {
  if (!args_check(ts, fname, nargs, kw, 0, 0)) return Value::error();
  auto v = gc_new<DictView>(ts, type);
  if (!v) return Value::error();
  v->dict = self_dict(self);
  return Value::from_obj(v);
}

Value m_keys(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  return make_view(ts, self, ts.vm->types.dict_keys_view, nargs, kw, "dict.keys");
}
Value m_values(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  return make_view(ts, self, ts.vm->types.dict_values_view, nargs, kw, "dict.values");
}
Value m_items(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  return make_view(ts, self, ts.vm->types.dict_items_view, nargs, kw, "dict.items");
}

Value m_contains(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "dict.__contains__", nargs, kw, 1, 1)) return Value::error();
  int r = dict_contains(ts, self, args[0]);
  return r < 0 ? Value::error() : boolean(ts, r != 0);
}

Value m_getitem(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "dict.__getitem__", nargs, kw, 1, 1)) return Value::error();
  return dict_subscript(ts, self, args[0]);
}

Value m_setitem(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "__setitem__", nargs, kw, 2, 2)) return Value::error();
  return dict_set(ts, self_dict(self), args[0], args[1]) ? ts.vm->none : Value::error();
}

Value m_delitem(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "dict.__delitem__", nargs, kw, 1, 1)) return Value::error();
  return dict_setitem(ts, self, args[0], Value::error()) ? ts.vm->none : Value::error();
}

Value m_len(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "dict.__len__", nargs, kw, 0, 0)) return Value::error();
  return Value::from_int(intptr_t(self_dict(self)->used));
}

Value m_iter(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "dict.__iter__", nargs, kw, 0, 0)) return Value::error();
  return dict_iter(ts, self);
}

Value m_reversed(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "dict.__reversed__", nargs, kw, 0, 0)) return Value::error();
  return dict_iter_new(ts, self_dict(self), ts.vm->types.dict_keyiter, true);
}

const MethodDef DICT_METHODS[] = {
    {"keys", m_keys, 0, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", m_values, 0, "D.values() -> an object providing a view on D's values"},
    {"items", m_items, 0, "D.items() -> a set-like object providing a view on D's items"},
    {"get", m_get, 0, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", m_setdefault, 0, "Insert key with a value of default if key is not in the dictionary."},
    {"pop", m_pop, 0, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
    {"popitem", m_popitem, 0, "Remove and return a (key, value) pair as a 2-tuple."},
    {"update", m_update, 0, "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"clear", m_clear, 0, "D.clear() -> None.  Remove all items from D."},
    {"copy", m_copy, 0, "D.copy() -> a shallow copy of D"},
    {"fromkeys", m_fromkeys, METH_CLASS, "Create a new dictionary with keys from iterable and values set to value."},
    {"__contains__", m_contains, 0, "True if the dictionary has the specified key, else False."},
    {"__getitem__", m_getitem, 0, "x.__getitem__(y) <==> x[y]"},
    {"__setitem__", m_setitem, 0, "Set self[key] to value."},
    {"__delitem__", m_delitem, 0, "Delete self[key]."},
    {"__len__", m_len, 0, "Return len(self)."},
    {"__iter__", m_iter, 0, "Implement iter(self)."},
    {"__reversed__", m_reversed, 0, "Return a reverse iterator over the dict keys."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

bool dict_update(ThreadState& ts, Dict* d, Value other) {
  if (type_of(ts, other) == ts.vm->types.dict) return dict_merge(ts, d, as_dict(other));
  Value keys = obj_getattr_opt(ts, other, ts.vm->names.keys);
  if (!keys.is_error()) return merge_mapping(ts, d, other, keys);
  if (ts.has_pending()) return false;
  return merge_pairs(ts, d, other);
}

Value dict_repr(ThreadState& ts, Value self) {
  ReprGuard guard(ts, self);
  if (guard.recursive()) return str_from_cstr(ts, "{...}");
  StrBuf out(ts);
  out.append_char('{');
  size_t pos = 0;
  Value key, value;
  for (bool first = true; dict_next(self_dict(self), &pos, &key, &value); first = false) {
    if (!first) out.append(", ", 2);
    if (!out.append_value_repr(key)) return Value::error();
    out.append(": ", 2);
    if (!out.append_value_repr(value)) return Value::error();
  }
  out.append_char('}');
  return out.finish();
}

void dict_init_type(ThreadState& ts) {
  Types& types = ts.vm->types;
  Type* t = types.dict;
  t->basic_size = sizeof(Dict);
  t->trace = dict_trace;
  t->repr = dict_repr;
  t->richcompare = dict_richcompare;
  t->iter = dict_iter;
  t->new_ = dict_new_slot;
  t->init = dict_init_slot;
  t->binary[BIN_OR] = dict_or;
  t->inplace[BIN_OR] = dict_inplace_or;
  t->len = dict_len;
  t->getitem = dict_subscript;
  t->setitem = dict_setitem;
  t->contains = dict_contains;

  Type* keys = types.dict_keys;
  keys->basic_size = sizeof(DictKeys);
  keys->trace = dict_keys_trace;

  dict_views_init(ts);
  if (ts.has_pending()) return;
  static_cast<void>(type_add_methods(ts, t, DICT_METHODS));
}

}  // namespace weft
