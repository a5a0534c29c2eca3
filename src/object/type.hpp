// Type objects: creation of built-in types at VM start, MRO lookup with the method cache, and the
// generic attribute protocol most objects use (__dict__ + descriptors).
#pragma once

#include "object/runtime.hpp"

namespace weft {

// Allocates every Type in vm.types (with kind, cname, base, basic_size, default slots) before any
// other object exists; the *_init_type functions then fill in slots and methods.
[[nodiscard]] bool types_bootstrap(ThreadState& ts);
// A new built-in type object (used for the exception types and by modules).
[[nodiscard]] Type* type_new_builtin(ThreadState& ts, const char* name, Type* base, TypeKind kind,
                                     size_t basic_size, uint32_t tflags);
// Finishes a type: computes __mro__ (C3), inherits slots from the base, sets __name__, version.
[[nodiscard]] bool type_ready(ThreadState& ts, Type* type);

// Looks `name` up along the MRO (no descriptors invoked). Returns error() with NO exception
// pending when absent. Uses the VM's method cache.
Value type_lookup(ThreadState& ts, Type* type, Str* name);
bool type_is_subtype(Type* a, Type* b);  // a is b or a subclass
// Empties the VM's method cache (done at every collection, so the cache holds no roots).
void method_cache_clear(Vm& vm);
// Invalidate cache entries for this type and its subclasses after its dict changed.
void type_modified(ThreadState& ts, Type* type);

// object.__getattribute__ / __setattr__ semantics: data descriptors, instance __dict__,
// non-data descriptors / class attributes. AttributeError "'T' object has no attribute 'x'".
[[nodiscard]] Value generic_getattr(ThreadState& ts, Value obj, Str* name);
[[nodiscard]] bool generic_setattr(ThreadState& ts, Value obj, Str* name, Value value);
// The instance __dict__ of obj, or nullptr if it has none.
Dict* instance_dict(ThreadState& ts, Value obj);

}  // namespace weft
