// ast.dump() for Weft's AST. Fields equal to None or [] are left out, as CPython 3.13 does.
#include "compile/ast_dump.hpp"

#include <cstdio>
#include <cstdlib>

#include "base/utf8.hpp"
#include "object/unicode_tables.hpp"

namespace weft {

namespace {

using namespace ast;

// Builds "Name(f1=v1, f2=v2)" skipping empty fields.
class Fields {
 public:
  Fields(std::string* out, const char* name) : out_(out) { *out_ += name; *out_ += '('; }
  ~Fields() { *out_ += ')'; }
  std::string& field(const char* name) {
    if (n_++) *out_ += ", ";
    *out_ += name;
    *out_ += '=';
    return *out_;
  }

 private:
  std::string* out_;
  int n_ = 0;
};

std::string decimal_of(const std::string& literal) {
  int base = 10;
  size_t i = 0;
  if (literal.size() > 1 && literal[0] == '0') {
    char p = literal[1] | 0x20;
    base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 10;
    if (base != 10) i = 2;
  }
  std::string digits = "0";  // little-endian decimal digits
  for (; i < literal.size(); i++) {
    char c = literal[i] | 0x20;
    int d = c <= '9' ? c - '0' : c - 'a' + 10;
    int carry = d;
    for (char& x : digits) {
      int v = (x - '0') * base + carry;
      x = static_cast<char>('0' + v % 10);
      carry = v / 10;
    }
    while (carry) digits += static_cast<char>('0' + carry % 10), carry /= 10;
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  return std::string(digits.rbegin(), digits.rend());
}

// Python's repr(float): the shortest digits that round-trip, fixed notation for exponents
// -4..15, scientific otherwise.
std::string float_repr(double v, bool integral_suffix) {
  if (v != v) return "nan";
  if (v == 1.0 / 0.0) return "inf";
  if (v == -1.0 / 0.0) return "-inf";
  char buf[64];
  int p = 1;
  for (; p < 17; p++) {
    std::snprintf(buf, sizeof buf, "%.*e", p - 1, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  std::snprintf(buf, sizeof buf, "%.*e", p - 1, v);
  std::string s = buf;
  bool neg = s[0] == '-';
  if (neg) s.erase(0, 1);
  size_t e = s.find('e');
  int exp = std::atoi(s.c_str() + e + 1);
  std::string digits;
  for (size_t i = 0; i < e; i++)
    if (s[i] != '.') digits += s[i];
  std::string out;
  if (exp < -4 || exp >= 16) {
    out = digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    std::snprintf(buf, sizeof buf, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += buf;
  } else if (exp < 0) {
    out = "0." + std::string(static_cast<size_t>(-exp - 1), '0') + digits;
  } else {
    if (digits.size() <= static_cast<size_t>(exp)) digits += std::string(static_cast<size_t>(exp) + 1 - digits.size(), '0');
    out = digits.substr(0, static_cast<size_t>(exp) + 1);
    std::string frac = digits.substr(static_cast<size_t>(exp) + 1);
    if (!frac.empty()) out += "." + frac;
    else if (integral_suffix) out += ".0";
  }
  return neg ? "-" + out : out;
}

std::string str_repr(const std::string& s, bool bytes) {
  bool has_single = s.find('\'') != std::string::npos, has_double = s.find('"') != std::string::npos;
  char q = has_single && !has_double ? '"' : '\'';
  std::string out = bytes ? "b" : "";
  out += q;
  char buf[16];
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    uint32_t cp = c;
    size_t len = 1;
    if (!bytes && c >= 0x80) cp = utf8_decode(s.data() + i, &len);
    i += len;
    if (cp == static_cast<uint32_t>(q) || cp == '\\') out += '\\', out += static_cast<char>(cp);
    else if (cp == '\n') out += "\\n";
    else if (cp == '\r') out += "\\r";
    else if (cp == '\t') out += "\\t";
    else if (cp < 0x20 || cp == 0x7F || (bytes && cp >= 0x80) || (cp >= 0x80 && cp < 0x100 && !uni_is_printable(cp)))
      std::snprintf(buf, sizeof buf, "\\x%02x", cp), out += buf;
    else if (cp >= 0x100 && !uni_is_printable(cp))
      std::snprintf(buf, sizeof buf, cp < 0x10000 ? "\\u%04x" : "\\U%08x", cp), out += buf;
    else
      out.append(s, i - len, len);
  }
  out += q;
  return out;
}

std::string constant_repr(const Constant* c) {
  switch (c->ck) {
    case ConstKind::None: return "None";
    case ConstKind::True: return "True";
    case ConstKind::False: return "False";
    case ConstKind::Ellipsis: return "Ellipsis";
    case ConstKind::Int: return decimal_of(c->text);
    case ConstKind::Float: return float_repr(c->number, true);
    case ConstKind::Imag: return float_repr(c->number, false) + "j";
    case ConstKind::Str: return str_repr(c->text, false);
    case ConstKind::Bytes: return str_repr(c->text, true);
  }
  return "?";
}

const char* operator_name(Operator op) {
  static constexpr const char* NAMES[] = {"Add", "Sub", "Mult", "MatMult", "Div", "FloorDiv", "Mod",
                                          "Pow", "LShift", "RShift", "BitAnd", "BitOr", "BitXor"};
  return NAMES[static_cast<int>(op)];
}
const char* cmpop_name(CmpOpKind op) {
  static constexpr const char* NAMES[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
  return NAMES[static_cast<int>(op)];
}
const char* ctx_name(Ctx c) { return c == Ctx::Load ? "Load()" : c == Ctx::Store ? "Store()" : "Del()"; }

class Dumper {
 public:
  std::string out;

  void expr(const Expr* e);
  void stmt(const Stmt* s);
  void pattern(const Pattern* p);
  void arguments(const Arguments* a);

  template <class T, class F>
  void list(Fields& f, const char* name, const std::vector<T>& items, F each) {
    if (items.empty()) return;
    std::string& o = f.field(name);
    o += '[';
    for (size_t i = 0; i < items.size(); i++) {
      if (i) out += ", ";
      each(items[i]);
    }
    out += ']';
  }
  void exprs(Fields& f, const char* name, const ExprList& items) {
    list(f, name, items, [this](const Expr* e) { if (e) expr(e); else out += "None"; });
  }
  void stmts(Fields& f, const char* name, const StmtList& items) {
    list(f, name, items, [this](const Stmt* s) { stmt(s); });
  }
  void opt(Fields& f, const char* name, const Expr* e) {
    if (e) f.field(name), expr(e);
  }
  void str(Fields& f, const char* name, const std::string& s) {
    if (!s.empty()) f.field(name) += str_repr(s, false);
  }
  void type_params(Fields& f, const std::vector<TypeParam*>& params) {
    list(f, "type_params", params, [this](const TypeParam* p) {
      static constexpr const char* NAMES[] = {"TypeVar", "ParamSpec", "TypeVarTuple"};
      Fields g(&out, NAMES[static_cast<int>(p->kind)]);
      g.field("name") += str_repr(p->name, false);
      opt(g, "bound", p->bound);
      opt(g, "default_value", p->default_value);
    });
  }
  void keyword(const Keyword* k) {
    Fields f(&out, "keyword");
    str(f, "arg", k->arg);
    f.field("value"), expr(k->value);
  }
  void arg(const Arg* a) {
    Fields f(&out, "arg");
    f.field("arg") += str_repr(a->name, false);
    opt(f, "annotation", a->annotation);
  }
  void comprehension(const Comprehension* c) {
    Fields f(&out, "comprehension");
    f.field("target"), expr(c->target);
    f.field("iter"), expr(c->iter);
    exprs(f, "ifs", c->ifs);
    f.field("is_async") += c->is_async ? "1" : "0";
  }
};

void Dumper::arguments(const Arguments* a) {
  Fields f(&out, "arguments");
  list(f, "posonlyargs", a->posonlyargs, [this](const Arg* x) { arg(x); });
  list(f, "args", a->args, [this](const Arg* x) { arg(x); });
  if (a->vararg) f.field("vararg"), arg(a->vararg);
  list(f, "kwonlyargs", a->kwonlyargs, [this](const Arg* x) { arg(x); });
  exprs(f, "kw_defaults", a->kw_defaults);
  if (a->kwarg) f.field("kwarg"), arg(a->kwarg);
  exprs(f, "defaults", a->defaults);
}

void Dumper::expr(const Expr* e) {
  using K = ExprKind;
  switch (e->kind) {
    case K::BoolOp: {
      auto x = static_cast<const BoolOp*>(e);
      Fields f(&out, "BoolOp");
      f.field("op") += x->op == BoolOpKind::And ? "And()" : "Or()";
      exprs(f, "values", x->values);
      break;
    }
    case K::NamedExpr: {
      auto x = static_cast<const NamedExpr*>(e);
      Fields f(&out, "NamedExpr");
      f.field("target"), expr(x->target);
      f.field("value"), expr(x->value);
      break;
    }
    case K::BinOp: {
      auto x = static_cast<const BinOp*>(e);
      Fields f(&out, "BinOp");
      f.field("left"), expr(x->left);
      f.field("op") += std::string(operator_name(x->op)) + "()";
      f.field("right"), expr(x->right);
      break;
    }
    case K::UnaryOp: {
      auto x = static_cast<const UnaryOp*>(e);
      static constexpr const char* OPS[] = {"Invert()", "Not()", "UAdd()", "USub()"};
      Fields f(&out, "UnaryOp");
      f.field("op") += OPS[static_cast<int>(x->op)];
      f.field("operand"), expr(x->operand);
      break;
    }
    case K::Lambda: {
      auto x = static_cast<const Lambda*>(e);
      Fields f(&out, "Lambda");
      f.field("args"), arguments(x->args);
      f.field("body"), expr(x->body);
      break;
    }
    case K::IfExp: {
      auto x = static_cast<const IfExp*>(e);
      Fields f(&out, "IfExp");
      f.field("test"), expr(x->test);
      f.field("body"), expr(x->body);
      f.field("orelse"), expr(x->orelse);
      break;
    }
    case K::Dict: {
      auto x = static_cast<const DictExpr*>(e);
      Fields f(&out, "Dict");
      exprs(f, "keys", x->keys);
      exprs(f, "values", x->values);
      break;
    }
    case K::Set: {
      Fields f(&out, "Set");
      exprs(f, "elts", static_cast<const SetExpr*>(e)->elts);
      break;
    }
    case K::ListComp: case K::SetComp: case K::GeneratorExp: case K::DictComp: {
      auto x = static_cast<const Comp*>(e);
      const char* name = e->kind == K::ListComp ? "ListComp" : e->kind == K::SetComp ? "SetComp"
                         : e->kind == K::DictComp ? "DictComp" : "GeneratorExp";
      Fields f(&out, name);
      f.field(e->kind == K::DictComp ? "key" : "elt"), expr(x->elt);
      opt(f, "value", x->value);
      list(f, "generators", x->generators, [this](const Comprehension* c) { comprehension(c); });
      break;
    }
    case K::Await: case K::Yield: case K::YieldFrom: {
      const char* name = e->kind == K::Await ? "Await" : e->kind == K::Yield ? "Yield" : "YieldFrom";
      const Expr* v = e->kind == K::Await ? static_cast<const Await*>(e)->value
                      : e->kind == K::Yield ? static_cast<const Yield*>(e)->value
                                            : static_cast<const YieldFrom*>(e)->value;
      Fields f(&out, name);
      opt(f, "value", v);
      break;
    }
    case K::Compare: {
      auto x = static_cast<const Compare*>(e);
      Fields f(&out, "Compare");
      f.field("left"), expr(x->left);
      list(f, "ops", x->ops, [this](CmpOpKind op) { out += std::string(cmpop_name(op)) + "()"; });
      exprs(f, "comparators", x->comparators);
      break;
    }
    case K::Call: {
      auto x = static_cast<const Call*>(e);
      Fields f(&out, "Call");
      f.field("func"), expr(x->func);
      exprs(f, "args", x->args);
      list(f, "keywords", x->keywords, [this](const Keyword* k) { keyword(k); });
      break;
    }
    case K::FormattedValue: {
      auto x = static_cast<const FormattedValue*>(e);
      Fields f(&out, "FormattedValue");
      f.field("value"), expr(x->value);
      f.field("conversion") += std::to_string(x->conversion);
      opt(f, "format_spec", x->format_spec);
      break;
    }
    case K::JoinedStr: {
      Fields f(&out, "JoinedStr");
      exprs(f, "values", static_cast<const JoinedStr*>(e)->values);
      break;
    }
    case K::Constant: {
      Fields f(&out, "Constant");
      f.field("value") += constant_repr(static_cast<const Constant*>(e));
      if (static_cast<const Constant*>(e)->u_prefix) f.field("kind") += "'u'";
      break;
    }
    case K::Attribute: {
      auto x = static_cast<const Attribute*>(e);
      Fields f(&out, "Attribute");
      f.field("value"), expr(x->value);
      f.field("attr") += str_repr(x->attr, false);
      f.field("ctx") += ctx_name(x->ctx);
      break;
    }
    case K::Subscript: {
      auto x = static_cast<const Subscript*>(e);
      Fields f(&out, "Subscript");
      f.field("value"), expr(x->value);
      f.field("slice"), expr(x->slice);
      f.field("ctx") += ctx_name(x->ctx);
      break;
    }
    case K::Starred: {
      auto x = static_cast<const Starred*>(e);
      Fields f(&out, "Starred");
      f.field("value"), expr(x->value);
      f.field("ctx") += ctx_name(x->ctx);
      break;
    }
    case K::Name: {
      auto x = static_cast<const Name*>(e);
      Fields f(&out, "Name");
      f.field("id") += str_repr(x->id, false);
      f.field("ctx") += ctx_name(x->ctx);
      break;
    }
    case K::List: case K::Tuple: {
      auto x = static_cast<const Sequence*>(e);
      Fields f(&out, e->kind == K::List ? "List" : "Tuple");
      exprs(f, "elts", x->elts);
      f.field("ctx") += ctx_name(x->ctx);
      break;
    }
    case K::Slice: {
      auto x = static_cast<const Slice*>(e);
      Fields f(&out, "Slice");
      opt(f, "lower", x->lower);
      opt(f, "upper", x->upper);
      opt(f, "step", x->step);
      break;
    }
  }
}

void Dumper::pattern(const Pattern* p) {
  using P = PatternKind;
  static constexpr const char* NAMES[] = {"MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping",
                                          "MatchClass", "MatchStar", "MatchAs", "MatchOr"};
  Fields f(&out, NAMES[static_cast<int>(p->kind)]);
  auto pats = [&](const char* name, const std::vector<Pattern*>& v) {
    list(f, name, v, [this](const Pattern* x) { pattern(x); });
  };
  switch (p->kind) {
    case P::MatchValue: f.field("value"), expr(p->value); break;
    case P::MatchSingleton:
      f.field("value") += constant_repr(static_cast<const Constant*>(p->value));
      break;
    case P::MatchSequence: case P::MatchOr: pats("patterns", p->patterns); break;
    case P::MatchMapping:
      exprs(f, "keys", p->keys);
      pats("patterns", p->patterns);
      str(f, "rest", p->name);
      break;
    case P::MatchClass:
      f.field("cls"), expr(p->value);
      pats("patterns", p->patterns);
      list(f, "kwd_attrs", p->kwd_attrs, [this](const std::string& s) { out += str_repr(s, false); });
      pats("kwd_patterns", p->kwd_patterns);
      break;
    case P::MatchStar: str(f, "name", p->name); break;
    case P::MatchAs:
      if (p->pattern) f.field("pattern"), pattern(p->pattern);
      str(f, "name", p->name);
      break;
  }
}

void Dumper::stmt(const Stmt* s) {
  using K = StmtKind;
  switch (s->kind) {
    case K::FunctionDef: case K::AsyncFunctionDef: {
      auto x = static_cast<const FunctionDef*>(s);
      Fields f(&out, s->kind == K::FunctionDef ? "FunctionDef" : "AsyncFunctionDef");
      f.field("name") += str_repr(x->name, false);
      f.field("args"), arguments(x->args);
      stmts(f, "body", x->body);
      exprs(f, "decorator_list", x->decorator_list);
      opt(f, "returns", x->returns);
      type_params(f, x->type_params);
      break;
    }
    case K::ClassDef: {
      auto x = static_cast<const ClassDef*>(s);
      Fields f(&out, "ClassDef");
      f.field("name") += str_repr(x->name, false);
      exprs(f, "bases", x->bases);
      list(f, "keywords", x->keywords, [this](const Keyword* k) { keyword(k); });
      stmts(f, "body", x->body);
      exprs(f, "decorator_list", x->decorator_list);
      type_params(f, x->type_params);
      break;
    }
    case K::Return: {
      Fields f(&out, "Return");
      opt(f, "value", static_cast<const Return*>(s)->value);
      break;
    }
    case K::Delete: {
      Fields f(&out, "Delete");
      exprs(f, "targets", static_cast<const Delete*>(s)->targets);
      break;
    }
    case K::Assign: {
      auto x = static_cast<const Assign*>(s);
      Fields f(&out, "Assign");
      exprs(f, "targets", x->targets);
      f.field("value"), expr(x->value);
      break;
    }
    case K::AugAssign: {
      auto x = static_cast<const AugAssign*>(s);
      Fields f(&out, "AugAssign");
      f.field("target"), expr(x->target);
      f.field("op") += std::string(operator_name(x->op)) + "()";
      f.field("value"), expr(x->value);
      break;
    }
    case K::AnnAssign: {
      auto x = static_cast<const AnnAssign*>(s);
      Fields f(&out, "AnnAssign");
      f.field("target"), expr(x->target);
      f.field("annotation"), expr(x->annotation);
      opt(f, "value", x->value);
      f.field("simple") += x->simple ? "1" : "0";
      break;
    }
    case K::For: case K::AsyncFor: {
      auto x = static_cast<const For*>(s);
      Fields f(&out, s->kind == K::For ? "For" : "AsyncFor");
      f.field("target"), expr(x->target);
      f.field("iter"), expr(x->iter);
      stmts(f, "body", x->body);
      stmts(f, "orelse", x->orelse);
      break;
    }
    case K::While: {
      auto x = static_cast<const While*>(s);
      Fields f(&out, "While");
      f.field("test"), expr(x->test);
      stmts(f, "body", x->body);
      stmts(f, "orelse", x->orelse);
      break;
    }
    case K::If: {
      auto x = static_cast<const If*>(s);
      Fields f(&out, "If");
      f.field("test"), expr(x->test);
      stmts(f, "body", x->body);
      stmts(f, "orelse", x->orelse);
      break;
    }
    case K::With: case K::AsyncWith: {
      auto x = static_cast<const With*>(s);
      Fields f(&out, s->kind == K::With ? "With" : "AsyncWith");
      list(f, "items", x->items, [this](const WithItem* w) {
        Fields g(&out, "withitem");
        g.field("context_expr"), expr(w->context_expr);
        opt(g, "optional_vars", w->optional_vars);
      });
      stmts(f, "body", x->body);
      break;
    }
    case K::Match: {
      auto x = static_cast<const Match*>(s);
      Fields f(&out, "Match");
      f.field("subject"), expr(x->subject);
      list(f, "cases", x->cases, [this](const MatchCase* c) {
        Fields g(&out, "match_case");
        g.field("pattern"), pattern(c->pattern);
        opt(g, "guard", c->guard);
        stmts(g, "body", c->body);
      });
      break;
    }
    case K::Raise: {
      auto x = static_cast<const Raise*>(s);
      Fields f(&out, "Raise");
      opt(f, "exc", x->exc);
      opt(f, "cause", x->cause);
      break;
    }
    case K::Try: case K::TryStar: {
      auto x = static_cast<const Try*>(s);
      Fields f(&out, s->kind == K::Try ? "Try" : "TryStar");
      stmts(f, "body", x->body);
      list(f, "handlers", x->handlers, [this](const ExceptHandler* h) {
        Fields g(&out, "ExceptHandler");
        opt(g, "type", h->type);
        str(g, "name", h->name);
        stmts(g, "body", h->body);
      });
      stmts(f, "orelse", x->orelse);
      stmts(f, "finalbody", x->finalbody);
      break;
    }
    case K::Assert: {
      auto x = static_cast<const Assert*>(s);
      Fields f(&out, "Assert");
      f.field("test"), expr(x->test);
      opt(f, "msg", x->msg);
      break;
    }
    case K::Import: case K::ImportFrom: {
      const std::vector<Alias*>& names = s->kind == K::Import ? static_cast<const Import*>(s)->names
                                                              : static_cast<const ImportFrom*>(s)->names;
      Fields f(&out, s->kind == K::Import ? "Import" : "ImportFrom");
      if (s->kind == K::ImportFrom) str(f, "module", static_cast<const ImportFrom*>(s)->module);
      list(f, "names", names, [this](const Alias* a) {
        Fields g(&out, "alias");
        g.field("name") += str_repr(a->name, false);
        str(g, "asname", a->asname);
      });
      if (s->kind == K::ImportFrom) f.field("level") += std::to_string(static_cast<const ImportFrom*>(s)->level);
      break;
    }
    case K::Global: case K::Nonlocal: {
      Fields f(&out, s->kind == K::Global ? "Global" : "Nonlocal");
      list(f, "names", static_cast<const NameList*>(s)->names,
           [this](const std::string& n) { out += str_repr(n, false); });
      break;
    }
    case K::Expr: {
      Fields f(&out, "Expr");
      f.field("value"), expr(static_cast<const ExprStmt*>(s)->value);
      break;
    }
    case K::Pass: out += "Pass()"; break;
    case K::Break: out += "Break()"; break;
    case K::Continue: out += "Continue()"; break;
    case K::TypeAlias: {
      auto x = static_cast<const TypeAlias*>(s);
      Fields f(&out, "TypeAlias");
      f.field("name"), expr(x->name);
      type_params(f, x->type_params);
      f.field("value"), expr(x->value);
      break;
    }
  }
}

}  // namespace

std::string ast_dump(const ast::Module& module, ParseMode mode) {
  Dumper d;
  if (mode == ParseMode::Eval) {
    Fields f(&d.out, "Expression");
    f.field("body"), d.expr(module.expression);
  } else {
    Fields f(&d.out, mode == ParseMode::Exec ? "Module" : "Interactive");
    d.stmts(f, "body", module.body);
  }
  return d.out;
}

std::string ast_dump(const ast::Expr* e) {
  Dumper d;
  d.expr(e);
  return d.out;
}

}  // namespace weft
