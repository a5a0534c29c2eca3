// set and frozenset as Python sees them: construction, operators, comparison, hash, repr, the
// methods, and the set iterator. The algorithms (which operand is iterated, when a copy is made)
// follow CPython's setobject.c, because they decide the order in which a result prints.
#include <cstring>

#include "object/args.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/guard.hpp"
#include "object/function.hpp"
#include "object/iterators.hpp"
#include "object/protocol.hpp"
#include "object/repr_guard.hpp"
#include "object/set_impl.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

Set* self_set(Value v) { return as_set(v); }
Value set_value(Set* s) { return s ? Value::from_obj(s) : Value::error(); }

Value bool_result(ThreadState& ts, int r) { return r < 0 ? Value::error() : boolean(ts, r != 0); }

// ---- slots ------------------------------------------------------------------------------------

Value set_richcompare(ThreadState& ts, Value a, Value b, int op) {
  if (!is_anyset(ts, b)) return ts.vm->not_implemented;
  Set* s = self_set(a);
  Set* o = as_set(b);
  switch (op) {
    case CMP_EQ:
      if (s->used != o->used) return ts.vm->false_;
      return bool_result(ts, set_is_subset(ts, s, b));
    case CMP_NE:
      if (s->used != o->used) return ts.vm->true_;
      {
        int r = set_is_subset(ts, s, b);
        return r < 0 ? Value::error() : boolean(ts, r == 0);
      }
    case CMP_LE: return bool_result(ts, set_is_subset(ts, s, b));
    case CMP_GE: return bool_result(ts, set_is_superset(ts, s, b));
    case CMP_LT:
      if (s->used >= o->used) return ts.vm->false_;
      return bool_result(ts, set_is_subset(ts, s, b));
    default:
      if (s->used <= o->used) return ts.vm->false_;
      return bool_result(ts, set_is_superset(ts, s, b));
  }
}

// CPython's frozenset_hash: order-independent (xor of shuffled entry hashes), then dispersed.
uintptr_t shuffle_bits(uintptr_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

bool frozenset_hash(ThreadState&, Value self, intptr_t* out) {
  Set* s = self_set(self);
  if (s->flags & OBJ_HASHED) {
    *out = s->hash;
    return true;
  }
  uintptr_t h = 0;
  size_t pos = 0;
  Value key;
  intptr_t entry_hash;
  while (set_next_hashed(s, &pos, &key, &entry_hash)) h ^= shuffle_bits(uintptr_t(entry_hash));
  h ^= (uintptr_t(s->used) + 1) * 1927868237UL;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069U + 907133923UL;
  if (h == uintptr_t(-1)) h = 590923713UL;
  s->hash = intptr_t(h);
  s->flags |= OBJ_HASHED;
  *out = intptr_t(h);
  return true;
}

Value set_repr(ThreadState& ts, Value self) {
  Set* s = self_set(self);
  const char* name = type_name(ts, self);
  bool plain = s->type == ts.vm->types.set;
  if (s->used == 0) return str_format_c(ts, "%s()", name);
  ReprGuard guard(ts, self);
  if (guard.recursive()) return str_format_c(ts, "%s(...)", name);
  StrBuf out(ts);
  if (!plain) {
    out.append(name);
    out.append_char('(');
  }
  out.append_char('{');
  size_t pos = 0;
  Value key;
  for (bool first = true; set_next(s, &pos, &key); first = false) {
    if (!first) out.append(", ", 2);
    if (!out.append_value_repr(key)) return Value::error();
  }
  out.append_char('}');
  if (!plain) out.append_char(')');
  return out.finish();
}

bool set_len(ThreadState&, Value self, size_t* out) {
  *out = self_set(self)->used;
  return true;
}

int set_contains_slot(ThreadState& ts, Value self, Value key) {
  return set_contains_key(ts, self_set(self), key);
}

// Binary operators take sets on both sides; anything else is NotImplemented.
template <Set* (*Op)(ThreadState&, Set*, Value)>
Value set_binary(ThreadState& ts, Value a, Value b) {
  if (!is_anyset(ts, a) || !is_anyset(ts, b)) return ts.vm->not_implemented;
  return set_value(Op(ts, self_set(a), b));
}

Set* union_one(ThreadState& ts, Set* s, Value other) {
  Set* result = set_copy(ts, s);
  if (!result || (other != Value::from_obj(s) && !set_update_internal(ts, result, other))) {
    return nullptr;
  }
  return result;
}

Set* intersection_update_one(ThreadState& ts, Set* s, Value other) {
  Set* tmp = set_intersection(ts, s, other);
  if (!tmp) return nullptr;
  set_swap_bodies(s, tmp);
  return s;
}

template <bool (*Op)(ThreadState&, Set*, Value)>
Set* as_set_op(ThreadState& ts, Set* s, Value other) {
  return Op(ts, s, other) ? s : nullptr;
}

template <Set* (*Op)(ThreadState&, Set*, Value)>
Value set_inplace(ThreadState& ts, Value a, Value b) {
  if (!is_anyset(ts, b)) return ts.vm->not_implemented;
  return Op(ts, self_set(a), b) ? a : Value::error();
}

Value set_iter(ThreadState& ts, Value self);

// set(iterable) / frozenset(iterable): __new__ makes the object, set.__init__ fills it;
// frozenset is filled in __new__, and frozenset(f) of an exact frozenset returns f itself.
Value set_new_slot(ThreadState& ts, Type* type, const Value*, size_t, Tuple*) {
  return set_value(set_new(ts, type));
}

bool set_init_slot(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "set", nargs, kw, 0, 1)) return false;
  Set* s = self_set(self);
  if (s->used) set_clear_internal(s);
  return nargs == 0 || set_update_internal(ts, s, args[0]);
}

