// dict's views (d.keys(), d.values(), d.items()) and its iterators. Keys and items views are
// set-like: they compare with sets and other set-like views and support & | ^ - (always giving a
// new set), as CPython's dictobject.c does.
#include <utility>

#include "object/args.hpp"
#include "object/dict_impl.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/iterators.hpp"
#include "object/list.hpp"
#include "object/protocol.hpp"
#include "object/repr_guard.hpp"
#include "object/set.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

// A method's argument check, with CPython's message naming the type:
// "dict_keys.isdisjoint() takes exactly one argument (2 given)".
bool method_args(ThreadState& ts, Value self, const char* method, size_t nargs, Tuple* kw,
                 int count) {
  if (nargs == size_t(count) && (!kw || kw->size == 0)) return true;
  char fname[64];
  size_t n = 0;
  for (const char* part : {type_cname(type_of(ts, self)), ".", method}) {
    while (*part && n + 1 < sizeof fname) fname[n++] = *part++;
  }
  fname[n] = '\0';
  return args_check(ts, fname, nargs, kw, count, count);
}

// ---- iterators --------------------------------------------------------------------------------

// CPython's dictiterobject. The reverse iterators share the forward types (CPython has separate
// dict_reverse*iterator types; only type(it).__name__ tells them apart).
struct DictIter : Object {
  Dict* dict;    // nullptr once exhausted: it stays exhausted even if the dict grows
  size_t used;   // d->used when created; SIZE_MAX after a size change, so the error repeats
  size_t pos;    // forward: the next entry to look at; reverse: one past it
  size_t len;    // items still to come if the dict does not change
  bool reverse;
};

constexpr size_t USED_STICKY = SIZE_MAX;

DictIter* self_iter(Value v) { return static_cast<DictIter*>(v.as_obj()); }

// Moves to the next live entry. False at the end (nothing pending) or on error (pending).
bool iter_advance(ThreadState& ts, DictIter* it, Value* key, Value* value) {
  Dict* d = it->dict;
  if (!d) return false;
  if (it->used != d->used) {
    it->used = USED_STICKY;
    raise(ts, ts.vm->types.RuntimeError, "dictionary changed size during iteration");
    return false;
  }
  bool found = it->reverse ? dict_prev(d, &it->pos, key, value)
                           : dict_next(d, &it->pos, key, value);
  // Same size but more entries than were there: keys were deleted and others added. CPython
  // checks this on forward iteration only.
  if (found && !it->reverse && it->len == 0) {
    raise(ts, ts.vm->types.RuntimeError, "dictionary keys changed during iteration");
    found = false;
  }
  if (!found) {
    it->dict = nullptr;
    return false;
  }
  // A resize compacts the table, so a reverse iterator may revisit entries: len saturates.
  if (it->len > 0) it->len--;
  return true;
}

Value keyiter_next(ThreadState& ts, Value self) {
  Value key, value;
  return iter_advance(ts, self_iter(self), &key, &value) ? key : Value::error();
}

Value valueiter_next(ThreadState& ts, Value self) {
  Value key, value;
  return iter_advance(ts, self_iter(self), &key, &value) ? value : Value::error();
}

// CPython reuses the result tuple when nobody else holds it; a fresh one is always correct.
Value itemiter_next(ThreadState& ts, Value self) {
  Value key, value;
  if (!iter_advance(ts, self_iter(self), &key, &value)) return Value::error();
  return tuple_pack(ts, key, value);
}

Value m_length_hint(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!method_args(ts, self, "__length_hint__", nargs, kw, 0)) return Value::error();
  DictIter* it = self_iter(self);
  bool valid = it->dict && it->used == it->dict->used;
  return Value::from_int(valid ? intptr_t(it->len) : 0);
}

void dict_iter_trace(Object* o, Tracer& t) { t.visit(static_cast<DictIter*>(o)->dict); }

