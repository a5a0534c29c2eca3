// Case conversion and character-class predicates of str and bytes: upper, lower, casefold,
// swapcase, capitalize, title and the is*() methods. str uses the Unicode tables with full
// mappings ('ß'.upper() == 'SS') and the final-sigma rule; bytes changes ASCII letters only.
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/str_methods.hpp"
#include "object/unicode_tables.hpp"

namespace weft {

namespace {

enum class CaseOp { Upper, Lower, Fold, Swap, Capitalize, Title };

// ---- bytes and ASCII text -----------------------------------------------------------------------

char ascii_to_upper(char c) { return ascii_lower(uint8_t(c)) ? char(c - 32) : c; }
char ascii_to_lower(char c) { return ascii_upper(uint8_t(c)) ? char(c + 32) : c; }
bool ascii_cased(char c) { return ascii_lower(uint8_t(c)) || ascii_upper(uint8_t(c)); }

// ASCII case conversion keeps the length, so it writes in place.
void convert_ascii(const char* in, size_t n, CaseOp op, char* out) {
  bool previous_cased = false;
  for (size_t i = 0; i < n; i++) {
    char c = in[i];
    switch (op) {
      case CaseOp::Upper: c = ascii_to_upper(c); break;
      case CaseOp::Lower: case CaseOp::Fold: c = ascii_to_lower(c); break;
      case CaseOp::Swap: c = ascii_upper(uint8_t(c)) ? ascii_to_lower(c) : ascii_to_upper(c); break;
      case CaseOp::Capitalize: c = i == 0 ? ascii_to_upper(c) : ascii_to_lower(c); break;
      case CaseOp::Title:
        c = previous_cased ? ascii_to_lower(c) : ascii_to_upper(c);
        previous_cased = ascii_cased(c);
        break;
    }
    out[i] = c;
  }
}

// ---- str ----------------------------------------------------------------------------------------

// U+03A3 lowers to the final sigma when a cased letter precedes it and none follows, skipping
// case-ignorable characters both ways (Unicode's Final_Sigma condition, as CPython).
uint32_t lower_sigma(const Str* s, size_t at) {
  const char* begin = s->data;
  const char* end = s->data + s->nbytes;
  const char* p = begin + at;
  uint32_t c = 0;
  size_t len;
  bool cased_before = false;
  while (p > begin) {
    p = utf8_retreat(p, 1);
    c = utf8_decode(p, &len);
    if (!uni_is_case_ignorable(c)) {
      cased_before = uni_is_cased(c);
      break;
    }
  }
  if (!cased_before) return 0x3C3;
  for (p = begin + at + 2; p < end; p += len) {
    c = utf8_decode(p, &len);
    if (!uni_is_case_ignorable(c)) return uni_is_cased(c) ? 0x3C3 : 0x3C2;
  }
  return 0x3C2;
}

void append_mapped(StrBuf& out, const Str* s, size_t at, uint32_t cp, CaseForm form) {
  if (cp == 0x3A3 && form == CaseForm::Lower) {
    out.append_codepoint(lower_sigma(s, at));
    return;
  }
  uint32_t mapped[CASE_MAX];
  size_t n = uni_case_map(cp, form, mapped);
  for (size_t i = 0; i < n; i++) out.append_codepoint(mapped[i]);
}

Value convert_str(ThreadState& ts, Str* s, CaseOp op) {
  if (str_is_ascii(s)) {
    Value out;
    char* p = text_alloc(ts, true, s->nbytes, s->length, &out);
    if (p) convert_ascii(s->data, s->nbytes, op, p);
    return out;
  }
  StrBuf out(ts);
  bool previous_cased = false;
  for (size_t at = 0, len; at < s->nbytes; at += len) {
    uint32_t cp = utf8_decode(s->data + at, &len);
    CaseForm form = CaseForm::Lower;
    switch (op) {
      case CaseOp::Upper: form = CaseForm::Upper; break;
      case CaseOp::Lower: break;
      case CaseOp::Fold: form = CaseForm::Fold; break;
      case CaseOp::Swap:
        if (uni_is_lower(cp) && !uni_is_upper(cp)) {
          form = CaseForm::Upper;
        } else if (!uni_is_upper(cp)) {
          out.append(s->data + at, len);
          continue;
        }
        break;
      case CaseOp::Capitalize: form = at == 0 ? CaseForm::Title : CaseForm::Lower; break;
      case CaseOp::Title:
        form = previous_cased ? CaseForm::Lower : CaseForm::Title;
        previous_cased = uni_is_cased(cp);
        break;
    }
    append_mapped(out, s, at, cp, form);
  }
  return out.finish();
}

Value case_method(ThreadState& ts, Value self, size_t nargs, Tuple* kw, const char* name,
                  CaseOp op) {
  TextView v = self_view(ts, self);
  if (!method_args(ts, v.is_str(), name, nargs, kw, 0, 0)) return Value::error();
  if (v.is_str()) return convert_str(ts, as_str(self), op);
  Value out;
  char* p = text_alloc(ts, false, v.nbytes, v.nbytes, &out);
  if (p) convert_ascii(v.data, v.nbytes, op, p);
  return out;
}

#define WEFT_CASE_METHOD(fn, name, op)                                          \
  Value fn(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) { \
    return case_method(ts, self, nargs, kw, name, op);                          \
  }
WEFT_CASE_METHOD(m_upper, "upper", CaseOp::Upper)
WEFT_CASE_METHOD(m_lower, "lower", CaseOp::Lower)
WEFT_CASE_METHOD(m_casefold, "casefold", CaseOp::Fold)
WEFT_CASE_METHOD(m_swapcase, "swapcase", CaseOp::Swap)
WEFT_CASE_METHOD(m_capitalize, "capitalize", CaseOp::Capitalize)
WEFT_CASE_METHOD(m_title, "title", CaseOp::Title)
#undef WEFT_CASE_METHOD

// ---- predicates ---------------------------------------------------------------------------------

// The classes of one item (a code point of str, a byte of bytes).
bool item_upper(bool is_str, uint32_t c) { return is_str ? uni_is_upper(c) : ascii_upper(c); }
bool item_lower(bool is_str, uint32_t c) { return is_str ? uni_is_lower(c) : ascii_lower(c); }
bool item_title(bool is_str, uint32_t c) { return is_str && uni_is_title(c); }

enum class Class { Alpha, Alnum, Digit, Decimal, Numeric, Space, Printable, Ascii };

bool in_class(bool is_str, uint32_t c, Class k) {
  if (!is_str) {
    switch (k) {
      case Class::Alpha: return ascii_lower(c | 0x20);
      case Class::Alnum: return ascii_lower(c | 0x20) || ascii_digit(c);
      case Class::Space: return ascii_space(c);
      case Class::Ascii: return c < 0x80;
      default: return ascii_digit(c);
    }
  }
  switch (k) {
    case Class::Alpha: return uni_is_alpha(c);
    case Class::Alnum: return uni_is_alnum(c);
    case Class::Digit: return uni_is_digit(c);
    case Class::Decimal: return uni_is_decimal(c);
    case Class::Numeric: return uni_is_numeric(c);
    case Class::Space: return uni_is_space(c);
    case Class::Printable: return uni_is_printable(c);
    case Class::Ascii: return c < 0x80;
  }
  return false;
}

// True when every item is in the class (and, but for isprintable/isascii, there is one).
bool all_in_class(const TextView& v, Class k) {
  if (k == Class::Ascii) return utf8_all_ascii(v.data, v.nbytes);
  if (v.nbytes == 0) return k == Class::Printable;
  for (size_t at = 0, len; at < v.nbytes; at += len) {
    if (!in_class(v.is_str(), v.item_at(at, &len), k)) return false;
  }
  return true;
}

// isupper / islower: no item of the other case (or titlecase), and at least one cased.
bool one_case(const TextView& v, bool upper) {
  bool cased = false;
  for (size_t at = 0, len; at < v.nbytes; at += len) {
    uint32_t c = v.item_at(at, &len);
    bool same = upper ? item_upper(v.is_str(), c) : item_lower(v.is_str(), c);
    bool other = upper ? item_lower(v.is_str(), c) : item_upper(v.is_str(), c);
    if (other || item_title(v.is_str(), c)) return false;
    cased |= same;
  }
  return cased;
}

bool is_titled(const TextView& v) {
  bool cased = false, previous_cased = false;
  for (size_t at = 0, len; at < v.nbytes; at += len) {
    uint32_t c = v.item_at(at, &len);
    if (item_upper(v.is_str(), c) || item_title(v.is_str(), c)) {
      if (previous_cased) return false;
      previous_cased = cased = true;
    } else if (item_lower(v.is_str(), c)) {
      if (!previous_cased) return false;
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return cased;
}

bool is_identifier(const TextView& v) {
  if (v.nbytes == 0) return false;
  size_t len;
  if (!uni_is_xid_start(v.item_at(0, &len))) return false;
  for (size_t at = len; at < v.nbytes; at += len) {
    if (!uni_is_xid_continue(v.item_at(at, &len))) return false;
  }
  return true;
}

enum class Test { Upper, Lower, Title, Identifier };

Value predicate(ThreadState& ts, Value self, size_t nargs, Tuple* kw, const char* name, Class k) {
  TextView v = self_view(ts, self);
  if (!method_args(ts, v.is_str(), name, nargs, kw, 0, 0)) return Value::error();
  return boolean(ts, all_in_class(v, k));
}

Value shape_test(ThreadState& ts, Value self, size_t nargs, Tuple* kw, const char* name, Test t) {
  TextView v = self_view(ts, self);
  if (!method_args(ts, v.is_str(), name, nargs, kw, 0, 0)) return Value::error();
  switch (t) {
    case Test::Upper: return boolean(ts, one_case(v, true));
    case Test::Lower: return boolean(ts, one_case(v, false));
    case Test::Title: return boolean(ts, is_titled(v));
    case Test::Identifier: return boolean(ts, is_identifier(v));
  }
  return Value::error();
}

#define WEFT_CLASS_METHOD(fn, name, k)                                          \
  Value fn(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) { \
    return predicate(ts, self, nargs, kw, name, k);                             \
  }
WEFT_CLASS_METHOD(m_isalpha, "isalpha", Class::Alpha)
WEFT_CLASS_METHOD(m_isalnum, "isalnum", Class::Alnum)
WEFT_CLASS_METHOD(m_isdigit, "isdigit", Class::Digit)
WEFT_CLASS_METHOD(m_isdecimal, "isdecimal", Class::Decimal)
WEFT_CLASS_METHOD(m_isnumeric, "isnumeric", Class::Numeric)
WEFT_CLASS_METHOD(m_isspace, "isspace", Class::Space)
WEFT_CLASS_METHOD(m_isprintable, "isprintable", Class::Printable)
WEFT_CLASS_METHOD(m_isascii, "isascii", Class::Ascii)
#undef WEFT_CLASS_METHOD

#define WEFT_SHAPE_METHOD(fn, name, t)                                          \
  Value fn(ThreadState& ts, Value self, const Value*, size_t nargs, Tuple* kw) { \
    return shape_test(ts, self, nargs, kw, name, t);                            \
  }
WEFT_SHAPE_METHOD(m_isupper, "isupper", Test::Upper)
WEFT_SHAPE_METHOD(m_islower, "islower", Test::Lower)
WEFT_SHAPE_METHOD(m_istitle, "istitle", Test::Title)
WEFT_SHAPE_METHOD(m_isidentifier, "isidentifier", Test::Identifier)
#undef WEFT_SHAPE_METHOD

}  // namespace

#define WEFT_COMMON_CASE_METHODS                                                                  \
  {"upper", m_upper, 0, "Return a copy converted to uppercase."},                                 \
  {"lower", m_lower, 0, "Return a copy converted to lowercase."},                                 \
  {"swapcase", m_swapcase, 0, "Convert uppercase characters to lowercase and vice versa."},       \
  {"capitalize", m_capitalize, 0, "Return a capitalized version."},                               \
  {"title", m_title, 0, "Return a version where each word is titlecased."},                       \
  {"isalpha", m_isalpha, 0, "Return True if all characters are alphabetic."},                     \
  {"isalnum", m_isalnum, 0, "Return True if all characters are alphanumeric."},                   \
  {"isdigit", m_isdigit, 0, "Return True if all characters are digits."},                         \
  {"isspace", m_isspace, 0, "Return True if all characters are whitespace."},                     \
  {"isascii", m_isascii, 0, "Return True if all characters are ASCII."},                          \
  {"isupper", m_isupper, 0, "Return True if all cased characters are uppercase."},                \
  {"islower", m_islower, 0, "Return True if all cased characters are lowercase."},                \
  {"istitle", m_istitle, 0, "Return True if the text is title-cased."}

const MethodDef STR_CASE_METHODS[] = {
    WEFT_COMMON_CASE_METHODS,
    {"casefold", m_casefold, 0, "Return a version suitable for caseless comparisons."},
    {"isdecimal", m_isdecimal, 0, "Return True if all characters are decimal."},
    {"isnumeric", m_isnumeric, 0, "Return True if all characters are numeric."},
    {"isprintable", m_isprintable, 0, "Return True if all characters are printable."},
    {"isidentifier", m_isidentifier, 0, "Return True if the string is a valid identifier."},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef BYTES_CASE_METHODS[] = {
    WEFT_COMMON_CASE_METHODS,
    {nullptr, nullptr, 0, nullptr},
};

#undef WEFT_COMMON_CASE_METHODS

}  // namespace weft
