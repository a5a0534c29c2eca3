// Interpreter dispatch through the public embedding API only (weft/vm.hpp): small Python loops
// run with vm_run_string, reported per loop iteration (items_per_second).
#include <benchmark/benchmark.h>

#include <string>

#include "weft/vm.hpp"

namespace weft {
namespace {

constexpr int LOOPS = 100000;

// Runs `body` (which loops LOOPS times) once per benchmark iteration in one VM.
void run_loop(benchmark::State& state, const char* body) {
  VmOptions options;
  Vm* vm = vm_create(options);
  if (!vm) return state.SkipWithError("vm_create failed");
  std::string source = "N = " + std::to_string(LOOPS) + "\n" + body;
  for (auto _ : state) {
    if (vm_run_string(vm, source.c_str()) != 0) {
      state.SkipWithError("the Python loop failed");
      break;
    }
  }
  state.SetItemsProcessed(state.iterations() * LOOPS);
  vm_destroy(vm);
}

void BM_WhileLoop(benchmark::State& state) {
  run_loop(state, "def f():\n    i = 0\n    while i < N:\n        i += 1\nf()\n");
}
BENCHMARK(BM_WhileLoop);

void BM_ForRangeSum(benchmark::State& state) {
  run_loop(state, "def f():\n    t = 0\n    for i in range(N):\n        t += i & 7\nf()\n");
}
BENCHMARK(BM_ForRangeSum);

void BM_CallLoop(benchmark::State& state) {
  run_loop(state,
           "def g(x):\n    return x\n"
           "def f():\n    for i in range(N):\n        g(i)\nf()\n");
}
BENCHMARK(BM_CallLoop);

void BM_GlobalLoop(benchmark::State& state) {
  run_loop(state, "i = 0\nwhile i < N:\n    i += 1\n");
}
BENCHMARK(BM_GlobalLoop);

}  // namespace
}  // namespace weft
