// Allocation on the GC heap through the object constructors the interpreter uses most: floats,
// small tuples, empty lists and short strs. Garbage is left behind, so collections are included.
#include <benchmark/benchmark.h>

#include "micro_vm.hpp"
#include "object/float.hpp"
#include "object/list.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace weft {
namespace {

void BM_FloatNew(benchmark::State& state) {
  MicroVm m(state);
  if (!m.ok()) return;
  double d = 0.5;
  for (auto _ : state) {
    Value v = float_new(m.ts(), d);
    benchmark::DoNotOptimize(v);
    d += 1.0;
  }
}
BENCHMARK(BM_FloatNew);

// A tuple of state.range(0) small ints.
void BM_TupleNew(benchmark::State& state) {
  MicroVm m(state);
  if (!m.ok()) return;
  Value items[64];
  size_t n = static_cast<size_t>(state.range(0));
  for (size_t i = 0; i < n; i++) items[i] = Value::from_int(static_cast<intptr_t>(i));
  for (auto _ : state) {
    Value v = tuple_new(m.ts(), items, n);
    benchmark::DoNotOptimize(v);
  }
}
BENCHMARK(BM_TupleNew)->Arg(2)->Arg(8)->Arg(64);

void BM_ListNew(benchmark::State& state) {
  MicroVm m(state);
  if (!m.ok()) return;
  for (auto _ : state) {
    List* l = list_new(m.ts(), 0);
    benchmark::DoNotOptimize(l);
  }
}
BENCHMARK(BM_ListNew);

void BM_StrNew(benchmark::State& state) {
  MicroVm m(state);
  if (!m.ok()) return;
  static constexpr char TEXT[] = "a short string of 32 characters.";
  size_t n = static_cast<size_t>(state.range(0));
  for (auto _ : state) {
    Value v = str_new(m.ts(), TEXT, n);
    benchmark::DoNotOptimize(v);
  }
}
BENCHMARK(BM_StrNew)->Arg(4)->Arg(32);

}  // namespace
}  // namespace weft
