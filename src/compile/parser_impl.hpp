// The recursive-descent parser behind parse() (parser.hpp). It follows CPython's PEG grammar
// (Grammar/python.gram): one strict pass; when it fails, a second pass over the same tokens with
// CPython's "invalid_" rules switched on, which name the error more precisely. Split by concept:
// parser.cpp (tokens, errors, passes), parser_expr.cpp, parser_atom.cpp, parser_args.cpp,
// parser_stmt.cpp, parser_compound.cpp, parser_target.cpp, parser_pattern.cpp, parser_string.cpp.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "compile/ast.hpp"
#include "compile/lexer.hpp"
#include "compile/parser.hpp"

namespace weft {

// What an assignment-like target is for, as CPython's TARGETS_TYPE: it picks the message.
enum class TargetKind { Star, Del, For };

class Parser {
 public:
  Parser(std::string_view src, uintptr_t stack_limit, ast::Arena& arena)
      : lex_(src), src_(src), stack_limit_(stack_limit), arena_(arena) {}
  bool run(ParseMode mode, ast::Module* out, SyntaxErrorInfo* err);

  // Recursion budget (CPython's MAXSTACK) and the native stack check.
  struct DepthGuard {
    explicit DepthGuard(Parser& p) : p_(p) { ok = p.enter(); }
    ~DepthGuard() { p_.depth_--; }
    bool ok;
    Parser& p_;
  };

 private:
  friend struct DepthGuard;
  struct Pos {
    int line = 0, col = 0;
  };
  static constexpr int MAX_DEPTH = 6000;

  // ---- tokens (parser.cpp) ----
  const Token& peek(size_t ahead = 0);
  Tok kind(size_t ahead = 0) { return peek(ahead).kind; }
  bool at(Tok k) { return kind() == k; }
  bool at_soft(const char* word, size_t ahead = 0);
  const Token& advance();
  bool accept(Tok k);
  const Token* expect(Tok k);
  const Token* expect_forced(Tok k);
  const Token& last() const { return toks_[pos_ - 1]; }
  std::string_view text(const Token& t) const { return src_.substr(t.start, t.end - t.start); }
  Pos pos_of(const Token& t) const { return {t.line, t.col}; }
  Pos pos_of(const ast::Node* n) const { return {n->loc.line, n->loc.col}; }
  Pos here() { return pos_of(peek()); }
  template <class T, class... A>
  T* make(Pos p, A... a) {
    T* n = arena_.make<T>(a...);
    n->loc.line = p.line;
    n->loc.col = p.col;
    set_end(n);
    return n;
  }
  void set_end(ast::Node* n) {
    if (pos_ > 0) n->loc.end_line = last().end_line, n->loc.end_col = last().end_col;
  }
  bool enter();

  // ---- errors (parser.cpp) ----
  // A specific error, raised whichever the pass (CPython raises these in its actions).
  std::nullptr_t raise(const char* kind, std::string msg, ast::Loc loc);
  std::nullptr_t raise(std::string msg, ast::Loc loc) { return raise("SyntaxError", std::move(msg), loc); }
  // A specific error of the second pass (CPython's invalid_ rules); a plain failure in the first.
  std::nullptr_t invalid(std::string msg, ast::Loc loc) {
    return pass2_ ? raise(std::move(msg), loc) : nullptr;
  }
  std::nullptr_t invalid_kind(const char* kind, std::string msg, ast::Loc loc) {
    return pass2_ ? raise(kind, std::move(msg), loc) : nullptr;
  }
  // At the last token read (CPython's RAISE_SYNTAX_ERROR without a location).
  std::nullptr_t invalid_here(const char* kind, std::string msg);
  static ast::Loc loc_of(const Token& t) { return {t.line, t.col, t.end_line, t.end_col}; }
  static ast::Loc start_of(const Token& t) { return {t.line, t.col, t.line, t.col}; }
  static ast::Loc span(const ast::Loc& a, const ast::Loc& b) {
    return {a.line, a.col, b.end_line, b.end_col};
  }
  bool failed() const { return error_set_; }
  void report(ast::Loc loc, const char* kind, const std::string& msg, bool text_newline,
              SyntaxErrorInfo* err);
  void lexer_error(SyntaxErrorInfo* err);
  void tokenize_rest_for_errors(int err_line, SyntaxErrorInfo* err);
  bool parse_mode(ParseMode mode, ast::Module* out);
  void reset_for_pass2();

