// Code objects: the compiled form of a module, function or comprehension body.
// Bytecode (compile/opcode.hpp), constants, names, the line table and the exception table.
// Immutable once built, so any number of threads may run the same code object at once.
#pragma once

#include <cstdint>
#include <string>

#include "object/runtime.hpp"

namespace weft {

struct Bytes;

// co_flags, with CPython's values (inspect and user code test them).
enum : uint32_t {
  CO_OPTIMIZED = 0x1,
  CO_NEWLOCALS = 0x2,
  CO_VARARGS = 0x4,
  CO_VARKEYWORDS = 0x8,
  CO_NESTED = 0x10,
  CO_GENERATOR = 0x20,
  CO_NOFREE = 0x40,
  CO_COROUTINE = 0x80,
  CO_ITERABLE_COROUTINE = 0x100,
  CO_ASYNC_GENERATOR = 0x200,
};
// Code whose call makes a generator, coroutine or async generator instead of running.
inline constexpr uint32_t CO_SUSPENDABLE = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;

// Fast-locals layout of a frame: [locals (nlocals)] [cells (ncells)] [free vars (nfree)] then the
// value stack (stacksize). Arguments are the first locals: argcount positional (the first
// posonlyargcount of them positional-only), kwonlyargcount keyword-only, then *args, then **kwargs.
struct Code : Object {
  Bytes* bytecode;         // CodeUnit[] (native endianness)
  Tuple* consts;
  Tuple* names;            // interned strs: globals, attributes, imported names
  Tuple* localsplusnames;  // interned strs: locals, then cell names, then free names
  Bytes* linetable;        // see code.cpp: runs of (units, line, column range)
  Bytes* exctable;         // see code.cpp: (start, end, target, depth, lasti) entries
  Bytes* cell2arg;         // int16 per cell: the argument it is initialised from, or -1; or null
  Str* filename;
  Str* name;
  Str* qualname;
  int32_t argcount, posonlyargcount, kwonlyargcount;
  int32_t nlocals, ncells, nfree, stacksize;
  int32_t firstlineno;
  uint32_t flags;          // CO_*
  uint32_t ncaches;        // inline-cache entries the interpreter may attach (next issue)
};

inline Code* as_code(Value v) { return static_cast<Code*>(v.as_obj()); }

Str* code_filename(Value code);
Str* code_name(Value code);       // co_name, e.g. "<module>" or "f"
Str* code_qualname(Value code);

// Number of CodeUnits of bytecode, and a pointer to the first.
size_t code_size(const Code* c);
const uint16_t* code_units(const Code* c);

// The source location of the instruction at `offset` (in code units). Line -1 when unknown.
struct SourceLoc {
  int line = -1, col = -1, end_line = -1, end_col = -1;
};
SourceLoc code_loc_at(const Code* c, size_t offset);
int code_line_at(const Code* c, size_t offset);

// The exception handler covering `offset`, if any.
struct HandlerEntry {
  uint32_t start, end, target, depth;
  bool lasti;  // push the offset of the raising instruction below the exception
};
bool code_handler_at(const Code* c, size_t offset, HandlerEntry* out);

// Everything code_new needs. The tuples/bytes must be fully built.
struct CodeInit {
  Bytes* bytecode = nullptr;
  Tuple* consts = nullptr;
  Tuple* names = nullptr;
  Tuple* localsplusnames = nullptr;
  Bytes* linetable = nullptr;
  Bytes* exctable = nullptr;
  Bytes* cell2arg = nullptr;
  Str* filename = nullptr;
  Str* name = nullptr;
  Str* qualname = nullptr;
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  int nlocals = 0, ncells = 0, nfree = 0, stacksize = 0;
  int firstlineno = 1;
  uint32_t flags = 0;
  uint32_t ncaches = 0;
};
[[nodiscard]] Code* code_new(ThreadState& ts, const CodeInit& init);

// The table encodings, shared with the assembler (compile/assemble.cpp): unsigned varints of 7 bits
// per byte, low group first; signed ones zigzag-encoded.
void code_put_varint(std::string& out, uint32_t v);
void code_put_svarint(std::string& out, int32_t v);

void code_init_type(ThreadState& ts);  // called by vm_init_types (vm/vm_types.hpp)

}  // namespace weft
