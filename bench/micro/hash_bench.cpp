// dict probes (hits and misses, int and interned str keys), dict insertion with its resizes, and
// set add/contains: the hash-table paths under globals, attributes and user containers.
#include <benchmark/benchmark.h>

#include <cstdio>

#include "micro_vm.hpp"
#include "object/dict.hpp"
#include "object/list.hpp"
#include "object/set.hpp"
#include "object/str.hpp"

namespace weft {
namespace {

constexpr intptr_t KEYS = 1024;

Value int_key(intptr_t i) { return Value::from_int(i * 7919); }

// A dict of KEYS int keys; nullptr (and the benchmark skipped) on failure.
Dict* int_dict(MicroVm& m, benchmark::State& state) {
  Dict* d = dict_new(m.ts());
  for (intptr_t i = 0; d && i < KEYS; i++)
    if (!dict_set(m.ts(), d, int_key(i), Value::from_int(i))) d = nullptr;
  if (!d) state.SkipWithError("building the dict failed");
  return d;
}

void BM_DictGetIntHit(benchmark::State& state) {
  MicroVm m(state);
  if (!m.ok()) return;
  Dict* d = int_dict(m, state);
  if (!d) return;
  intptr_t i = 0;
  for (auto _ : state) {
    Value v = dict_get(m.ts(), d, int_key(i));
    benchmark::DoNotOptimize(v);
    i = (i + 1) & (KEYS - 1);
  }
}
BENCHMARK(BM_DictGetIntHit);

void BM_DictGetIntMiss(benchmark::State& state) {
  MicroVm m(state);
  if (!m.ok()) return;
  Dict* d = int_dict(m, state);
  if (!d) return;
  intptr_t i = 0;
  for (auto _ : state) {
    Value v = dict_get(m.ts(), d, Value::from_int(i * 7919 + 1));
    benchmark::DoNotOptimize(v);
    i = (i + 1) & (KEYS - 1);
  }
}
BENCHMARK(BM_DictGetIntMiss);

// Interned str keys, as globals and attribute dicts see them. The keys live in a list (on the
// GC heap) so that the collector sees them.
void BM_DictGetStrHit(benchmark::State& state) {
  MicroVm m(state);
  if (!m.ok()) return;
  Dict* d = dict_new(m.ts());
  List* keys = list_new(m.ts(), 0);
  if (!d || !keys) return state.SkipWithError("allocation failed");
  char name[32];
  for (intptr_t i = 0; i < KEYS; i++) {
    std::snprintf(name, sizeof name, "name_%ld", static_cast<long>(i));
    Str* k = intern_cstr(m.ts(), name);
    if (!k || !list_append(m.ts(), keys, Value::from_obj(k)) ||
        !dict_set_str(m.ts(), d, k, Value::from_int(i)))
      return state.SkipWithError("building the dict failed");
  }
  intptr_t i = 0;
  for (auto _ : state) {
    Value v = dict_get_str(d, as_str(list_get(keys, static_cast<size_t>(i))));
    benchmark::DoNotOptimize(v);
    i = (i + 1) & (KEYS - 1);
  }
}
BENCHMARK(BM_DictGetStrHit);

// Building a dict of state.range(0) int keys from empty: insertion plus every resize.
void BM_DictBuild(benchmark::State& state) {
  MicroVm m(state);
  if (!m.ok()) return;
  intptr_t n = state.range(0);
  for (auto _ : state) {
    Dict* d = dict_new(m.ts());
    for (intptr_t i = 0; d && i < n; i++)
      if (!dict_set(m.ts(), d, int_key(i), Value::from_int(i))) d = nullptr;
    if (!d) return state.SkipWithError("dict_set failed");
    benchmark::DoNotOptimize(d);
  }
  state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_DictBuild)->Arg(8)->Arg(1024);

void BM_SetAdd(benchmark::State& state) {
  MicroVm m(state);
  if (!m.ok()) return;
  intptr_t n = state.range(0);
  for (auto _ : state) {
    Set* s = set_new(m.ts(), m.vm()->types.set);
    for (intptr_t i = 0; s && i < n; i++)
      if (!set_add(m.ts(), s, int_key(i))) s = nullptr;
    if (!s) return state.SkipWithError("set_add failed");
    benchmark::DoNotOptimize(s);
  }
  state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_SetAdd)->Arg(8)->Arg(1024);

void BM_SetContains(benchmark::State& state) {
  MicroVm m(state);
  if (!m.ok()) return;
  Set* s = set_new(m.ts(), m.vm()->types.set);
  for (intptr_t i = 0; s && i < KEYS; i++)
    if (!set_add(m.ts(), s, int_key(i))) s = nullptr;
  if (!s) return state.SkipWithError("building the set failed");
  intptr_t i = 0;
  for (auto _ : state) {
    int hit = set_contains(m.ts(), s, Value::from_int(i * 3));
    benchmark::DoNotOptimize(hit);
    i = (i + 1) & (KEYS * 4 - 1);
  }
}
BENCHMARK(BM_SetContains);

}  // namespace
}  // namespace weft