  // ---- statements (parser_stmt.cpp, parser_compound.cpp) ----
  bool statements(ast::StmtList* out, bool until_dedent);
  bool statement(ast::StmtList* out);
  bool simple_stmts(ast::StmtList* out);
  ast::Stmt* simple_stmt();
  ast::Stmt* expression_stmt();
  ast::Stmt* assignment_rest(ast::Expr* first, Pos start);
  ast::Stmt* invalid_assignment(const ast::ExprList& targets, size_t i, ast::Expr* value);
  ast::Stmt* annotated(ast::Expr* target, Pos start);
  ast::Stmt* return_stmt();
  ast::Stmt* raise_stmt();
  ast::Stmt* del_stmt();
  ast::Stmt* assert_stmt();
  ast::Stmt* global_stmt();
  ast::Stmt* import_stmt();
  ast::Stmt* from_import_stmt();
  bool dotted_name(std::string* out);
  ast::Stmt* type_alias();
  bool type_params(std::vector<ast::TypeParam*>* out);
  ast::Stmt* compound_stmt();
  bool block(ast::StmtList* out, const Token& keyword, const char* what);
  bool colon_block(ast::StmtList* out, const Token& keyword, const char* what);
  ast::Stmt* if_stmt(bool elif);
  ast::Stmt* while_stmt();
  ast::Stmt* for_stmt(const Token* async);
  ast::Stmt* with_stmt(const Token* async);
  ast::WithItem* with_item();
  ast::Stmt* try_stmt();
  ast::Stmt* function_def(ast::ExprList decorators, Pos start, const Token* async);
  ast::Stmt* class_def(ast::ExprList decorators, Pos start);
  ast::Stmt* decorated();
  ast::Stmt* match_stmt();
  ast::MatchCase* case_block();

  // ---- expressions (parser_expr.cpp) ----
  ast::Expr* expressions();
  ast::Expr* star_expressions();
  ast::Expr* star_expression();
  ast::Expr* star_named_expression();
  ast::Expr* named_expression();
  ast::Expr* expression();
  ast::Expr* yield_expr();
  ast::Expr* lambdef();
  ast::Expr* disjunction();
  ast::Expr* conjunction();
  ast::Expr* inversion();
  ast::Expr* comparison();
  ast::Expr* binary(int level);
  ast::Expr* factor();
  ast::Expr* power();
  ast::Expr* await_primary();
  ast::Expr* primary();
  ast::Expr* primary_rest(ast::Expr* e);
  ast::Expr* slices();
  ast::Expr* slice();
  ast::Expr* tuple_of(ast::ExprList elts, Pos start);

  // ---- atoms and displays (parser_atom.cpp) ----
  ast::Expr* atom();
  ast::Expr* paren_atom();
  ast::Expr* list_atom();
  ast::Expr* brace_atom();
  ast::Expr* dict_rest(ast::Expr* key, ast::Expr* value, Pos start);
  ast::Expr* comprehension(ast::ExprKind kind, ast::Expr* elt, ast::Expr* value, Pos start,
                           Tok close);
  bool for_if_clauses(std::vector<ast::Comprehension*>* out);
  ast::Expr* genexp_after(ast::Expr* elt, Pos start);

  // ---- arguments and parameters (parser_args.cpp) ----
  bool call_arguments(ast::Call* call);
  ast::Arguments* parameters(Tok close, bool lambda);
  ast::Arg* parameter(bool lambda, bool star_annotation);

  // ---- targets (parser_target.cpp) ----
  // The first part of `e` that cannot be a target (nullptr: all of it can), as CPython's
  // _PyPegen_get_invalid_target.
  static ast::Expr* invalid_target(ast::Expr* e, TargetKind kind);
  static const char* expr_name(const ast::Expr* e);
  // A tuple written without parentheses (`a, b`): it starts where its first item does.
  static bool is_bare_tuple(const ast::Expr* e);
  // Whether CPython's "cannot assign to X here. Maybe you meant '==' ..." applies to `e`.
  static bool may_mean_equality(const ast::Expr* e, std::string_view src);
  void set_ctx(ast::Expr* e, ast::Ctx ctx);
  bool check_target(ast::Expr* e, TargetKind kind);
  ast::Expr* single_target_check(ast::Expr* e);
  ast::Expr* star_targets();
  ast::Expr* star_target();

  // ---- patterns (parser_pattern.cpp) ----
  ast::Pattern* patterns();
  ast::Pattern* pattern();
  ast::Pattern* or_pattern();
  ast::Pattern* closed_pattern();
  ast::Pattern* sequence_pattern(Tok close, Pos start);
  ast::Pattern* mapping_pattern(Pos start);
  ast::Pattern* class_pattern(ast::Expr* cls, Pos start);
  ast::Pattern* star_pattern();
  ast::Expr* pattern_value();
  ast::Expr* signed_number();
  ast::Expr* name_or_attr();
  bool capture_name(std::string* out, const Token& t);

  // ---- literals (parser_string.cpp) ----
  ast::Expr* number();
  ast::Expr* strings();
  bool string_piece(const Token& t, bool* is_bytes, std::string* out);
  bool fstring(ast::ExprList* parts, std::string* pending, Pos* pending_pos);
  bool replacement_field(ast::ExprList* parts, std::string* pending, Pos* pending_pos);
  ast::Expr* format_spec();
  void flush_text(ast::ExprList* parts, std::string* pending, Pos pos);
  bool decode_escapes(std::string_view body, bool raw, bool bytes, const Token& t,
                      std::string* out);

  Lexer lex_;
  std::string_view src_;
  uintptr_t stack_limit_;
  ast::Arena& arena_;
  // A deque, so that references to tokens stay valid while more are read.
  std::deque<Token> toks_;
  size_t pos_ = 0;
  int depth_ = 0;
  bool pass2_ = false;
  bool error_set_ = false;
  bool stack_overflow_ = false;
  const char* error_kind_ = "SyntaxError";
  std::string error_msg_;
  ast::Loc error_loc_;
  bool error_text_newline_ = true;
  int fstring_depth_ = 0;
};

}  // namespace weft
