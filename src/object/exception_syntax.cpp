// SyntaxError (msg plus the (filename, lineno, offset, text[, end_lineno, end_offset]) location
// tuple) and the three UnicodeError subclasses with their five or four typed arguments.
#include <cstring>

#include "object/bytes.hpp"
#include "object/error.hpp"
#include "object/exception_internal.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

// ---- SyntaxError --------------------------------------------------------------------------------

bool set_location(ThreadState& ts, Value self, Value info_arg) {
  WEFT_TRY_BOOL(info_value, tuple_from_iterable(ts, info_arg));
  Tuple* info = as_tuple(info_value);
  if (info->size < 4 || info->size > 6) {
    raise(ts, ts.vm->types.TypeError, "function takes %s %d arguments (%zu given)",
          info->size < 4 ? "at least" : "at most", info->size < 4 ? 4 : 6, info->size);
    return false;
  }
  Names& n = ts.vm->names;
  Str* const fields[] = {n.filename, n.lineno, n.offset, n.text, n.end_lineno, n.end_offset};
  for (size_t i = 0; i < info->size; i++) {
    if (!exception_set_attr(ts, self, fields[i], info->items[i])) return false;
  }
  return true;
}

bool syntax_error_init(ThreadState& ts, Value self, const Value* args, size_t nargs,
                       Tuple* kwnames) {
  if (!base_exception_init(ts, self, args, nargs, kwnames)) return false;
  if (nargs >= 1 && !exception_set_attr(ts, self, ts.vm->names.msg, args[0])) return false;
  return nargs != 2 || set_location(ts, self, args[1]);
}

// "msg (file.py, line 3)": only the base name of the file, as CPython.
Value syntax_error_str(ThreadState& ts, Value self) {
  Names& n = ts.vm->names;
  Value msg = exception_get_attr(ts, self, n.msg);
  Value filename = exception_get_attr(ts, self, n.filename);
  Value lineno = exception_get_attr(ts, self, n.lineno);
  bool have_file = is_str(ts, filename);
  bool have_line = lineno.is_int() || type_of(ts, lineno) == ts.vm->types.int_;
  if (!have_file && !have_line) return obj_str(ts, msg);
  if (!have_file) return str_format_c(ts, "%S (line %S)", msg, lineno);
  const char* path = as_str(filename)->data;
  const char* slash = strrchr(path, '/');
  const char* base = slash ? slash + 1 : path;
  if (!have_line) return str_format_c(ts, "%S (%s)", msg, base);
  return str_format_c(ts, "%S (%s, line %S)", msg, base, lineno);
}

constexpr const char* SYNTAX_ERROR_ATTRS[] = {
    "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
    "print_file_and_line", nullptr,
};

// ---- UnicodeError subclasses --------------------------------------------------------------------

enum class ArgKind { Str, Bytes, Index };

struct UnicodeField {
  Str* Names::*name;
  ArgKind kind;
};

bool check_field(ThreadState& ts, Value v, ArgKind kind, size_t position, Value* out) {
  switch (kind) {
    case ArgKind::Str:
      if (!is_str(ts, v)) break;
      *out = v;
      return true;
    case ArgKind::Bytes:
      if (!is_bytes(ts, v)) {
        raise(ts, ts.vm->types.TypeError, "a bytes-like object is required, not '%s'",
              type_name(ts, v));
        return false;
      }
      *out = v;
      return true;
    case ArgKind::Index:
      *out = obj_index(ts, v);
      return !out->is_error();
  }
  raise(ts, ts.vm->types.TypeError, "argument %zu must be str, not %s", position,
        type_name(ts, v));
  return false;
}

bool unicode_init(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kwnames,
                  const UnicodeField* fields, size_t count) {
  if (!base_exception_init(ts, self, args, nargs, kwnames)) return false;
  if (nargs != count) {
    raise(ts, ts.vm->types.TypeError, "function takes exactly %zu arguments (%zu given)", count,
          nargs);
    return false;
  }
  for (size_t i = 0; i < count; i++) {
    Value v;
    if (!check_field(ts, args[i], fields[i].kind, i + 1, &v) ||
        !exception_set_attr(ts, self, ts.vm->names.*fields[i].name, v)) {
      return false;
    }
  }
  return true;
}

