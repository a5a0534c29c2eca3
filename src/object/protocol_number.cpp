// The number protocol: binary operators with reflection (a + b tries a's slot, then b's, a
// subclass of a's type first), in-place operators, unary operators and the conversions
// operator.index / int(x) / float(x).
#include "object/bytes.hpp"
#include "object/error.hpp"
#include "object/float.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

constexpr const char* BINARY_TEXT[BIN_COUNT] = {
    "+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^",
};
constexpr const char* INPLACE_TEXT[BIN_COUNT] = {
    "+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=",
};

// CPython's binary_op1: returns NotImplemented when neither operand handles the operation.
Value binary_op1(ThreadState& ts, Value a, Value b, int op) {
  Type* ta = type_of(ts, a);
  Type* tb = type_of(ts, b);
  BinaryFn slot_a = ta->binary[op];
  BinaryFn slot_b = tb != ta ? tb->binary[op] : nullptr;
  if (slot_b == slot_a) slot_b = nullptr;
  Value ni = ts.vm->not_implemented;
  if (slot_a) {
    if (slot_b && type_is_subtype(tb, ta)) {
      WEFT_TRY(r, slot_b(ts, a, b));
      if (r != ni) return r;
      slot_b = nullptr;
    }
    WEFT_TRY(r, slot_a(ts, a, b));
    if (r != ni) return r;
  }
  if (slot_b) return slot_b(ts, a, b);
  return ni;
}

bool is_sequence_kind(Type* t) {
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

// The messages CPython produces through the sequence concat/repeat fallbacks.
Value raise_unsupported(ThreadState& ts, Value a, Value b, int op, const char* op_text) {
  Type* ta = type_of(ts, a);
  Type* tb = type_of(ts, b);
  Type* type_error = ts.vm->types.TypeError;
  if (op == BIN_ADD && is_sequence_kind(ta) && ta->kind != TypeKind::Bytes &&
      ta->kind != TypeKind::ByteArray) {
    return raise(ts, type_error, "can only concatenate %s (not \"%s\") to %s", type_cname(ta),
                 type_cname(tb), type_cname(ta));
  }
  if (op == BIN_ADD && (ta->kind == TypeKind::Bytes || ta->kind == TypeKind::ByteArray)) {
    return raise(ts, type_error, "can't concat %s to %s", type_cname(tb), type_cname(ta));
  }
  if (op == BIN_MUL && (is_sequence_kind(ta) || is_sequence_kind(tb))) {
    Type* other = is_sequence_kind(ta) ? tb : ta;
    return raise(ts, type_error, "can't multiply sequence by non-int of type '%s'",
                 type_cname(other));
  }
  return raise(ts, type_error, "unsupported operand type(s) for %s: '%s' and '%s'", op_text,
               type_cname(ta), type_cname(tb));
}

Value unary(ThreadState& ts, Value v, UnaryFn Type::*slot, const char* what) {
  Type* t = type_of(ts, v);
  if (UnaryFn f = t->*slot) return f(ts, v);
  return raise(ts, ts.vm->types.TypeError, "bad operand type for %s: '%s'", what, type_cname(t));
}

}  // namespace

Value binary_op(ThreadState& ts, Value a, Value b, int op) {
  WEFT_TRY(r, binary_op1(ts, a, b, op));
  if (r != ts.vm->not_implemented) return r;
  return raise_unsupported(ts, a, b, op, BINARY_TEXT[op]);
}

Value inplace_op(ThreadState& ts, Value a, Value b, int op) {
  if (BinaryFn f = type_of(ts, a)->inplace[op]) {
    WEFT_TRY(r, f(ts, a, b));
    if (r != ts.vm->not_implemented) return r;
  }
  WEFT_TRY(r, binary_op1(ts, a, b, op));
  if (r != ts.vm->not_implemented) return r;
  return raise_unsupported(ts, a, b, op, INPLACE_TEXT[op]);
}

Value obj_neg(ThreadState& ts, Value v) { return unary(ts, v, &Type::neg, "unary -"); }
Value obj_pos(ThreadState& ts, Value v) { return unary(ts, v, &Type::pos, "unary +"); }
Value obj_invert(ThreadState& ts, Value v) { return unary(ts, v, &Type::invert, "unary ~"); }
Value obj_abs(ThreadState& ts, Value v) { return unary(ts, v, &Type::abs_, "abs()"); }

// ---- conversions --------------------------------------------------------------------------------

Value obj_index(ThreadState& ts, Value v) {
  if (v.is_int()) return v;
  Type* t = v.as_obj()->type;
  if (t == ts.vm->types.int_) return v;
  if (t->tflags & TF_INT_SUBCLASS) return int_exact(ts, v);
  if (!t->index) {
    return raise(ts, ts.vm->types.TypeError, "'%s' object cannot be interpreted as an integer",
                 type_cname(t));
  }
  WEFT_TRY(r, t->index(ts, v));
  if (is_int_like(ts, r)) return int_exact(ts, r);
  return raise(ts, ts.vm->types.TypeError, "__index__ returned non-int (type %s)",
               type_name(ts, r));
}

Value obj_to_int(ThreadState& ts, Value v) {
  if (v.is_int()) return v;
  Type* t = v.as_obj()->type;
  if (t->tflags & TF_INT_SUBCLASS) return int_exact(ts, v);
  if (t->to_int) {
    WEFT_TRY(r, t->to_int(ts, v));
    if (is_int_like(ts, r)) return int_exact(ts, r);
    return raise(ts, ts.vm->types.TypeError, "__int__ returned non-int (type %s)",
                 type_name(ts, r));
  }
  if (t->index) return obj_index(ts, v);
  if (t->tflags & TF_STR_SUBCLASS) {
    Str* s = as_str(v);
    return int_from_str(ts, s->data, s->nbytes, 10);
  }
  if (t->tflags & TF_BYTES_SUBCLASS) {
    Bytes* b = as_bytes(v);
    return int_from_str(ts, b->data, b->size, 10);
  }
  return raise(ts, ts.vm->types.TypeError,
               "int() argument must be a string, a bytes-like object or a real number, not '%s'",
               type_cname(t));
}

Value obj_to_float(ThreadState& ts, Value v) {
  Type* t = type_of(ts, v);
  if (t == ts.vm->types.float_) return v;
  if (is_float(ts, v)) return float_new(ts, float_value(v));
  if (!v.is_int() && t->to_float) {
    WEFT_TRY(r, t->to_float(ts, v));
    if (type_of(ts, r) == ts.vm->types.float_) return r;
    if (is_float(ts, r)) return float_new(ts, float_value(r));
    return raise(ts, ts.vm->types.TypeError, "%s.__float__ returned non-float (type %s)",
                 type_cname(t), type_name(ts, r));
  }
  if (v.is_int() || t->index || (t->tflags & TF_INT_SUBCLASS)) {
    WEFT_TRY(i, obj_index(ts, v));
    double d;
    if (!int_to_double(ts, i, &d)) return Value::error();
    return float_new(ts, d);
  }
  if (t->tflags & TF_STR_SUBCLASS) return float_from_str(ts, as_str(v)->data, as_str(v)->nbytes);
  if (t->tflags & TF_BYTES_SUBCLASS) return float_from_str(ts, as_bytes(v)->data, as_bytes(v)->size);
  return raise(ts, ts.vm->types.TypeError,
               "float() argument must be a string or a real number, not '%s'", type_cname(t));
}

}  // namespace weft
