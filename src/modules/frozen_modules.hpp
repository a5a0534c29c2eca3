// Python modules frozen into the binary: the sources under lib/, embedded at build time by
// tools/freeze_lib.py (the generated table lives in the build tree, not in src/).
#pragma once

#include <cstddef>
#include <string_view>

namespace weft {

struct FrozenModule {
  const char* name;    // dotted module name; nullptr ends the table
  const char* source;  // UTF-8 source text (size bytes; NUL-terminated)
  size_t size;
  bool is_package;     // from lib/<name>/__init__.py
};

// Sorted by name, ended by a row whose name is nullptr (generated: frozen_lib.cpp).
extern const FrozenModule FROZEN_MODULES[];

// The frozen module called `name`, or nullptr.
const FrozenModule* frozen_find(std::string_view name);

}  // namespace weft
