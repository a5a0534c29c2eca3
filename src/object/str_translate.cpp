// str.maketrans and str.translate: translation tables map code points (ints) to code points,
// strs or None (delete); a table is any object with __getitem__, and a LookupError from it keeps
// the character.
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/str_methods.hpp"

namespace weft {

namespace {

Value ord_of(const Str* s, size_t at, size_t* len) {
  return Value::from_int(intptr_t(utf8_decode(s->data + at, len)));
}

// maketrans(dict): str keys of length 1 become their code points.
Value table_from_dict(ThreadState& ts, Value arg) {
  if (!is_dict(ts, arg)) {
    return raise(ts, ts.vm->types.TypeError,
                 "if you give only one argument to maketrans it must be a dict");
  }
  Dict* out = dict_new(ts);
  if (!out) return Value::error();
  size_t pos = 0;
  Value key, value;
  while (dict_next(as_dict(arg), &pos, &key, &value)) {
    if (is_str(ts, key)) {
      if (as_str(key)->length != 1) {
        return raise(ts, ts.vm->types.ValueError,
                     "string keys in translate table must be of length 1");
      }
      size_t len;
      key = ord_of(as_str(key), 0, &len);
    } else if (!is_int_like(ts, key)) {
      return raise(ts, ts.vm->types.TypeError, "keys in translate table must be strings or integers");
    }
    if (!dict_set(ts, out, key, value)) return Value::error();
  }
  return Value::from_obj(out);
}

Value m_maketrans(ThreadState& ts, Value, const Value* args, size_t nargs, Tuple* kw) {
  if (!method_args(ts, true, "maketrans", nargs, kw, 1, 3)) return Value::error();
  for (size_t i = 1; i < nargs; i++) {
    if (!is_str(ts, args[i])) {
      return raise(ts, ts.vm->types.TypeError, "maketrans() argument %zu must be str, not %T",
                   i + 1, args[i]);
    }
  }
  if (nargs == 1) return table_from_dict(ts, args[0]);
  if (!is_str(ts, args[0])) {
    return raise(ts, ts.vm->types.TypeError,
                 "first maketrans argument must be a string if there is a second argument");
  }
  Str* from = as_str(args[0]);
  Str* to = as_str(args[1]);
  if (from->length != to->length) {
    return raise(ts, ts.vm->types.ValueError,
                 "the first two maketrans arguments must have equal length");
  }
  Dict* out = dict_new(ts);
  if (!out) return Value::error();
  for (size_t i = 0, j = 0, li, lj; i < from->nbytes; i += li, j += lj) {
    if (!dict_set(ts, out, ord_of(from, i, &li), ord_of(to, j, &lj))) return Value::error();
  }
  if (nargs == 3) {
    Str* deleted = as_str(args[2]);
    for (size_t i = 0, len; i < deleted->nbytes; i += len) {
      if (!dict_set(ts, out, ord_of(deleted, i, &len), ts.vm->none)) return Value::error();
    }
  }
  return Value::from_obj(out);
}

// Appends the translation of cp; false on error.
bool translate_char(ThreadState& ts, Value table, uint32_t cp, StrBuf& out) {
  Value r = obj_getitem(ts, table, Value::from_int(intptr_t(cp)));
  if (r.is_error()) {
    if (!pending_matches(ts, ts.vm->types.LookupError)) return false;
    take_pending(ts);
    out.append_codepoint(cp);
    return true;
  }
  if (is_none(ts, r)) return true;
  if (is_str(ts, r)) {
    out.append_str(as_str(r));
    return true;
  }
  if (!is_int_like(ts, r)) {
    raise(ts, ts.vm->types.TypeError, "character mapping must return integer, None or str");
    return false;
  }
  int64_t c = -1;
  if (!int_to_i64(ts, r, &c)) take_pending(ts);
  if (c < 0 || c > int64_t(UNICODE_MAX)) {
    raise(ts, ts.vm->types.ValueError, "character mapping must be in range(0x110000)");
    return false;
  }
  out.append_codepoint(uint32_t(c));
  return true;
}

Value m_translate(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!method_args(ts, true, "translate", nargs, kw, 1, 1)) return Value::error();
  Str* s = as_str(self);
  StrBuf out(ts);
  for (size_t at = 0, len; at < s->nbytes; at += len) {
    if (!translate_char(ts, args[0], utf8_decode(s->data + at, &len), out)) return Value::error();
  }
  return out.finish();
}

}  // namespace

const MethodDef STR_TRANSLATE_METHODS[] = {
    {"maketrans", m_maketrans, METH_STATIC, "Return a translation table usable for str.translate()."},
    {"translate", m_translate, 0, "Replace each character through the given translation table."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace weft
