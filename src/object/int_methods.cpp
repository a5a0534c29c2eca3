// int's methods and attributes: bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio,
// __round__, __format__, real/imag/numerator/denominator and friends (MethodDef tables used by
// int_type.cpp).
#include "object/args.hpp"
#include "object/bytes.hpp"
#include "object/error.hpp"
#include "object/format_spec.hpp"
#include "object/function.hpp"
#include "object/int_impl.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace weft {

Value int_div_round_half_even(ThreadState& ts, Value a, Value b) {
  Value q, r;
  if (!int_divmod_parts(ts, a, b, &q, &r, "integer division or modulo by zero")) {
    return Value::error();
  }
  WEFT_TRY(twice, int_lshift(ts, r, Value::from_int(1)));
  int c = int_compare(twice, b);
  IntView qv(q);
  bool odd = qv.n > 0 && (qv.d[0] & 1);
  if (c > 0 || (c == 0 && odd)) return int_add(ts, q, Value::from_int(1));
  return q;
}

namespace {

Value m_bit_length(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "bit_length", nargs, kw, 0, 0)) return Value::error();
  return int_from_i64(ts, int_bit_length(self));
}

Value m_bit_count(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "bit_count", nargs, kw, 0, 0)) return Value::error();
  IntView v(self);
  return int_from_u64(ts, mag_popcount(v.d, v.n));
}

Value m_exact(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "conjugate", nargs, kw, 0, 0)) return Value::error();
  return int_exact(ts, self);
}

Value m_is_integer(ThreadState& ts, Value, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "is_integer", nargs, kw, 0, 0)) return Value::error();
  return ts.vm->true_;
}

Value m_as_integer_ratio(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "as_integer_ratio", nargs, kw, 0, 0)) return Value::error();
  WEFT_TRY(n, int_exact(ts, self));
  return tuple_pack(ts, n, Value::from_int(1));
}

Value m_round(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "__round__", nargs, kw, 0, 1)) return Value::error();
  if (nargs == 0 || is_none(ts, args[0])) return int_exact(ts, self);
  WEFT_TRY(nd, obj_index(ts, args[0]));
  if (int_sign(nd) >= 0) return int_exact(ts, self);
  // round(x, -k) rounds half-even to a multiple of 10**k; once 10**k > 2|x| that is 0
  // (checked first so that a huge k cannot hang computing 10**k).
  WEFT_TRY(k, int_neg(ts, nd));
  if (int_bit_length(k) > 32 || int_clamp_ssize(k) > int_bit_length(self) / 3 + 2) {
    return Value::from_int(0);
  }
  WEFT_TRY(scale, int_pow(ts, Value::from_int(10), k, Value::error()));
  WEFT_TRY(q, int_div_round_half_even(ts, self, scale));
  return int_mul(ts, q, scale);
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
  return int_format(ts, self, spec);
}

Value m_divmod(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "__divmod__", nargs, kw, 1, 1)) return Value::error();
  if (!is_int_like(ts, args[0])) return ts.vm->not_implemented;
  return int_divmod(ts, self, args[0]);
}

Value m_rdivmod(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "__rdivmod__", nargs, kw, 1, 1)) return Value::error();
  if (!is_int_like(ts, args[0])) return ts.vm->not_implemented;
  return int_divmod(ts, args[0], self);
}

// byteorder argument of to_bytes/from_bytes: 1 for big, 0 for little, -1 on error.
int parse_byteorder(ThreadState& ts, const char* fname, Value v) {
  if (v.is_error()) return 1;
  if (!is_str(ts, v)) {
    raise(ts, ts.vm->types.TypeError, "%s() argument 'byteorder' must be str, not %T", fname, v);
    return -1;
  }
  if (str_equal_cstr(as_str(v), "big")) return 1;
  if (str_equal_cstr(as_str(v), "little")) return 0;
  raise(ts, ts.vm->types.ValueError, "byteorder must be either 'little' or 'big'");
  return -1;
}

int parse_signed(ThreadState& ts, Value v) { return v.is_error() ? 0 : obj_truth(ts, v); }

Value m_to_bytes(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const NAMES[] = {"length", "byteorder", "signed"};
  static const ArgSpec SPEC = {"to_bytes", NAMES, 3, 0, 2, 0};
  Value a[3];
  if (!args_parse(ts, SPEC, args, nargs, kw, a)) return Value::error();
  intptr_t length = 1;
  if (!a[0].is_error() && !arg_ssize(ts, a[0], &length)) return Value::error();
  if (length < 0) {
    return raise(ts, ts.vm->types.ValueError, "length argument must be non-negative");
  }
  int big = parse_byteorder(ts, "to_bytes", a[1]);
  int is_signed = big < 0 ? -1 : parse_signed(ts, a[2]);
  if (is_signed < 0) return Value::error();
  IntView v(self);
  if (v.neg && !is_signed) {
    return raise(ts, ts.vm->types.OverflowError, "can't convert negative int to unsigned");
  }
  // Bits needed: the magnitude's, plus a sign bit when signed (-2**k needs only k + 1 bits).
  uint64_t bits = mag_bit_length(v.d, v.n);
  if (is_signed && v.n > 0) bits += (v.neg && mag_popcount(v.d, v.n) == 1) ? 0 : 1;
  if (v.neg && v.n == 1 && v.d[0] == 1) bits = 0;  // CPython lets -1 fit in zero bytes
  if (bits > uint64_t(length) * 8) {
    return raise(ts, ts.vm->types.OverflowError, "int too big to convert");
  }
  Bytes* out = bytes_alloc(ts, size_t(length));
  if (!out) return Value::error();
  Limb carry = 1;  // two's complement of negatives: ~m + 1, limb by limb
  for (size_t li = 0; li * 4 < size_t(length); li++) {
    Limb limb = li < v.n ? v.d[li] : 0;
    if (v.neg) {
      DLimb s = DLimb(Limb(~limb)) + carry;
      limb = Limb(s);
      carry = Limb(s >> 32);
    }
    for (size_t b = 0; b < 4 && li * 4 + b < size_t(length); b++) {
      size_t i = li * 4 + b;
      out->data[big ? size_t(length) - 1 - i : i] = char(limb >> (8 * b));
    }
  }
  return Value::from_obj(out);
}