const MethodDef ITER_METHODS[] = {
    {"__length_hint__", m_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- views: the container protocol ------------------------------------------------------------

DictView* self_view(Value v) { return static_cast<DictView*>(v.as_obj()); }
Dict* view_dict(Value v) { return self_view(v)->dict; }

// CPython's PyDictViewSet_Check: the set-like views (values views are not).
bool is_setlike_view(ThreadState& ts, Value v) {
  if (!v.is_obj()) return false;
  Type* t = v.as_obj()->type;
  return t == ts.vm->types.dict_keys_view || t == ts.vm->types.dict_items_view;
}

bool is_setlike(ThreadState& ts, Value v) { return is_anyset(ts, v) || is_setlike_view(ts, v); }

bool view_len(ThreadState&, Value self, size_t* out) {
  *out = view_dict(self)->used;
  return true;
}

Value keys_iter(ThreadState& ts, Value self) {
  return dict_iter_new(ts, view_dict(self), ts.vm->types.dict_keyiter, false);
}
Value values_iter(ThreadState& ts, Value self) {
  return dict_iter_new(ts, view_dict(self), ts.vm->types.dict_valueiter, false);
}
Value items_iter(ThreadState& ts, Value self) {
  return dict_iter_new(ts, view_dict(self), ts.vm->types.dict_itemiter, false);
}

int keys_contains(ThreadState& ts, Value self, Value key) {
  Value v = dict_get(ts, view_dict(self), key);
  return !v.is_error() ? 1 : ts.has_pending() ? -1 : 0;
}

// (k, v) in d.items(): anything but a 2-tuple is simply absent; an unhashable k raises.
int items_contains(ThreadState& ts, Value self, Value item) {
  if (!is_tuple(ts, item) || as_tuple(item)->size != 2) return 0;
  Tuple* pair = as_tuple(item);
  Value found = dict_get(ts, view_dict(self), pair->items[0]);
  if (found.is_error()) return ts.has_pending() ? -1 : 0;
  return obj_equal(ts, found, pair->items[1]);
}

// dict_keys([1, 2]): the repr of list(view); a view inside its own dict prints as "...".
Value view_repr(ThreadState& ts, Value self) {
  ReprGuard guard(ts, self);
  if (guard.recursive()) return str_from_cstr(ts, "...");
  WEFT_TRY(items, list_from_iterable(ts, self));
  StrBuf out(ts);
  out.append(type_cname(type_of(ts, self)));
  out.append_char('(');
  if (!out.append_value_repr(items)) return Value::error();
  out.append_char(')');
  return out.finish();
}

void view_trace(Object* o, Tracer& t) { t.visit(static_cast<DictView*>(o)->dict); }

Value view_reversed(ThreadState& ts, Value self, size_t nargs, Tuple* kw, Type* kind) {
  if (!method_args(ts, self, "__reversed__", nargs, kw, 0)) return Value::error();
  return dict_iter_new(ts, view_dict(self), kind, true);
}

Value m_keys_reversed(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  return view_reversed(ts, self, nargs, kw, ts.vm->types.dict_keyiter);
}
Value m_values_reversed(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  return view_reversed(ts, self, nargs, kw, ts.vm->types.dict_valueiter);
}
Value m_items_reversed(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  return view_reversed(ts, self, nargs, kw, ts.vm->types.dict_itemiter);
}

// ---- set-like views: comparison ---------------------------------------------------------------

// 1 when every item of `a` is in `b`, 0 if not, -1 on error.
int all_contained_in(ThreadState& ts, Value a, Value b) {
  Value it = obj_iter(ts, a);
  if (it.is_error()) return -1;
  for (;;) {
    Value x = obj_next(ts, it);
    if (x.is_error()) return ts.has_pending() ? -1 : 1;
    int r = obj_contains(ts, b, x);
    if (r <= 0) return r;
  }
}

// Set comparison by size and containment, against any set or set-like view. `a` is the view.
Value view_richcompare(ThreadState& ts, Value a, Value b, int op) {
  if (!is_setlike(ts, b)) return ts.vm->not_implemented;
  size_t na, nb;
  if (!obj_len(ts, a, &na) || !obj_len(ts, b, &nb)) return Value::error();
  int ok = 0;
  switch (op) {
    case CMP_EQ:
    case CMP_NE:
      if (na == nb) ok = all_contained_in(ts, a, b);
      if (op == CMP_NE && ok >= 0) ok = !ok;
      break;
    case CMP_LT: if (na < nb) ok = all_contained_in(ts, a, b); break;
    case CMP_LE: if (na <= nb) ok = all_contained_in(ts, a, b); break;
    case CMP_GT: if (na > nb) ok = all_contained_in(ts, b, a); break;
    case CMP_GE: if (na >= nb) ok = all_contained_in(ts, b, a); break;
    default: break;
  }
  if (ok < 0) return Value::error();
  return boolean(ts, ok != 0);
}

Value m_isdisjoint(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!method_args(ts, self, "isdisjoint", nargs, kw, 1)) return Value::error();
  Value other = args[0];
  size_t len_self = view_dict(self)->used;
  if (other == self) return boolean(ts, len_self == 0);
  // Iterate over the shorter operand, when asking the other one is cheap (a set or a view).
  if (is_setlike(ts, other)) {
    size_t len_other;
    if (!obj_len(ts, other, &len_other)) return Value::error();
    if (len_other > len_self) std::swap(self, other);
  }
  WEFT_TRY(it, obj_iter(ts, other));
  for (;;) {
    Value x = obj_next(ts, it);
    if (x.is_error()) return ts.has_pending() ? x : ts.vm->true_;
    int r = obj_contains(ts, self, x);
    if (r != 0) return r < 0 ? Value::error() : ts.vm->false_;
  }
}

// ---- set-like views: operators ----------------------------------------------------------------
// Either operand may be the view (the slot also serves the reflected operation), and the other
// may be any iterable: [1, 2] - d.keys() is a set, as in CPython.

// CPython's dictviews_to_set. A keys view of an exact dict hands set() the dict itself, whose
// fast path sizes the table as CPython's does, which decides the order the result prints in.
Value view_to_set(ThreadState& ts, Value v) {
  if (v.is_obj() && v.as_obj()->type == ts.vm->types.dict_keys_view) {
    Dict* d = view_dict(v);
    if (d->type == ts.vm->types.dict) v = Value::from_obj(d);
  }
  return set_from_iterable(ts, ts.vm->types.set, v);
}

// set(a).method(b), returning the set. The set methods are called, rather than reimplemented,
// so that the result's table (and so its printed order) is CPython's.
Value set_then_method(ThreadState& ts, Value a, Value b, const char* method) {
  WEFT_TRY(result, view_to_set(ts, a));
  Str* name = intern_cstr(ts, method);
  if (!name) return Value::error();
  WEFT_TRY(r, call_method(ts, result, name, &b, 1));
  return result;
}

Value views_sub(ThreadState& ts, Value a, Value b) {
  return set_then_method(ts, a, b, "difference_update");
}

Value views_or(ThreadState& ts, Value a, Value b) { return set_then_method(ts, a, b, "update"); }

// The entries of `d` as (key, value) tuples added to `result`.
bool add_items(ThreadState& ts, Set* result, Dict* d) {
  size_t pos = 0;
  Value key, value;
  while (dict_next(d, &pos, &key, &value)) {
    WEFT_TRY_BOOL(pair, tuple_pack(ts, key, value));
    if (!set_add(ts, result, pair)) return false;
  }
  return true;
}

// CPython's dictitems_xor: the items of d2 whose key is not in d1 with an equal value, then the
// items of d1 left over, without building the two item sets.
Value items_xor(ThreadState& ts, Dict* d1, Dict* d2) {
  Dict* rest = dict_copy(ts, d1);
  Set* result = rest ? set_new(ts, ts.vm->types.set) : nullptr;
  if (!result) return Value::error();
  size_t pos = 0;
  Value key, v2;
  intptr_t hash;
  while (dict_next_hashed(d2, &pos, &key, &v2, &hash)) {
    Value v1 = dict_get_hashed(ts, rest, key, hash);
    if (v1.is_error() && ts.has_pending()) return Value::error();
    int same = v1.is_error() ? 0 : obj_equal(ts, v1, v2);
    if (same < 0) return Value::error();
    if (same) {
      int removed = dict_del_hashed(ts, rest, key, hash);
      if (removed == 0) raise_with_arg(ts, ts.vm->types.KeyError, key);  // __eq__ removed it
      if (removed <= 0) return Value::error();
      continue;
    }
    WEFT_TRY(pair, tuple_pack(ts, key, v2));
    if (!set_add(ts, result, pair)) return Value::error();
  }
  if (!add_items(ts, result, rest)) return Value::error();
  return Value::from_obj(result);
}

Value views_xor(ThreadState& ts, Value a, Value b) {
  Type* items = ts.vm->types.dict_items_view;
  if (a.is_obj() && b.is_obj() && a.as_obj()->type == items && b.as_obj()->type == items) {
    return items_xor(ts, view_dict(a), view_dict(b));
  }
  return set_then_method(ts, a, b, "symmetric_difference_update");
}

// CPython's _PyDictView_Intersect: iterate over the smaller operand and look each item up in
// the other, or let set.intersection do it when the other operand is a set at least as large.
Value views_and(ThreadState& ts, Value a, Value b) {
  Value self = is_setlike_view(ts, a) ? a : b;
  Value other = self == a ? b : a;
  size_t len_self = view_dict(self)->used;
  if (type_of(ts, other) == ts.vm->types.set && len_self <= set_size(as_set(other))) {
    Str* name = intern_cstr(ts, "intersection");
    return name ? call_method(ts, other, name, &self, 1) : Value::error();
  }
  if (is_setlike_view(ts, other) && view_dict(other)->used > len_self) std::swap(self, other);
  bool keys = self_view(self)->type == ts.vm->types.dict_keys_view;
  Set* result = set_new(ts, ts.vm->types.set);
  if (!result) return Value::error();
  WEFT_TRY(it, obj_iter(ts, other));
  for (;;) {
    Value x = obj_next(ts, it);
    if (x.is_error()) return ts.has_pending() ? x : Value::from_obj(result);
    int r = keys ? keys_contains(ts, self, x) : items_contains(ts, self, x);
    if (r < 0 || (r > 0 && !set_add(ts, result, x))) return Value::error();
  }
}

constexpr const char* ISDISJOINT_DOC =
    "Return True if the view and the given iterable have a null intersection.";

const MethodDef KEYS_METHODS[] = {
    {"isdisjoint", m_isdisjoint, 0, ISDISJOINT_DOC},
    {"__reversed__", m_keys_reversed, 0, "Return a reverse iterator over the dict keys."},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef VALUES_METHODS[] = {
    {"__reversed__", m_values_reversed, 0, "Return a reverse iterator over the dict values."},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef ITEMS_METHODS[] = {
    {"isdisjoint", m_isdisjoint, 0, ISDISJOINT_DOC},
    {"__reversed__", m_items_reversed, 0, "Return a reverse iterator over the dict items."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- type setup -------------------------------------------------------------------------------

bool init_iter_type(ThreadState& ts, Type* t, UnaryFn next) {
  t->basic_size = sizeof(DictIter);
  t->trace = dict_iter_trace;
  t->iter = iter_self;
  t->iternext = next;
  return type_add_methods(ts, t, ITER_METHODS);
}

// The values view leaves contains to the generic linear scan, and richcompare and hash to
// object's (identity), as CPython does.
bool init_view_type(ThreadState& ts, Type* t, UnaryFn iter, ContainsFn contains,
                    const MethodDef* methods) {
  t->basic_size = sizeof(DictView);
  t->trace = view_trace;
  t->repr = view_repr;
  t->iter = iter;
  t->len = view_len;
  t->contains = contains;
  return type_add_methods(ts, t, methods);
}

// Keys and items views define == without a hash, so they stay unhashable ("unhashable type:
// 'dict_keys'"), as in CPython.
void make_setlike(Type* t) {
  t->richcompare = view_richcompare;
  t->binary[BIN_SUB] = views_sub;
  t->binary[BIN_AND] = views_and;
  t->binary[BIN_OR] = views_or;
  t->binary[BIN_XOR] = views_xor;
}

}  // namespace

Value dict_iter_new(ThreadState& ts, Dict* d, Type* kind, bool reverse) {
  auto it = gc_new<DictIter>(ts, kind);
  if (!it) return Value::error();
  it->dict = d;
  it->used = d->used;
  it->len = d->used;
  it->reverse = reverse;
  it->pos = reverse ? dict_end(d) : 0;
  return Value::from_obj(it);
}

// Runs while the VM's names are not yet interned (dict is set up first): it must not use
// vm.names. The `mapping` attribute of views is missing: weft has no mappingproxy type yet.
void dict_views_init(ThreadState& ts) {
  Types& types = ts.vm->types;
  make_setlike(types.dict_keys_view);
  make_setlike(types.dict_items_view);
  static_cast<void>(init_iter_type(ts, types.dict_keyiter, keyiter_next) &&
                    init_iter_type(ts, types.dict_valueiter, valueiter_next) &&
                    init_iter_type(ts, types.dict_itemiter, itemiter_next) &&
                    init_view_type(ts, types.dict_keys_view, keys_iter, keys_contains,
                                   KEYS_METHODS) &&
                    init_view_type(ts, types.dict_values_view, values_iter, nullptr,
                                   VALUES_METHODS) &&
                    init_view_type(ts, types.dict_items_view, items_iter, items_contains,
                                   ITEMS_METHODS));
}

}  // namespace weft
