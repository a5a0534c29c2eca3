// Classes: types created at run time by a class statement or type(name, bases, dict). This layer
// holds their instance layout with __slots__ and __dict__ (class_layout.cpp), the registry that
// finds a class's subclasses when it changes (class_registry.cpp) and the method descriptors;
// creating classes and super() need frames and cells and live in the VM layer (vm/classes.hpp).
#pragma once

#include "object/runtime.hpp"

namespace weft {

// ---- instance layout (class_layout.cpp) ---------------------------------------------------------

// What __slots__ asks for: member names (mangled, sorted; nullptr when the class has no
// __slots__), and whether the class adds a __dict__ / __weakref__.
struct SlotsSpec {
  Tuple* members;
  bool add_dict;
  bool add_weakref;
};
[[nodiscard]] bool slots_parse(ThreadState& ts, Dict* ns, Type* base, Str* class_name,
                               SlotsSpec* out);
// Sizes the instances of the new class `t` (whose `base` is set) and adds the member
// descriptors and the __dict__/__weakref__ attributes to its dict.
[[nodiscard]] bool class_layout(ThreadState& ts, Type* t, const SlotsSpec& spec);
// Where obj's instance dict pointer lives (its type has TF_HAS_DICT).
Dict** instance_dict_slot(Value obj, const Type* t);
// The trace function of every class: the built-in part, then the words classes added.
void class_instance_trace(Object* o, Tracer& t);
// The built-in type whose layout a class's instances extend.
Type* builtin_base(Type* t);
void member_descriptor_init_type(ThreadState& ts);

// ---- the registry of classes (class_registry.cpp) -----------------------------------------------

// Records a new class (readied, slot wrappers of its built-in bases present), so that a change to
// a base reaches it, and computes its method-cache tag and its slots. The registry holds classes
// weakly: the collector drops dead ones (class_registry_sweep, between marking and sweeping).
[[nodiscard]] bool class_register(ThreadState& ts, Type* t);
void class_registry_sweep(Vm& vm);
void class_registry_destroy(Vm& vm);
// Sets `name` in class t's dict to `value` (error(): deletes it) and brings t and its subclasses
// up to date: method-cache tags and, for a special method, slots (see class_registry.cpp for
// what concurrent readers see). 1 done, 0 nothing to delete, -1 error pending.
[[nodiscard]] int class_dict_store(ThreadState& ts, Type* t, Str* name, Value value);
// type.__subclasses__(): the live direct subclasses, oldest first.
[[nodiscard]] Value type_subclasses(ThreadState& ts, Type* t);

// ---- mappingproxy (mappingproxy.cpp) ------------------------------------------------------------

// A read-only view of `mapping` (what Class.__dict__ returns).
[[nodiscard]] Value mappingproxy_new(ThreadState& ts, Value mapping);
void mappingproxy_init_type(ThreadState& ts);

}  // namespace weft
