// Splitting and joining methods shared by str and bytes: split, rsplit, splitlines, join, strip,
// lstrip, rstrip and replace. Whitespace and line boundaries are Unicode's for str and ASCII's
// for bytes, as in CPython.
#include <cstring>

#include "object/args.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/list.hpp"
#include "object/protocol.hpp"
#include "object/str_methods.hpp"
#include "object/str_search.hpp"
#include "object/tuple.hpp"
#include "object/unicode_tables.hpp"

namespace weft {

namespace {

// The start of the item that ends at byte offset `at`.
size_t prev_item(const TextView& v, size_t at) {
  return v.is_str() ? size_t(utf8_retreat(v.data + at, 1) - v.data) : at - 1;
}

bool space_at(const TextView& v, size_t at, size_t* len) {
  return text_is_space(v, v.item_at(at, len));
}

bool space_before(const TextView& v, size_t at, size_t* start) {
  *start = prev_item(v, at);
  size_t len;
  return text_is_space(v, v.item_at(*start, &len));
}

// The list a split builds, piece by piece. A piece that is all of an exact str/bytes is self.
struct Pieces {
  ThreadState& ts;
  Value self;
  const TextView& v;
  List* list;

  bool add(size_t from, size_t to) {
    Value piece = from == 0 && to == v.nbytes ? text_same(ts, self, v)
                                              : text_make(ts, v.is_str(), v.data + from, to - from);
    return !piece.is_error() && list_append(ts, list, piece);
  }
  // rsplit finds its pieces from the end.
  void reverse() {
    size_t n = list_size(list);
    for (size_t i = 0; i < n / 2; i++) {
      Value a = list_get(list, i);
      list_set(ts, list, i, list_get(list, n - 1 - i));
      list_set(ts, list, n - 1 - i, a);
    }
  }
};

bool split_whitespace(const TextView& v, intptr_t maxsplit, Pieces& pieces) {
  size_t i = 0, n = v.nbytes, len;
  for (;;) {
    while (i < n && space_at(v, i, &len)) i += len;
    if (i >= n) return true;
    if (maxsplit-- == 0) return pieces.add(i, n);
    size_t start = i;
    while (i < n && !space_at(v, i, &len)) i += len;
    if (!pieces.add(start, i)) return false;
  }
}

bool rsplit_whitespace(const TextView& v, intptr_t maxsplit, Pieces& pieces) {
  size_t i = v.nbytes, before;
  for (;;) {
    while (i > 0 && space_before(v, i, &before)) i = before;
    if (i == 0) return true;
    if (maxsplit-- == 0) return pieces.add(0, i);
    size_t end = i;
    while (i > 0 && !space_before(v, i, &before)) i = before;
    if (!pieces.add(i, end)) return false;
  }
}

bool split_on(const TextView& v, const TextView& sep, intptr_t maxsplit, Pieces& pieces) {
  size_t i = 0;
  while (maxsplit-- != 0) {
    size_t at = text_find(v.data + i, v.nbytes - i, sep.data, sep.nbytes);
    if (at == NOT_FOUND) break;
    if (!pieces.add(i, i + at)) return false;
    i += at + sep.nbytes;
  }
  return pieces.add(i, v.nbytes);
}

bool rsplit_on(const TextView& v, const TextView& sep, intptr_t maxsplit, Pieces& pieces) {
  size_t end = v.nbytes;
  while (maxsplit-- != 0) {
    size_t at = text_rfind(v.data, end, sep.data, sep.nbytes);
    if (at == NOT_FOUND) break;
    if (!pieces.add(at + sep.nbytes, end)) return false;
    end = at;
  }
  return pieces.add(0, end);
}

// Optional separator (None: whitespace) and maxsplit, as keywords or positions.
bool parse_split_args(ThreadState& ts, const TextView& v, const char* fname, const Value* args,
                      size_t nargs, Tuple* kw, bool* have_sep, TextView* sep, intptr_t* maxsplit) {
  static const char* const NAMES[] = {"sep", "maxsplit"};
  ArgSpec spec = {fname, NAMES, 2, 0, 2, 0};
  Value a[2];
  if (!args_parse(ts, spec, args, nargs, kw, a)) return false;
  *maxsplit = -1;
  if (!a[1].is_error() && !int_arg(ts, a[1], maxsplit)) return false;
  *have_sep = !a[0].is_error() && !is_none(ts, a[0]);
  if (!*have_sep) return true;
  if (v.is_str()) {
    if (!is_str(ts, a[0])) {
      raise(ts, ts.vm->types.TypeError, "must be str or None, not %T", a[0]);
      return false;
    }
    *sep = text_view(as_str(a[0]));
  } else {
    char byte;
    if (!text_arg(ts, v, a[0], fname, 1, false, sep, &byte)) return false;
  }
  if (sep->nbytes > 0) return true;
  raise(ts, ts.vm->types.ValueError, "empty separator");
  return false;
}

Value split_method(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw,
                   bool from_right) {
  TextView v = self_view(ts, self), sep;
  bool have_sep;
  intptr_t maxsplit;
  if (!parse_split_args(ts, v, from_right ? "rsplit" : "split", args, nargs, kw, &have_sep, &sep,
                        &maxsplit)) {
    return Value::error();
  }
  Pieces pieces{ts, self, v, list_new(ts, 0)};
  if (!pieces.list) return Value::error();
  bool ok = !have_sep ? (from_right ? rsplit_whitespace(v, maxsplit, pieces)
                                    : split_whitespace(v, maxsplit, pieces))
                      : (from_right ? rsplit_on(v, sep, maxsplit, pieces)
                                    : split_on(v, sep, maxsplit, pieces));
  if (!ok) return Value::error();
  if (from_right) pieces.reverse();
  return Value::from_obj(pieces.list);
}

Value m_split(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return split_method(ts, self, args, nargs, kw, false);
}
Value m_rsplit(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return split_method(ts, self, args, nargs, kw, true);
}

bool line_break(const TextView& v, uint32_t item) {
  return v.is_str() ? uni_is_linebreak(item) : item == '\n' || item == '\r';
}

Value m_splitlines(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const NAMES[] = {"keepends"};
  static const ArgSpec SPEC = {"splitlines", NAMES, 1, 0, 1, 0};
  Value a[1];
  if (!args_parse(ts, SPEC, args, nargs, kw, a)) return Value::error();
  int keepends = a[0].is_error() ? 0 : obj_truth(ts, a[0]);
  if (keepends < 0) return Value::error();
  TextView v = self_view(ts, self);
  Pieces pieces{ts, self, v, list_new(ts, 0)};
  if (!pieces.list) return Value::error();
  size_t i = 0, n = v.nbytes;
  while (i < n) {
    size_t j = i, len = 0;
    uint32_t item = 0;
    while (j < n && !line_break(v, item = v.item_at(j, &len))) j += len;
    size_t eol = j;
    if (j < n) j += item == '\r' && j + 1 < n && v.data[j + 1] == '\n' ? 2 : len;
    if (!pieces.add(i, keepends ? j : eol)) return Value::error();
    i = j;
  }
  return Value::from_obj(pieces.list);
}

// ---- strip --------------------------------------------------------------------------------------

// The characters to strip: whitespace, or the items of a str/bytes argument.
struct StripSet {
  const TextView* chars = nullptr;  // nullptr: whitespace
  bool bytes[256] = {};             // membership of the byte items (bytes, or ASCII str chars)
  bool all_ascii = true;

