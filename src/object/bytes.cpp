// bytes objects and the bytes type: construction (bytes(), bytes(n), bytes(iterable),
// bytes(str, encoding), __bytes__), hashing, comparison, concatenation, repetition, indexing and
// slicing (items are ints), `in`, iteration, and bytes_init_type.
#include <cstring>

#include "object/args.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/int.hpp"
#include "object/iterators.hpp"
#include "object/list.hpp"
#include "object/protocol.hpp"
#include "object/range.hpp"
#include "object/str_methods.hpp"
#include "object/str_search.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

bool is_bytes(ThreadState&, Value v) {
  return v.is_obj() && (v.as_obj()->type->tflags & TF_BYTES_SUBCLASS) != 0;
}

Bytes* bytes_alloc(ThreadState& ts, size_t n) {
  if (n > size_t(INTPTR_MAX) - sizeof(Bytes)) {
    raise_no_memory(ts);
    return nullptr;
  }
  Bytes* b = gc_new<Bytes>(ts, ts.vm->types.bytes, n);
  if (b) b->size = n;
  return b;
}

Value bytes_new(ThreadState& ts, const char* data, size_t n) {
  if (n == 0) return ts.vm->empty_bytes;
  Bytes* b = bytes_alloc(ts, n);
  if (!b) return Value::error();
  std::memcpy(b->data, data, n);
  return Value::from_obj(b);
}

