// The deque type's slots (construction, len, indexing, `in`, comparison, repr, + and *), its
// two iterators (which raise "deque mutated during iteration" as CPython's do), and the
// _collections module that holds them.
#include "modules/deque.hpp"
#include "modules/module_defs.hpp"
#include "modules/native_type.hpp"
#include "object/args.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/int.hpp"
#include "object/module.hpp"
#include "object/protocol.hpp"
#include "object/repr_guard.hpp"
#include "object/sequence.hpp"
#include "object/slot_defs.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

// ---- construction ----------------------------------------------------------------------------------

Value deque_new(ThreadState& ts, Type* type, const Value*, size_t, Tuple*) {
  Deque* d = deque_alloc(ts, type, -1);
  return d ? Value::from_obj(d) : Value::error();
}

// deque([iterable[, maxlen]]): also re-initialises an existing deque, as CPython's __init__.
bool deque_init(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* NAMES[] = {"iterable", "maxlen"};
  Value a[2];
  if (!args_parse(ts, {"deque", NAMES, 2, 0, 2, 0}, args, nargs, kw, a)) return false;
  intptr_t maxlen = -1;
  if (!a[1].is_error() && a[1] != ts.vm->none) {
    if (!is_int_like(ts, a[1])) {
      raise(ts, ts.vm->types.TypeError, "an integer is required");
      return false;
    }
    if (!int_to_ssize(ts, a[1], &maxlen)) return false;
    if (maxlen < 0) {
      raise(ts, ts.vm->types.ValueError, "maxlen must be non-negative");
      return false;
    }
  }
  Deque* d = as_deque(self);
  d->maxlen = maxlen;
  deque_clear(ts, d);
  return a[0].is_error() || deque_extend(ts, d, a[0], false);
}

void deque_trace(Object* o, Tracer& t) { t.visit(static_cast<Deque*>(o)->buf); }

// ---- sequence slots ----------------------------------------------------------------------------------

bool deque_len(ThreadState& ts, Value self, size_t* out) {
  *out = deque_size(ts, as_deque(self));
  return true;
}