Value frozenset_new_slot(ThreadState& ts, Type* type, const Value* args, size_t nargs,
                         Tuple* kw) {
  if (type == ts.vm->types.frozenset && !args_check(ts, "frozenset", nargs, kw, 0, 1)) {
    return Value::error();
  }
  if (nargs == 1 && type == ts.vm->types.frozenset &&
      type_of(ts, args[0]) == ts.vm->types.frozenset) {
    return args[0];
  }
  if (nargs == 0) return set_value(set_new(ts, type));
  return set_from_iterable(ts, type, args[0]);
}

// ---- methods ----------------------------------------------------------------------------------

// Methods that take any number of iterables: s.union(a, b), s.update(a, b), ...
using FoldFn = Set* (*)(ThreadState&, Set* acc, Value other);

Value fold_args(ThreadState& ts, Set* start, const Value* args, size_t nargs, FoldFn op) {
  Set* acc = start;
  for (size_t i = 0; i < nargs; i++) {
    acc = op(ts, acc, args[i]);
    if (!acc) return Value::error();
  }
  return Value::from_obj(acc);
}

// "set.add" or "frozenset.union": the owner's name, whatever the subclass, as CPython's
// messages print it.
struct MethodName {
  char text[48];
  MethodName(Value self, const char* name) {
    const char* owner = set_is_frozen(self_set(self)) ? "frozenset." : "set.";
    size_t n = strlen(owner);
    memcpy(text, owner, n);
    size_t m = std::min(strlen(name), sizeof text - n - 1);
    memcpy(text + n, name, m);
    text[n + m] = 0;
  }
};

bool no_kwargs(ThreadState& ts, Value self, const char* name, Tuple* kw) {
  if (!kw || kw->size == 0) return true;
  return args_no_kwargs(ts, MethodName(self, name).text, kw);
}

Value m_union(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(ts, self, "union", kw)) return Value::error();
  Set* result = set_copy(ts, self_set(self));
  if (!result) return Value::error();
  for (size_t i = 0; i < nargs; i++) {
    if (args[i] != self && !set_update_internal(ts, result, args[i])) return Value::error();
  }
  return Value::from_obj(result);
}

// s.intersection(*args), also behind intersection_update.
Value intersection_of(ThreadState& ts, Value self, const Value* args, size_t nargs) {
  if (nargs == 0) return set_value(set_copy(ts, self_set(self)));
  return fold_args(ts, self_set(self), args, nargs, set_intersection);
}

Value m_intersection(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(ts, self, "intersection", kw)) return Value::error();
  return intersection_of(ts, self, args, nargs);
}

Value m_difference(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(ts, self, "difference", kw)) return Value::error();
  if (nargs == 0) return set_value(set_copy(ts, self_set(self)));
  Set* result = set_difference(ts, self_set(self), args[0]);
  if (!result) return Value::error();
  return fold_args(ts, result, args + 1, nargs - 1, as_set_op<set_difference_update>);
}

Value m_update(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(ts, self, "update", kw)) return Value::error();
  WEFT_TRY(r, fold_args(ts, self_set(self), args, nargs, as_set_op<set_update_internal>));
  return ts.vm->none;
}

Value m_intersection_update(ThreadState& ts, Value self, const Value* args, size_t nargs,
                            Tuple* kw) {
  if (!no_kwargs(ts, self, "intersection_update", kw)) return Value::error();
  WEFT_TRY(r, intersection_of(ts, self, args, nargs));
  set_swap_bodies(self_set(self), as_set(r));
  return ts.vm->none;
}

