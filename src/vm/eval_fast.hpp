// Inline fast paths of the interpreter loop: small-int and float arithmetic and comparisons,
// truth tests, and list/tuple indexing by small ints. Each returns "not handled" (false or
// error() with NO exception pending) when the general protocol function must run instead.
#pragma once

#include "object/float.hpp"
#include "object/list.hpp"
#include "object/protocol.hpp"
#include "object/tuple.hpp"

namespace weft {

inline int truth(ThreadState& ts, Value v) {
  Vm& vm = *ts.vm;
  if (v == vm.true_) return 1;
  if (v == vm.false_ || v == vm.none) return 0;
  if (v.is_int()) return v.as_int() != 0;
  return obj_truth(ts, v);
}

inline bool has_type(Value v, const Type* t) { return v.is_obj() && v.as_obj()->type == t; }

// Python's floor division and modulo on machine ints; y != 0 and no overflow is possible because
// small ints are one bit narrower than intptr_t.
inline intptr_t floor_div(intptr_t x, intptr_t y) {
  intptr_t q = x / y;
  if ((x % y != 0) && ((x ^ y) < 0)) q--;
  return q;
}
inline intptr_t floor_mod(intptr_t x, intptr_t y) {
  intptr_t m = x % y;
  if (m != 0 && ((m ^ y) < 0)) m += y;
  return m;
}

// Both operands small ints. error() when the result needs a BigInt or a float, or on x/0.
inline Value small_int_binary(Value a, Value b, int op) {
  intptr_t x = a.as_int(), y = b.as_int(), r;
  constexpr intptr_t BITS = intptr_t(sizeof(intptr_t) * 8);
  switch (op) {
    case BIN_ADD: r = x + y; break;  // cannot overflow intptr_t: operands have a spare bit
    case BIN_SUB: r = x - y; break;
    case BIN_MUL:
      if (__builtin_mul_overflow(x, y, &r)) return Value();
      break;
    case BIN_FLOORDIV:
      if (y == 0) return Value();
      r = floor_div(x, y);
      break;
    case BIN_MOD:
      if (y == 0) return Value();
      r = floor_mod(x, y);
      break;
    case BIN_AND: r = x & y; break;
    case BIN_OR: r = x | y; break;
    case BIN_XOR: r = x ^ y; break;
    case BIN_LSHIFT:
      if (y < 0 || y >= BITS - 2 || __builtin_mul_overflow(x, intptr_t(1) << y, &r)) return Value();
      break;
    case BIN_RSHIFT:
      if (y < 0) return Value();
      r = y >= BITS ? (x < 0 ? -1 : 0) : x >> y;
      break;
    default:
      return Value();
  }
  return Value::fits_int(r) ? Value::from_int(r) : Value();
}

// A float or small-int operand as a double, when exact.
inline bool as_exact_double(const Vm& vm, Value v, double* out) {
  if (v.is_int()) {
    intptr_t i = v.as_int();
    constexpr intptr_t EXACT = intptr_t(1) << (sizeof(intptr_t) >= 8 ? 53 : 30);
    if (i > EXACT || i < -EXACT) return false;
    *out = double(i);
    return true;
  }
  if (!has_type(v, vm.types.float_)) return false;
  *out = float_value(v);
  return true;
}

// BINARY_OP fast paths (oparg may be an in-place operator). True when handled; *out may then be
// error() with MemoryError pending.
inline bool binary_fast(ThreadState& ts, Value a, Value b, int oparg, Value* out) {
  int op = oparg >= BIN_COUNT ? oparg - BIN_COUNT : oparg;
  if (a.is_int() && b.is_int()) {
    Value r = small_int_binary(a, b, op);
    if (!r.is_error()) {
      *out = r;
      return true;
    }
    if (op != BIN_TRUEDIV) return false;
  }
  double x, y, r;
  const Vm& vm = *ts.vm;
  if (!as_exact_double(vm, a, &x) || !as_exact_double(vm, b, &y)) return false;
  switch (op) {
    case BIN_ADD: r = x + y; break;
    case BIN_SUB: r = x - y; break;
    case BIN_MUL: r = x * y; break;
    case BIN_TRUEDIV:
      if (y == 0.0) return false;
      r = x / y;
      break;
    default:
      return false;
  }
  *out = float_new(ts, r);
  return true;
}

template <class T>
inline bool compare_values(T x, T y, int op) {
  switch (op) {
    case CMP_LT: return x < y;
    case CMP_LE: return x <= y;
    case CMP_EQ: return x == y;
    case CMP_NE: return x != y;
    case CMP_GT: return x > y;
    default: return x >= y;
  }
}

inline bool compare_fast(const Vm& vm, Value a, Value b, int op, Value* out) {
  if (a.is_int() && b.is_int()) {
    *out = compare_values(a.as_int(), b.as_int(), op) ? vm.true_ : vm.false_;
    return true;
  }
  if (has_type(a, vm.types.float_) && has_type(b, vm.types.float_)) {
    *out = compare_values(float_value(a), float_value(b), op) ? vm.true_ : vm.false_;
    return true;
  }
  return false;
}

// An index into [0, size) from a small int that may count from the end, or -1.
inline intptr_t small_index(Value key, size_t size) {
  intptr_t i = key.as_int();
  if (i < 0) i += intptr_t(size);
  return i >= 0 && size_t(i) < size ? i : -1;
}

inline Value subscr_fast(const Vm& vm, Value container, Value key) {
  if (!key.is_int() || !container.is_obj()) return Value();
  Type* t = container.as_obj()->type;
  if (t == vm.types.list) {
    List* l = as_list(container);
    intptr_t i = small_index(key, list_size(l));
    return i < 0 ? Value() : list_get(l, size_t(i));
  }
  if (t == vm.types.tuple) {
    Tuple* tup = as_tuple(container);
    intptr_t i = small_index(key, tup->size);
    return i < 0 ? Value() : tup->items[i];
  }
  return Value();
}

inline bool store_subscr_fast(ThreadState& ts, Value container, Value key, Value v) {
  if (!key.is_int() || !has_type(container, ts.vm->types.list)) return false;
  List* l = as_list(container);
  intptr_t i = small_index(key, list_size(l));
  if (i < 0) return false;
  list_set(ts, l, size_t(i), v);
  return true;
}

}  // namespace weft
