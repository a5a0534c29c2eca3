// VM start-up of the object layer: allocates every built-in Type raw, sets up the static
// singletons, the intern table and vm.names, then lets each type's owner fill in its slots, and
// finally readies the types (MRO, slot inheritance, names) and creates the built-in modules.
#include "modules/native_modules.hpp"
#include "object/bytes.hpp"
#include "object/class.hpp"
#include "object/code.hpp"
#include "object/dict.hpp"
#include "object/error.hpp"
#include "object/exception.hpp"
#include "object/float.hpp"
#include "object/generic_alias.hpp"
#include "object/function.hpp"
#include "object/int.hpp"
#include "object/iterators.hpp"
#include "object/list.hpp"
#include "object/module.hpp"
#include "object/namespace.hpp"
#include "object/range.hpp"
#include "object/set.hpp"
#include "object/slot_defs.hpp"
#include "object/slot_wrapper.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"
#include "object/type.hpp"
#include "vm/vm_types.hpp"

namespace weft {

namespace {

// One row per built-in type that exists before any other object. `base` is a member of Types
// (nullptr: object). basic_size is the instance size where this layer knows the struct; the
// owner's init function sets it otherwise (and may refine it).
struct RawType {
  Type* Types::*field;
  const char* name;
  TypeKind kind;
  uint32_t tflags;
  Type* Types::*base;
  uint32_t basic_size;
};

constexpr uint32_t BASE = TF_BASETYPE;
constexpr uint32_t IMM = TF_IMMUTABLE;
constexpr uint32_t SEQ = TF_SEQUENCE;
constexpr uint32_t SELF = TF_MATCH_SELF;

// Ordered so that every base precedes its subclasses (type_ready relies on it).
constexpr RawType RAW_TYPES[] = {
    {&Types::object, "object", TypeKind::Object, BASE, nullptr, sizeof(Object)},
    {&Types::type, "type", TypeKind::Type, BASE | TF_TYPE_SUBCLASS, nullptr, sizeof(Type)},
    {&Types::none, "NoneType", TypeKind::NoneType, IMM, nullptr, sizeof(Object)},
    {&Types::not_implemented, "NotImplementedType", TypeKind::NotImplementedType, IMM, nullptr,
     sizeof(Object)},
    {&Types::ellipsis, "ellipsis", TypeKind::Ellipsis, IMM, nullptr, sizeof(Object)},
    {&Types::int_, "int", TypeKind::Int, BASE | IMM | TF_INT_SUBCLASS | SELF, nullptr,
     sizeof(BigInt)},
    {&Types::bool_, "bool", TypeKind::Bool, IMM | SELF, &Types::int_, sizeof(BigInt)},
    {&Types::float_, "float", TypeKind::Float, BASE | IMM | SELF, nullptr, sizeof(Float)},
    {&Types::complex_, "complex", TypeKind::Complex, BASE | IMM, nullptr, 0},
    {&Types::str, "str", TypeKind::Str, BASE | IMM | TF_STR_SUBCLASS | SELF, nullptr, sizeof(Str)},
    {&Types::bytes, "bytes", TypeKind::Bytes, BASE | IMM | TF_BYTES_SUBCLASS | SELF, nullptr,
     sizeof(Bytes)},
    {&Types::bytearray, "bytearray", TypeKind::ByteArray, BASE | SELF, nullptr, 0},
    {&Types::list, "list", TypeKind::List, BASE | TF_LIST_SUBCLASS | SEQ | SELF, nullptr,
     sizeof(List)},
    {&Types::tuple, "tuple", TypeKind::Tuple, BASE | IMM | TF_TUPLE_SUBCLASS | SEQ | SELF, nullptr,
     sizeof(Tuple)},
    {&Types::dict, "dict", TypeKind::Dict, BASE | TF_DICT_SUBCLASS | TF_MAPPING | SELF, nullptr,
     sizeof(Dict)},
    {&Types::set, "set", TypeKind::Set, BASE | SELF, nullptr, sizeof(Set)},
    {&Types::frozenset, "frozenset", TypeKind::FrozenSet, BASE | IMM | SELF, nullptr, sizeof(Set)},
    {&Types::range, "range", TypeKind::Range, IMM | SEQ, nullptr, sizeof(Range)},
    {&Types::slice, "slice", TypeKind::Slice, IMM, nullptr, sizeof(Slice)},
    {&Types::function, "function", TypeKind::Function, 0, nullptr, 0},
    {&Types::native_function, "builtin_function_or_method", TypeKind::NativeFunction, IMM,
     nullptr, sizeof(NativeFunction)},
    {&Types::bound_method, "method", TypeKind::BoundMethod, IMM, nullptr, 0},
    {&Types::method_descriptor, "method_descriptor", TypeKind::MethodDescriptor, IMM, nullptr,
     sizeof(MethodDescriptor)},
    {&Types::classmethod_descriptor, "classmethod_descriptor", TypeKind::MethodDescriptor, IMM,
     nullptr, sizeof(MethodDescriptor)},
    {&Types::getset_descriptor, "getset_descriptor", TypeKind::Other, IMM, nullptr,
     sizeof(GetSetDescriptor)},
    {&Types::cell, "cell", TypeKind::Cell, 0, nullptr, 0},
    {&Types::code, "code", TypeKind::Code, IMM, nullptr, sizeof(Code)},
    {&Types::module, "module", TypeKind::Module, BASE | TF_HAS_DICT, nullptr, sizeof(Module)},
    {&Types::value_array, "value_array", TypeKind::ValueArray, 0, nullptr, sizeof(ValueArray)},
    {&Types::dict_keys, "dict_keytable", TypeKind::DictKeys, 0, nullptr, 0},
    {&Types::set_table, "set_table", TypeKind::Other, 0, nullptr, 0},
    {&Types::property, "property", TypeKind::Property, BASE, nullptr, 0},
    {&Types::staticmethod, "staticmethod", TypeKind::StaticMethod, BASE, nullptr, 0},
    {&Types::classmethod, "classmethod", TypeKind::ClassMethod, BASE, nullptr, 0},
    {&Types::generator, "generator", TypeKind::Generator, 0, nullptr, 0},
    {&Types::frame, "frame", TypeKind::Frame, 0, nullptr, 0},
    {&Types::traceback, "traceback", TypeKind::Traceback, 0, nullptr, sizeof(Traceback)},
    {&Types::list_iter, "list_iterator", TypeKind::Iterator, 0, nullptr, 0},
    {&Types::tuple_iter, "tuple_iterator", TypeKind::Iterator, 0, nullptr, 0},
    {&Types::str_iter, "str_iterator", TypeKind::Iterator, 0, nullptr, 0},
    {&Types::bytes_iter, "bytes_iterator", TypeKind::Iterator, 0, nullptr, 0},
    {&Types::range_iter, "range_iterator", TypeKind::Iterator, 0, nullptr, 0},
    {&Types::dict_keyiter, "dict_keyiterator", TypeKind::Iterator, 0, nullptr, 0},
    {&Types::dict_valueiter, "dict_valueiterator", TypeKind::Iterator, 0, nullptr, 0},
    {&Types::dict_itemiter, "dict_itemiterator", TypeKind::Iterator, 0, nullptr, 0},
    {&Types::set_iter, "set_iterator", TypeKind::Iterator, 0, nullptr, 0},
    {&Types::seq_iter, "iterator", TypeKind::Iterator, 0, nullptr, 0},
    {&Types::callable_iter, "callable_iterator", TypeKind::Iterator, 0, nullptr, 0},
    {&Types::enumerate, "enumerate", TypeKind::Iterator, BASE, nullptr, 0},
    {&Types::zip, "zip", TypeKind::Iterator, BASE, nullptr, 0},
    {&Types::map, "map", TypeKind::Iterator, BASE, nullptr, 0},
    {&Types::filter, "filter", TypeKind::Iterator, BASE, nullptr, 0},
    {&Types::reversed, "reversed", TypeKind::Iterator, BASE, nullptr, 0},
    {&Types::dict_keys_view, "dict_keys", TypeKind::Other, 0, nullptr, 0},
    {&Types::dict_values_view, "dict_values", TypeKind::Other, 0, nullptr, 0},
    {&Types::dict_items_view, "dict_items", TypeKind::Other, 0, nullptr, 0},
    {&Types::simple_namespace, "types.SimpleNamespace", TypeKind::Other, BASE | TF_HAS_DICT,
     nullptr, sizeof(SimpleNamespace)},
    {&Types::wrapper_descriptor, "wrapper_descriptor", TypeKind::Other, IMM, nullptr, 0},
    {&Types::method_wrapper, "method-wrapper", TypeKind::Other, IMM, nullptr, 0},
    {&Types::member_descriptor, "member_descriptor", TypeKind::Other, IMM, nullptr, 0},
    {&Types::super_, "super", TypeKind::Other, BASE, nullptr, 0},
    {&Types::mappingproxy, "mappingproxy", TypeKind::Other, IMM, nullptr, 0},
    {&Types::generic_alias, "types.GenericAlias", TypeKind::Other, BASE | IMM, nullptr, 0},
    {&Types::union_type, "types.UnionType", TypeKind::Other, IMM, nullptr, 0},
};

// `type` is its own type, so it is allocated before anything can name it.
bool allocate_raw_types(ThreadState& ts) {
  Types& types = ts.vm->types;
  Object* meta = gc_alloc(ts, nullptr, sizeof(Type));
  if (!meta) return false;
  meta->type = static_cast<Type*>(meta);
  types.type = static_cast<Type*>(meta);
  for (const RawType& row : RAW_TYPES) {
    Type* t = row.field == &Types::type ? types.type : gc_new<Type>(ts, types.type);
    if (!t) return false;
    t->kind = row.kind;
    t->cname = row.name;
    t->tflags = row.tflags;
    t->basic_size = row.basic_size;
    types.*row.field = t;
  }
  for (const RawType& row : RAW_TYPES) {
    Type* t = types.*row.field;
    t->base = row.base ? types.*row.base : (t == types.object ? nullptr : types.object);
  }
  return true;
}

void init_static_object(Object& o, Type* type) {
  o.type = type;
  o.flags = OBJ_STATIC;
}

void init_static_bool(Vm::StaticBool& b, Type* type, uint32_t value) {
  init_static_object(b.header, type);
  b.size = value ? 1 : 0;
  b.digit = value;
}

void init_singletons(Vm& vm) {
  init_static_object(vm.none_obj, vm.types.none);
  init_static_object(vm.not_implemented_obj, vm.types.not_implemented);
  init_static_object(vm.ellipsis_obj, vm.types.ellipsis);
  init_static_bool(vm.true_obj, vm.types.bool_, 1);
  init_static_bool(vm.false_obj, vm.types.bool_, 0);
  vm.none = Value::from_obj(&vm.none_obj);
  vm.not_implemented = Value::from_obj(&vm.not_implemented_obj);
  vm.ellipsis = Value::from_obj(&vm.ellipsis_obj);
  vm.true_ = Value::from_obj(&vm.true_obj.header);
  vm.false_ = Value::from_obj(&vm.false_obj.header);
  vm.memory_error = Value::error();
  vm.recursion_error = Value::error();
}

// The empty str/tuple/bytes are built by hand: their constructors may return these very
// objects for length 0, so they must exist before the first constructor call.
bool create_empty_constants(ThreadState& ts) {
  Vm& vm = *ts.vm;
  Str* s = gc_new<Str>(ts, vm.types.str);
  Tuple* t = gc_new<Tuple>(ts, vm.types.tuple);
  Bytes* b = gc_new<Bytes>(ts, vm.types.bytes);
  if (!s || !t || !b) return false;
  s->aux = STR_ASCII;
  vm.empty_str = Value::from_obj(s);
  vm.empty_tuple = Value::from_obj(t);
  vm.empty_bytes = Value::from_obj(b);
  return true;
}

bool create_type_dicts(ThreadState& ts) {
  for (const RawType& row : RAW_TYPES) {
    Type* t = ts.vm->types.*row.field;
    t->dict = dict_new(ts);
    if (!t->dict) return false;
  }
  return true;
}

// Interning hashes strs and stores them in a dict, so str and dict get their slots first; then
// every name of names.def exists before the other types are filled in.
bool intern_names(ThreadState& ts) {
  Vm& vm = *ts.vm;
  vm.interned = dict_new(ts);
  if (!vm.interned) return false;
  str_init_type(ts);
  if (ts.has_pending()) return false;
  dict_init_type(ts);
  if (ts.has_pending()) return false;
#define WEFT_NAME(field, text)                  \
  vm.names.field = intern_cstr(ts, text);       \
  if (!vm.names.field) return false;
#include "object/names.def"
#undef WEFT_NAME
  return true;
}

// Each owner fills its types' slots and methods. They report failure (MemoryError) only through
// the pending exception, which is checked after each.
bool run_type_inits(ThreadState& ts) {
  void (*const inits[])(ThreadState&) = {
      object_init_types, type_init_type,       int_init_types,  float_init_type,
      bytes_init_type,   tuple_init_type,      list_init_type,  set_init_types,
      range_init_types,  function_init_types,  module_init_type, exception_init_types,
      vm_init_types,     iterators_init_types, namespace_init_type, slot_wrapper_init_types,
      member_descriptor_init_type, mappingproxy_init_type, generic_alias_init_types,
  };
  for (auto init : inits) {
    init(ts);
    if (ts.has_pending()) return false;
  }
  return true;
}

bool ready_raw_types(ThreadState& ts) {
  for (const RawType& row : RAW_TYPES) {
    if (!type_ready(ts, ts.vm->types.*row.field)) return false;
  }
  return true;
}

// Raising MemoryError or a native-stack RecursionError must not allocate: both instances exist
// from the start (error.cpp).
bool preallocate_errors(ThreadState& ts) {
  Vm& vm = *ts.vm;
  vm.memory_error = exception_new(ts, vm.types.MemoryError, nullptr, 0);
  if (vm.memory_error.is_error()) return false;
  WEFT_TRY_BOOL(msg, str_from_cstr(ts, "maximum recursion depth exceeded"));
  vm.recursion_error = exception_new(ts, vm.types.RecursionError, &msg, 1);
  return !vm.recursion_error.is_error();
}

bool bootstrap_steps(ThreadState& ts) {
  Vm& vm = *ts.vm;
  if (!allocate_raw_types(ts)) return false;
  init_singletons(vm);
  if (!method_cache_create(vm)) {
    raise_no_memory(ts);
    return false;
  }
  return create_empty_constants(ts) && create_type_dicts(ts) && intern_names(ts) &&
         run_type_inits(ts) && ready_raw_types(ts) && preallocate_errors(ts) && modules_init(ts) &&
         types_add_slot_wrappers(ts);
}

}  // namespace

bool types_bootstrap(ThreadState& ts) {
  // No collection may run before every type has its trace function, so automatic collections
  // stay off until the object layer is complete (everything allocated here is reachable from
  // the Vm afterwards).
  Heap& heap = ts.vm->heap;
  bool was_enabled = heap.enabled;
  heap.enabled = false;
  bool ok = bootstrap_steps(ts);
  heap.enabled = was_enabled;
  return ok;
}

}  // namespace weft
