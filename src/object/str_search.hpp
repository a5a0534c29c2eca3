// Substring search over bytes for str and bytes methods (find, count, split, replace, ...).
// Pure functions. Linear time whatever the input: short needles use memchr and memcmp, longer
// ones the Crochemore-Perrin two-way algorithm (constant extra space, no pathological cases).
// A UTF-8 needle can only match at code-point boundaries of UTF-8 text, so str searches bytes.
#pragma once

#include <cstddef>
#include <cstdint>

namespace weft {

inline constexpr size_t NOT_FOUND = SIZE_MAX;

// Offset of the first (last) occurrence of needle[0..m) in hay[0..n), or NOT_FOUND. An empty
// needle is found at 0 (at n).
size_t text_find(const char* hay, size_t n, const char* needle, size_t m);
size_t text_rfind(const char* hay, size_t n, const char* needle, size_t m);
// Non-overlapping occurrences, counting no further than max_count. m must be > 0.
size_t text_count(const char* hay, size_t n, const char* needle, size_t m, size_t max_count);

}  // namespace weft