// The bytes of from_bytes' argument: bytes directly, anything else through iteration
// (bytearray, lists of ints), as bytes(x) would.
bool bytes_arg(ThreadState& ts, Value v, Value* out) {
  if (is_bytes(ts, v)) {
    *out = v;
    return true;
  }
  Value it = obj_iter(ts, v);
  if (it.is_error()) {
    take_pending(ts);
    raise(ts, ts.vm->types.TypeError, "cannot convert '%s' object to bytes", type_name(ts, v));
    return false;
  }
  StrBuf buf(ts);
  for (;;) {
    Value item = obj_next(ts, it);
    if (item.is_error()) {
      if (ts.has_pending()) return false;
      break;
    }
    WEFT_TRY_BOOL(i, obj_index(ts, item));
    if (int_sign(i) < 0 || int_compare(i, Value::from_int(255)) > 0) {
      raise(ts, ts.vm->types.ValueError, "bytes must be in range(0, 256)");
      return false;
    }
    buf.append_char(char(i.as_int()));
  }
  *out = buf.finish_bytes();
  return !out->is_error();
}

Value m_from_bytes(ThreadState& ts, Value cls, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const NAMES[] = {"bytes", "byteorder", "signed"};
  static const ArgSpec SPEC = {"from_bytes", NAMES, 3, 0, 2, 1};
  Value a[3];
  if (!args_parse(ts, SPEC, args, nargs, kw, a)) return Value::error();
  int big = parse_byteorder(ts, "from_bytes", a[1]);
  int is_signed = big < 0 ? -1 : parse_signed(ts, a[2]);
  if (is_signed < 0) return Value::error();
  Value data;
  if (!bytes_arg(ts, a[0], &data)) return Value::error();
  Bytes* b = as_bytes(data);
  size_t len = b->size;
  size_t nl = len / 4 + 1;
  BigInt* r = bigint_alloc(ts, nl);
  if (!r) return Value::error();
  for (size_t i = 0; i < len; i++) {
    auto byte = Limb(static_cast<unsigned char>(b->data[big ? len - 1 - i : i]));
    r->digits[i / 4] |= byte << (8 * (i % 4));
  }
  bool neg = is_signed && len > 0 && (static_cast<unsigned char>(b->data[big ? 0 : len - 1]) & 0x80);
  if (neg) {
    // value - 2**(8*len): the magnitude is the two's complement within len bytes.
    Limb carry = 1;
    for (size_t i = 0; i < nl; i++) {
      DLimb s = DLimb(Limb(~r->digits[i])) + carry;
      r->digits[i] = Limb(s);
      carry = Limb(s >> 32);
    }
    size_t bits = len * 8 % 32;
    if (bits) r->digits[len / 4] &= (Limb(1) << bits) - 1;
    for (size_t i = (len + 3) / 4; i < nl; i++) r->digits[i] = 0;
  }
  Value result = bigint_finish(r, nl, neg);
  if (cls.as_obj() == ts.vm->types.int_) return result;
  return call1(ts, cls, result);
}

Value get_exact(ThreadState& ts, Value self) { return int_exact(ts, self); }
Value get_zero(ThreadState&, Value) { return Value::from_int(0); }
Value get_one(ThreadState&, Value) { return Value::from_int(1); }

}  // namespace

extern const MethodDef INT_METHODS[] = {
    {"bit_length", m_bit_length, 0, "Number of bits necessary to represent self in binary."},
    {"bit_count", m_bit_count, 0, "Number of ones in the binary representation of abs(self)."},
    {"to_bytes", m_to_bytes, 0, "Return an array of bytes representing an integer."},
    {"from_bytes", m_from_bytes, METH_CLASS, "Return the integer represented by the bytes."},
    {"as_integer_ratio", m_as_integer_ratio, 0, "Return a pair of integers (self, 1)."},
    {"is_integer", m_is_integer, 0, "Returns True."},
    {"conjugate", m_exact, 0, "Returns self, the complex conjugate of any int."},
    {"__format__", m_format, 0, nullptr},
    {"__round__", m_round, 0, nullptr},
    {"__trunc__", m_exact, 0, nullptr},
    {"__floor__", m_exact, 0, nullptr},
    {"__ceil__", m_exact, 0, nullptr},
    {"__index__", m_exact, 0, nullptr},
    {"__divmod__", m_divmod, 0, nullptr},
    {"__rdivmod__", m_rdivmod, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

extern const GetSetDef INT_GETSETS[] = {
    {"real", get_exact, nullptr},
    {"imag", get_zero, nullptr},
    {"numerator", get_exact, nullptr},
    {"denominator", get_one, nullptr},
    {nullptr, nullptr, nullptr},
};

}  // namespace weft
