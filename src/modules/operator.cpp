// The _operator module: the operators as functions (add, lt, getitem, iadd, ...), plus concat,
// countOf, indexOf, length_hint and call. lib/operator.py re-exports them with the dunder
// aliases, as CPython's operator.py does. itemgetter/attrgetter/methodcaller are in
// operator_getters.cpp.
#include "modules/module_defs.hpp"
#include "modules/native_type.hpp"
#include "object/args.hpp"
#include "object/error.hpp"
#include "object/int.hpp"
#include "object/module.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

// Positional-only arguments: "_operator.f() takes no keyword arguments", "f expected 2
// arguments, got 1".
bool fixed(ThreadState& ts, const char* name, size_t nargs, Tuple* kw, int n) {
  if (kw && kw->size) {
    raise(ts, ts.vm->types.TypeError, "_operator.%s() takes no keyword arguments", name);
    return false;
  }
  if (n == 1) return args_check(ts, name, nargs, nullptr, 1, 1);
  return args_positional(ts, name, nargs, n, n);
}

// Binary and in-place operators: one template per BinOp.
template <int OP, bool INPLACE>
Value binary_fn(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* NAMES[2][BIN_COUNT] = {
      {"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift",
       "and_", "or_", "xor"},
      {"iadd", "isub", "imul", "imatmul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift",
       "irshift", "iand", "ior", "ixor"}};
  if (!fixed(ts, NAMES[INPLACE][OP], nargs, kw, 2)) return Value::error();
  return INPLACE ? inplace_op(ts, args[0], args[1], OP) : binary_op(ts, args[0], args[1], OP);
}

template <int OP>
Value compare_fn(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  static constexpr const char* NAMES[] = {"lt", "le", "eq", "ne", "gt", "ge"};
  if (!fixed(ts, NAMES[OP], nargs, kw, 2)) return Value::error();
  return obj_richcompare(ts, args[0], args[1], OP);
}

using UnaryOp = Value (*)(ThreadState&, Value);

template <UnaryOp FN>
Value unary_fn(ThreadState& ts, const char* name, const Value* args, size_t nargs, Tuple* kw) {
  if (!fixed(ts, name, nargs, kw, 1)) return Value::error();
  return FN(ts, args[0]);
}

Value op_neg(ThreadState& ts, Value, const Value* a, size_t n, Tuple* kw) {
  return unary_fn<obj_neg>(ts, "neg", a, n, kw);
}
Value op_pos(ThreadState& ts, Value, const Value* a, size_t n, Tuple* kw) {
  return unary_fn<obj_pos>(ts, "pos", a, n, kw);
}
Value op_abs(ThreadState& ts, Value, const Value* a, size_t n, Tuple* kw) {
  return unary_fn<obj_abs>(ts, "abs", a, n, kw);
}
Value op_inv(ThreadState& ts, Value, const Value* a, size_t n, Tuple* kw) {
  return unary_fn<obj_invert>(ts, "inv", a, n, kw);
}
Value op_invert(ThreadState& ts, Value, const Value* a, size_t n, Tuple* kw) {
  return unary_fn<obj_invert>(ts, "invert", a, n, kw);
}
Value op_index(ThreadState& ts, Value, const Value* a, size_t n, Tuple* kw) {
  return unary_fn<obj_index>(ts, "index", a, n, kw);
}

Value truth_of(ThreadState& ts, const char* name, const Value* args, size_t nargs, Tuple* kw,
               bool negate) {
  if (!fixed(ts, name, nargs, kw, 1)) return Value::error();
  int t = obj_truth(ts, args[0]);
  return t < 0 ? Value::error() : boolean(ts, (t != 0) != negate);
}

Value op_not(ThreadState& ts, Value, const Value* a, size_t n, Tuple* kw) {
  return truth_of(ts, "not_", a, n, kw, true);
}
Value op_truth(ThreadState& ts, Value, const Value* a, size_t n, Tuple* kw) {
  return truth_of(ts, "truth", a, n, kw, false);
}

Value op_is(ThreadState& ts, Value, const Value* a, size_t n, Tuple* kw) {
  if (!fixed(ts, "is_", n, kw, 2)) return Value::error();
  return boolean(ts, a[0] == a[1]);
}
Value op_is_not(ThreadState& ts, Value, const Value* a, size_t n, Tuple* kw) {
  if (!fixed(ts, "is_not", n, kw, 2)) return Value::error();
  return boolean(ts, a[0] != a[1]);
}

// ---- containers ------------------------------------------------------------------------------------

