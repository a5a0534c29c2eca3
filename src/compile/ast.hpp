// The abstract syntax tree the parser builds and the code generator reads. Node kinds and fields
// follow CPython's `ast` module, so its documentation describes them. Nodes are owned by an Arena
// and hold no GC Values: literals keep their text, and the code generator makes the objects.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace weft::ast {

// Lines are 1-based; columns are 0-based UTF-8 byte offsets, as CPython's col_offset.
struct Loc {
  int line = 0, col = 0, end_line = 0, end_col = 0;
};

struct Node {
  virtual ~Node() = default;
  Loc loc;
};

struct Expr;
struct Stmt;
using ExprList = std::vector<Expr*>;
using StmtList = std::vector<Stmt*>;

enum class Ctx : unsigned char { Load, Store, Del };
enum class BoolOpKind : unsigned char { And, Or };
// Same order as BinOp in object/object.hpp.
enum class Operator : unsigned char {
  Add, Sub, Mult, MatMult, Div, FloorDiv, Mod, Pow, LShift, RShift, BitAnd, BitOr, BitXor
};
enum class UnaryOpKind : unsigned char { Invert, Not, UAdd, USub };
enum class CmpOpKind : unsigned char { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// ---- expressions -------------------------------------------------------------------------------
enum class ExprKind : unsigned char {
  BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp,
  GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant,
  Attribute, Subscript, Starred, Name, List, Tuple, Slice,
};

struct Expr : Node {
  explicit Expr(ExprKind k) : kind(k) {}
  ExprKind kind;
};

struct Keyword : Node {
  std::string arg;  // empty for **kwargs
  Expr* value = nullptr;
};

struct Arg : Node {
  std::string name;
  Expr* annotation = nullptr;
};

struct Arguments : Node {
  std::vector<Arg*> posonlyargs, args;
  Arg* vararg = nullptr;
  std::vector<Arg*> kwonlyargs;
  ExprList kw_defaults;  // one per kwonlyarg; nullptr where no default
  Arg* kwarg = nullptr;
  ExprList defaults;     // for the last len(defaults) of posonlyargs + args
};

struct Comprehension : Node {
  Expr* target = nullptr;
  Expr* iter = nullptr;
  ExprList ifs;
  bool is_async = false;
};

struct BoolOp : Expr {
  BoolOp() : Expr(ExprKind::BoolOp) {}
  BoolOpKind op{};
  ExprList values;
};
struct NamedExpr : Expr {
  NamedExpr() : Expr(ExprKind::NamedExpr) {}
  Expr* target = nullptr;  // a Name
  Expr* value = nullptr;
};
struct BinOp : Expr {
  BinOp() : Expr(ExprKind::BinOp) {}
  Expr* left = nullptr;
  Operator op{};
  Expr* right = nullptr;
};
struct UnaryOp : Expr {
  UnaryOp() : Expr(ExprKind::UnaryOp) {}
  UnaryOpKind op{};
  Expr* operand = nullptr;
};
struct Lambda : Expr {
  Lambda() : Expr(ExprKind::Lambda) {}
  Arguments* args = nullptr;
  Expr* body = nullptr;
};
struct IfExp : Expr {
  IfExp() : Expr(ExprKind::IfExp) {}
  Expr *test = nullptr, *body = nullptr, *orelse = nullptr;
};
struct DictExpr : Expr {
  DictExpr() : Expr(ExprKind::Dict) {}
  ExprList keys;  // nullptr key = `**value` unpacking
  ExprList values;
};
struct SetExpr : Expr {
  SetExpr() : Expr(ExprKind::Set) {}
  ExprList elts;
};
struct Comp : Expr {  // ListComp, SetComp, GeneratorExp (elt) and DictComp (key, value)
  explicit Comp(ExprKind k) : Expr(k) {}
  Expr* elt = nullptr;    // ListComp/SetComp/GeneratorExp; DictComp: the key
  Expr* value = nullptr;  // DictComp only
  std::vector<Comprehension*> generators;
};
struct Await : Expr {
  Await() : Expr(ExprKind::Await) {}
  Expr* value = nullptr;
};
struct Yield : Expr {
  Yield() : Expr(ExprKind::Yield) {}
  Expr* value = nullptr;  // may be nullptr
};
struct YieldFrom : Expr {
  YieldFrom() : Expr(ExprKind::YieldFrom) {}
  Expr* value = nullptr;
};
struct Compare : Expr {
  Compare() : Expr(ExprKind::Compare) {}
  Expr* left = nullptr;
  std::vector<CmpOpKind> ops;
  ExprList comparators;
};
struct Call : Expr {
  Call() : Expr(ExprKind::Call) {}
  Expr* func = nullptr;
  ExprList args;  // may contain Starred
  std::vector<Keyword*> keywords;
};
struct FormattedValue : Expr {
  FormattedValue() : Expr(ExprKind::FormattedValue) {}
  Expr* value = nullptr;
  int conversion = -1;           // -1, 's', 'r', 'a'
  Expr* format_spec = nullptr;   // a JoinedStr or nullptr
};
struct JoinedStr : Expr {
  JoinedStr() : Expr(ExprKind::JoinedStr) {}
  ExprList values;  // Constant(str) and FormattedValue
};

enum class ConstKind : unsigned char { None, True, False, Ellipsis, Int, Float, Imag, Str, Bytes };
struct Constant : Expr {
  Constant() : Expr(ExprKind::Constant) {}
  ConstKind ck = ConstKind::None;
  // Int: the literal as written without underscores (e.g. "0x1F", "123"); parse with base 0.
  // Str: the decoded text as UTF-8 (may contain lone surrogates encoded as in WTF-8).
  // Bytes: the decoded bytes.
  std::string text;
  double number = 0;  // Float and Imag (the imaginary part)
  bool u_prefix = false;  // Str written u'...' (CPython's Constant.kind == 'u')
};
struct Attribute : Expr {
  Attribute() : Expr(ExprKind::Attribute) {}
  Expr* value = nullptr;
  std::string attr;
  Ctx ctx = Ctx::Load;
};
struct Subscript : Expr {
  Subscript() : Expr(ExprKind::Subscript) {}
  Expr* value = nullptr;
  Expr* slice = nullptr;  // a Slice, a Tuple (of possibly Slices) or any expression
  Ctx ctx = Ctx::Load;
};
struct Starred : Expr {
  Starred() : Expr(ExprKind::Starred) {}
  Expr* value = nullptr;
  Ctx ctx = Ctx::Load;
};
struct Name : Expr {
  Name() : Expr(ExprKind::Name) {}
  std::string id;
  Ctx ctx = Ctx::Load;
};
struct Sequence : Expr {  // List and Tuple
  explicit Sequence(ExprKind k) : Expr(k) {}
  ExprList elts;
  Ctx ctx = Ctx::Load;
};
struct Slice : Expr {
  Slice() : Expr(ExprKind::Slice) {}
  Expr *lower = nullptr, *upper = nullptr, *step = nullptr;
};

// ---- patterns (match statement) ----------------------------------------------------------------
enum class PatternKind : unsigned char {
  MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr
};
struct Pattern : Node {
  explicit Pattern(PatternKind k) : kind(k) {}
  PatternKind kind;
  Expr* value = nullptr;            // MatchValue; MatchSingleton (a Constant); MatchClass: cls
  std::vector<Pattern*> patterns;   // Sequence, Or, Class positional, Mapping values
  ExprList keys;                    // MatchMapping
  std::vector<std::string> kwd_attrs;   // MatchClass
  std::vector<Pattern*> kwd_patterns;   // MatchClass
  std::string name;                 // MatchStar/MatchAs capture; MatchMapping rest; empty = none
  Pattern* pattern = nullptr;       // MatchAs sub-pattern (nullptr = wildcard/capture)
};
struct MatchCase : Node {
  Pattern* pattern = nullptr;
  Expr* guard = nullptr;
  StmtList body;
};

// ---- type parameters (PEP 695: def f[T](), class C[T], type X[T] = ...) ------------------------
enum class TypeParamKind : unsigned char { TypeVar, ParamSpec, TypeVarTuple };
struct TypeParam : Node {
  TypeParamKind kind = TypeParamKind::TypeVar;
  std::string name;
  Expr* bound = nullptr;          // TypeVar only: `T: int` or `T: (int, str)`
  Expr* default_value = nullptr;  // PEP 696 `T = int`
};

// ---- statements --------------------------------------------------------------------------------
enum class StmtKind : unsigned char {
  FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For,
  AsyncFor, While, If, With, AsyncWith, Match, Raise, Try, TryStar, Assert, Import, ImportFrom,
  Global, Nonlocal, Expr, Pass, Break, Continue, TypeAlias,
};

struct Stmt : Node {
  explicit Stmt(StmtKind k) : kind(k) {}
  StmtKind kind;
};

struct FunctionDef : Stmt {  // also AsyncFunctionDef
  explicit FunctionDef(StmtKind k) : Stmt(k) {}
  std::string name;
  Arguments* args = nullptr;
  StmtList body;
  ExprList decorator_list;
  Expr* returns = nullptr;
  std::vector<TypeParam*> type_params;
};
struct ClassDef : Stmt {
  ClassDef() : Stmt(StmtKind::ClassDef) {}
  std::string name;
  ExprList bases;
  std::vector<Keyword*> keywords;
  StmtList body;
  ExprList decorator_list;
  std::vector<TypeParam*> type_params;
};
struct Return : Stmt {
  Return() : Stmt(StmtKind::Return) {}
  Expr* value = nullptr;
};
struct Delete : Stmt {
  Delete() : Stmt(StmtKind::Delete) {}
  ExprList targets;
};
struct Assign : Stmt {
  Assign() : Stmt(StmtKind::Assign) {}
  ExprList targets;  // a = b = value: two targets
  Expr* value = nullptr;
};
struct AugAssign : Stmt {
  AugAssign() : Stmt(StmtKind::AugAssign) {}
  Expr* target = nullptr;
  Operator op{};
  Expr* value = nullptr;
};
struct AnnAssign : Stmt {
  AnnAssign() : Stmt(StmtKind::AnnAssign) {}
  Expr* target = nullptr;
  Expr* annotation = nullptr;
  Expr* value = nullptr;  // may be nullptr
  bool simple = false;    // target is a plain name not in parentheses
};
struct For : Stmt {  // also AsyncFor
  explicit For(StmtKind k) : Stmt(k) {}
  Expr* target = nullptr;
  Expr* iter = nullptr;
  StmtList body, orelse;
};
struct While : Stmt {
  While() : Stmt(StmtKind::While) {}
  Expr* test = nullptr;
  StmtList body, orelse;
};
struct If : Stmt {
  If() : Stmt(StmtKind::If) {}
  Expr* test = nullptr;
  StmtList body, orelse;  // elif is an If inside orelse
};
struct WithItem : Node {
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;
};
struct With : Stmt {  // also AsyncWith
  explicit With(StmtKind k) : Stmt(k) {}
  std::vector<WithItem*> items;
  StmtList body;
};
struct Match : Stmt {
  Match() : Stmt(StmtKind::Match) {}
  Expr* subject = nullptr;
  std::vector<MatchCase*> cases;
};
struct Raise : Stmt {
  Raise() : Stmt(StmtKind::Raise) {}
  Expr* exc = nullptr;
  Expr* cause = nullptr;
};
struct ExceptHandler : Node {
  Expr* type = nullptr;  // nullptr for a bare except
  std::string name;      // empty when no `as`
  StmtList body;
};
struct Try : Stmt {  // also TryStar
  explicit Try(StmtKind k) : Stmt(k) {}
  StmtList body;
  std::vector<ExceptHandler*> handlers;
  StmtList orelse, finalbody;
};
struct Assert : Stmt {
  Assert() : Stmt(StmtKind::Assert) {}
  Expr* test = nullptr;
  Expr* msg = nullptr;
};
struct Alias : Node {
  std::string name;    // dotted for Import; "*" for `from m import *`
  std::string asname;  // empty when none
};
struct Import : Stmt {
  Import() : Stmt(StmtKind::Import) {}
  std::vector<Alias*> names;
};
struct ImportFrom : Stmt {
  ImportFrom() : Stmt(StmtKind::ImportFrom) {}
  std::string module;  // may be empty (`from . import x`)
  std::vector<Alias*> names;
  int level = 0;       // number of leading dots
};
struct NameList : Stmt {  // Global and Nonlocal
  explicit NameList(StmtKind k) : Stmt(k) {}
  std::vector<std::string> names;
};
struct ExprStmt : Stmt {
  ExprStmt() : Stmt(StmtKind::Expr) {}
  Expr* value = nullptr;
};
struct Simple : Stmt {  // Pass, Break, Continue
  explicit Simple(StmtKind k) : Stmt(k) {}
};
struct TypeAlias : Stmt {
  TypeAlias() : Stmt(StmtKind::TypeAlias) {}
  Expr* name = nullptr;
  std::vector<TypeParam*> type_params;
  Expr* value = nullptr;
};

// ---- ownership ---------------------------------------------------------------------------------
// Every node of one parse lives as long as its Arena.
class Arena {
 public:
  template <class T, class... A>
  T* make(A&&... a) {
    auto p = std::make_unique<T>(static_cast<A&&>(a)...);
    T* raw = p.get();
    nodes_.push_back(std::move(p));
    return raw;
  }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
};

// What the parser returns for a whole file (mode "exec"), one expression (mode "eval") or one
// interactive statement (mode "single").
struct Module {
  StmtList body;
  Expr* expression = nullptr;  // mode "eval" only
};

}  // namespace weft::ast
