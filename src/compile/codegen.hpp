// The code generator: turns an AST (compile/ast.hpp) plus its scope analysis (symtable.hpp) into
// code objects (object/code.hpp). One Unit per code object being built; units nest as functions,
// lambdas and comprehensions nest. Exceptions use a zero-cost table: each instruction records the
// handler active when it was emitted, and the assembler turns runs of them into table entries.
// See docs/internals/compiler.md.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compile/ast.hpp"
#include "compile/opcode.hpp"
#include "compile/symtable.hpp"
#include "gc/heap.hpp"
#include "object/runtime.hpp"

namespace weft {

enum class CodegenMode { Exec, Eval, Single };

// Compiles a parsed module to a code object. False with `err` filled (a SyntaxError to build, or
// an exception already pending) on failure.
[[nodiscard]] bool codegen_module(ThreadState& ts, ast::Module* mod, CodegenMode mode,
                                  Str* filename, Value* out, CompileError* err);

struct Instr {
  uint8_t op;
  int arg;
  int target;   // label id for jumps, else -1
  int handler;  // index into Unit::handlers, or -1
  ast::Loc loc;
};

struct HandlerDef {
  int label;
  int depth;   // stack depth to unwind to before pushing the exception
  bool lasti;
};

// Constructs whose exit needs code when `return`, `break` or `continue` leaves them early.
enum class FBlockKind : unsigned char {
  WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, HandlerCleanup, With, AsyncWith,
  ExceptStar,  // the clauses of try/except*: nothing may jump out of them
};

struct FBlock {
  FBlockKind kind;
  int start_label;        // loops: where `continue` goes
  int exit_label;         // loops: where `break` goes
  size_t handler_base;    // handler-stack size to restore when unwinding past this block
  const ast::StmtList* finalbody = nullptr;  // FinallyTry
  const std::string* name = nullptr;         // HandlerCleanup: the `as` name to clear
};

// One pattern being compiled (CPython's pattern_context). Captured values wait on the stack,
// below the `on_top` working values, until the whole pattern has matched; a failed test jumps to
// fail_pop[n], which pops the n values above the subject then (see codegen_match.cpp).
struct PatternContext {
  std::vector<std::string> stores;  // captured names, oldest first (the oldest is nearest the top)
  std::vector<int> fail_pop;        // labels, created on demand
  int on_top = 0;
  bool allow_irrefutable = false;
};

struct Unit {
  Scope* scope = nullptr;
  Unit* parent = nullptr;
  std::string name, qualname;
  std::string private_name;         // innermost enclosing class name, for name mangling
  std::vector<Instr> instrs;
  std::vector<int> labels;  // label id -> index of the instruction it precedes (-1: unbound)
  std::vector<Value> consts;
  std::unordered_map<std::string, int> const_keys;
  std::vector<std::string> names;
  std::unordered_map<std::string, int> name_index;
  std::vector<std::string> varnames, cellvars, freevars;
  std::unordered_map<std::string, int> var_index, cell_index, free_index;
  std::vector<HandlerDef> handlers;
  std::vector<int> handler_stack;   // indices into handlers; back() is active
  std::vector<FBlock> fblocks;
  int depth = 0;                    // values on the stack at statement boundaries
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  uint32_t flags = 0;
  int firstlineno = 1;
  ast::Loc loc;                     // location given to emitted instructions
};

bool has_annotations(const ast::StmtList& body);

// Builds the code object of a finished unit: computes the stack size by flow analysis, lays out
// EXTENDED_ARG prefixes and inline-cache units, and encodes the line and exception tables.
[[nodiscard]] bool assemble(ThreadState& ts, Unit& u, Str* filename, Value* out, CompileError* err);

class Compiler {
 public:
  Compiler(ThreadState& ts, Str* filename, CodegenMode mode, CompileError* err);
  ~Compiler();
  Compiler(const Compiler&) = delete;
  Compiler& operator=(const Compiler&) = delete;

  bool compile_module(ast::Module* mod, Value* out);

 private:
  friend void compiler_trace_roots(ExternalRoots* self, Tracer& t);
  struct Roots : ExternalRoots {
    Compiler* owner;
  };

  ThreadState& ts_;
  Str* filename_;
  CodegenMode mode_;
  CompileError* err_;
  Symtable symtable_;
  Unit* u_ = nullptr;  // innermost unit
  Roots roots_;
  int code_counter_ = 0;

