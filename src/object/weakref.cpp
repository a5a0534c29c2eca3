// Weak references and their registry (see weakref.hpp).
//
// Vm::weakrefs is a doubly linked list of every weakref whose referent is alive, newest first.
// The collector does not trace it: weakref_sweep, between marking and sweeping, unlinks the refs
// that are themselves garbage and clears those whose referent is unmarked (that referent is freed
// by the sweep that follows). A cleared ref with a callback moves to Vm::weakrefs_due, a root, and
// its callback runs later at a safepoint (thread/weakref_callbacks.cpp), when running Python code
// is safe, not inside the allocation that triggered the collection.
//
// Threads: Vm::weakrefs_lock guards both lists. Nothing that holds it allocates from the GC heap
// or reaches a safepoint, so a collection (every other thread stopped at a safepoint) finds the
// lists consistent and takes no lock. Finding the existing references of an object scans the
// list; only objects flagged OBJ_WEAKREFED (a weakref to them was made) are looked for at all.
#include "object/weakref.hpp"

#include <atomic>

#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/list.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"

namespace weft {

namespace {

// Built-in types whose instances CPython lets one weakly reference.
bool builtin_supported(ThreadState& ts, Type* t) {
  switch (t->kind) {
    case TypeKind::Type:
    case TypeKind::Function:
    case TypeKind::NativeFunction:
    case TypeKind::BoundMethod:
    case TypeKind::Set:
    case TypeKind::FrozenSet:
    case TypeKind::Generator:
    case TypeKind::Module:
    case TypeKind::Code:
      return true;
    default:
      break;
  }
  const Types& types = ts.vm->types;
  return t == types.deque || t == types.lock || t == types.rlock || t == types.thread_local_;
}

bool slots_name_weakref(ThreadState& ts, Value slots) {
  if (is_str(ts, slots)) return str_equal_cstr(as_str(slots), "__weakref__");
  Value items = slots;
  if (is_list(ts, slots)) {
    items = list_as_tuple(ts, as_list(slots));
    if (items.is_error()) {
      take_pending(ts);
      return false;
    }
  }
  if (!is_tuple(ts, items)) return false;
  for (size_t i = 0; i < as_tuple(items)->size; i++) {
    Value s = as_tuple(items)->items[i];
    if (is_str(ts, s) && str_equal_cstr(as_str(s), "__weakref__")) return true;
  }
  return false;
}

// Variable-size built-ins cannot carry a weak reference list in their subclasses either.
bool variable_size(const Type* t) {
  return t->kind == TypeKind::Int || t->kind == TypeKind::Bool || t->kind == TypeKind::Tuple ||
         t->kind == TypeKind::Bytes;
}

void link(Vm& vm, WeakRef* w) {
  w->prev = nullptr;
  w->next = vm.weakrefs;
  if (vm.weakrefs) vm.weakrefs->prev = w;
  vm.weakrefs = w;
  w->listed = true;
}

void unlink(Vm& vm, WeakRef* w) {
  if (w->prev) w->prev->next = w->next;
  else vm.weakrefs = w->next;
  if (w->next) w->next->prev = w->prev;
  w->prev = w->next = nullptr;
  w->listed = false;
}

// Calls fn(w) for each live reference to obj, oldest first (the list is newest first).
template <class Fn>
void for_each_ref_to(Vm& vm, const Object* obj, Fn fn) {
  WeakRef* last = nullptr;
  for (WeakRef* w = vm.weakrefs; w; w = w->next) last = w;
  for (WeakRef* w = last; w; w = w->prev) {
    if (w->referent == obj) fn(w);
  }
}

bool may_have_refs(Value obj) {
  return obj.is_obj() &&
         (std::atomic_ref<uint8_t>(obj.as_obj()->flags).load(std::memory_order_acquire) &
          OBJ_WEAKREFED) != 0;
}

}  // namespace

bool weakref_supported(ThreadState& ts, Type* type) {
  Str* slots_name = ts.vm->names.__slots__;
  for (size_t i = 0; type->mro && i < type->mro->size; i++) {
    Type* b = static_cast<Type*>(type->mro->items[i].as_obj());
    if (!(b->tflags & TF_HEAPTYPE)) return builtin_supported(ts, b);
    Value slots = b->dict ? dict_get_str(b->dict, slots_name) : Value::error();
    if (slots.is_error()) return !variable_size(type);  // a class without __slots__
    if (slots_name_weakref(ts, slots)) return true;
  }
  return false;
}

bool weakref_init(ThreadState& ts, WeakRef* w, Value referent, Value callback, WeakKind kind) {
  Type* t = type_of(ts, referent);
  if (referent.is_int() || (referent.as_obj()->flags & OBJ_STATIC) ||
      !weakref_supported(ts, t)) {
    raise(ts, ts.vm->types.TypeError, "cannot create weak reference to '%s' object",
          type_cname(t));
    return false;
  }
  Vm& vm = *ts.vm;
  w->referent = referent.as_obj();
  w->callback = callback == vm.none ? Value::error() : callback;
  w->kind = kind;
  std::atomic_ref<uint8_t>(referent.as_obj()->flags).fetch_or(OBJ_WEAKREFED,
                                                              std::memory_order_release);
  port::mutex_lock(&vm.weakrefs_lock);
  link(vm, w);
  port::mutex_unlock(&vm.weakrefs_lock);
  return true;
}

WeakRef* weakref_find_basic(ThreadState& ts, Object* obj, Type* type) {
  if (!may_have_refs(Value::from_obj(obj))) return nullptr;
  Vm& vm = *ts.vm;
  WeakRef* found = nullptr;
  port::mutex_lock(&vm.weakrefs_lock);
  for (WeakRef* w = vm.weakrefs; w && !found; w = w->next) {
    if (w->referent == obj && w->type == type && w->callback.is_error()) found = w;
  }
  port::mutex_unlock(&vm.weakrefs_lock);
  return found;
}

size_t weakref_count(ThreadState& ts, Value obj) {
  if (!may_have_refs(obj)) return 0;
  Vm& vm = *ts.vm;
  size_t n = 0;
  port::mutex_lock(&vm.weakrefs_lock);
  for_each_ref_to(vm, obj.as_obj(), [&n](WeakRef*) { n++; });
  port::mutex_unlock(&vm.weakrefs_lock);
  return n;
}

Value weakref_list(ThreadState& ts, Value obj) {
  // Allocation is not allowed under the lock: size the tuple first, then fill what is still there.
  size_t n = weakref_count(ts, obj);
  Tuple* refs = tuple_alloc(ts, n);
  if (!refs) return Value::error();
  for (size_t i = 0; i < n; i++) refs->items[i] = ts.vm->none;
  size_t filled = 0;
  if (n) {
    Vm& vm = *ts.vm;
    port::mutex_lock(&vm.weakrefs_lock);
    for_each_ref_to(vm, obj.as_obj(), [&](WeakRef* w) {
      if (filled < n) refs->items[filled++] = Value::from_obj(w);
    });
    port::mutex_unlock(&vm.weakrefs_lock);
  }
  return list_from_array(ts, refs->items, filled);
}

Value weakref_get(WeakRef* w) {
  Object* o = w->referent;
  return o ? Value::from_obj(o) : Value::error();
}

void weakref_trace(Object* o, Tracer& t) {
  auto w = static_cast<WeakRef*>(o);
  t.visit(w->callback);
  t.visit(w->next_due);
}

void weakref_sweep(Vm& vm) {
  WeakRef* due_head = nullptr;
  WeakRef* due_tail = nullptr;
  for (WeakRef* w = vm.weakrefs; w;) {
    WeakRef* next = w->next;
    if (!gc_is_marked(w)) {
      unlink(vm, w);
    } else if (w->referent && !gc_is_marked(w->referent)) {
      w->referent = nullptr;
      unlink(vm, w);
      if (!w->callback.is_error()) {
        if (due_tail) due_tail->next_due = w;
        else due_head = w;
        due_tail = w;
      }
    }
    w = next;
  }
  if (!due_head) return;
  // Append after the callbacks still waiting from earlier collections.
  WeakRef** end = &vm.weakrefs_due;
  while (*end) end = &(*end)->next_due;
  *end = due_head;
  for (ThreadState* t = vm.threads; t; t = t->next)
    t->eval_breaker.fetch_or(EB_WEAKREF_CALLBACKS, std::memory_order_release);
}

WeakRef* weakref_pop_due(ThreadState& ts, Value* callback) {
  Vm& vm = *ts.vm;
  port::mutex_lock(&vm.weakrefs_lock);
  WeakRef* w = vm.weakrefs_due;
  if (w) {
    vm.weakrefs_due = w->next_due;
    w->next_due = nullptr;
    *callback = w->callback;
    w->callback = Value::error();
  }
  port::mutex_unlock(&vm.weakrefs_lock);
  return w;
}

}  // namespace weft
