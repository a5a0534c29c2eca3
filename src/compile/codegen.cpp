// Code generator core: compilation units, instruction emission, labels, exception-handler
// regions, constants and names, and the module entry point.
#include "compile/codegen.hpp"

#include <algorithm>
#include <cstring>

#include "object/bytes.hpp"
#include "object/code.hpp"
#include "object/error.hpp"
#include "object/float.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace weft {

// Constants live in the units' std::vectors until assembly: invisible to the GC unless traced.
void compiler_trace_roots(ExternalRoots* self, Tracer& t) {
  Compiler* c = static_cast<Compiler::Roots*>(self)->owner;
  for (Unit* u = c->u_; u; u = u->parent) t.visit_range(u->consts.data(), u->consts.size());
}

Compiler::Compiler(ThreadState& ts, Str* filename, CodegenMode mode, CompileError* err)
    : ts_(ts), filename_(filename), mode_(mode), err_(err) {
  roots_.owner = this;
  roots_.trace = compiler_trace_roots;
  roots_.next = ts.roots;
  ts.roots = &roots_;
}

Compiler::~Compiler() {
  for (ExternalRoots** p = &ts_.roots; *p; p = &(*p)->next) {
    if (*p == &roots_) {
      *p = roots_.next;
      break;
    }
  }
  while (u_) {
    Unit* parent = u_->parent;
    delete u_;
    u_ = parent;
  }
}

bool Compiler::error(const ast::Loc& loc, std::string msg) {
  err_->pending = false;
  err_->msg = std::move(msg);
  err_->loc = loc;
  return false;
}

bool Compiler::pending_error() {
  err_->pending = true;
  return false;
}

bool Compiler::guard() { return stack_check(ts_) || pending_error(); }

// ---- units --------------------------------------------------------------------------------

// Type parameter scopes are invisible in qualified names: `def m[T]` in class C is C.m.
std::string Compiler::qualname_for(const std::string& name, Scope* child) {
  Unit* parent = u_;
  while (parent && parent->scope->is_annotation() && !child->is_annotation())
    parent = parent->parent;
  if (!parent || parent->scope->kind == ScopeKind::Module) return name;
  if (child->kind == ScopeKind::Function || child->kind == ScopeKind::Class) {
    if (parent->scope->resolve(mangle(parent->private_name, name)) == Resolve::GlobalExplicit)
      return name;
  }
  if (parent->scope->is_function_like()) return parent->qualname + ".<locals>." + name;
  return parent->qualname + "." + name;
}

bool Compiler::enter_unit(Scope* scope, std::string name, int firstlineno) {
  auto* u = new Unit();
  u->scope = scope;
  u->qualname = qualname_for(name, scope);
  u->name = std::move(name);
  u->firstlineno = firstlineno;
  u->parent = u_;
  u->private_name = scope->kind == ScopeKind::Class ? u->name : u_ ? u_->private_name : "";
  u->loc = ast::Loc{firstlineno, 0, firstlineno, 0};
  if (scope->is_function_like()) {
    u->flags = CO_OPTIMIZED | CO_NEWLOCALS;
    if (scope->has_varargs) u->flags |= CO_VARARGS;
    if (scope->has_varkw) u->flags |= CO_VARKEYWORDS;
    if (u_ && u_->scope->is_function_like()) u->flags |= CO_NESTED;
    if (scope->is_coroutine) u->flags |= scope->is_generator ? CO_ASYNC_GENERATOR : CO_COROUTINE;
    else if (scope->is_generator) u->flags |= CO_GENERATOR;
    for (const std::string& p : scope->params) {
      u->var_index.emplace(p, int(u->varnames.size()));
      u->varnames.push_back(p);
    }
    for (const std::string& n : scope->order) {
      if (scope->symbols.at(n).resolve == Resolve::Local && !u->var_index.count(n)) {
        u->var_index.emplace(n, int(u->varnames.size()));
        u->varnames.push_back(n);
      }
    }
  }
  for (const std::string& n : scope->order) {
    Resolve r = scope->symbols.at(n).resolve;
    if (r == Resolve::Cell) u->cellvars.push_back(n);
    if (r == Resolve::Free) u->freevars.push_back(n);
  }
  u->freevars.insert(u->freevars.end(), scope->class_free.begin(), scope->class_free.end());
  if (scope->needs_class_cell) u->cellvars.push_back("__class__");
  if (scope->needs_classdict) u->cellvars.push_back("__classdict__");
  // CPython orders cell and free variables by name (co_cellvars / co_freevars).
  std::sort(u->cellvars.begin(), u->cellvars.end());
  std::sort(u->freevars.begin(), u->freevars.end());
  for (size_t i = 0; i < u->cellvars.size(); i++) u->cell_index.emplace(u->cellvars[i], int(i));
  for (size_t i = 0; i < u->freevars.size(); i++) u->free_index.emplace(u->freevars[i], int(i));
  if (u->cellvars.empty() && u->freevars.empty()) u->flags |= CO_NOFREE;
  u_ = u;
  return true;
}

