// The precise roots of a collection (see roots.hpp): the fields of the Vm and of each ThreadState
// that hold heap objects. The native stacks are scanned by the collector itself.
#include "vm/roots.hpp"

#include "object/dict.hpp"
#include "object/list.hpp"
#include "object/module.hpp"
#include "object/weakref.hpp"

namespace weft {

namespace {

// Types and Names are plain arrays of pointers in struct form; walking them as arrays keeps this
// file correct when a type or a name is added.
template <class Table, class Element>
void visit_pointer_table(const Table& table, Tracer& t) {
  static_assert(sizeof(Table) % sizeof(Element*) == 0, "the table holds only pointers");
  const auto* items = reinterpret_cast<Element* const*>(&table);
  for (size_t i = 0; i < sizeof(Table) / sizeof(Element*); i++) t.visit(items[i]);
}

void visit_vm_fields(Vm& vm, Tracer& t) {
  visit_pointer_table<Types, Type>(vm.types, t);
  visit_pointer_table<Names, Object>(vm.names, t);
  // The static singletons are not on the heap, but their types must stay alive.
  t.visit(vm.none_obj.type);
  t.visit(vm.not_implemented_obj.type);
  t.visit(vm.ellipsis_obj.type);
  t.visit(vm.true_obj.header.type);
  t.visit(vm.false_obj.header.type);
  const Value values[] = {vm.none,        vm.true_,        vm.false_,       vm.not_implemented,
                          vm.ellipsis,    vm.memory_error, vm.recursion_error, vm.empty_tuple,
                          vm.empty_str,   vm.empty_bytes,  vm.no_default};
  t.visit_range(values, sizeof values / sizeof values[0]);
  // weakrefs_due: cleared weak references whose callbacks have not run (the chain is traced
  // through WeakRef::next_due).
  const Object* objects[] = {vm.interned, vm.modules, vm.builtins, vm.sys, vm.path,
                             vm.weakrefs_due};
  for (const Object* o : objects) t.visit(o);
}

void visit_thread(ThreadState& ts, Tracer& t) {
  t.visit(ts.pending);
  t.visit(ts.handled);
  t.visit(ts.boot);
  frames_trace(ts, t);
  for (ExternalRoots* r = ts.roots; r; r = r->next) r->trace(r, t);
}

}  // namespace

// Called during a collection: every other thread is stopped and Vm::threads_lock is held.
void vm_trace_roots(Vm& vm, Tracer& t) {
  visit_vm_fields(vm, t);
  for (ThreadState* ts = vm.threads; ts; ts = ts->next) visit_thread(*ts, t);
}

}  // namespace weft