  // ---- errors (codegen.cpp)
  bool error(const ast::Loc& loc, std::string msg);
  bool pending_error();  // an exception is pending (MemoryError, RecursionError)
  bool guard();          // native-stack check for the recursive walk

  // ---- units, emission, names and constants (codegen.cpp)
  bool enter_unit(Scope* scope, std::string name, int firstlineno);
  // Assembles the innermost unit (unless its body failed to compile) and pops it, so that after
  // an error the enclosing unit is current again.
  bool leave_unit(Value* code, bool body_ok = true);
  void emit(uint8_t op, int arg = 0);
  void emit_jump(uint8_t op, int label);
  int new_label();
  void bind(int label);
  void push_handler(int label, int depth, bool lasti = false);
  void pop_handler();
  bool last_is_exit() const;
  int add_const(Value v, const std::string& key);  // index; an empty key never dedups
  bool load_const(Value v, const std::string& key);
  bool load_none();
  bool constant_value(ast::Constant* c, Value* out, std::string* key);
  int name_arg(const std::string& name);
  int attr_arg(const std::string& attr) { return name_arg(mangle(u_->private_name, attr)); }
  bool intern_tuple(const std::vector<std::string>& items, Value* out);
  bool name_op(const std::string& id, ast::Ctx ctx, const ast::Loc& loc);
  bool check_forbidden(const std::string& id, ast::Ctx ctx, const ast::Loc& loc);
  bool class_scope_load(const std::string& id, Resolve r);
  std::string qualname_for(const std::string& name, Scope* child);

  // ---- statements (codegen_stmt.cpp)
  bool stmts(const ast::StmtList& list);
  bool stmt(ast::Stmt* s);
  bool body_with_docstring(const ast::StmtList& body, bool is_module);
  bool assign(ast::Assign* s);
  bool aug_assign(ast::AugAssign* s);
  bool ann_assign(ast::AnnAssign* s);
  bool del(ast::Expr* target);
  bool if_stmt(ast::If* s);
  bool while_stmt(ast::While* s);
  bool for_stmt(ast::For* s);
  bool import(ast::Import* s);
  bool import_from(ast::ImportFrom* s);
  bool expr_stmt(ast::ExprStmt* s);
  bool assert_stmt(ast::Assert* s);

  // ---- match statement (codegen_match.cpp)
  bool match_stmt(ast::Match* s);
  bool match_case(ast::MatchCase* m, bool last, bool copy_subject, int end);
  bool pattern(ast::Pattern* p, PatternContext& pc);
  bool pattern_subpattern(ast::Pattern* p, PatternContext& pc);
  bool pattern_as(ast::Pattern* p, PatternContext& pc);
  bool pattern_store_name(const std::string& name, const ast::Loc& loc, PatternContext& pc);
  bool pattern_value(ast::Pattern* p, PatternContext& pc);
  bool pattern_sequence(ast::Pattern* p, PatternContext& pc);
  bool pattern_sequence_subscr(ast::Pattern* p, size_t star, PatternContext& pc);
  bool pattern_sequence_unpack(ast::Pattern* p, size_t star, PatternContext& pc);
  bool pattern_mapping(ast::Pattern* p, PatternContext& pc);
  bool pattern_mapping_keys(ast::Pattern* p);
  bool pattern_mapping_rest(ast::Pattern* p, PatternContext& pc);
  bool pattern_class(ast::Pattern* p, PatternContext& pc);
  bool pattern_or(ast::Pattern* p, PatternContext& pc);
  bool pattern_or_reorder(ast::Pattern* alt, const std::vector<std::string>& control,
                          PatternContext& pc);
  bool pattern_constant(ast::Expr* e, Value* out);
  void pattern_rotate(int count);
  void jump_to_fail_pop(PatternContext& pc, uint8_t op);
  void emit_and_reset_fail_pop(PatternContext& pc);

  // ---- control flow out of blocks, try, with, raise (codegen_try.cpp)
  void push_fblock(FBlockKind kind, int start, int exit, size_t handler_base);
  void pop_fblock();
  bool unwind_fblock(const FBlock& b, bool preserve_tos);
  bool unwind_blocks_above(size_t keep, bool preserve_tos);
  bool return_stmt(ast::Return* s);
  bool break_continue(ast::Stmt* s);
  bool try_stmt(ast::Try* s);
  bool try_except(ast::Try* s);
  bool try_finally(ast::Try* s);
  bool with_stmt(ast::With* s, size_t item, bool async = false);
  bool with_exit_call(bool async);
  bool try_star(ast::Try* s);  // codegen_try_star.cpp
  bool try_star_except(ast::Try* s);
  bool except_star_clause(ast::ExceptHandler* h, int depth);
  bool raise_stmt(ast::Raise* s);
  void emit_cleanup_reraise();

