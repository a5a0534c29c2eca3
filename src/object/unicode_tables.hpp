// Unicode character classes and case mappings for str, with CPython's definitions (isalpha is
// the L* categories, isprintable excludes C* and Z* but the space, ...). Pure functions: no GC,
// no ThreadState. Exact for the scripts listed in tools/gen_unicode_tables.py (Latin, Greek,
// Cyrillic, Armenian, Hebrew, Arabic, Georgian, Devanagari, kana, symbols, fullwidth forms) and
// for digits and numerics everywhere; elsewhere only big blocks are classified (CJK and Hangul are
// letters), so e.g. Cherokee or Deseret letters have no case and are not letters.
#pragma once

#include <cstddef>
#include <cstdint>

namespace weft {

bool uni_is_alpha(uint32_t cp);
bool uni_is_decimal(uint32_t cp);
int uni_decimal_value(uint32_t cp);  // 0-9, or -1 when not a decimal digit
bool uni_is_digit(uint32_t cp);
bool uni_is_numeric(uint32_t cp);
inline bool uni_is_alnum(uint32_t cp) { return uni_is_alpha(cp) || uni_is_numeric(cp); }
bool uni_is_space(uint32_t cp);      // str.isspace, str.split()
bool uni_is_linebreak(uint32_t cp);  // str.splitlines
bool uni_is_printable(uint32_t cp);
bool uni_is_upper(uint32_t cp);
bool uni_is_lower(uint32_t cp);
bool uni_is_title(uint32_t cp);      // titlecase letters (Lt), e.g. U+01C5
bool uni_is_cased(uint32_t cp);
bool uni_is_case_ignorable(uint32_t cp);  // for the final sigma rule of str.lower
bool uni_is_xid_start(uint32_t cp);   // including '_'
bool uni_is_xid_continue(uint32_t cp);

enum class CaseForm { Upper = 0, Lower = 1, Title = 2, Fold = 3 };
inline constexpr size_t CASE_MAX = 3;  // code points of the longest full mapping
// The full case mapping of cp (SpecialCasing included, e.g. 'ß' upper is "SS") into out;
// returns its length (1-3). The final-sigma context rule is the caller's (str.lower).
size_t uni_case_map(uint32_t cp, CaseForm form, uint32_t* out);

}  // namespace weft
