// The slot table (CPython's slotdefs) and what uses it: the slot wrappers added to built-in
// types, and the computation of a class's slots from the special methods on its MRO (CPython's
// update_one_slot): a slot whose dunders are all wrappers of one built-in function keeps that
// function (so `class L(list)` indexes as fast as list), anything written in Python gets the
// slot_* dispatcher, `__hash__ = None` makes instances unhashable, and a slot none of whose names
// is found is inherited from the MRO.
#include "object/slot_defs.hpp"

#include <atomic>

#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/slot_wrapper.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

using N = Names;
using S = SlotId;
using W = WrapKind;

#define WEFT_BINARY_ROWS(op, l, r) \
  {&N::l, S::BINARY, op, W::BINARY_L}, {&N::r, S::BINARY, op, W::BINARY_R}

constexpr SlotDef ROWS[] = {
    {&N::__getattribute__, S::GETATTR, 0, W::GETATTR},
    {&N::__getattr__, S::GETATTR, 0, W::NONE},
    {&N::__setattr__, S::SETATTR, 0, W::SETATTR},
    {&N::__delattr__, S::SETATTR, 0, W::DELATTR},
    {&N::__repr__, S::REPR, 0, W::UNARY},
    {&N::__hash__, S::HASH, 0, W::HASH},
    {&N::__call__, S::CALL, 0, W::CALL},
    {&N::__str__, S::STR, 0, W::UNARY},
    {&N::__lt__, S::RICHCOMPARE, CMP_LT, W::RICHCMP},
    {&N::__le__, S::RICHCOMPARE, CMP_LE, W::RICHCMP},
    {&N::__eq__, S::RICHCOMPARE, CMP_EQ, W::RICHCMP},
    {&N::__ne__, S::RICHCOMPARE, CMP_NE, W::RICHCMP},
    {&N::__gt__, S::RICHCOMPARE, CMP_GT, W::RICHCMP},
    {&N::__ge__, S::RICHCOMPARE, CMP_GE, W::RICHCMP},
    {&N::__iter__, S::ITER, 0, W::UNARY},
    {&N::__next__, S::ITERNEXT, 0, W::NEXT},
    {&N::__get__, S::DESCR_GET, 0, W::DESCR_GET},
    {&N::__set__, S::DESCR_SET, 0, W::DESCR_SET},
    {&N::__delete__, S::DESCR_SET, 0, W::DESCR_DELETE},
    {&N::__init__, S::INIT, 0, W::INIT},
    {&N::__new__, S::NEW, 0, W::NONE},
    WEFT_BINARY_ROWS(BIN_ADD, __add__, __radd__),
    WEFT_BINARY_ROWS(BIN_SUB, __sub__, __rsub__),
    WEFT_BINARY_ROWS(BIN_MUL, __mul__, __rmul__),
    WEFT_BINARY_ROWS(BIN_MOD, __mod__, __rmod__),
    WEFT_BINARY_ROWS(BIN_POW, __pow__, __rpow__),
    {&N::__neg__, S::NEG, 0, W::UNARY},
    {&N::__pos__, S::POS, 0, W::UNARY},
    {&N::__abs__, S::ABS, 0, W::UNARY},
    {&N::__bool__, S::BOOL, 0, W::INQUIRY},
    {&N::__invert__, S::INVERT, 0, W::UNARY},
    WEFT_BINARY_ROWS(BIN_LSHIFT, __lshift__, __rlshift__),
    WEFT_BINARY_ROWS(BIN_RSHIFT, __rshift__, __rrshift__),
    WEFT_BINARY_ROWS(BIN_AND, __and__, __rand__),
    WEFT_BINARY_ROWS(BIN_XOR, __xor__, __rxor__),
    WEFT_BINARY_ROWS(BIN_OR, __or__, __ror__),
    {&N::__int__, S::INT, 0, W::UNARY},
    {&N::__float__, S::FLOAT, 0, W::UNARY},
    {&N::__iadd__, S::INPLACE, BIN_ADD, W::BINARY_L},
    {&N::__isub__, S::INPLACE, BIN_SUB, W::BINARY_L},
    {&N::__imul__, S::INPLACE, BIN_MUL, W::BINARY_L},
    {&N::__imod__, S::INPLACE, BIN_MOD, W::BINARY_L},
    {&N::__ipow__, S::INPLACE, BIN_POW, W::BINARY_L},
    {&N::__ilshift__, S::INPLACE, BIN_LSHIFT, W::BINARY_L},
    {&N::__irshift__, S::INPLACE, BIN_RSHIFT, W::BINARY_L},
    {&N::__iand__, S::INPLACE, BIN_AND, W::BINARY_L},
    {&N::__ixor__, S::INPLACE, BIN_XOR, W::BINARY_L},
    {&N::__ior__, S::INPLACE, BIN_OR, W::BINARY_L},
    WEFT_BINARY_ROWS(BIN_FLOORDIV, __floordiv__, __rfloordiv__),
    WEFT_BINARY_ROWS(BIN_TRUEDIV, __truediv__, __rtruediv__),
    {&N::__ifloordiv__, S::INPLACE, BIN_FLOORDIV, W::BINARY_L},
    {&N::__itruediv__, S::INPLACE, BIN_TRUEDIV, W::BINARY_L},
    {&N::__index__, S::INDEX, 0, W::UNARY},
    WEFT_BINARY_ROWS(BIN_MATMUL, __matmul__, __rmatmul__),
    {&N::__imatmul__, S::INPLACE, BIN_MATMUL, W::BINARY_L},
    {&N::__len__, S::LEN, 0, W::LEN},
    {&N::__getitem__, S::GETITEM, 0, W::BINARY_L},
    {&N::__setitem__, S::SETITEM, 0, W::SETITEM},
    {&N::__delitem__, S::SETITEM, 0, W::DELITEM},
    {&N::__contains__, S::CONTAINS, 0, W::CONTAINS},
};
#undef WEFT_BINARY_ROWS

