// list.sort: a stable, adaptive merge sort in the style of timsort. Natural runs (descending ones
// reversed), short runs extended to `minrun` by binary insertion, a run stack merged under
// timsort's balance invariants, and merges trimmed by galloping searches so that already-ordered
// stretches cost O(log n) comparisons.
//
// As in CPython, the list looks empty while it is sorted and a change made meanwhile (by a key
// function or a comparison) raises "ValueError: list modified during sort". The sort permutes a
// private copy of the items and publishes it at the end: the list's old array is never written,
// so an error in a comparison or key function leaves the list exactly as it was, and a lock-free
// reader that still holds the old array sees it unchanged.
#include <cstring>

#include "object/error.hpp"
#include "object/guard.hpp"
#include "object/float.hpp"
#include "object/list_impl.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"

namespace weft {

namespace {

struct SortState;
using LessFn = int (*)(SortState& s, Value a, Value b);  // 1, 0, -1 = error

struct SortState {
  ThreadState& ts;
  Value* keys;
  Value* values;    // moved along with keys; nullptr when the items are their own keys
  Value* tmp_keys;  // scratch for merges: half the items
  Value* tmp_values;
  LessFn less;
};

// ---- comparisons (chosen once per sort, as CPython's pre-sort homogeneity check) --------------

int less_generic(SortState& s, Value a, Value b) { return obj_richcompare_bool(s.ts, a, b, CMP_LT); }
int less_small_int(SortState&, Value a, Value b) { return a.as_int() < b.as_int(); }
int less_str(SortState&, Value a, Value b) { return str_compare(as_str(a), as_str(b)) < 0; }
int less_float(SortState&, Value a, Value b) { return float_value(a) < float_value(b); }

LessFn choose_less(ThreadState& ts, const Value* keys, size_t n) {
  bool ints = true, strs = true, floats = true;
  for (size_t i = 0; i < n; i++) {
    Value k = keys[i];
    ints = ints && k.is_int();
    Type* t = k.is_int() ? nullptr : k.as_obj()->type;
    strs = strs && t == ts.vm->types.str;
    floats = floats && t == ts.vm->types.float_;
  }
  return ints ? less_small_int : strs ? less_str : floats ? less_float : less_generic;
}

// ---- moving keys and values together ----------------------------------------------------------

void move(SortState& s, size_t dst, const Value* from_keys, const Value* from_values, size_t src,
          size_t n) {
  std::memmove(s.keys + dst, from_keys + src, n * sizeof(Value));
  if (s.values) std::memmove(s.values + dst, from_values + src, n * sizeof(Value));
}

void reverse_range(Value* a, size_t lo, size_t hi) {
  while (hi - lo > 1) {
    Value t = a[lo];
    a[lo++] = a[--hi];
    a[hi] = t;
  }
}

// Inserts items [start, hi) one by one into the sorted prefix [lo, start).
bool binary_insertion(SortState& s, size_t lo, size_t hi, size_t start) {
  for (size_t i = start; i < hi; i++) {
    Value pivot = s.keys[i];
    Value pivot_value = s.values ? s.values[i] : Value();
    size_t l = lo, r = i;
    while (l < r) {
      size_t m = l + (r - l) / 2;
      int c = s.less(s, pivot, s.keys[m]);
      if (c < 0) return false;
      if (c) {
        r = m;
      } else {
        l = m + 1;
      }
    }
    move(s, l + 1, s.keys, s.values, l, i - l);
    s.keys[l] = pivot;
    if (s.values) s.values[l] = pivot_value;
  }
  return true;
}

// Length of the run starting at lo: non-descending, or strictly descending (then reversed, which
// keeps the sort stable). -1 on error.
intptr_t count_run(SortState& s, size_t lo, size_t hi) {
  if (hi - lo < 2) return intptr_t(hi - lo);
  int c = s.less(s, s.keys[lo + 1], s.keys[lo]);
  if (c < 0) return -1;
  bool descending = c != 0;
  size_t i = lo + 2;
  for (; i < hi; i++) {
    c = s.less(s, s.keys[i], s.keys[i - 1]);
    if (c < 0) return -1;
    if ((c != 0) != descending) break;
  }
  if (descending) {
    reverse_range(s.keys, lo, i);
    if (s.values) reverse_range(s.values, lo, i);
  }
  return intptr_t(i - lo);
}

// ---- galloping searches -------------------------------------------------------------------------

// How many of a[0..n) are <= key (stable position for a key coming from a later run), searching
// exponentially from the left. -1 on error.
intptr_t gallop_right(SortState& s, Value key, const Value* a, size_t n) {
  size_t last = 0, ofs = 1;
  int c = s.less(s, key, a[0]);
  if (c != 0) return c < 0 ? -1 : 0;
  while (ofs < n) {
    c = s.less(s, key, a[ofs]);
    if (c < 0) return -1;
    if (c) break;
    last = ofs;
    ofs = ofs * 2 + 1;
  }
  size_t lo = last + 1, hi = ofs < n ? ofs : n;
  while (lo < hi) {
    size_t m = lo + (hi - lo) / 2;
    c = s.less(s, key, a[m]);
    if (c < 0) return -1;
    if (c) {
      hi = m;
    } else {
      lo = m + 1;
    }
  }
  return intptr_t(lo);
}

// How many of a[0..n) are < key (stable position for a key coming from an earlier run),
// searching exponentially from the right. -1 on error.
intptr_t gallop_left(SortState& s, Value key, const Value* a, size_t n) {
  size_t last = 0, ofs = 1;
  int c = s.less(s, a[n - 1], key);
  if (c != 0) return c < 0 ? -1 : intptr_t(n);
  while (ofs < n) {
    c = s.less(s, a[n - 1 - ofs], key);
    if (c < 0) return -1;
    if (c) break;
    last = ofs;
    ofs = ofs * 2 + 1;
  }
  // a[n-1-last] >= key, and a[n-1-ofs] < key unless ofs reached n.
  size_t lo = ofs < n ? n - ofs : 0, hi = n - 1 - last;
  while (lo < hi) {
    size_t m = lo + (hi - lo) / 2;
    c = s.less(s, a[m], key);
    if (c < 0) return -1;
    if (c) {
      lo = m + 1;
    } else {
      hi = m;
    }
  }
  return intptr_t(lo);
}

// ---- merging ----------------------------------------------------------------------------------

// Merges [a, a+n1) and [a+n1, a+n1+n2) with n1 <= n2: the first run goes to scratch and the
// merge fills from the left. Ties take the first run's item (stability).
bool merge_low(SortState& s, size_t a, size_t n1, size_t n2) {
  std::memcpy(s.tmp_keys, s.keys + a, n1 * sizeof(Value));
  if (s.values) std::memcpy(s.tmp_values, s.values + a, n1 * sizeof(Value));
  size_t i = 0, j = a + n1, end = a + n1 + n2, dst = a;
  while (i < n1 && j < end) {
    int c = s.less(s, s.keys[j], s.tmp_keys[i]);
    if (c < 0) return false;
    if (c) {
      move(s, dst++, s.keys, s.values, j++, 1);
    } else {
      move(s, dst++, s.tmp_keys, s.tmp_values, i++, 1);
    }
  }
  move(s, dst, s.tmp_keys, s.tmp_values, i, n1 - i);
  return true;
}

// The mirror image for n2 < n1: the second run goes to scratch and the merge fills from the right.
bool merge_high(SortState& s, size_t a, size_t n1, size_t n2) {
  size_t b = a + n1;
  std::memcpy(s.tmp_keys, s.keys + b, n2 * sizeof(Value));
  if (s.values) std::memcpy(s.tmp_values, s.values + b, n2 * sizeof(Value));
  size_t i = n1, j = n2, dst = b + n2;  // one past the next item of each
  while (i > 0 && j > 0) {
    int c = s.less(s, s.tmp_keys[j - 1], s.keys[a + i - 1]);
    if (c < 0) return false;
    if (c) {
      move(s, --dst, s.keys, s.values, a + --i, 1);
    } else {
      move(s, --dst, s.tmp_keys, s.tmp_values, --j, 1);
    }
  }
  move(s, dst - j, s.tmp_keys, s.tmp_values, 0, j);
  return true;
}

// Merges two adjacent runs after trimming what is already in place: the head of the first run
// not above the second's first item, and the tail of the second not below the first's last.
bool merge_runs(SortState& s, size_t a, size_t n1, size_t n2) {
  size_t b = a + n1;
  intptr_t k = gallop_right(s, s.keys[b], s.keys + a, n1);
  if (k < 0) return false;
  a += size_t(k);
  n1 -= size_t(k);
  if (n1 == 0) return true;
  intptr_t keep = gallop_left(s, s.keys[b - 1], s.keys + b, n2);
  if (keep < 0) return false;
  n2 = size_t(keep);
  if (n2 == 0) return true;
  return n1 <= n2 ? merge_low(s, a, n1, n2) : merge_high(s, a, n1, n2);
}

struct Run {
  size_t base, len;
};

// timsort's run stack: runs[i].len > runs[i+1].len + runs[i+2].len and runs[i].len >
// runs[i+1].len hold after every collapse, which bounds the stack by log_phi(n).
constexpr size_t MAX_RUNS = 90;

struct RunStack {
  Run runs[MAX_RUNS];
  size_t n = 0;

