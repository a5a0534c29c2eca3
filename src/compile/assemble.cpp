// The assembler: from a unit's instruction list (labels, handler regions, source locations) to a
// code object. Stack size comes from a flow analysis that also checks that every path reaches
// each instruction with the same depth (a code generator bug otherwise: SystemError).
#include <cstring>

#include "compile/codegen.hpp"
#include "object/bytes.hpp"
#include "object/code.hpp"
#include "object/error.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace weft {
namespace {

struct Assembler {
  ThreadState& ts;
  Unit& u;
  CompileError* err;
  std::vector<int> offsets;  // code-unit offset of each instruction; [n] = total size

  bool internal_error(const char* what) {
    raise(ts, ts.vm->types.SystemError, "compiler: %s in %s", what, u.name.c_str());
    err->pending = true;
    return false;
  }

  size_t label_pos(int label) const { return size_t(u.labels[size_t(label)]); }

  bool stack_size(int* out) {
    size_t n = u.instrs.size();
    std::vector<int> depth(n, -1);
    std::vector<size_t> work;
    bool ok = true;
    auto reach = [&](size_t i, int d) {
      if (i >= n || d < 0) {
        ok = false;
      } else if (depth[i] < 0) {
        depth[i] = d;
        work.push_back(i);
      } else if (depth[i] != d) {
        ok = false;
      }
    };
    int max_depth = 0;
    if (n) reach(0, 0);
    while (ok && !work.empty()) {
      size_t i = work.back();
      work.pop_back();
      const Instr& ins = u.instrs[i];
      int d = depth[i];
      if (ins.handler >= 0) {
        const HandlerDef& h = u.handlers[size_t(ins.handler)];
        reach(label_pos(h.label), h.depth + 1 + int(h.lasti));
      }
      if (op_has_jump(ins.op)) reach(label_pos(ins.target), d + stack_effect(ins.op, ins.arg, true));
      int next = d + stack_effect(ins.op, ins.arg, false);
      max_depth = std::max(max_depth, std::max(d, next));
      int kind = OPCODE_INFO[ins.op].kind;
      if (kind != OPK_JUMP && kind != OPK_EXIT) reach(i + 1, next);
    }
    if (!ok) return internal_error("inconsistent stack depth");
    *out = max_depth + 1;  // one spare slot: the interpreter may push the exception's lasti
    return true;
  }

  static int ext_count(int arg) { return arg > 0xFFFFFF ? 3 : arg > 0xFFFF ? 2 : arg > 0xFF ? 1 : 0; }

  int final_arg(size_t i) const {
    const Instr& ins = u.instrs[i];
    return op_has_jump(ins.op) ? offsets[label_pos(ins.target)] : ins.arg;
  }

  bool layout() {
    size_t n = u.instrs.size();
    for (size_t i = 0; i < n; i++) {
      const Instr& ins = u.instrs[i];
      if (!op_has_jump(ins.op)) continue;
      if (ins.target < 0 || u.labels[size_t(ins.target)] < 0) return internal_error("unbound label");
      size_t t = label_pos(ins.target);
      if (t <= i && ins.op != OP_JUMP_FORWARD) return internal_error("backward conditional jump");
      if (t <= i) u.instrs[i].op = OP_JUMP_BACKWARD;
    }
    offsets.assign(n + 1, 0);
    for (bool changed = true; changed;) {
      changed = false;
      int pos = 0;
      for (size_t i = 0; i < n; i++) {
        if (offsets[i] != pos) changed = true;
        offsets[i] = pos;
        pos += 1 + ext_count(final_arg(i)) + OPCODE_INFO[u.instrs[i].op].caches;
      }
      if (offsets[n] != pos) changed = true;
      offsets[n] = pos;
    }
    return true;
  }

  Bytes* bytecode() {
    size_t n = u.instrs.size();
    Bytes* b = bytes_alloc(ts, size_t(offsets[n]) * sizeof(CodeUnit));
    if (!b) return nullptr;
    auto out = reinterpret_cast<CodeUnit*>(b->data);
    for (size_t i = 0; i < n; i++) {
      uint8_t op = u.instrs[i].op;
      uint32_t arg = uint32_t(final_arg(i));
      for (int shift = 8 * ext_count(int(arg)); shift > 0; shift -= 8)
        *out++ = make_unit(OP_EXTENDED_ARG, uint8_t(arg >> shift));
      *out++ = make_unit(op, uint8_t(arg));
      for (int c = 0; c < OPCODE_INFO[op].caches; c++) *out++ = make_unit(OP_CACHE, 0);
    }
    return b;
  }