template <class Fn>
AnyFn erase(Fn f) {
  return reinterpret_cast<AnyFn>(f);
}

// The interpreter reads slots with plain loads everywhere; this word-sized atomic store is the
// one writer, and either function it leaves visible is valid. ThreadSanitizer is told not to
// see it (as for the conservative stack scan), since the readers cannot all be atomics.
template <class Fn>
__attribute__((no_sanitize("thread"))) void store(Fn& field, AnyFn fn) {
  __atomic_store_n(&field, reinterpret_cast<Fn>(fn), __ATOMIC_RELAXED);
}

// The operator matters only for the number slots, which are arrays indexed by it.
bool same_slot(const SlotDef& a, SlotId id, int op) {
  return a.slot == id && (a.op == op || (id != S::BINARY && id != S::INPLACE));
}

// Sequences get `+` from their concatenation, which CPython does not expose as __radd__.
bool hides_wrapper(const Type* t, const SlotDef& row) {
  if (row.wrap != W::BINARY_R || row.op != BIN_ADD) return false;
  switch (t->kind) {
    case TypeKind::Str:
    case TypeKind::Bytes:
    case TypeKind::ByteArray:
    case TypeKind::List:
    case TypeKind::Tuple:
      return true;
    default:
      return false;
  }
}

bool add_entry(ThreadState& ts, Type* t, Str* name, Value v) {
  if (v.is_error()) return false;
  return dict_set_str(ts, t->dict, name, v);
}

bool defines_itself(const Type* t, SlotId id, int op) {
  AnyFn fn = slot_get(t, id, op);
  return fn && (!t->base || slot_get(t->base, id, op) != fn);
}

// What one name found on the MRO contributes to a class's slot.
struct SlotChoice {
  AnyFn specific = nullptr;
  bool generic = false;
  bool found = false;
  bool unhashable = false;
};

