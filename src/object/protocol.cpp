// The object protocol: repr/str/ascii, hash, truth, len, rich comparison, attributes and
// isinstance, dispatched through Type slots with CPython's rules and messages.
#include "object/protocol.hpp"

#include "object/error.hpp"
#include "object/int.hpp"
#include "object/str.hpp"
#include "object/type.hpp"

namespace weft {

const char* type_name(ThreadState& ts, Value v) { return type_cname(type_of(ts, v)); }

size_t escape_codepoint(uint32_t cp, char* out) {
  int digits = cp <= 0xFF ? 2 : cp <= 0xFFFF ? 4 : 8;
  size_t n = 0;
  out[n++] = '\\';
  out[n++] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
  for (int i = digits - 1; i >= 0; i--) out[n++] = "0123456789abcdef"[(cp >> (4 * i)) & 0xF];
  out[n] = 0;
  return n;
}

namespace {

// The result of __repr__/__str__ must be a str.
Value check_text(ThreadState& ts, Value r, const char* which) {
  if (r.is_error() || is_str(ts, r)) return r;
  return raise(ts, ts.vm->types.TypeError, "%s returned non-string (type %s)", which,
               type_name(ts, r));
}

// Decodes one code point of (valid) UTF-8 at *p and advances *p.
uint32_t next_codepoint(const unsigned char** p) {
  const unsigned char* s = *p;
  uint32_t c = s[0];
  int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
  if (extra) c &= 0x3F >> extra;
  for (int i = 1; i <= extra; i++) c = (c << 6) | (s[i] & 0x3F);
  *p = s + 1 + extra;
  return c;
}

}  // namespace

Value obj_repr(ThreadState& ts, Value v) {
  if (!stack_check(ts)) return Value::error();
  Type* t = type_of(ts, v);
  if (!t->repr) return str_format_c(ts, "<%s object at %p>", type_cname(t), v.as_obj());
  return check_text(ts, t->repr(ts, v), "__repr__");
}

Value obj_str(ThreadState& ts, Value v) {
  Type* t = type_of(ts, v);
  if (t == ts.vm->types.str) return v;
  if (!t->str) return obj_repr(ts, v);
  if (!stack_check(ts)) return Value::error();
  return check_text(ts, t->str(ts, v), "__str__");
}

Value obj_ascii(ThreadState& ts, Value v) {
  WEFT_TRY(r, obj_repr(ts, v));
  Str* s = as_str(r);
  if (str_is_ascii(s)) return r;
  StrBuf out(ts);
  auto p = reinterpret_cast<const unsigned char*>(s->data);
  auto end = p + s->nbytes;
  while (p < end) {
    uint32_t cp = next_codepoint(&p);
    if (cp < 0x80) {
      out.append_char(char(cp));
    } else {
      char escape[ESCAPE_MAX];
      out.append(escape, escape_codepoint(cp, escape));
    }
  }
  return out.finish();
}

bool obj_hash(ThreadState& ts, Value v, intptr_t* out) {
  if (v.is_int()) {
    *out = int_hash(v);
    return true;
  }
  HashFn h = v.as_obj()->type->hash;
  if (!h) {
    raise(ts, ts.vm->types.TypeError, "unhashable type: '%s'", type_name(ts, v));
    return false;
  }
  return h(ts, v, out);
}

int obj_truth(ThreadState& ts, Value v) {
  Vm& vm = *ts.vm;
  if (v == vm.true_) return 1;
  if (v == vm.false_ || v == vm.none) return 0;
  if (v.is_int()) return v.as_int() != 0;
  Type* t = v.as_obj()->type;
  if (t->bool_) return t->bool_(ts, v);
  if (t->len) {
    size_t n;
    if (!t->len(ts, v, &n)) return -1;
    return n != 0;
  }
  return 1;
}

bool obj_len(ThreadState& ts, Value v, size_t* out) {
  Type* t = type_of(ts, v);
  if (!t->len) {
    raise(ts, ts.vm->types.TypeError, "object of type '%s' has no len()", type_cname(t));
    return false;
  }
  return t->len(ts, v, out);
}

// ---- comparison ---------------------------------------------------------------------------------

namespace {

constexpr int SWAPPED_OP[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
constexpr const char* OP_TEXT[] = {"<", "<=", "==", "!=", ">", ">="};

}  // namespace

// A subclass of the left operand's type that overrides the comparison gets the first try,
// reflected; then the left operand; then the reflection. == and != fall back to identity.
Value obj_richcompare(ThreadState& ts, Value a, Value b, int op) {
  if (!stack_check(ts)) return Value::error();
  Vm& vm = *ts.vm;
  Type* ta = type_of(ts, a);
  Type* tb = type_of(ts, b);
  bool reversed_tried = false;
  if (ta != tb && tb->richcompare && type_is_subtype(tb, ta)) {
    reversed_tried = true;
    WEFT_TRY(r, tb->richcompare(ts, b, a, SWAPPED_OP[op]));
    if (r != vm.not_implemented) return r;
  }
  if (ta->richcompare) {
    WEFT_TRY(r, ta->richcompare(ts, a, b, op));
    if (r != vm.not_implemented) return r;
  }
  if (!reversed_tried && tb->richcompare) {
    WEFT_TRY(r, tb->richcompare(ts, b, a, SWAPPED_OP[op]));
    if (r != vm.not_implemented) return r;
  }
  if (op == CMP_EQ) return boolean(ts, a == b);
  if (op == CMP_NE) return boolean(ts, a != b);
  return raise(ts, vm.types.TypeError, "'%s' not supported between instances of '%s' and '%s'",
               OP_TEXT[op], type_cname(ta), type_cname(tb));
}

int obj_richcompare_bool(ThreadState& ts, Value a, Value b, int op) {
  // Identity implies equality here, as in CPython (so a NaN equals itself inside containers).
  if (a == b) {
    if (op == CMP_EQ) return 1;
    if (op == CMP_NE) return 0;
  }
  if (a.is_int() && b.is_int()) {
    intptr_t x = a.as_int(), y = b.as_int();
    switch (op) {
      case CMP_LT: return x < y;
      case CMP_LE: return x <= y;
      case CMP_EQ: return x == y;
      case CMP_NE: return x != y;
      case CMP_GT: return x > y;
      default: return x >= y;
    }
  }
  Value r = obj_richcompare(ts, a, b, op);
  if (r.is_error()) return -1;
  if (r == ts.vm->true_) return 1;
  if (r == ts.vm->false_) return 0;
  return obj_truth(ts, r);
}

int obj_equal(ThreadState& ts, Value a, Value b) { return obj_richcompare_bool(ts, a, b, CMP_EQ); }

// ---- attributes ---------------------------------------------------------------------------------

Value obj_getattr(ThreadState& ts, Value obj, Str* name) {
  Type* t = type_of(ts, obj);
  if (!t->getattr) {
    return raise(ts, ts.vm->types.AttributeError, "'%s' object has no attribute '%U'",
                 type_cname(t), name);
  }
  return t->getattr(ts, obj, name);
}

Value obj_getattr_opt(ThreadState& ts, Value obj, Str* name) {
  Type* t = type_of(ts, obj);
  if (t->getattr == generic_getattr) return generic_getattr_opt(ts, obj, name);
  if (!t->getattr) return Value::error();
  Value v = t->getattr(ts, obj, name);
  if (v.is_error() && pending_matches(ts, ts.vm->types.AttributeError)) {
    ts.pending = Value::error();
  }
  return v;
}

bool obj_setattr(ThreadState& ts, Value obj, Str* name, Value v) {
  Type* t = type_of(ts, obj);
  if (!t->setattr) {
    raise(ts, ts.vm->types.TypeError, "'%s' object has no attributes (%s .%U)", type_cname(t),
          v.is_error() ? "del" : "assign to", name);
    return false;
  }
  return t->setattr(ts, obj, name, v);
}

bool obj_delattr(ThreadState& ts, Value obj, Str* name) {
  return obj_setattr(ts, obj, name, Value::error());
}

// ---- types --------------------------------------------------------------------------------------

bool is_instance(ThreadState& ts, Value obj, Type* type) {
  return type_is_subtype(type_of(ts, obj), type);
}

bool is_callable(ThreadState& ts, Value v) { return type_of(ts, v)->call != nullptr; }

}  // namespace weft
