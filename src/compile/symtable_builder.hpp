// The scope analysis walk (see symtable.hpp), shared by its two files: symtable.cpp records how
// each scope uses each name (pass 1), symtable_resolve.cpp resolves them (pass 2).
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "compile/symtable.hpp"
#include "object/error.hpp"

namespace weft {

using NameSet = std::unordered_set<std::string>;

class SymtableBuilder {
 public:
  SymtableBuilder(ThreadState& ts, Symtable& st, CompileError* err) : ts_(ts), st_(st), err_(err) {}

  bool run(ast::Module* mod) {
    cur_ = enter(ScopeKind::Module, "top", mod, ast::Loc{});
    st_.top_ = cur_;
    bool ok = mod->expression ? expr(mod->expression) : stmts(mod->body);
    if (!ok) return false;
    NameSet global, free;
    return analyze(st_.top_, nullptr, &global, &free);
  }

 private:
  ThreadState& ts_;
  Symtable& st_;
  CompileError* err_;
  Scope* cur_ = nullptr;
  bool comp_iter_target_ = false;
  std::string private_;  // the innermost enclosing class's name (for name mangling)
  // Where each global/nonlocal declaration was made (the location of resolution errors).
  std::unordered_map<Scope*, std::unordered_map<std::string, ast::Loc>> decl_locs_;

  bool fail(const ast::Loc& loc, std::string msg) {
    err_->pending = false;
    err_->msg = std::move(msg);
    err_->loc = loc;
    return false;
  }
  bool guard() {
    if (stack_check(ts_)) return true;
    err_->pending = true;
    return false;
  }

  Scope* enter(ScopeKind kind, std::string name, const void* node, const ast::Loc& loc) {
    auto s = std::make_unique<Scope>();
    s->kind = kind;
    s->name = std::move(name);
    s->parent = cur_;
    s->loc = loc;
    Scope* raw = s.get();
    if (cur_) cur_->children.push_back(raw);
    st_.scopes_.push_back(std::move(s));
    st_.by_node_[node] = raw;
    return raw;
  }

  bool add(const std::string& raw, uint32_t flag, const ast::Loc& loc) {
    std::string name = mangle(private_, raw);
    auto [it, inserted] = cur_->symbols.try_emplace(name);
    Symbol& sym = it->second;
    if (inserted) cur_->order.push_back(name);
    if ((flag & SYM_PARAM) && (sym.flags & SYM_PARAM))
      return fail(loc, "duplicate argument '" + name + "' in function definition");
    if (comp_iter_target_) {
      if (sym.flags & (SYM_GLOBAL | SYM_NONLOCAL))
        return fail(loc, "comprehension inner loop cannot rebind assignment expression target '" +
                             name + "'");
      flag |= SYM_COMP_ITER;
    }
    sym.flags |= flag;
    if (flag & SYM_PARAM) cur_->params.push_back(name);
    return true;
  }

  bool stmts(const ast::StmtList& list) {
    for (ast::Stmt* s : list)
      if (!stmt(s)) return false;
    return true;
  }
  bool exprs(const ast::ExprList& list) {
    for (ast::Expr* e : list)
      if (e && !expr(e)) return false;
    return true;
  }
  bool opt(ast::Expr* e) { return !e || expr(e); }

  bool stmt(ast::Stmt* s);
  bool expr(ast::Expr* e);
  bool declare(ast::NameList* s);
  bool function(ast::FunctionDef* f);
  bool class_def(ast::ClassDef* c);
  bool type_alias(ast::TypeAlias* t);
  bool type_params(const std::vector<ast::TypeParam*>& list);
  bool enter_type_params(const std::vector<ast::TypeParam*>& list, const std::string& owner,
                         const ast::Loc& loc);
  bool lazy_scope(ast::Expr* e, const std::string& name, const char* info, bool in_class);
  bool see_class_scope(bool in_class, const ast::Loc& loc);
  bool refuse_in_annotation(ast::Expr* e, const char* what);
  bool arguments_defaults(ast::Arguments* a);
  bool arguments_annotations(ast::Arguments* a);
  bool params(ast::Arguments* a);
  bool comprehension(ast::Comp* c);
  bool named_expr(ast::NamedExpr* e);
  bool yield_expr(ast::Expr* e);
  bool pattern(ast::Pattern* p);

  bool analyze(Scope* s, const NameSet* bound, NameSet* global, NameSet* free);
  bool analyze_name(Scope* s, const std::string& name, Symbol& sym, const NameSet* bound,
                    NameSet& local, NameSet* free, NameSet* global);
};

}  // namespace weft