constexpr UnicodeField DECODE_FIELDS[] = {
    {&Names::encoding, ArgKind::Str}, {&Names::object_, ArgKind::Bytes},
    {&Names::start, ArgKind::Index},  {&Names::end, ArgKind::Index},
    {&Names::reason, ArgKind::Str},
};
constexpr UnicodeField ENCODE_FIELDS[] = {
    {&Names::encoding, ArgKind::Str}, {&Names::object_, ArgKind::Str},
    {&Names::start, ArgKind::Index},  {&Names::end, ArgKind::Index},
    {&Names::reason, ArgKind::Str},
};
constexpr UnicodeField TRANSLATE_FIELDS[] = {
    {&Names::object_, ArgKind::Str},
    {&Names::start, ArgKind::Index},
    {&Names::end, ArgKind::Index},
    {&Names::reason, ArgKind::Str},
};

template <const UnicodeField* FIELDS, size_t COUNT>
bool unicode_error_init(ThreadState& ts, Value self, const Value* args, size_t nargs,
                        Tuple* kwnames) {
  return unicode_init(ts, self, args, nargs, kwnames, FIELDS, COUNT);
}

struct UnicodeParts {
  Value encoding, object, reason;
  intptr_t start, end;
};

UnicodeParts unicode_parts(ThreadState& ts, Value self) {
  Names& n = ts.vm->names;
  UnicodeParts p;
  p.encoding = exception_get_attr(ts, self, n.encoding);
  p.object = exception_get_attr(ts, self, n.object_);
  p.reason = exception_get_attr(ts, self, n.reason);
  Value start = exception_get_attr(ts, self, n.start);
  Value end = exception_get_attr(ts, self, n.end);
  p.start = is_int_like(ts, start) ? int_clamp_ssize(start) : 0;
  p.end = is_int_like(ts, end) ? int_clamp_ssize(end) : 0;
  return p;
}

// The character at `start` of a str object, escaped as in the messages ('\xe9', '\u1234').
bool single_char(ThreadState& ts, const UnicodeParts& p, char* out) {
  if (!is_str(ts, p.object) || p.end != p.start + 1 || p.start < 0 ||
      size_t(p.start) >= as_str(p.object)->length) {
    return false;
  }
  escape_codepoint(str_char_at(as_str(p.object), size_t(p.start)), out);
  return true;
}

Value unicode_decode_str(ThreadState& ts, Value self) {
  UnicodeParts p = unicode_parts(ts, self);
  if (is_bytes(ts, p.object) && p.end == p.start + 1 && p.start >= 0 &&
      size_t(p.start) < as_bytes(p.object)->size) {
    char byte[ESCAPE_MAX];
    escape_codepoint(static_cast<unsigned char>(as_bytes(p.object)->data[p.start]), byte);
    return str_format_c(ts, "'%S' codec can't decode byte 0x%s in position %zd: %S",
                        p.encoding, byte + 2, p.start, p.reason);
  }
  return str_format_c(ts, "'%S' codec can't decode bytes in position %zd-%zd: %S", p.encoding,
                      p.start, p.end - 1, p.reason);
}

Value unicode_encode_str(ThreadState& ts, Value self) {
  UnicodeParts p = unicode_parts(ts, self);
  char ch[ESCAPE_MAX];
  if (single_char(ts, p, ch)) {
    return str_format_c(ts, "'%S' codec can't encode character '%s' in position %zd: %S",
                        p.encoding, ch, p.start, p.reason);
  }
  return str_format_c(ts, "'%S' codec can't encode characters in position %zd-%zd: %S",
                      p.encoding, p.start, p.end - 1, p.reason);
}

Value unicode_translate_str(ThreadState& ts, Value self) {
  UnicodeParts p = unicode_parts(ts, self);
  char ch[ESCAPE_MAX];
  if (single_char(ts, p, ch)) {
    return str_format_c(ts, "can't translate character '%s' in position %zd: %S", ch, p.start,
                        p.reason);
  }
  return str_format_c(ts, "can't translate characters in position %zd-%zd: %S", p.start,
                      p.end - 1, p.reason);
}

}  // namespace

const ExceptionSpec SYNTAX_ERROR_SPEC = {nullptr, syntax_error_init, syntax_error_str,
                                         SYNTAX_ERROR_ATTRS};
const ExceptionSpec UNICODE_DECODE_ERROR_SPEC = {
    nullptr, unicode_error_init<DECODE_FIELDS, 5>, unicode_decode_str, nullptr};
const ExceptionSpec UNICODE_ENCODE_ERROR_SPEC = {
    nullptr, unicode_error_init<ENCODE_FIELDS, 5>, unicode_encode_str, nullptr};
const ExceptionSpec UNICODE_TRANSLATE_ERROR_SPEC = {
    nullptr, unicode_error_init<TRANSLATE_FIELDS, 4>, unicode_translate_str, nullptr};

}  // namespace weft