Value op_getitem(ThreadState& ts, Value, const Value* a, size_t n, Tuple* kw) {
  if (!fixed(ts, "getitem", n, kw, 2)) return Value::error();
  return obj_getitem(ts, a[0], a[1]);
}
Value op_setitem(ThreadState& ts, Value, const Value* a, size_t n, Tuple* kw) {
  if (!fixed(ts, "setitem", n, kw, 3)) return Value::error();
  return obj_setitem(ts, a[0], a[1], a[2]) ? ts.vm->none : Value::error();
}
Value op_delitem(ThreadState& ts, Value, const Value* a, size_t n, Tuple* kw) {
  if (!fixed(ts, "delitem", n, kw, 2)) return Value::error();
  return obj_delitem(ts, a[0], a[1]) ? ts.vm->none : Value::error();
}
Value op_contains(ThreadState& ts, Value, const Value* a, size_t n, Tuple* kw) {
  if (!fixed(ts, "contains", n, kw, 2)) return Value::error();
  int r = obj_contains(ts, a[0], a[1]);
  return r < 0 ? Value::error() : boolean(ts, r != 0);
}

// concat requires a sequence on the left (something with __getitem__ that is not a mapping).
Value concat(ThreadState& ts, const char* name, const Value* a, size_t n, Tuple* kw,
             bool inplace) {
  if (!fixed(ts, name, n, kw, 2)) return Value::error();
  Type* t = type_of(ts, a[0]);
  if (!t->getitem || (t->tflags & TF_DICT_SUBCLASS))
    return raise(ts, ts.vm->types.TypeError, "'%s' object can't be concatenated", type_cname(t));
  return inplace ? inplace_op(ts, a[0], a[1], BIN_ADD) : binary_op(ts, a[0], a[1], BIN_ADD);
}

Value op_concat(ThreadState& ts, Value, const Value* a, size_t n, Tuple* kw) {
  return concat(ts, "concat", a, n, kw, false);
}
Value op_iconcat(ThreadState& ts, Value, const Value* a, size_t n, Tuple* kw) {
  return concat(ts, "iconcat", a, n, kw, true);
}

// Scans `seq` for items identical or equal to x: the first index, or the count.
Value search(ThreadState& ts, Value seq, Value x, bool count) {
  WEFT_TRY(it, obj_iter(ts, seq));
  intptr_t i = 0, found = 0;
  for (;; i++) {
    Value item = obj_next(ts, it);
    if (item.is_error()) break;
    int eq = obj_equal(ts, item, x);
    if (eq < 0) return Value::error();
    if (eq && !count) return Value::from_int(i);
    found += eq;
  }
  if (ts.has_pending()) return Value::error();
  if (count) return Value::from_int(found);
  return raise(ts, ts.vm->types.ValueError, "sequence.index(x): x not in sequence");
}

Value op_count_of(ThreadState& ts, Value, const Value* a, size_t n, Tuple* kw) {
  if (!fixed(ts, "countOf", n, kw, 2)) return Value::error();
  return search(ts, a[0], a[1], true);
}
Value op_index_of(ThreadState& ts, Value, const Value* a, size_t n, Tuple* kw) {
  if (!fixed(ts, "indexOf", n, kw, 2)) return Value::error();
  return search(ts, a[0], a[1], false);
}

// length_hint(obj, default=0): len(obj), else obj.__length_hint__(), else default.
Value op_length_hint(ThreadState& ts, Value, const Value* a, size_t n, Tuple* kw) {
  if (!args_no_kwargs(ts, "_operator.length_hint", kw) ||
      !args_positional(ts, "length_hint", n, 1, 2)) {
    return Value::error();
  }
  Value dflt = Value::from_int(0);
  if (n > 1) {
    if (!is_int_like(ts, a[1]))
      return raise(ts, ts.vm->types.TypeError, "'%s' object cannot be interpreted as an integer",
                   type_name(ts, a[1]));
    dflt = a[1];
  }
  if (type_of(ts, a[0])->len) {
    size_t len;
    if (obj_len(ts, a[0], &len)) return Value::from_int(intptr_t(len));
    if (!pending_matches(ts, ts.vm->types.TypeError)) return Value::error();
    take_pending(ts);
  }
  Value hint = call_special(ts, a[0], ts.vm->names.__length_hint__, nullptr, 0);
  if (hint.is_error()) {
    if (!ts.has_pending()) return dflt;
    if (!pending_matches(ts, ts.vm->types.TypeError)) return Value::error();
    take_pending(ts);
    return dflt;
  }
  if (hint == ts.vm->not_implemented) return dflt;
  if (!is_int_like(ts, hint))
    return raise(ts, ts.vm->types.TypeError, "__length_hint__ must be an integer, not %s",
                 type_name(ts, hint));
  if (int_sign(hint) < 0)
    return raise(ts, ts.vm->types.ValueError, "__length_hint__() should return >= 0");
  return hint;
}

Value op_call(ThreadState& ts, Value, const Value* a, size_t n, Tuple* kw) {
  if (n == 0) {
    return raise(ts, ts.vm->types.TypeError, "call expected at least 1 argument, got 0");
  }
  return call(ts, a[0], a + 1, n - 1, kw);
}

