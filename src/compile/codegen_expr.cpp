// Code generation for expressions: operators, comparisons, boolean logic, displays, subscripts,
// f-strings, constants (with folding of negative numbers and constant tuples) and store targets.
#include "compile/codegen.hpp"
#include "object/error.hpp"
#include "object/float.hpp"
#include "object/int.hpp"
#include "object/protocol.hpp"
#include "object/set.hpp"
#include "object/tuple.hpp"

namespace weft {

bool Compiler::expr(ast::Expr* e) {
  if (!guard()) return false;
  ast::Loc saved = u_->loc;
  u_->loc = e->loc;
  bool ok = expr_inner(e);
  u_->loc = saved;
  return ok;
}

bool Compiler::expr_inner(ast::Expr* e) {
  using K = ast::ExprKind;
  switch (e->kind) {
    case K::Constant:
      return constant(static_cast<ast::Constant*>(e));
    case K::Name: {
      auto n = static_cast<ast::Name*>(e);
      return name_op(n->id, n->ctx, n->loc);
    }
    case K::BinOp: {
      auto b = static_cast<ast::BinOp*>(e);
      if (!expr(b->left) || !expr(b->right)) return false;
      emit(OP_BINARY_OP, int(b->op));
      return true;
    }
    case K::UnaryOp:
      return unary(static_cast<ast::UnaryOp*>(e));
    case K::BoolOp:
      return bool_op(static_cast<ast::BoolOp*>(e));
    case K::Compare:
      return compare(static_cast<ast::Compare*>(e));
    case K::IfExp:
      return if_exp(static_cast<ast::IfExp*>(e));
    case K::NamedExpr:
      return named_expr(static_cast<ast::NamedExpr*>(e));
    case K::Attribute: {
      auto a = static_cast<ast::Attribute*>(e);
      if (!expr(a->value)) return false;
      if (a->ctx == ast::Ctx::Load) {
        emit(OP_LOAD_ATTR, attr_arg(a->attr));
        return true;
      }
      if (a->attr == "__debug__") return check_forbidden(a->attr, a->ctx, a->loc);
      emit(a->ctx == ast::Ctx::Store ? OP_STORE_ATTR : OP_DELETE_ATTR, attr_arg(a->attr));
      return true;
    }
    case K::Subscript:
      return subscript(static_cast<ast::Subscript*>(e));
    case K::Slice:
      return slice(static_cast<ast::Slice*>(e));
    case K::List:
    case K::Tuple:
      return sequence(static_cast<ast::Sequence*>(e));
    case K::Set:
      return set(static_cast<ast::SetExpr*>(e));
    case K::Dict:
      return dict(static_cast<ast::DictExpr*>(e));
    case K::Starred:
      return error(e->loc, "can't use starred expression here");
    case K::JoinedStr:
      return joined_str(static_cast<ast::JoinedStr*>(e));
    case K::FormattedValue:
      return formatted_value(static_cast<ast::FormattedValue*>(e));
    case K::Call:
      return call(static_cast<ast::Call*>(e));
    case K::Lambda:
      return lambda(static_cast<ast::Lambda*>(e));
    case K::ListComp:
    case K::SetComp:
    case K::DictComp:
    case K::GeneratorExp:
      return comprehension(static_cast<ast::Comp*>(e));
    case K::Yield:
    case K::YieldFrom:
    case K::Await:
      return yield_expr(e);
  }
  return error(e->loc, "unsupported expression");
}

// ---- constants --------------------------------------------------------------------------------

bool Compiler::constant(ast::Constant* c) {
  Value v;
  std::string key;
  if (!constant_value(c, &v, &key)) return false;
  return load_const(v, key);
}

// The value of `e` when it is a literal, a negated number literal or a tuple of those: CPython
// folds them into one constant. *folded is false (and nothing fails) when `e` is not constant.
bool Compiler::fold(ast::Expr* e, Value* out, std::string* key, bool* folded) {
  *folded = false;
  if (!guard()) return false;
  if (e->kind == ast::ExprKind::Constant) {
    *folded = true;
    return constant_value(static_cast<ast::Constant*>(e), out, key);
  }
  if (e->kind == ast::ExprKind::UnaryOp) {
    auto u = static_cast<ast::UnaryOp*>(e);
    if (u->op != ast::UnaryOpKind::USub || u->operand->kind != ast::ExprKind::Constant) return true;
    auto c = static_cast<ast::Constant*>(u->operand);
    if (c->ck != ast::ConstKind::Int && c->ck != ast::ConstKind::Float) return true;
    Value v;
    if (!constant_value(c, &v, key)) return false;
    *out = c->ck == ast::ConstKind::Int ? int_neg(ts_, v) : float_new(ts_, -c->number);
    if (out->is_error()) return pending_error();
    *key = "-" + *key;
    *folded = true;
    return true;
  }
  if (e->kind != ast::ExprKind::Tuple) return true;
  auto seq = static_cast<ast::Sequence*>(e);
  if (seq->ctx != ast::Ctx::Load || seq->elts.empty()) return true;
  return fold_items(seq->elts, out, key, folded);
}

// A tuple of the folded items when every one is constant.
bool Compiler::fold_items(const ast::ExprList& elts, Value* out, std::string* key, bool* folded) {
  *folded = false;
  Tuple* t = tuple_alloc(ts_, elts.size());
  if (!t) return pending_error();
  *key = "t(";
  for (size_t i = 0; i < elts.size(); i++) {
    Value v;
    std::string k;
    bool item_folded;
    if (!fold(elts[i], &v, &k, &item_folded)) return false;
    if (!item_folded) return true;
    t->items[i] = v;
    *key += std::to_string(k.size()) + ":" + k;
  }
  *key += ")";
  *out = Value::from_obj(t);
  *folded = true;
  return true;
}

// Emits LOAD_CONST for a foldable expression; *done tells whether it was one.
bool Compiler::load_folded(ast::Expr* e, bool* done) {
  Value v;
  std::string key;
  if (!fold(e, &v, &key, done)) return false;
  return !*done || load_const(v, key);
}

bool Compiler::unary(ast::UnaryOp* e) {
  bool done;
  if (!load_folded(e, &done)) return false;
  if (done) return true;
  if (!expr(e->operand)) return false;
  static constexpr uint8_t OPS[] = {OP_UNARY_INVERT, OP_UNARY_NOT, OP_UNARY_POSITIVE,
                                    OP_UNARY_NEGATIVE};
  emit(OPS[int(e->op)]);
  return true;
}

// ---- boolean logic and comparisons -------------------------------------------------------------

bool Compiler::bool_op(ast::BoolOp* e) {
  uint8_t jump = e->op == ast::BoolOpKind::And ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
  int end = new_label();
  for (size_t i = 0; i < e->values.size(); i++) {
    if (!expr(e->values[i])) return false;
    if (i + 1 < e->values.size()) emit_jump(jump, end);
  }
  bind(end);
  return true;
}

bool Compiler::compare_op(ast::CmpOpKind op) {
  using C = ast::CmpOpKind;
  switch (op) {
    case C::Eq: emit(OP_COMPARE_OP, CMP_EQ); break;
    case C::NotEq: emit(OP_COMPARE_OP, CMP_NE); break;
    case C::Lt: emit(OP_COMPARE_OP, CMP_LT); break;
    case C::LtE: emit(OP_COMPARE_OP, CMP_LE); break;
    case C::Gt: emit(OP_COMPARE_OP, CMP_GT); break;
    case C::GtE: emit(OP_COMPARE_OP, CMP_GE); break;
    case C::Is: emit(OP_IS_OP, 0); break;
    case C::IsNot: emit(OP_IS_OP, 1); break;
    case C::In: emit(OP_CONTAINS_OP, 0); break;
    case C::NotIn: emit(OP_CONTAINS_OP, 1); break;
  }
  return true;
}

// a < b < c: each middle operand is evaluated once and kept for the next comparison.
bool Compiler::compare(ast::Compare* e) {
  if (!expr(e->left)) return false;
  size_t n = e->ops.size();
  if (n == 1) return expr(e->comparators[0]) && compare_op(e->ops[0]);
  int cleanup = new_label(), end = new_label();
  for (size_t i = 0; i + 1 < n; i++) {
    if (!expr(e->comparators[i])) return false;
    emit(OP_SWAP, 2);
    emit(OP_COPY, 2);
    compare_op(e->ops[i]);
    emit_jump(OP_JUMP_IF_FALSE_OR_POP, cleanup);
  }
  if (!expr(e->comparators[n - 1])) return false;
  compare_op(e->ops[n - 1]);
  emit_jump(OP_JUMP_FORWARD, end);
  bind(cleanup);
  emit(OP_SWAP, 2);
  emit(OP_POP_TOP);
  bind(end);
  return true;
}

// Jumps to `label` when the truth of `e` equals `cond`; consumes the value either way.
bool Compiler::jump_if(ast::Expr* e, bool cond, int label) {
  if (!guard()) return false;
  if (e->kind == ast::ExprKind::UnaryOp &&
      static_cast<ast::UnaryOp*>(e)->op == ast::UnaryOpKind::Not)
    return jump_if(static_cast<ast::UnaryOp*>(e)->operand, !cond, label);
  if (e->kind == ast::ExprKind::BoolOp) {
    auto b = static_cast<ast::BoolOp*>(e);
    bool is_or = b->op == ast::BoolOpKind::Or;
    // For `or` with cond true (or `and` with cond false) any operand decides alone.
    int next = (is_or == cond) ? label : new_label();
    for (size_t i = 0; i + 1 < b->values.size(); i++)
      if (!jump_if(b->values[i], is_or, next)) return false;
    if (!jump_if(b->values.back(), cond, label)) return false;
    if (next != label) bind(next);
    return true;
  }
  if (!expr(e)) return false;
  emit_jump(cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
  return true;
}

bool Compiler::if_exp(ast::IfExp* e) {
  int orelse = new_label(), end = new_label();
  if (!jump_if(e->test, false, orelse) || !expr(e->body)) return false;
  emit_jump(OP_JUMP_FORWARD, end);
  bind(orelse);
  if (!expr(e->orelse)) return false;
  bind(end);
  return true;
}

bool Compiler::named_expr(ast::NamedExpr* e) {
  if (!expr(e->value)) return false;
  emit(OP_COPY, 1);
  return store(e->target);
}

// ---- displays ---------------------------------------------------------------------------------

// [a, *b, c]: BUILD the leading plain items, then APPEND/EXTEND the rest one by one.
// `pushed` values already on the stack become the first items.
bool Compiler::starred_build(const ast::ExprList& elts, uint8_t build, uint8_t extend,
                             uint8_t add, int pushed) {
  size_t plain = 0;
  while (plain < elts.size() && elts[plain]->kind != ast::ExprKind::Starred) plain++;
  for (size_t i = 0; i < plain; i++)
    if (!expr(elts[i])) return false;
  emit(build, pushed + int(plain));
  for (size_t i = plain; i < elts.size(); i++) {
    ast::Expr* x = elts[i];
    if (x->kind == ast::ExprKind::Starred) {
      if (!expr(static_cast<ast::Starred*>(x)->value)) return false;
      emit(extend, 1);
    } else {
      if (!expr(x)) return false;
      emit(add, 1);
    }
  }
  return true;
}

static bool has_starred(const ast::ExprList& elts) {
  for (ast::Expr* x : elts)
    if (x->kind == ast::ExprKind::Starred) return true;
  return false;
}

bool Compiler::sequence(ast::Sequence* e) {
  if (e->ctx == ast::Ctx::Store) return unpack_store(e);
  if (e->ctx == ast::Ctx::Del) {
    for (ast::Expr* x : e->elts)
      if (!del(x)) return false;
    return true;
  }
  bool is_tuple = e->kind == ast::ExprKind::Tuple;
  bool folded;
  if (!load_folded(e, &folded)) return false;
  if (folded) return true;
  if (!has_starred(e->elts)) {
    for (ast::Expr* x : e->elts)
      if (!expr(x)) return false;
    emit(is_tuple ? OP_BUILD_TUPLE : OP_BUILD_LIST, int(e->elts.size()));
    return true;
  }
  if (!starred_build(e->elts, OP_BUILD_LIST, OP_LIST_EXTEND, OP_LIST_APPEND)) return false;
  if (is_tuple) emit(OP_LIST_TO_TUPLE);
  return true;
}

// A display of three or more constants becomes BUILD_SET 0 + a frozenset constant + SET_UPDATE,
// as in CPython. CPython's compiler builds that frozenset twice (from the items, then again
// from its own iteration order when it merges constants); the second build decides the slot
// layout, and so the order in which the set prints, so weft does the same.
bool Compiler::load_const_set(ast::SetExpr* e, bool* done) {
  *done = false;
  if (e->elts.size() < 3) return true;
  Value items;
  std::string key;
  bool folded;
  if (!fold_items(e->elts, &items, &key, &folded)) return false;
  if (!folded) return true;
  Type* frozenset = ts_.vm->types.frozenset;
  Value first = set_from_iterable(ts_, frozenset, items);
  Value fs = first.is_error() ? first : set_from_iterable(ts_, frozenset, first);
  if (fs.is_error()) return pending_error();
  emit(OP_BUILD_SET, 0);
  if (!load_const(fs, "fs" + key)) return false;
  emit(OP_SET_UPDATE, 1);
  *done = true;
  return true;
}

bool Compiler::set(ast::SetExpr* e) {
  bool done;
  if (!load_const_set(e, &done)) return false;
  if (done) return true;
  if (!has_starred(e->elts)) {
    for (ast::Expr* x : e->elts)
      if (!expr(x)) return false;
    emit(OP_BUILD_SET, int(e->elts.size()));
    return true;
  }
  return starred_build(e->elts, OP_BUILD_SET, OP_SET_UPDATE, OP_SET_ADD);
}

// {a: b, **m, c: d}: runs of plain pairs become BUILD_MAP; each ** merges with DICT_UPDATE.
bool Compiler::dict(ast::DictExpr* e) {
  size_t n = e->keys.size(), i = 0;
  bool built = false;
  while (i < n) {
    if (!e->keys[i]) {
      if (!built) emit(OP_BUILD_MAP, 0);
      built = true;
      if (!expr(e->values[i])) return false;
      emit(OP_DICT_UPDATE, 1);
      i++;
      continue;
    }
    size_t run = 0;
    for (; i < n && e->keys[i]; i++, run++)
      if (!expr(e->keys[i]) || !expr(e->values[i])) return false;
    emit(OP_BUILD_MAP, int(run));
    if (built) emit(OP_DICT_UPDATE, 1);
    built = true;
  }
  if (!built) emit(OP_BUILD_MAP, 0);
  return true;
}

bool Compiler::subscript(ast::Subscript* e) {
  if (!expr(e->value) || !expr(e->slice)) return false;
  static constexpr uint8_t OPS[] = {OP_BINARY_SUBSCR, OP_STORE_SUBSCR, OP_DELETE_SUBSCR};
  emit(OPS[int(e->ctx)]);
  return true;
}

bool Compiler::slice(ast::Slice* e) {
  for (ast::Expr* part : {e->lower, e->upper}) {
    if (part ? !expr(part) : !load_none()) return false;
  }
  if (e->step && !expr(e->step)) return false;
  emit(OP_BUILD_SLICE, e->step ? 3 : 2);
  return true;
}

// ---- f-strings ----------------------------------------------------------------------------------

bool Compiler::formatted_value(ast::FormattedValue* e) {
  if (!expr(e->value)) return false;
  int flags = e->conversion == 's'   ? FV_CONV_STR
              : e->conversion == 'r' ? FV_CONV_REPR
              : e->conversion == 'a' ? FV_CONV_ASCII : FV_CONV_NONE;
  if (e->format_spec) {
    if (!expr(e->format_spec)) return false;
    flags |= FV_HAS_SPEC;
  }
  emit(OP_FORMAT_VALUE, flags);
  return true;
}

bool Compiler::joined_str(ast::JoinedStr* e) {
  if (e->values.empty()) return load_const(ts_.vm->empty_str, "s");
  for (ast::Expr* v : e->values)
    if (!expr(v)) return false;
  if (e->values.size() > 1 || e->values[0]->kind != ast::ExprKind::FormattedValue)
    emit(OP_BUILD_STRING, int(e->values.size()));
  return true;
}

// ---- store targets ------------------------------------------------------------------------------

bool Compiler::store(ast::Expr* target) {
  switch (target->kind) {
    case ast::ExprKind::Starred:
      return error(target->loc, "starred assignment target must be in a list or tuple");
    case ast::ExprKind::Name:
    case ast::ExprKind::Attribute:
    case ast::ExprKind::Subscript:
    case ast::ExprKind::List:
    case ast::ExprKind::Tuple:
      return expr(target);
    default:
      return error(target->loc, "cannot assign to expression");
  }
}

bool Compiler::unpack_store(ast::Sequence* target) {
  size_t n = target->elts.size(), star = n;
  for (size_t i = 0; i < n; i++) {
    if (target->elts[i]->kind != ast::ExprKind::Starred) continue;
    if (star != n) return error(target->loc, "multiple starred expressions in assignment");
    star = i;
  }
  if (star == n) {
    emit(OP_UNPACK_SEQUENCE, int(n));
  } else {
    size_t after = n - star - 1;
    if (star >= 256 || after >= (1u << 24))
      return error(target->loc, "too many expressions in star-unpacking assignment");
    emit(OP_UNPACK_EX, int(star | (after << 8)));
  }
  for (size_t i = 0; i < n; i++) {
    ast::Expr* x = target->elts[i];
    if (!store(i == star ? static_cast<ast::Starred*>(x)->value : x)) return false;
  }
  return true;
}

}  // namespace weft
