// Helpers shared by the str and bytes methods: viewing self, making results, and converting
// arguments (needles, slice bounds, counts) with CPython's messages.
#include <cstring>

#include "object/args.hpp"
#include "object/error.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/str_methods.hpp"
#include "object/unicode_tables.hpp"

namespace weft {

TextView self_view(ThreadState& ts, Value self) {
  if (is_str(ts, self)) return text_view(as_str(self));
  return text_view(as_bytes(self));
}

Value text_make_known(ThreadState& ts, bool is_str, const char* data, size_t n, size_t length) {
  return is_str ? str_from_parts(ts, data, n, length) : bytes_new(ts, data, n);
}

Value text_make(ThreadState& ts, bool is_str, const char* data, size_t n) {
  return is_str ? str_new(ts, data, n) : bytes_new(ts, data, n);
}

char* text_alloc(ThreadState& ts, bool is_str, size_t nbytes, size_t length, Value* out) {
  if (is_str) {
    Str* s = str_alloc(ts, nbytes, length);
    *out = s ? Value::from_obj(s) : Value::error();
    return s ? s->data : nullptr;
  }
  Bytes* b = bytes_alloc(ts, nbytes);
  *out = b ? Value::from_obj(b) : Value::error();
  return b ? b->data : nullptr;
}

Value text_same(ThreadState& ts, Value self, const TextView& v) {
  Type* t = self.as_obj()->type;
  if (t == ts.vm->types.str || t == ts.vm->types.bytes) return self;
  return text_make_known(ts, v.is_str(), v.data, v.nbytes, v.length);
}

bool bytes_like(ThreadState& ts, Value v, TextView* out) {
  if (!is_bytes(ts, v)) return false;
  *out = text_view(as_bytes(v));
  return true;
}

bool text_arg(ThreadState& ts, const TextView& self, Value v, const char* fname, int argno,
              bool allow_int, TextView* out, char* byte) {
  Type* type_error = ts.vm->types.TypeError;
  if (self.is_str()) {
    if (is_str(ts, v)) {
      *out = text_view(as_str(v));
      return true;
    }
    raise(ts, type_error, "%s() argument %d must be str, not %T", fname, argno, v);
    return false;
  }
  if (bytes_like(ts, v, out)) return true;
  if (!allow_int) {
    raise(ts, type_error, "a bytes-like object is required, not '%T'", v);
    return false;
  }
  if (!is_int_like(ts, v) && !(type_of(ts, v)->index)) {
    raise(ts, type_error, "argument should be integer or bytes-like object, not '%T'", v);
    return false;
  }
  WEFT_TRY_BOOL(i, obj_index(ts, v));
  int64_t b = -1;
  if (!int_to_i64(ts, i, &b)) take_pending(ts);
  if (b < 0 || b > 255) {
    raise(ts, ts.vm->types.ValueError, "byte must be in range(0, 256)");
    return false;
  }
  *byte = char(b);
  *out = {byte, 1, 1, nullptr};
  return true;
}

bool slice_index_arg(ThreadState& ts, Value v, intptr_t* out) {
  if (v.is_error() || is_none(ts, v)) return true;
  if (v.is_int()) {
    *out = v.as_int();
    return true;
  }
  if (!is_int_like(ts, v) && !type_of(ts, v)->index) {
    raise(ts, ts.vm->types.TypeError,
          "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  WEFT_TRY_BOOL(i, obj_index(ts, v));
  *out = int_clamp_ssize(i);
  return true;
}

void adjust_indices(intptr_t* start, intptr_t* end, size_t length) {
  auto len = intptr_t(length);
  if (*end > len) {
    *end = len;
  } else if (*end < 0) {
    *end += len;
    if (*end < 0) *end = 0;
  }
  if (*start < 0) {
    *start += len;
    if (*start < 0) *start = 0;
  }
}

bool start_end_args(ThreadState& ts, const Value* args, size_t nargs, size_t first,
                    intptr_t* start, intptr_t* end) {
  *start = 0;
  *end = INTPTR_MAX;
  return (nargs <= first || slice_index_arg(ts, args[first], start)) &&
         (nargs <= first + 1 || slice_index_arg(ts, args[first + 1], end));
}

bool method_args(ThreadState& ts, bool is_str, const char* name, size_t nargs, Tuple* kwnames,
                 int min, int max) {
  char qualname[40];
  const char* type = is_str ? "str." : "bytes.";
  size_t t = strlen(type), n = strlen(name);
  if (t + n >= sizeof qualname) n = sizeof qualname - t - 1;
  std::memcpy(qualname, type, t);
  std::memcpy(qualname + t, name, n);
  qualname[t + n] = 0;
  if (!args_no_kwargs(ts, qualname, kwnames)) return false;
  // CPython names the type in the count messages of methods taking no argument or exactly one
  // ("str.upper() takes no arguments"), not in the others ("center expected at least 1 ...").
  bool qualified = max == 0 || (min == 1 && max == 1);
  return args_check(ts, qualified ? qualname : name, nargs, nullptr, min, max);
}

bool int_arg(ThreadState& ts, Value v, intptr_t* out) {
  if (v.is_int()) {
    *out = v.as_int();
    return true;
  }
  return arg_ssize(ts, v, out);
}

bool text_is_space(const TextView& v, uint32_t item) {
  return v.is_str() ? uni_is_space(item) : ascii_space(item);
}

}  // namespace weft