namespace {

Value bytes_subtype_copy(ThreadState& ts, Type* type, Bytes* b) {
  size_t header = type->basic_size > sizeof(Bytes) ? type->basic_size : sizeof(Bytes);
  auto r = static_cast<Bytes*>(gc_alloc(ts, type, header + b->size));
  if (!r) return Value::error();
  r->size = b->size;
  std::memcpy(r->data, b->data, b->size);
  return Value::from_obj(r);
}

Value slot_repr(ThreadState& ts, Value v) {
  Bytes* b = as_bytes(v);
  return bytes_repr(ts, b->data, b->size);
}

bool slot_hash(ThreadState&, Value v, intptr_t* out) {
  Bytes* b = as_bytes(v);
  if (cached_hash(b, &b->hash, out)) return true;
  *out = hash_text(b->data, b->size);
  publish_hash(b, &b->hash, *out);
  return true;
}

Value slot_richcompare(ThreadState& ts, Value a, Value b, int op) {
  TextView x, y;
  if (!bytes_like(ts, a, &x) || !bytes_like(ts, b, &y)) return ts.vm->not_implemented;
  size_t n = x.nbytes < y.nbytes ? x.nbytes : y.nbytes;
  int c = std::memcmp(x.data, y.data, n);
  if (c == 0) c = x.nbytes < y.nbytes ? -1 : x.nbytes > y.nbytes ? 1 : 0;
  bool r = op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_EQ ? c == 0
           : op == CMP_NE ? c != 0 : op == CMP_GT ? c > 0 : c >= 0;
  return boolean(ts, r);
}

Value slot_add(ThreadState& ts, Value a, Value b) {
  TextView x, y;
  if (!bytes_like(ts, a, &x) || !bytes_like(ts, b, &y)) return ts.vm->not_implemented;
  if (y.nbytes == 0 && a.as_obj()->type == ts.vm->types.bytes) return a;
  if (x.nbytes > size_t(INTPTR_MAX) - y.nbytes) return raise_no_memory(ts);
  Bytes* r = bytes_alloc(ts, x.nbytes + y.nbytes);
  if (!r) return Value::error();
  std::memcpy(r->data, x.data, x.nbytes);
  std::memcpy(r->data + x.nbytes, y.data, y.nbytes);
  return Value::from_obj(r);
}

Value slot_mul(ThreadState& ts, Value a, Value b) {
  Value s = is_bytes(ts, a) ? a : b, n = is_bytes(ts, a) ? b : a;
  if (!is_int_like(ts, n) && !type_of(ts, n)->index) return ts.vm->not_implemented;
  intptr_t count;
  if (!sequence_repeat_count(ts, n, &count)) return Value::error();
  Bytes* src = as_bytes(s);
  if (count <= 0 || src->size == 0) return ts.vm->empty_bytes;
  if (count == 1 && src->type == ts.vm->types.bytes) return s;
  if (src->size > size_t(INTPTR_MAX) / size_t(count)) {
    return raise(ts, ts.vm->types.OverflowError, "repeated bytes are too long");
  }
  size_t total = src->size * size_t(count);
  Bytes* r = bytes_alloc(ts, total);
  if (!r) return Value::error();
  std::memcpy(r->data, src->data, src->size);
  for (size_t done = src->size; done < total;) {
    size_t chunk = done <= total - done ? done : total - done;
    std::memcpy(r->data + done, r->data, chunk);
    done += chunk;
  }
  return Value::from_obj(r);
}

Value slot_mod(ThreadState& ts, Value a, Value b) {
  if (!is_bytes(ts, a)) return ts.vm->not_implemented;
  return text_percent(ts, a, b);
}

bool slot_len(ThreadState&, Value v, size_t* out) {
  *out = as_bytes(v)->size;
  return true;
}

Value slot_getitem(ThreadState& ts, Value v, Value key) {
  Bytes* b = as_bytes(v);
  if (key.is_obj() && key.as_obj()->type->kind == TypeKind::Slice) {
    intptr_t start, stop, step;
    intptr_t count = slice_unpack(ts, static_cast<Slice*>(key.as_obj()), b->size, &start, &stop,
                                  &step);
    if (count < 0) return Value::error();
    if (step == 1) {
      if (count == intptr_t(b->size) && b->type == ts.vm->types.bytes) return v;
      return bytes_new(ts, b->data + start, size_t(count));
    }
    Bytes* r = bytes_alloc(ts, size_t(count));
    if (!r) return Value::error();
    for (intptr_t k = 0; k < count; k++) r->data[k] = b->data[start + k * step];
    return Value::from_obj(r);
  }
  if (!is_int_like(ts, key) && !type_of(ts, key)->index) {
    return raise(ts, ts.vm->types.TypeError, "byte indices must be integers or slices, not %T",
                 key);
  }
  intptr_t i;
  if (!sequence_index(ts, key, &i)) return Value::error();
  if (i < 0) i += intptr_t(b->size);
  if (i < 0 || size_t(i) >= b->size) return raise(ts, ts.vm->types.IndexError, "index out of range");
  return Value::from_int(static_cast<unsigned char>(b->data[i]));
}

int slot_contains(ThreadState& ts, Value container, Value item) {
  TextView self = text_view(as_bytes(container)), sub;
  char byte;
  if (!text_arg(ts, self, item, "", 0, true, &sub, &byte)) {
    // `in` has its own wording for the TypeError.
    if (pending_matches(ts, ts.vm->types.TypeError)) {
      take_pending(ts);
      raise(ts, ts.vm->types.TypeError, "a bytes-like object is required, not '%T'", item);
    }
    return -1;
  }
  return text_find(self.data, self.nbytes, sub.data, sub.nbytes) != NOT_FOUND;
}

// ---- bytes(source, encoding, errors) ------------------------------------------------------------

// One item of an iterable given to bytes(): an int in range(256).
bool byte_value(ThreadState& ts, Value item, char* out) {
  intptr_t v;
  if (!arg_ssize(ts, item, &v)) return false;
  if (v < 0 || v > 255) {
    raise(ts, ts.vm->types.ValueError, "bytes must be in range(0, 256)");
    return false;
  }
  *out = char(v);
  return true;
}

Value from_items(ThreadState& ts, const Value* items, size_t n) {
  if (n == 0) return ts.vm->empty_bytes;
  Bytes* r = bytes_alloc(ts, n);
  if (!r) return Value::error();
  for (size_t i = 0; i < n; i++) {
    if (!byte_value(ts, items[i], &r->data[i])) return Value::error();
  }
  return Value::from_obj(r);
}

Value from_iterable(ThreadState& ts, Value x) {
  if (is_tuple(ts, x)) return from_items(ts, as_tuple(x)->items, as_tuple(x)->size);
  Value it = obj_iter(ts, x);
  if (it.is_error()) {
    if (pending_matches(ts, ts.vm->types.TypeError)) {
      take_pending(ts);
      raise(ts, ts.vm->types.TypeError, "cannot convert '%T' object to bytes", x);
    }
    return Value::error();
  }
  StrBuf out(ts);
  for (;;) {
    Value item = obj_next(ts, it);
    if (item.is_error()) {
      if (ts.has_pending()) return Value::error();
      break;
    }
    char b;
    if (!byte_value(ts, item, &b)) return Value::error();
    out.append_char(b);
  }
  return out.finish_bytes();
}

Value from_object(ThreadState& ts, Value x) {
  TextView v;
  if (bytes_like(ts, x, &v)) {
    return is_bytes(ts, x) && x.as_obj()->type == ts.vm->types.bytes ? x
                                                                      : bytes_new(ts, v.data, v.nbytes);
  }
  Value b = call_special(ts, x, ts.vm->names.__bytes__, nullptr, 0);
  if (!b.is_error()) {
    if (is_bytes(ts, b)) return b;
    return raise(ts, ts.vm->types.TypeError, "__bytes__ returned non-bytes (type %T)", b);
  }
  if (ts.has_pending()) return Value::error();
  if (is_str(ts, x)) return raise(ts, ts.vm->types.TypeError, "string argument without an encoding");
  if (is_int_like(ts, x) || type_of(ts, x)->index) {
    intptr_t n;
    if (!sequence_repeat_count(ts, x, &n)) return Value::error();
    if (n < 0) return raise(ts, ts.vm->types.ValueError, "negative count");
    Bytes* r = bytes_alloc(ts, size_t(n));
    return r ? Value::from_obj(r) : Value::error();
  }
  return from_iterable(ts, x);
}

Value slot_new(ThreadState& ts, Type* type, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const NAMES[] = {"source", "encoding", "errors"};
  static const ArgSpec SPEC = {"bytes", NAMES, 3, 0, 3, 0};
  Value a[3];
  if (!args_parse(ts, SPEC, args, nargs, kw, a)) return Value::error();
  Value result;
  bool has_codec = !a[1].is_error() || !a[2].is_error();
  if (has_codec && (a[0].is_error() || !is_str(ts, a[0]))) {
    result = raise(ts, ts.vm->types.TypeError, !a[1].is_error()
                                                   ? "encoding without a string argument"
                                                   : "errors without a string argument");
  } else if (!a[1].is_error()) {
    const char *encoding, *errors;
    if (!codec_args(ts, "bytes", a + 1, a[2].is_error() ? 1 : 2, nullptr, &encoding, &errors)) {
      return Value::error();
    }
    result = text_encode(ts, as_str(a[0]), encoding, errors);
  } else if (has_codec) {
    result = raise(ts, ts.vm->types.TypeError, "string argument without an encoding");
  } else {
    result = a[0].is_error() ? ts.vm->empty_bytes : from_object(ts, a[0]);
  }
  if (result.is_error() || type == ts.vm->types.bytes) return result;
  return bytes_subtype_copy(ts, type, as_bytes(result));
}

// ---- the iterator -------------------------------------------------------------------------------

struct BytesIter : Object {
  Value bytes;  // error() once exhausted
  size_t index;
};

Value bytes_iter_next(ThreadState&, Value self) {
  auto it = static_cast<BytesIter*>(self.as_obj());
  Value v = it->bytes;
  if (v.is_error()) return Value::error();
  Bytes* b = as_bytes(v);
  if (it->index >= b->size) {
    it->bytes = Value::error();
    return Value::error();
  }
  return Value::from_int(static_cast<unsigned char>(b->data[it->index++]));
}

void bytes_iter_trace(Object* o, Tracer& t) { t.visit(static_cast<BytesIter*>(o)->bytes); }

Value slot_iter(ThreadState& ts, Value v) {
  auto it = gc_new<BytesIter>(ts, ts.vm->types.bytes_iter);
  if (!it) return Value::error();
  it->bytes = v;
  return Value::from_obj(it);
}

const MethodDef* const BYTES_TABLES[] = {
    TEXT_SEARCH_METHODS, TEXT_SPLIT_METHODS,  TEXT_PAD_METHODS,
    BYTES_CASE_METHODS,  BYTES_CODEC_METHODS, BYTES_HEX_METHODS,
};

}  // namespace

void bytes_init_type(ThreadState& ts) {
  Vm& vm = *ts.vm;
  Type* t = vm.types.bytes;
  t->basic_size = sizeof(Bytes);  // the header; the bytes follow in the same cell
  t->trace = nullptr;
  t->repr = slot_repr;
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

  Type* it = vm.types.bytes_iter;
  it->basic_size = sizeof(BytesIter);
  it->trace = bytes_iter_trace;
  it->iter = iter_self;
  it->iternext = bytes_iter_next;

  for (const MethodDef* table : BYTES_TABLES) {
    if (!type_add_methods(ts, t, table)) return;
  }
}

}  // namespace weft
