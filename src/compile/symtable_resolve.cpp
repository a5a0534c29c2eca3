// Scope analysis, pass 2 (see symtable.hpp): resolves every name top-down (bound/global sets) and
// bottom-up (free names of children turn locals into cells), exactly as CPython's analyze_block.
#include "compile/symtable_builder.hpp"

namespace weft {

namespace {

const Scope* enclosing_class(const Scope* s) {
  while (s && s->kind != ScopeKind::Class) s = s->parent;
  return s;
}

}  // namespace

bool SymtableBuilder::analyze_name(Scope* s, const std::string& name, Symbol& sym,
                                   const NameSet* bound, NameSet& local, NameSet* free,
                                   NameSet* global) {
  auto& decls = decl_locs_[s];
  auto found = decls.find(name);
  ast::Loc loc = found != decls.end() ? found->second : s->loc;
  if (sym.flags & SYM_GLOBAL) {
    if (sym.flags & SYM_NONLOCAL) return fail(loc, "name '" + name + "' is nonlocal and global");
    sym.resolve = Resolve::GlobalExplicit;
    global->insert(name);
    return true;
  }
  if (sym.flags & SYM_NONLOCAL) {
    if (!bound) return fail(loc, "nonlocal declaration not allowed at module level");
    if (!bound->count(name)) return fail(loc, "no binding for nonlocal '" + name + "' found");
    sym.resolve = Resolve::Free;
    free->insert(name);
    return true;
  }
  if (sym.flags & SYM_BOUND) {
    sym.resolve = Resolve::Local;
    local.insert(name);
    global->erase(name);
    return true;
  }
  // In an annotation scope of a class, a name the class binds is looked up in the class
  // namespace first, then as a global (never in an enclosing function).
  if (const Scope* cls = s->can_see_class_scope ? enclosing_class(s) : nullptr) {
    auto in_class = cls->symbols.find(name);
    uint32_t f = in_class == cls->symbols.end() ? 0 : in_class->second.flags;
    if (f & SYM_GLOBAL) {
      sym.resolve = Resolve::GlobalExplicit;
      return true;
    }
    if ((f & SYM_BOUND) && !(f & SYM_NONLOCAL)) {
      sym.resolve = Resolve::GlobalImplicit;
      return true;
    }
  }
  if (bound && bound->count(name)) {
    sym.resolve = Resolve::Free;
    free->insert(name);
    return true;
  }
  sym.resolve = Resolve::GlobalImplicit;
  return true;
}

bool SymtableBuilder::analyze(Scope* s, const NameSet* bound, NameSet* global, NameSet* free) {
  if (!guard()) return false;
  NameSet local, newfree, newbound, newglobal;
  bool is_class = s->kind == ScopeKind::Class;
  if (is_class) {
    newglobal = *global;
    if (bound) newbound = *bound;
  }
  for (const std::string& name : s->order) {
    if (!analyze_name(s, name, s->symbols[name], bound, local, free, global)) return false;
  }
  if (!is_class) {
    // CPython drops explicitly global names from `bound`; they are exactly the ones in `global`
    // that this scope did not rebind locally.
    if (bound) newbound.insert(bound->begin(), bound->end());
    for (const std::string& n : *global) newbound.erase(n);
    if (s->is_function_like()) newbound.insert(local.begin(), local.end());
    newglobal = *global;
  } else {
    newbound.insert("__class__");
    newbound.insert("__classdict__");
  }
  for (Scope* child : s->children) {
    NameSet child_bound = newbound, child_global = newglobal, child_free;
    if (!analyze(child, &child_bound, &child_global, &child_free)) return false;
    newfree.insert(child_free.begin(), child_free.end());
  }
  if (s->is_function_like()) {
    for (const std::string& name : local) {
      if (newfree.erase(name)) s->symbols[name].resolve = Resolve::Cell;
    }
  } else if (is_class) {
    if (newfree.erase("__class__")) s->needs_class_cell = true;
    if (newfree.erase("__classdict__")) s->needs_classdict = true;
  }
  for (const std::string& name : newfree) {
    auto found = s->symbols.find(name);
    if (found != s->symbols.end()) {
      // A cell, or already free here; a class that binds the name still passes it through.
      if (is_class && (found->second.flags & (SYM_BOUND | SYM_GLOBAL)))
        s->class_free.push_back(name);
      continue;
    }
    if (!bound || !bound->count(name)) continue;  // global implicit
    s->symbols[name].resolve = Resolve::Free;
    s->order.push_back(name);
  }
  free->insert(newfree.begin(), newfree.end());
  return true;
}

bool Symtable::build(ThreadState& ts, ast::Module* mod, CompileError* err) {
  SymtableBuilder b(ts, *this, err);
  return b.run(mod);
}

}  // namespace weft