  void init(const TextView* c) {
    chars = c;
    for (size_t i = 0; i < c->nbytes; i++) {
      auto b = static_cast<unsigned char>(c->data[i]);
      bytes[b] = true;
      if (b >= 0x80) all_ascii = false;
    }
  }
  bool contains(const TextView& v, uint32_t item) const {
    if (!chars) return text_is_space(v, item);
    if (!v.is_str() || item < 0x80) return item < 256 && bytes[item];
    if (all_ascii) return false;
    for (size_t i = 0, len; i < chars->nbytes; i += len) {
      if (chars->item_at(i, &len) == item) return true;
    }
    return false;
  }
};

enum StripSide { LEFT = 1, RIGHT = 2, BOTH = 3 };

Value strip_method(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw,
                   const char* name, StripSide side) {
  TextView v = self_view(ts, self), chars;
  if (!method_args(ts, v.is_str(), name, nargs, kw, 0, 1)) return Value::error();
  StripSet set;
  if (nargs == 1 && !is_none(ts, args[0])) {
    if (v.is_str() && !is_str(ts, args[0])) {
      return raise(ts, ts.vm->types.TypeError, "%s arg must be None or str", name);
    }
    char byte;
    if (!text_arg(ts, v, args[0], name, 1, false, &chars, &byte)) return Value::error();
    set.init(&chars);
  }
  size_t i = 0, j = v.nbytes, len, before;
  if (side & LEFT) {
    while (i < j && set.contains(v, v.item_at(i, &len))) i += len;
  }
  if (side & RIGHT) {
    while (j > i && set.contains(v, v.item_at(before = prev_item(v, j), &len))) j = before;
  }
  if (i == 0 && j == v.nbytes) return text_same(ts, self, v);
  return text_make(ts, v.is_str(), v.data + i, j - i);
}

Value m_strip(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return strip_method(ts, self, args, nargs, kw, "strip", BOTH);
}
Value m_lstrip(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return strip_method(ts, self, args, nargs, kw, "lstrip", LEFT);
}
Value m_rstrip(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return strip_method(ts, self, args, nargs, kw, "rstrip", RIGHT);
}

// ---- replace ------------------------------------------------------------------------------------

// Every position gets `with` inserted before it (and at the end), up to `count` times.
Value replace_empty(ThreadState& ts, const TextView& v, const TextView& with, size_t count) {
  size_t k = count < v.length + 1 ? count : v.length + 1;
  Value out;
  char* p = text_alloc(ts, v.is_str(), v.nbytes + k * with.nbytes, v.length + k * with.length, &out);
  if (!p) return Value::error();
  size_t i = 0, len;
  for (size_t done = 0; done < k; done++) {
    std::memcpy(p, with.data, with.nbytes);
    p += with.nbytes;
    if (i < v.nbytes) {
      v.item_at(i, &len);
      std::memcpy(p, v.data + i, len);
      p += len;
      i += len;
    }
  }
  std::memcpy(p, v.data + i, v.nbytes - i);
  return out;
}

Value replace_occurrences(ThreadState& ts, const TextView& v, const TextView& old,
                          const TextView& with, size_t k) {
  size_t removed = k * old.nbytes, added = k * with.nbytes;
  Value out;
  char* p = text_alloc(ts, v.is_str(), v.nbytes - removed + added,
                       v.length - k * old.length + k * with.length, &out);
  if (!p) return Value::error();
  size_t i = 0;
  for (size_t done = 0; done < k; done++) {
    size_t at = i + text_find(v.data + i, v.nbytes - i, old.data, old.nbytes);
    std::memcpy(p, v.data + i, at - i);
    p += at - i;
    std::memcpy(p, with.data, with.nbytes);
    p += with.nbytes;
    i = at + old.nbytes;
  }
  std::memcpy(p, v.data + i, v.nbytes - i);
  return out;
}

Value m_replace(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const NAMES[] = {"old", "new", "count"};
  static const ArgSpec SPEC = {"replace", NAMES, 3, 2, 3, 2};
  Value a[3];
  if (!args_parse(ts, SPEC, args, nargs, kw, a)) return Value::error();
  TextView v = self_view(ts, self), old, with;
  char b1, b2;
  intptr_t count = -1;
  if (!text_arg(ts, v, a[0], "replace", 1, false, &old, &b1) ||
      !text_arg(ts, v, a[1], "replace", 2, false, &with, &b2) ||
      (!a[2].is_error() && !int_arg(ts, a[2], &count))) {
    return Value::error();
  }
  size_t limit = count < 0 ? SIZE_MAX : size_t(count);
  size_t k = old.nbytes == 0 ? (limit < v.length + 1 ? limit : v.length + 1)
                             : text_count(v.data, v.nbytes, old.data, old.nbytes, limit);
  if (k == 0) return text_same(ts, self, v);
  if (with.nbytes > old.nbytes && (with.nbytes - old.nbytes) > (size_t(INTPTR_MAX) - v.nbytes) / k) {
    return raise(ts, ts.vm->types.OverflowError,
                 v.is_str() ? "replace string is too long" : "replace bytes is too long");
  }
  return old.nbytes == 0 ? replace_empty(ts, v, with, k) : replace_occurrences(ts, v, old, with, k);
}

// ---- join ---------------------------------------------------------------------------------------

// The items of an iterable as a tuple (a snapshot for a list).
Value join_items(ThreadState& ts, Value iterable) {
  if (is_tuple(ts, iterable)) return iterable;
  if (is_list(ts, iterable)) return list_as_tuple(ts, as_list(iterable));
  Value it = obj_iter(ts, iterable);
  if (it.is_error()) {
    if (pending_matches(ts, ts.vm->types.TypeError)) {
      take_pending(ts);
      raise(ts, ts.vm->types.TypeError, "can only join an iterable");
    }
    return Value::error();
  }
  List* items = list_new(ts, 0);
  if (!items) return Value::error();
  for (;;) {
    Value item = obj_next(ts, it);
    if (item.is_error()) {
      if (ts.has_pending()) return Value::error();
      break;
    }
    if (!list_append(ts, items, item)) return Value::error();
  }
  return list_as_tuple(ts, items);
}

Value m_join(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  TextView sep = self_view(ts, self);
  if (!method_args(ts, sep.is_str(), "join", nargs, kw, 1, 1)) return Value::error();
  WEFT_TRY(seq, join_items(ts, args[0]));
  Tuple* items = as_tuple(seq);
  size_t n = items->size;
  if (n == 0) return sep.is_str() ? ts.vm->empty_str : ts.vm->empty_bytes;
  Type* exact = sep.is_str() ? ts.vm->types.str : ts.vm->types.bytes;
  if (n == 1 && type_of(ts, items->items[0]) == exact) return items->items[0];
  size_t total = sep.nbytes * (n - 1), length = sep.length * (n - 1);
  for (size_t i = 0; i < n; i++) {
    Value item = items->items[i];
    TextView piece;
    if (sep.is_str() ? !is_str(ts, item) : !bytes_like(ts, item, &piece)) {
      return raise(ts, ts.vm->types.TypeError,
                   sep.is_str() ? "sequence item %zu: expected str instance, %T found"
                                : "sequence item %zu: expected a bytes-like object, %T found",
                   i, item);
    }
    piece = self_view(ts, item);
    if (piece.nbytes > size_t(INTPTR_MAX) - total) {
      return raise(ts, ts.vm->types.OverflowError, "join() result is too long for a Python string");
    }
    total += piece.nbytes;
    length += piece.length;
  }
  Value out;
  char* p = text_alloc(ts, sep.is_str(), total, length, &out);
  if (!p) return Value::error();
  for (size_t i = 0; i < n; i++) {
    if (i > 0) {
      std::memcpy(p, sep.data, sep.nbytes);
      p += sep.nbytes;
    }
    TextView piece = self_view(ts, items->items[i]);
    std::memcpy(p, piece.data, piece.nbytes);
    p += piece.nbytes;
  }
  return out;
}

}  // namespace

const MethodDef TEXT_SPLIT_METHODS[] = {
    {"split", m_split, 0, "Return a list of the substrings, using sep as the separator."},
    {"rsplit", m_rsplit, 0, "Return a list of the substrings, splitting from the end."},
    {"splitlines", m_splitlines, 0, "Return a list of the lines, breaking at line boundaries."},
    {"strip", m_strip, 0, "Return a copy with leading and trailing characters removed."},
    {"lstrip", m_lstrip, 0, "Return a copy with leading characters removed."},
    {"rstrip", m_rstrip, 0, "Return a copy with trailing characters removed."},
    {"replace", m_replace, 0, "Return a copy with occurrences of old replaced by new."},
    {"join", m_join, 0, "Concatenate the items of an iterable, with self between them."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace weft
