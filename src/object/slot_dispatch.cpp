// The slot functions of classes (CPython's slot_tp_* / slot_nb_* / slot_sq_*): each finds the
// special method on the type of its operand (never on the instance) and calls it, checking the
// result as the interpreter requires (__len__ gives a non-negative int, __init__ gives None ...).
// Binary operators follow CPython's SLOT1BINFULL rules for the reflected method.
#include <utility>

#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/slot_defs.hpp"
#include "object/slot_wrapper.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

Names& names(ThreadState& ts) { return ts.vm->names; }

Value find(ThreadState& ts, Value self, Str* name) { return type_lookup(ts, type_of(ts, self), name); }

// CPython's lookup of a special method that is absent raises AttributeError(name).
Value missing(ThreadState& ts, Str* name) {
  return raise_with_arg(ts, ts.vm->types.AttributeError, Value::from_obj(name));
}

// Calls the attribute `d` found on type(self) with self first, keywords included.
Value call_found(ThreadState& ts, Value d, Value self, const Value* args, size_t nargs,
                 Tuple* kwnames) {
  if (d.is_obj() && d.as_obj()->type == ts.vm->types.function) {
    return call_with_self(ts, d, self, args, nargs, kwnames);
  }
  WEFT_TRY(bound, descr_bind(ts, d, self));
  return call(ts, bound, args, nargs, kwnames);
}

// self.name(args) through the type. A dispatcher may run while its method is not (or no longer)
// in the dict: a class being changed by another thread (class_registry.cpp). Then it fails as the
// missing slot would, with `absent` (a format taking the type name), or AttributeError(name).
Value call_dunder(ThreadState& ts, Value self, Str* name, const Value* args, size_t nargs,
                  Tuple* kwnames = nullptr, const char* absent = nullptr) {
  Value d = find(ts, self, name);
  if (d.is_error()) {
    if (!absent) return missing(ts, name);
    return raise(ts, ts.vm->types.TypeError, absent, type_name(ts, self));
  }
  return call_found(ts, d, self, args, nargs, kwnames);
}

// NotImplemented when the type has no such method (binary operators and comparisons).
Value call_maybe(ThreadState& ts, Value self, Str* name, Value arg) {
  Value d = find(ts, self, name);
  if (d.is_error()) return ts.vm->not_implemented;
  return call_found(ts, d, self, &arg, 1, nullptr);
}

// ---- object protocol ----------------------------------------------------------------------------

Value slot_repr(ThreadState& ts, Value self) {
  Value d = find(ts, self, names(ts).__repr__);
  if (d.is_error()) {
    return str_format_c(ts, "<%s object at %p>", type_name(ts, self), self.as_obj());
  }
  return call_found(ts, d, self, nullptr, 0, nullptr);
}

Value slot_str(ThreadState& ts, Value self) { return call_dunder(ts, self, names(ts).__str__, nullptr, 0); }

bool slot_hash(ThreadState& ts, Value self, intptr_t* out) {
  Value d = find(ts, self, names(ts).__hash__);
  if (d.is_error() || d == ts.vm->none) {
    raise(ts, ts.vm->types.TypeError, "unhashable type: '%s'", type_name(ts, self));
    return false;
  }
  Value r = call_found(ts, d, self, nullptr, 0, nullptr);
  if (r.is_error()) return false;
  if (!is_int_like(ts, r)) {
    raise(ts, ts.vm->types.TypeError, "__hash__ method should return an integer");
    return false;
  }
  if (r.is_int()) {
    *out = r.as_int() == -1 ? -2 : r.as_int();
    return true;
  }
  return obj_hash(ts, int_exact(ts, r), out);
}

Value slot_call(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return call_dunder(ts, self, names(ts).__call__, args, nargs, kwnames,
                     "'%s' object is not callable");
}