void consider(ThreadState& ts, Type* t, SlotId id, int op, Value d, SlotChoice& c) {
  c.found = true;
  if (id == S::HASH && d == ts.vm->none) {
    c.unhashable = true;
    return;
  }
  AnyFn fn = nullptr;
  if (is_wrapper_descriptor(ts, d)) {
    auto w = static_cast<WrapperDescriptor*>(d.as_obj());
    if (same_slot(*w->def, id, op) && type_is_subtype(t, w->owner)) fn = w->fn;
  } else if (id == S::NEW) {
    Type* owner = new_wrapper_owner(ts, d);
    if (owner && type_is_subtype(t, owner)) fn = erase(owner->new_);
  }
  if (!fn || (c.specific && c.specific != fn)) {
    c.generic = true;
  } else {
    c.specific = fn;
  }
}

AnyFn inherited(const Type* t, SlotId id, int op) {
  for (size_t i = 1; i < t->mro->size; i++) {
    AnyFn fn = slot_get(static_cast<Type*>(t->mro->items[i].as_obj()), id, op);
    if (fn) return fn;
  }
  return nullptr;
}

void update_one(ThreadState& ts, Type* t, SlotId id, int op) {
  SlotChoice c;
  for (const SlotDef& row : ROWS) {
    if (!same_slot(row, id, op)) continue;
    Value d = type_lookup(ts, t, ts.vm->names.*row.name);
    if (!d.is_error()) consider(ts, t, id, op, d, c);
  }
  AnyFn fn = c.unhashable ? nullptr
             : c.generic  ? slot_dispatcher(id, op)
             : c.found    ? c.specific
                          : inherited(t, id, op);
  slot_set(t, id, op, fn);
}

}  // namespace


AnyFn slot_get(const Type* t, SlotId id, int op) {
  switch (id) {
    case S::REPR: return erase(t->repr);
    case S::STR: return erase(t->str);
    case S::HASH: return erase(t->hash);
    case S::CALL: return erase(t->call);
    case S::GETATTR: return erase(t->getattr);
    case S::SETATTR: return erase(t->setattr);
    case S::RICHCOMPARE: return erase(t->richcompare);
    case S::ITER: return erase(t->iter);
    case S::ITERNEXT: return erase(t->iternext);
    case S::DESCR_GET: return erase(t->descr_get);
    case S::DESCR_SET: return erase(t->descr_set);
    case S::INIT: return erase(t->init);
    case S::NEW: return erase(t->new_);
    case S::NEG: return erase(t->neg);
    case S::POS: return erase(t->pos);
    case S::INVERT: return erase(t->invert);
    case S::ABS: return erase(t->abs_);
    case S::BOOL: return erase(t->bool_);
    case S::INT: return erase(t->to_int);
    case S::FLOAT: return erase(t->to_float);
    case S::INDEX: return erase(t->index);
    case S::LEN: return erase(t->len);
    case S::GETITEM: return erase(t->getitem);
    case S::SETITEM: return erase(t->setitem);
    case S::CONTAINS: return erase(t->contains);
    case S::BINARY: return erase(t->binary[op]);
    case S::INPLACE: return erase(t->inplace[op]);
  }
  return nullptr;
}

void slot_set(Type* t, SlotId id, int op, AnyFn fn) {
  switch (id) {
    case S::REPR: return store(t->repr, fn);
    case S::STR: return store(t->str, fn);
    case S::HASH: return store(t->hash, fn);
    case S::CALL: return store(t->call, fn);
    case S::GETATTR: return store(t->getattr, fn);
    case S::SETATTR: return store(t->setattr, fn);
    case S::RICHCOMPARE: return store(t->richcompare, fn);
    case S::ITER: return store(t->iter, fn);
    case S::ITERNEXT: return store(t->iternext, fn);
    case S::DESCR_GET: return store(t->descr_get, fn);
    case S::DESCR_SET: return store(t->descr_set, fn);
    case S::INIT: return store(t->init, fn);
    case S::NEW: return store(t->new_, fn);
    case S::NEG: return store(t->neg, fn);
    case S::POS: return store(t->pos, fn);
    case S::INVERT: return store(t->invert, fn);
    case S::ABS: return store(t->abs_, fn);
    case S::BOOL: return store(t->bool_, fn);
    case S::INT: return store(t->to_int, fn);
    case S::FLOAT: return store(t->to_float, fn);
    case S::INDEX: return store(t->index, fn);
    case S::LEN: return store(t->len, fn);
    case S::GETITEM: return store(t->getitem, fn);
    case S::SETITEM: return store(t->setitem, fn);
    case S::CONTAINS: return store(t->contains, fn);
    case S::BINARY: return store(t->binary[op], fn);
    case S::INPLACE: return store(t->inplace[op], fn);
  }
}

