// A fresh VM for one benchmark function: created before its timed loop and destroyed after, so
// benchmarks share no state (design rule 2 holds in the harness too).
#pragma once

#include <benchmark/benchmark.h>

#include "object/runtime.hpp"
#include "weft/vm.hpp"

namespace weft {

class MicroVm {
 public:
  explicit MicroVm(benchmark::State& state) {
    VmOptions options;
    vm_ = vm_create(options);
    if (vm_ == nullptr) state.SkipWithError("vm_create failed");
  }
  ~MicroVm() {
    if (vm_) vm_destroy(vm_);
  }
  MicroVm(const MicroVm&) = delete;
  MicroVm& operator=(const MicroVm&) = delete;

  bool ok() const { return vm_ != nullptr; }
  Vm* vm() { return vm_; }
  ThreadState& ts() { return *vm_->main_thread; }

 private:
  Vm* vm_ = nullptr;
};

}  // namespace weft
