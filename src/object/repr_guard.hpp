// The recursion guard of container reprs: `l = [1]; l.append(l)` prints "[1, [...]]".
// Each thread keeps a chain of the objects whose repr is in progress (as CPython's Py_ReprEnter).
// The chain's nodes live in the C++ frames of the repr calls themselves: no allocation, and the
// objects they name are kept alive by those frames (the GC scans stacks conservatively).
#pragma once

#include "object/runtime.hpp"

namespace weft {

struct ReprEntry {
  const Object* obj;
  ReprEntry* outer;
};

// On construction, checks whether `obj`'s repr is already running on this thread; if not, pushes
// obj until the guard goes out of scope.
class ReprGuard {
 public:
  ReprGuard(ThreadState& ts, Value obj) : ts_(ts), entry_{obj.as_obj(), ts.repr_active} {
    for (const ReprEntry* e = ts.repr_active; e; e = e->outer) {
      if (e->obj == entry_.obj) {
        recursive_ = true;
        return;
      }
    }
    ts.repr_active = &entry_;
  }
  ~ReprGuard() {
    if (!recursive_) ts_.repr_active = entry_.outer;
  }
  ReprGuard(const ReprGuard&) = delete;
  ReprGuard& operator=(const ReprGuard&) = delete;

  // True when obj is already being repr'd further out: print the "[...]" form instead.
  bool recursive() const { return recursive_; }

 private:
  ThreadState& ts_;
  ReprEntry entry_;
  bool recursive_ = false;
};

}  // namespace weft
