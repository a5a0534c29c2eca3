// Algorithms shared by tuple and list: subscripts, repeat counts, lexicographic comparison, repr,
// search. They read items through SeqRef so that Python code run by a comparison or a repr may
// change a list without making the loop read past its end.
#include "object/sequence.hpp"

#include "object/args.hpp"
#include "object/error.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/type.hpp"

namespace weft {

size_t SeqRef::size() const {
  return is_list ? list_size(as_list(obj)) : as_tuple(obj)->size;
}

Value SeqRef::at(size_t i) const {
  if (!is_list) return i < as_tuple(obj)->size ? as_tuple(obj)->items[i] : Value::error();
  List* l = as_list(obj);
  return i < list_size(l) ? list_get(l, i) : Value::error();
}

namespace {

bool has_index(ThreadState& ts, Value v) {
  return is_int_like(ts, v) || type_of(ts, v)->index != nullptr;
}

// PyNumber_AsSsize_t(v, exc): an index-able value whose int does not fit raises `exc`.
bool index_fits(ThreadState& ts, Value v, Type* exc, intptr_t* out) {
  if (v.is_int()) {
    *out = v.as_int();
    return true;
  }
  WEFT_TRY_BOOL(i, obj_index(ts, v));
  if (int_to_ssize(ts, i, out)) return true;
  if (!pending_matches(ts, ts.vm->types.OverflowError)) return false;
  ts.pending = Value::error();
  raise(ts, exc, "cannot fit '%s' into an index-sized integer", type_name(ts, v));
  return false;
}

// _PyEval_SliceIndexNotNone: the start/stop arguments of index(), clamped to the ssize range.
bool search_bound(ThreadState& ts, Value v, intptr_t* out) {
  if (v.is_int()) {
    *out = v.as_int();
    return true;
  }
  if (!has_index(ts, v)) {
    raise(ts, ts.vm->types.TypeError,
          "slice indices must be integers or have an __index__ method");
    return false;
  }
  WEFT_TRY_BOOL(i, obj_index(ts, v));
  *out = int_clamp_ssize(i);
  return true;
}

size_t clamp_bound(intptr_t i, size_t size) {
  if (i >= 0) return size_t(i);
  i += intptr_t(size);
  return i < 0 ? 0 : size_t(i);
}

bool compare_sizes(size_t a, size_t b, int op) {
  switch (op) {
    case CMP_LT: return a < b;
    case CMP_LE: return a <= b;
    case CMP_EQ: return a == b;
    case CMP_NE: return a != b;
    case CMP_GT: return a > b;
    default: return a >= b;
  }
}

}  // namespace

int subscript_index(ThreadState& ts, Value key, const char* what, intptr_t* index) {
  if (key.is_int()) {
    *index = key.as_int();
    return 1;
  }
  if (has_index(ts, key)) return index_fits(ts, key, ts.vm->types.IndexError, index) ? 1 : -1;
  if (type_of(ts, key) == ts.vm->types.slice) return 0;
  raise(ts, ts.vm->types.TypeError, "%s indices must be integers or slices, not %s", what,
        type_name(ts, key));
  return -1;
}

bool index_in_range(intptr_t* i, size_t size) {
  if (*i < 0) *i += intptr_t(size);
  return *i >= 0 && size_t(*i) < size;
}

int repeat_operands(ThreadState& ts, Type* t, Value a, Value b, Value* seq, intptr_t* count) {
  bool a_is_seq = type_is_subtype(type_of(ts, a), t);
  *seq = a_is_seq ? a : b;
  Value n = a_is_seq ? b : a;
  if (!has_index(ts, n)) return 0;
  return index_fits(ts, n, ts.vm->types.OverflowError, count) ? 1 : -1;
}

bool repeat_size(ThreadState& ts, size_t size, intptr_t count, size_t* out) {
  if (count <= 0 || size == 0) {
    *out = 0;
    return true;
  }
  if (__builtin_mul_overflow(size, size_t(count), out) || *out > size_t(INTPTR_MAX) / 8) {
    raise_no_memory(ts);
    return false;
  }
  return true;
}

Value seq_richcompare(ThreadState& ts, SeqRef a, SeqRef b, int op) {
  if (a.size() != b.size() && (op == CMP_EQ || op == CMP_NE)) return boolean(ts, op == CMP_NE);
  for (size_t i = 0;; i++) {
    Value x = a.at(i), y = b.at(i);
    if (x.is_error() || y.is_error()) break;
    if (x == y) continue;
    int eq = obj_richcompare_bool(ts, x, y, CMP_EQ);
    if (eq < 0) return Value::error();
    if (eq) continue;
    if (op == CMP_EQ || op == CMP_NE) return boolean(ts, op == CMP_NE);
    return obj_richcompare(ts, x, y, op);
  }
  return boolean(ts, compare_sizes(a.size(), b.size(), op));
}

Value seq_repr(ThreadState& ts, SeqRef s, char open, char close) {
  StrBuf out(ts);
  out.append_char(open);
  size_t i = 0;
  for (Value x; !(x = s.at(i)).is_error(); i++) {
    if (i > 0) out.append(", ", 2);
    if (!out.append_value_repr(x)) return Value::error();
  }
  if (!s.is_list && i == 1) out.append_char(',');
  out.append_char(close);
  return out.finish();
}

intptr_t seq_find(ThreadState& ts, SeqRef s, Value x, size_t start, size_t stop) {
  for (size_t i = start; i < stop; i++) {
    Value item = s.at(i);
    if (item.is_error()) break;
    int eq = obj_richcompare_bool(ts, item, x, CMP_EQ);
    if (eq < 0) return -2;
    if (eq) return intptr_t(i);
  }
  return -1;
}

Value seq_count(ThreadState& ts, SeqRef s, Value x) {
  intptr_t n = 0;
  Value item;
  for (size_t i = 0; !(item = s.at(i)).is_error(); i++) {
    int eq = obj_richcompare_bool(ts, item, x, CMP_EQ);
    if (eq < 0) return Value::error();
    n += eq;
  }
  return Value::from_int(n);
}

int seq_contains(ThreadState& ts, SeqRef s, Value x) {
  intptr_t i = seq_find(ts, s, x, 0, SIZE_MAX);
  return i >= 0 ? 1 : i == -1 ? 0 : -1;
}

Value seq_index_method(ThreadState& ts, SeqRef s, const Value* args, size_t nargs,
                       Tuple* kwnames, const char* missing) {
  if (!args_check(ts, "index", nargs, kwnames, 1, 3)) return Value::error();
  intptr_t start = 0, stop = INTPTR_MAX;
  if (nargs > 1 && !search_bound(ts, args[1], &start)) return Value::error();
  if (nargs > 2 && !search_bound(ts, args[2], &stop)) return Value::error();
  size_t size = s.size();
  intptr_t i = seq_find(ts, s, args[0], clamp_bound(start, size), clamp_bound(stop, size));
  if (i >= 0) return Value::from_int(i);
  if (i == -2) return Value::error();
  if (missing) return raise(ts, ts.vm->types.ValueError, "%s", missing);
  return raise(ts, ts.vm->types.ValueError, "%R is not in list", args[0]);
}

}  // namespace weft
