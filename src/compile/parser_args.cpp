// Call arguments and the parameter lists of `def` and `lambda`, with CPython's messages for
// arguments and parameters in the wrong order.
#include "compile/parser_impl.hpp"

namespace weft {

// After the '(' of a call, up to and including the ')'.
bool Parser::call_arguments(ast::Call* call) {
  bool seen_keyword = false, seen_double_star = false;
  ast::Expr* genexp = nullptr;
  size_t count = 0;
  while (!at(Tok::RPar)) {
    count++;
    Pos start = here();
    if (at(Tok::Star) || at(Tok::DoubleStar)) {
      const Token& star = advance();
      bool dbl = star.kind == Tok::DoubleStar;
      ast::Expr* value = expression();
      if (!value) return false;
      if (!dbl && (at(Tok::KwFor) || (at(Tok::KwAsync) && kind(1) == Tok::KwFor)))
        return nullptr != invalid("iterable unpacking cannot be used in comprehension",
                                  span(loc_of(star), value->loc));
      if (dbl) {
        auto* kw = make<ast::Keyword>(start);
        kw->value = value;
        call->keywords.push_back(kw);
        seen_double_star = true;
      } else {
        if (seen_double_star)
          return nullptr != invalid("iterable argument unpacking follows keyword argument unpacking",
                         span(call->keywords.back()->loc, value->loc));
        auto* s = make<ast::Starred>(start);
        s->value = value;
        call->args.push_back(s);
      }
    } else if (at(Tok::Name) && kind(1) == Tok::Equal) {
      const Token& name = advance();
      advance();
      ast::Expr* value = expression();
      if (!value) return false;
      auto* kw = make<ast::Keyword>(start);
      kw->arg.assign(text(name));
      kw->value = value;
      call->keywords.push_back(kw);
      seen_keyword = true;
    } else {
      if (pass2_) {
        // CPython's invalid_kwarg comes before the named_expression check: `f(a.b=1)`.
        size_t save = pos_;
        pass2_ = false;
        ast::Expr* e = expression();
        pass2_ = true;
        if (e && at(Tok::Equal))
          return nullptr != raise("expression cannot contain assignment, perhaps you meant \"==\"?",
                                  span(e->loc, loc_of(peek())));
        if (failed()) return false;
        pos_ = save;
      }
      ast::Expr* e = named_expression();
      if (!e) return false;
      if (at(Tok::KwFor) || (at(Tok::KwAsync) && kind(1) == Tok::KwFor)) {
        if (e->kind == ast::ExprKind::Starred)
          return nullptr != invalid("iterable unpacking cannot be used in comprehension", e->loc);
        if (!(e = genexp_after(e, start))) return false;
        genexp = e;
      }
      if (seen_keyword || seen_double_star) {
        if (!pass2_) return false;
        while (!at(Tok::RPar) && !at(Tok::Newline) && !at(Tok::EndMarker) && !at(Tok::Error)) advance();
        peek();
        return nullptr != invalid_here("SyntaxError", seen_double_star
                                               ? "positional argument follows keyword argument unpacking"
                                               : "positional argument follows keyword argument");
      }
      call->args.push_back(e);
    }
    if (!accept(Tok::Comma)) break;
  }
  if (!expect(Tok::RPar)) return false;
  if (genexp) {
    if (!call->func) return false;  // class C(x for x in y)
    if (count > 1 || (pos_ >= 2 && toks_[pos_ - 2].kind == Tok::Comma))
      return nullptr != invalid("Generator expression must be parenthesized", genexp->loc);
    // The generator expression's parentheses are the call's.
    genexp->loc.col = call->func->loc.end_col;
    genexp->loc.line = call->func->loc.end_line;
    set_end(genexp);
  }
  return true;
}

ast::Arg* Parser::parameter(bool lambda, bool star_annotation) {
  const Token* name = expect(Tok::Name);
  if (!name) return nullptr;
  auto* arg = make<ast::Arg>(pos_of(*name));
  arg->name.assign(text(*name));
  if (!lambda && accept(Tok::Colon)) {
    arg->annotation = star_annotation && at(Tok::Star) ? star_expression() : expression();
    if (!arg->annotation) return nullptr;
    set_end(arg);
  }
  return arg;
}

// The parameters of a def (up to `close`, ')') or a lambda (up to ':').
ast::Arguments* Parser::parameters(Tok close, bool lambda) {
  auto* a = arena_.make<ast::Arguments>();
  bool seen_slash = false, seen_star = false, seen_default = false;
  while (!at(close)) {
    const Token& t = peek();
    if (t.kind == Tok::Slash) {
      advance();
      if (seen_slash) return invalid("/ may appear only once", loc_of(t));
      if (seen_star) return invalid("/ must be ahead of *", loc_of(t));
      if (a->args.empty())
        return at(Tok::Comma) ? invalid("at least one argument must precede /", loc_of(t)) : nullptr;
      seen_slash = true;
      a->posonlyargs = std::move(a->args);
      a->args.clear();
    } else if (t.kind == Tok::Star) {
      advance();
      if (seen_star) return invalid("* argument may appear only once", loc_of(t));
      seen_star = true;
      if (at(Tok::Comma) || at(close)) {
        if (at(close) || kind(1) == Tok::DoubleStar || kind(1) == close)
          return invalid("named arguments must follow bare *", loc_of(t));
      } else {
        if (!(a->vararg = parameter(lambda, true))) return nullptr;
        if (at(Tok::Equal)) return invalid("var-positional argument cannot have default value", loc_of(peek()));
      }
    } else if (t.kind == Tok::DoubleStar) {
      advance();
      if (!(a->kwarg = parameter(lambda, false))) return nullptr;
      if (at(Tok::Equal)) return invalid("var-keyword argument cannot have default value", loc_of(peek()));
      if (accept(Tok::Comma) && !at(close))
        return invalid("arguments cannot follow var-keyword argument", loc_of(peek()));
      break;
    } else {
      ast::Arg* arg = parameter(lambda, false);
      if (!arg) return nullptr;
      ast::Expr* def = nullptr;
      if (accept(Tok::Equal) && !(def = expression())) return nullptr;
      if (seen_star) {
        a->kwonlyargs.push_back(arg);
        a->kw_defaults.push_back(def);
      } else {
        a->args.push_back(arg);
        if (def) {
          a->defaults.push_back(def);
          seen_default = true;
        } else if (seen_default) {
          return invalid("parameter without a default follows parameter with a default",
                         arg->loc);
        }
      }
    }
    if (!accept(Tok::Comma)) break;
  }
  return a;
}

}  // namespace weft