  Bytes* to_bytes(const std::string& s) {
    Bytes* b = bytes_alloc(ts, s.size());
    if (b && !s.empty()) std::memcpy(b->data, s.data(), s.size());
    return b;
  }

  Bytes* linetable() {
    std::string out;
    int prev_line = u.firstlineno;
    size_t n = u.instrs.size();
    for (size_t i = 0; i < n;) {
      const ast::Loc& loc = u.instrs[i].loc;
      size_t j = i + 1;
      while (j < n && std::memcmp(&u.instrs[j].loc, &loc, sizeof loc) == 0) j++;
      code_put_varint(out, uint32_t(offsets[j] - offsets[i]));
      code_put_svarint(out, loc.line - prev_line);
      code_put_varint(out, uint32_t(loc.col + 1));
      code_put_svarint(out, loc.end_line - loc.line);
      code_put_varint(out, uint32_t(loc.end_col + 1));
      prev_line = loc.line;
      i = j;
    }
    return to_bytes(out);
  }

  Bytes* exctable() {
    std::string out;
    size_t n = u.instrs.size();
    for (size_t i = 0; i < n;) {
      int h = u.instrs[i].handler;
      size_t j = i + 1;
      while (j < n && u.instrs[j].handler == h) j++;
      if (h >= 0) {
        const HandlerDef& def = u.handlers[size_t(h)];
        code_put_varint(out, uint32_t(offsets[i]));
        code_put_varint(out, uint32_t(offsets[j] - offsets[i]));
        code_put_varint(out, uint32_t(offsets[label_pos(def.label)]));
        code_put_varint(out, uint32_t(def.depth) << 1 | uint32_t(def.lasti));
      }
      i = j;
    }
    return to_bytes(out);
  }

  bool interned_tuple(const std::vector<const std::vector<std::string>*>& parts, Tuple** out) {
    size_t total = 0;
    for (auto* p : parts) total += p->size();
    Tuple* t = tuple_alloc(ts, total);
    if (!t) return false;
    size_t k = 0;
    for (auto* p : parts) {
      for (const std::string& s : *p) {
        Str* str = intern_chars(ts, s.data(), s.size());
        if (!str) return false;
        t->items[k++] = Value::from_obj(str);
      }
    }
    *out = t;
    return true;
  }

  // For each cell that is also a parameter, the parameter's local index (else -1).
  Bytes* cell2arg() {
    bool any = false;
    std::vector<int16_t> map(u.cellvars.size(), -1);
    for (size_t i = 0; i < u.cellvars.size(); i++) {
      auto it = u.var_index.find(u.cellvars[i]);
      if (it != u.var_index.end()) {
        map[i] = int16_t(it->second);
        any = true;
      }
    }
    if (!any) return nullptr;
    Bytes* b = bytes_alloc(ts, map.size() * sizeof(int16_t));
    if (b) std::memcpy(b->data, map.data(), map.size() * sizeof(int16_t));
    return b;
  }

  bool run(Str* filename, Value* out) {
    CodeInit in;
    if (!layout() || !stack_size(&in.stacksize)) return false;
    in.bytecode = bytecode();
    in.linetable = linetable();
    in.exctable = exctable();
    if (!in.bytecode || !in.linetable || !in.exctable) return pending();
    WEFT_TRY_BOOL(consts, tuple_new(ts, u.consts.data(), u.consts.size()));
    in.consts = as_tuple(consts);
    if (!interned_tuple({&u.names}, &in.names) ||
        !interned_tuple({&u.varnames, &u.cellvars, &u.freevars}, &in.localsplusnames))
      return pending();
    in.cell2arg = cell2arg();
    if (!in.cell2arg && ts.has_pending()) return pending();
    in.filename = filename;
    in.name = intern_chars(ts, u.name.data(), u.name.size());
    in.qualname = intern_chars(ts, u.qualname.data(), u.qualname.size());
    if (!in.name || !in.qualname) return pending();
    in.argcount = u.argcount;
    in.posonlyargcount = u.posonlyargcount;
    in.kwonlyargcount = u.kwonlyargcount;
    in.nlocals = int(u.varnames.size());
    in.ncells = int(u.cellvars.size());
    in.nfree = int(u.freevars.size());
    in.firstlineno = u.firstlineno;
    in.flags = u.flags;
    Code* code = code_new(ts, in);
    if (!code) return pending();
    *out = Value::from_obj(code);
    return true;
  }

  bool pending() {
    err->pending = true;
    return false;
  }
};

}  // namespace

bool assemble(ThreadState& ts, Unit& u, Str* filename, Value* out, CompileError* err) {
  Assembler a{ts, u, err, {}};
  if (!a.run(filename, out)) {
    err->pending = true;
    return false;
  }
  return true;
}

}  // namespace weft
