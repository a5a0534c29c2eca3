// Parser tests: the AST (as CPython 3.13's ast.dump() prints it, expected values taken from
// CPython), CPython's error messages and positions, and hostile input that must fail cleanly.
#include "compile/parser.hpp"

#include <gtest/gtest.h>

#include <string>

#include "compile/ast_dump.hpp"

namespace weft {
namespace {

struct DumpCase {
  ParseMode mode;
  const char* src;
  const char* dump;
};

const DumpCase DUMPS[] = {
    {ParseMode::Exec, "x = 1",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])"},
    {ParseMode::Exec, "a, *b = c",
     "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))])"},
    {ParseMode::Exec, "a = b = c",
     "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], value=Name(id='c', ctx=Load()))])"},
    {ParseMode::Exec, "x += 1",
     "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1))])"},
    {ParseMode::Exec, "x: int = 5",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=1)])"},
    {ParseMode::Exec, "(x): int",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)])"},
    {ParseMode::Exec, "del a, (b, c), d[0]",
     "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Tuple(elts=[Name(id='b', ctx=Del()), Name(id='c', ctx=Del())], ctx=Del()), Subscript(value=Name(id='d', ctx=Load()), slice=Constant(value=0), ctx=Del())])])"},
    {ParseMode::Exec, "import a.b as c",
     "Module(body=[Import(names=[alias(name='a.b', asname='c')])])"},
    {ParseMode::Exec, "from .. import x as y, z",
     "Module(body=[ImportFrom(names=[alias(name='x', asname='y'), alias(name='z')], level=2)])"},
    {ParseMode::Exec, "from m import *",
     "Module(body=[ImportFrom(module='m', names=[alias(name='*')], level=0)])"},
    {ParseMode::Exec, "global a, b",
     "Module(body=[Global(names=['a', 'b'])])"},
    {ParseMode::Exec, "assert x, \"msg\"",
     "Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))])"},
    {ParseMode::Exec, "raise E from e",
     "Module(body=[Raise(exc=Name(id='E', ctx=Load()), cause=Name(id='e', ctx=Load()))])"},
    {ParseMode::Exec, "if a:\n    pass\nelif b:\n    x\nelse:\n    y",
     "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Expr(value=Name(id='x', ctx=Load()))], orelse=[Expr(value=Name(id='y', ctx=Load()))])])])"},
    {ParseMode::Exec, "while x:\n    break\nelse:\n    continue",
     "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Continue()])])"},
    {ParseMode::Exec, "for i, j in z:\n    pass\nelse:\n    pass",
     "Module(body=[For(target=Tuple(elts=[Name(id='i', ctx=Store()), Name(id='j', ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[Pass()])])"},
    {ParseMode::Exec, "with a as b, c as (d, e):\n    pass",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Tuple(elts=[Name(id='d', ctx=Store()), Name(id='e', ctx=Store())], ctx=Store()))], body=[Pass()])])"},
    {ParseMode::Exec, "with (a as b, c):\n    pass",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])])"},
    {ParseMode::Exec, "try:\n    pass\nexcept E as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
     "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])])"},
    {ParseMode::Exec, "try:\n    pass\nexcept* E:\n    pass",
     "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), body=[Pass()])])])"},
    {ParseMode::Exec, "@dec\n@dec2(1)\ndef f(a, /, b=1, *args, c, d=2, **kw) -> int:\n    return a",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), body=[Return(value=Name(id='a', ctx=Load()))], decorator_list=[Name(id='dec', ctx=Load()), Call(func=Name(id='dec2', ctx=Load()), args=[Constant(value=1)])], returns=Name(id='int', ctx=Load()))])"},
    {ParseMode::Exec, "async def f():\n    await x\n    async for a in b:\n        pass\n    async with c:\n        pass",
     "Module(body=[AsyncFunctionDef(name='f', args=arguments(), body=[Expr(value=Await(value=Name(id='x', ctx=Load()))), AsyncFor(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), body=[Pass()]), AsyncWith(items=[withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])])])"},
    {ParseMode::Exec, "class C(B, metaclass=M):\n    x = 1",
     "Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])])"},
    {ParseMode::Exec, "def f[T: int, *Ts, **P](x: T) -> T: pass",
     "Module(body=[FunctionDef(name='f', args=arguments(args=[arg(arg='x', annotation=Name(id='T', ctx=Load()))]), body=[Pass()], returns=Name(id='T', ctx=Load()), type_params=[TypeVar(name='T', bound=Name(id='int', ctx=Load())), TypeVarTuple(name='Ts'), ParamSpec(name='P')])])"},
    {ParseMode::Exec, "type X[T] = list[T]",
     "Module(body=[TypeAlias(name=Name(id='X', ctx=Store()), type_params=[TypeVar(name='T')], value=Subscript(value=Name(id='list', ctx=Load()), slice=Name(id='T', ctx=Load()), ctx=Load()))])"},
    {ParseMode::Exec, "match p:\n    case [1, *rest]: pass\n    case {\"k\": v, **kw}: pass\n    case Point(x=0, y=yy) | None: pass\n    case -1 + 2j as z: pass\n    case _: pass",
     "Module(body=[Match(subject=Name(id='p', ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchStar(name='rest')]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value='k')], patterns=[MatchAs(name='v')], rest='kw'), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchClass(cls=Name(id='Point', ctx=Load()), kwd_attrs=['x', 'y'], kwd_patterns=[MatchValue(value=Constant(value=0)), MatchAs(name='yy')]), MatchSingleton(value=None)]), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchValue(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=1)), op=Add(), right=Constant(value=2j))), name='z'), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()])])])"},
    {ParseMode::Eval, "lambda a, *b, c=1, **d: a",
     "Expression(body=Lambda(args=arguments(args=[arg(arg='a')], vararg=arg(arg='b'), kwonlyargs=[arg(arg='c')], kw_defaults=[Constant(value=1)], kwarg=arg(arg='d')), body=Name(id='a', ctx=Load())))"},
    {ParseMode::Eval, "a if b else c",
     "Expression(body=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())))"},
    {ParseMode::Eval, "not a and b or c",
     "Expression(body=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))"},
    {ParseMode::Eval, "a < b <= c != d is not e not in f",
     "Expression(body=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), NotEq(), IsNot(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load())]))"},
    {ParseMode::Eval, "-x ** -y // z @ w",
     "Expression(body=BinOp(left=BinOp(left=UnaryOp(op=USub(), operand=BinOp(left=Name(id='x', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='y', ctx=Load())))), op=FloorDiv(), right=Name(id='z', ctx=Load())), op=MatMult(), right=Name(id='w', ctx=Load())))"},
    {ParseMode::Eval, "a | b ^ c & d << e >> f",
     "Expression(body=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=Name(id='e', ctx=Load())), op=RShift(), right=Name(id='f', ctx=Load()))))))"},
    {ParseMode::Eval, "f(a, *b, c=1, **d)",
     "Expression(body=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))]))"},
    {ParseMode::Eval, "f(x for x in y)",
     "Expression(body=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), is_async=0)])]))"},
    {ParseMode::Eval, "x[1:2, ::3, *a]",
     "Expression(body=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3)), Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))"},
    {ParseMode::Eval, "x[()]",
     "Expression(body=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(ctx=Load()), ctx=Load()))"},
    {ParseMode::Eval, "[x for x in y if x for z in w]",
     "Expression(body=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load())], is_async=0), comprehension(target=Name(id='z', ctx=Store()), iter=Name(id='w', ctx=Load()), is_async=0)]))"},
    {ParseMode::Eval, "{k: v for k, v in d}",
     "Expression(body=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='d', ctx=Load()), is_async=0)]))"},
    {ParseMode::Eval, "{x async for x in y}",
     "Expression(body=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), is_async=1)]))"},
    {ParseMode::Eval, "{**a, \"b\": 1}",
     "Expression(body=Dict(keys=[None, Constant(value='b')], values=[Name(id='a', ctx=Load()), Constant(value=1)]))"},
    {ParseMode::Eval, "(yield)",
     "Expression(body=Yield())"},
    {ParseMode::Eval, "(x := 1)",
     "Expression(body=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1)))"},
    {ParseMode::Eval, "...",
     "Expression(body=Constant(value=Ellipsis))"},
    {ParseMode::Eval, "\"a\" \"b\" u\"c\"",
     "Expression(body=Constant(value='abc'))"},
    {ParseMode::Eval, "b\"\\x00\\xff\" rb\"\\n\"",
     "Expression(body=Constant(value=b'\\x00\\xff\\\\n'))"},
    {ParseMode::Eval, "\"\\N{BULLET} \\u00e9 \\U0001F600 \\101 \\q\"",
     "Expression(body=Constant(value='• é 😀 A \\\\q'))"},
    {ParseMode::Eval, "f\"a{b!r:>{w}}c{d=}e{f = :x}{{}}\"",
     "Expression(body=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value='cd='), FormattedValue(value=Name(id='d', ctx=Load()), conversion=114), Constant(value='ef = '), FormattedValue(value=Name(id='f', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='x')])), Constant(value='{}')]))"},
    {ParseMode::Eval, "f'{x[\"k\"]}' 'tail'",
     "Expression(body=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value='k'), ctx=Load()), conversion=-1), Constant(value='tail')]))"},
    {ParseMode::Eval, "0x1F + 0o17 + 0b1 + 1_000 + 1.5e3 + 2j",
     "Expression(body=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=31), op=Add(), right=Constant(value=15)), op=Add(), right=Constant(value=1)), op=Add(), right=Constant(value=1000)), op=Add(), right=Constant(value=1500.0)), op=Add(), right=Constant(value=2j)))"},
    {ParseMode::Single, "x = 1",
     "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])"},
    {ParseMode::Single, "if x:\n    y\n",
     "Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load()))])])"},
};

