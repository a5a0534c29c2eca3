// The float type: slots (binary slots take a float on either side and convert ints exactly),
// float(x), the methods (is_integer, as_integer_ratio, hex, fromhex, __round__, __format__...)
// and float_init_type.
#include <cmath>

#include "object/args.hpp"
#include "object/bytes.hpp"
#include "object/complex.hpp"
#include "object/error.hpp"
#include "object/float_impl.hpp"
#include "object/format_spec.hpp"
#include "object/function.hpp"
#include "object/int_impl.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace weft {

namespace {

bool slot_hash(ThreadState&, Value v, intptr_t* out) {
  double d = float_value(v);
  if (!std::isnan(d)) {
    *out = float_hash(d);
    return true;
  }
  *out = hash_pointer(v.as_obj());  // NaNs hash by identity (CPython 3.10+)
  return true;
}

bool cmp_result(int c, int op) {
  switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
  }
}

Value slot_richcompare(ThreadState& ts, Value a, Value b, int op) {
  static const int SWAPPED[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
  if (!is_float(ts, a)) {
    Value t = a;
    a = b;
    b = t;
    op = SWAPPED[op];
  }
  double x = float_value(a);
  if (is_float(ts, b)) {
    double y = float_value(b);
    bool r = op == CMP_LT ? x < y : op == CMP_LE ? x <= y : op == CMP_EQ ? x == y
           : op == CMP_NE ? x != y : op == CMP_GT ? x > y : x >= y;
    return boolean(ts, r);
  }
  if (!is_int_like(ts, b)) return ts.vm->not_implemented;
  if (std::isnan(x)) return boolean(ts, op == CMP_NE);
  return boolean(ts, cmp_result(float_int_compare(x, b), op));
}

template <int OP>
Value binary_slot(ThreadState& ts, Value a, Value b) {
  double x = 0, y = 0;
  bool num = false;
  if (!float_coerce(ts, a, &x, &num) || !float_coerce(ts, b, &y, &num)) {
    return num ? Value::error() : ts.vm->not_implemented;
  }
  switch (OP) {
    case BIN_ADD: return float_new(ts, x + y);
    case BIN_SUB: return float_new(ts, x - y);
    case BIN_MUL: return float_new(ts, x * y);
    case BIN_TRUEDIV:
      if (y == 0) return raise(ts, ts.vm->types.ZeroDivisionError, "float division by zero");
      return float_new(ts, x / y);
    case BIN_FLOORDIV: return float_floordiv(ts, x, y);
    case BIN_MOD: return float_mod(ts, x, y);
    default: return float_pow(ts, x, y);
  }
}

Value slot_neg(ThreadState& ts, Value v) { return float_new(ts, -float_value(v)); }
Value slot_abs(ThreadState& ts, Value v) { return float_new(ts, std::fabs(float_value(v))); }
int slot_bool(ThreadState&, Value v) { return float_value(v) != 0; }
Value slot_to_int(ThreadState& ts, Value v) { return int_from_double(ts, float_value(v)); }

Value slot_exact(ThreadState& ts, Value v) {
  if (v.as_obj()->type == ts.vm->types.float_) return v;
  return float_new(ts, float_value(v));
}

// float(x) for one argument, as PyNumber_Float.
Value float_from_object(ThreadState& ts, Value x) {
  if (is_float(ts, x)) return slot_exact(ts, x);
  if (is_int_like(ts, x)) {
    double d = 0;
    if (!int_to_double(ts, x, &d)) return Value::error();
    return float_new(ts, d);
  }
  if (is_str(ts, x)) return float_from_str(ts, as_str(x)->data, as_str(x)->nbytes);
  if (is_bytes(ts, x)) {
    Bytes* b = as_bytes(x);
    return float_parse_text(ts, b->data, b->size, x, nullptr, 0);
  }
  Type* t = x.as_obj()->type;
  if ((t->tflags & TF_HEAPTYPE) || t->kind == TypeKind::ByteArray) return obj_to_float(ts, x);
  if (t->to_float) return t->to_float(ts, x);
  if (t->index) {
    WEFT_TRY(i, t->index(ts, x));
    double d = 0;
    if (!int_to_double(ts, i, &d)) return Value::error();
    return float_new(ts, d);
  }
  return raise(ts, ts.vm->types.TypeError,
               "float() argument must be a string or a real number, not '%s'", type_name(ts, x));
}

Value slot_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args_no_kwargs(ts, "float", kwnames) || !args_check(ts, "float", nargs, nullptr, 0, 1)) {
    return Value::error();
  }
  Value result = nargs == 0 ? float_new(ts, 0.0) : float_from_object(ts, args[0]);
  if (result.is_error() || type == ts.vm->types.float_) return result;
  size_t size = type->basic_size > sizeof(Float) ? type->basic_size : sizeof(Float);
  auto* f = static_cast<Float*>(gc_alloc(ts, type, size));
  if (!f) return Value::error();
  f->value = float_value(result);
  return Value::from_obj(f);
}

