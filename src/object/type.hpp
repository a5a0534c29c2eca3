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

// The method cache lives outside the GC heap (port::arena_alloc); vm_destroy frees it.
[[nodiscard]] bool method_cache_create(Vm& vm);
void method_cache_destroy(Vm& vm);

// Looks `name` up along the MRO (no descriptors invoked). Returns error() with NO exception
// pending when absent. Uses the VM's method cache.
Value type_lookup(ThreadState& ts, Type* type, Str* name);
bool type_is_subtype(Type* a, Type* b);  // a is b or a subclass
// Empties the VM's method cache (done at every collection, so the cache holds no roots).
void method_cache_clear(Vm& vm);
// Invalidate cache entries for this type and its subclasses after its dict changed.
void type_modified(ThreadState& ts, Type* type);

// A fresh method-cache tag for a type whose dict or MRO changed (0 when the tags ran out).
uint32_t type_next_version(Vm& vm);

// object.__getattribute__ / __setattr__ semantics: data descriptors, instance __dict__,
// non-data descriptors / class attributes. AttributeError "'T' object has no attribute 'x'".
[[nodiscard]] Value generic_getattr(ThreadState& ts, Value obj, Str* name);
[[nodiscard]] bool generic_setattr(ThreadState& ts, Value obj, Str* name, Value value);
// generic_getattr without the AttributeError: a missing attribute returns error() with NO
// exception pending (getattr(o, n, default), hasattr, and the interpreter's own probes).
[[nodiscard]] Value generic_getattr_opt(ThreadState& ts, Value obj, Str* name);
// Binds an attribute found on the type of `obj` as attribute access does: calls its type's
// descr_get if it has one, otherwise returns it unchanged.
[[nodiscard]] Value descr_bind(ThreadState& ts, Value descr, Value obj);
// The instance __dict__ of obj, or nullptr if it has none.
Dict* instance_dict(ThreadState& ts, Value obj);
// The instance __dict__, created empty on first use; nullptr with AttributeError pending when the
// object's type has none.
[[nodiscard]] Dict* instance_dict_or_create(ThreadState& ts, Value obj);

// Type::dict_offset for a `Dict* T::*` member. (offsetof is only conditionally supported on
// these structs, which are not standard-layout because both Object and T have data members.)
template <class T>
uint32_t dict_member_offset(Dict* T::*member) {
  alignas(T) unsigned char storage[sizeof(T)] = {};
  T* probe = reinterpret_cast<T*>(storage);
  return uint32_t(reinterpret_cast<unsigned char*>(&(probe->*member)) - storage);
}

// The C text of a type's __name__ (its cname until type_ready has named it).
const char* type_cname(const Type* type);
// The type's __module__ as a str, or error() (nothing pending) for types of `builtins`.
Value type_module(ThreadState& ts, Type* type);

// Descriptor protocol note: descr_get(descr, obj, type) receives obj = error() (not None) when the
// attribute is read through the class rather than an instance, as CPython passes NULL.

// Slots and methods of `object`, NoneType, NotImplementedType, ellipsis (object_type.cpp) and of
// `type` itself (type.cpp); called first by types_bootstrap.
void object_init_types(ThreadState& ts);
void type_init_type(ThreadState& ts);
// The getsets and methods of `type` (type_attributes.cpp): __name__, __dict__, mro(), ...
[[nodiscard]] bool type_add_attributes(ThreadState& ts, Type* type);
// The names for dir(): the keys of `own` (may be nullptr) and of every dict on the MRO of
// `mro_of` (may be nullptr), as a list without duplicates (object.__dir__, type.__dir__).
[[nodiscard]] Value dir_keys(ThreadState& ts, Dict* own, Type* mro_of);
// type.__instancecheck__: inst's type derives from t, or its __class__ does (for proxies).
[[nodiscard]] int type_instance_check(ThreadState& ts, Value inst, Type* t);

}  // namespace weft