struct ErrorCase {
  const char* src;
  const char* kind;
  const char* msg;
  int line, offset;
};

const ErrorCase ERRORS[] = {
    {"x = = 1", "SyntaxError", "invalid syntax", 1, 5},
    {"f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1},
    {"a + 1 = 2", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1},
    {"(a, f()) = 1", "SyntaxError", "cannot assign to function call", 1, 5},
    {"if x = 1: pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4},
    {"f(a=1, b)", "SyntaxError", "positional argument follows keyword argument", 1, 9},
    {"f(x for x in y, 1)", "SyntaxError", "Generator expression must be parenthesized", 1, 3},
    {"(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2},
    {"x = 1 if y", "SyntaxError", "expected 'else' after 'if' expression", 1, 5},
    {"def f(a=1, b): pass", "SyntaxError", "parameter without a default follows parameter with a default", 1, 12},
    {"if x\n  pass\n", "SyntaxError", "expected ':'", 1, 5},
    {"if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1},
    {"  x = 1\n", "IndentationError", "unexpected indent", 1, 2},
    {"x = (1,\n 2\n", "SyntaxError", "'(' was never closed", 1, 5},
    {"print \"x\"", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1},
    {"for f() in x: pass", "SyntaxError", "cannot assign to function call", 1, 5},
    {"del f()", "SyntaxError", "cannot delete function call", 1, 5},
    {"x = {1: }", "SyntaxError", "expression expected after dictionary key and ':'", 1, 7},
    {"f\"{}\"", "SyntaxError", "f-string: valid expression required before '}'", 1, 4},
    {"f\"{x!z}\"", "SyntaxError", "f-string: invalid conversion character 'z': expected 's', 'r', or 'a'", 1, 6},
    {"x = \"\\x1\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 5},
    {"x = \"a\" b\"b\"", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13},
    {"a, b: int", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1},
    {"yield x = 1", "SyntaxError", "assignment to yield expression not possible", 1, 1},
    {"try:\n  pass\nx = 1", "SyntaxError", "expected 'except' or 'finally' block", 3, 1},
    {"from x import a,", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17},
    {"import", "SyntaxError", "Expected one or more names after 'import'", 1, 7},
};

bool parse_text(const std::string& src, ParseMode mode, SyntaxErrorInfo* err, std::string* dump = nullptr,
                uintptr_t stack_limit = 0) {
  ast::Arena arena;
  ast::Module module;
  bool ok = parse(src, mode, stack_limit, arena, &module, err);
  if (ok && dump) *dump = ast_dump(module, mode);
  return ok;
}

TEST(Parser, MatchesCPythonAst) {
  for (const DumpCase& c : DUMPS) {
    SyntaxErrorInfo err;
    std::string dump;
    ASSERT_TRUE(parse_text(c.src, c.mode, &err, &dump)) << c.src << ": " << err.msg;
    EXPECT_EQ(dump, c.dump) << c.src;
  }
}

TEST(Parser, MatchesCPythonErrors) {
  for (const ErrorCase& c : ERRORS) {
    SyntaxErrorInfo err;
    ASSERT_FALSE(parse_text(c.src, ParseMode::Exec, &err)) << c.src;
    EXPECT_STREQ(err.kind, c.kind) << c.src;
    EXPECT_EQ(err.msg, c.msg) << c.src;
    EXPECT_EQ(err.line, c.line) << c.src;
    EXPECT_EQ(err.col, c.offset) << c.src;
  }
}

TEST(Parser, Positions) {
  ast::Arena arena;
  ast::Module m;
  SyntaxErrorInfo err;
  ASSERT_TRUE(parse("if x:\n    y = a + bb\n", ParseMode::Exec, 0, arena, &m, &err));
  auto* s = static_cast<ast::If*>(m.body[0]);
  auto* assign = static_cast<ast::Assign*>(s->body[0]);
  EXPECT_EQ(assign->loc.line, 2);
  EXPECT_EQ(assign->loc.col, 4);
  EXPECT_EQ(assign->value->loc.col, 8);
  EXPECT_EQ(assign->value->loc.end_col, 14);
}

TEST(Parser, SingleModeRejectsTwoStatements) {
  SyntaxErrorInfo err;
  EXPECT_FALSE(parse_text("a = 1\nb = 2\n", ParseMode::Single, &err));
  EXPECT_EQ(err.msg, "multiple statements found while compiling a single statement");
}

TEST(Parser, SourceEncoding) {
  SyntaxErrorInfo err;
  std::string dump;
  EXPECT_TRUE(parse_text("\xEF\xBB\xBFx = 1\r\ny = 2\r", ParseMode::Exec, &err, &dump));
  EXPECT_FALSE(parse_text("x = '\xFF'\n", ParseMode::Exec, &err));
  EXPECT_EQ(err.msg, "(unicode error) 'utf-8' codec can't decode byte 0xff in position 5: invalid start byte");
  EXPECT_FALSE(parse_text(std::string("x = 1\0\n", 7), ParseMode::Exec, &err));
  EXPECT_EQ(err.msg, "source code cannot contain null bytes");
}

// Hostile input: every case must fail (or succeed) cleanly and fast.
TEST(Parser, BadInput) {
  SyntaxErrorInfo err;
  EXPECT_FALSE(parse_text(std::string(10000, '(') + std::string(10000, ')'), ParseMode::Exec, &err));
  EXPECT_EQ(err.msg, "too many nested parentheses");
  EXPECT_FALSE(parse_text(std::string(10000, '[') + std::string(10000, ']'), ParseMode::Exec, &err));
  EXPECT_EQ(err.msg, "too many nested parentheses");
  EXPECT_FALSE(parse_text(std::string(10000, '-') + "1", ParseMode::Exec, &err));
  EXPECT_STREQ(err.kind, "MemoryError");
  std::string ifs;
  for (int i = 0; i < 200; i++) ifs += std::string(static_cast<size_t>(i), ' ') + "if 1:\n";
  EXPECT_FALSE(parse_text(ifs, ParseMode::Exec, &err));
  EXPECT_STREQ(err.kind, "IndentationError");
  EXPECT_EQ(err.msg, "too many levels of indentation");
  EXPECT_FALSE(parse_text("if 1:\n\tx\n        y\n", ParseMode::Exec, &err));
  EXPECT_STREQ(err.kind, "TabError");
  EXPECT_FALSE(parse_text("x = 1 + \\", ParseMode::Exec, &err));
  EXPECT_EQ(err.msg, "unexpected EOF while parsing");
  EXPECT_TRUE(parse_text("x = 1\n\f\ny = 2\n\f  \n", ParseMode::Exec, &err));
  EXPECT_FALSE(parse_text("x = \"abc", ParseMode::Exec, &err));
  EXPECT_EQ(err.msg, "unterminated string literal (detected at line 1)");
  std::string garbage;
  for (int i = 0; i < 20000; i++) garbage += static_cast<char>(1 + (i * 7919) % 255);
  EXPECT_FALSE(parse_text(garbage, ParseMode::Exec, &err));
  std::string printable;
  for (int i = 0; i < 20000; i++) printable += static_cast<char>(32 + (i * 7919) % 95);
  EXPECT_FALSE(parse_text(printable, ParseMode::Exec, &err));
}

TEST(Parser, NativeStackLimit) {
  // A limit just below the current frame: the first nested rule trips it.
  char here;
  uintptr_t limit = reinterpret_cast<uintptr_t>(&here) - 4096;
  SyntaxErrorInfo err;
  EXPECT_FALSE(parse_text("x = " + std::string(150, '(') + "1" + std::string(150, ')'), ParseMode::Exec,
                          &err, nullptr, limit));
  EXPECT_STREQ(err.kind, "RecursionError");
  EXPECT_EQ(err.msg, "maximum recursion depth exceeded during compilation");
}

// A 1 MB line and a 1 MB file parse (their speed is measured in bench/, not here).
TEST(Parser, LargeInputParses) {
  std::string line = "x = " ;
  for (int i = 0; i < 250000; i++) line += "1 + ";
  line += "1\n";
  std::string file;
  while (file.size() < 1000000) file += "def f(a, b=1):\n    return [a, b, 'x', f\"{a!r}\"]\n";
  SyntaxErrorInfo err;
  EXPECT_TRUE(parse_text(line, ParseMode::Exec, &err));
  EXPECT_TRUE(parse_text(file, ParseMode::Exec, &err));
}

}  // namespace
}  // namespace weft
