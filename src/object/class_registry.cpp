// The VM's registry of live classes, and what happens when a class changes after creation.
//
// A change to a class's dict must reach its subclasses: their method-cache tags go stale and, for
// a special method, their slots change (`Base.__add__ = f` makes `Sub() + 1` call f). CPython
// keeps weak references to subclasses in each type; Weft has one weak list of every class, in
// creation order (so a base always precedes its subclasses), scanned when a class that may have
// subclasses changes. The list lives in port memory, invisible to the collector: between marking
// and sweeping, class_registry_sweep drops the classes that are about to be freed.
//
// Threads: Vm::classes_lock guards the list. Nothing that holds it allocates from the GC heap or
// reaches a safepoint, so a collection (which runs with every other thread stopped at a
// safepoint) always finds the list consistent and takes no lock. Slot updates are single-word
// relaxed stores (slot_set): a thread calling a slot of a class being changed runs either the old
// or the new function, both valid. The order of a change is: dict, then tags, then slots, so a
// slot function that reads the method cache after seeing a new slot finds no stale entry.
#include <atomic>
#include <cstring>

#include "object/class.hpp"
#include "object/error.hpp"
#include "object/list.hpp"
#include "object/slot_defs.hpp"
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

// New tag, then (for a special method, or every slot when name is nullptr) new slots.
void update_class(ThreadState& ts, Type* c, Str* name, bool slots) {
  type_modified(ts, c);
  if (slots && !name) type_fixup_slots(ts, c);
  if (slots && name) type_update_slots_for(ts, c, name);
}

}  // namespace

// The new class gets its final tag and slots under the lock, after it is listed: a base that
// changed before this point is seen by the lookups here, one that changes later reaches the
// class through class_modified. (Tags or slots computed before, outside the lock, could be
// stale and would never be refreshed.)
bool class_register(ThreadState& ts, Type* t) {
  Vm& vm = *ts.vm;
  port::mutex_lock(&vm.classes_lock);
  bool ok = vm.classes_count < vm.classes_capacity || grow(vm);
  if (ok) {
    vm.classes[vm.classes_count++] = t;
    for (size_t i = 1; i < t->mro->size; i++) {
      Type* base = static_cast<Type*>(t->mro->items[i].as_obj());
      if (base->derived_classes != UINT32_MAX) base->derived_classes++;
    }
    type_modified(ts, t);
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

void class_modified(ThreadState& ts, Type* t, Str* name) {
  Vm& vm = *ts.vm;
  bool slots = !name || slot_def_for(ts, name);
  port::mutex_lock(&vm.classes_lock);
  update_class(ts, t, name, slots);
  for (size_t i = 0; t->derived_classes && i < vm.classes_count; i++) {
    Type* c = vm.classes[i];
    if (c != t && in_mro(c, t)) update_class(ts, c, name, slots);
  }
  port::mutex_unlock(&vm.classes_lock);
}

namespace {

// Copies up to `room` direct subclasses of t into out; returns how many there are in all.
size_t collect_subclasses(Vm& vm, Type* t, Value* out, size_t room) {
  size_t n = 0;
  port::mutex_lock(&vm.classes_lock);
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
  size_t n = collect_subclasses(*ts.vm, t, nullptr, 0);
  for (;;) {
    Tuple* found = tuple_alloc(ts, n);
    if (!found) return Value::error();
    size_t now = collect_subclasses(*ts.vm, t, found->items, n);
    if (now <= n) return list_from_array(ts, found->items, now);
    n = now;
  }
}

}  // namespace weft