// __getattribute__ (the generic one called directly), then __getattr__ on AttributeError.
Value slot_getattr(ThreadState& ts, Value self, Str* name) {
  Value ga = find(ts, self, names(ts).__getattribute__);
  Value r;
  Value arg = Value::from_obj(name);
  if (is_wrapper_descriptor(ts, ga) &&
      static_cast<WrapperDescriptor*>(ga.as_obj())->def->slot == SlotId::GETATTR) {
    r = reinterpret_cast<GetAttrFn>(static_cast<WrapperDescriptor*>(ga.as_obj())->fn)(ts, self, name);
  } else if (ga.is_error()) {
    r = generic_getattr(ts, self, name);
  } else {
    r = call_found(ts, ga, self, &arg, 1, nullptr);
  }
  if (!r.is_error() || !pending_matches(ts, ts.vm->types.AttributeError)) return r;
  Value hook = find(ts, self, names(ts).__getattr__);
  if (hook.is_error()) return r;
  take_pending(ts);
  return call_found(ts, hook, self, &arg, 1, nullptr);
}

bool slot_setattr(ThreadState& ts, Value self, Str* name, Value value) {
  Value args[2] = {Value::from_obj(name), value};
  Value r = value.is_error() ? call_dunder(ts, self, names(ts).__delattr__, args, 1)
                             : call_dunder(ts, self, names(ts).__setattr__, args, 2);
  return !r.is_error();
}

Str* compare_name(ThreadState& ts, int op) {
  Names& n = names(ts);
  Str* const by_op[] = {n.__lt__, n.__le__, n.__eq__, n.__ne__, n.__gt__, n.__ge__};
  return by_op[op];
}

Value slot_richcompare(ThreadState& ts, Value a, Value b, int op) {
  return call_maybe(ts, a, compare_name(ts, op), b);
}

Value slot_iter(ThreadState& ts, Value self) {
  Value d = find(ts, self, names(ts).__iter__);
  if (d == ts.vm->none) {
    return raise(ts, ts.vm->types.TypeError, "'%s' object is not iterable", type_name(ts, self));
  }
  if (d.is_error()) {
    return raise(ts, ts.vm->types.TypeError, "'%s' object is not iterable", type_name(ts, self));
  }
  return call_found(ts, d, self, nullptr, 0, nullptr);
}

// StopIteration stays pending: FOR_ITER and obj_next treat it as the end.
Value slot_iternext(ThreadState& ts, Value self) {
  return call_dunder(ts, self, names(ts).__next__, nullptr, 0, nullptr,
                     "'%s' object is not an iterator");
}

Value slot_descr_get(ThreadState& ts, Value descr, Value obj, Value type) {
  Vm& vm = *ts.vm;
  Value d = find(ts, descr, vm.names.__get__);
  if (d.is_error()) return descr;
  if (type.is_error()) type = Value::from_obj(type_of(ts, obj));
  Value args[2] = {obj.is_error() ? vm.none : obj, type};
  return call_found(ts, d, descr, args, 2, nullptr);
}

bool slot_descr_set(ThreadState& ts, Value descr, Value obj, Value value) {
  Value args[2] = {obj, value};
  Value r = value.is_error() ? call_dunder(ts, descr, names(ts).__delete__, args, 1)
                             : call_dunder(ts, descr, names(ts).__set__, args, 2);
  return !r.is_error();
}

bool slot_init(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value r = call_dunder(ts, self, names(ts).__init__, args, nargs, kwnames);
  if (r.is_error()) return false;
  if (r == ts.vm->none) return true;
  raise(ts, ts.vm->types.TypeError, "__init__() should return None, not '%s'", type_name(ts, r));
  return false;
}

// __new__ is a static method: read it from the class (which unwraps the staticmethod) and call it
// with the class first.
Value slot_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value cls = Value::from_obj(type);
  WEFT_TRY(func, obj_getattr(ts, cls, names(ts).__new__));
  size_t total = nargs + (kwnames ? kwnames->size : 0);
  Tuple* buf = tuple_alloc(ts, total + 1);
  if (!buf) return Value::error();
  buf->items[0] = cls;
  for (size_t i = 0; i < total; i++) buf->items[i + 1] = args[i];
  return call(ts, func, buf->items, nargs + 1, kwnames);
}

// ---- numbers ------------------------------------------------------------------------------------

