// Scope analysis: which names are local, global, free (from an enclosing function) or cells
// (local names captured by inner functions), for every module, function, lambda, comprehension
// and class body. Follows CPython's symtable.c: a collecting walk, then a resolving walk.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compile/ast.hpp"

namespace weft {

struct ThreadState;

enum class ScopeKind : unsigned char { Module, Function, Lambda, Comprehension, Class };

// How a name is reached from the code of one scope.
enum class Resolve : unsigned char {
  Local,           // fast local in functions; LOAD_NAME in module and class bodies
  GlobalExplicit,  // declared `global`
  GlobalImplicit,  // not bound in any enclosing function
  Free,            // bound in an enclosing function (a cell there)
  Cell,            // local here, captured by an inner scope
};

enum : uint32_t {
  SYM_LOCAL = 1,        // assigned, imported, deleted, def/class name, loop target
  SYM_PARAM = 2,
  SYM_GLOBAL = 4,       // `global x`
  SYM_NONLOCAL = 8,     // `nonlocal x` (or the implicit one of a walrus in a comprehension)
  SYM_USE = 16,         // read
  SYM_ANNOT = 32,       // annotated (x: int)
  SYM_COMP_ITER = 64,   // bound by a comprehension's `for` target
  SYM_BOUND = SYM_LOCAL | SYM_PARAM,
};

struct Symbol {
  uint32_t flags = 0;
  Resolve resolve = Resolve::GlobalImplicit;
};

struct Scope {
  ScopeKind kind;
  std::string name;
  Scope* parent = nullptr;
  std::vector<Scope*> children;
  std::unordered_map<std::string, Symbol> symbols;
  std::vector<std::string> order;   // symbol names in first-seen order (parameters first)
  std::vector<std::string> params;  // parameter names in signature order
  bool is_generator = false;
  bool is_coroutine = false;
  bool has_varargs = false, has_varkw = false;
  bool needs_class_cell = false;    // a method uses super() or __class__
  // PEP 695: an annotation scope directly in a class body sees the class's names through the
  // class namespace, which the class keeps in a __classdict__ cell (needs_classdict).
  bool can_see_class_scope = false;
  bool needs_classdict = false;
  // Class bodies only: names their methods take from an enclosing function although the class
  // binds them too (CPython's DEF_FREE_CLASS): free variables of the class code, read by
  // nothing but the closures made inside it.
  std::vector<std::string> class_free;
  ast::Loc loc;
  // Annotation scopes (PEP 695: type parameter lists, lazily evaluated bounds, defaults and alias
  // values) say what they are for, for "yield expression cannot be used within ..."; empty for
  // the other scopes. They are function scopes that qualified names skip.
  std::string annotation_info;

  Resolve resolve(const std::string& n) const {
    auto it = symbols.find(n);
    return it == symbols.end() ? Resolve::GlobalImplicit : it->second.resolve;
  }
  bool is_annotation() const { return !annotation_info.empty(); }
  bool is_function_like() const {
    return kind == ScopeKind::Function || kind == ScopeKind::Lambda ||
           kind == ScopeKind::Comprehension;
  }
};

// A failure: either a SyntaxError (msg, loc) or an exception already pending (RecursionError
// from the native-stack guard on a deeply nested tree).
struct CompileError {
  bool pending = false;
  std::string msg;
  ast::Loc loc;
};

// Private name mangling: inside class C (and functions nested in it), `__x` means `_C__x`.
// Names ending in "__", dotted names and classes named only with underscores are left alone.
std::string mangle(const std::string& class_name, const std::string& name);

class Symtable {
 public:
  // Analyses a whole module (or the expression of an eval). False with `err` filled on failure.
  bool build(ThreadState& ts, ast::Module* mod, CompileError* err);
  Scope* top() const { return top_; }
  // The scope a FunctionDef, Lambda, comprehension or ClassDef node introduced.
  Scope* scope_of(const void* node) const {
    auto it = by_node_.find(node);
    return it == by_node_.end() ? nullptr : it->second;
  }

 private:
  friend class SymtableBuilder;
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::unordered_map<const void*, Scope*> by_node_;
  Scope* top_ = nullptr;
};

}  // namespace weft