  // ---- expressions (codegen_expr.cpp)
  bool expr(ast::Expr* e);
  bool expr_inner(ast::Expr* e);
  bool jump_if(ast::Expr* e, bool cond, int label);
  bool bool_op(ast::BoolOp* e);
  bool compare(ast::Compare* e);
  bool compare_op(ast::CmpOpKind op);
  bool unary(ast::UnaryOp* e);
  bool if_exp(ast::IfExp* e);
  bool constant(ast::Constant* c);
  bool fold(ast::Expr* e, Value* out, std::string* key, bool* folded);
  bool load_folded(ast::Expr* e, bool* done);
  bool fold_items(const ast::ExprList& elts, Value* out, std::string* key, bool* folded);
  bool sequence(ast::Sequence* e);
  bool starred_build(const ast::ExprList& elts, uint8_t build, uint8_t extend, uint8_t add,
                     int pushed = 0);
  bool dict(ast::DictExpr* e);
  bool set(ast::SetExpr* e);
  bool load_const_set(ast::SetExpr* e, bool* done);
  bool subscript(ast::Subscript* e);
  bool slice(ast::Slice* e);
  bool joined_str(ast::JoinedStr* e);
  bool formatted_value(ast::FormattedValue* e);
  bool store(ast::Expr* target);
  bool unpack_store(ast::Sequence* target);
  bool named_expr(ast::NamedExpr* e);

  // ---- functions, calls, comprehensions (codegen_func.cpp)
  bool function_def(ast::FunctionDef* f);
  bool lambda(ast::Lambda* l);
  bool make_function(Scope* scope, ast::Arguments* args, const std::string& name,
                     const ast::Loc& loc, const ast::StmtList* body, ast::Expr* body_expr,
                     ast::Expr* returns);
  bool function_defaults(ast::Arguments* args, int* flags);
  bool function_annotations(ast::Arguments* args, ast::Expr* returns, int* flags);
  bool make_closure(Value code, int flags);
  bool set_signature(ast::Arguments* args);
  bool function_unit_body(ast::Arguments* args, const ast::StmtList* body, ast::Expr* body_expr);
  bool call(ast::Call* c);
  bool call_args(const ast::ExprList& args, const std::vector<ast::Keyword*>& kws, int pushed,
                 const ast::Loc& loc);
  bool make_function_object(Scope* scope, ast::Arguments* args, const std::string& name,
                            const ast::Loc& loc, const ast::StmtList* body, ast::Expr* body_expr,
                            ast::Expr* returns, int flags);
  bool class_def(ast::ClassDef* c);
  bool make_class(ast::ClassDef* c);
  bool class_body(ast::ClassDef* c);
  bool call_kwargs_dict(const std::vector<ast::Keyword*>& kws);
  bool check_keywords(const std::vector<ast::Keyword*>& kws);
  bool comprehension(ast::Comp* c);
  bool comprehension_body(ast::Comp* c, size_t gen_index);
  bool yield_expr(ast::Expr* e);

  // ---- PEP 695 type parameters and the type statement (codegen_typeparams.cpp)
  bool lazy_function(ast::Expr* e, const std::string& name);
  bool type_param_tuple(const std::vector<ast::TypeParam*>& list);
  bool enter_type_params_unit(const void* key, const std::string& owner, int line);
  template <class PushArgs>
  bool call_type_params_unit(bool body_ok, const ast::Loc& loc, int nargs, PushArgs push_args);
  bool generic_function(Scope* scope, ast::FunctionDef* f);
  bool generic_class(ast::ClassDef* c);
  bool generic_base();
  bool type_alias(ast::TypeAlias* s);

  // ---- async and await (codegen_async.cpp)
  bool in_async_function() const;
  bool await_value(int where);  // the SEND loop of an await; `where` as GET_AWAITABLE's argument
  bool yield_from_loop();
  bool async_for_stmt(ast::For* s);
  bool async_with_stmt(ast::With* s);
};

}  // namespace weft
