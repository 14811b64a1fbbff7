// The compiler: scope decisions, compile-time errors, and the invariants of the bytecode it
// emits (every instruction has a source line, every jump lands inside its code object).
#include <gtest/gtest.h>

#include "compiler.h"
#include "disassembler.h"
#include "loopscope/engine.h"
#include "vm.h"

namespace ls {
namespace {

class NullHost : public Host {
public:
    void write(Stream, std::string_view) override {}
};

class CompilerTest : public ::testing::Test {
protected:
    NullHost host;
    RunLimits limits;
    VM vm{host, limits};

    Ref<CodeObject> compile(const std::string& src) {
        SyntaxErrorInfo err;
        Ref<CodeObject> code = compile_source(vm, src, "prog.py", err);
        EXPECT_TRUE(code) << err.message << " at line " << err.line;
        return code;
    }

    SyntaxErrorInfo compile_error(const std::string& src) {
        SyntaxErrorInfo err;
        Ref<CodeObject> code = compile_source(vm, src, "prog.py", err);
        EXPECT_FALSE(code) << "expected a compile error for:\n" << src;
        return err;
    }

    std::string dis(const std::string& src) {
        Ref<CodeObject> code = compile(src);
        return code ? disassemble(vm, *code) : "";
    }
};

// Checks the invariants on a code object and every code object nested in it.
void expect_well_formed(VM& vm, const CodeObject& code) {
    ASSERT_EQ(code.code.size(), code.positions.size()) << code.qualname;
    for (size_t pc = 0; pc < code.code.size(); ++pc) {
        Op op = op_of(code.code[pc]);
        EXPECT_GT(code.positions[pc].line, 0) << code.qualname << " pc " << pc << " " << op_name(op);
        switch (op) {
            case Op::JUMP: case Op::POP_JUMP_IF_FALSE: case Op::POP_JUMP_IF_TRUE: case Op::JUMP_IF_FALSE_OR_POP:
            case Op::JUMP_IF_TRUE_OR_POP: case Op::FOR_ITER: case Op::SEND: case Op::SETUP_FINALLY: case Op::PUSH_EXC_INFO:
                EXPECT_LT(arg_of(code.code[pc]), code.code.size()) << code.qualname << " pc " << pc;
                break;
            default:
                break;
        }
    }
    for (auto& c : code.consts)
        if (c.is_obj() && c.obj()->type == vm.t.code) expect_well_formed(vm, *c.as<CodeObject>());
}

TEST_F(CompilerTest, FunctionLocalsUseFastSlots) {
    std::string d = dis("def f(a):\n    b = a + 1\n    return b\n");
    EXPECT_NE(d.find("STORE_FAST"), std::string::npos);
    EXPECT_NE(d.find("LOAD_FAST"), std::string::npos);
    EXPECT_NE(d.find("(b)"), std::string::npos);
}

TEST_F(CompilerTest, ModuleNamesLiveInTheNamespaceDict) {
    std::string d = dis("x = 1\nprint(x)\n");
    EXPECT_NE(d.find("STORE_NAME"), std::string::npos);
    EXPECT_EQ(d.find("STORE_FAST"), std::string::npos);
}

TEST_F(CompilerTest, CapturedVariablesBecomeCells) {
    std::string d = dis("def outer():\n    n = 0\n    def inner():\n        return n\n    return inner\n");
    EXPECT_NE(d.find("STORE_DEREF"), std::string::npos);
    EXPECT_NE(d.find("LOAD_CLOSURE"), std::string::npos);
    EXPECT_NE(d.find("LOAD_DEREF"), std::string::npos);
}

TEST_F(CompilerTest, GlobalDeclarationMakesAssignmentsGlobal) {
    std::string d = dis("count = 0\ndef bump():\n    global count\n    count = count + 1\n");
    EXPECT_NE(d.find("STORE_GLOBAL"), std::string::npos);
    EXPECT_EQ(d.find("STORE_FAST"), std::string::npos);
}

TEST_F(CompilerTest, NonlocalAssignmentWritesTheEnclosingCell) {
    std::string d = dis("def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n    g()\n    return x\n");
    size_t inner = d.find("Disassembly of f.<locals>.g");
    ASSERT_NE(inner, std::string::npos);
    EXPECT_NE(d.find("STORE_DEREF", inner), std::string::npos);
}

TEST_F(CompilerTest, NestedQualnamesFollowCPython) {
    std::string d = dis("class A:\n    def m(self):\n        def h():\n            pass\n");
    EXPECT_NE(d.find("Disassembly of A.m "), std::string::npos);
    EXPECT_NE(d.find("Disassembly of A.m.<locals>.h "), std::string::npos);
}

TEST_F(CompilerTest, EveryInstructionHasALineAndEveryJumpLandsInside) {
    const char* src =
        "import math\n"
        "class C(object):\n"
        "    def __init__(self, x=1, *a, k=2, **kw):\n"
        "        self.x = [i * 2 for i in range(x) if i]\n"
        "def gen(n):\n"
        "    try:\n"
        "        for i in range(n):\n"
        "            if i == 3:\n"
        "                break\n"
        "            yield i\n"
        "        else:\n"
        "            pass\n"
        "    except (ValueError, KeyError) as e:\n"
        "        raise RuntimeError('x') from e\n"
        "    finally:\n"
        "        print('done')\n"
        "    with open('f') as f, open('g'):\n"
        "        while n > 0:\n"
        "            n -= 1\n"
        "            continue\n"
        "    return {k: v for k, v in {}.items()}\n"
        "async def co():\n"
        "    async with x as y:\n"
        "        async for z in y:\n"
        "            await z\n"
        "lam = lambda q, *r: (q, r, *r)\n"
        "a, *b, c = [1, 2, 3, 4]\n"
        "print(f'{a!r:>{c}} {b=}')\n";
    Ref<CodeObject> code = compile(src);
    ASSERT_TRUE(code);
    expect_well_formed(vm, *code);
}

TEST_F(CompilerTest, ReturnOutsideFunctionIsASyntaxError) {
    SyntaxErrorInfo err = compile_error("x = 1\nreturn x\n");
    EXPECT_EQ(err.message, "'return' outside function");
    EXPECT_EQ(err.line, 2);
    EXPECT_EQ(err.col, 1);
}

TEST_F(CompilerTest, BreakOutsideLoopIsASyntaxError) {
    SyntaxErrorInfo err = compile_error("if True:\n    break\n");
    EXPECT_EQ(err.message, "'break' outside loop");
    EXPECT_EQ(err.line, 2);
}

TEST_F(CompilerTest, ContinueInsideFunctionButOutsideLoopIsASyntaxError) {
    SyntaxErrorInfo err = compile_error("def f():\n    continue\n");
    EXPECT_EQ(err.message, "'continue' not properly in loop");
}

TEST_F(CompilerTest, AwaitInAPlainFunctionIsASyntaxError) {
    SyntaxErrorInfo err = compile_error("def f():\n    await g()\n");
    EXPECT_EQ(err.message, "'await' outside async function");
    EXPECT_EQ(err.line, 2);
    EXPECT_EQ(err.col, 5);
}

TEST_F(CompilerTest, AwaitAtModuleLevelIsOutsideFunction) {
    SyntaxErrorInfo err = compile_error("await x\n");
    EXPECT_EQ(err.message, "'await' outside function");
}

TEST_F(CompilerTest, YieldFromInsideAsyncFunctionIsASyntaxError) {
    SyntaxErrorInfo err = compile_error("async def f():\n    yield from g()\n");
    EXPECT_EQ(err.message, "'yield from' inside async function");
}

TEST_F(CompilerTest, ParameterDeclaredGlobalIsASyntaxError) {
    SyntaxErrorInfo err = compile_error("def f(x):\n    global x\n");
    EXPECT_EQ(err.message, "name 'x' is parameter and global");
    EXPECT_EQ(err.line, 2);
}

TEST_F(CompilerTest, UseBeforeGlobalDeclarationIsASyntaxError) {
    SyntaxErrorInfo err = compile_error("def f():\n    print(x)\n    global x\n");
    EXPECT_EQ(err.message, "name 'x' is used prior to global declaration");
}

TEST_F(CompilerTest, NonlocalWithoutBindingIsASyntaxError) {
    SyntaxErrorInfo err = compile_error("def f():\n    nonlocal x\n");
    EXPECT_EQ(err.message, "no binding for nonlocal 'x' found");
}

TEST_F(CompilerTest, DuplicateParameterIsASyntaxError) {
    SyntaxErrorInfo err = compile_error("def f(a, a):\n    pass\n");
    EXPECT_EQ(err.message, "duplicate argument 'a' in function definition");
    EXPECT_EQ(err.col, 10);
}

TEST_F(CompilerTest, GeneratorFunctionsAreFlaggedAsGenerators) {
    Ref<CodeObject> code = compile("def g():\n    yield 1\nasync def c():\n    pass\nasync def ag():\n    yield 2\n");
    ASSERT_TRUE(code);
    int generators = 0, coroutines = 0, async_generators = 0;
    for (auto& c : code->consts) {
        if (!(c.is_obj() && c.obj()->type == vm.t.code)) continue;
        auto* co = c.as<CodeObject>();
        generators += co->is(kCodeGenerator);
        coroutines += co->is(kCodeCoroutine);
        async_generators += co->is(kCodeAsyncGenerator);
    }
    EXPECT_EQ(generators, 1);
    EXPECT_EQ(coroutines, 1);
    EXPECT_EQ(async_generators, 1);
}

TEST_F(CompilerTest, BigIntegerLiteralsAreExactConstants) {
    Ref<CodeObject> code = compile("x = 123456789012345678901234567890\n");
    ASSERT_TRUE(code);
    bool found = false;
    for (auto& c : code->consts)
        if (vm.is_integer(c) && vm.to_mpz(c) == mpz_class("123456789012345678901234567890")) found = true;
    EXPECT_TRUE(found);
}

}  // namespace
}  // namespace ls