Value m_difference_update(ThreadState& ts, Value self, const Value* args, size_t nargs,
                          Tuple* kw) {
  if (!no_kwargs(ts, self, "difference_update", kw)) return Value::error();
  WEFT_TRY(r, fold_args(ts, self_set(self), args, nargs, as_set_op<set_difference_update>));
  return ts.vm->none;
}

// The one-argument methods share their checks; `name` is "set.add" etc. for the messages.
bool one_arg(ThreadState& ts, Value self, const char* name, size_t nargs, Tuple* kw) {
  return args_check(ts, MethodName(self, name).text, nargs, kw, 1, 1);
}

Value m_symmetric_difference(ThreadState& ts, Value self, const Value* args, size_t nargs,
                             Tuple* kw) {
  if (!one_arg(ts, self, "symmetric_difference", nargs, kw)) return Value::error();
  return set_value(set_symmetric_difference(ts, self_set(self), args[0]));
}

Value m_symmetric_difference_update(ThreadState& ts, Value self, const Value* args, size_t nargs,
                                    Tuple* kw) {
  if (!one_arg(ts, self, "symmetric_difference_update", nargs, kw)) return Value::error();
  if (!set_symmetric_difference_update(ts, self_set(self), args[0])) return Value::error();
  return ts.vm->none;
}

Value m_isdisjoint(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!one_arg(ts, self, "isdisjoint", nargs, kw)) return Value::error();
  return bool_result(ts, set_is_disjoint(ts, self_set(self), args[0]));
}

Value m_issubset(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!one_arg(ts, self, "issubset", nargs, kw)) return Value::error();
  return bool_result(ts, set_is_subset(ts, self_set(self), args[0]));
}

Value m_issuperset(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!one_arg(ts, self, "issuperset", nargs, kw)) return Value::error();
  return bool_result(ts, set_is_superset(ts, self_set(self), args[0]));
}

Value m_add(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!one_arg(ts, self, "add", nargs, kw)) return Value::error();
  return set_add(ts, self_set(self), args[0]) ? ts.vm->none : Value::error();
}

Value m_discard(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!one_arg(ts, self, "discard", nargs, kw)) return Value::error();
  int r = set_discard_key(ts, self_set(self), args[0]);
  return r < 0 ? Value::error() : ts.vm->none;
}

Value m_remove(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!one_arg(ts, self, "remove", nargs, kw)) return Value::error();
  int r = set_discard_key(ts, self_set(self), args[0]);
  if (r == 0) return raise_with_arg(ts, ts.vm->types.KeyError, args[0]);
  return r < 0 ? Value::error() : ts.vm->none;
}

Value m_contains(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!one_arg(ts, self, "__contains__", nargs, kw)) return Value::error();
  return bool_result(ts, set_contains_key(ts, self_set(self), args[0]));
}

bool no_args(ThreadState& ts, Value self, const char* name, size_t nargs, Tuple* kw) {
  return args_check(ts, MethodName(self, name).text, nargs, kw, 0, 0);
}

Value m_pop(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!no_args(ts, self, "pop", nargs, kw)) return Value::error();
  Value key;
  {
    ObjectGuard guard(ts, self_set(self));
    key = set_pop_item(self_set(self));
  }
  if (key.is_error()) return raise(ts, ts.vm->types.KeyError, "pop from an empty set");
  return key;
}

Value m_clear(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!no_args(ts, self, "clear", nargs, kw)) return Value::error();
  ObjectGuard guard(ts, self_set(self));
  set_clear_internal(self_set(self));
  return ts.vm->none;
}

Value m_copy(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!no_args(ts, self, "copy", nargs, kw)) return Value::error();
  Set* s = self_set(self);
  if (s->type == ts.vm->types.frozenset) return self;
  return set_value(set_copy(ts, s));
}

Value m_len(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!no_args(ts, self, "__len__", nargs, kw)) return Value::error();
  return Value::from_int(intptr_t(self_set(self)->used));
}

Value m_iter(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!no_args(ts, self, "__iter__", nargs, kw)) return Value::error();
  return set_iter(ts, self);
}

#define SET_COMMON_METHODS                                                                   \
  {"copy", m_copy, 0, "Return a shallow copy of a set."},                                    \
  {"difference", m_difference, 0, "Return the difference of two or more sets as a new set."}, \
  {"intersection", m_intersection, 0, "Return the intersection of two sets as a new set."},  \
  {"isdisjoint", m_isdisjoint, 0, "Return True if two sets have a null intersection."},      \
  {"issubset", m_issubset, 0, "Report whether another set contains this set."},              \
  {"issuperset", m_issuperset, 0, "Report whether this set contains another set."},          \
  {"symmetric_difference", m_symmetric_difference, 0,                                        \
   "Return the symmetric difference of two sets as a new set."},                             \
  {"union", m_union, 0, "Return the union of sets as a new set."},                           \
  {"__contains__", m_contains, 0, "x.__contains__(y) <==> y in x."},                         \
  {"__len__", m_len, 0, "Return len(self)."},                                                \
  {"__iter__", m_iter, 0, "Implement iter(self)."}