// ---- methods -------------------------------------------------------------------------------

double self_value(Value self) { return float_value(self); }

Value m_is_integer(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "is_integer", nargs, kw, 0, 0)) return Value::error();
  double d = self_value(self);
  return boolean(ts, std::isfinite(d) && d == std::floor(d));
}

Value m_as_integer_ratio(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "as_integer_ratio", nargs, kw, 0, 0)) return Value::error();
  double d = self_value(self);
  if (std::isinf(d)) {
    return raise(ts, ts.vm->types.OverflowError, "cannot convert Infinity to integer ratio");
  }
  if (std::isnan(d)) return raise(ts, ts.vm->types.ValueError, "cannot convert NaN to integer ratio");
  int e = 0;
  double m = std::frexp(d, &e);
  for (int i = 0; i < 300 && m != std::floor(m); i++) {
    m *= 2.0;
    e--;
  }
  WEFT_TRY(num, int_from_double(ts, m));
  Value den = Value::from_int(1);
  if (e > 0) {
    num = int_lshift(ts, num, Value::from_int(e));
  } else {
    den = int_lshift(ts, den, Value::from_int(-e));
  }
  if (num.is_error() || den.is_error()) return Value::error();
  return tuple_pack(ts, num, den);
}

Value m_hex(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "hex", nargs, kw, 0, 0)) return Value::error();
  return float_hex(ts, self_value(self));
}

Value m_fromhex(ThreadState& ts, Value cls, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "fromhex", nargs, kw, 1, 1)) return Value::error();
  if (!is_str(ts, args[0])) {
    return raise(ts, ts.vm->types.TypeError, "fromhex() argument must be str, not %T", args[0]);
  }
  WEFT_TRY(f, float_fromhex(ts, as_str(args[0])->data, as_str(args[0])->nbytes));
  if (cls.as_obj() == ts.vm->types.float_) return f;
  return call1(ts, cls, f);
}

Value m_conjugate(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "conjugate", nargs, kw, 0, 0)) return Value::error();
  return slot_exact(ts, self);
}

Value m_format(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "__format__", nargs, kw, 1, 1)) return Value::error();
  if (!is_str(ts, args[0])) {
    return raise(ts, ts.vm->types.TypeError, "__format__() argument must be str, not %T", args[0]);
  }
  Str* s = as_str(args[0]);
  if (s->nbytes == 0) return obj_str(ts, self);
  FormatSpec spec;
  if (!format_spec_parse(ts, str_view(s), type_name(ts, self), &spec)) return Value::error();
  return float_format(ts, self_value(self), spec);
}

Value m_round(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "__round__", nargs, kw, 0, 1)) return Value::error();
  double d = self_value(self);
  if (nargs == 0 || is_none(ts, args[0])) {
    double r = std::round(d);
    if (std::fabs(d - r) == 0.5) r = 2.0 * std::round(d / 2.0);  // ties to even
    return int_from_double(ts, r);
  }
  WEFT_TRY(nd, obj_index(ts, args[0]));
  return float_round(ts, d, int_clamp_ssize(nd));
}

