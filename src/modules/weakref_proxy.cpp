// weakref.proxy: ProxyType and CallableProxyType forward attribute access, calls, operators and
// the container protocol to the referent, and raise ReferenceError once it has died. Proxies are
// unhashable and cannot be created by calling their types.
#include "modules/native_type.hpp"
#include "modules/weakref_types.hpp"
#include "object/args.hpp"
#include "object/error.hpp"
#include "object/protocol.hpp"
#include "object/slot_defs.hpp"
#include "object/str.hpp"
#include "object/type.hpp"
#include "object/weakref.hpp"

namespace weft {

namespace {

Value referent(ThreadState& ts, Value proxy) {
  Value v = weakref_get(static_cast<WeakRef*>(proxy.as_obj()));
  if (v.is_error())
    return raise(ts, ts.vm->types.ReferenceError, "weakly-referenced object no longer exists");
  return v;
}

// An operand of an operator: a proxy stands for its referent.
Value unwrap(ThreadState& ts, Value v) { return is_weak_proxy(ts, v) ? referent(ts, v) : v; }

Value p_getattr(ThreadState& ts, Value self, Str* name) {
  WEFT_TRY(r, referent(ts, self));
  return obj_getattr(ts, r, name);
}

bool p_setattr(ThreadState& ts, Value self, Str* name, Value value) {
  WEFT_TRY_BOOL(r, referent(ts, self));
  return value.is_error() ? obj_delattr(ts, r, name) : obj_setattr(ts, r, name, value);
}

Value p_repr(ThreadState& ts, Value self) {
  Value v = weakref_get(static_cast<WeakRef*>(self.as_obj()));
  if (v.is_error()) return str_format_c(ts, "<weakproxy at %p; dead>", self.as_obj());
  return str_format_c(ts, "<weakproxy at %p; to '%s' at %p>", self.as_obj(),
                      type_cname(type_of(ts, v)), v.as_obj());
}

Value p_str(ThreadState& ts, Value self) {
  WEFT_TRY(r, referent(ts, self));
  return obj_str(ts, r);
}

Value p_call(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  WEFT_TRY(r, referent(ts, self));
  return call(ts, r, args, nargs, kw);
}

bool p_len(ThreadState& ts, Value self, size_t* out) {
  WEFT_TRY_BOOL(r, referent(ts, self));
  return obj_len(ts, r, out);
}

Value p_getitem(ThreadState& ts, Value self, Value key) {
  WEFT_TRY(r, referent(ts, self));
  return obj_getitem(ts, r, key);
}

bool p_setitem(ThreadState& ts, Value self, Value key, Value value) {
  WEFT_TRY_BOOL(r, referent(ts, self));
  return value.is_error() ? obj_delitem(ts, r, key) : obj_setitem(ts, r, key, value);
}

int p_contains(ThreadState& ts, Value self, Value item) {
  Value r = referent(ts, self);
  return r.is_error() ? -1 : obj_contains(ts, r, item);
}

Value p_iter(ThreadState& ts, Value self) {
  WEFT_TRY(r, referent(ts, self));
  return obj_iter(ts, r);
}

Value p_next(ThreadState& ts, Value self) {
  WEFT_TRY(r, referent(ts, self));
  if (!type_of(ts, r)->iternext) {
    return raise(ts, ts.vm->types.TypeError,
                 "Weakref proxy referenced a non-iterator '%s' object", type_name(ts, r));
  }
  return type_of(ts, r)->iternext(ts, r);
}

int p_bool(ThreadState& ts, Value self) {
  Value r = referent(ts, self);
  return r.is_error() ? -1 : obj_truth(ts, r);
}

Value p_richcompare(ThreadState& ts, Value a, Value b, int op) {
  WEFT_TRY(x, unwrap(ts, a));
  WEFT_TRY(y, unwrap(ts, b));
  return obj_richcompare(ts, x, y, op);
}

template <int OP>
Value p_binary(ThreadState& ts, Value a, Value b) {
  WEFT_TRY(x, unwrap(ts, a));
  WEFT_TRY(y, unwrap(ts, b));
  return binary_op(ts, x, y, OP);
}

// x op= y on a proxy updates the referent; the proxy stays the result when the referent does.
template <int OP>
Value p_inplace(ThreadState& ts, Value a, Value b) {
  WEFT_TRY(x, unwrap(ts, a));
  WEFT_TRY(y, unwrap(ts, b));
  WEFT_TRY(r, inplace_op(ts, x, y, OP));
  return r == x ? a : r;
}

template <Value (*FN)(ThreadState&, Value)>
Value p_unary(ThreadState& ts, Value self) {
  WEFT_TRY(r, referent(ts, self));
  return FN(ts, r);
}

template <int... OPS>
void set_number_slots(Type* t, std::integer_sequence<int, OPS...>) {
  ((t->binary[OPS] = p_binary<OPS>), ...);
  ((t->inplace[OPS] = p_inplace<OPS>), ...);
}

Type* proxy_type(ThreadState& ts, const char* name, bool callable) {
  NativeTypeSpec spec = {name, sizeof(WeakRef), 0, weakref_trace, nullptr, p_next, p_repr,
                         nullptr, nullptr, callable ? p_call : nullptr};
  Type* t = native_type_new(ts, spec);
  if (!t) return nullptr;
  t->getattr = p_getattr;
  t->setattr = p_setattr;
  t->str = p_str;
  t->iter = p_iter;
  t->len = p_len;
  t->getitem = p_getitem;
  t->setitem = p_setitem;
  t->contains = p_contains;
  t->bool_ = p_bool;
  t->richcompare = p_richcompare;
  t->hash = nullptr;
  set_number_slots(t, std::make_integer_sequence<int, BIN_COUNT>{});
  t->neg = p_unary<obj_neg>;
  t->pos = p_unary<obj_pos>;
  t->abs_ = p_unary<obj_abs>;
  t->invert = p_unary<obj_invert>;
  t->index = p_unary<obj_index>;
  t->to_int = p_unary<obj_to_int>;
  t->to_float = p_unary<obj_to_float>;
  return type_add_slot_wrappers(ts, t) ? t : nullptr;
}

}  // namespace

bool weakref_proxy_types(ThreadState& ts) {
  Types& types = ts.vm->types;
  if (!types.weakref_proxy && !(types.weakref_proxy = proxy_type(ts, "weakref.ProxyType", false)))
    return false;
  if (!types.weakref_callable_proxy &&
      !(types.weakref_callable_proxy = proxy_type(ts, "weakref.CallableProxyType", true))) {
    return false;
  }
  return true;
}

bool is_weak_proxy(ThreadState& ts, Value v) {
  if (!v.is_obj()) return false;
  Type* t = v.as_obj()->type;
  return t && (t == ts.vm->types.weakref_proxy || t == ts.vm->types.weakref_callable_proxy);
}

Value weakref_proxy_fn(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_no_kwargs(ts, "proxy", kw) || !args_positional(ts, "proxy", nargs, 1, 2))
    return Value::error();
  Value callback = nargs > 1 ? args[1] : ts.vm->none;
  bool callable = is_callable(ts, args[0]);
  Type* type = callable ? ts.vm->types.weakref_callable_proxy : ts.vm->types.weakref_proxy;
  if (callback == ts.vm->none && args[0].is_obj()) {
    if (WeakRef* existing = weakref_find_basic(ts, args[0].as_obj(), type))
      return Value::from_obj(existing);
  }
  auto w = native_alloc<WeakRef>(ts, type);
  WeakKind kind = callable ? WeakKind::CALLABLE_PROXY : WeakKind::PROXY;
  if (!w || !weakref_init(ts, w, args[0], callback, kind)) return Value::error();
  return Value::from_obj(w);
}

}  // namespace weft
