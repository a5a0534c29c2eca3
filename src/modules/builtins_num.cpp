// Numeric and character built-ins: abs, divmod, pow, round, bin, oct, hex, ord, chr, format.
#include "modules/module_defs.hpp"
#include "object/args.hpp"
#include "object/bytes.hpp"
#include "object/error.hpp"
#include "object/float.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace weft {

namespace {

Value b_abs(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "abs", nargs, kw, 1, 1)) return Value::error();
  return obj_abs(ts, args[0]);
}

bool is_real(ThreadState& ts, Value v) { return is_int_like(ts, v) || is_float(ts, v); }

// ints directly; anything else through __divmod__, then the reflected __rdivmod__.
Value b_divmod(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "divmod", nargs, kw, 2, 2)) return Value::error();
  Value a = args[0], b = args[1];
  if (is_int_like(ts, a) && is_int_like(ts, b)) return int_divmod(ts, a, b);
  Value r = call_special(ts, a, ts.vm->names.__divmod__, &b, 1);
  if (r.is_error() && ts.has_pending()) return r;
  if (!r.is_error() && r != ts.vm->not_implemented) return r;
  r = call_special(ts, b, ts.vm->names.__rdivmod__, &a, 1);
  if (r.is_error() && ts.has_pending()) return r;
  if (!r.is_error() && r != ts.vm->not_implemented) return r;
  return raise(ts, ts.vm->types.TypeError,
               "unsupported operand type(s) for divmod(): '%s' and '%s'", type_name(ts, a),
               type_name(ts, b));
}

Value b_pow(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static constexpr const char* NAMES[] = {"base", "exp", "mod"};
  Value a[3];
  if (!args_parse(ts, {"pow", NAMES, 3, 0, 3, 2}, args, nargs, kwnames, a)) {
    return Value::error();
  }
  if (a[2].is_error() || a[2] == ts.vm->none) return binary_op(ts, a[0], a[1], BIN_POW);
  if (is_int_like(ts, a[0]) && is_int_like(ts, a[1]) && is_int_like(ts, a[2])) {
    return int_pow(ts, a[0], a[1], a[2]);
  }
  if (is_real(ts, a[0]) && is_real(ts, a[1]) && is_real(ts, a[2])) {
    return raise(ts, ts.vm->types.TypeError,
                 "pow() 3rd argument not allowed unless all arguments are integers");
  }
  // A class's __pow__(exp, mod); three-argument power never tries __rpow__.
  Value r = call_special(ts, a[0], ts.vm->names.__pow__, a + 1, 2);
  if (r.is_error() && ts.has_pending()) return r;
  if (!r.is_error() && r != ts.vm->not_implemented) return r;
  return raise(ts, ts.vm->types.TypeError,
               "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
               type_name(ts, a[0]), type_name(ts, a[1]), type_name(ts, a[2]));
}

Value b_round(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kwnames) {
  static constexpr const char* NAMES[] = {"number", "ndigits"};
  Value a[2];
  if (!args_parse(ts, {"round", NAMES, 2, 0, 2, 1}, args, nargs, kwnames, a)) {
    return Value::error();
  }
  bool with_digits = !a[1].is_error() && a[1] != ts.vm->none;
  Value r = call_special(ts, a[0], ts.vm->names.__round__, &a[1], with_digits ? 1 : 0);
  if (!r.is_error() || ts.has_pending()) return r;
  return raise(ts, ts.vm->types.TypeError, "type %s doesn't define __round__ method",
               type_name(ts, a[0]));
}

Value int_text(ThreadState& ts, const Value* args, size_t nargs, Tuple* kw, const char* name,
               int base) {
  if (!args_check(ts, name, nargs, kw, 1, 1)) return Value::error();
  WEFT_TRY(i, obj_index(ts, args[0]));
  return int_to_str(ts, i, base);
}

Value b_bin(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  return int_text(ts, args, nargs, kw, "bin", 2);
}
Value b_oct(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  return int_text(ts, args, nargs, kw, "oct", 8);
}
Value b_hex(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  return int_text(ts, args, nargs, kw, "hex", 16);
}

Value b_ord(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "ord", nargs, kw, 1, 1)) return Value::error();
  Value c = args[0];
  size_t length;
  if (is_str(ts, c)) {
    length = as_str(c)->length;
    if (length == 1) return Value::from_int(intptr_t(str_char_at(as_str(c), 0)));
  } else if (is_bytes(ts, c)) {
    length = as_bytes(c)->size;
    if (length == 1) return Value::from_int(static_cast<unsigned char>(as_bytes(c)->data[0]));
  } else {
    return raise(ts, ts.vm->types.TypeError, "ord() expected string of length 1, but %s found",
                 type_name(ts, c));
  }
  return raise(ts, ts.vm->types.TypeError,
               "ord() expected a character, but string of length %zu found", length);
}

Value b_chr(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "chr", nargs, kw, 1, 1)) return Value::error();
  WEFT_TRY(i, obj_index(ts, args[0]));
  if (!i.is_int() || i.as_int() < 0 || i.as_int() > 0x10FFFF) {
    return raise(ts, ts.vm->types.ValueError, "chr() arg not in range(0x110000)");
  }
  return str_from_codepoint(ts, uint32_t(i.as_int()));
}

Value b_format(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!args_check(ts, "format", nargs, kw, 1, 2)) return Value::error();
  Value spec = nargs == 2 ? args[1] : ts.vm->empty_str;
  if (!is_str(ts, spec)) {
    return raise(ts, ts.vm->types.TypeError, "format() argument 2 must be str, not %s",
                 type_name(ts, spec));
  }
  return obj_format(ts, args[0], spec);
}

}  // namespace

const MethodDef BUILTINS_NUM_FUNCTIONS[] = {
    {"abs", b_abs, 0, "Return the absolute value of the argument."},
    {"divmod", b_divmod, 0, "Return the tuple (x//y, x%y)."},
    {"pow", b_pow, 0, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3."},
    {"round", b_round, 0, "Round a number to a given precision in decimal digits."},
    {"bin", b_bin, 0, "Return the binary representation of an integer."},
    {"oct", b_oct, 0, "Return the octal representation of an integer."},
    {"hex", b_hex, 0, "Return the hexadecimal representation of an integer."},
    {"ord", b_ord, 0, "Return the Unicode code point for a one-character string."},
    {"chr", b_chr, 0, "Return a Unicode string of one character with ordinal i."},
    {"format", b_format, 0, "Return type(value).__format__(value, format_spec)."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace weft
