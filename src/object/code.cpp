// Code objects: construction, the line and exception table decoders, and the code type.
//
// Line table: one entry per run of instructions with the same source location:
//   varint units, svarint (line - previous line), varint col+1, svarint (end_line - line),
//   varint end_col+1            (the first "previous line" is firstlineno; 0 in col = unknown)
// Exception table: one entry per run of instructions with the same handler, sorted by start:
//   varint start, varint (end - start), varint target, varint (depth << 1 | lasti)
#include "object/code.hpp"

#include "object/bytes.hpp"
#include "object/error.hpp"
#include "object/function.hpp"
#include "object/int.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace weft {

void code_put_varint(std::string& out, uint32_t v) {
  while (v >= 0x80) {
    out.push_back(char(0x80 | (v & 0x7F)));
    v >>= 7;
  }
  out.push_back(char(v));
}

void code_put_svarint(std::string& out, int32_t v) {
  code_put_varint(out, (uint32_t(v) << 1) ^ uint32_t(v >> 31));
}

namespace {

// Reads the tables written by code_put_varint. A truncated table reads as zeros (never past end).
struct TableReader {
  const uint8_t* p;
  const uint8_t* end;
  bool done() const { return p >= end; }
  uint32_t varint() {
    uint32_t v = 0;
    int shift = 0;
    while (p < end) {
      uint8_t b = *p++;
      v |= uint32_t(b & 0x7F) << shift;
      if (!(b & 0x80)) break;
      shift += 7;
    }
    return v;
  }
  int32_t svarint() {
    uint32_t u = varint();
    return int32_t(u >> 1) ^ -int32_t(u & 1);
  }
};

TableReader reader_of(const Bytes* b) {
  if (!b) return {nullptr, nullptr};
  auto p = reinterpret_cast<const uint8_t*>(b->data);
  return {p, p + b->size};
}

Code* code_of(Value v) { return as_code(v); }

void code_trace(Object* o, Tracer& t) {
  auto c = static_cast<Code*>(o);
  t.visit(c->bytecode);
  t.visit(c->consts);
  t.visit(c->names);
  t.visit(c->localsplusnames);
  t.visit(c->linetable);
  t.visit(c->exctable);
  t.visit(c->cell2arg);
  t.visit(c->filename);
  t.visit(c->name);
  t.visit(c->qualname);
}

Value code_repr(ThreadState& ts, Value v) {
  Code* c = code_of(v);
  return str_format_c(ts, "<code object %U at %p, file \"%U\", line %d>", c->name,
                      static_cast<void*>(c), c->filename, int(c->firstlineno));
}

// co_varnames / co_cellvars / co_freevars are slices of localsplusnames.
Value names_slice(ThreadState& ts, Code* c, int start, int n) {
  return tuple_new(ts, c->localsplusnames->items + start, size_t(n));
}

Value get_name(ThreadState&, Value self) { return Value::from_obj(code_of(self)->name); }
Value get_qualname(ThreadState&, Value self) { return Value::from_obj(code_of(self)->qualname); }
Value get_filename(ThreadState&, Value self) { return Value::from_obj(code_of(self)->filename); }
Value get_firstlineno(ThreadState&, Value self) {
  return Value::from_int(code_of(self)->firstlineno);
}
Value get_argcount(ThreadState&, Value self) { return Value::from_int(code_of(self)->argcount); }
Value get_posonlyargcount(ThreadState&, Value self) {
  return Value::from_int(code_of(self)->posonlyargcount);
}
Value get_kwonlyargcount(ThreadState&, Value self) {
  return Value::from_int(code_of(self)->kwonlyargcount);
}
Value get_nlocals(ThreadState&, Value self) { return Value::from_int(code_of(self)->nlocals); }
Value get_flags(ThreadState&, Value self) { return Value::from_int(code_of(self)->flags); }
Value get_stacksize(ThreadState&, Value self) { return Value::from_int(code_of(self)->stacksize); }
Value get_consts(ThreadState&, Value self) { return Value::from_obj(code_of(self)->consts); }
Value get_names(ThreadState&, Value self) { return Value::from_obj(code_of(self)->names); }
Value get_varnames(ThreadState& ts, Value self) {
  Code* c = code_of(self);
  return names_slice(ts, c, 0, c->nlocals);
}
Value get_cellvars(ThreadState& ts, Value self) {
  Code* c = code_of(self);
  return names_slice(ts, c, c->nlocals, c->ncells);
}
Value get_freevars(ThreadState& ts, Value self) {
  Code* c = code_of(self);
  return names_slice(ts, c, c->nlocals + c->ncells, c->nfree);
}
Value get_code(ThreadState&, Value self) { return Value::from_obj(code_of(self)->bytecode); }

const GetSetDef CODE_GETSETS[] = {
    {"co_name", get_name, nullptr},
    {"co_qualname", get_qualname, nullptr},
    {"co_filename", get_filename, nullptr},
    {"co_firstlineno", get_firstlineno, nullptr},
    {"co_argcount", get_argcount, nullptr},
    {"co_posonlyargcount", get_posonlyargcount, nullptr},
    {"co_kwonlyargcount", get_kwonlyargcount, nullptr},
    {"co_nlocals", get_nlocals, nullptr},
    {"co_flags", get_flags, nullptr},
    {"co_stacksize", get_stacksize, nullptr},
    {"co_consts", get_consts, nullptr},
    {"co_names", get_names, nullptr},
    {"co_varnames", get_varnames, nullptr},
    {"co_cellvars", get_cellvars, nullptr},
    {"co_freevars", get_freevars, nullptr},
    {"co_code", get_code, nullptr},
    {nullptr, nullptr, nullptr},
};

}  // namespace