bool Compiler::leave_unit(Value* code, bool body_ok) {
  Unit* u = u_;
  bool ok = body_ok && assemble(ts_, *u, filename_, code, err_);
  u_ = u->parent;
  delete u;
  return ok;
}

// ---- emission ---------------------------------------------------------------------------------

void Compiler::emit(uint8_t op, int arg) {
  int handler = u_->handler_stack.empty() ? -1 : u_->handler_stack.back();
  u_->instrs.push_back(Instr{op, arg, -1, handler, u_->loc});
}

void Compiler::emit_jump(uint8_t op, int label) {
  emit(op, 0);
  u_->instrs.back().target = label;
}

int Compiler::new_label() {
  u_->labels.push_back(-1);
  return int(u_->labels.size()) - 1;
}

void Compiler::bind(int label) { u_->labels[size_t(label)] = int(u_->instrs.size()); }

void Compiler::push_handler(int label, int depth, bool lasti) {
  u_->handlers.push_back(HandlerDef{label, depth, lasti});
  u_->handler_stack.push_back(int(u_->handlers.size()) - 1);
}

void Compiler::pop_handler() { u_->handler_stack.pop_back(); }

bool Compiler::last_is_exit() const {
  if (u_->instrs.empty()) return false;
  // A label bound after the last instruction makes the end reachable by a jump.
  for (int pos : u_->labels)
    if (pos == int(u_->instrs.size())) return false;
  int kind = OPCODE_INFO[u_->instrs.back().op].kind;
  return kind == OPK_EXIT || kind == OPK_JUMP;
}

// ---- constants and names ----------------------------------------------------------------------

int Compiler::add_const(Value v, const std::string& key) {
  auto it = key.empty() ? u_->const_keys.end() : u_->const_keys.find(key);
  if (it != u_->const_keys.end()) return it->second;
  int index = int(u_->consts.size());
  u_->consts.push_back(v);
  if (!key.empty()) u_->const_keys.emplace(key, index);
  return index;
}

bool Compiler::load_const(Value v, const std::string& key) {
  emit(OP_LOAD_CONST, add_const(v, key));
  return true;
}

bool Compiler::load_none() { return load_const(ts_.vm->none, "N"); }

static std::string bits_key(char tag, double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  return tag + std::to_string(bits);
}

bool Compiler::constant_value(ast::Constant* c, Value* out, std::string* key) {
  Vm& vm = *ts_.vm;
  using K = ast::ConstKind;
  switch (c->ck) {
    case K::None: *out = vm.none; *key = "N"; return true;
    case K::True: *out = vm.true_; *key = "T"; return true;
    case K::False: *out = vm.false_; *key = "F"; return true;
    case K::Ellipsis: *out = vm.ellipsis; *key = "E"; return true;
    case K::Int:
      *out = int_from_str(ts_, c->text.data(), c->text.size(), 0);
      *key = "i" + c->text;
      break;
    case K::Float:
      *out = float_new(ts_, c->number);
      *key = bits_key('f', c->number);
      break;
    case K::Imag: {
      WEFT_TRY_BOOL(zero, float_new(ts_, 0.0));
      WEFT_TRY_BOOL(imag, float_new(ts_, c->number));
      *out = call2(ts_, Value::from_obj(vm.types.complex_), zero, imag);
      *key = bits_key('j', c->number);
      break;
    }
    case K::Str:
      *out = str_new(ts_, c->text.data(), c->text.size());
      *key = "s" + c->text;
      break;
    case K::Bytes:
      *out = bytes_new(ts_, c->text.data(), c->text.size());
      *key = "b" + c->text;
      break;
  }
  return !out->is_error() || pending_error();
}

int Compiler::name_arg(const std::string& name) {
  auto it = u_->name_index.find(name);
  if (it != u_->name_index.end()) return it->second;
  int index = int(u_->names.size());
  u_->names.push_back(name);
  u_->name_index.emplace(name, index);
  return index;
}

bool Compiler::intern_tuple(const std::vector<std::string>& items, Value* out) {
  Tuple* t = tuple_alloc(ts_, items.size());
  if (!t) return pending_error();
  for (size_t i = 0; i < items.size(); i++) {
    Str* s = intern_chars(ts_, items[i].data(), items[i].size());
    if (!s) return pending_error();
    t->items[i] = Value::from_obj(s);
  }
  *out = Value::from_obj(t);
  return true;
}

bool Compiler::check_forbidden(const std::string& id, ast::Ctx ctx, const ast::Loc& loc) {
  if (id != "__debug__" || ctx == ast::Ctx::Load) return true;
  return error(loc, ctx == ast::Ctx::Store ? "cannot assign to __debug__"
                                           : "cannot delete __debug__");
}

