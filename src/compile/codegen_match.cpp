// Code generation for the match statement (PEP 634), following CPython's scheme so that the order
// of the subject's lookups (len, __getitem__, get, attributes) and every compile-time error match.
// Each case tests a copy of the subject. Values a pattern captures stay on the stack (under the
// values the pattern is still working on) until the whole pattern has matched, then are stored;
// a failing test jumps to a "fail_pop" label that pops exactly what is on the stack at that point.
#include "compile/codegen.hpp"
#include "object/error.hpp"
#include "object/protocol.hpp"
#include "object/set.hpp"
#include "object/str.hpp"
#include "object/tuple.hpp"

namespace weft {

using PK = ast::PatternKind;

namespace {

bool is_wildcard(const ast::Pattern* p) {
  return p->kind == PK::MatchAs && !p->pattern && p->name.empty();
}

bool is_star_wildcard(const ast::Pattern* p) {
  return p->kind == PK::MatchStar && p->name.empty();
}

}  // namespace

bool Compiler::match_stmt(ast::Match* s) {
  if (!expr(s->subject)) return false;
  int end = new_label();
  size_t ncases = s->cases.size();
  // A trailing `case _:` needs no copy of the subject nor any test.
  bool has_default = ncases > 1 && is_wildcard(s->cases.back()->pattern);
  size_t tested = ncases - (has_default ? 1 : 0);
  for (size_t i = 0; i < tested; i++) {
    if (!match_case(s->cases[i], i == ncases - 1, i + 1 != tested, end)) return false;
  }
  if (has_default) {
    ast::MatchCase* m = s->cases.back();
    u_->loc = m->pattern->loc;
    emit(OP_NOP);
    if (m->guard && !jump_if(m->guard, false, end)) return false;
    if (!stmts(m->body)) return false;
  }
  bind(end);
  return true;
}

// One tested case. Irrefutable patterns must be guarded, last, or both.
bool Compiler::match_case(ast::MatchCase* m, bool last, bool copy_subject, int end) {
  u_->loc = m->pattern->loc;
  if (copy_subject) emit(OP_COPY, 1);
  PatternContext pc;
  pc.allow_irrefutable = m->guard != nullptr || last;
  if (!pattern(m->pattern, pc)) return false;
  for (const std::string& name : pc.stores)
    if (!name_op(name, ast::Ctx::Store, m->pattern->loc)) return false;
  if (m->guard) {
    if (pc.fail_pop.empty()) pc.fail_pop.push_back(new_label());
    if (!jump_if(m->guard, false, pc.fail_pop[0])) return false;
  }
  u_->loc = m->pattern->loc;
  if (copy_subject) emit(OP_POP_TOP);
  if (!stmts(m->body)) return false;
  emit_jump(OP_JUMP_FORWARD, end);
  u_->loc = m->pattern->loc;
  emit_and_reset_fail_pop(pc);
  return true;
}

// ---- failure paths and the stack shuffling of captures -----------------------------------------

void Compiler::jump_to_fail_pop(PatternContext& pc, uint8_t op) {
  size_t pops = size_t(pc.on_top) + pc.stores.size();
  while (pc.fail_pop.size() <= pops) pc.fail_pop.push_back(new_label());
  emit_jump(op, pc.fail_pop[pops]);
}

// Binds the failure labels from the deepest: fail_pop[n] pops one value and falls into n-1.
void Compiler::emit_and_reset_fail_pop(PatternContext& pc) {
  if (pc.fail_pop.empty()) return;
  for (size_t n = pc.fail_pop.size() - 1; n > 0; n--) {
    bind(pc.fail_pop[n]);
    emit(OP_POP_TOP);
  }
  bind(pc.fail_pop[0]);
  pc.fail_pop.clear();
}

// Moves the top of the stack `count - 1` places down.
void Compiler::pattern_rotate(int count) {
  for (; count > 1; count--) emit(OP_SWAP, count);
}

bool Compiler::pattern_store_name(const std::string& name, const ast::Loc& loc,
                                  PatternContext& pc) {
  if (name.empty()) {
    emit(OP_POP_TOP);
    return true;
  }
  if (!check_forbidden(name, ast::Ctx::Store, loc)) return false;
  for (const std::string& seen : pc.stores)
    if (seen == name) return error(loc, "multiple assignments to name '" + name + "' in pattern");
  pattern_rotate(pc.on_top + int(pc.stores.size()) + 1);
  pc.stores.push_back(name);
  return true;
}

// ---- patterns ----------------------------------------------------------------------------------

bool Compiler::pattern(ast::Pattern* p, PatternContext& pc) {
  if (!guard()) return false;
  u_->loc = p->loc;
  switch (p->kind) {
    case PK::MatchValue:
    case PK::MatchSingleton:
      return pattern_value(p, pc);
    case PK::MatchSequence:
      return pattern_sequence(p, pc);
    case PK::MatchMapping:
      return pattern_mapping(p, pc);
    case PK::MatchClass:
      return pattern_class(p, pc);
    case PK::MatchStar:
      return pattern_store_name(p->name, p->loc, pc);
    case PK::MatchAs:
      return pattern_as(p, pc);
    case PK::MatchOr:
      return pattern_or(p, pc);
  }
  return error(p->loc, "unsupported pattern");
}

// Inside a larger pattern an irrefutable sub-pattern is fine.
bool Compiler::pattern_subpattern(ast::Pattern* p, PatternContext& pc) {
  bool saved = pc.allow_irrefutable;
  pc.allow_irrefutable = true;
  bool ok = pattern(p, pc);
  pc.allow_irrefutable = saved;
  return ok;
}

bool Compiler::pattern_as(ast::Pattern* p, PatternContext& pc) {
  if (!p->pattern) {
    if (!pc.allow_irrefutable) {
      if (p->name.empty()) return error(p->loc, "wildcard makes remaining patterns unreachable");
      return error(p->loc, "name capture '" + p->name + "' makes remaining patterns unreachable");
    }
    return pattern_store_name(p->name, p->loc, pc);
  }
  // Keep a copy of the subject to store once the sub-pattern has matched.
  pc.on_top++;
  emit(OP_COPY, 1);
  if (!pattern(p->pattern, pc)) return false;
  u_->loc = p->loc;
  pc.on_top--;
  return pattern_store_name(p->name, p->loc, pc);
}

bool Compiler::pattern_value(ast::Pattern* p, PatternContext& pc) {
  if (p->kind == PK::MatchSingleton) {
    if (!expr(p->value)) return false;
    emit(OP_IS_OP, 0);
  } else {
    ast::ExprKind k = p->value->kind;
    if (k != ast::ExprKind::Constant && k != ast::ExprKind::Attribute &&
        k != ast::ExprKind::UnaryOp && k != ast::ExprKind::BinOp)
      return error(p->loc, "patterns may only match literals and attribute lookups");
    if (!expr(p->value)) return false;
    emit(OP_COMPARE_OP, CMP_EQ);
  }
  jump_to_fail_pop(pc, OP_POP_JUMP_IF_FALSE);
  return true;
}

// [a, *rest, b]: a sequence type (not str/bytes), a length check, then the items.
bool Compiler::pattern_sequence(ast::Pattern* p, PatternContext& pc) {
  const auto& items = p->patterns;
  size_t size = items.size(), star = size;
  bool only_wildcard = true, star_wildcard = false;
  for (size_t i = 0; i < size; i++) {
    if (items[i]->kind == PK::MatchStar) {
      if (star != size) return error(p->loc, "multiple starred names in sequence pattern");
      star_wildcard = is_star_wildcard(items[i]);
      only_wildcard &= star_wildcard;
      star = i;
      continue;
    }
    only_wildcard &= is_wildcard(items[i]);
  }
  pc.on_top++;
  emit(OP_MATCH_SEQUENCE);
  jump_to_fail_pop(pc, OP_POP_JUMP_IF_FALSE);
  bool has_star = star != size;
  if (!has_star || size > 1) {
    size_t want = has_star ? size - 1 : size;
    emit(OP_GET_LEN);
    if (!load_const(Value::from_int(intptr_t(want)), "i" + std::to_string(want))) return false;
    emit(OP_COMPARE_OP, has_star ? CMP_GE : CMP_EQ);
    jump_to_fail_pop(pc, OP_POP_JUMP_IF_FALSE);
  }
  pc.on_top--;
  if (only_wildcard) {
    emit(OP_POP_TOP);
    return true;
  }
  if (star_wildcard) return pattern_sequence_subscr(p, star, pc);
  return pattern_sequence_unpack(p, star, pc);
}

// With only `*_` starred, items are fetched by index (from the end after the star) instead of
// unpacking the whole subject.
bool Compiler::pattern_sequence_subscr(ast::Pattern* p, size_t star, PatternContext& pc) {
  size_t size = p->patterns.size();
  pc.on_top++;
  for (size_t i = 0; i < size; i++) {
    ast::Pattern* item = p->patterns[i];
    if (i == star || is_wildcard(item)) continue;
    u_->loc = p->loc;
    emit(OP_COPY, 1);
    if (i < star) {
      if (!load_const(Value::from_int(intptr_t(i)), "i" + std::to_string(i))) return false;
    } else {
      // The subject may not support negative indices: compute len(subject) - (size - i).
      emit(OP_GET_LEN);
      size_t back = size - i;
      if (!load_const(Value::from_int(intptr_t(back)), "i" + std::to_string(back))) return false;
      emit(OP_BINARY_OP, BIN_SUB);
    }
    emit(OP_BINARY_SUBSCR);
    if (!pattern_subpattern(item, pc)) return false;
  }
  u_->loc = p->loc;
  pc.on_top--;
  emit(OP_POP_TOP);
  return true;
}

bool Compiler::pattern_sequence_unpack(ast::Pattern* p, size_t star, PatternContext& pc) {
  size_t size = p->patterns.size();
  if (star == size) {
    emit(OP_UNPACK_SEQUENCE, int(size));
  } else {
    size_t after = size - star - 1;
    if (star >= 256 || after >= (1u << 23))
      return error(p->loc, "too many expressions in star-unpacking sequence pattern");
    emit(OP_UNPACK_EX, int(star | (after << 8)));
  }
  pc.on_top += int(size);
  for (ast::Pattern* item : p->patterns) {
    pc.on_top--;
    if (!pattern_subpattern(item, pc)) return false;
  }
  return true;
}

// ---- mapping patterns --------------------------------------------------------------------------

// The value of a literal key (numbers with a sign or an imaginary part included), for the
// compile-time duplicate check; error() for an attribute lookup.
bool Compiler::pattern_constant(ast::Expr* e, Value* out) {
  *out = Value::error();
  std::string key;
  bool folded = false;
  if (e->kind == ast::ExprKind::BinOp) {
    auto b = static_cast<ast::BinOp*>(e);
    Value left, right;
    if (!pattern_constant(b->left, &left) || !pattern_constant(b->right, &right)) return false;
    if (left.is_error() || right.is_error()) return true;
    *out = binary_op(ts_, left, right, int(b->op));
    return !out->is_error() || pending_error();
  }
  if (!fold(e, out, &key, &folded)) return false;
  if (!folded) *out = Value::error();
  return true;
}

// Pushes the keys of a mapping pattern; literal keys may not repeat.
bool Compiler::pattern_mapping_keys(ast::Pattern* p) {
  Set* seen = set_new(ts_, ts_.vm->types.set);
  if (!seen) return pending_error();
  for (ast::Expr* key : p->keys) {
    if (key->kind == ast::ExprKind::Attribute) {
      if (!expr(key)) return false;
      continue;
    }
    Value v = Value::error();
    if (key->kind != ast::ExprKind::Name && !pattern_constant(key, &v)) return false;
    if (v.is_error())
      return error(p->loc, "mapping pattern keys may only match literals and attribute lookups");
    int dup = set_contains(ts_, seen, v);
    if (dup < 0) return pending_error();
    if (dup) {
      Value r = obj_repr(ts_, v);
      if (r.is_error()) return pending_error();
      return error(p->loc, "mapping pattern checks duplicate key (" +
                               std::string(str_view(as_str(r))) + ")");
    }
    if (!set_add(ts_, seen, v)) return pending_error();
    if (!expr(key)) return false;
  }
  return true;
}

bool Compiler::pattern_mapping(ast::Pattern* p, PatternContext& pc) {
  size_t size = p->keys.size();
  pc.on_top++;
  emit(OP_MATCH_MAPPING);
  jump_to_fail_pop(pc, OP_POP_JUMP_IF_FALSE);
  if (size == 0 && p->name.empty()) {
    pc.on_top--;
    emit(OP_POP_TOP);
    return true;
  }
  if (size) {
    emit(OP_GET_LEN);
    if (!load_const(Value::from_int(intptr_t(size)), "i" + std::to_string(size))) return false;
    emit(OP_COMPARE_OP, CMP_GE);
    jump_to_fail_pop(pc, OP_POP_JUMP_IF_FALSE);
  }
  if (!pattern_mapping_keys(p)) return false;
  u_->loc = p->loc;
  emit(OP_BUILD_TUPLE, int(size));
  emit(OP_MATCH_KEYS);
  pc.on_top += 2;
  emit(OP_COPY, 1);
  if (!load_none()) return false;
  emit(OP_IS_OP, 1);
  jump_to_fail_pop(pc, OP_POP_JUMP_IF_FALSE);
  emit(OP_UNPACK_SEQUENCE, int(size));
  pc.on_top += int(size) - 1;
  for (ast::Pattern* value : p->patterns) {
    pc.on_top--;
    if (!pattern_subpattern(value, pc)) return false;
  }
  u_->loc = p->loc;
  pc.on_top -= 2;
  if (!p->name.empty()) return pattern_mapping_rest(p, pc);
  emit(OP_POP_TOP);  // the keys
  emit(OP_POP_TOP);  // the subject
  return true;
}

// **rest: a copy of the subject as a dict without the matched keys. [subject, keys] -> [rest]
bool Compiler::pattern_mapping_rest(ast::Pattern* p, PatternContext& pc) {
  int size = int(p->keys.size());
  emit(OP_BUILD_MAP, 0);
  emit(OP_SWAP, 3);
  emit(OP_DICT_UPDATE, 2);
  emit(OP_UNPACK_SEQUENCE, size);
  for (; size > 0; size--) {
    emit(OP_COPY, 1 + size);
    emit(OP_SWAP, 2);
    emit(OP_DELETE_SUBSCR);
  }
  return pattern_store_name(p->name, p->loc, pc);
}

// ---- class patterns ----------------------------------------------------------------------------

bool Compiler::pattern_class(ast::Pattern* p, PatternContext& pc) {
  size_t nargs = p->patterns.size(), nattrs = p->kwd_attrs.size();
  for (size_t i = 0; i < nattrs; i++) {
    const ast::Loc& loc = p->kwd_patterns[i]->loc;
    if (!check_forbidden(p->kwd_attrs[i], ast::Ctx::Store, loc)) return false;
    for (size_t j = i + 1; j < nattrs; j++) {
      if (p->kwd_attrs[i] == p->kwd_attrs[j])
        return error(p->kwd_patterns[j]->loc,
                     "attribute name repeated in class pattern: " + p->kwd_attrs[i]);
    }
  }
  if (!expr(p->value)) return false;
  u_->loc = p->loc;
  Value names;
  std::string key = "match";
  for (const std::string& n : p->kwd_attrs) key += "," + n;
  if (!intern_tuple(p->kwd_attrs, &names) || !load_const(names, key)) return false;
  emit(OP_MATCH_CLASS, int(nargs));
  emit(OP_COPY, 1);
  if (!load_none()) return false;
  emit(OP_IS_OP, 1);
  pc.on_top++;
  jump_to_fail_pop(pc, OP_POP_JUMP_IF_FALSE);
  emit(OP_UNPACK_SEQUENCE, int(nargs + nattrs));
  pc.on_top += int(nargs + nattrs) - 1;
  for (size_t i = 0; i < nargs + nattrs; i++) {
    pc.on_top--;
    ast::Pattern* sub = i < nargs ? p->patterns[i] : p->kwd_patterns[i - nargs];
    if (is_wildcard(sub)) {
      emit(OP_POP_TOP);
      continue;
    }
    if (!pattern_subpattern(sub, pc)) return false;
  }
  return true;
}

// ---- or-patterns ------------------------------------------------------------------------------

// Every alternative must bind the same names; their values are reordered on the stack to the
// order the first alternative (the "control") left them in.
bool Compiler::pattern_or_reorder(ast::Pattern* alt, const std::vector<std::string>& control,
                                  PatternContext& pc) {
  size_t n = pc.stores.size();
  for (size_t icontrol = n; icontrol-- > 0;) {
    const std::string& name = control[icontrol];
    size_t istores = 0;
    while (istores < n && pc.stores[istores] != name) istores++;
    if (istores == n) return error(alt->loc, "alternative patterns bind different names");
    if (istores == icontrol) continue;
    // stores[:istores+1] move to just below position icontrol, on the stack as in the list.
    size_t rotations = istores + 1;
    std::vector<std::string> moved(pc.stores.begin(), pc.stores.begin() + long(rotations));
    pc.stores.erase(pc.stores.begin(), pc.stores.begin() + long(rotations));
    pc.stores.insert(pc.stores.begin() + long(icontrol - istores), moved.begin(), moved.end());
    for (size_t r = 0; r < rotations; r++) pattern_rotate(int(icontrol) + 1);
  }
  return true;
}

bool Compiler::pattern_or(ast::Pattern* p, PatternContext& pc) {
  int end = new_label();
  PatternContext outer = pc;
  std::vector<std::string> control;
  for (size_t i = 0; i < p->patterns.size(); i++) {
    ast::Pattern* alt = p->patterns[i];
    PatternContext inner;
    inner.allow_irrefutable = i + 1 == p->patterns.size() && outer.allow_irrefutable;
    u_->loc = alt->loc;
    emit(OP_COPY, 1);
    if (!pattern(alt, inner)) return false;
    if (i == 0) {
      control = inner.stores;
    } else if (inner.stores.size() != control.size()) {
      return error(p->loc, "alternative patterns bind different names");
    } else if (!inner.stores.empty() && !pattern_or_reorder(p, control, inner)) {
      return false;
    }
    u_->loc = alt->loc;
    emit_jump(OP_JUMP_FORWARD, end);
    emit_and_reset_fail_pop(inner);
  }
  // No alternative matched: pop the copy of the subject and fail.
  u_->loc = p->loc;
  emit(OP_POP_TOP);
  jump_to_fail_pop(pc, OP_JUMP_FORWARD);
  bind(end);
  // Between the new captures and their place: the subject's copy, the working values and the
  // captures of the enclosing pattern.
  int nrots = int(control.size()) + 1 + pc.on_top + int(pc.stores.size());
  for (const std::string& name : control) {
    pattern_rotate(nrots);
    for (const std::string& seen : pc.stores)
      if (seen == name)
        return error(p->loc, "multiple assignments to name '" + name + "' in pattern");
    pc.stores.push_back(name);
  }
  emit(OP_POP_TOP);
  return true;
}

}  // namespace weft
