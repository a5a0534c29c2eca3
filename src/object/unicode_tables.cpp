// Lookups in the generated tables (unicode_data.cpp): binary search over sorted runs. ASCII takes
// a shortcut everywhere, so plain text never searches a table.
#include "object/unicode_tables.hpp"

#include "object/unicode_data.hpp"

namespace weft {

namespace ud = unicode_data;

namespace {

constexpr uint32_t run_first(uint32_t run) { return run & 0x1FFFFF; }
constexpr uint32_t run_count(uint32_t run) {
  uint32_t c = (run >> 21) & 0x3FF;
  return c < 512 ? c + 1 : (c - 511) * 512;
}
constexpr uint32_t run_step(uint32_t run) { return (run >> 31) ? 2 : 1; }

bool run_holds(uint32_t run, uint32_t cp) {
  uint32_t first = run_first(run), step = run_step(run);
  if (cp < first) return false;
  uint32_t k = cp - first;
  return k % step == 0 && k / step < run_count(run);
}

// Index of the last element whose first code point is <= cp, or -1.
template <class T, class First>
intptr_t last_at_or_before(const T* items, size_t n, uint32_t cp, First first) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (first(items[mid]) <= cp) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return intptr_t(lo) - 1;
}

bool in_set(const uint32_t* runs, size_t n, uint32_t cp) {
  intptr_t i = last_at_or_before(runs, n, cp, run_first);
  return i >= 0 && run_holds(runs[i], cp);
}

// The simple mapping of cp in a delta table, or cp itself.
uint32_t mapped(const ud::MapRun* map, size_t n, uint32_t cp, bool* found) {
  intptr_t i = last_at_or_before(map, n, cp, [](const ud::MapRun& m) { return run_first(m.run); });
  *found = i >= 0 && run_holds(map[i].run, cp);
  return *found ? uint32_t(int32_t(cp) + map[i].delta) : cp;
}

const ud::SpecialCase* special(uint32_t cp) {
  intptr_t i = last_at_or_before(ud::SPECIAL, ud::SPECIAL_SIZE, cp,
                                 [](const ud::SpecialCase& s) { return uint32_t(s.cp); });
  return i >= 0 && ud::SPECIAL[i].cp == cp ? &ud::SPECIAL[i] : nullptr;
}

bool has_mapping(const ud::MapRun* map, size_t n, CaseForm form, uint32_t cp) {
  bool found;
  mapped(map, n, cp, &found);
  if (found) return true;
  const ud::SpecialCase* s = special(cp);
  return s && (s->forms[int(form)][0] != cp || s->forms[int(form)][1] != 0);
}

bool ascii_alpha(uint32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool ascii_digit(uint32_t c) { return c >= '0' && c <= '9'; }

}  // namespace

bool uni_is_alpha(uint32_t cp) {
  if (cp < 0x80) return ascii_alpha(cp);
  return in_set(ud::ALPHA, ud::ALPHA_SIZE, cp);
}

int uni_decimal_value(uint32_t cp) {
  if (cp < 0x80) return ascii_digit(cp) ? int(cp - '0') : -1;
  intptr_t i = last_at_or_before(ud::DECIMAL_ZEROS, ud::DECIMAL_ZEROS_SIZE, cp,
                                 [](uint32_t z) { return z; });
  if (i < 0 || cp - ud::DECIMAL_ZEROS[i] > 9) return -1;
  return int(cp - ud::DECIMAL_ZEROS[i]);
}

bool uni_is_decimal(uint32_t cp) { return uni_decimal_value(cp) >= 0; }

bool uni_is_digit(uint32_t cp) {
  return uni_is_decimal(cp) ||
         (cp >= 0x80 && in_set(ud::DIGIT_ONLY, ud::DIGIT_ONLY_SIZE, cp));
}

bool uni_is_numeric(uint32_t cp) {
  return uni_is_digit(cp) ||
         (cp >= 0x80 && in_set(ud::NUMERIC_ONLY, ud::NUMERIC_ONLY_SIZE, cp));
}

// CPython's _PyUnicode_IsWhitespace: the bidirectional types WS, B and S plus Zs.
bool uni_is_space(uint32_t cp) {
  if (cp < 0x80) return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20);
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

bool uni_is_linebreak(uint32_t cp) {
  return (cp >= 0x0A && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1E) || cp == 0x85 ||
         cp == 0x2028 || cp == 0x2029;
}

bool uni_is_printable(uint32_t cp) {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
  return !in_set(ud::NONPRINTABLE, ud::NONPRINTABLE_SIZE, cp);
}

// Uppercase letters are mostly those with a lowercase mapping (and vice versa); the tables hold
// the exceptions.
bool uni_is_upper(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (in_set(ud::UPPER_EXTRA, ud::UPPER_EXTRA_SIZE, cp)) return true;
  return has_mapping(ud::LOWER_MAP, ud::LOWER_MAP_SIZE, CaseForm::Lower, cp) &&
         !in_set(ud::UPPER_NOT, ud::UPPER_NOT_SIZE, cp);
}

bool uni_is_lower(uint32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (in_set(ud::LOWER_EXTRA, ud::LOWER_EXTRA_SIZE, cp)) return true;
  return has_mapping(ud::UPPER_MAP, ud::UPPER_MAP_SIZE, CaseForm::Upper, cp) &&
         !in_set(ud::LOWER_NOT, ud::LOWER_NOT_SIZE, cp);
}

bool uni_is_title(uint32_t cp) { return cp >= 0x80 && in_set(ud::TITLE, ud::TITLE_SIZE, cp); }

bool uni_is_cased(uint32_t cp) { return uni_is_upper(cp) || uni_is_lower(cp) || uni_is_title(cp); }

bool uni_is_case_ignorable(uint32_t cp) {
  return in_set(ud::CASE_IGNORABLE, ud::CASE_IGNORABLE_SIZE, cp);
}

bool uni_is_xid_start(uint32_t cp) {
  if (cp < 0x80) return ascii_alpha(cp) || cp == '_';
  if (in_set(ud::XID_START_EXTRA, ud::XID_START_EXTRA_SIZE, cp)) return true;
  return uni_is_alpha(cp) && !in_set(ud::XID_START_NOT, ud::XID_START_NOT_SIZE, cp);
}

bool uni_is_xid_continue(uint32_t cp) {
  if (cp < 0x80) return ascii_alpha(cp) || ascii_digit(cp) || cp == '_';
  return uni_is_xid_start(cp) || in_set(ud::XID_CONTINUE_ONLY, ud::XID_CONTINUE_ONLY_SIZE, cp);
}

size_t uni_case_map(uint32_t cp, CaseForm form, uint32_t* out) {
  if (cp < 0x80) {
    bool to_upper = form == CaseForm::Upper || form == CaseForm::Title;
    if (to_upper && cp >= 'a' && cp <= 'z') cp -= 32;
    if (!to_upper && cp >= 'A' && cp <= 'Z') cp += 32;
    out[0] = cp;
    return 1;
  }
  if (const ud::SpecialCase* s = special(cp)) {
    size_t n = 0;
    while (n < CASE_MAX && s->forms[int(form)][n]) {
      out[n] = s->forms[int(form)][n];
      n++;
    }
    return n;
  }
  bool found = false;
  switch (form) {
    case CaseForm::Upper: out[0] = mapped(ud::UPPER_MAP, ud::UPPER_MAP_SIZE, cp, &found); break;
    case CaseForm::Lower: out[0] = mapped(ud::LOWER_MAP, ud::LOWER_MAP_SIZE, cp, &found); break;
    case CaseForm::Title:
      out[0] = mapped(ud::TITLE_MAP, ud::TITLE_MAP_SIZE, cp, &found);
      if (!found) out[0] = mapped(ud::UPPER_MAP, ud::UPPER_MAP_SIZE, cp, &found);
      break;
    case CaseForm::Fold:
      out[0] = mapped(ud::FOLD_MAP, ud::FOLD_MAP_SIZE, cp, &found);
      if (!found) out[0] = mapped(ud::LOWER_MAP, ud::LOWER_MAP_SIZE, cp, &found);
      break;
  }
  return 1;
}

}  // namespace weft