  bool merge_at(SortState& s, size_t i) {
    Run& x = runs[i];
    Run& y = runs[i + 1];
    if (!merge_runs(s, x.base, x.len, y.len)) return false;
    x.len += y.len;
    for (size_t j = i + 1; j + 1 < n; j++) runs[j] = runs[j + 1];
    n--;
    return true;
  }

  bool collapse(SortState& s) {
    while (n > 1) {
      size_t i = n - 2;
      bool bad_top = i > 0 && runs[i - 1].len <= runs[i].len + runs[i + 1].len;
      bool bad_below = i > 1 && runs[i - 2].len <= runs[i - 1].len + runs[i].len;
      if (bad_top || bad_below) {
        if (runs[i - 1].len < runs[i + 1].len) i--;
      } else if (runs[i].len > runs[i + 1].len) {
        break;
      }
      if (!merge_at(s, i)) return false;
    }
    return true;
  }

  bool force_collapse(SortState& s) {
    while (n > 1) {
      size_t i = n - 2;
      if (i > 0 && runs[i - 1].len < runs[i + 1].len) i--;
      if (!merge_at(s, i)) return false;
    }
    return true;
  }
};

// As CPython: n itself when below 64, else a number in [32, 64] such that n / minrun is a power
// of two or slightly less.
size_t compute_minrun(size_t n) {
  size_t r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

bool sort_items(SortState& s, size_t n) {
  RunStack stack;
  size_t minrun = compute_minrun(n);
  for (size_t lo = 0; lo < n;) {
    intptr_t run = count_run(s, lo, n);
    if (run < 0) return false;
    size_t len = size_t(run);
    if (len < minrun) {
      size_t forced = n - lo < minrun ? n - lo : minrun;
      if (!binary_insertion(s, lo, lo + forced, lo + len)) return false;
      len = forced;
    }
    stack.runs[stack.n++] = {lo, len};
    if (!stack.collapse(s)) return false;
    lo += len;
  }
  return stack.force_collapse(s);
}

// Calls key(item) for every item, into keys.
bool compute_keys(ThreadState& ts, Value key, const Value* items, Value* keys, size_t n) {
  for (size_t i = 0; i < n; i++) {
    keys[i] = call1(ts, key, items[i]);
    if (keys[i].is_error()) return false;
  }
  return true;
}

// Sorts a private array of items, with keys when a key function is given.
bool sort_private(ThreadState& ts, ValueArray* items, size_t n, Value key, bool reverse) {
  ValueArray* keys = items;
  if (!key.is_error()) {
    keys = value_array_alloc(ts, n);
    if (!keys || !compute_keys(ts, key, items->items, keys->items, n)) return false;
  }
  if (n < 2) return true;
  bool has_values = keys != items;
  ValueArray* tmp_keys = value_array_alloc(ts, n / 2 + 1);
  ValueArray* tmp_values = has_values ? value_array_alloc(ts, n / 2 + 1) : tmp_keys;
  if (!tmp_keys || !tmp_values) return false;
  SortState s{ts,
              keys->items,
              has_values ? items->items : nullptr,
              tmp_keys->items,
              has_values ? tmp_values->items : nullptr,
              choose_less(ts, keys->items, n)};
  // Reversing before and after keeps equal items in their original order (as CPython).
  if (reverse) {
    reverse_range(s.keys, 0, n);
    if (s.values) reverse_range(s.values, 0, n);
  }
  if (!sort_items(s, n)) return false;
  if (reverse) {
    reverse_range(s.keys, 0, n);
    if (s.values) reverse_range(s.values, 0, n);
  }
  return true;
}

}  // namespace

// The items are taken out under the list's guard and put back under it; the comparisons (Python
// code) run in between without it.
bool list_sort(ThreadState& ts, List* l, Value key, bool reverse) {
  // While sorting, the list holds this empty array: every mutation replaces it.
  ValueArray* sorting = value_array_alloc(ts, 0);
  if (!sorting) return false;
  size_t n;
  ValueArray* original;
  ValueArray* items;
  {
    ObjectGuard guard(ts, l);
    n = list_size(l);
    original = list_array(l);
    items = value_array_alloc(ts, n);
    if (!items) return false;
    list_copy_out(ts, l, items->items, n);
    list_adopt(l, sorting, 0);
  }
  bool ok = sort_private(ts, items, n, key, reverse);
  ObjectGuard guard(ts, l);
  bool modified = list_array(l) != sorting || list_size(l) != 0;
  if (!ok) {
    list_adopt(l, original, n);
    return false;
  }
  list_adopt(l, items, n);
  if (modified) {
    raise(ts, ts.vm->types.ValueError, "list modified during sort");
    return false;
  }
  return true;
}

}  // namespace weft
