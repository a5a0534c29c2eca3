// Searching methods shared by str and bytes: find, rfind, index, rindex, count, startswith,
// endswith, partition, rpartition, removeprefix, removesuffix. Indices are in items (code points
// for str): each method maps them to byte offsets once and searches bytes.
#include <cstring>

#include "object/error.hpp"
#include "object/function.hpp"
#include "object/str_methods.hpp"
#include "object/str_search.hpp"
#include "object/tuple.hpp"

namespace weft {

namespace {

enum Direction { FORWARD, BACKWARD };

// Item index of sub in v[start:end], or -1.
intptr_t find_in(const TextView& v, const TextView& sub, intptr_t start, intptr_t end,
                 Direction dir) {
  adjust_indices(&start, &end, v.length);
  if (end - start < intptr_t(sub.length)) return -1;
  size_t from = v.offset(size_t(start)), to = v.offset(size_t(end));
  size_t at = dir == FORWARD ? text_find(v.data + from, to - from, sub.data, sub.nbytes)
                             : text_rfind(v.data + from, to - from, sub.data, sub.nbytes);
  return at == NOT_FOUND ? -1 : intptr_t(v.index(from + at));
}

Value find_method(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw,
                  const char* name, Direction dir, bool must_find) {
  TextView v = self_view(ts, self);
  if (!method_args(ts, v.is_str(), name, nargs, kw, 1, 3)) return Value::error();
  TextView sub;
  char byte;
  intptr_t start, end;
  if (!text_arg(ts, v, args[0], name, 1, true, &sub, &byte) ||
      !start_end_args(ts, args, nargs, 1, &start, &end)) {
    return Value::error();
  }
  intptr_t r = find_in(v, sub, start, end, dir);
  if (r < 0 && must_find) {
    return raise(ts, ts.vm->types.ValueError,
                 v.is_str() ? "substring not found" : "subsection not found");
  }
  return Value::from_int(r);
}

Value m_find(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return find_method(ts, self, args, nargs, kw, "find", FORWARD, false);
}
Value m_rfind(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return find_method(ts, self, args, nargs, kw, "rfind", BACKWARD, false);
}
Value m_index(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return find_method(ts, self, args, nargs, kw, "index", FORWARD, true);
}
Value m_rindex(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return find_method(ts, self, args, nargs, kw, "rindex", BACKWARD, true);
}

Value m_count(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  TextView v = self_view(ts, self);
  if (!method_args(ts, v.is_str(), "count", nargs, kw, 1, 3)) return Value::error();
  TextView sub;
  char byte;
  intptr_t start, end;
  if (!text_arg(ts, v, args[0], "count", 1, true, &sub, &byte) ||
      !start_end_args(ts, args, nargs, 1, &start, &end)) {
    return Value::error();
  }
  adjust_indices(&start, &end, v.length);
  if (end - start < intptr_t(sub.length)) return Value::from_int(0);
  if (sub.nbytes == 0) return Value::from_int(end - start + 1);
  size_t from = v.offset(size_t(start)), to = v.offset(size_t(end));
  return Value::from_int(intptr_t(text_count(v.data + from, to - from, sub.data, sub.nbytes,
                                             SIZE_MAX)));
}

// CPython's tailmatch: does v[start:end] start (end) with sub?
bool tail_match(const TextView& v, const TextView& sub, intptr_t start, intptr_t end,
                Direction dir) {
  adjust_indices(&start, &end, v.length);
  end -= intptr_t(sub.length);
  if (end < start) return false;
  if (sub.nbytes == 0) return true;
  size_t at = v.offset(size_t(dir == FORWARD ? start : end));
  return at + sub.nbytes <= v.nbytes && std::memcmp(v.data + at, sub.data, sub.nbytes) == 0;
}

Value affix_method(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw,
                   const char* name, Direction dir) {
  TextView v = self_view(ts, self);
  const char* type = v.is_str() ? "str" : "bytes";
  if (!method_args(ts, v.is_str(), name, nargs, kw, 1, 3)) return Value::error();
  intptr_t start, end;
  if (!start_end_args(ts, args, nargs, 1, &start, &end)) return Value::error();
  Value prefix = args[0];
  TextView sub;
  char byte;
  if (!is_tuple(ts, prefix)) {
    if ((v.is_str() && !is_str(ts, prefix)) || (!v.is_str() && !bytes_like(ts, prefix, &sub))) {
      return raise(ts, ts.vm->types.TypeError, "%s first arg must be %s or a tuple of %s, not %T",
                   name, type, type, prefix);
    }
    if (v.is_str()) sub = text_view(as_str(prefix));
    return boolean(ts, tail_match(v, sub, start, end, dir));
  }
  Tuple* options = as_tuple(prefix);
  for (size_t i = 0; i < options->size; i++) {
    Value item = options->items[i];
    if (v.is_str() && !is_str(ts, item)) {
      return raise(ts, ts.vm->types.TypeError, "tuple for %s must only contain str, not %T", name,
                   item);
    }
    if (!text_arg(ts, v, item, name, 1, false, &sub, &byte)) return Value::error();
    if (tail_match(v, sub, start, end, dir)) return ts.vm->true_;
  }
  return ts.vm->false_;
}

Value m_startswith(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return affix_method(ts, self, args, nargs, kw, "startswith", FORWARD);
}
Value m_endswith(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return affix_method(ts, self, args, nargs, kw, "endswith", BACKWARD);
}

// The separator of partition/rpartition and split: "must be str, not int" for str.
bool separator_arg(ThreadState& ts, const TextView& v, Value sep, const char* or_none,
                   TextView* out) {
  if (v.is_str()) {
    if (is_str(ts, sep)) {
      *out = text_view(as_str(sep));
      return true;
    }
    raise(ts, ts.vm->types.TypeError, "must be str%s, not %T", or_none, sep);
    return false;
  }
  char byte;
  return text_arg(ts, v, sep, "", 0, false, out, &byte);
}

Value partition_method(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw,
                       Direction dir) {
  TextView v = self_view(ts, self);
  const char* name = dir == FORWARD ? "partition" : "rpartition";
  if (!method_args(ts, v.is_str(), name, nargs, kw, 1, 1)) return Value::error();
  TextView sep;
  if (!separator_arg(ts, v, args[0], "", &sep)) return Value::error();
  if (sep.nbytes == 0) return raise(ts, ts.vm->types.ValueError, "empty separator");
  size_t at = dir == FORWARD ? text_find(v.data, v.nbytes, sep.data, sep.nbytes)
                             : text_rfind(v.data, v.nbytes, sep.data, sep.nbytes);
  Value empty = v.is_str() ? ts.vm->empty_str : ts.vm->empty_bytes;
  Value parts[3] = {empty, empty, empty};
  if (at == NOT_FOUND) {
    parts[dir == FORWARD ? 0 : 2] = self;
    return tuple_new(ts, parts, 3);
  }
  size_t after = at + sep.nbytes;
  parts[0] = text_make(ts, v.is_str(), v.data, at);
  if (parts[0].is_error()) return Value::error();
  parts[1] = text_same(ts, args[0], sep);
  if (parts[1].is_error()) return Value::error();
  parts[2] = text_make(ts, v.is_str(), v.data + after, v.nbytes - after);
  if (parts[2].is_error()) return Value::error();
  return tuple_new(ts, parts, 3);
}

Value m_partition(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return partition_method(ts, self, args, nargs, kw, FORWARD);
}
Value m_rpartition(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return partition_method(ts, self, args, nargs, kw, BACKWARD);
}

Value remove_affix(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw,
                   const char* name, Direction dir) {
  TextView v = self_view(ts, self);
  if (!method_args(ts, v.is_str(), name, nargs, kw, 1, 1)) return Value::error();
  TextView affix;
  if (v.is_str()) {
    if (!is_str(ts, args[0])) {
      return raise(ts, ts.vm->types.TypeError, "%s() argument must be str, not %T", name, args[0]);
    }
    affix = text_view(as_str(args[0]));
  } else {
    char byte;
    if (!text_arg(ts, v, args[0], name, 1, false, &affix, &byte)) return Value::error();
  }
  if (affix.nbytes == 0 || !tail_match(v, affix, 0, INTPTR_MAX, dir)) return text_same(ts, self, v);
  size_t from = dir == FORWARD ? affix.nbytes : 0;
  return text_make_known(ts, v.is_str(), v.data + from, v.nbytes - affix.nbytes,
                         v.length - affix.length);
}

Value m_removeprefix(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return remove_affix(ts, self, args, nargs, kw, "removeprefix", FORWARD);
}
Value m_removesuffix(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  return remove_affix(ts, self, args, nargs, kw, "removesuffix", BACKWARD);
}

}  // namespace

const MethodDef TEXT_SEARCH_METHODS[] = {
    {"find", m_find, 0, "Return the lowest index where substring sub is found, or -1."},
    {"rfind", m_rfind, 0, "Return the highest index where substring sub is found, or -1."},
    {"index", m_index, 0, "Like find(), but raise ValueError when the substring is not found."},
    {"rindex", m_rindex, 0, "Like rfind(), but raise ValueError when the substring is not found."},
    {"count", m_count, 0, "Return the number of non-overlapping occurrences of sub."},
    {"startswith", m_startswith, 0, "Return True if it starts with the specified prefix."},
    {"endswith", m_endswith, 0, "Return True if it ends with the specified suffix."},
    {"partition", m_partition, 0, "Partition into three parts using the separator."},
    {"rpartition", m_rpartition, 0, "Partition into three parts, searching from the end."},
    {"removeprefix", m_removeprefix, 0, "Return a copy with the given prefix removed if present."},
    {"removesuffix", m_removesuffix, 0, "Return a copy with the given suffix removed if present."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace weft
