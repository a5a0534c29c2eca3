// The object header every heap object starts with, and the Type object that describes a kind of
// object: its name, bases, method dict and the C++ "slots" that implement its operations.
// Built-in types are per-VM objects (rule 2: no hidden globals), found through Vm::types.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>

#include "weft/value.hpp"

namespace weft {

struct Type;
struct ThreadState;
struct Vm;
struct Tracer;
struct Str;
struct Tuple;
struct Dict;

// Every heap object. On 64-bit targets the header is 16 bytes, on 32-bit 8 bytes.
struct Object {
  Type* type;
  // GIL-free per-object guard (see object/guard.hpp); unused in GIL mode and by immutable types.
  std::atomic<uint8_t> guard;
  uint8_t flags;     // OBJ_* below
  uint16_t aux;      // type-specific small field (e.g. str: is_ascii)
};

enum : uint8_t {
  OBJ_INTERNED = 1,  // a str in the VM's intern table
  OBJ_HASHED = 2,    // the object's cached hash field is valid (str, tuple, bigint)
  OBJ_STATIC = 4,    // lives inside the Vm struct, not on the GC heap (None, True, ...)
  OBJ_WEAKREFED = 8, // a weakref to it was made (object/weakref.cpp); set atomically
};

// Distinguishes built-in types for fast exact checks: `o->type->kind == TypeKind::List`.
// Subclasses of a built-in inherit the kind of their nearest built-in base and set TF_HEAPTYPE;
// an exact check therefore also tests `o->type == vm.types.list` (see is_exact in protocol.hpp).
enum class TypeKind : uint8_t {
  Object, Type, NoneType, NotImplementedType, Ellipsis, Bool, Int, Float, Complex, Str, Bytes,
  ByteArray, List, Tuple, Dict, Set, FrozenSet, Range, Slice, Function, NativeFunction, BoundMethod,
  MethodDescriptor, Cell, Code, Module, BaseException, Iterator, ValueArray, DictKeys, Property,
  StaticMethod, ClassMethod, Generator, Frame, Traceback, Other,
};

enum : uint32_t {
  TF_BASETYPE = 1u << 0,      // may be subclassed
  TF_HEAPTYPE = 1u << 1,      // created by a class statement / type(); attributes settable
  TF_HAS_DICT = 1u << 2,      // instances carry a __dict__ (offset in Type::dict_offset)
  TF_IMMUTABLE = 1u << 3,     // instances never change after construction (no guard needed)
  // Classes deriving from int/str/bytes/tuple: the instance dict is the word after the
  // variable-size items (see instance_dict in type_attr.cpp), not at a fixed dict_offset.
  TF_DICT_AFTER_ITEMS = 1u << 4,
  TF_SLOT_WRAPPERS = 1u << 5,  // built-in type whose slots are exposed in its dict (slot_defs.cpp)
  TF_IS_ABSTRACT = 1u << 6,    // a class whose __abstractmethods__ is non-empty: not instantiable
  // Fast subclass checks, inherited by subclasses (like CPython's Py_TPFLAGS_*_SUBCLASS).
  TF_INT_SUBCLASS = 1u << 8,
  TF_STR_SUBCLASS = 1u << 9,
  TF_BYTES_SUBCLASS = 1u << 10,
  TF_LIST_SUBCLASS = 1u << 11,
  TF_TUPLE_SUBCLASS = 1u << 12,
  TF_DICT_SUBCLASS = 1u << 13,
  TF_EXC_SUBCLASS = 1u << 14,   // BaseException and subclasses
  TF_TYPE_SUBCLASS = 1u << 15,
  // What a match statement sees (CPython's Py_TPFLAGS_SEQUENCE / _MAPPING / _Py_TPFLAGS_MATCH_SELF),
  // inherited by subclasses: a sequence pattern matches only TF_SEQUENCE types (not str/bytes), a
  // mapping pattern TF_MAPPING types, and `int(x)` binds the subject itself for TF_MATCH_SELF.
  TF_SEQUENCE = 1u << 16,
  TF_MAPPING = 1u << 17,
  TF_MATCH_SELF = 1u << 18,
};

// ---- slot signatures ---------------------------------------------------------------------------
// Every fallible slot returns Value::error() (or -1 / false as documented) with an exception pending.
// A binary slot that does not handle its operands returns vm.not_implemented (a normal Value).

// The vectorcall convention used by every callable: positional args in args[0..nargs), then
// keyword args whose names are the strs in kwnames (nullptr = none) and whose values follow the
// positional ones: args[nargs .. nargs+len(kwnames)).
using CallFn = Value (*)(ThreadState& ts, Value callable, const Value* args, size_t nargs,
                         Tuple* kwnames);
// A native function or method. `self` is the bound object (or the module for module functions).
using NativeFn = Value (*)(ThreadState& ts, Value self, const Value* args, size_t nargs,
                           Tuple* kwnames);
using UnaryFn = Value (*)(ThreadState& ts, Value a);
using BinaryFn = Value (*)(ThreadState& ts, Value a, Value b);
using TernaryFn = Value (*)(ThreadState& ts, Value a, Value b, Value c);
using ReprFn = Value (*)(ThreadState& ts, Value a);                 // returns a str
using HashFn = bool (*)(ThreadState& ts, Value a, intptr_t* out);  // false = error pending
using LenFn = bool (*)(ThreadState& ts, Value a, size_t* out);     // false = error pending
using BoolFn = int (*)(ThreadState& ts, Value a);                   // 1, 0, or -1 = error
using ContainsFn = int (*)(ThreadState& ts, Value container, Value item);  // 1, 0, -1
using RichCmpFn = Value (*)(ThreadState& ts, Value a, Value b, int op);  // op: CmpOp
// name is an interned str. Returns error with AttributeError pending when missing.
using GetAttrFn = Value (*)(ThreadState& ts, Value obj, Str* name);
// value error() means delete. Returns false with an exception pending on failure.
using SetAttrFn = bool (*)(ThreadState& ts, Value obj, Str* name, Value value);
// value error() means delete.
using SetItemFn = bool (*)(ThreadState& ts, Value obj, Value key, Value value);
using DescrGetFn = Value (*)(ThreadState& ts, Value descr, Value obj, Value type);
using DescrSetFn = bool (*)(ThreadState& ts, Value descr, Value obj, Value value);  // error()=delete
using TraceFn = void (*)(Object* o, Tracer& t);
// __new__: `type` is the type being created (may be a subclass).
using NewFn = Value (*)(ThreadState& ts, Type* type, const Value* args, size_t nargs,
                        Tuple* kwnames);
using InitFn = bool (*)(ThreadState& ts, Value self, const Value* args, size_t nargs,
                        Tuple* kwnames);

enum CmpOp : int { CMP_LT = 0, CMP_LE = 1, CMP_EQ = 2, CMP_NE = 3, CMP_GT = 4, CMP_GE = 5 };

// Binary number operators, in the order of the bytecode's BINARY_OP argument.
enum BinOp : int {
  BIN_ADD, BIN_SUB, BIN_MUL, BIN_MATMUL, BIN_TRUEDIV, BIN_FLOORDIV, BIN_MOD, BIN_POW,
  BIN_LSHIFT, BIN_RSHIFT, BIN_AND, BIN_OR, BIN_XOR,
  BIN_COUNT,
};

struct Type : Object {
  TypeKind kind;
  uint32_t tflags;           // TF_*
  uint32_t version;          // method-cache tag; 0 = not cacheable. Bumped when the dict changes.
  const char* cname;         // the __name__ of built-in types (static storage)
  Str* name;                 // __name__
  Str* qualname;             // __qualname__
  Type* base;                // __base__ (nullptr only for object)
  Tuple* bases;              // __bases__
  Tuple* mro;                // __mro__, including the type itself
  Dict* dict;                // __dict__: methods, descriptors, class attributes
  uint32_t basic_size;       // bytes of a fixed-size instance
  uint32_t dict_offset;      // byte offset of the Dict* in instances when TF_HAS_DICT, else 0
  // Classes (TF_HEAPTYPE): where the words that classes add to the built-in layout begin
  // (__slots__ values, then the dict); every word from here to basic_size is a Value or Dict*.
  uint32_t class_fields_offset;
  // Classes ever registered with this type on their MRO (never decremented; read and written
  // only under Vm::classes_lock): a change to a class without any skips the registry scan.
  uint32_t derived_classes;

