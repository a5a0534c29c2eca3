// Weak references: the object behind weakref.ref and weakref.proxy, and the VM's registry of them,
// which the collector consults between marking and sweeping (weakref_sweep). The _weakref module
// (modules/weakref.cpp) builds the Python types on top; thread/weakref_callbacks.cpp runs the
// callbacks of cleared references at a safepoint, never inside the collection.
#pragma once

#include "object/runtime.hpp"

namespace weft {

enum class WeakKind : uint8_t { REF, PROXY, CALLABLE_PROXY };

struct WeakRef : Object {
  Object* referent;   // NOT traced; nullptr once the referent has died
  Value callback;     // traced; error() when there is none (or once it has been called)
  intptr_t hash;      // the referent's hash, valid when flags & OBJ_HASHED
  WeakRef* prev;      // Vm::weakrefs links (not traced: being listed keeps nothing alive)
  WeakRef* next;
  WeakRef* next_due;  // Vm::weakrefs_due chain (traced: due refs stay alive until their call)
  WeakKind kind;
  bool listed;        // in Vm::weakrefs
};

// May objects of this type be weakly referenced? (CPython: tp_weaklistoffset != 0.)
bool weakref_supported(ThreadState& ts, Type* type);
// Fills a freshly allocated WeakRef (of a ref or proxy type, or a subclass) and lists it.
// TypeError "cannot create weak reference to 'T' object" when the referent does not support it.
[[nodiscard]] bool weakref_init(ThreadState& ts, WeakRef* w, Value referent, Value callback,
                                WeakKind kind);
// The existing callback-less reference of exactly `type` to obj, for reuse (ref(o) is ref(o)).
WeakRef* weakref_find_basic(ThreadState& ts, Object* obj, Type* type);
// The live weak references to obj, in creation order: count, and optionally copied into a list.
size_t weakref_count(ThreadState& ts, Value obj);
[[nodiscard]] Value weakref_list(ThreadState& ts, Value obj);
// The referent, or error() (nothing pending) once it has died.
Value weakref_get(WeakRef* w);
// Traces a WeakRef's own fields (for the types' trace functions).
void weakref_trace(Object* o, Tracer& t);

// Between marking and sweeping (Heap::sweep_weak): clears the references whose referents are
// about to be freed, queues those with callbacks on Vm::weakrefs_due and asks every thread's
// eval breaker to run them. Does not allocate.
void weakref_sweep(Vm& vm);
// Takes the next due reference off the queue (nullptr when empty), with its callback.
WeakRef* weakref_pop_due(ThreadState& ts, Value* callback);

}  // namespace weft
