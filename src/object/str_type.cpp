// The str type: its slots (repr, hash, comparison, + * %, len, indexing and slicing, `in`,
// iteration), str(object) / str(bytes, encoding, errors), the str iterator, and str_init_type,
// which gathers the method tables of the str*.cpp files.
#include "object/args.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/int.hpp"
#include "object/iterators.hpp"
#include "object/protocol.hpp"
#include "object/range.hpp"
#include "object/str_methods.hpp"
#include "object/str_search.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

Value slot_repr(ThreadState& ts, Value v) { return str_repr(ts, as_str(v)); }

// str(x) of a str subclass instance is an exact str with the same text.
Value slot_str(ThreadState& ts, Value v) {
  if (is_exact_str(ts, v)) return v;
  Str* s = as_str(v);
  return str_from_parts(ts, s->data, s->nbytes, s->length);
}

bool slot_hash(ThreadState&, Value v, intptr_t* out) {
  *out = str_hash(as_str(v));
  return true;
}

bool compare_result(int c, int op) {
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
  if (!is_str(ts, a) || !is_str(ts, b)) return ts.vm->not_implemented;
  if (op == CMP_EQ || op == CMP_NE) {
    return boolean(ts, str_equal(as_str(a), as_str(b)) == (op == CMP_EQ));
  }
  return boolean(ts, compare_result(str_compare(as_str(a), as_str(b)), op));
}

Value slot_add(ThreadState& ts, Value a, Value b) {
  if (!is_str(ts, a) || !is_str(ts, b)) return ts.vm->not_implemented;
  return str_concat(ts, as_str(a), as_str(b));
}

Value slot_mul(ThreadState& ts, Value a, Value b) {
  Value s = is_str(ts, a) ? a : b, n = is_str(ts, a) ? b : a;
  if (!is_int_like(ts, n) && !type_of(ts, n)->index) return ts.vm->not_implemented;
  intptr_t count;
  if (!sequence_repeat_count(ts, n, &count)) return Value::error();
  return str_repeat(ts, as_str(s), count);
}

Value slot_mod(ThreadState& ts, Value a, Value b) {
  if (!is_str(ts, a)) return ts.vm->not_implemented;
  return text_percent(ts, a, b);
}

bool slot_len(ThreadState&, Value v, size_t* out) {
  *out = as_str(v)->length;
  return true;
}

// s[start:stop:step] with step != 1, walking the bytes once.
Value slice_stepped(ThreadState& ts, Str* s, intptr_t start, intptr_t step, intptr_t count) {
  if (str_is_ascii(s)) {
    Value out;
    char* p = text_alloc(ts, true, size_t(count), size_t(count), &out);
    for (intptr_t k = 0; p && k < count; k++) p[k] = s->data[start + k * step];
    return out;
  }
  StrBuf out(ts);
  const char* p = s->data + str_byte_offset(s, size_t(start));
  for (intptr_t k = 0; k < count; k++) {
    size_t len;
    utf8_decode(p, &len);
    out.append(p, len);
    if (k + 1 == count) break;
    p = step > 0 ? utf8_advance(p, size_t(step)) : utf8_retreat(p, size_t(-step));
  }
  return out.finish();
}

Value slot_getitem(ThreadState& ts, Value v, Value key) {
  Str* s = as_str(v);
  if (key.is_obj() && key.as_obj()->type->kind == TypeKind::Slice) {
    intptr_t start, stop, step;
    intptr_t count = slice_unpack(ts, static_cast<Slice*>(key.as_obj()), s->length, &start, &stop,
                                  &step);
    if (count < 0) return Value::error();
    if (step == 1) return str_slice(ts, s, size_t(start), size_t(start + count));
    if (count == 0) return ts.vm->empty_str;
    return slice_stepped(ts, s, start, step, count);
  }
  if (!is_int_like(ts, key) && !type_of(ts, key)->index) {
    return raise(ts, ts.vm->types.TypeError, "string indices must be integers, not '%T'", key);
  }
  intptr_t i;
  if (!sequence_index(ts, key, &i)) return Value::error();
  if (i < 0) i += intptr_t(s->length);
  if (i < 0 || size_t(i) >= s->length) {
    return raise(ts, ts.vm->types.IndexError, "string index out of range");
  }
  return str_from_codepoint(ts, str_char_at(s, size_t(i)));
}

int slot_contains(ThreadState& ts, Value container, Value item) {
  if (!is_str(ts, item)) {
    raise(ts, ts.vm->types.TypeError, "'in <string>' requires string as left operand, not %T",
          item);
    return -1;
  }
  Str* s = as_str(container);
  Str* sub = as_str(item);
  return text_find(s->data, s->nbytes, sub->data, sub->nbytes) != NOT_FOUND;
}

// ---- str(object='', encoding='utf-8', errors='strict') ------------------------------------------