  TraceFn trace;             // nullptr = holds no Values

  // object protocol
  ReprFn repr;
  ReprFn str;                // nullptr = use repr
  HashFn hash;               // nullptr = unhashable
  RichCmpFn richcompare;
  GetAttrFn getattr;         // generic_getattr for most types
  SetAttrFn setattr;         // nullptr = attributes read-only
  CallFn call;
  UnaryFn iter;
  // Returns the next item, or error(). At the end it returns error() with NO exception pending
  // (the fast "StopIteration" path); call sites test ts.has_pending().
  UnaryFn iternext;
  DescrGetFn descr_get;
  DescrSetFn descr_set;
  NewFn new_;
  InitFn init;

  // number protocol: each binary slot gets (a, b) where either may be this type
  BinaryFn binary[BIN_COUNT];
  BinaryFn inplace[BIN_COUNT];  // nullptr = fall back to binary
  UnaryFn neg, pos, invert, abs_;
  BoolFn bool_;
  UnaryFn to_int;            // __int__
  UnaryFn to_float;          // __float__
  UnaryFn index;             // __index__

  // sequence / mapping protocol
  LenFn len;
  BinaryFn getitem;
  SetItemFn setitem;
  ContainsFn contains;
};

inline Object* obj(Value v) { return v.as_obj(); }

}  // namespace weft