template <Str* Names::*name>
Value slot_unary(ThreadState& ts, Value self) {
  return call_dunder(ts, self, ts.vm->names.*name, nullptr, 0);
}

int slot_bool(ThreadState& ts, Value self) {
  Vm& vm = *ts.vm;
  Value d = find(ts, self, vm.names.__bool__);
  if (d.is_error()) {
    Value len = find(ts, self, vm.names.__len__);
    if (len.is_error()) return 1;
    WEFT_TRY_BOOL(n, call_found(ts, len, self, nullptr, 0, nullptr));
    return obj_truth(ts, n);
  }
  Value r = call_found(ts, d, self, nullptr, 0, nullptr);
  if (r.is_error()) return -1;
  if (r == vm.true_) return 1;
  if (r == vm.false_) return 0;
  raise(ts, vm.types.TypeError, "__bool__ should return bool, returned %s", type_name(ts, r));
  return -1;
}

// Which method of a binary operator to try on which operand (CPython's SLOT1BINFULL).
Str* binary_name(ThreadState& ts, int op, bool reflected) {
  Names& n = names(ts);
  Str* const left[] = {n.__add__,     n.__sub__,      n.__mul__,    n.__matmul__, n.__truediv__,
                       n.__floordiv__, n.__mod__,     n.__pow__,    n.__lshift__, n.__rshift__,
                       n.__and__,     n.__or__,       n.__xor__};
  Str* const right[] = {n.__radd__,      n.__rsub__, n.__rmul__,    n.__rmatmul__, n.__rtruediv__,
                        n.__rfloordiv__, n.__rmod__, n.__rpow__,    n.__rlshift__, n.__rrshift__,
                        n.__rand__,      n.__ror__,  n.__rxor__};
  return reflected ? right[op] : left[op];
}

Str* inplace_name(ThreadState& ts, int op) {
  Names& n = names(ts);
  Str* const by_op[] = {n.__iadd__,      n.__isub__, n.__imul__,    n.__imatmul__, n.__itruediv__,
                        n.__ifloordiv__, n.__imod__, n.__ipow__,    n.__ilshift__, n.__irshift__,
                        n.__iand__,      n.__ior__,  n.__ixor__};
  return by_op[op];
}

// The right operand's subclass overrides the reflected method (so it is tried first).
bool overrides_reflected(ThreadState& ts, Type* ta, Type* tb, Str* rname) {
  Value b = type_lookup(ts, tb, rname);
  return !b.is_error() && b != type_lookup(ts, ta, rname);
}

template <int op>
Value slot_binary(ThreadState& ts, Value a, Value b) {
  Type* ta = type_of(ts, a);
  Type* tb = type_of(ts, b);
  BinaryFn self_fn = slot_binary<op>;
  Str* rname = binary_name(ts, op, true);
  Value ni = ts.vm->not_implemented;
  bool do_other = ta != tb && tb->binary[op] == self_fn;
  if (ta->binary[op] == self_fn) {
    if (do_other && type_is_subtype(tb, ta) && overrides_reflected(ts, ta, tb, rname)) {
      WEFT_TRY(r, call_maybe(ts, b, rname, a));
      if (r != ni) return r;
      do_other = false;
    }
    WEFT_TRY(r, call_maybe(ts, a, binary_name(ts, op, false), b));
    if (r != ni || ta == tb) return r;
  }
  if (do_other) return call_maybe(ts, b, rname, a);
  return ni;
}

template <int op>
Value slot_inplace(ThreadState& ts, Value a, Value b) {
  return call_maybe(ts, a, inplace_name(ts, op), b);
}

// ---- containers ---------------------------------------------------------------------------------

bool slot_len(ThreadState& ts, Value self, size_t* out) {
  Value r = call_dunder(ts, self, names(ts).__len__, nullptr, 0, nullptr,
                        "object of type '%s' has no len()");
  if (r.is_error()) return false;
  Value i = obj_index(ts, r);
  if (i.is_error()) return false;
  if (int_sign(i) < 0) {
    raise(ts, ts.vm->types.ValueError, "__len__() should return >= 0");
    return false;
  }
  intptr_t n;
  if (!int_to_ssize(ts, i, &n)) {
    take_pending(ts);
    raise(ts, ts.vm->types.OverflowError, "cannot fit '%s' into an index-sized integer",
          type_name(ts, r));
    return false;
  }
  *out = size_t(n);
  return true;
}

