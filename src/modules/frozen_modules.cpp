// Lookup in the table of frozen modules (see frozen_modules.hpp). The table is small and sorted,
// so a binary search over it needs no index built at start-up.
#include "modules/frozen_modules.hpp"

namespace weft {

const FrozenModule* frozen_find(std::string_view name) {
  size_t lo = 0, hi = 0;
  while (FROZEN_MODULES[hi].name) hi++;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = name.compare(FROZEN_MODULES[mid].name);
    if (c == 0) return &FROZEN_MODULES[mid];
    if (c < 0) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return nullptr;
}

}  // namespace weft