const MethodDef SET_METHODS[] = {
    SET_COMMON_METHODS,
    {"add", m_add, 0, "Add an element to a set."},
    {"clear", m_clear, 0, "Remove all elements from this set."},
    {"discard", m_discard, 0, "Remove an element from a set if it is a member."},
    {"difference_update", m_difference_update, 0, "Remove all elements of another set from this set."},
    {"intersection_update", m_intersection_update, 0, "Update a set with the intersection of itself and another."},
    {"pop", m_pop, 0, "Remove and return an arbitrary set element."},
    {"remove", m_remove, 0, "Remove an element from a set; it must be a member."},
    {"symmetric_difference_update", m_symmetric_difference_update, 0, "Update a set with the symmetric difference of itself and another."},
    {"update", m_update, 0, "Update a set with the union of itself and others."},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef FROZENSET_METHODS[] = {
    SET_COMMON_METHODS,
    {nullptr, nullptr, 0, nullptr},
};

#undef SET_COMMON_METHODS

// ---- iterator ---------------------------------------------------------------------------------

// Walks the table in slot order. A change of size since the start raises once and then every
// time after (CPython makes the state sticky the same way).
struct SetIter : Object {
  Set* set;      // nullptr once exhausted
  size_t used;   // the set's size at the start; SIZE_MAX after a size change was reported
  size_t pos;
  size_t left;   // __length_hint__
};

Value set_iter(ThreadState& ts, Value self) {
  auto it = gc_new<SetIter>(ts, ts.vm->types.set_iter);
  if (!it) return Value::error();
  it->set = self_set(self);
  it->used = it->left = it->set->used;
  return Value::from_obj(it);
}

Value set_iter_next(ThreadState& ts, Value self) {
  auto it = static_cast<SetIter*>(self.as_obj());
  Set* s = it->set;
  if (!s) return Value::error();
  if (it->used != s->used) {
    it->used = SIZE_MAX;
    return raise(ts, ts.vm->types.RuntimeError, "Set changed size during iteration");
  }
  Value key;
  if (!set_next(s, &it->pos, &key)) {
    it->set = nullptr;
    return Value::error();
  }
  if (it->left) it->left--;
  return key;
}

Value set_iter_length_hint(ThreadState&, Value self, const Value*, size_t, Tuple*) {
  auto it = static_cast<SetIter*>(self.as_obj());
  return Value::from_int(it->set ? intptr_t(it->left) : 0);
}

const MethodDef SET_ITER_METHODS[] = {
    {"__length_hint__", set_iter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

void set_iter_trace(Object* o, Tracer& t) { t.visit(static_cast<SetIter*>(o)->set); }

void init_common(Type* t) {
  t->basic_size = sizeof(Set);
  t->trace = set_trace;
  t->repr = set_repr;
  t->richcompare = set_richcompare;
  t->iter = set_iter;
  t->len = set_len;
  t->contains = set_contains_slot;
  t->binary[BIN_OR] = set_binary<union_one>;
  t->binary[BIN_AND] = set_binary<set_intersection>;
  t->binary[BIN_SUB] = set_binary<set_difference>;
  t->binary[BIN_XOR] = set_binary<set_symmetric_difference>;
}

}  // namespace

void set_init_types(ThreadState& ts) {
  Types& types = ts.vm->types;
  Type* s = types.set;
  init_common(s);
  s->new_ = set_new_slot;
  s->init = set_init_slot;
  s->inplace[BIN_OR] = set_inplace<as_set_op<set_update_internal>>;
  s->inplace[BIN_AND] = set_inplace<intersection_update_one>;
  s->inplace[BIN_SUB] = set_inplace<as_set_op<set_difference_update>>;
  s->inplace[BIN_XOR] = set_inplace<as_set_op<set_symmetric_difference_update>>;

  Type* f = types.frozenset;
  init_common(f);
  f->new_ = frozenset_new_slot;
  f->hash = frozenset_hash;

  Type* table = types.set_table;
  table->basic_size = sizeof(SetTable);
  table->trace = set_table_trace;

  Type* it = types.set_iter;
  it->basic_size = sizeof(SetIter);
  it->trace = set_iter_trace;
  it->iter = iter_self;
  it->iternext = set_iter_next;

  if (!type_add_methods(ts, s, SET_METHODS) || !type_add_methods(ts, f, FROZENSET_METHODS)) return;
  static_cast<void>(type_add_methods(ts, it, SET_ITER_METHODS));
}

}  // namespace weft