Value decode_argument(ThreadState& ts, Value object, const char* encoding, const char* errors) {
  if (is_str(ts, object)) {
    return raise(ts, ts.vm->types.TypeError, "decoding str is not supported");
  }
  TextView b;
  if (!bytes_like(ts, object, &b)) {
    return raise(ts, ts.vm->types.TypeError, "decoding to str: need a bytes-like object, %T found",
                 object);
  }
  return text_decode(ts, b.data, b.nbytes, object, encoding, errors);
}

Value slot_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const NAMES[] = {"object", "encoding", "errors"};
  static const ArgSpec SPEC = {"str", NAMES, 3, 0, 3, 0};
  Value a[3];
  if (!args_parse(ts, SPEC, args, nargs, kw, a)) return Value::error();
  Value result = ts.vm->empty_str;
  if (!a[1].is_error() || !a[2].is_error()) {
    const char *encoding, *errors;
    Value codec[2] = {a[1].is_error() ? Value::from_obj(ts.vm->names.utf_8) : a[1],
                      a[2].is_error() ? Value::from_obj(ts.vm->names.strict) : a[2]};
    if (!codec_args(ts, "str", codec, 2, nullptr, &encoding, &errors)) return Value::error();
    result = decode_argument(ts, a[0].is_error() ? ts.vm->empty_bytes : a[0], encoding, errors);
  } else if (!a[0].is_error()) {
    result = obj_str(ts, a[0]);
  }
  if (result.is_error() || type == ts.vm->types.str) return result;
  return str_subtype_copy(ts, type, as_str(result));
}

// ---- the iterator -------------------------------------------------------------------------------

struct StrIter : Object {
  Value str;      // error() once exhausted
  size_t offset;  // byte offset of the next code point
};

Value str_iter_next(ThreadState& ts, Value self) {
  auto it = static_cast<StrIter*>(self.as_obj());
  Value v = it->str;
  if (v.is_error()) return Value::error();
  Str* s = as_str(v);
  size_t at = it->offset;
  if (at >= s->nbytes) {
    it->str = Value::error();
    return Value::error();
  }
  size_t len;
  utf8_decode(s->data + at, &len);
  it->offset = at + len;
  return str_from_parts(ts, s->data + at, len, 1);
}

void str_iter_trace(Object* o, Tracer& t) { t.visit(static_cast<StrIter*>(o)->str); }

Value slot_iter(ThreadState& ts, Value v) {
  auto it = gc_new<StrIter>(ts, ts.vm->types.str_iter);
  if (!it) return Value::error();
  it->str = v;
  return Value::from_obj(it);
}

const MethodDef* const STR_TABLES[] = {
    TEXT_SEARCH_METHODS, TEXT_SPLIT_METHODS, TEXT_PAD_METHODS, STR_CASE_METHODS,
    STR_CODEC_METHODS,   STR_FORMAT_METHODS, STR_TRANSLATE_METHODS,
};

}  // namespace

bool sequence_index(ThreadState& ts, Value key, intptr_t* out) {
  if (key.is_int()) {
    *out = key.as_int();
    return true;
  }
  Value i = obj_index(ts, key);
  if (i.is_error()) return false;
  if (int_to_ssize(ts, i, out)) return true;
  take_pending(ts);
  raise(ts, ts.vm->types.IndexError, "cannot fit '%T' into an index-sized integer", key);
  return false;
}

bool sequence_repeat_count(ThreadState& ts, Value n, intptr_t* out) {
  if (n.is_int()) {
    *out = n.as_int();
    return true;
  }
  Value i = obj_index(ts, n);
  if (i.is_error()) return false;
  if (int_to_ssize(ts, i, out)) return true;
  take_pending(ts);
  raise(ts, ts.vm->types.OverflowError, "cannot fit '%T' into an index-sized integer", n);
  return false;
}

void str_init_type(ThreadState& ts) {
  Vm& vm = *ts.vm;
  Type* t = vm.types.str;
  t->basic_size = sizeof(Str);  // the header; the text follows in the same cell
  t->trace = nullptr;
  t->repr = slot_repr;
  t->str = slot_str;
  t->hash = slot_hash;
  t->richcompare = slot_richcompare;
  t->binary[BIN_ADD] = slot_add;
  t->binary[BIN_MUL] = slot_mul;
  t->binary[BIN_MOD] = slot_mod;
  t->len = slot_len;
  t->getitem = slot_getitem;
  t->contains = slot_contains;
  t->iter = slot_iter;
  t->new_ = slot_new;

  Type* it = vm.types.str_iter;
  it->basic_size = sizeof(StrIter);
  it->trace = str_iter_trace;
  it->iter = iter_self;
  it->iternext = str_iter_next;

  // types_bootstrap readies the type (MRO, inherited slots) once object's slots exist.
  for (const MethodDef* table : STR_TABLES) {
    if (!type_add_methods(ts, t, table)) return;
  }
}

}  // namespace weft