// The item index of a subscript: an __index__ value, made non-negative; false with IndexError
// "deque index out of range" outside [0, size).
bool item_index(ThreadState& ts, Deque* d, Value key, size_t* out) {
  WEFT_TRY_BOOL(i, obj_index(ts, key));
  intptr_t x;
  if (!int_to_ssize(ts, i, &x)) {
    take_pending(ts);
    raise(ts, ts.vm->types.IndexError, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  size_t n = deque_size(ts, d);
  if (x < 0) x += intptr_t(n);
  if (x < 0 || size_t(x) >= n) {
    raise(ts, ts.vm->types.IndexError, "deque index out of range");
    return false;
  }
  *out = size_t(x);
  return true;
}

Value deque_getitem(ThreadState& ts, Value self, Value key) {
  Deque* d = as_deque(self);
  size_t i;
  if (!item_index(ts, d, key, &i)) return Value::error();
  Value v = deque_at(ts, d, i);
  return v.is_error() ? raise(ts, ts.vm->types.IndexError, "deque index out of range") : v;
}

// d[i] = v replaces in place (not a structural change); del d[i] removes the item.
bool deque_setitem(ThreadState& ts, Value self, Value key, Value value) {
  Deque* d = as_deque(self);
  size_t i;
  if (!item_index(ts, d, key, &i)) return false;
  bool done = value.is_error() ? deque_del_at(ts, d, i) : deque_set_at(ts, d, i, value);
  if (!done) raise(ts, ts.vm->types.IndexError, "deque index out of range");
  return done;
}

int deque_contains(ThreadState& ts, Value self, Value x) {
  Deque* d = as_deque(self);
  uint64_t state = d->state;
  size_t n = deque_size(ts, d);
  for (size_t i = 0; i < n; i++) {
    Value item = deque_at(ts, d, i);
    int eq = item.is_error() ? 0 : obj_equal(ts, item, x);
    if (eq < 0) return -1;
    if (d->state != state || item.is_error()) {
      raise(ts, ts.vm->types.RuntimeError, "deque mutated during iteration");
      return -1;
    }
    if (eq) return 1;
  }
  return 0;
}

Value deque_richcompare(ThreadState& ts, Value a, Value b, int op) {
  if (!is_deque(ts, a) || !is_deque(ts, b)) return ts.vm->not_implemented;
  WEFT_TRY(x, deque_snapshot(ts, as_deque(a)));
  WEFT_TRY(y, deque_snapshot(ts, as_deque(b)));
  return seq_richcompare(ts, SeqRef{x, false}, SeqRef{y, false}, op);
}

Value deque_repr(ThreadState& ts, Value self) {
  ReprGuard guard(ts, self);
  if (guard.recursive()) return str_from_cstr(ts, "[...]");
  Deque* d = as_deque(self);
  WEFT_TRY(items, deque_snapshot(ts, d));
  WEFT_TRY(list, list_from_iterable(ts, items));
  const char* name = type_short_name(ts, self);
  if (d->maxlen < 0) return str_format_c(ts, "%s(%R)", name, list);
  return str_format_c(ts, "%s(%R, maxlen=%zd)", name, list, d->maxlen);
}

// ---- + and * -----------------------------------------------------------------------------------------

// A class of the user's may still handle the operation through its reflected method.
Value decline_or_raise(ThreadState& ts, Value other, const char* fmt) {
  Type* t = type_of(ts, other);
  if (t->tflags & TF_HEAPTYPE) return ts.vm->not_implemented;
  return raise(ts, ts.vm->types.TypeError, fmt, type_cname(t));
}

Value deque_add(ThreadState& ts, Value a, Value b) {
  if (!is_deque(ts, a)) return ts.vm->not_implemented;
  if (!is_deque(ts, b))
    return decline_or_raise(ts, b, "can only concatenate deque (not \"%s\") to deque");
  WEFT_TRY(copy, deque_copy(ts, a));
  if (!deque_extend(ts, as_deque(copy), b, false)) return Value::error();
  return copy;
}

Value deque_iadd(ThreadState& ts, Value a, Value b) {
  if (!is_deque(ts, a)) return ts.vm->not_implemented;
  return deque_extend(ts, as_deque(a), b, false) ? a : Value::error();
}

Value deque_mul(ThreadState& ts, Value a, Value b) {
  Value seq;
  intptr_t n;
  int r = repeat_operands(ts, ts.vm->types.deque, a, b, &seq, &n);
  if (r < 0) return Value::error();
  if (r == 0)
    return decline_or_raise(ts, seq == a ? b : a, "can't multiply sequence by non-int of type '%s'");
  WEFT_TRY(copy, deque_copy(ts, seq));
  return deque_inplace_repeat(ts, copy, n);
}

Value deque_imul(ThreadState& ts, Value a, Value b) {
  if (!is_deque(ts, a)) return ts.vm->not_implemented;
  Value seq;
  intptr_t n;
  int r = repeat_operands(ts, ts.vm->types.deque, a, b, &seq, &n);
  if (r <= 0) return r < 0 ? Value::error() : ts.vm->not_implemented;
  return deque_inplace_repeat(ts, a, n);
}

Value get_maxlen(ThreadState& ts, Value self) {
  intptr_t m = as_deque(self)->maxlen;
  return m < 0 ? ts.vm->none : Value::from_int(m);
}

const GetSetDef DEQUE_GETSETS[] = {
    {"maxlen", get_maxlen, nullptr},
    {nullptr, nullptr, nullptr},
};

// ---- iterators ---------------------------------------------------------------------------------------

struct DequeIter : Object {
  Value deque;
  size_t index;    // next position (counting from the right end for the reverse iterator)
  size_t counter;  // items left
  uint64_t state;  // the deque's state when the iterator was made
};

Value iter_make(ThreadState& ts, Type* type, Value deque) {
  Deque* d = as_deque(deque);
  auto it = gc_new<DequeIter>(ts, type);
  if (!it) return Value::error();
  it->deque = deque;
  it->counter = deque_size(ts, d);
  it->state = d->state;
  return Value::from_obj(it);
}

Value deque_iter(ThreadState& ts, Value self) { return iter_make(ts, ts.vm->types.deque_iter, self); }

Value iter_next(ThreadState& ts, Value self, bool reverse) {
  auto it = static_cast<DequeIter*>(self.as_obj());
  Deque* d = as_deque(it->deque);
  if (d->state != it->state) {
    it->counter = 0;
    return raise(ts, ts.vm->types.RuntimeError, "deque mutated during iteration");
  }
  if (it->counter == 0) return Value::error();
  size_t n = deque_size(ts, d);
  Value item = it->index < n ? deque_at(ts, d, reverse ? n - 1 - it->index : it->index)
                             : Value::error();
  if (item.is_error()) {
    it->counter = 0;
    return item;
  }
  it->index++;
  it->counter--;
  return item;
}

Value deque_iter_next(ThreadState& ts, Value self) { return iter_next(ts, self, false); }
Value deque_reviter_next(ThreadState& ts, Value self) { return iter_next(ts, self, true); }

Value iter_length_hint(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "__length_hint__", nargs, kw, 0, 0)) return Value::error();
  return Value::from_int(intptr_t(static_cast<DequeIter*>(self.as_obj())->counter));
}

void iter_trace(Object* o, Tracer& t) { t.visit(static_cast<DequeIter*>(o)->deque); }

Value m_reversed(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "deque.__reversed__", nargs, kw, 0, 0)) return Value::error();
  return iter_make(ts, ts.vm->types.deque_reviter, self);
}