Str* code_filename(Value code) { return code_of(code)->filename; }
Str* code_name(Value code) { return code_of(code)->name; }
Str* code_qualname(Value code) { return code_of(code)->qualname; }

size_t code_size(const Code* c) { return c->bytecode->size / sizeof(uint16_t); }
const uint16_t* code_units(const Code* c) {
  return reinterpret_cast<const uint16_t*>(c->bytecode->data);
}

SourceLoc code_loc_at(const Code* c, size_t offset) {
  TableReader r = reader_of(c->linetable);
  size_t pos = 0;
  int line = c->firstlineno;
  while (!r.done()) {
    uint32_t units = r.varint();
    line += r.svarint();
    int col = int(r.varint()) - 1;
    int end_line = line + r.svarint();
    int end_col = int(r.varint()) - 1;
    if (offset < pos + units) return {line, col, end_line, end_col};
    pos += units;
  }
  return {};
}

int code_line_at(const Code* c, size_t offset) { return code_loc_at(c, offset).line; }

bool code_handler_at(const Code* c, size_t offset, HandlerEntry* out) {
  TableReader r = reader_of(c->exctable);
  while (!r.done()) {
    uint32_t start = r.varint();
    uint32_t end = start + r.varint();
    uint32_t target = r.varint();
    uint32_t depth_lasti = r.varint();
    if (offset < start) return false;  // entries are sorted and do not overlap
    if (offset < end) {
      *out = {start, end, target, depth_lasti >> 1, (depth_lasti & 1) != 0};
      return true;
    }
  }
  return false;
}

Code* code_new(ThreadState& ts, const CodeInit& in) {
  Code* c = gc_new<Code>(ts, ts.vm->types.code);
  if (!c) return nullptr;
  c->bytecode = in.bytecode;
  c->consts = in.consts;
  c->names = in.names;
  c->localsplusnames = in.localsplusnames;
  c->linetable = in.linetable;
  c->exctable = in.exctable;
  c->cell2arg = in.cell2arg;
  c->filename = in.filename;
  c->name = in.name;
  c->qualname = in.qualname;
  c->argcount = in.argcount;
  c->posonlyargcount = in.posonlyargcount;
  c->kwonlyargcount = in.kwonlyargcount;
  c->nlocals = in.nlocals;
  c->ncells = in.ncells;
  c->nfree = in.nfree;
  c->stacksize = in.stacksize;
  c->firstlineno = in.firstlineno;
  c->flags = in.flags;
  c->ncaches = in.ncaches;
  return c;
}

void code_init_type(ThreadState& ts) {
  Type* t = ts.vm->types.code;
  t->basic_size = sizeof(Code);
  t->tflags |= TF_IMMUTABLE;
  t->trace = code_trace;
  t->repr = code_repr;
  if (!type_add_getsets(ts, t, CODE_GETSETS)) return;
}

}  // namespace weft