const MethodDef OPERATOR_FUNCTIONS[] = {
    {"add", binary_fn<BIN_ADD, false>, 0, "Same as a + b."},
    {"sub", binary_fn<BIN_SUB, false>, 0, "Same as a - b."},
    {"mul", binary_fn<BIN_MUL, false>, 0, "Same as a * b."},
    {"matmul", binary_fn<BIN_MATMUL, false>, 0, "Same as a @ b."},
    {"truediv", binary_fn<BIN_TRUEDIV, false>, 0, "Same as a / b."},
    {"floordiv", binary_fn<BIN_FLOORDIV, false>, 0, "Same as a // b."},
    {"mod", binary_fn<BIN_MOD, false>, 0, "Same as a % b."},
    {"pow", binary_fn<BIN_POW, false>, 0, "Same as a ** b."},
    {"lshift", binary_fn<BIN_LSHIFT, false>, 0, "Same as a << b."},
    {"rshift", binary_fn<BIN_RSHIFT, false>, 0, "Same as a >> b."},
    {"and_", binary_fn<BIN_AND, false>, 0, "Same as a & b."},
    {"or_", binary_fn<BIN_OR, false>, 0, "Same as a | b."},
    {"xor", binary_fn<BIN_XOR, false>, 0, "Same as a ^ b."},
    {"iadd", binary_fn<BIN_ADD, true>, 0, "Same as a += b."},
    {"isub", binary_fn<BIN_SUB, true>, 0, "Same as a -= b."},
    {"imul", binary_fn<BIN_MUL, true>, 0, "Same as a *= b."},
    {"imatmul", binary_fn<BIN_MATMUL, true>, 0, "Same as a @= b."},
    {"itruediv", binary_fn<BIN_TRUEDIV, true>, 0, "Same as a /= b."},
    {"ifloordiv", binary_fn<BIN_FLOORDIV, true>, 0, "Same as a //= b."},
    {"imod", binary_fn<BIN_MOD, true>, 0, "Same as a %= b."},
    {"ipow", binary_fn<BIN_POW, true>, 0, "Same as a **= b."},
    {"ilshift", binary_fn<BIN_LSHIFT, true>, 0, "Same as a <<= b."},
    {"irshift", binary_fn<BIN_RSHIFT, true>, 0, "Same as a >>= b."},
    {"iand", binary_fn<BIN_AND, true>, 0, "Same as a &= b."},
    {"ior", binary_fn<BIN_OR, true>, 0, "Same as a |= b."},
    {"ixor", binary_fn<BIN_XOR, true>, 0, "Same as a ^= b."},
    {"lt", compare_fn<CMP_LT>, 0, "Same as a < b."},
    {"le", compare_fn<CMP_LE>, 0, "Same as a <= b."},
    {"eq", compare_fn<CMP_EQ>, 0, "Same as a == b."},
    {"ne", compare_fn<CMP_NE>, 0, "Same as a != b."},
    {"gt", compare_fn<CMP_GT>, 0, "Same as a > b."},
    {"ge", compare_fn<CMP_GE>, 0, "Same as a >= b."},
    {"neg", op_neg, 0, "Same as -a."},
    {"pos", op_pos, 0, "Same as +a."},
    {"abs", op_abs, 0, "Same as abs(a)."},
    {"inv", op_inv, 0, "Same as ~a."},
    {"invert", op_invert, 0, "Same as ~a."},
    {"index", op_index, 0, "Same as a.__index__()"},
    {"not_", op_not, 0, "Same as not a."},
    {"truth", op_truth, 0, "Return True if a is true, False otherwise."},
    {"is_", op_is, 0, "Same as a is b."},
    {"is_not", op_is_not, 0, "Same as a is not b."},
    {"getitem", op_getitem, 0, "Same as a[b]."},
    {"setitem", op_setitem, 0, "Same as a[b] = c."},
    {"delitem", op_delitem, 0, "Same as del a[b]."},
    {"contains", op_contains, 0, "Same as b in a (note reversed operands)."},
    {"concat", op_concat, 0, "Same as a + b, for a and b sequences."},
    {"iconcat", op_iconcat, 0, "Same as a += b, for a and b sequences."},
    {"countOf", op_count_of, 0, "Return the number of items in a which are, or which equal, b."},
    {"indexOf", op_index_of, 0, "Return the first index of b in a."},
    {"length_hint", op_length_hint, 0, "Return an estimate of the number of items in obj."},
    {"call", op_call, 0, "Same as obj(*args, **kwargs)."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

extern const NativeTypeSpec OPERATOR_TYPES[];  // operator_getters.cpp

Module* operator_module_create(ThreadState& ts) {
  Str* name = intern_cstr(ts, "_operator");
  Module* m = name ? module_new(ts, name) : nullptr;
  if (!m || !module_add_functions(ts, m, OPERATOR_FUNCTIONS) ||
      !module_add_types(ts, m, OPERATOR_TYPES)) {
    return nullptr;
  }
  return m;
}

}  // namespace weft
