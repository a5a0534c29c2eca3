// The VM's registry of live classes, and what happens when a class changes after creation.
//
// A change to a class's dict must reach its subclasses: their method-cache tags go stale and, for
// a special method, their slots change (`Base.__add__ = f` makes `Sub() + 1` call f). CPython
// keeps weak references to subclasses in each type; Weft has one weak list of every class, in
// creation order (so a base always precedes its subclasses), scanned when a class that may have
// subclasses changes. The list lives in port memory, invisible to the collector: between marking
// and sweeping, class_registry_sweep drops the classes that are about to be freed.
//
// Threads: Vm::classes_lock guards the list and serialises changes to classes. It may be held
// across the one allocation of a change (the dict store), so it is always taken detached
// (mutex_lock_detached) and no registry index is kept across that store: a collection may run
// then (without the lock; every other thread is stopped) and compact the list. A change, while
// other threads keep reading without any lock:
//   1. the tags of the class and its subclasses become 0 (lookups walk the MRO, nothing is
//      cached), and a special method's slot becomes its dispatcher (which reads the dict);
//   2. the dict changes;
//   3. fresh tags and the final slots.
// So a reader that sees the new dict entry also sees behaviour that uses it, and a lookup that
// took an old tag before step 1 can only fill the cache under that dead tag. Slot stores are
// single-word atomic stores (slot_set): readers see the old or the new function, both valid.
#include <atomic>
#include <cstring>

#include "gc/safepoint.hpp"
#include "object/class.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/list.hpp"
#include "object/slot_defs.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

constexpr size_t FIRST_CAPACITY = 64;

bool in_mro(const Type* sub, const Type* t) {
  const Tuple* mro = sub->mro;
  for (size_t i = 1; mro && i < mro->size; i++) {
    if (mro->items[i].as_obj() == t) return true;
  }
  return false;
}

bool is_direct_subclass(const Type* sub, const Type* t) {
  const Tuple* bases = sub->bases;
  for (size_t i = 0; bases && i < bases->size; i++) {
    if (bases->items[i].as_obj() == t) return true;
  }
  return false;
}

// Called with classes_lock held; port memory only.
bool grow(Vm& vm) {
  size_t capacity = vm.classes_capacity ? vm.classes_capacity * 2 : FIRST_CAPACITY;
  void* mem = port::arena_alloc(capacity * sizeof(Type*), alignof(Type*));
  if (!mem) return false;
  auto items = static_cast<Type**>(mem);
  if (vm.classes_count) std::memcpy(items, vm.classes, vm.classes_count * sizeof(Type*));
  if (vm.classes) port::arena_free(vm.classes, vm.classes_capacity * sizeof(Type*));
  vm.classes = items;
  vm.classes_capacity = capacity;
  return true;
}

void set_tag(Type* t, uint32_t tag) {
  std::atomic_ref<uint32_t>(t->version).store(tag, std::memory_order_release);
}

// Calls fn on t and on every registered class with t on its MRO (classes_lock held).
template <class F>
void for_class_and_subclasses(Vm& vm, Type* t, F fn) {
  fn(t);
  for (size_t i = 0; t->derived_classes && i < vm.classes_count; i++) {
    if (vm.classes[i] != t && in_mro(vm.classes[i], t)) fn(vm.classes[i]);
  }
}

// Stores or deletes (value error()) in the dict: 1 done, 0 nothing to delete, -1 error.
int store_in_dict(ThreadState& ts, Dict* d, Str* name, Value value) {
  if (value.is_error()) return dict_del(ts, d, Value::from_obj(name));
  return dict_set_str(ts, d, name, value) ? 1 : -1;
}

}  // namespace

// The new class gets its final tag and slots under the lock, after it is listed: a base that
// changed before this point is seen by the lookups here, one that changes later reaches the
// class through class_dict_store. (Tags or slots computed before, outside the lock, could be
// stale and would never be refreshed.)
bool class_register(ThreadState& ts, Type* t) {
  Vm& vm = *ts.vm;
  mutex_lock_detached(ts, &vm.classes_lock);
  bool ok = vm.classes_count < vm.classes_capacity || grow(vm);
  if (ok) {
    vm.classes[vm.classes_count++] = t;
    for (size_t i = 1; i < t->mro->size; i++) {
      Type* base = static_cast<Type*>(t->mro->items[i].as_obj());
      if (base->derived_classes != UINT32_MAX) base->derived_classes++;
    }
    set_tag(t, type_next_version(vm));
    type_fixup_slots(ts, t);
  }
  port::mutex_unlock(&vm.classes_lock);
  if (!ok) raise_no_memory(ts);
  return ok;
}

void class_registry_sweep(Vm& vm) {
  size_t kept = 0;
  for (size_t i = 0; i < vm.classes_count; i++) {
    if (gc_is_marked(vm.classes[i])) vm.classes[kept++] = vm.classes[i];
  }
  vm.classes_count = kept;
}

void class_registry_destroy(Vm& vm) {
  if (vm.classes) port::arena_free(vm.classes, vm.classes_capacity * sizeof(Type*));
  vm.classes = nullptr;
  vm.classes_count = vm.classes_capacity = 0;
}

int class_dict_store(ThreadState& ts, Type* t, Str* name, Value value) {
  Vm& vm = *ts.vm;
  const SlotDef* slot = slot_def_for(ts, name);
  mutex_lock_detached(ts, &vm.classes_lock);
  for_class_and_subclasses(vm, t, [&](Type* c) {
    set_tag(c, 0);
    if (slot) slot_set(c, slot->slot, slot->op, slot_dispatcher(slot->slot, slot->op));
  });
  int r = store_in_dict(ts, t->dict, name, value);
  for_class_and_subclasses(vm, t, [&](Type* c) {
    set_tag(c, type_next_version(vm));
    if (slot) type_update_slots_for(ts, c, name);
  });
  port::mutex_unlock(&vm.classes_lock);
  return r;
}

namespace {

// Copies up to `room` direct subclasses of t into out; returns how many there are in all.
size_t collect_subclasses(ThreadState& ts, Type* t, Value* out, size_t room) {
  Vm& vm = *ts.vm;
  size_t n = 0;
  mutex_lock_detached(ts, &vm.classes_lock);
  for (size_t i = 0; i < vm.classes_count; i++) {
    if (!is_direct_subclass(vm.classes[i], t)) continue;
    if (n < room) out[n] = Value::from_obj(vm.classes[i]);
    n++;
  }
  port::mutex_unlock(&vm.classes_lock);
  return n;
}

}  // namespace

// The tuple is allocated outside the lock (allocating may collect, which edits the registry);
// when classes appeared meanwhile, it is sized again.
Value type_subclasses(ThreadState& ts, Type* t) {
  size_t n = collect_subclasses(ts, t, nullptr, 0);
  for (;;) {
    Tuple* found = tuple_alloc(ts, n);
    if (!found) return Value::error();
    size_t now = collect_subclasses(ts, t, found->items, n);
    if (now <= n) return list_from_array(ts, found->items, now);
    n = now;
  }
}

}  // namespace weft
