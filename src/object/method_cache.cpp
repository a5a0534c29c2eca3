// The VM-wide method cache: (type version tag, interned name) -> what the MRO walk found.
//
// Protocol (threads may read and write the cache concurrently in GIL-free mode; with the GIL the
// same code runs and costs a few uncontended atomics):
//  - Each entry is a seqlock. A writer first claims the entry by moving `sequence` from an even
//    value s to s+1 with a CAS (if the entry is odd or the CAS fails, another writer is at work
//    and this fill is simply skipped: it is only a cache). It then stores version, name and value
//    and publishes with `sequence = s+2` (release).
//  - A reader loads `sequence` (acquire), the three fields, then `sequence` again after an acquire
//    fence; the entry counts only if both loads saw the same even number, so a reader never
//    combines fields of two different fills. The 32-bit counter would have to wrap during one
//    read for a torn entry to slip through.
//  - A type's version tag is unique for its whole life (tags are never reused; 0 = uncached). It
//    changes (type_modified) AFTER the type's dict changed, and a filler reads the tag BEFORE
//    walking the MRO, so a fill racing with a change is stored under the dead tag and never hits.
//  - Entries hold no GC roots: the collector empties the cache at each collection (all threads
//    are stopped then), so an entry never names a freed object or a recycled interned name.
#include <atomic>
#include <new>

#include "object/dict.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

using Entry = Vm::MethodCacheEntry;

size_t cache_index(uint32_t version, const Str* name) {
  uintptr_t h = (reinterpret_cast<uintptr_t>(name) >> 4) ^ (uintptr_t(version) * 2654435761u);
  return h & (Vm::METHOD_CACHE_SIZE - 1);
}

// The MRO walk itself: dict lookups of interned str keys run no Python code and cannot fail.
Value lookup_uncached(Type* type, Str* name) {
  if (Tuple* mro = type->mro) {
    for (size_t i = 0; i < mro->size; i++) {
      Type* t = static_cast<Type*>(mro->items[i].as_obj());
      Value v = dict_get_str(t->dict, name);
      if (!v.is_error()) return v;
    }
    return Value::error();
  }
  for (Type* t = type; t; t = t->base) {  // not readied yet (VM start-up)
    if (!t->dict) continue;
    Value v = dict_get_str(t->dict, name);
    if (!v.is_error()) return v;
  }
  return Value::error();
}

bool cache_read(const Entry& e, uint32_t version, const Str* name, Value* out) {
  uint32_t s1 = e.sequence.load(std::memory_order_acquire);
  if (s1 & 1) return false;
  uint32_t v = e.version.load(std::memory_order_relaxed);
  Str* n = e.name.load(std::memory_order_relaxed);
  // Acquire pairs with the writer's release fence: the object the value names (perhaps created
  // by the writer just before) is visible. The fence below would do, but ThreadSanitizer does
  // not model acquire fences and would report every use of a freshly cached method.
  uintptr_t bits = e.value.load(std::memory_order_acquire);
  std::atomic_thread_fence(std::memory_order_acquire);
  uint32_t s2 = e.sequence.load(std::memory_order_relaxed);
  if (s1 != s2 || v != version || n != name) return false;
  *out = Value::from_bits(bits);
  return true;
}

void cache_write(Entry& e, uint32_t version, Str* name, Value value) {
  uint32_t s = e.sequence.load(std::memory_order_relaxed);
  if ((s & 1) || !e.sequence.compare_exchange_strong(s, s + 1, std::memory_order_acquire)) {
    return;
  }
  std::atomic_thread_fence(std::memory_order_release);
  e.version.store(version, std::memory_order_relaxed);
  e.name.store(name, std::memory_order_relaxed);
  e.value.store(value.bits(), std::memory_order_relaxed);
  e.sequence.store(s + 2, std::memory_order_release);
}

}  // namespace

bool method_cache_create(Vm& vm) {
  void* mem = port::arena_alloc(sizeof(Entry) * Vm::METHOD_CACHE_SIZE, alignof(Entry));
  if (!mem) return false;
  Entry* entries = static_cast<Entry*>(mem);
  for (size_t i = 0; i < Vm::METHOD_CACHE_SIZE; i++) {
    Entry* e = new (&entries[i]) Entry;
    e->sequence.store(0, std::memory_order_relaxed);
    e->version.store(0, std::memory_order_relaxed);
    e->name.store(nullptr, std::memory_order_relaxed);
    e->value.store(0, std::memory_order_relaxed);
  }
  vm.method_cache = entries;
  return true;
}

void method_cache_destroy(Vm& vm) {
  if (!vm.method_cache) return;
  port::arena_free(vm.method_cache, sizeof(Entry) * Vm::METHOD_CACHE_SIZE);
  vm.method_cache = nullptr;
}

void method_cache_clear(Vm& vm) {
  if (!vm.method_cache) return;
  for (size_t i = 0; i < Vm::METHOD_CACHE_SIZE; i++) {
    cache_write(vm.method_cache[i], 0, nullptr, Value::error());
  }
}

uint32_t type_next_version(Vm& vm) {
  std::atomic_ref<uint32_t> next(vm.next_type_version);
  uint32_t v = next.load(std::memory_order_relaxed);
  do {
    if (v == 0) return 0;  // the 32-bit tag space is used up: new types go uncached
  } while (!next.compare_exchange_weak(v, v + 1, std::memory_order_relaxed));
  return v;
}

// Built-in types are frozen once the VM has started, and heap types are uncached (version 0)
// until types track their subclasses, so a new tag for the type itself suffices for now.
void type_modified(ThreadState& ts, Type* type) {
  std::atomic_ref<uint32_t> version(type->version);
  if (version.load(std::memory_order_relaxed) == 0) return;
  version.store(type_next_version(*ts.vm), std::memory_order_release);
}

Value type_lookup(ThreadState& ts, Type* type, Str* name) {
  uint32_t version = std::atomic_ref<uint32_t>(type->version).load(std::memory_order_acquire);
  Entry* cache = ts.vm->method_cache;
  bool cacheable = version != 0 && cache && (name->flags & OBJ_INTERNED);
  if (!cacheable) return lookup_uncached(type, name);
  Entry& e = cache[cache_index(version, name)];
  Value hit;
  if (cache_read(e, version, name, &hit)) return hit;
  Value found = lookup_uncached(type, name);
  cache_write(e, version, name, found);
  return found;
}

}  // namespace weft