template <double (*FN)(double)>
Value m_to_int(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "__trunc__", nargs, kw, 0, 0)) return Value::error();
  return int_from_double(ts, FN(self_value(self)));
}

double trunc_d(double d) { return std::trunc(d); }
double floor_d(double d) { return std::floor(d); }
double ceil_d(double d) { return std::ceil(d); }

Value divmod_method(ThreadState& ts, Value self, Value other, bool reflected) {
  double x = self_value(self), y = 0;
  bool num = false;
  if (!float_coerce(ts, other, &y, &num)) return num ? Value::error() : ts.vm->not_implemented;
  return reflected ? float_divmod(ts, y, x) : float_divmod(ts, x, y);
}

Value m_divmod(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "__divmod__", nargs, kw, 1, 1)) return Value::error();
  return divmod_method(ts, self, args[0], false);
}

Value m_rdivmod(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "__rdivmod__", nargs, kw, 1, 1)) return Value::error();
  return divmod_method(ts, self, args[0], true);
}

Value get_real(ThreadState& ts, Value self) { return slot_exact(ts, self); }
Value get_imag(ThreadState& ts, Value) { return float_new(ts, 0.0); }

}  // namespace

extern const MethodDef FLOAT_METHODS[] = {
    {"is_integer", m_is_integer, 0, "Return True if the float is an integer."},
    {"as_integer_ratio", m_as_integer_ratio, 0, "Return a pair of integers whose ratio is exact."},
    {"hex", m_hex, 0, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", m_fromhex, METH_CLASS, "Create a floating-point number from a hexadecimal string."},
    {"conjugate", m_conjugate, 0, "Return self, the complex conjugate of any float."},
    {"__format__", m_format, 0, nullptr},
    {"__round__", m_round, 0, nullptr},
    {"__int__", m_to_int<trunc_d>, 0, nullptr},
    {"__trunc__", m_to_int<trunc_d>, 0, nullptr},
    {"__floor__", m_to_int<floor_d>, 0, nullptr},
    {"__ceil__", m_to_int<ceil_d>, 0, nullptr},
    {"__divmod__", m_divmod, 0, nullptr},
    {"__rdivmod__", m_rdivmod, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

extern const GetSetDef FLOAT_GETSETS[] = {
    {"real", get_real, nullptr},
    {"imag", get_imag, nullptr},
    {nullptr, nullptr, nullptr},
};

void float_init_type(ThreadState& ts) {
  Type* t = ts.vm->types.float_;
  t->tflags |= TF_BASETYPE | TF_IMMUTABLE;
  t->repr = float_repr;
  t->hash = slot_hash;
  t->richcompare = slot_richcompare;
  t->new_ = slot_new;
  t->binary[BIN_ADD] = binary_slot<BIN_ADD>;
  t->binary[BIN_SUB] = binary_slot<BIN_SUB>;
  t->binary[BIN_MUL] = binary_slot<BIN_MUL>;
  t->binary[BIN_TRUEDIV] = binary_slot<BIN_TRUEDIV>;
  t->binary[BIN_FLOORDIV] = binary_slot<BIN_FLOORDIV>;
  t->binary[BIN_MOD] = binary_slot<BIN_MOD>;
  t->binary[BIN_POW] = binary_slot<BIN_POW>;
  t->neg = slot_neg;
  t->pos = slot_exact;
  t->abs_ = slot_abs;
  t->bool_ = slot_bool;
  t->to_int = slot_to_int;
  t->to_float = slot_exact;
  if (!type_add_methods(ts, t, FLOAT_METHODS)) return;
  if (!type_add_getsets(ts, t, FLOAT_GETSETS)) return;
  if (ts.vm->types.complex_) complex_init_type(ts);
}

}  // namespace weft
