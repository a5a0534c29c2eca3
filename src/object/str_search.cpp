// Substring search: memchr for one byte, a memchr-guided comparison for needles of a few bytes
// (at most SHORT_NEEDLE comparisons per position, so still linear), and the two-way algorithm
// (Crochemore & Perrin, 1991) for longer needles. Reverse search runs the same code on a reversed
// view of both strings.
#include "object/str_search.hpp"

#include <cstring>

namespace weft {

namespace {

constexpr size_t SHORT_NEEDLE = 8;

// Byte i of a string read forward or backward.
struct Forward {
  const unsigned char* p;
  size_t n;
  unsigned char operator[](size_t i) const { return p[i]; }
};
struct Backward {
  const unsigned char* p;
  size_t n;
  unsigned char operator[](size_t i) const { return p[n - 1 - i]; }
};

// The maximal suffix of x for the byte order (`greater` false) or its reverse; returns its
// start minus one (-1 for the whole string) and the period of that suffix in *period.
template <class S>
intptr_t maximal_suffix(const S& x, intptr_t m, bool greater, intptr_t* period) {
  intptr_t ms = -1, j = 0, k = 1, p = 1;
  while (j + k < m) {
    unsigned char a = x[size_t(j + k)], b = x[size_t(ms + k)];
    bool smaller = greater ? a > b : a < b;
    if (smaller) {
      j += k;
      k = 1;
      p = j - ms;
    } else if (a == b) {
      if (k != p) {
        k++;
      } else {
        j += p;
        k = 1;
      }
    } else {
      ms = j;
      j = ms + 1;
      k = p = 1;
    }
  }
  *period = p;
  return ms;
}

template <class S>
bool prefix_repeats(const S& x, intptr_t period, intptr_t len) {
  for (intptr_t i = 0; i < len; i++) {
    if (x[size_t(i)] != x[size_t(i + period)]) return false;
  }
  return true;
}

// The first position of x in y, or NOT_FOUND (m >= 1, n >= m).
template <class S>
size_t two_way(const S& x, const S& y) {
  intptr_t m = intptr_t(x.n), n = intptr_t(y.n), p, q;
  intptr_t i = maximal_suffix(x, m, false, &p);
  intptr_t j = maximal_suffix(x, m, true, &q);
  intptr_t ell = i > j ? i : j, per = i > j ? p : q;
  if (ell + 1 + per <= m && prefix_repeats(x, per, ell + 1)) {
    // Periodic needle: remember how much of the next window is already known to match.
    intptr_t memory = -1;
    for (j = 0; j <= n - m;) {
      i = (ell > memory ? ell : memory) + 1;
      while (i < m && x[size_t(i)] == y[size_t(i + j)]) i++;
      if (i < m) {
        j += i - ell;
        memory = -1;
        continue;
      }
      i = ell;
      while (i > memory && x[size_t(i)] == y[size_t(i + j)]) i--;
      if (i <= memory) return size_t(j);
      j += per;
      memory = m - per - 1;
    }
    return NOT_FOUND;
  }
  per = (ell + 1 > m - ell - 1 ? ell + 1 : m - ell - 1) + 1;
  for (j = 0; j <= n - m;) {
    i = ell + 1;
    while (i < m && x[size_t(i)] == y[size_t(i + j)]) i++;
    if (i < m) {
      j += i - ell;
      continue;
    }
    i = ell;
    while (i >= 0 && x[size_t(i)] == y[size_t(i + j)]) i--;
    if (i < 0) return size_t(j);
    j += per;
  }
  return NOT_FOUND;
}

size_t find_short(const char* hay, size_t n, const char* needle, size_t m) {
  const char* p = hay;
  const char* last = hay + (n - m);
  while (p <= last) {
    p = static_cast<const char*>(std::memchr(p, needle[0], size_t(last - p) + 1));
    if (!p) return NOT_FOUND;
    if (std::memcmp(p + 1, needle + 1, m - 1) == 0) return size_t(p - hay);
    p++;
  }
  return NOT_FOUND;
}

size_t rfind_short(const char* hay, size_t n, const char* needle, size_t m) {
  for (size_t i = n - m + 1; i-- > 0;) {
    if (hay[i] == needle[0] && std::memcmp(hay + i + 1, needle + 1, m - 1) == 0) return i;
  }
  return NOT_FOUND;
}

const unsigned char* bytes_of(const char* p) { return reinterpret_cast<const unsigned char*>(p); }

}  // namespace

size_t text_find(const char* hay, size_t n, const char* needle, size_t m) {
  if (m == 0) return 0;
  if (m > n) return NOT_FOUND;
  if (m <= SHORT_NEEDLE) return find_short(hay, n, needle, m);
  return two_way(Forward{bytes_of(needle), m}, Forward{bytes_of(hay), n});
}

size_t text_rfind(const char* hay, size_t n, const char* needle, size_t m) {
  if (m == 0) return n;
  if (m > n) return NOT_FOUND;
  if (m <= SHORT_NEEDLE) return rfind_short(hay, n, needle, m);
  size_t r = two_way(Backward{bytes_of(needle), m}, Backward{bytes_of(hay), n});
  return r == NOT_FOUND ? r : n - m - r;
}

size_t text_count(const char* hay, size_t n, const char* needle, size_t m, size_t max_count) {
  size_t count = 0, at = 0;
  while (count < max_count) {
    size_t i = text_find(hay + at, n - at, needle, m);
    if (i == NOT_FOUND) break;
    count++;
    at += i + m;
  }
  return count;
}

}  // namespace weft
