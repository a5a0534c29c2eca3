// str.format, str.format_map and str.__format__. The template parser follows CPython's
// MarkupIterator and parse_field (same grammar, same errors, same lazy evaluation of the field
// name's attributes and indices); each field is converted (!r !s !a) and formatted with
// obj_format, its spec first expanded when it holds nested fields (two levels at most).
#include "object/error.hpp"
#include "object/format_spec.hpp"
#include "object/function.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/str_methods.hpp"
#include "object/tuple.hpp"

namespace weft {

namespace {

using Text = std::string_view;

struct FormatArgs {
  const Value* args = nullptr;  // positional arguments
  size_t nargs = 0;
  Tuple* kwnames = nullptr;     // keyword names; their values follow the positional ones
  Value mapping;                // format_map's mapping (error() for format)
  enum { UNSET, AUTO, MANUAL } numbering = UNSET;
  size_t next_auto = 0;
};

Value format_error(ThreadState& ts, const char* msg) {
  return raise(ts, ts.vm->types.ValueError, "%s", msg);
}

// A decimal number (the whole text), or -1 when the text is not all digits; -2 on overflow
// (ValueError pending).
intptr_t parse_index(ThreadState& ts, Text t) {
  if (t.empty()) return -1;
  intptr_t n = 0;
  for (char c : t) {
    if (c < '0' || c > '9') return -1;
    if (n > (INTPTR_MAX - (c - '0')) / 10) {
      format_error(ts, "Too many decimal digits in format string");
      return -2;
    }
    n = n * 10 + (c - '0');
  }
  return n;
}

// The object the first part of a field name designates: a positional argument (given or
// automatic) or a keyword one.
Value lookup_first(ThreadState& ts, FormatArgs& fa, Text name) {
  intptr_t index = parse_index(ts, name);
  if (index == -2) return Value::error();
  if (name.empty() || index >= 0) {
    bool automatic = name.empty();
    auto wanted = automatic ? FormatArgs::AUTO : FormatArgs::MANUAL;
    if (fa.numbering != FormatArgs::UNSET && fa.numbering != wanted) {
      return format_error(ts, automatic ? "cannot switch from manual field specification to "
                                          "automatic field numbering"
                                        : "cannot switch from automatic field numbering to "
                                          "manual field specification");
    }
    fa.numbering = wanted;
    if (automatic) index = intptr_t(fa.next_auto++);
    if (!fa.mapping.is_error()) return format_error(ts, "Format string contains positional fields");
    if (size_t(index) >= fa.nargs) {
      return raise(ts, ts.vm->types.IndexError,
                   "Replacement index %zd out of range for positional args tuple", index);
    }
    return fa.args[index];
  }
  WEFT_TRY(key, str_new(ts, name.data(), name.size()));
  if (!fa.mapping.is_error()) return obj_getitem(ts, fa.mapping, key);
  size_t nkw = fa.kwnames ? fa.kwnames->size : 0;
  for (size_t i = 0; i < nkw; i++) {
    if (str_view(as_str(fa.kwnames->items[i])) == name) return fa.args[fa.nargs + i];
  }
  return raise_with_arg(ts, ts.vm->types.KeyError, key);
}

// Applies the ".attr" and "[key]" parts after the first name, evaluating as it parses (as
// CPython, so "{0.a.}" reports the missing attribute 'a' before the empty one).
Value apply_accessors(ThreadState& ts, Value obj, Text rest) {
  size_t i = 0;
  while (i < rest.size()) {
    char c = rest[i++];
    if (c != '.' && c != '[') {
      return format_error(ts, "Only '.' or '[' may follow ']' in format field specifier");
    }
    size_t start = i;
    if (c == '.') {
      while (i < rest.size() && rest[i] != '.' && rest[i] != '[') i++;
      if (i == start) return format_error(ts, "Empty attribute in format string");
      Str* name = intern_chars(ts, rest.data() + start, i - start);
      if (!name) return Value::error();
      WEFT_TRY(attr, obj_getattr(ts, obj, name));
      obj = attr;
      continue;
    }
    while (i < rest.size() && rest[i] != ']') i++;
    if (i >= rest.size()) return format_error(ts, "Missing ']' in format string");
    Text key_text = rest.substr(start, i - start);
    i++;
    if (key_text.empty()) return format_error(ts, "Empty attribute in format string");
    intptr_t index = parse_index(ts, key_text);
    if (index == -2) return Value::error();
    WEFT_TRY(key, index >= 0 ? Value::from_int(index) : str_new(ts, key_text.data(), key_text.size()));
    WEFT_TRY(item, obj_getitem(ts, obj, key));
    obj = item;
  }
  return obj;
}

Value get_field(ThreadState& ts, FormatArgs& fa, Text field) {
  size_t first_end = 0;
  while (first_end < field.size() && field[first_end] != '.' && field[first_end] != '[') first_end++;
  WEFT_TRY(obj, lookup_first(ts, fa, field.substr(0, first_end)));
  return apply_accessors(ts, obj, field.substr(first_end));
}

Value convert(ThreadState& ts, Value obj, uint32_t conversion) {
  switch (conversion) {
    case 0: return obj;
    case 'r': return obj_repr(ts, obj);
    case 's': return obj_str(ts, obj);
    case 'a': return obj_ascii(ts, obj);
  }
  if (conversion > 32 && conversion < 127) {
    return raise(ts, ts.vm->types.ValueError, "Unknown conversion specifier %c", int(conversion));
  }
  return raise(ts, ts.vm->types.ValueError, "Unknown conversion specifier \\x%x",
               unsigned(conversion));
}

struct Field {
  Text name, spec;
  uint32_t conversion = 0;
  bool spec_has_fields = false;
};

// CPython's parse_field: `s` starts after the '{'; on success *pos is after the closing '}'.
bool parse_field(ThreadState& ts, Text s, size_t* pos, Field* f) {
  size_t i = *pos;
  char c = 0;
  size_t name_start = i;
  while (i < s.size()) {
    c = s[i++];
    if (c == '{') {
      format_error(ts, "unexpected '{' in field name");
      return false;
    }
    if (c == '[') {
      while (i < s.size() && s[i] != ']') i++;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  f->name = s.substr(name_start, (i > name_start ? i - 1 : i) - name_start);
  if (c != '!' && c != ':') {
    if (c != '}') {
      format_error(ts, "expected '}' before end of string");
      return false;
    }
    *pos = i;
    return true;
  }
  if (c == '!') {
    if (i >= s.size()) {
      format_error(ts, "end of string while looking for conversion specifier");
      return false;
    }
    size_t len;
    f->conversion = utf8_decode(s.data() + i, &len);
    i += len;
    if (i < s.size()) {
      c = s[i++];
      if (c == '}') {
        *pos = i;
        return true;
      }
      if (c != ':') {
        format_error(ts, "expected ':' after conversion specifier");
        return false;
      }
    }
  }
  size_t spec_start = i;
  for (int depth = 1; i < s.size();) {
    c = s[i++];
    if (c == '{') {
      f->spec_has_fields = true;
      depth++;
    } else if (c == '}' && --depth == 0) {
      f->spec = s.substr(spec_start, i - 1 - spec_start);
      *pos = i;
      return true;
    }
  }
  format_error(ts, "unmatched '{' in format spec");
  return false;
}

bool render(ThreadState& ts, Text s, FormatArgs& fa, int depth, StrBuf& out);

bool render_field(ThreadState& ts, const Field& f, FormatArgs& fa, int depth, StrBuf& out) {
  Value obj = get_field(ts, fa, f.name);
  if (obj.is_error()) return false;
  obj = convert(ts, obj, f.conversion);
  if (obj.is_error()) return false;
  Value spec;
  if (f.spec_has_fields) {
    StrBuf expanded(ts);
    if (!render(ts, f.spec, fa, depth - 1, expanded)) return false;
    spec = expanded.finish();
  } else {
    spec = f.spec.empty() ? ts.vm->empty_str : str_new(ts, f.spec.data(), f.spec.size());
  }
  if (spec.is_error()) return false;
  Value text = obj_format(ts, obj, spec);
  if (text.is_error()) return false;
  out.append_str(as_str(text));
  return !out.failed();
}

// CPython's MarkupIterator: literal text with {{ and }} escapes, and replacement fields.
bool render(ThreadState& ts, Text s, FormatArgs& fa, int depth, StrBuf& out) {
  if (depth <= 0) {
    format_error(ts, "Max string recursion exceeded");
    return false;
  }
  size_t i = 0;
  while (i < s.size()) {
    size_t start = i;
    char c = 0;
    while (i < s.size() && (c = s[i]) != '{' && c != '}') i++;
    out.append(s.data() + start, i - start);
    if (i >= s.size()) break;
    i++;
    bool at_end = i >= s.size();
    if (c == '}' && (at_end || s[i] != '}')) {
      format_error(ts, "Single '}' encountered in format string");
      return false;
    }
    if (c == '{' && at_end) {
      format_error(ts, "Single '{' encountered in format string");
      return false;
    }
    if (s[i] == c) {  // an escaped brace
      out.append_char(c);
      i++;
      continue;
    }
    Field f;
    if (!parse_field(ts, s, &i, &f) || !render_field(ts, f, fa, depth, out)) return false;
  }
  return !out.failed();
}

Value format_with(ThreadState& ts, Value self, FormatArgs& fa) {
  StrBuf out(ts);
  if (!render(ts, str_view(as_str(self)), fa, 2, out)) return Value::error();
  return out.finish();
}

Value m_format(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  FormatArgs fa;
  fa.args = args;
  fa.nargs = nargs;
  fa.kwnames = kw;
  return format_with(ts, self, fa);
}

Value m_format_map(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!method_args(ts, true, "format_map", nargs, kw, 1, 1)) return Value::error();
  FormatArgs fa;
  fa.mapping = args[0];
  return format_with(ts, self, fa);
}

// ---- str.__format__ -----------------------------------------------------------------------------

bool check_text_spec(ThreadState& ts, const FormatSpec& spec) {
  const char* problem = nullptr;
  if (spec.type != 0 && spec.type != 's') {
    if (spec.type > 32 && spec.type < 127) {
      raise(ts, ts.vm->types.ValueError, "Unknown format code '%c' for object of type 'str'",
            int(spec.type));
    } else {
      raise(ts, ts.vm->types.ValueError, "Unknown format code '\\x%x' for object of type 'str'",
            unsigned(spec.type));
    }
    return false;
  }
  if (spec.grouping) {
    raise(ts, ts.vm->types.ValueError, "Cannot specify '%c' with 's'.", int(spec.grouping));
    return false;
  }
  if (spec.sign) {
    problem = spec.sign == ' ' ? "Space not allowed in string format specifier"
                               : "Sign not allowed in string format specifier";
  } else if (spec.no_neg_zero) {
    problem = "Negative zero coercion (z) not allowed in string format specifier";
  } else if (spec.alternate) {
    problem = "Alternate form (#) not allowed in string format specifier";
  } else if (spec.align == '=') {
    problem = "'=' alignment not allowed in string format specifier";
  }
  if (!problem) return true;
  format_error(ts, problem);
  return false;
}

Value m_dunder_format(ThreadState& ts, Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (!method_args(ts, true, "__format__", nargs, kw, 1, 1)) return Value::error();
  if (!is_str(ts, args[0])) {
    return raise(ts, ts.vm->types.TypeError, "__format__() argument must be str, not %T", args[0]);
  }
  Str* s = as_str(self);
  Str* spec_text = as_str(args[0]);
  if (spec_text->nbytes == 0) return obj_str(ts, self);
  FormatSpec spec;
  if (!format_spec_parse(ts, str_view(spec_text), "str", &spec) || !check_text_spec(ts, spec)) {
    return Value::error();
  }
  Text body = str_view(s);
  if (spec.precision >= 0 && size_t(spec.precision) < s->length) {
    body = body.substr(0, str_byte_offset(s, size_t(spec.precision)));
  }
  return format_spec_pad(ts, spec, "", "", body, '<');
}

}  // namespace

const MethodDef STR_FORMAT_METHODS[] = {
    {"format", m_format, 0, "Return a formatted version of the string, using substitutions."},
    {"format_map", m_format_map, 0, "Return a formatted version, using substitutions from mapping."},
    {"__format__", m_dunder_format, 0, "Return a formatted version of the string."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace weft