Value slot_getitem(ThreadState& ts, Value self, Value key) {
  return call_dunder(ts, self, names(ts).__getitem__, &key, 1, nullptr,
                     "'%s' object is not subscriptable");
}

bool slot_setitem(ThreadState& ts, Value self, Value key, Value value) {
  Value args[2] = {key, value};
  Value r = value.is_error()
                ? call_dunder(ts, self, names(ts).__delitem__, args, 1, nullptr,
                              "'%s' object doesn't support item deletion")
                : call_dunder(ts, self, names(ts).__setitem__, args, 2, nullptr,
                              "'%s' object does not support item assignment");
  return !r.is_error();
}

// Without __contains__ (deleted meanwhile), `in` iterates; __contains__ = None refuses.
int slot_contains(ThreadState& ts, Value self, Value item) {
  Value d = find(ts, self, names(ts).__contains__);
  if (d == ts.vm->none) {
    raise(ts, ts.vm->types.TypeError, "'%s' object is not a container", type_name(ts, self));
    return -1;
  }
  if (d.is_error()) return contains_by_iteration(ts, self, item);
  Value r = call_found(ts, d, self, &item, 1, nullptr);
  return r.is_error() ? -1 : obj_truth(ts, r);
}

template <template <int> class Table, size_t... ops>
AnyFn pick(int op, std::index_sequence<ops...>) {
  AnyFn fns[] = {Table<int(ops)>::fn()...};
  return fns[op];
}

template <int op>
struct BinaryTable {
  static AnyFn fn() { return reinterpret_cast<AnyFn>(slot_binary<op>); }
};
template <int op>
struct InplaceTable {
  static AnyFn fn() { return reinterpret_cast<AnyFn>(slot_inplace<op>); }
};

template <class Fn>
AnyFn erase(Fn f) {
  return reinterpret_cast<AnyFn>(f);
}

}  // namespace

AnyFn slot_dispatcher(SlotId id, int op) {
  using Seq = std::make_index_sequence<BIN_COUNT>;
  switch (id) {
    case SlotId::REPR: return erase(slot_repr);
    case SlotId::STR: return erase(slot_str);
    case SlotId::HASH: return erase(slot_hash);
    case SlotId::CALL: return erase(slot_call);
    case SlotId::GETATTR: return erase(slot_getattr);
    case SlotId::SETATTR: return erase(slot_setattr);
    case SlotId::RICHCOMPARE: return erase(slot_richcompare);
    case SlotId::ITER: return erase(slot_iter);
    case SlotId::ITERNEXT: return erase(slot_iternext);
    case SlotId::DESCR_GET: return erase(slot_descr_get);
    case SlotId::DESCR_SET: return erase(slot_descr_set);
    case SlotId::INIT: return erase(slot_init);
    case SlotId::NEW: return erase(slot_new);
    case SlotId::NEG: return erase(slot_unary<&Names::__neg__>);
    case SlotId::POS: return erase(slot_unary<&Names::__pos__>);
    case SlotId::INVERT: return erase(slot_unary<&Names::__invert__>);
    case SlotId::ABS: return erase(slot_unary<&Names::__abs__>);
    case SlotId::BOOL: return erase(slot_bool);
    case SlotId::INT: return erase(slot_unary<&Names::__int__>);
    case SlotId::FLOAT: return erase(slot_unary<&Names::__float__>);
    case SlotId::INDEX: return erase(slot_unary<&Names::__index__>);
    case SlotId::LEN: return erase(slot_len);
    case SlotId::GETITEM: return erase(slot_getitem);
    case SlotId::SETITEM: return erase(slot_setitem);
    case SlotId::CONTAINS: return erase(slot_contains);
    case SlotId::BINARY: return pick<BinaryTable>(op, Seq{});
    case SlotId::INPLACE: return pick<InplaceTable>(op, Seq{});
  }
  return nullptr;
}

}  // namespace weft
