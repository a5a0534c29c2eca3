// The table that ties special-method names to Type slots (CPython's slotdefs): built-in types
// expose their slots as slot wrappers (`int.__add__`), and a class's slots are set from the
// dunders found along its MRO (`def __add__` makes the add slot call it).
#pragma once

#include "object/runtime.hpp"

namespace weft {

// A slot function of any signature, stored type-erased (converted back before each call).
using AnyFn = void (*)();

// Which Type field a row drives. BINARY and INPLACE are arrays indexed by the row's BinOp.
enum class SlotId : uint8_t {
  REPR, STR, HASH, CALL, GETATTR, SETATTR, RICHCOMPARE, ITER, ITERNEXT, DESCR_GET, DESCR_SET,
  INIT, NEW, NEG, POS, INVERT, ABS, BOOL, INT, FLOAT, INDEX, LEN, GETITEM, SETITEM, CONTAINS,
  BINARY, INPLACE,
};

// How a slot wrapper turns a Python call into a call of the slot function.
enum class WrapKind : uint8_t {
  UNARY, HASH, CALL, GETATTR, SETATTR, DELATTR, RICHCMP, NEXT, DESCR_GET, DESCR_SET,
  DESCR_DELETE, INIT, BINARY_L, BINARY_R, INQUIRY, LEN, SETITEM, DELITEM, CONTAINS, NONE,
};

struct SlotDef {
  Str* Names::*name;
  SlotId slot;
  int op;         // CmpOp for RICHCOMPARE, BinOp for BINARY/INPLACE, else 0
  WrapKind wrap;  // NONE: the name drives the slot but gets no wrapper (__getattr__, __new__)
};

AnyFn slot_get(const Type* t, SlotId id, int op);
// Stores with a relaxed atomic write: threads may read a class's slots while it is updated.
void slot_set(Type* t, SlotId id, int op, AnyFn fn);
// The slot_* function (slot_dispatch.cpp) that calls the dunder of a class for this slot.
AnyFn slot_dispatcher(SlotId id, int op);
// The row for a dunder name, or nullptr when the name drives no slot.
const SlotDef* slot_def_for(ThreadState& ts, Str* name);

// Built-in types: adds a slot wrapper (or `__new__`, or `__hash__ = None`) to the type dict for
// each slot the type defines itself. Names already in the dict are left alone. Idempotent.
[[nodiscard]] bool type_add_slot_wrappers(ThreadState& ts, Type* t);
// The same for every built-in type of the VM (the end of start-up), and for the built-in types on
// a new class's MRO that do not have them yet (types created after start-up).
[[nodiscard]] bool types_add_slot_wrappers(ThreadState& ts);
[[nodiscard]] bool mro_add_slot_wrappers(ThreadState& ts, Type* t);
// Classes: sets every dunder-driven slot from what the MRO holds (after type_ready).
void type_fixup_slots(ThreadState& ts, Type* t);
// Recomputes the slots `name` drives on `t` (after the class dict changed).
void type_update_slots_for(ThreadState& ts, Type* t, Str* name);

}  // namespace weft