const SlotDef* slot_def_for(ThreadState& ts, Str* name) {
  if (name->nbytes < 5 || name->data[0] != '_' || name->data[1] != '_') return nullptr;
  for (const SlotDef& row : ROWS) {
    Str* n = ts.vm->names.*row.name;
    if (n == name || str_equal(n, name)) return &row;
  }
  return nullptr;
}

bool type_add_slot_wrappers(ThreadState& ts, Type* t) {
  Names& names = ts.vm->names;
  for (const SlotDef& row : ROWS) {
    if (row.wrap == W::NONE || !defines_itself(t, row.slot, row.op) || hides_wrapper(t, row)) {
      continue;
    }
    Str* name = names.*row.name;
    if (!dict_get_str(t->dict, name).is_error()) continue;
    if (!add_entry(ts, t, name, wrapper_descriptor_new(ts, &row, t, slot_get(t, row.slot, row.op)))) {
      return false;
    }
  }
  if (defines_itself(t, S::NEW, 0) && dict_get_str(t->dict, names.__new__).is_error() &&
      !add_entry(ts, t, names.__new__, new_wrapper_new(ts, t))) {
    return false;
  }
  // A type that defines equality without a hash is unhashable: CPython shows __hash__ = None.
  if (!t->hash && defines_itself(t, S::RICHCOMPARE, 0) &&
      dict_get_str(t->dict, names.__hash__).is_error() &&
      !dict_set_str(ts, t->dict, names.__hash__, ts.vm->none)) {
    return false;
  }
  t->tflags |= TF_SLOT_WRAPPERS;
  type_modified(ts, t);
  return true;
}

namespace {

// Types made at start-up or by native_type_new have their wrappers before any thread can see
// them; this catches a type that did not, the first time a class derives from it.
bool add_once(ThreadState& ts, Type* t) {
  return (t->tflags & TF_SLOT_WRAPPERS) || type_add_slot_wrappers(ts, t);
}

}  // namespace

bool types_add_slot_wrappers(ThreadState& ts) {
  static_assert(sizeof(Types) % sizeof(Type*) == 0, "Types holds only type pointers");
  auto all = reinterpret_cast<Type* const*>(&ts.vm->types);
  for (size_t i = 0; i < sizeof(Types) / sizeof(Type*); i++) {
    if (all[i] && !add_once(ts, all[i])) return false;
  }
  return true;
}

bool mro_add_slot_wrappers(ThreadState& ts, Type* t) {
  for (size_t i = 0; i < t->mro->size; i++) {
    Type* b = static_cast<Type*>(t->mro->items[i].as_obj());
    if (!(b->tflags & TF_HEAPTYPE) && !add_once(ts, b)) return false;
  }
  return true;
}

void type_fixup_slots(ThreadState& ts, Type* t) {
  constexpr size_t COUNT = sizeof ROWS / sizeof ROWS[0];
  for (size_t i = 0; i < COUNT; i++) {
    const SlotDef& row = ROWS[i];
    bool first_of_slot = true;
    for (size_t j = 0; j < i && first_of_slot; j++) first_of_slot = !same_slot(ROWS[j], row.slot, row.op);
    if (first_of_slot) update_one(ts, t, row.slot, row.op);
  }
}

void type_update_slots_for(ThreadState& ts, Type* t, Str* name) {
  if (const SlotDef* row = slot_def_for(ts, name)) update_one(ts, t, row->slot, row->op);
}

}  // namespace weft