const MethodDef REVERSED_METHOD[] = {
    {"__reversed__", m_reversed, 0, "Return a reverse iterator over the deque."},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef ITER_METHODS[] = {
    {"__length_hint__", iter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

// _count_elements(mapping, iterable): the counting loop of collections.Counter.
Value count_elements(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_no_kwargs(ts, "_count_elements", kw) ||
      !args_positional(ts, "_count_elements", nargs, 2, 2)) {
    return Value::error();
  }
  Value mapping = args[0];
  WEFT_TRY(it, obj_iter(ts, args[1]));
  bool plain = !mapping.is_int() && mapping.as_obj()->type == ts.vm->types.dict;
  Str* get = intern_cstr(ts, "get");
  if (!get) return Value::error();
  for (;;) {
    Value key = obj_next(ts, it);
    if (key.is_error()) return ts.has_pending() ? key : ts.vm->none;
    Value zero = Value::from_int(0);
    Value old = plain ? dict_get(ts, as_dict(mapping), key) : Value::error();
    if (plain && old.is_error() && !ts.has_pending()) old = zero;
    if (!plain) {
      Value call_args[2] = {key, zero};
      WEFT_TRY(getter, obj_getattr(ts, mapping, get));
      old = call(ts, getter, call_args, 2);
    }
    if (old.is_error()) return old;
    WEFT_TRY(updated, binary_op(ts, old, Value::from_int(1), BIN_ADD));
    if (!obj_setitem(ts, mapping, key, updated)) return Value::error();
  }
}

const MethodDef COLLECTIONS_FUNCTIONS[] = {
    {"_count_elements", count_elements, 0, "Count elements in the iterable, updating the mapping"},
    {nullptr, nullptr, 0, nullptr},
};

const NativeTypeSpec DEQUE_SPEC = {
    "collections.deque", sizeof(Deque), TF_BASETYPE, deque_trace, deque_new, nullptr, deque_repr,
    DEQUE_METHODS, "A list-like sequence optimized for data accesses near its endpoints."};
const NativeTypeSpec ITER_SPEC = {
    "collections._deque_iterator", sizeof(DequeIter), 0, iter_trace, nullptr, deque_iter_next,
    nullptr, ITER_METHODS, nullptr};
const NativeTypeSpec REVITER_SPEC = {
    "collections._deque_reverse_iterator", sizeof(DequeIter), 0, iter_trace, nullptr,
    deque_reviter_next, nullptr, ITER_METHODS, nullptr};

// The deque type with its slots, made once per VM.
Type* deque_type(ThreadState& ts) {
  Types& types = ts.vm->types;
  if (types.deque) return types.deque;
  Type* t = native_type_new(ts, DEQUE_SPEC);
  if (!t || !type_add_methods(ts, t, REVERSED_METHOD) || !type_add_getsets(ts, t, DEQUE_GETSETS))
    return nullptr;
  t->init = deque_init;
  t->iter = deque_iter;
  t->len = deque_len;
  t->getitem = deque_getitem;
  t->setitem = deque_setitem;
  t->contains = deque_contains;
  t->richcompare = deque_richcompare;
  t->hash = nullptr;
  t->binary[BIN_ADD] = deque_add;
  t->binary[BIN_MUL] = deque_mul;
  t->inplace[BIN_ADD] = deque_iadd;
  t->inplace[BIN_MUL] = deque_imul;
  t->tflags |= TF_SEQUENCE;
  if (!type_add_slot_wrappers(ts, t)) return nullptr;
  types.deque_iter = native_type_new(ts, ITER_SPEC);
  types.deque_reviter = native_type_new(ts, REVITER_SPEC);
  if (!types.deque_iter || !types.deque_reviter) return nullptr;
  types.deque = t;
  return t;
}

}  // namespace

Type* tuplegetter_type_new(ThreadState& ts);  // tuplegetter.cpp

Module* collections_module_create(ThreadState& ts) {
  Str* name = intern_cstr(ts, "_collections");
  Module* m = name ? module_new(ts, name) : nullptr;
  Type* deque = m ? deque_type(ts) : nullptr;
  if (!deque || !module_set(ts, m, "deque", Value::from_obj(deque)) ||
      !module_set(ts, m, "_deque_iterator", Value::from_obj(ts.vm->types.deque_iter)) ||
      !module_set(ts, m, "_deque_reverse_iterator", Value::from_obj(ts.vm->types.deque_reviter)) ||
      !module_add_functions(ts, m, COLLECTIONS_FUNCTIONS)) {
    return nullptr;
  }
  Type* getter = tuplegetter_type_new(ts);
  if (!getter || !module_set(ts, m, "_tuplegetter", Value::from_obj(getter))) return nullptr;
  return m;
}

}  // namespace weft
