// The parser: Python 3.11 syntax to the AST of ast.h, and CPython's SyntaxError messages.
//
// Expected dumps were produced from CPython's own `ast` module (python3 3.11.7) converted to the
// ast_dump format; expected error messages, lines and offsets come from compile() in python3.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "ast_dump.h"
#include "parser.h"

namespace {

using ls::SyntaxErrorInfo;

std::string dump_of(std::string_view source, bool positions = false) {
    SyntaxErrorInfo err;
    auto module = ls::parse_module(source, "prog.py", err);
    if (!module) return err.type + ": " + err.message + " (" + std::to_string(err.line) + ":" + std::to_string(err.col) + ")";
    return ls::ast::dump(*module, positions);
}

std::string dump_with_positions(std::string_view source) { return dump_of(source, true); }

SyntaxErrorInfo error_of(std::string_view source) {
    SyntaxErrorInfo err;
    auto module = ls::parse_module(source, "prog.py", err);
    if (module) err.message = "no error";
    return err;
}

// ---- valid programs (expected values from CPython's ast) --------------------------------------

TEST(Parser, AssignmentOfInteger) {
    EXPECT_EQ(dump_of("x = 1\n"),
              "Module(Assign(targets=[Name('x', Store)], value=Constant(Int, '1')))");
}
TEST(Parser, ChainedAssignment) {
    EXPECT_EQ(dump_of("a = b = 1\n"),
              "Module(Assign(targets=[Name('a', Store), Name('b', Store)], value=Constant(Int, '1')))");
}
TEST(Parser, TupleUnpackingWithoutParentheses) {
    EXPECT_EQ(dump_of("a, b = b, a\n"),
              "Module(Assign(targets=[Tuple([Name('a', Store), Name('b', Store)], Store)], value=Tuple([Name('b'), Name('a')])))");
}
TEST(Parser, StarredTargetInUnpacking) {
    EXPECT_EQ(dump_of("first, *rest = items\n"),
              "Module(Assign(targets=[Tuple([Name('first', Store), Starred(Name('rest', Store), Store)], Store)], value=Name('items')))");
}
TEST(Parser, AugmentedAssignmentOperators) {
    EXPECT_EQ(dump_of("x += 1\nx //= 2\nx **= 3\nx @= m\nx >>= 1\n"),
              "Module(AugAssign(Name('x', Store), Add, Constant(Int, '1')), AugAssign(Name('x', Store), FloorDiv, Constant(Int, '2')), AugAssign(Name('x', Store), Pow, Constant(Int, '3')), AugAssign(Name('x', Store), MatMult, Name('m')), AugAssign(Name('x', Store), RShift, Constant(Int, '1')))");
}
TEST(Parser, AnnotatedAssignment) {
    EXPECT_EQ(dump_of("x: int = 5\ny: list[int]\n"),
              "Module(AnnAssign(Name('x', Store), annotation=Name('int'), value=Constant(Int, '5')), AnnAssign(Name('y', Store), annotation=Subscript(Name('list'), Name('int'))))");
}
TEST(Parser, OperatorPrecedence) {
    EXPECT_EQ(dump_of("x = 1 + 2 * 3 ** -4 // 5 % 6 - 7\n"),
              "Module(Assign(targets=[Name('x', Store)], value=BinOp(Sub, BinOp(Add, Constant(Int, '1'), BinOp(Mod, BinOp(FloorDiv, BinOp(Mult, Constant(Int, '2'), BinOp(Pow, Constant(Int, '3'), UnaryOp(USub, Constant(Int, '4')))), Constant(Int, '5')), Constant(Int, '6'))), Constant(Int, '7'))))");
}
TEST(Parser, PowerIsRightAssociativeAndBindsTighterThanUnaryMinus) {
    EXPECT_EQ(dump_of("x = -2 ** 3 ** 2\n"),
              "Module(Assign(targets=[Name('x', Store)], value=UnaryOp(USub, BinOp(Pow, Constant(Int, '2'), BinOp(Pow, Constant(Int, '3'), Constant(Int, '2'))))))");
}
TEST(Parser, BitwiseAndShiftPrecedence) {
    EXPECT_EQ(dump_of("x = a | b ^ c & d << 2 >> 1\n"),
              "Module(Assign(targets=[Name('x', Store)], value=BinOp(BitOr, Name('a'), BinOp(BitXor, Name('b'), BinOp(BitAnd, Name('c'), BinOp(RShift, BinOp(LShift, Name('d'), Constant(Int, '2')), Constant(Int, '1')))))))");
}
TEST(Parser, ComparisonChain) {
    EXPECT_EQ(dump_of("ok = 0 <= i < n != m is not None\n"),
              "Module(Assign(targets=[Name('ok', Store)], value=Compare(Constant(Int, '0'), LtE, Name('i'), Lt, Name('n'), NotEq, Name('m'), IsNot, Constant(None))))");
}
TEST(Parser, MembershipAndIdentityOperators) {
    EXPECT_EQ(dump_of("r = a not in b or c in d and e is f\n"),
              "Module(Assign(targets=[Name('r', Store)], value=BoolOp(Or, [Compare(Name('a'), NotIn, Name('b')), BoolOp(And, [Compare(Name('c'), In, Name('d')), Compare(Name('e'), Is, Name('f'))])])))");
}
TEST(Parser, BooleanOperatorsAndNot) {
    EXPECT_EQ(dump_of("r = not a and b or c and not d\n"),
              "Module(Assign(targets=[Name('r', Store)], value=BoolOp(Or, [BoolOp(And, [UnaryOp(Not, Name('a')), Name('b')]), BoolOp(And, [Name('c'), UnaryOp(Not, Name('d'))])])))");
}
TEST(Parser, ConditionalExpression) {
    EXPECT_EQ(dump_of("x = a if cond else b if other else c\n"),
              "Module(Assign(targets=[Name('x', Store)], value=IfExp(test=Name('cond'), body=Name('a'), orelse=IfExp(test=Name('other'), body=Name('b'), orelse=Name('c')))))");
}
TEST(Parser, LambdaWithDefaultsAndStar) {
    EXPECT_EQ(dump_of("f = lambda x, y=2, *args, z, **kw: x + y\n"),
              "Module(Assign(targets=[Name('f', Store)], value=Lambda(arguments(args=[x, y], vararg=args, kwonly=[z], kw_defaults=[None], kwarg=kw, defaults=[Constant(Int, '2')]), BinOp(Add, Name('x'), Name('y')))))");
}
TEST(Parser, CallWithAllArgumentKinds) {
    EXPECT_EQ(dump_of("f(a, *args, key=1, **kwargs)\n"),
              "Module(Expr(Call(Name('f'), [Name('a'), Starred(Name('args'))], [keyword(key=Constant(Int, '1')), keyword(**Name('kwargs'))])))");
}
TEST(Parser, GeneratorExpressionAsSoleArgument) {
    EXPECT_EQ(dump_with_positions("total = sum(x * x for x in range(10))\n"),
              "Module(Assign(targets=[Name('total', Store)@1:0-1:5], value=Call(Name('sum')@1:8-1:11, [GeneratorExp(BinOp(Mult, Name('x')@1:12-1:13, Name('x')@1:16-1:17)@1:12-1:17, [comprehension(Name('x', Store)@1:22-1:23 in Call(Name('range')@1:27-1:32, [Constant(Int, '10')@1:33-1:35])@1:27-1:36)])@1:11-1:37])@1:8-1:37)@1:0-1:37)");
}
TEST(Parser, AttributeSubscriptAndCallChain) {
    EXPECT_EQ(dump_of("v = obj.items[0].get('k')(1)\n"),
              "Module(Assign(targets=[Name('v', Store)], value=Call(Call(Attribute(Subscript(Attribute(Name('obj'), 'items'), Constant(Int, '0')), 'get'), [Constant(Str, 'k')]), [Constant(Int, '1')])))");
}
TEST(Parser, SlicesAndTuplesOfSlices) {
    EXPECT_EQ(dump_of("a[1:2]\na[::2]\na[:, 1:]\na[1:2, ::3]\na[:]\n"),
              "Module(Expr(Subscript(Name('a'), Slice(Constant(Int, '1'), Constant(Int, '2'), None))), Expr(Subscript(Name('a'), Slice(None, None, Constant(Int, '2')))), Expr(Subscript(Name('a'), Tuple([Slice(None, None, None), Slice(Constant(Int, '1'), None, None)]))), Expr(Subscript(Name('a'), Tuple([Slice(Constant(Int, '1'), Constant(Int, '2'), None), Slice(None, None, Constant(Int, '3'))]))), Expr(Subscript(Name('a'), Slice(None, None, None))))");
}
TEST(Parser, ListTupleSetDictDisplays) {
    EXPECT_EQ(dump_of("l = [1, 2,]\nt = (1,)\ne = ()\ns = {1, 2}\nd = {'a': 1, **other}\n"),
              "Module(Assign(targets=[Name('l', Store)], value=List([Constant(Int, '1'), Constant(Int, '2')])), Assign(targets=[Name('t', Store)], value=Tuple([Constant(Int, '1')])), Assign(targets=[Name('e', Store)], value=Tuple([])), Assign(targets=[Name('s', Store)], value=Set([Constant(Int, '1'), Constant(Int, '2')])), Assign(targets=[Name('d', Store)], value=Dict(keys=[Constant(Str, 'a'), None], values=[Constant(Int, '1'), Name('other')])))");
}
TEST(Parser, StarredInDisplaysAndCalls) {
    EXPECT_EQ(dump_of("l = [*a, *b]\nt = (*a, 1)\nf(*a, *b)\n"),
              "Module(Assign(targets=[Name('l', Store)], value=List([Starred(Name('a')), Starred(Name('b'))])), Assign(targets=[Name('t', Store)], value=Tuple([Starred(Name('a')), Constant(Int, '1')])), Expr(Call(Name('f'), [Starred(Name('a')), Starred(Name('b'))])))");
}
TEST(Parser, Comprehensions) {
    EXPECT_EQ(dump_of("l = [x for x in y if x if x > 1]\ns = {x for x in y}\nd = {k: v for k, v in items}\ng = (x for x in y for z in x)\n"),
              "Module(Assign(targets=[Name('l', Store)], value=ListComp(Name('x'), [comprehension(Name('x', Store) in Name('y') if Name('x') if Compare(Name('x'), Gt, Constant(Int, '1')))])), Assign(targets=[Name('s', Store)], value=SetComp(Name('x'), [comprehension(Name('x', Store) in Name('y'))])), Assign(targets=[Name('d', Store)], value=DictComp(Name('k'): Name('v'), [comprehension(Tuple([Name('k', Store), Name('v', Store)], Store) in Name('items'))])), Assign(targets=[Name('g', Store)], value=GeneratorExp(Name('x'), [comprehension(Name('x', Store) in Name('y')), comprehension(Name('z', Store) in Name('x'))])))");
}
TEST(Parser, AsyncComprehension) {
    EXPECT_EQ(dump_of("async def f():\n    return [x async for x in aiter()]\n"),
              "Module(AsyncFunctionDef('f', arguments(), body=[Return(ListComp(Name('x'), [async comprehension(Name('x', Store) in Call(Name('aiter'), []))]))]))");
}
TEST(Parser, WalrusInIfAndComprehension) {
    EXPECT_EQ(dump_of("if (n := len(a)) > 10:\n    pass\n[y for x in data if (y := f(x))]\n"),
              "Module(If(Compare(NamedExpr(Name('n', Store), Call(Name('len'), [Name('a')])), Gt, Constant(Int, '10')), body=[Pass]), Expr(ListComp(Name('y'), [comprehension(Name('x', Store) in Name('data') if NamedExpr(Name('y', Store), Call(Name('f'), [Name('x')])))])))");
}
TEST(Parser, YieldAndYieldFrom) {
    EXPECT_EQ(dump_of("def g():\n    yield\n    yield 1\n    x = yield 2\n    yield from other()\n    y = yield a, b\n"),
              "Module(FunctionDef('g', arguments(), body=[Expr(Yield()), Expr(Yield(Constant(Int, '1'))), Assign(targets=[Name('x', Store)], value=Yield(Constant(Int, '2'))), Expr(YieldFrom(Call(Name('other'), []))), Assign(targets=[Name('y', Store)], value=Yield(Tuple([Name('a'), Name('b')])))]))");
}
TEST(Parser, AwaitInAsyncFunction) {
    EXPECT_EQ(dump_of("async def main():\n    await asyncio.sleep(1)\n    r = await task\n"),
              "Module(AsyncFunctionDef('main', arguments(), body=[Expr(Await(Call(Attribute(Name('asyncio'), 'sleep'), [Constant(Int, '1')]))), Assign(targets=[Name('r', Store)], value=Await(Name('task')))]))");
}
TEST(Parser, AsyncForAndAsyncWith) {
    EXPECT_EQ(dump_of("async def f():\n    async for x in s:\n        pass\n    async with lock:\n        pass\n"),
              "Module(AsyncFunctionDef('f', arguments(), body=[AsyncFor(Name('x', Store), Name('s'), body=[Pass]), AsyncWith([withitem(Name('lock'))], body=[Pass])]))");
}
TEST(Parser, DecoratedFunctionAndClass) {
    EXPECT_EQ(dump_with_positions("@dec\n@dec2(1)\ndef f():\n    pass\n\n@dataclass\nclass C:\n    pass\n"),
              "Module(FunctionDef('f', arguments(), body=[Pass@4:4-4:8], decorators=[Name('dec')@1:1-1:4, Call(Name('dec2')@2:1-2:5, [Constant(Int, '1')@2:6-2:7])@2:1-2:8])@3:0-4:8, ClassDef('C', body=[Pass@8:4-8:8], decorators=[Name('dataclass')@6:1-6:10])@7:0-8:8)");
}
TEST(Parser, FunctionParametersAllKinds) {
    EXPECT_EQ(dump_of("def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    pass\n"),
              "Module(FunctionDef('f', arguments(posonly=[a, b], args=[c], vararg=args, kwonly=[d, e], kw_defaults=[None, Constant(Int, '3')], kwarg=kw, defaults=[Constant(Int, '1'), Constant(Int, '2')]), body=[Pass], returns=Name('int')))");
}
TEST(Parser, BareStarKeywordOnly) {
    EXPECT_EQ(dump_of("def f(*, key):\n    pass\n"),
              "Module(FunctionDef('f', arguments(kwonly=[key], kw_defaults=[None]), body=[Pass]))");
}
TEST(Parser, ParameterAnnotations) {
    EXPECT_EQ(dump_of("def f(x: int, *a: str, **k: float) -> None:\n    pass\n"),
              "Module(FunctionDef('f', arguments(args=[x: Name('int')], vararg=a: Name('str'), kwarg=k: Name('float')), body=[Pass], returns=Constant(None)))");
}
TEST(Parser, ClassWithBasesAndKeywords) {
    EXPECT_EQ(dump_of("class C(Base, metaclass=Meta):\n    x = 1\n    def m(self):\n        return self.x\n"),
              "Module(ClassDef('C', bases=[Name('Base')], keywords=[keyword(metaclass=Name('Meta'))], body=[Assign(targets=[Name('x', Store)], value=Constant(Int, '1')), FunctionDef('m', arguments(args=[self]), body=[Return(Attribute(Name('self'), 'x'))])]))");
}
TEST(Parser, IfElifElse) {
    EXPECT_EQ(dump_with_positions("if a:\n    x = 1\nelif b:\n    x = 2\nelse:\n    x = 3\n"),
              "Module(If(Name('a')@1:3-1:4, body=[Assign(targets=[Name('x', Store)@2:4-2:5], value=Constant(Int, '1')@2:8-2:9)@2:4-2:9], orelse=[If(Name('b')@3:5-3:6, body=[Assign(targets=[Name('x', Store)@4:4-4:5], value=Constant(Int, '2')@4:8-4:9)@4:4-4:9], orelse=[Assign(targets=[Name('x', Store)@6:4-6:5], value=Constant(Int, '3')@6:8-6:9)@6:4-6:9])@3:0-6:9])@1:0-6:9)");
}
TEST(Parser, ForAndWhileWithElse) {
    EXPECT_EQ(dump_of("for i in range(3):\n    continue\nelse:\n    pass\nwhile x:\n    break\nelse:\n    pass\n"),
              "Module(For(Name('i', Store), Call(Name('range'), [Constant(Int, '3')]), body=[Continue], orelse=[Pass]), While(Name('x'), body=[Break], orelse=[Pass]))");
}
TEST(Parser, ForTargetTuple) {
    EXPECT_EQ(dump_of("for i, (a, b) in enumerate(pairs):\n    pass\n"),
              "Module(For(Tuple([Name('i', Store), Tuple([Name('a', Store), Name('b', Store)], Store)], Store), Call(Name('enumerate'), [Name('pairs')]), body=[Pass]))");
}
TEST(Parser, WithMultipleItems) {
    EXPECT_EQ(dump_of("with open(a) as f, open(b) as g:\n    pass\n"),
              "Module(With([withitem(Call(Name('open'), [Name('a')]) as Name('f', Store)), withitem(Call(Name('open'), [Name('b')]) as Name('g', Store))], body=[Pass]))");
}
TEST(Parser, ParenthesizedWithItems) {
    EXPECT_EQ(dump_of("with (open(a) as f, open(b) as g):\n    pass\n"),
              "Module(With([withitem(Call(Name('open'), [Name('a')]) as Name('f', Store)), withitem(Call(Name('open'), [Name('b')]) as Name('g', Store))], body=[Pass]))");
}
TEST(Parser, WithParenthesizedTupleExpression) {
    EXPECT_EQ(dump_of("with (a, b) as c:\n    pass\n"),
              "Module(With([withitem(Tuple([Name('a'), Name('b')]) as Name('c', Store))], body=[Pass]))");
}
TEST(Parser, TryExceptElseFinally) {
    EXPECT_EQ(dump_with_positions("try:\n    pass\nexcept (ValueError, TypeError) as e:\n    pass\nexcept KeyError:\n    pass\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    pass\n"),
              "Module(Try([Pass@2:4-2:8], handlers=[ExceptHandler(Tuple([Name('ValueError')@3:8-3:18, Name('TypeError')@3:20-3:29])@3:7-3:30 as e, [Pass@4:4-4:8])@3:0-4:8, ExceptHandler(Name('KeyError')@5:7-5:15, [Pass@6:4-6:8])@5:0-6:8, ExceptHandler(, [Raise()@8:4-8:9])@7:0-8:9], orelse=[Pass@10:4-10:8], finalbody=[Pass@12:4-12:8])@1:0-12:8)");
}
TEST(Parser, TryStar) {
    EXPECT_EQ(dump_of("try:\n    pass\nexcept* ValueError as eg:\n    pass\n"),
              "Module(TryStar([Pass], handlers=[ExceptHandler(Name('ValueError') as eg, [Pass])]))");
}
TEST(Parser, RaiseFrom) {
    EXPECT_EQ(dump_of("raise ValueError('x') from err\nraise\n"),
              "Module(Raise(Call(Name('ValueError'), [Constant(Str, 'x')]), cause=Name('err')), Raise())");
}
TEST(Parser, GlobalNonlocalDelAssertPass) {
    EXPECT_EQ(dump_of("def f():\n    global g\n    def h():\n        nonlocal a, b\n    del a, b[0], c.d\n    assert x, 'msg'\n    pass\n"),
              "Module(FunctionDef('f', arguments(), body=[Global(g), FunctionDef('h', arguments(), body=[Nonlocal(a, b)]), Delete([Name('a', Del), Subscript(Name('b'), Constant(Int, '0'), Del), Attribute(Name('c'), 'd', Del)]), Assert(Name('x'), msg=Constant(Str, 'msg')), Pass]))");
}
TEST(Parser, Imports) {
    EXPECT_EQ(dump_with_positions("import os\nimport os.path as p, sys\nfrom . import x\nfrom ..pkg.mod import (a as b, c,)\nfrom mod import *\nfrom ... import y\n"),
              "Module(Import([os@1:7-1:9])@1:0-1:9, Import([os.path as p@2:7-2:19, sys@2:21-2:24])@2:0-2:24, ImportFrom(., [x@3:14-3:15])@3:0-3:15, ImportFrom(..pkg.mod, [a as b@4:23-4:29, c@4:31-4:32])@4:0-4:34, ImportFrom(mod, [*@5:16-5:17])@5:0-5:17, ImportFrom(..., [y@6:16-6:17])@6:0-6:17)");
}
TEST(Parser, MainGuard) {
    EXPECT_EQ(dump_of("if __name__ == '__main__':\n    main()\n"),
              "Module(If(Compare(Name('__name__'), Eq, Constant(Str, '__main__')), body=[Expr(Call(Name('main'), []))]))");
}
TEST(Parser, SemicolonSeparatedStatements) {
    EXPECT_EQ(dump_of("a = 1; b = 2;\n"),
              "Module(Assign(targets=[Name('a', Store)], value=Constant(Int, '1')), Assign(targets=[Name('b', Store)], value=Constant(Int, '2')))");
}
TEST(Parser, StringConcatenationAndEscapes) {
    EXPECT_EQ(dump_of("s = 'a\\n' \"b\\t\" '''c''' r'\\d'\n"),
              "Module(Assign(targets=[Name('s', Store)], value=Constant(Str, 'a\\nb\\tc\\\\d')))");
}
TEST(Parser, BytesLiterals) {
    EXPECT_EQ(dump_of("b = b'\\x00\\xff' rb'\\n'\n"),
              "Module(Assign(targets=[Name('b', Store)], value=Constant(Bytes, '\\x00\\xff\\\\n')))");
}
TEST(Parser, NumbersOfEveryKind) {
    EXPECT_EQ(dump_of("n = [0x1f, 0o7, 0b1, 1_000, 1.5, 1e-3, 2j, .5]\n"),
              "Module(Assign(targets=[Name('n', Store)], value=List([Constant(Int, '0x1f'), Constant(Int, '0o7'), Constant(Int, '0b1'), Constant(Int, '1_000'), Constant(Float, '1.5'), Constant(Float, '1e-3'), Constant(Imaginary, '2j'), Constant(Float, '.5')])))");
}
TEST(Parser, FStringWithConversionAndFormatSpec) {
    EXPECT_EQ(dump_of("s = f'{a!r} and {b:>10} and {c!s:{width}.{prec}}'\n"),
              "Module(Assign(targets=[Name('s', Store)], value=JoinedStr([FormattedValue(Name('a'), conversion=r), Constant(Str, ' and '), FormattedValue(Name('b'), format_spec=JoinedStr([Constant(Str, '>10')])), Constant(Str, ' and '), FormattedValue(Name('c'), conversion=s, format_spec=JoinedStr([FormattedValue(Name('width')), Constant(Str, '.'), FormattedValue(Name('prec'))]))])))");
}
TEST(Parser, FStringMixedWithPlainStrings) {
    EXPECT_EQ(dump_of("s = 'x' f'{a}' 'y'\n"),
              "Module(Assign(targets=[Name('s', Store)], value=JoinedStr([Constant(Str, 'x'), FormattedValue(Name('a')), Constant(Str, 'y')])))");
}
TEST(Parser, FStringDoubledBraces) {
    EXPECT_EQ(dump_of("s = f'{{literal}} {x}'\n"),
              "Module(Assign(targets=[Name('s', Store)], value=JoinedStr([Constant(Str, '{literal} '), FormattedValue(Name('x'))])))");
}
TEST(Parser, FStringNestedQuotesAndDict) {
    EXPECT_EQ(dump_of("s = f\"{d['key']} {', '.join(xs)}\"\n"),
              "Module(Assign(targets=[Name('s', Store)], value=JoinedStr([FormattedValue(Subscript(Name('d'), Constant(Str, 'key'))), Constant(Str, ' '), FormattedValue(Call(Attribute(Constant(Str, ', '), 'join'), [Name('xs')]))])))");
}
TEST(Parser, ChineseIdentifiersAndStrings) {
    EXPECT_EQ(dump_with_positions("计数 = 0\n名字 = '小明'\nprint(f'{名字}: {计数}')\n"),
              "Module(Assign(targets=[Name('计数', Store)@1:0-1:2], value=Constant(Int, '0')@1:5-1:6)@1:0-1:6, Assign(targets=[Name('名字', Store)@2:0-2:2], value=Constant(Str, '小明')@2:5-2:9)@2:0-2:9, Expr(Call(Name('print')@3:0-3:5, [JoinedStr([FormattedValue(Name('名字')@3:9-3:11)@3:6-3:19, Constant(Str, ': ')@3:6-3:19, FormattedValue(Name('计数')@3:15-3:17)@3:6-3:19])@3:6-3:19])@3:0-3:20)@3:0-3:20)");
}
TEST(Parser, PositionsOfNestedExpressions) {
    EXPECT_EQ(dump_with_positions("result = foo(a, b=[1, 2])[0].bar\n"),
              "Module(Assign(targets=[Name('result', Store)@1:0-1:6], value=Attribute(Subscript(Call(Name('foo')@1:9-1:12, [Name('a')@1:13-1:14], [keyword(b=List([Constant(Int, '1')@1:19-1:20, Constant(Int, '2')@1:22-1:23])@1:18-1:24)@1:16-1:24])@1:9-1:25, Constant(Int, '0')@1:26-1:27)@1:9-1:28, 'bar')@1:9-1:32)@1:0-1:32)");
}
TEST(Parser, PositionsCountCodePoints) {
    EXPECT_EQ(dump_with_positions("s = '汉字' + x\n"),
              "Module(Assign(targets=[Name('s', Store)@1:0-1:1], value=BinOp(Add, Constant(Str, '汉字')@1:4-1:8, Name('x')@1:11-1:12)@1:4-1:12)@1:0-1:12)");
}
TEST(Parser, MultiLineExpressionPositions) {
    EXPECT_EQ(dump_with_positions("x = (1 +\n     2)\ny = f(a,\n      b)\n"),
              "Module(Assign(targets=[Name('x', Store)@1:0-1:1], value=BinOp(Add, Constant(Int, '1')@1:5-1:6, Constant(Int, '2')@2:5-2:6)@1:5-2:6)@1:0-2:7, Assign(targets=[Name('y', Store)@3:0-3:1], value=Call(Name('f')@3:4-3:5, [Name('a')@3:6-3:7, Name('b')@4:6-4:7])@3:4-4:8)@3:0-4:8)");
}
TEST(Parser, ConditionalImportAndStarredReturn) {
    EXPECT_EQ(dump_of("def f():\n    return 1, *rest\n"),
              "Module(FunctionDef('f', arguments(), body=[Return(Tuple([Constant(Int, '1'), Starred(Name('rest'))]))]))");
}
TEST(Parser, DictWithTrailingCommaAndNestedComprehension) {
    EXPECT_EQ(dump_of("d = {k: [v for v in vs] for k, vs in m.items()}\n"),
              "Module(Assign(targets=[Name('d', Store)], value=DictComp(Name('k'): ListComp(Name('v'), [comprehension(Name('v', Store) in Name('vs'))]), [comprehension(Tuple([Name('k', Store), Name('vs', Store)], Store) in Call(Attribute(Name('m'), 'items'), []))])))");
}
TEST(Parser, EllipsisAndConstants) {
    EXPECT_EQ(dump_of("x = ...\ny = None, True, False\n"),
              "Module(Assign(targets=[Name('x', Store)], value=Constant(Ellipsis)), Assign(targets=[Name('y', Store)], value=Tuple([Constant(None), Constant(True), Constant(False)])))");
}
TEST(Parser, SubscriptWithStarredIndex) {
    EXPECT_EQ(dump_of("x = a[*idx]\n"),
              "Module(Assign(targets=[Name('x', Store)], value=Subscript(Name('a'), Tuple([Starred(Name('idx'))]))))");
}
TEST(Parser, KeywordsAreNotSoftInNames) {
    EXPECT_EQ(dump_of("match = 1\ncase = match\n_ = case\n"),
              "Module(Assign(targets=[Name('match', Store)], value=Constant(Int, '1')), Assign(targets=[Name('case', Store)], value=Name('match')), Assign(targets=[Name('_', Store)], value=Name('case')))");
}
TEST(Parser, ManyConstructsTogetherMatchCPython) {
    EXPECT_EQ(dump_with_positions("f(a=1, *b)\nf(**a, b=1)\nf(*a, *b, c=1, **d, **e)\nprint(*a, sep='', end='\\n')\nx = f\"{f'{x}'}\" + F'{y!a}' + rf'{z}\\n' + fR\"{w:{v}}\"\ny = u'abc' U\"def\" if 0 else B'x'\ndel x,\ndel (a), [b]\nassert (x, y)\ndef g():\n    return\nlambda: (yield)\nz = lambda *, k=1: k\nz = lambda a, /: a\nz = lambda *a, **k: 0\na[b, c:d, ...]\na[()]\na[(1, 2)]\nx = [*range(3)]\nx = {**a, 'b': 1, **c}\nx = {*a, *b}\nx = (yield)\nx = a if b else (lambda: c)\nx = not not a\nx = - - + ~a\nx = a ** -b ** c\nx = (a for b in c if d if e for f in g)\nx = [i for i in range(3) if i if not i]\nasync def f():\n    async with a as (b, c), d:\n        pass\n    async for (i, j) in k:\n        pass\n    await (await a)\n    return [await x async for x in y]\nclass A(B, *C, metaclass=D, **E): pass\n@a.b.c\n@a(b)(c)\n@(lambda f: f)\n@x[0]\ndef h(): pass\nfor x, in y: pass\nfor [a, *b] in c: pass\nwith a, b, c: pass\nwith (a): pass\nwith (a, b): pass\nwith (a,): pass\nwith (yield): pass\ntry:\n    pass\nfinally:\n    pass\nwhile 1: break\nif a: pass\nelif b: pass\nelif c: pass\nelse: pass\nimport a.b.c\nfrom .a import (b)\nfrom . import (a, b)\nx: 'str'\nx.y: int = 1\nx[0]: int\n(x): int = 3\nglobal a, b\nnonlocal_ = 1\ni = j = k = []\na, *b, c = d\n[a, b] = c\n(a, b), c = d\nx = 1 if 2 else 3 if 4 else 5\nx = a < b > c == d != e <= f >= g in h not in i is j is not k\nx = a or b and c or not d\nx = a | b & c ^ d << e >> f + g - h * i @ j / k // l % m ** n\nx = 0xDEAD_BEEF + 0O777 + 0B1010 + 1_000.000_1 + 1E+10j + 0.0 + 00.5 + 0e0\nx = 'a' 'b' \\\n    'c'\nx = \"\"\"multi\nline\"\"\" '''and\nmore'''\nx = \"\\\\\\\"\\'\\a\\b\\f\\n\\r\\t\\v\\x41\\101\\u0041\\U00000041\\N{LATIN SMALL LETTER A}\"\nx = b\"\\x00\\xff\\\\\\n\"\nx = r\"\\\"\" + r'\\'' + rb\"\\d\"\nx = f\"{a!r:^{b}.{c}f}\" f\"{{{d}}}\"\nx = f\"{'nested'}\" f'{\"also\"}' f\"\"\"{'''triple'''}\"\"\"\nx = f\"{a:{b}{c}}\" + f\"{x:%Y-%m-%d}\"\nx = f\"{3.14:.2f} {x!s:>10} {y:,}\"\nx = f\"{a if b else c}\" + f\"{(lambda: 1)}\"\nx = f\"{x:=10}\"\nx = [\n    1,\n    2,\n]\nx = (  # comment\n    1\n)\nif True:\n    pass  # trailing\n    # comment only\n\n    x = 1\n"),
              "Module(Expr(Call(Name('f')@1:0-1:1, [Starred(Name('b')@1:8-1:9)@1:7-1:9], [keyword(a=Constant(Int, '1')@1:4-1:5)@1:2-1:5])@1:0-1:10)@1:0-1:10, Expr(Call(Name('f')@2:0-2:1, [], [keyword(**Name('a')@2:4-2:5)@2:2-2:5, keyword(b=Constant(Int, '1')@2:9-2:10)@2:7-2:10])@2:0-2:11)@2:0-2:11, Expr(Call(Name('f')@3:0-3:1, [Starred(Name('a')@3:3-3:4)@3:2-3:4, Starred(Name('b')@3:7-3:8)@3:6-3:8], [keyword(c=Constant(Int, '1')@3:12-3:13)@3:10-3:13, keyword(**Name('d')@3:17-3:18)@3:15-3:18, keyword(**Name('e')@3:22-3:23)@3:20-3:23])@3:0-3:24)@3:0-3:24, Expr(Call(Name('print')@4:0-4:5, [Starred(Name('a')@4:7-4:8)@4:6-4:8], [keyword(sep=Constant(Str, '')@4:14-4:16)@4:10-4:16, keyword(end=Constant(Str, '\\n')@4:22-4:26)@4:18-4:26])@4:0-4:27)@4:0-4:27, Assign(targets=[Name('x', Store)@5:0-5:1], value=BinOp(Add, BinOp(Add, BinOp(Add, JoinedStr([FormattedValue(JoinedStr([FormattedValue(Name('x')@5:10-5:11)@5:7-5:13])@5:7-5:13)@5:4-5:15])@5:4-5:15, JoinedStr([FormattedValue(Name('y')@5:21-5:22, conversion=a)@5:18-5:26])@5:18-5:26)@5:4-5:26, JoinedStr([FormattedValue(Name('z')@5:33-5:34)@5:29-5:38, Constant(Str, '\\\\n')@5:29-5:38])@5:29-5:38)@5:4-5:38, JoinedStr([FormattedValue(Name('w')@5:45-5:46, format_spec=JoinedStr([FormattedValue(Name('v')@5:48-5:49)@5:41-5:52])@5:41-5:52)@5:41-5:52])@5:41-5:52)@5:4-5:52)@5:0-5:52, Assign(targets=[Name('y', Store)@6:0-6:1], value=IfExp(test=Constant(Int, '0')@6:21-6:22, body=Constant(Str, 'abcdef')@6:4-6:17, orelse=Constant(Bytes, 'x')@6:28-6:32)@6:4-6:32)@6:0-6:32, Delete([Name('x', Del)@7:4-7:5])@7:0-7:6, Delete([Name('a', Del)@8:5-8:6, List([Name('b', Del)@8:10-8:11], Del)@8:9-8:12])@8:0-8:12, Assert(Tuple([Name('x')@9:8-9:9, Name('y')@9:11-9:12])@9:7-9:13)@9:0-9:13, FunctionDef('g', arguments(), body=[Return()@11:4-11:10])@10:0-11:10, Expr(Lambda(arguments(), Yield()@12:9-12:14)@12:0-12:15)@12:0-12:15, Assign(targets=[Name('z', Store)@13:0-13:1], value=Lambda(arguments(kwonly=[k@13:14-13:15], kw_defaults=[Constant(Int, '1')@13:16-13:17]), Name('k')@13:19-13:20)@13:4-13:20)@13:0-13:20, Assign(targets=[Name('z', Store)@14:0-14:1], value=Lambda(arguments(posonly=[a@14:11-14:12]), Name('a')@14:17-14:18)@14:4-14:18)@14:0-14:18, Assign(targets=[Name('z', Store)@15:0-15:1], value=Lambda(arguments(vararg=a@15:12-15:13, kwarg=k@15:17-15:18), Constant(Int, '0')@15:20-15:21)@15:4-15:21)@15:0-15:21, Expr(Subscript(Name('a')@16:0-16:1, Tuple([Name('b')@16:2-16:3, Slice(Name('c')@16:5-16:6, Name('d')@16:7-16:8, None)@16:5-16:8, Constant(Ellipsis)@16:10-16:13])@16:2-16:13)@16:0-16:14)@16:0-16:14, Expr(Subscript(Name('a')@17:0-17:1, Tuple([])@17:2-17:4)@17:0-17:5)@17:0-17:5, Expr(Subscript(Name('a')@18:0-18:1, Tuple([Constant(Int, '1')@18:3-18:4, Constant(Int, '2')@18:6-18:7])@18:2-18:8)@18:0-18:9)@18:0-18:9, Assign(targets=[Name('x', Store)@19:0-19:1], value=List([Starred(Call(Name('range')@19:6-19:11, [Constant(Int, '3')@19:12-19:13])@19:6-19:14)@19:5-19:14])@19:4-19:15)@19:0-19:15, Assign(targets=[Name('x', Store)@20:0-20:1], value=Dict(keys=[None, Constant(Str, 'b')@20:10-20:13, None], values=[Name('a')@20:7-20:8, Constant(Int, '1')@20:15-20:16, Name('c')@20:20-20:21])@20:4-20:22)@20:0-20:22, Assign(targets=[Name('x', Store)@21:0-21:1], value=Set([Starred(Name('a')@21:6-21:7)@21:5-21:7, Starred(Name('b')@21:10-21:11)@21:9-21:11])@21:4-21:12)@21:0-21:12, Assign(targets=[Name('x', Store)@22:0-22:1], value=Yield()@22:5-22:10)@22:0-22:11, Assign(targets=[Name('x', Store)@23:0-23:1], value=IfExp(test=Name('b')@23:9-23:10, body=Name('a')@23:4-23:5, orelse=Lambda(arguments(), Name('c')@23:25-23:26)@23:17-23:26)@23:4-23:27)@23:0-23:27, Assign(targets=[Name('x', Store)@24:0-24:1], value=UnaryOp(Not, UnaryOp(Not, Name('a')@24:12-24:13)@24:8-24:13)@24:4-24:13)@24:0-24:13, Assign(targets=[Name('x', Store)@25:0-25:1], value=UnaryOp(USub, UnaryOp(USub, UnaryOp(UAdd, UnaryOp(Invert, Name('a')@25:11-25:12)@25:10-25:12)@25:8-25:12)@25:6-25:12)@25:4-25:12)@25:0-25:12, Assign(targets=[Name('x', Store)@26:0-26:1], value=BinOp(Pow, Name('a')@26:4-26:5, UnaryOp(USub, BinOp(Pow, Name('b')@26:10-26:11, Name('c')@26:15-26:16)@26:10-26:16)@26:9-26:16)@26:4-26:16)@26:0-26:16, Assign(targets=[Name('x', Store)@27:0-27:1], value=GeneratorExp(Name('a')@27:5-27:6, [comprehension(Name('b', Store)@27:11-27:12 in Name('c')@27:16-27:17 if Name('d')@27:21-27:22 if Name('e')@27:26-27:27), comprehension(Name('f', Store)@27:32-27:33 in Name('g')@27:37-27:38)])@27:4-27:39)@27:0-27:39, Assign(targets=[Name('x', Store)@28:0-28:1], value=ListComp(Name('i')@28:5-28:6, [comprehension(Name('i', Store)@28:11-28:12 in Call(Name('range')@28:16-28:21, [Constant(Int, '3')@28:22-28:23])@28:16-28:24 if Name('i')@28:28-28:29 if UnaryOp(Not, Name('i')@28:37-28:38)@28:33-28:38)])@28:4-28:39)@28:0-28:39, AsyncFunctionDef('f', arguments(), body=[AsyncWith([withitem(Name('a')@30:15-30:16 as Tuple([Name('b', Store)@30:21-30:22, Name('c', Store)@30:24-30:25], Store)@30:20-30:26), withitem(Name('d')@30:28-30:29)], body=[Pass@31:8-31:12])@30:4-31:12, AsyncFor(Tuple([Name('i', Store)@32:15-32:16, Name('j', Store)@32:18-32:19], Store)@32:14-32:20, Name('k')@32:24-32:25, body=[Pass@33:8-33:12])@32:4-33:12, Expr(Await(Await(Name('a')@34:17-34:18)@34:11-34:18)@34:4-34:19)@34:4-34:19, Return(ListComp(Await(Name('x')@35:18-35:19)@35:12-35:19, [async comprehension(Name('x', Store)@35:30-35:31 in Name('y')@35:35-35:36)])@35:11-35:37)@35:4-35:37])@29:0-35:37, ClassDef('A', bases=[Name('B')@36:8-36:9, Starred(Name('C')@36:12-36:13)@36:11-36:13], keywords=[keyword(metaclass=Name('D')@36:25-36:26)@36:15-36:26, keyword(**Name('E')@36:30-36:31)@36:28-36:31], body=[Pass@36:34-36:38])@36:0-36:38, FunctionDef('h', arguments(), body=[Pass@41:9-41:13], decorators=[Attribute(Attribute(Name('a')@37:1-37:2, 'b')@37:1-37:4, 'c')@37:1-37:6, Call(Call(Name('a')@38:1-38:2, [Name('b')@38:3-38:4])@38:1-38:5, [Name('c')@38:6-38:7])@38:1-38:8, Lambda(arguments(args=[f@39:9-39:10]), Name('f')@39:12-39:13)@39:2-39:13, Subscript(Name('x')@40:1-40:2, Constant(Int, '0')@40:3-40:4)@40:1-40:5])@41:0-41:13, For(Tuple([Name('x', Store)@42:4-42:5], Store)@42:4-42:6, Name('y')@42:10-42:11, body=[Pass@42:13-42:17])@42:0-42:17, For(List([Name('a', Store)@43:5-43:6, Starred(Name('b', Store)@43:9-43:10, Store)@43:8-43:10], Store)@43:4-43:11, Name('c')@43:15-43:16, body=[Pass@43:18-43:22])@43:0-43:22, With([withitem(Name('a')@44:5-44:6), withitem(Name('b')@44:8-44:9), withitem(Name('c')@44:11-44:12)], body=[Pass@44:14-44:18])@44:0-44:18, With([withitem(Name('a')@45:6-45:7)], body=[Pass@45:10-45:14])@45:0-45:14, With([withitem(Name('a')@46:6-46:7), withitem(Name('b')@46:9-46:10)], body=[Pass@46:13-46:17])@46:0-46:17, With([withitem(Name('a')@47:6-47:7)], body=[Pass@47:11-47:15])@47:0-47:15, With([withitem(Yield()@48:6-48:11)], body=[Pass@48:14-48:18])@48:0-48:18, Try([Pass@50:4-50:8], finalbody=[Pass@52:4-52:8])@49:0-52:8, While(Constant(Int, '1')@53:6-53:7, body=[Break@53:9-53:14])@53:0-53:14, If(Name('a')@54:3-54:4, body=[Pass@54:6-54:10], orelse=[If(Name('b')@55:5-55:6, body=[Pass@55:8-55:12], orelse=[If(Name('c')@56:5-56:6, body=[Pass@56:8-56:12], orelse=[Pass@57:6-57:10])@56:0-57:10])@55:0-57:10])@54:0-57:10, Import([a.b.c@58:7-58:12])@58:0-58:12, ImportFrom(.a, [b@59:16-59:17])@59:0-59:18, ImportFrom(., [a@60:15-60:16, b@60:18-60:19])@60:0-60:20, AnnAssign(Name('x', Store)@61:0-61:1, annotation=Constant(Str, 'str')@61:3-61:8)@61:0-61:8, AnnAssign(Attribute(Name('x')@62:0-62:1, 'y', Store)@62:0-62:3, annotation=Name('int')@62:5-62:8, value=Constant(Int, '1')@62:11-62:12)@62:0-62:12, AnnAssign(Subscript(Name('x')@63:0-63:1, Constant(Int, '0')@63:2-63:3, Store)@63:0-63:4, annotation=Name('int')@63:6-63:9)@63:0-63:9, AnnAssign(Name('x', Store)@64:1-64:2, annotation=Name('int')@64:5-64:8, value=Constant(Int, '3')@64:11-64:12)@64:0-64:12, Global(a, b)@65:0-65:11, Assign(targets=[Name('nonlocal_', Store)@66:0-66:9], value=Constant(Int, '1')@66:12-66:13)@66:0-66:13, Assign(targets=[Name('i', Store)@67:0-67:1, Name('j', Store)@67:4-67:5, Name('k', Store)@67:8-67:9], value=List([])@67:12-67:14)@67:0-67:14, Assign(targets=[Tuple([Name('a', Store)@68:0-68:1, Starred(Name('b', Store)@68:4-68:5, Store)@68:3-68:5, Name('c', Store)@68:7-68:8], Store)@68:0-68:8], value=Name('d')@68:11-68:12)@68:0-68:12, Assign(targets=[List([Name('a', Store)@69:1-69:2, Name('b', Store)@69:4-69:5], Store)@69:0-69:6], value=Name('c')@69:9-69:10)@69:0-69:10, Assign(targets=[Tuple([Tuple([Name('a', Store)@70:1-70:2, Name('b', Store)@70:4-70:5], Store)@70:0-70:6, Name('c', Store)@70:8-70:9], Store)@70:0-70:9], value=Name('d')@70:12-70:13)@70:0-70:13, Assign(targets=[Name('x', Store)@71:0-71:1], value=IfExp(test=Constant(Int, '2')@71:9-71:10, body=Constant(Int, '1')@71:4-71:5, orelse=IfExp(test=Constant(Int, '4')@71:21-71:22, body=Constant(Int, '3')@71:16-71:17, orelse=Constant(Int, '5')@71:28-71:29)@71:16-71:29)@71:4-71:29)@71:0-71:29, Assign(targets=[Name('x', Store)@72:0-72:1], value=Compare(Name('a')@72:4-72:5, Lt, Name('b')@72:8-72:9, Gt, Name('c')@72:12-72:13, Eq, Name('d')@72:17-72:18, NotEq, Name('e')@72:22-72:23, LtE, Name('f')@72:27-72:28, GtE, Name('g')@72:32-72:33, In, Name('h')@72:37-72:38, NotIn, Name('i')@72:46-72:47, Is, Name('j')@72:51-72:52, IsNot, Name('k')@72:60-72:61)@72:4-72:61)@72:0-72:61, Assign(targets=[Name('x', Store)@73:0-73:1], value=BoolOp(Or, [Name('a')@73:4-73:5, BoolOp(And, [Name('b')@73:9-73:10, Name('c')@73:15-73:16])@73:9-73:16, UnaryOp(Not, Name('d')@73:24-73:25)@73:20-73:25])@73:4-73:25)@73:0-73:25, Assign(targets=[Name('x', Store)@74:0-74:1], value=BinOp(BitOr, Name('a')@74:4-74:5, BinOp(BitXor, BinOp(BitAnd, Name('b')@74:8-74:9, Name('c')@74:12-74:13)@74:8-74:13, BinOp(RShift, BinOp(LShift, Name('d')@74:16-74:17, Name('e')@74:21-74:22)@74:16-74:22, BinOp(Sub, BinOp(Add, Name('f')@74:26-74:27, Name('g')@74:30-74:31)@74:26-74:31, BinOp(Mod, BinOp(FloorDiv, BinOp(Div, BinOp(MatMult, BinOp(Mult, Name('h')@74:34-74:35, Name('i')@74:38-74:39)@74:34-74:39, Name('j')@74:42-74:43)@74:34-74:43, Name('k')@74:46-74:47)@74:34-74:47, Name('l')@74:51-74:52)@74:34-74:52, BinOp(Pow, Name('m')@74:55-74:56, Name('n')@74:60-74:61)@74:55-74:61)@74:34-74:61)@74:26-74:61)@74:16-74:61)@74:8-74:61)@74:4-74:61)@74:0-74:61, Assign(targets=[Name('x', Store)@75:0-75:1], value=BinOp(Add, BinOp(Add, BinOp(Add, BinOp(Add, BinOp(Add, BinOp(Add, BinOp(Add, Constant(Int, '0xDEAD_BEEF')@75:4-75:15, Constant(Int, '0O777')@75:18-75:23)@75:4-75:23, Constant(Int, '0B1010')@75:26-75:32)@75:4-75:32, Constant(Float, '1_000.000_1')@75:35-75:46)@75:4-75:46, Constant(Imaginary, '1E+10j')@75:49-75:55)@75:4-75:55, Constant(Float, '0.0')@75:58-75:61)@75:4-75:61, Constant(Float, '00.5')@75:64-75:68)@75:4-75:68, Constant(Float, '0e0')@75:71-75:74)@75:4-75:74)@75:0-75:74, Assign(targets=[Name('x', Store)@76:0-76:1], value=Constant(Str, 'abc')@76:4-77:7)@76:0-77:7, Assign(targets=[Name('x', Store)@78:0-78:1], value=Constant(Str, 'multi\\nlineand\\nmore')@78:4-80:7)@78:0-80:7, Assign(targets=[Name('x', Store)@81:0-81:1], value=Constant(Str, '\\\\\"\\'\\x07\\x08\\x0c\\n\\x0d\\t\\x0bAAAAa')@81:4-81:74)@81:0-81:74, Assign(targets=[Name('x', Store)@82:0-82:1], value=Constant(Bytes, '\\x00\\xff\\\\\\n')@82:4-82:19)@82:0-82:19, Assign(targets=[Name('x', Store)@83:0-83:1], value=BinOp(Add, BinOp(Add, Constant(Str, '\\\\\"')@83:4-83:9, Constant(Str, '\\\\\\'')@83:12-83:17)@83:4-83:17, Constant(Bytes, '\\\\d')@83:20-83:26)@83:4-83:26)@83:0-83:26, Assign(targets=[Name('x', Store)@84:0-84:1], value=JoinedStr([FormattedValue(Name('a')@84:7-84:8, conversion=r, format_spec=JoinedStr([Constant(Str, '^')@84:4-84:33, FormattedValue(Name('b')@84:13-84:14)@84:4-84:33, Constant(Str, '.')@84:4-84:33, FormattedValue(Name('c')@84:17-84:18)@84:4-84:33, Constant(Str, 'f')@84:4-84:22])@84:4-84:22)@84:4-84:33, Constant(Str, '{')@84:4-84:33, FormattedValue(Name('d')@84:28-84:29)@84:4-84:33, Constant(Str, '}')@84:4-84:33])@84:4-84:33)@84:0-84:33, Assign(targets=[Name('x', Store)@85:0-85:1], value=JoinedStr([FormattedValue(Constant(Str, 'nested')@85:7-85:15)@85:4-85:51, FormattedValue(Constant(Str, 'also')@85:21-85:27)@85:4-85:51, FormattedValue(Constant(Str, 'triple')@85:35-85:47)@85:4-85:51])@85:4-85:51)@85:0-85:51, Assign(targets=[Name('x', Store)@86:0-86:1], value=BinOp(Add, JoinedStr([FormattedValue(Name('a')@86:7-86:8, format_spec=JoinedStr([FormattedValue(Name('b')@86:10-86:11)@86:4-86:17, FormattedValue(Name('c')@86:13-86:14)@86:4-86:17])@86:4-86:17)@86:4-86:17])@86:4-86:17, JoinedStr([FormattedValue(Name('x')@86:23-86:24, format_spec=JoinedStr([Constant(Str, '%Y-%m-%d')@86:20-86:35])@86:20-86:35)@86:20-86:35])@86:20-86:35)@86:4-86:35)@86:0-86:35, Assign(targets=[Name('x', Store)@87:0-87:1], value=JoinedStr([FormattedValue(Constant(Float, '3.14')@87:7-87:11, format_spec=JoinedStr([Constant(Str, '.2f')@87:4-87:33])@87:4-87:33)@87:4-87:33, Constant(Str, ' ')@87:4-87:33, FormattedValue(Name('x')@87:18-87:19, conversion=s, format_spec=JoinedStr([Constant(Str, '>10')@87:4-87:33])@87:4-87:33)@87:4-87:33, Constant(Str, ' ')@87:4-87:33, FormattedValue(Name('y')@87:28-87:29, format_spec=JoinedStr([Constant(Str, ',')@87:4-87:33])@87:4-87:33)@87:4-87:33])@87:4-87:33)@87:0-87:33, Assign(targets=[Name('x', Store)@88:0-88:1], value=BinOp(Add, JoinedStr([FormattedValue(IfExp(test=Name('b')@88:12-88:13, body=Name('a')@88:7-88:8, orelse=Name('c')@88:19-88:20)@88:7-88:20)@88:4-88:22])@88:4-88:22, JoinedStr([FormattedValue(Lambda(arguments(), Constant(Int, '1')@88:37-88:38)@88:29-88:38)@88:25-88:41])@88:25-88:41)@88:4-88:41)@88:0-88:41, Assign(targets=[Name('x', Store)@89:0-89:1], value=JoinedStr([FormattedValue(Name('x')@89:7-89:8, format_spec=JoinedStr([Constant(Str, '=10')@89:4-89:14])@89:4-89:14)@89:4-89:14])@89:4-89:14)@89:0-89:14, Assign(targets=[Name('x', Store)@90:0-90:1], value=List([Constant(Int, '1')@91:4-91:5, Constant(Int, '2')@92:4-92:5])@90:4-93:1)@90:0-93:1, Assign(targets=[Name('x', Store)@94:0-94:1], value=Constant(Int, '1')@95:4-95:5)@94:0-96:1, If(Constant(True)@97:3-97:7, body=[Pass@98:4-98:8, Assign(targets=[Name('x', Store)@101:4-101:5], value=Constant(Int, '1')@101:8-101:9)@101:4-101:9])@97:0-101:9)");
}
TEST(Parser, BackslashInsideIndentationContinuesTheLine) {
    EXPECT_EQ(dump_with_positions("if x:\n    \\\n        y = 1\n"),
              "Module(If(Name('x')@1:3-1:4, body=[Assign(targets=[Name('y', Store)@3:8-3:9], value=Constant(Int, '1')@3:12-3:13)@3:8-3:13])@1:0-3:13)");
}

// seed-programs/000_print_numbers_verbatim.py, verbatim.
const char* const kSeedSource =
    "import asyncio\n"
    "\n"
    "async def print_numbers_async1(n, prefix):\n"
    "    for i in range(n):\n"
    "        print(prefix, i)\n"
    "\n"
    "async def print_numbers_async2(n, prefix):\n"
    "    for i in range(n):\n"
    "        print(prefix, i)\n"
    "        if i % 5 == 0:\n"
    "            await asyncio.sleep(0)\n"
    "\n"
    "loop1 = asyncio.new_event_loop()\n"
    "count1_1 = loop1.create_task(print_numbers_async1(10, 'c1_1')\n"
    "count2_1 = loop1.create_task(print_numbers_async1(10, 'c2_1')\n"
    "loop1.run_until_complete(asyncio.wait([count1_1, count2_1])\n"
    "loop1.close()\n"
    "\n"
    "loop2 = asyncio.new_event_loop()\n"
    "count1_2 = loop1.create_task(print_numbers_async1(10, 'c1_2')\n"
    "count2_2 = loop1.create_task(print_numbers_async1(10, 'c2_2')\n"
    "loop2.run_until_complete(asyncio.wait([count1_2, count2_2])\n"
    "loop2.close()\n"
    "";

// ---- details CPython's ast shows differently ----------------------------------------------------

TEST(Parser, FStringDebugKeepsTextAndDefaultsToRepr) {
    EXPECT_EQ(dump_of("f'{x=}'\n"), "Module(Expr(JoinedStr([FormattedValue(Name('x'), conversion=r, debug_text='x=')])))");
}

TEST(Parser, FStringDebugKeepsSpacesAndExplicitConversionAndSpec) {
    EXPECT_EQ(dump_of("f'a{x = !r:>10}'\n"),
              "Module(Expr(JoinedStr([Constant(Str, 'a'), FormattedValue(Name('x'), conversion=r, "
              "format_spec=JoinedStr([Constant(Str, '>10')]), debug_text='x = ')])))");
}

TEST(Parser, FStringDebugWithFormatSpecHasNoDefaultConversion) {
    EXPECT_EQ(dump_of("f'{pi=:.2f}'\n"),
              "Module(Expr(JoinedStr([FormattedValue(Name('pi'), format_spec=JoinedStr([Constant(Str, '.2f')]), "
              "debug_text='pi=')])))");
}

TEST(Parser, FStringComparisonOperatorsAreNotDebugOrConversion) {
    EXPECT_EQ(dump_of("f'{a!=b}{a<=b}{a==b}'\n"),
              "Module(Expr(JoinedStr([FormattedValue(Compare(Name('a'), NotEq, Name('b'))), "
              "FormattedValue(Compare(Name('a'), LtE, Name('b'))), FormattedValue(Compare(Name('a'), Eq, Name('b')))])))");
}

TEST(Parser, FStringExpressionPositionsAreInTheFile) {
    EXPECT_EQ(dump_with_positions("s = f'ab{xy}'\n"),
              "Module(Assign(targets=[Name('s', Store)@1:0-1:1], value=JoinedStr([Constant(Str, 'ab')@1:4-1:13, "
              "FormattedValue(Name('xy')@1:9-1:11)@1:4-1:13])@1:4-1:13)@1:0-1:13)");
}

TEST(Parser, EmptyFStringHasNoParts) {
    EXPECT_EQ(dump_of("f''\n"), "Module(Expr(JoinedStr([])))");
}

TEST(Parser, RawFStringKeepsBackslashes) {
    EXPECT_EQ(dump_of("rf'\\d{x}'\n"), "Module(Expr(JoinedStr([Constant(Str, '\\\\d'), FormattedValue(Name('x'))])))");
}

TEST(Parser, NumberConstantsKeepSourceText) {
    EXPECT_EQ(dump_of("x = 0x_1F + 1_0.5e-3 + 3J\n"),
              "Module(Assign(targets=[Name('x', Store)], value=BinOp(Add, BinOp(Add, Constant(Int, '0x_1F'), "
              "Constant(Float, '1_0.5e-3')), Constant(Imaginary, '3J'))))");
}

TEST(Parser, EmptyModule) {
    EXPECT_EQ(dump_of(""), "Module()");
    EXPECT_EQ(dump_of("# just a comment\n\n"), "Module()");
}

TEST(Parser, CompoundStatementOnOneLine) {
    EXPECT_EQ(dump_of("if x: a = 1; b = 2\n"),
              "Module(If(Name('x'), body=[Assign(targets=[Name('a', Store)], value=Constant(Int, '1')), "
              "Assign(targets=[Name('b', Store)], value=Constant(Int, '2'))]))");
}

TEST(Parser, StatementEndsIgnoreTheNewlineAndDedent) {
    // A block ends where its last statement ends, not at the line break after it.
    EXPECT_EQ(dump_with_positions("def f():\n    pass\n\nx\n"),
              "Module(FunctionDef('f', arguments(), body=[Pass@2:4-2:8])@1:0-2:8, Expr(Name('x')@4:0-4:1)@4:0-4:1)");
}

TEST(Parser, SeedProgramWithUnclosedCallsReportsMissingComma) {
    // seed-programs/000_print_numbers_verbatim.py: python3 says line 14, offset 30; the range
    // runs onto line 15, so the carets reach the end of line 14.
    SyntaxErrorInfo e = error_of(kSeedSource);
    EXPECT_EQ(e.type, "SyntaxError");
    EXPECT_EQ(e.message, "invalid syntax. Perhaps you forgot a comma?");
    EXPECT_EQ(e.line, 14);
    EXPECT_EQ(e.col, 30);
    EXPECT_EQ(e.end_col, 62);
    EXPECT_EQ(e.source_line, "count1_1 = loop1.create_task(print_numbers_async1(10, 'c1_1')");
}

TEST(Parser, InvalidUtf8GivesCPythonsFileMessage) {
    SyntaxErrorInfo err;
    auto module = ls::parse_module("x = 1\ny = \"\xff\"\n", "bad.py", err);
    EXPECT_EQ(module, nullptr);
    EXPECT_EQ(err.type, "SyntaxError");
    EXPECT_EQ(err.message,
              "Non-UTF-8 code starting with '\\xff' in file bad.py on line 2, but no encoding declared; see "
              "https://peps.python.org/pep-0263/ for details");
    EXPECT_EQ(err.line, 0);
}

TEST(Parser, NulByteGivesCPythonsFileMessage) {
    SyntaxErrorInfo err;
    auto module = ls::parse_module(std::string_view("x = 1\ny = 2\0\n", 13), "nul.py", err);
    EXPECT_EQ(module, nullptr);
    EXPECT_EQ(err.message, "source code cannot contain null bytes");
    EXPECT_EQ(err.line, 2);
    EXPECT_EQ(err.col, 0);
    EXPECT_EQ(err.source_line, "y = 2");
}

TEST(Parser, TruncatedUtf8SequenceIsInvalid) {
    EXPECT_EQ(error_of("x = \"\xe4\xb8\"\n").message.rfind("Non-UTF-8 code starting with '\\xe4'", 0), 0u);
}

// ---- robustness: no crash, no stack overflow, no quadratic time ------------------------------

TEST(ParserLimits, DeepUnaryMinusIsARecursionErrorNotACrash) {
    SyntaxErrorInfo e = error_of("x = " + std::string(100000, '-') + "1\n");
    EXPECT_EQ(e.type, "RecursionError");
    EXPECT_EQ(e.message, "maximum recursion depth exceeded during compilation");
    EXPECT_EQ(e.line, 0);  // python3 shows no file or line for it
}

TEST(ParserLimits, ThousandsOfUnaryMinusesStillParse) {
    // CPython 3.11 accepts 2000 and refuses 3000.
    EXPECT_EQ(error_of("x = " + std::string(2000, '-') + "1\n").message, "no error");
}

TEST(ParserLimits, DeepNotChainIsRefused) {
    std::string src = "x = ";
    for (int i = 0; i < 100000; ++i) src += "not ";
    src += "1\n";
    EXPECT_EQ(error_of(src).type, "RecursionError");
}

TEST(ParserLimits, LongOperatorAndTrailerChainsAreRefused) {
    std::string plus = "x = 1", attr = "x = a", calls = "x = a", power = "x = 1";
    for (int i = 0; i < 100000; ++i) {
        plus += "+1";
        attr += ".b";
        calls += "()";
        power += "**1";
    }
    for (const std::string& src : {plus, attr, calls, power}) EXPECT_EQ(error_of(src + "\n").type, "RecursionError");
}

TEST(ParserLimits, NestedLambdasAndConditionalsAreRefused) {
    std::string lambdas = "x = ", conds = "x = ";
    for (int i = 0; i < 100000; ++i) {
        lambdas += "lambda: ";
        conds += "1 if 2 else ";
    }
    EXPECT_EQ(error_of(lambdas + "1\n").type, "RecursionError");
    EXPECT_EQ(error_of(conds + "1\n").type, "RecursionError");
}

TEST(ParserLimits, TwoHundredAndOneParenthesesAreTooMany) {
    SyntaxErrorInfo e = error_of("x = " + std::string(100000, '(') + "1" + std::string(100000, ')') + "\n");
    EXPECT_EQ(e.message, "too many nested parentheses");
    EXPECT_EQ(e.line, 1);
    EXPECT_EQ(e.col, 205);
}

TEST(ParserLimits, HundredNestedBlocksAreTooManyLevelsOfIndentation) {
    std::string src;
    for (int i = 0; i < 1000; ++i) src += std::string(static_cast<std::size_t>(i), ' ') + "if x:\n";
    src += std::string(1000, ' ') + "pass\n";
    SyntaxErrorInfo e = error_of(src);
    EXPECT_EQ(e.type, "IndentationError");
    EXPECT_EQ(e.message, "too many levels of indentation");
    EXPECT_EQ(e.line, 101);
}

TEST(ParserLimits, FiveMegabyteSingleLineParsesQuickly) {
    std::string src = "x = [";
    for (int i = 0; src.size() < 5'000'000; ++i) src += std::to_string(i) + ", ";
    src += "]\n";
    auto start = std::chrono::steady_clock::now();
    SyntaxErrorInfo err;
    auto module = ls::parse_module(src, "big.py", err);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_NE(module, nullptr);
    EXPECT_LT(seconds, 10.0);
}

TEST(ParserLimits, FiveMegabyteStringLiteralParses) {
    std::string src = "s = '" + std::string(5'000'000, 'a') + "'\n";
    SyntaxErrorInfo err;
    EXPECT_NE(ls::parse_module(src, "big.py", err), nullptr);
}

TEST(ParserLimits, ManyStatementsParse) {
    std::string src;
    for (int i = 0; i < 100000; ++i) src += "x = x + 1\n";
    SyntaxErrorInfo err;
    auto module = ls::parse_module(src, "many.py", err);
    ASSERT_NE(module, nullptr);
    EXPECT_EQ(module->body.size(), 100000u);
}

TEST(ParserLimits, GarbageNeverCrashes) {
    // Every prefix of a program with every kind of construct gives a module or an error.
    const std::string program =
        "import asyncio\n@d\nasync def f(a, /, b=1, *c, d, **e) -> int:\n    x = [i async for i in g() if i]\n"
        "    y = {k: v for k, v in z.items()}\n    s = f'{x!r:>{w}} {y=}'\n    try:\n        await asyncio.sleep(1)\n"
        "    except* (A, B) as err:\n        raise X from err\n    with (a as b, c as d):\n        pass\n"
        "    return lambda q: (yield q)\nclass K(B, metaclass=M):\n    pass\n";
    for (std::size_t n = 0; n <= program.size(); ++n) {
        SyntaxErrorInfo err;
        auto module = ls::parse_module(program.substr(0, n), "p.py", err);
        if (!module) {
            EXPECT_FALSE(err.message.empty()) << n;
        }
    }
}

// ---- error messages, word for word (expected values from python3 3.11.7) -----------------------

struct ErrorCase {
    const char* name;
    const char* source;
    const char* type;
    const char* message;
    int line, col, end_col;
    const char* source_line;
};

const ErrorCase kErrorCases[] = {
    {"ParenthesisNeverClosed", "x = (1,\n", "SyntaxError", "'(' was never closed", 1, 5, 0, "x = (1,"},
    {"BracketNeverClosedAtEndOfFile", "x = [1, 2\n", "SyntaxError", "'[' was never closed", 1, 5, 0, "x = [1, 2"},
    {"BraceNeverClosed", "d = {\"a\": 1, \"b\": 2\n", "SyntaxError", "'{' was never closed", 1, 5, 0, "d = {\"a\": 1, \"b\": 2"},
    {"UnclosedParenthesisBeforeLaterErrorWins", "y = (\nx = = 1\n", "SyntaxError", "'(' was never closed", 1, 5, 0, "y = ("},
    {"LaterUnclosedParenthesisDoesNotHideEarlierError", "x = = 1\ny = (\n", "SyntaxError", "invalid syntax", 1, 5, 6, "x = = 1"},
    {"MissingCommaAtEndOfFileInsideCall", "f(a b\n", "SyntaxError", "'(' was never closed", 1, 2, 0, "f(a b"},
    {"UnmatchedClosingParenthesis", "x = 1)\n", "SyntaxError", "unmatched ')'", 1, 6, 6, "x = 1)"},
    {"MismatchedBrackets", "x = (1]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7, 7, "x = (1]"},
    {"ExpectedColonAfterIf", "if x\n    pass\n", "SyntaxError", "expected ':'", 1, 5, 5, "if x"},
    {"ExpectedColonAfterDef", "def f()\n    pass\n", "SyntaxError", "expected ':'", 1, 8, 8, "def f()"},
    {"ExpectedColonAfterDefIsForced", "def f() x:\n    pass\n", "SyntaxError", "expected ':'", 1, 9, 10, "def f() x:"},
    {"ExpectedColonAfterReturnAnnotation", "def f() -> int\n  pass\n", "SyntaxError", "expected ':'", 1, 15, 15, "def f() -> int"},
    {"ExpectedColonAfterFor", "for x in y\n    pass\n", "SyntaxError", "expected ':'", 1, 11, 11, "for x in y"},
    {"ExpectedColonAfterWhile", "while x\n    pass\n", "SyntaxError", "expected ':'", 1, 8, 8, "while x"},
    {"ExpectedColonAfterClass", "class A\n    pass\n", "SyntaxError", "expected ':'", 1, 8, 8, "class A"},
    {"ExpectedColonAfterClassWithBases", "class A(B)\n  pass\n", "SyntaxError", "expected ':'", 1, 11, 11, "class A(B)"},
    {"ExpectedColonAfterTry", "try\n    pass\n", "SyntaxError", "expected ':'", 1, 4, 4, "try"},
    {"ExpectedColonAfterWith", "with a as b\n    pass\n", "SyntaxError", "expected ':'", 1, 12, 12, "with a as b"},
    {"ExpectedColonAfterExcept", "try:\n    pass\nexcept ValueError\n    pass\n", "SyntaxError", "expected ':'", 3, 18, 18, "except ValueError"},
    {"ExpectedColonAfterBareExcept", "try:\n    pass\nexcept\n    pass\n", "SyntaxError", "expected ':'", 3, 7, 7, "except"},
    {"ExpectedColonAfterFinally", "try:\n    pass\nfinally\n    pass\n", "SyntaxError", "expected ':'", 3, 8, 8, "finally"},
    {"ExpectedColonAfterElif", "if x:\n    pass\nelif y\n    pass\n", "SyntaxError", "expected ':'", 3, 7, 7, "elif y"},
    {"ExpectedColonAfterElse", "if x:\n    pass\nelse\n    pass\n", "SyntaxError", "expected ':'", 3, 5, 5, "else"},
    {"ExpectedColonAfterElseIsForced", "if x:\n  pass\nelse x:\n  pass\n", "SyntaxError", "expected ':'", 3, 6, 7, "else x:"},
    {"StatementAfterConditionWithoutColonIsInvalidSyntax", "if x == 1 print(x)\n", "SyntaxError", "invalid syntax", 1, 11, 16, "if x == 1 print(x)"},
    {"MissingCommaInCall", "print(\"a\" \"b\" 1 2)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 16, "print(\"a\" \"b\" 1 2)"},
    {"MissingCommaInList", "x = [1, 2 3]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9, 12, "x = [1, 2 3]"},
    {"MissingCommaInTuple", "x = (1 2)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 9, "x = (1 2)"},
    {"MissingCommaInSet", "x = {1 2}\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 9, "x = {1 2}"},
    {"MissingCommaInDict", "x = {1: 2 3: 4}\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9, 12, "x = {1: 2 3: 4}"},
    {"MissingCommaBeforeKeywordArgument", "f(a b=1)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 6, "f(a b=1)"},
    {"MissingCommaInSubscript", "x = a[1 2]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 10, "x = a[1 2]"},
    {"MissingCommaAfterFString", "print(f\"{x}\" y)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 15, "print(f\"{x}\" y)"},
    {"MissingCommaSpansWholeLeftOperand", "[x + 1 2]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 9, "[x + 1 2]"},
    {"MissingCommaOnContinuationLine", "f(a,\n  b c)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 2, 3, 6, "  b c)"},
    {"NoCommaHintOutsideBrackets", "x = 5 print(x)\n", "SyntaxError", "invalid syntax", 1, 7, 12, "x = 5 print(x)"},
    {"NoCommaHintBetweenTwoCalls", "print(\"a\") print(\"b\")\n", "SyntaxError", "invalid syntax", 1, 12, 17, "print(\"a\") print(\"b\")"},
    {"NoCommaHintForNameFollowedByString", "f(x \"y\")\n", "SyntaxError", "invalid syntax", 1, 5, 8, "f(x \"y\")"},
    {"UnterminatedStringLiteral", "x = 'abc\ny = 2\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 5, "x = 'abc"},
    {"UnterminatedTripleQuotedString", "x = \"\"\"abc\ny = 2\nz\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 5, 5, "x = \"\"\"abc"},
    {"IndentedBlockExpectedAfterIf", "if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 5, "pass"},
    {"IndentedBlockExpectedAfterFor", "for x in y:\npass\n", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1, 5, "pass"},
    {"IndentedBlockExpectedAfterWhile", "while x:\npass\n", "IndentationError", "expected an indented block after 'while' statement on line 1", 2, 1, 5, "pass"},
    {"IndentedBlockExpectedAfterFunctionDefinition", "def f():\npass\n", "IndentationError", "expected an indented block after function definition on line 1", 2, 1, 5, "pass"},
    {"IndentedBlockExpectedAfterFunctionDefinitionWithReturn", "def f(x):\nreturn x\n", "IndentationError", "expected an indented block after function definition on line 1", 2, 1, 7, "return x"},
    {"IndentedBlockExpectedAfterClassDefinition", "class A:\npass\n", "IndentationError", "expected an indented block after class definition on line 1", 2, 1, 5, "pass"},
    {"IndentedBlockExpectedAfterTry", "try:\npass\n", "IndentationError", "expected an indented block after 'try' statement on line 1", 2, 1, 5, "pass"},
    {"IndentedBlockExpectedAfterExcept", "try:\n    pass\nexcept:\npass\n", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1, 5, "pass"},
    {"IndentedBlockExpectedAfterWith", "with a:\npass\n", "IndentationError", "expected an indented block after 'with' statement on line 1", 2, 1, 5, "pass"},
    {"IndentedBlockExpectedAfterElse", "if a:\n    pass\nelse:\npass\n", "IndentationError", "expected an indented block after 'else' statement on line 3", 4, 1, 5, "pass"},
    {"IndentedBlockExpectedAfterElif", "if a:\n    pass\nelif b:\npass\n", "IndentationError", "expected an indented block after 'elif' statement on line 3", 4, 1, 5, "pass"},
    {"IndentedBlockExpectedAfterFinally", "try:\n    pass\nfinally:\npass\n", "IndentationError", "expected an indented block after 'finally' statement on line 3", 4, 1, 5, "pass"},
    {"IndentedBlockExpectedAtEndOfFile", "if x:\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 6, 0, "if x:"},
    {"IndentedBlockExpectedBeforeDedent", "def f():\n    if x:\ny = 1\n", "IndentationError", "expected an indented block after 'if' statement on line 2", 3, 0, 0, "y = 1"},
    {"IndentedBlockExpectedAtEndOfFileInsideFunction", "def f():\n    if x:\n", "IndentationError", "expected an indented block after 'if' statement on line 2", 2, 10, 0, "    if x:"},
    {"UnexpectedIndent", "x = 1\n    y = 2\n", "IndentationError", "unexpected indent", 2, 4, 0, "    y = 2"},
    {"UnexpectedIndentOfTwoSpaces", "x = 1\n  y = 2\n", "IndentationError", "unexpected indent", 2, 2, 0, "  y = 2"},
    {"UnindentDoesNotMatch", "if x:\n        a\n    b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 6, 0, "    b"},
    {"ElseIndentedWrongly", "if x:\n  pass\n else:\n  pass\n", "IndentationError", "unindent does not match any outer indentation level", 3, 7, 0, " else:"},
    {"TabsAndSpacesMixed", "if x:\n\ta = 1\n        b = 2\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 0, "        b = 2"},
    {"AssignToLiteral", "1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 2, "1 = x"},
    {"AssignToStringLiteral", "\"s\" = 1\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 4, "\"s\" = 1"},
    {"AssignToFunctionCall", "f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 4, "f() = 1"},
    {"AssignToMethodCall", "x.y() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 6, "x.y() = 1"},
    {"AssignToExpression", "x + 1 = 2\n", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 6, "x + 1 = 2"},
    {"AssignToUnaryExpression", "-a = 1\n", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 3, "-a = 1"},
    {"AssignToEllipsis", "... = 1\n", "SyntaxError", "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", 1, 1, 4, "... = 1"},
    {"AssignToListComprehension", "[x for x in y] = 1\n", "SyntaxError", "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 1, 15, "[x for x in y] = 1"},
    {"AssignToParenthesizedLiteral", "(1) = 2\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 2, 3, "(1) = 2"},
    {"AssignToLiteralInTupleTarget", "a, 1 = 2\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 4, 5, "a, 1 = 2"},
    {"AssignToLiteralAfterStarredTarget", "*a, 1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 5, 6, "*a, 1 = x"},
    {"AssignToCallInTupleTarget", "a, f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4, 7, "a, f() = 1"},
    {"NameTargetAfterLiteralSuggestsComparison", "1, a = 2\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 9, "1, a = 2"},
    {"AssignToLiteralInListTarget", "[a, 1] = 2\n", "SyntaxError", "cannot assign to literal", 1, 5, 6, "[a, 1] = 2"},
    {"AssignToLiteralInParenthesizedTuple", "(a, 1) = 2\n", "SyntaxError", "cannot assign to literal", 1, 5, 6, "(a, 1) = 2"},
    {"AssignToLiteralInChain", "x = 1 = 2\n", "SyntaxError", "cannot assign to literal", 1, 5, 6, "x = 1 = 2"},
    {"AssignToCallInChain", "x = f() = 3\n", "SyntaxError", "cannot assign to function call", 1, 5, 8, "x = f() = 3"},
    {"AssignToNone", "None = 1\n", "SyntaxError", "cannot assign to None", 1, 1, 5, "None = 1"},
    {"AssignToTrue", "True = 1\n", "SyntaxError", "cannot assign to True", 1, 1, 5, "True = 1"},
    {"AssignToConditionalExpression", "a if b else c = 1\n", "SyntaxError", "cannot assign to conditional expression", 1, 1, 14, "a if b else c = 1"},
    {"AssignToBooleanExpression", "a and b = 1\n", "SyntaxError", "cannot assign to expression", 1, 1, 8, "a and b = 1"},
    {"AssignToNotExpression", "not a = 1\n", "SyntaxError", "cannot assign to expression", 1, 1, 6, "not a = 1"},
    {"AssignToComparison", "a < b = 1\n", "SyntaxError", "cannot assign to comparison", 1, 1, 6, "a < b = 1"},
    {"AssignToLambda", "lambda: 1 = 1\n", "SyntaxError", "cannot assign to lambda", 1, 1, 10, "lambda: 1 = 1"},
    {"AssignToYield", "x = yield = 1\n", "SyntaxError", "assignment to yield expression not possible", 1, 5, 10, "x = yield = 1"},
    {"AugmentedAssignToCall", "f() += 1\n", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 1, 4, "f() += 1"},
    {"AugmentedAssignToTuple", "a, b += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 5, "a, b += 1"},
    {"AugmentedAssignToLiteral", "1 += 1\n", "SyntaxError", "'literal' is an illegal expression for augmented assignment", 1, 1, 2, "1 += 1"},
    {"AnnotateTuple", "a, b: int\n", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 2, "a, b: int"},
    {"AnnotateCall", "f(): int\n", "SyntaxError", "illegal target for annotation", 1, 1, 4, "f(): int"},
    {"DeleteCall", "del f()\n", "SyntaxError", "cannot delete function call", 1, 5, 8, "del f()"},
    {"DeleteLiteralInTuple", "del (a, 1)\n", "SyntaxError", "cannot delete literal", 1, 9, 10, "del (a, 1)"},
    {"DeleteExpression", "del a + 1\n", "SyntaxError", "cannot delete expression", 1, 5, 10, "del a + 1"},
    {"ForTargetCall", "for f() in x: pass\n", "SyntaxError", "cannot assign to function call", 1, 5, 8, "for f() in x: pass"},
    {"ForTargetLiteralInTuple", "for a, 1 in x: pass\n", "SyntaxError", "cannot assign to literal", 1, 8, 9, "for a, 1 in x: pass"},
    {"WithTargetCall", "with a as f(): pass\n", "SyntaxError", "cannot assign to function call", 1, 11, 14, "with a as f(): pass"},
    {"IfConditionAssignsToCall", "if f() = 1:\n    pass\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4, 7, "if f() = 1:"},
    {"IfConditionUsesEqualsInsteadOfDoubleEquals", "if x = 1:\n    pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 9, "if x = 1:"},
    {"ListElementUsesEquals", "[x = 1]\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 2, 7, "[x = 1]"},
    {"ParenthesizedLiteralAssignment", "(1 = 2)\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 2, 3, "(1 = 2)"},
    {"WalrusWithAttribute", "if (a.b := 1): pass\n", "SyntaxError", "cannot use assignment expressions with attribute", 1, 5, 8, "if (a.b := 1): pass"},
    {"InvalidDecimalLiteral", "x = 1abc\n", "SyntaxError", "invalid decimal literal", 1, 5, 5, "x = 1abc"},
    {"PrintWithoutParentheses", "print \"hello\"\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 14, "print \"hello\""},
    {"PrintWithoutParenthesesSeveralValues", "print \"a\", \"b\"\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 15, "print \"a\", \"b\""},
    {"PrintNameWithoutParentheses", "print x\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 8, "print x"},
    {"PrintWithoutParenthesesOnRightHandSide", "x = print \"a\"\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 5, 14, "x = print \"a\""},
    {"PrintWithoutParenthesesInsideCall", "f(print \"x\")\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 3, 12, "f(print \"x\")"},
    {"ExecWithoutParentheses", "exec \"code\"\n", "SyntaxError", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1, 12, "exec \"code\""},
    {"InvalidCharacterFullWidthComma", "x = 1，2\n", "SyntaxError", "invalid character '，' (U+FF0C)", 1, 6, 6, "x = 1，2"},
    {"InvalidCharacterFullWidthColon", "if x：\n    pass\n", "SyntaxError", "invalid character '：' (U+FF1A)", 1, 5, 5, "if x："},
    {"InvalidCharacterFullWidthParenthesis", "print（1)\n", "SyntaxError", "invalid character '（' (U+FF08)", 1, 6, 6, "print（1)"},
    {"FStringExpectingClosingBrace", "x = f\"{a\"\n", "SyntaxError", "f-string: expecting '}'", 1, 10, 10, "x = f\"{a\""},
    {"FStringEmptyExpression", "x = f\"{}\"\n", "SyntaxError", "f-string: empty expression not allowed", 1, 10, 10, "x = f\"{}\""},
    {"FStringSingleClosingBrace", "x = f\"a}b\"\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 11, 11, "x = f\"a}b\""},
    {"FStringInvalidConversion", "x = f\"{a!x}\"\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 13, 13, "x = f\"{a!x}\""},
    {"FStringBackslashInExpression", "x = f\"{'a\\n'}\"\n", "SyntaxError", "f-string expression part cannot include a backslash", 1, 15, 15, "x = f\"{'a\\n'}\""},
    {"FStringHashInExpression", "x = f\"{a#}\"\n", "SyntaxError", "f-string expression part cannot include '#'", 1, 12, 12, "x = f\"{a#}\""},
    {"FStringReusingEnclosingQuote", "x = f\"{x[\"a\"]}\"\n", "SyntaxError", "f-string: unmatched '['", 1, 11, 12, "x = f\"{x[\"a\"]}\""},
    {"FStringUnmatchedParenthesis", "z = f\"{a)}\"\n", "SyntaxError", "f-string: unmatched ')'", 1, 12, 12, "z = f\"{a)}\""},
    {"FStringNestedTooDeeply", "x = f\"{a:{b:{c}}}\"\n", "SyntaxError", "f-string: expressions nested too deeply", 1, 19, 19, "x = f\"{a:{b:{c}}}\""},
    {"FStringSyntaxErrorInsideExpression", "x = f\"{a +}\"\n", "SyntaxError", "f-string: invalid syntax", 1, 5, 6, "(a +)"},
    {"FStringMissingCommaInsideExpressionOnLaterLine", "x=1\ny=2\nz = f\"{a b}\"\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 3, 2, 5, "(a b)"},
    {"PositionalArgumentFollowsKeywordArgument", "f(a=1, b)\n", "SyntaxError", "positional argument follows keyword argument", 1, 9, 10, "f(a=1, b)"},
    {"PositionalArgumentsFollowKeywordArgument", "f(a=1, b, c)\n", "SyntaxError", "positional argument follows keyword argument", 1, 12, 13, "f(a=1, b, c)"},
    {"PositionalArgumentFollowsKeywordUnpacking", "f(**a, b)\n", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9, 10, "f(**a, b)"},
    {"PositionalAfterStarAndKeyword", "f(*a, b=1, c)\n", "SyntaxError", "positional argument follows keyword argument", 1, 13, 14, "f(*a, b=1, c)"},
    {"IterableUnpackingFollowsKeywordUnpacking", "f(**a, *b)\n", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8, 9, "f(**a, *b)"},
    {"GeneratorExpressionMustBeParenthesized", "f(x for x in y, 1)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 15, "f(x for x in y, 1)"},
    {"GeneratorExpressionWithConditionMustBeParenthesized", "f(a for a in b if c, 1)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 20, "f(a for a in b if c, 1)"},
    {"KeywordArgumentIsAnExpression", "f(a+1=2)\n", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 7, "f(a+1=2)"},
    {"KeywordArgumentIsTrue", "f(True=1)\n", "SyntaxError", "cannot assign to True", 1, 3, 8, "f(True=1)"},
    {"GenericInvalidSyntax", "x = = 1\n", "SyntaxError", "invalid syntax", 1, 5, 6, "x = = 1"},
    {"IncompleteExpressionAtEndOfLine", "x = 1 +\n", "SyntaxError", "invalid syntax", 1, 8, 8, "x = 1 +"},
    {"IncompleteReturnExpression", "def f(x):\n  return x +\n", "SyntaxError", "invalid syntax", 2, 13, 13, "  return x +"},
    {"MissingElseInConditionalExpression", "x = 1 if 2\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 11, "x = 1 if 2"},
    {"NoCommaHintAfterElseBranch", "[a if b else c d]\n", "SyntaxError", "invalid syntax", 1, 16, 17, "[a if b else c d]"},
    {"NonDefaultArgumentFollowsDefault", "def f(x=1, y):\n    pass\n", "SyntaxError", "non-default argument follows default argument", 1, 12, 13, "def f(x=1, y):"},
    {"NonDefaultArgumentFollowsDefaultInLambda", "lambda x=1, y: x\n", "SyntaxError", "non-default argument follows default argument", 1, 13, 14, "lambda x=1, y: x"},
    {"NonDefaultAfterSlashFollowsDefault", "def f(a=1, /, b): pass\n", "SyntaxError", "non-default argument follows default argument", 1, 15, 16, "def f(a=1, /, b): pass"},
    {"NamedArgumentsMustFollowBareStar", "def f(*, **k):\n    pass\n", "SyntaxError", "named arguments must follow bare *", 1, 7, 8, "def f(*, **k):"},
    {"BareStarAlone", "def f(*): pass\n", "SyntaxError", "named arguments must follow bare *", 1, 7, 8, "def f(*): pass"},
    {"StarArgumentTwice", "def f(*a, *b): pass\n", "SyntaxError", "* argument may appear only once", 1, 11, 12, "def f(*a, *b): pass"},
    {"ArgumentsAfterVarKeyword", "def f(**k, a): pass\n", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12, 13, "def f(**k, a): pass"},
    {"SlashFirstInParameters", "def f(/): pass\n", "SyntaxError", "invalid syntax", 1, 7, 8, "def f(/): pass"},
    {"GeneratorAsClassBase", "class A(x for x in y): pass\n", "SyntaxError", "invalid syntax", 1, 11, 14, "class A(x for x in y): pass"},
    {"ExceptWithoutTry", "except: pass\n", "SyntaxError", "invalid syntax", 1, 1, 7, "except: pass"},
    {"ElseWithoutIf", "else: pass\n", "SyntaxError", "invalid syntax", 1, 1, 5, "else: pass"},
    {"TryWithoutExceptOrFinally", "try:\n    pass\nx = 1\n", "SyntaxError", "expected 'except' or 'finally' block", 3, 1, 2, "x = 1"},
    {"ExceptWithUnparenthesizedTypes", "try:\n  pass\nexcept A, B:\n  pass\n", "SyntaxError", "multiple exception types must be parenthesized", 3, 8, 12, "except A, B:"},
    {"TrailingCommaInFromImport", "from x import a,\n", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17, 17, "from x import a,"},
    {"ImportDottedNameIncomplete", "import a.\n", "SyntaxError", "invalid syntax", 1, 10, 10, "import a."},
    {"FromImportWithoutNames", "from x import\n", "SyntaxError", "invalid syntax", 1, 14, 14, "from x import"},
    {"DoubleSemicolon", "a = 1; ; b = 2\n", "SyntaxError", "invalid syntax", 1, 8, 9, "a = 1; ; b = 2"},
    {"AttributeNumber", "x.1\n", "SyntaxError", "invalid syntax", 1, 2, 4, "x.1"},
    {"EqualsAsFirstArgument", "f(=1)\n", "SyntaxError", "invalid syntax", 1, 3, 4, "f(=1)"},
    {"UnmatchedClosingBracketAlone", "x = ]\n", "SyntaxError", "unmatched ']'", 1, 5, 5, "x = ]"},
    {"DictEntryWithoutColon", "d = {1: 2, 3}\n", "SyntaxError", "':' expected after dictionary key", 1, 12, 0, "d = {1: 2, 3}"},
    {"DictUnpackingThenBareKey", "x = {**a, b}\n", "SyntaxError", "':' expected after dictionary key", 1, 11, 0, "x = {**a, b}"},
    {"AsyncBeforeName", "async x = 1\n", "SyntaxError", "invalid syntax", 1, 7, 8, "async x = 1"},
    {"AwaitAsName", "await = 1\n", "SyntaxError", "invalid syntax", 1, 7, 8, "await = 1"},
    {"YieldInLambda", "x = lambda x: yield\n", "SyntaxError", "invalid syntax", 1, 15, 20, "x = lambda x: yield"},
    {"YieldFromWithoutExpression", "def f(): x = yield from\n", "SyntaxError", "invalid syntax", 1, 24, 24, "def f(): x = yield from"},
    {"LambdaParametersWithoutComma", "lambda x x: 1\n", "SyntaxError", "invalid syntax", 1, 10, 11, "lambda x x: 1"},
    {"WhileWithoutColonBeforeStatement", "while True print(1)\n", "SyntaxError", "invalid syntax", 1, 12, 17, "while True print(1)"},
    {"ForWithoutColonBeforeStatement", "for i in range(3) print(i)\n", "SyntaxError", "invalid syntax", 1, 19, 24, "for i in range(3) print(i)"},
    {"ForWithExtraExpression", "for x in y z:\n    pass\n", "SyntaxError", "invalid syntax", 1, 12, 13, "for x in y z:"},
    {"WithTwoExpressions", "with a b: pass\n", "SyntaxError", "invalid syntax", 1, 8, 9, "with a b: pass"},
    {"DollarSign", "x = $\n", "SyntaxError", "invalid syntax", 1, 5, 6, "x = $"},
    {"QuestionMark", "x = a ? b\n", "SyntaxError", "invalid syntax", 1, 7, 8, "x = a ? b"},
    {"ExclamationMark", "x = !a\n", "SyntaxError", "invalid syntax", 1, 5, 6, "x = !a"},
    {"AnnotatedAssignmentChain", "x: int = 1 = 2\n", "SyntaxError", "invalid syntax", 1, 12, 13, "x: int = 1 = 2"},
    {"UnknownEscapeName", "x = \"\\N{NOPE}\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name", 1, 15, 15, "x = \"\\N{NOPE}\""},
    {"TruncatedHexEscape", "x = \"\\x4\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10, 10, "x = \"\\x4\""},
    {"BytesWithNonAscii", "x = b\"é\"\n", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 5, 9, "x = b\"é\""},
    {"MixingBytesAndStr", "x = b\"a\" \"b\"\n", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13, 13, "x = b\"a\" \"b\""},
    {"GenericErrorThenUnterminatedStringLater", "x = = 1\ny = \"abc\n", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 5, 5, "y = \"abc"},
    {"UnterminatedStringInsideCall", "print(\"abc)\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 7, 7, "print(\"abc)"},
    {"TooManyNestedParentheses", "x = (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))\n", "SyntaxError", "too many nested parentheses", 1, 205, 205, "x = (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))"},
    {"InvisibleIdeographicSpace", "x = 1　+ 2\n", "SyntaxError", "invalid non-printable character U+3000", 1, 6, 6, "x = 1　+ 2"},
    {"ErrorAtEndOfLineWithCommentPointsAtComment", "print(e)  not # a comment\n", "SyntaxError", "invalid syntax", 1, 15, 26, "print(e)  not # a comment"},
    {"TrailingOperatorBeforeComment", "print(1)*  # note\n", "SyntaxError", "invalid syntax", 1, 12, 18, "print(1)*  # note"},
    {"ExpectedColonBeforeComment", "if x  # check\n    pass\n", "SyntaxError", "expected ':'", 1, 7, 14, "if x  # check"},
    {"MissingBlockIndentWinsOverLaterBadDedent", "def f(x):\n    if x < 0:\n    return 1\n  return 2\n", "IndentationError", "expected an indented block after 'if' statement on line 2", 3, 5, 11, "    return 1"},
    {"ComparisonFollowedByColon", "for i in x:\n    i == 2:\n        break\n", "SyntaxError", "invalid syntax", 2, 11, 12, "    i == 2:"},
    {"ExpectedParenthesisAfterFunctionName", "def re peat(times):\n    pass\n", "SyntaxError", "expected '('", 1, 8, 12, "def re peat(times):"},
    {"MissingInInComprehensionSuggestsComma", "print([v for row n matrix for v in row])\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 14, 19, "print([v for row n matrix for v in row])"},
    {"MissingInInGeneratorArgumentSuggestsComma", "print(\", \".join(str(n) for n range(3)))\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 28, 38, "print(\", \".join(str(n) for n range(3)))"},
    {"MissingInInForStatement", "for x y in z:\n    pass\n", "SyntaxError", "invalid syntax", 1, 7, 8, "for x y in z:"},
    {"ComprehensionTargetNeedsParentheses", "[x, y for x, y in z]\n", "SyntaxError", "did you forget parentheses around the comprehension target?", 1, 2, 6, "[x, y for x, y in z]"},
    {"SetComprehensionTargetNeedsParentheses", "{x, y for x, y in z}\n", "SyntaxError", "did you forget parentheses around the comprehension target?", 1, 2, 6, "{x, y for x, y in z}"},
    {"DictValueMissing", "x = {1: }\n", "SyntaxError", "expression expected after dictionary key and ':'", 1, 7, 8, "x = {1: }"},
    {"DictValueMissingAfterFirstItem", "x = {1: 2, 3:}\n", "SyntaxError", "expression expected after dictionary key and ':'", 1, 13, 14, "x = {1: 2, 3:}"},
    {"NumberFollowedByLongerWordIsInvalid", "print(1elsee3)\n", "SyntaxError", "invalid decimal literal", 1, 7, 7, "print(1elsee3)"},
    {"AssignmentWithoutValueToCall", "print(x)=  # note\n", "SyntaxError", "cannot assign to function call", 1, 1, 9, "print(x)=  # note"},
    {"ShortNamesLikeSoftKeywordsGetNoCommaHint", "print(m b)\n", "SyntaxError", "invalid syntax", 1, 9, 10, "print(m b)"},
    {"CommaHintForOrdinaryShortName", "print(a b)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 10, "print(a b)"},
    {"SoftKeywordPrefixInListGetsHintLater", "[c r c in d]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 4, 12, "[c r c in d]"},
    {"MissingCommaAfterOrExpression", "print(None or 0 oelser [])\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 23, "print(None or 0 oelser [])"},
    {"ConditionalWithoutElseInsideListSuggestsComma", "[a x if y]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 5, "[a x if y]"},
    {"FStringExpressionRequiredBeforeConversion", "f\"{!r}\"\n", "SyntaxError", "f-string: expression required before '!'", 1, 8, 8, "f\"{!r}\""},
    {"FStringExpressionRequiredBeforeFormatSpec", "f\"{:x}\"\n", "SyntaxError", "f-string: expression required before ':'", 1, 8, 8, "f\"{:x}\""},
    {"FStringExpressionRequiredBeforeEquals", "f\"{=}\"\n", "SyntaxError", "f-string: expression required before '='", 1, 7, 7, "f\"{=}\""},
    {"FStringWhitespaceOnlyExpression", "f\"{ }\"\n", "SyntaxError", "f-string: empty expression not allowed", 1, 7, 7, "f\"{ }\""},
    {"FStringMissingConversionCharacter", "f\"{x!}\"\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8, 8, "f\"{x!}\""},
    {"FStringSpaceAfterConversion", "f\"{x!r }\"\n", "SyntaxError", "f-string: expecting '}'", 1, 10, 10, "f\"{x!r }\""},
    {"FStringDoubledClosingBraceAfterField", "f\"{x}}\"\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 8, 8, "f\"{x}}\""},
    {"ExceptTypesWithAsNeedParentheses", "try:\n    pass\nexcept TypeE,rror as e:\n    pass\n", "SyntaxError", "multiple exception types must be parenthesized", 3, 8, 23, "except TypeE,rror as e:"},
    {"WalrusOnAttributeStatement", "self.y := y\n", "SyntaxError", "cannot use assignment expressions with attribute", 1, 1, 7, "self.y := y"},
    {"WalrusOnCallStatement", "f(x) := 1\n", "SyntaxError", "cannot use assignment expressions with function call", 1, 1, 5, "f(x) := 1"},
    {"WalrusOnNameStatement", "x := 1\n", "SyntaxError", "invalid syntax", 1, 3, 5, "x := 1"},
    {"WalrusOnTupleStatement", "a, b := 1\n", "SyntaxError", "invalid syntax", 1, 6, 8, "a, b := 1"},
    {"ClassNameFollowedByName", "class A x:\n pass\n", "SyntaxError", "invalid syntax", 1, 9, 10, "class A x:"},
    {"FunctionParametersFollowedByName", "def f(x) y:\n pass\n", "SyntaxError", "expected ':'", 1, 10, 11, "def f(x) y:"},
    {"ImportFollowedByName", "import x y\n", "SyntaxError", "invalid syntax", 1, 10, 11, "import x y"},
    {"FromImportMisspelled", "from x imp y\n", "SyntaxError", "invalid syntax", 1, 8, 11, "from x imp y"},
    {"LambdaBodyFollowedByName", "lambda x: x y\n", "SyntaxError", "invalid syntax", 1, 13, 14, "lambda x: x y"},
    {"AsyncWithTwoExpressions", "async with a b: pass\n", "SyntaxError", "invalid syntax", 1, 14, 15, "async with a b: pass"},
    {"GeneratorArgumentFollowedByName", "f(x for x in y z)\n", "SyntaxError", "invalid syntax", 1, 16, 17, "f(x for x in y z)"},
    {"PrintWithPercentFormatting", "print \"x\" % y\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 14, "print \"x\" % y"},
    {"AnnotationOnExpression", "x + 1: int = 3\n", "SyntaxError", "illegal target for annotation", 1, 1, 6, "x + 1: int = 3"},
    {"UnclosedCallFollowedByStatements", "print(a, 5\nprint(x)\ny = 1\n", "SyntaxError", "'(' was never closed", 1, 6, 0, "print(a, 5"},
    {"UnclosedNestedCallFollowedByStatements", "print((1\nprint(())\nx = 1\n", "SyntaxError", "'(' was never closed", 1, 7, 0, "print((1"},
    {"ChineseCommaInCall", "print(\"你好\"，\"世界\")\n", "SyntaxError", "invalid character '，' (U+FF0C)", 1, 11, 11, "print(\"你好\"，\"世界\")"},
    {"ChineseParenthesesInDef", "def 问候（名字）:\n    pass\n", "SyntaxError", "invalid character '（' (U+FF08)", 1, 7, 7, "def 问候（名字）:"},
    {"MismatchedQuotes", "print('hello\")\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 7, 7, "print('hello\")"},
    {"ElseIfInsteadOfElif", "if x:\n    pass\nelse if y:\n    pass\n", "SyntaxError", "expected ':'", 3, 6, 8, "else if y:"},
    {"DefWithoutParentheses", "def f:\n    pass\n", "SyntaxError", "expected '('", 1, 6, 7, "def f:"},
    {"ForMissingColonAtEndOfFile", "for i in range(10)", "SyntaxError", "expected ':'", 1, 19, 19, "for i in range(10)"},
    {"WhileTrueMissingColon", "while True\n    print(1)\n", "SyntaxError", "expected ':'", 1, 11, 11, "while True"},
    {"FStringMissingClosingBraceInCall", "print(f\"{x\")\n", "SyntaxError", "f-string: expecting '}'", 1, 12, 13, "print(f\"{x\")"},
    {"UnclosedListBeforeMoreCode", "x = [1, 2, 3\ny = 4\nprint(x)\n", "SyntaxError", "'[' was never closed", 1, 5, 0, "x = [1, 2, 3"},
    {"ImportAsWithoutName", "import asyncio as\n", "SyntaxError", "invalid syntax", 1, 18, 18, "import asyncio as"},
    {"AsyncDefMissingColon", "async def main()\n    await x\n", "SyntaxError", "expected ':'", 1, 17, 17, "async def main()"},
    {"AwaitCallNeverClosed", "async def main():\n    await asyncio.sleep(1\n", "SyntaxError", "'(' was never closed", 2, 24, 0, "    await asyncio.sleep(1"},
    {"ChineseQuotes", "print(“hello”)\n", "SyntaxError", "invalid character '“' (U+201C)", 1, 7, 7, "print(“hello”)"},
    {"ExtraClosingParenthesis", "print(\"hello\"))\n", "SyntaxError", "unmatched ')'", 1, 15, 15, "print(\"hello\"))"},
    {"IncrementOperator", "x++\n", "SyntaxError", "invalid syntax", 1, 4, 4, "x++"},
    {"SpacedDoubleEquals", "if x = = 1:\n    pass\n", "SyntaxError", "invalid syntax", 1, 6, 7, "if x = = 1:"},
    {"IfConditionParenthesisNotClosed", "if (x > 1:\n    pass\n", "SyntaxError", "invalid syntax", 1, 10, 11, "if (x > 1:"},
    {"ElifAfterElse", "if x:\n    pass\nelse:\n    pass\nelif y:\n    pass\n", "SyntaxError", "invalid syntax", 5, 1, 5, "elif y:"},
    {"MethodMissingColon", "class A:\n    def f(self, x)\n        return x\n", "SyntaxError", "expected ':'", 2, 19, 19, "    def f(self, x)"},
    {"ReturnDedentedOutOfFunction", "def f():\n    x = 1\n  return x\n", "IndentationError", "unindent does not match any outer indentation level", 3, 11, 0, "  return x"},
    {"AsyncioRunMissingParen", "asyncio.run(main()\n", "SyntaxError", "'(' was never closed", 1, 12, 0, "asyncio.run(main()"},
    {"CreateTaskTypo", "task = asyncio.create_task(work(1)\nawait task\n", "SyntaxError", "'(' was never closed", 1, 27, 0, "task = asyncio.create_task(work(1)"},
    {"ColonAfterCall", "print(x):\n", "SyntaxError", "invalid syntax", 1, 9, 10, "print(x):"},
    {"AssignInWhileCondition", "while x = 1:\n    pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 7, 12, "while x = 1:"},
    {"MissingOperandInCondition", "if x >:\n    pass\n", "SyntaxError", "invalid syntax", 1, 7, 8, "if x >:"},
    {"StringConcatWithoutPlus", "print(\"a\" name)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 15, "print(\"a\" name)"},
    {"LambdaWithReturn", "f = lambda x: return x\n", "SyntaxError", "invalid syntax", 1, 15, 21, "f = lambda x: return x"},
    {"DictLiteralWithEquals", "d = {'a' = 1}\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 6, 9, "d = {'a' = 1}"},
    {"KeywordAsVariable", "class = 1\n", "SyntaxError", "invalid syntax", 1, 7, 8, "class = 1"},
    {"ImportStarInsideParens", "from x import (*)\n", "SyntaxError", "invalid syntax", 1, 16, 17, "from x import (*)"},
    {"PassMissingInEmptyClass", "class A:\n\nx = 1\n", "IndentationError", "expected an indented block after class definition on line 1", 3, 1, 2, "x = 1"},
    {"DoubleColon", "if x::\n    pass\n", "SyntaxError", "invalid syntax", 1, 6, 7, "if x::"},
    {"NonAsciiSpaceIndent", "if x:\n    pass\n", "SyntaxError", "invalid non-printable character U+00A0", 2, 1, 1, "    pass"},
    {"TripleQuoteNeverClosedInFunction", "def f():\n    '''doc\n    return 1\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 2, 5, 5, "    '''doc"},
    {"FullWidthSpaceAfterColon", "if x:　\n    pass\n", "SyntaxError", "invalid non-printable character U+3000", 1, 6, 6, "if x:　"},
    {"ChineseSemicolon", "x = 1； y = 2\n", "SyntaxError", "invalid character '；' (U+FF1B)", 1, 6, 6, "x = 1； y = 2"},
    {"ChineseBracketInList", "x = 【1, 2】\n", "SyntaxError", "invalid character '【' (U+3010)", 1, 5, 5, "x = 【1, 2】"},
    {"ImportTrailingComma", "import asyncio,\n", "SyntaxError", "invalid syntax", 1, 16, 16, "import asyncio,"},
    {"AsyncDefWithoutParentheses", "async def main:\n    pass\n", "SyntaxError", "expected '('", 1, 15, 16, "async def main:"},
    {"Python2RaiseWithComma", "raise ValueError, \"msg\"\n", "SyntaxError", "invalid syntax", 1, 17, 18, "raise ValueError, \"msg\""},
    {"Backticks", "x = `y`\n", "SyntaxError", "invalid syntax", 1, 5, 6, "x = `y`"},
    {"DiamondOperator", "if 1 <> 2:\n    pass\n", "SyntaxError", "invalid syntax", 1, 6, 8, "if 1 <> 2:"},
    {"UrPrefix", "x = ur'abc'\n", "SyntaxError", "invalid syntax", 1, 7, 12, "x = ur'abc'"},
    {"LambdaTupleParameter", "f = lambda (x, y): x\n", "SyntaxError", "Lambda expression parameters cannot be parenthesized", 1, 12, 18, "f = lambda (x, y): x"},
    {"AsyncAsName", "async = 1\n", "SyntaxError", "invalid syntax", 1, 7, 8, "async = 1"},
    {"ImportFromReversed", "import x from y\n", "SyntaxError", "invalid syntax", 1, 10, 14, "import x from y"},
    {"FStringUnterminatedInsideCall", "print(f\"{x!r\")\n", "SyntaxError", "f-string: expecting '}'", 1, 14, 15, "print(f\"{x!r\")"},
    {"NestedFunctionMissingColon", "def outer():\n    def inner()\n        pass\n", "SyntaxError", "expected ':'", 2, 16, 16, "    def inner()"},
    {"WithoutAsName", "with open('f') as:\n    pass\n", "SyntaxError", "invalid syntax", 1, 18, 19, "with open('f') as:"},
    {"ExceptAsLiteral", "try:\n    pass\nexcept E as 1:\n    pass\n", "SyntaxError", "invalid syntax", 3, 13, 14, "except E as 1:"},
    {"ReturnTupleMissingComma", "def f():\n    return (1 2)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 2, 13, 16, "    return (1 2)"},
    {"DecoratorOnStatement", "@dec\nx = 1\n", "SyntaxError", "invalid syntax", 2, 1, 2, "x = 1"},
    {"ClassMissingName", "class :\n    pass\n", "SyntaxError", "invalid syntax", 1, 7, 8, "class :"},
    {"ForMissingIn", "for i range(3):\n    pass\n", "SyntaxError", "invalid syntax", 1, 7, 12, "for i range(3):"},
    {"ForMissingTarget", "for in range(3):\n    pass\n", "SyntaxError", "invalid syntax", 1, 5, 7, "for in range(3):"},
    {"WhileMissingCondition", "while :\n    pass\n", "SyntaxError", "invalid syntax", 1, 7, 8, "while :"},
    {"IfMissingCondition", "if :\n    pass\n", "SyntaxError", "invalid syntax", 1, 4, 5, "if :"},
    {"TwoStatementsOnLineWithoutSemicolon", "x = 1 y = 2\n", "SyntaxError", "invalid syntax", 1, 7, 8, "x = 1 y = 2"},
    {"CallMissingClosingBeforeColon", "if len(x > 0:\n    pass\n", "SyntaxError", "invalid syntax", 1, 13, 14, "if len(x > 0:"},
    {"DictMissingClosingBrace", "d = {'a': 1\nprint(d)\n", "SyntaxError", "'{' was never closed", 1, 5, 0, "d = {'a': 1"},
    {"StringMissingOpeningQuote", "print(hello\")\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 12, 12, "print(hello\")"},
    {"GlobalWithValue", "global x = 1\n", "SyntaxError", "invalid syntax", 1, 10, 11, "global x = 1"},
    {"ReturnWithColon", "return:\n", "SyntaxError", "invalid syntax", 1, 7, 8, "return:"},
    {"KeywordArgumentToSubscript", "x[a=1]\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 3, 6, "x[a=1]"},
    {"AwaitWithoutExpression", "async def f():\n    await\n", "SyntaxError", "invalid syntax", 2, 10, 10, "    await"},
    {"YieldFromTwoValues", "def f():\n    yield from a, b\n", "SyntaxError", "invalid syntax", 2, 17, 18, "    yield from a, b"},
    {"StarStarInList", "[**a]\n", "SyntaxError", "invalid syntax", 1, 2, 4, "[**a]"},
    {"ChainedComparisonWithAssignment", "if a < b = c:\n    pass\n", "SyntaxError", "invalid syntax", 1, 10, 11, "if a < b = c:"},
    {"TabAfterSpacesSameWidth", "if x:\n        a = 1\n\tb = 2\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 0, "\tb = 2"},
    {"NonAsciiOperator", "x = a × b\n", "SyntaxError", "invalid character '×' (U+00D7)", 1, 7, 7, "x = a × b"},
    {"EmojiIdentifier", "😀 = 1\n", "SyntaxError", "invalid character '😀' (U+1F600)", 1, 1, 1, "😀 = 1"},
    {"ChineseColonAfterDef", "def f()：\n    pass\n", "SyntaxError", "invalid character '：' (U+FF1A)", 1, 8, 8, "def f()："},
    {"ChineseDoubleQuoteString", "print(“你好”)\n", "SyntaxError", "invalid character '“' (U+201C)", 1, 7, 7, "print(“你好”)"},
    {"FunctionTupleParameter", "def f((x, y)):\n pass\n", "SyntaxError", "Function parameters cannot be parenthesized", 1, 7, 13, "def f((x, y)):"},
    {"FunctionTupleParameterAfterName", "def f(a, (x, y)):\n pass\n", "SyntaxError", "Function parameters cannot be parenthesized", 1, 10, 16, "def f(a, (x, y)):"},
    {"LambdaSingleParenthesizedParameter", "lambda (x): 1\n", "SyntaxError", "Lambda expression parameters cannot be parenthesized", 1, 8, 11, "lambda (x): 1"},
    {"LambdaNestedParenthesizedParameterIsInvalidSyntax", "lambda (x, (y)): 1\n", "SyntaxError", "invalid syntax", 1, 8, 9, "lambda (x, (y)): 1"},
    {"PrintWithoutParenthesesInElseBranch", "def depth(n):\n    return 0 if n == 0 else print 1 + depth(n - 1)\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 2, 29, 51, "    return 0 if n == 0 else print 1 + depth(n - 1)"},
    {"WalrusWithNothingAfterIt", "asyncio.run(main()):=\n", "SyntaxError", "invalid syntax", 1, 20, 22, "asyncio.run(main()):="},
    {"IndentedBlockExpectedBeforeDedentKeepsIndentation", "class A:\n    def f(self):\n        if x:\n    y = 1\n", "IndentationError", "expected an indented block after 'if' statement on line 3", 4, 4, 0, "    y = 1"},
    {"FStringNestedFStringWithMissingComma", "x = f\"{f'{a b}'}\"\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 5, "(a b)"},
    {"FStringMultiLineExpressionErrorLine", "x = f\"\"\"\n{a b}\n\"\"\"\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 2, 2, 5, "(a b)"},
    {"FStringErrorOnSecondLine", "y = 1\nx = f\"abc {a +} def\"\n", "SyntaxError", "f-string: invalid syntax", 2, 5, 6, "(a +)"},
    {"FStringErrorInSecondField", "x = f\"{a} {b c}\"\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 5, "(b c)"},
    {"FStringErrorInFormatSpecField", "x = f\"{a:{b c}}\"\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 5, "(b c)"},
    {"FStringErrorAfterPlainString", "x = \"abc\" f\"{a b}\"\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 5, "(a b)"},
    {"FStringUnterminatedStringInExpression", "x = f\"{'a}\"\n", "SyntaxError", "f-string: unterminated string", 1, 12, 12, "x = f\"{'a}\""},
    {"FStringStarredExpression", "x = f\"{*a}\"\n", "SyntaxError", "f-string: cannot use starred expression here", 1, 2, 4, "(*a)"},
    {"FStringTokenizerErrorInExpression", "x = f\"{1abc}\"\n", "SyntaxError", "invalid decimal literal", 1, 2, 2, "(1abc)"},
    {"BytesFStringPrefixIsInvalid", "x = bf\"a\"\n", "SyntaxError", "invalid syntax", 1, 7, 10, "x = bf\"a\""},
    {"BackslashInIndentationFollowedBySpace", "if x:\n     \\       y = 1\n", "SyntaxError", "unexpected character after line continuation character", 2, 7, 0, "     \\       y = 1"},
    {"ReturnAnnotationMissing", "class A:\n    def balance(self, value)->:\n        pass\n", "SyntaxError", "expected ':'", 2, 29, 31, "    def balance(self, value)->:"},
    {"UnexpectedIndentBeforeLaterTokenizerError", "x = 1\n y = 2]\n", "IndentationError", "unexpected indent", 2, 1, 0, " y = 2]"},
};

class ParserError : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(ParserError, MatchesCPython) {
    const ErrorCase& c = GetParam();
    SyntaxErrorInfo e = error_of(c.source);
    EXPECT_EQ(e.type, c.type);
    EXPECT_EQ(e.message, c.message);
    EXPECT_EQ(e.line, c.line);
    EXPECT_EQ(e.col, c.col);
    EXPECT_EQ(e.end_col, c.end_col);
    EXPECT_EQ(e.source_line, c.source_line);
}

INSTANTIATE_TEST_SUITE_P(CPythonMessages, ParserError, ::testing::ValuesIn(kErrorCases),
                         [](const ::testing::TestParamInfo<ErrorCase>& info) { return std::string(info.param.name); });

}  // namespace