bool Compiler::name_op(const std::string& raw, ast::Ctx ctx, const ast::Loc& loc) {
  if (!check_forbidden(raw, ctx, loc)) return false;
  std::string id = mangle(u_->private_name, raw);
  if (id == "__debug__") return load_const(ts_.vm->true_, "T");
  int which = ctx == ast::Ctx::Load ? 0 : ctx == ast::Ctx::Store ? 1 : 2;
  static constexpr uint8_t FAST[] = {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST};
  static constexpr uint8_t DEREF[] = {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF};
  static constexpr uint8_t GLOBAL[] = {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL};
  static constexpr uint8_t NAME[] = {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME};
  Scope* scope = u_->scope;
  Resolve r = scope->resolve(id);
  if (which == 0 && scope->can_see_class_scope &&
      (r == Resolve::GlobalImplicit || r == Resolve::Free))
    return class_scope_load(id, r);
  switch (r) {
    case Resolve::Local:
      if (scope->is_function_like()) {
        emit(FAST[which], u_->var_index.at(id));
        return true;
      }
      break;
    case Resolve::Cell:
      emit(DEREF[which], u_->cell_index.at(id));
      return true;
    case Resolve::Free: {
      // A class body reads a free variable from its namespace first (CPython's LOAD_CLASSDEREF).
      bool class_load = scope->kind == ScopeKind::Class && which == 0;
      emit(class_load ? uint8_t(OP_LOAD_CLASSDEREF) : DEREF[which],
           int(u_->cellvars.size()) + u_->free_index.at(id));
      return true;
    }
    case Resolve::GlobalExplicit:
      emit(GLOBAL[which], name_arg(id));
      return true;
    case Resolve::GlobalImplicit:
      if (scope->is_function_like()) {
        emit(GLOBAL[which], name_arg(id));
        return true;
      }
      break;
  }
  emit(NAME[which], name_arg(id));
  return true;
}

// In an annotation scope of a class body, globals and free variables are looked up in the class
// namespace (kept in the __classdict__ cell) first.
bool Compiler::class_scope_load(const std::string& id, Resolve r) {
  int classdict = int(u_->cellvars.size()) + u_->free_index.at("__classdict__");
  emit(OP_LOAD_DEREF, classdict);
  if (r == Resolve::GlobalImplicit) {
    emit(OP_LOAD_FROM_DICT_OR_GLOBALS, name_arg(id));
  } else {
    emit(OP_LOAD_FROM_DICT_OR_DEREF, int(u_->cellvars.size()) + u_->free_index.at(id));
  }
  return true;
}

// ---- entry --------------------------------------------------------------------------------

// Module and class bodies set up __annotations__ when an annotated assignment appears anywhere
// in their own code (inside compound statements too, not in nested functions or classes).
bool has_annotations(const ast::StmtList& body) {
  using K = ast::StmtKind;
  for (ast::Stmt* s : body) {
    switch (s->kind) {
      case K::AnnAssign:
        return true;
      case K::For:
      case K::AsyncFor:
        if (has_annotations(static_cast<ast::For*>(s)->body) ||
            has_annotations(static_cast<ast::For*>(s)->orelse))
          return true;
        break;
      case K::While:
        if (has_annotations(static_cast<ast::While*>(s)->body) ||
            has_annotations(static_cast<ast::While*>(s)->orelse))
          return true;
        break;
      case K::If:
        if (has_annotations(static_cast<ast::If*>(s)->body) ||
            has_annotations(static_cast<ast::If*>(s)->orelse))
          return true;
        break;
      case K::With:
      case K::AsyncWith:
        if (has_annotations(static_cast<ast::With*>(s)->body)) return true;
        break;
      case K::Match:
        for (ast::MatchCase* m : static_cast<ast::Match*>(s)->cases)
          if (has_annotations(m->body)) return true;
        break;
      case K::Try:
      case K::TryStar: {
        auto t = static_cast<ast::Try*>(s);
        if (has_annotations(t->body) || has_annotations(t->orelse) ||
            has_annotations(t->finalbody))
          return true;
        for (ast::ExceptHandler* h : t->handlers)
          if (has_annotations(h->body)) return true;
        break;
      }
      default:
        break;
    }
  }
  return false;
}

bool Compiler::compile_module(ast::Module* mod, Value* out) {
  if (!symtable_.build(ts_, mod, err_)) return false;
  if (!enter_unit(symtable_.top(), "<module>", 1)) return false;
  if (mode_ == CodegenMode::Eval) {
    if (!expr(mod->expression)) return false;
    emit(OP_RETURN_VALUE);
  } else {
    if (has_annotations(mod->body)) emit(OP_SETUP_ANNOTATIONS);
    bool ok = mode_ == CodegenMode::Single ? stmts(mod->body) : body_with_docstring(mod->body, true);
    if (!ok) return false;
    if (!mod->body.empty()) u_->loc = mod->body.back()->loc;
    emit(OP_RETURN_CONST, add_const(ts_.vm->none, "N"));
  }
  return leave_unit(out);
}

bool codegen_module(ThreadState& ts, ast::Module* mod, CodegenMode mode, Str* filename,
                    Value* out, CompileError* err) {
  Compiler c(ts, filename, mode, err);
  return c.compile_module(mod, out);
}

}  // namespace weft
