// The int type: its slots (each binary slot takes operands of either side and returns
// NotImplemented for non-ints), int(x) / int(text, base), and int_init_types, which also sets up
// bool (bool.cpp).
#include "object/args.hpp"
#include "object/bytes.hpp"
#include "object/error.hpp"
#include "object/float.hpp"
#include "object/function.hpp"
#include "object/int_impl.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"

namespace weft {

namespace {

Value slot_repr(ThreadState& ts, Value v) { return int_to_str(ts, v, 10); }

bool slot_hash(ThreadState&, Value v, intptr_t* out) {
  *out = int_hash(v);
  return true;
}

Value slot_richcompare(ThreadState& ts, Value a, Value b, int op) {
  if (!is_int_like(ts, a) || !is_int_like(ts, b)) return ts.vm->not_implemented;
  int c = int_compare(a, b);
  bool r = false;
  switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    case CMP_GE: r = c >= 0; break;
  }
  return boolean(ts, r);
}

// One slot function per operator, all of the same shape.
template <Value (*OP)(ThreadState&, Value, Value)>
Value binary_slot(ThreadState& ts, Value a, Value b) {
  if (!is_int_like(ts, a) || !is_int_like(ts, b)) return ts.vm->not_implemented;
  return OP(ts, a, b);
}

Value int_pow2(ThreadState& ts, Value a, Value b) { return int_pow(ts, a, b, Value::error()); }

Value slot_pos(ThreadState& ts, Value v) { return int_exact(ts, v); }
int slot_bool(ThreadState&, Value v) { return int_sign(v) != 0; }

Value slot_to_float(ThreadState& ts, Value v) {
  double d = 0;
  if (!int_to_double(ts, v, &d)) return Value::error();
  return float_new(ts, d);
}

// An instance of an int subclass holding the value of `v`.
Value int_subtype_new(ThreadState& ts, Type* type, Value v) {
  IntView w(v);
  size_t n = w.n > 0 ? w.n : 1;
  size_t bytes = type->basic_size > sizeof(BigInt) ? type->basic_size : sizeof(BigInt);
  auto* r = static_cast<BigInt*>(gc_alloc(ts, type, bytes + (n - 1) * sizeof(Limb)));
  if (!r) return Value::error();
  for (size_t i = 0; i < w.n; i++) r->digits[i] = w.d[i];
  r->size = w.neg ? -int32_t(w.n) : int32_t(w.n);
  return Value::from_obj(r);
}

// int(x) for one argument, as PyNumber_Long.
Value int_from_object(ThreadState& ts, Value x) {
  if (is_int_like(ts, x)) return int_exact(ts, x);
  if (is_str(ts, x)) {
    Str* s = as_str(x);
    return int_from_str(ts, s->data, s->nbytes, 10);
  }
  if (is_bytes(ts, x)) {
    Bytes* b = as_bytes(x);
    return int_parse_text(ts, b->data, b->size, 10, x);
  }
  Type* t = x.as_obj()->type;
  if (t->tflags & TF_HEAPTYPE) return obj_to_int(ts, x);  // __int__/__index__/__trunc__ in Python
  if (t->to_int) return t->to_int(ts, x);
  if (t->index) return t->index(ts, x);
  if (t->kind == TypeKind::ByteArray) return obj_to_int(ts, x);
  return raise(ts, ts.vm->types.TypeError,
               "int() argument must be a string, a bytes-like object or a real number, not '%s'",
               type_name(ts, x));
}

Value int_with_base(ThreadState& ts, Value x, Value base_arg) {
  WEFT_TRY(b, obj_index(ts, base_arg));
  intptr_t base = int_clamp_ssize(b);
  if ((base != 0 && base < 2) || base > 36) {
    return raise(ts, ts.vm->types.ValueError, "int() base must be >= 2 and <= 36, or 0");
  }
  if (is_str(ts, x)) {
    Str* s = as_str(x);
    return int_from_str(ts, s->data, s->nbytes, int(base));
  }
  if (is_bytes(ts, x)) {
    Bytes* bt = as_bytes(x);
    return int_parse_text(ts, bt->data, bt->size, int(base), x);
  }
  if (x.is_obj() && x.as_obj()->type->kind == TypeKind::ByteArray) {
    WEFT_TRY(copy, call1(ts, Value::from_obj(ts.vm->types.bytes), x));
    Bytes* bt = as_bytes(copy);
    return int_parse_text(ts, bt->data, bt->size, int(base), x);
  }
  return raise(ts, ts.vm->types.TypeError, "int() can't convert non-string with explicit base");
}

Value slot_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const NAMES[] = {"x", "base"};
  static const ArgSpec SPEC = {"int", NAMES, 2, 1, 2, 0};
  Value a[2];
  if (!args_parse(ts, SPEC, args, nargs, kwnames, a)) return Value::error();
  Value result;
  if (a[0].is_error()) {
    if (!a[1].is_error()) return raise(ts, ts.vm->types.TypeError, "int() missing string argument");
    result = Value::from_int(0);
  } else if (a[1].is_error()) {
    result = int_from_object(ts, a[0]);
  } else {
    result = int_with_base(ts, a[0], a[1]);
  }
  if (result.is_error() || type == ts.vm->types.int_) return result;
  return int_subtype_new(ts, type, result);
}

}  // namespace

void int_init_types(ThreadState& ts) {
  Vm& vm = *ts.vm;
  Type* t = vm.types.int_;
  t->tflags |= TF_BASETYPE | TF_IMMUTABLE | TF_INT_SUBCLASS;
  t->repr = slot_repr;
  t->hash = slot_hash;
  t->richcompare = slot_richcompare;
  t->new_ = slot_new;
  t->binary[BIN_ADD] = binary_slot<int_add>;
  t->binary[BIN_SUB] = binary_slot<int_sub>;
  t->binary[BIN_MUL] = binary_slot<int_mul>;
  t->binary[BIN_TRUEDIV] = binary_slot<int_truediv>;
  t->binary[BIN_FLOORDIV] = binary_slot<int_floordiv>;
  t->binary[BIN_MOD] = binary_slot<int_mod>;
  t->binary[BIN_POW] = binary_slot<int_pow2>;
  t->binary[BIN_LSHIFT] = binary_slot<int_lshift>;
  t->binary[BIN_RSHIFT] = binary_slot<int_rshift>;
  t->binary[BIN_AND] = binary_slot<int_and>;
  t->binary[BIN_OR] = binary_slot<int_or>;
  t->binary[BIN_XOR] = binary_slot<int_xor>;
  t->neg = int_neg;
  t->pos = slot_pos;
  t->invert = int_invert;
  t->abs_ = int_abs;
  t->bool_ = slot_bool;
  t->to_int = int_exact;
  t->to_float = slot_to_float;
  t->index = int_exact;
  if (!type_add_methods(ts, t, INT_METHODS) || !type_add_getsets(ts, t, INT_GETSETS)) return;
  bool_init_type(ts);
}

}  // namespace weft
