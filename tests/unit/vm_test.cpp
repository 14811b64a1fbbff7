// The VM through the public facade: budgets that stop runaway programs, determinism, the heap
// freeing cycles, and frames that survive suspension.
#include <gtest/gtest.h>

#include "loopscope/engine.h"
#include "vm.h"

namespace ls {
namespace {

CapturedRun run(const std::string& src, RunLimits limits = {}) {
    RunOptions o;
    o.filename = "prog.py";
    o.limits = limits;
    return run_captured(src, o);
}

std::string last_line(const std::string& s) {
    std::string t = s;
    while (!t.empty() && t.back() == '\n') t.pop_back();
    size_t nl = t.rfind('\n');
    return nl == std::string::npos ? t : t.substr(nl + 1);
}

TEST(VM, InfiniteLoopStopsAtTheStepBudgetNamingTheLine) {
    RunLimits limits;
    limits.max_steps = 100000;
    CapturedRun r = run("x = 0\nwhile True:\n    x += 1\n", limits);
    EXPECT_EQ(r.result.exit_code, 1);
    ASSERT_EQ(r.result.diagnostics.size(), 1u);
    EXPECT_EQ(r.result.diagnostics[0].code, "step-budget");
    EXPECT_GE(r.result.diagnostics[0].line, 2);
    EXPECT_LE(r.result.diagnostics[0].line, 3);
    EXPECT_NE(r.err.find("100,000 steps"), std::string::npos) << r.err;
}

TEST(VM, OutputBeforeTheBudgetRunsOutIsKept) {
    RunLimits limits;
    limits.max_steps = 50000;
    CapturedRun r = run("print('before')\nwhile True:\n    pass\n", limits);
    EXPECT_EQ(r.out, "before\n");
}

TEST(VM, UnboundedRecursionRaisesRecursionErrorNotACrash) {
    CapturedRun r = run("def f(n):\n    return f(n + 1)\nf(0)\n");
    EXPECT_EQ(r.result.exit_code, 1);
    EXPECT_EQ(last_line(r.err), "RecursionError: maximum recursion depth exceeded");
    EXPECT_NE(r.err.find("[Previous line repeated 996 more times]"), std::string::npos);
}

TEST(VM, RecursionJustBelowTheLimitSucceeds) {
    CapturedRun r = run("def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(990))\n");
    EXPECT_EQ(r.result.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "990\n");
}

TEST(VM, HugeAllocationRaisesMemoryError) {
    RunLimits limits;
    limits.max_memory_bytes = 64ull << 20;
    CapturedRun r = run("try:\n    x = [0] * 10**10\nexcept MemoryError:\n    print('MemoryError')\n", limits);
    EXPECT_EQ(r.out, "MemoryError\n") << r.err;
}

TEST(VM, SameProgramGivesByteIdenticalOutput) {
    const char* src =
        "class A:\n    pass\n"
        "print(A(), object(), id(A()) == id(A()))\n"
        "print({3, 1, 2}, hash('x') == hash('x'))\n";
    CapturedRun a = run(src), b = run(src);
    EXPECT_EQ(a.out, b.out);
    EXPECT_EQ(a.err, b.err);
}

TEST(VM, ReferenceCyclesAreFreedWhenTheRunEnds) {
    const size_t before = live_object_instances();
    CapturedRun r = run(
        "class Node:\n    pass\n"
        "def make():\n"
        "    for i in range(1000):\n"
        "        a = Node(); b = Node(); a.other = b; b.other = a\n"
        "    l = []\n    l.append(l)\n"
        "make()\n"
        "print('ok')\n");
    EXPECT_EQ(r.out, "ok\n") << r.err;
    EXPECT_EQ(live_object_instances(), before);
}

TEST(VM, GeneratorFramesSurviveSuspensionAndResumeWhereTheyStopped) {
    CapturedRun r = run(
        "def counter():\n"
        "    total = 0\n"
        "    while True:\n"
        "        got = yield total\n"
        "        total += got\n"
        "c = counter()\n"
        "next(c)\n"
        "print(c.send(5), c.send(10), c.send(1))\n");
    EXPECT_EQ(r.out, "5 15 16\n") << r.err;
}

TEST(VM, ExceptionThrownIntoDelegatingGeneratorReachesTheInnermost) {
    CapturedRun r = run(
        "def inner():\n"
        "    try:\n"
        "        yield 1\n"
        "    except KeyError:\n"
        "        yield 'inner caught'\n"
        "def outer():\n"
        "    r = yield from inner()\n"
        "    yield 'outer continues'\n"
        "g = outer()\n"
        "print(next(g), g.throw(KeyError), next(g))\n");
    EXPECT_EQ(r.out, "1 inner caught outer continues\n") << r.err;
}

TEST(VM, SyntaxErrorsExitWithStatusOneAndPythonsText) {
    CapturedRun r = run("x = (1,\n");
    EXPECT_EQ(r.result.exit_code, 1);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(last_line(r.err), "SyntaxError: '(' was never closed");
    EXPECT_NE(r.err.find("  File \"prog.py\", line 1\n"), std::string::npos) << r.err;
}

TEST(VM, UncaughtExceptionPrintsTheChainOutermostFirst) {
    CapturedRun r = run(
        "def a():\n    b()\n"
        "def b():\n    raise ValueError('inner')\n"
        "try:\n    a()\nexcept ValueError as e:\n    raise RuntimeError('outer') from e\n");
    EXPECT_EQ(r.result.exit_code, 1);
    const std::string expected =
        "Traceback (most recent call last):\n"
        "  File \"prog.py\", line 6, in <module>\n"
        "    a()\n"
        "  File \"prog.py\", line 2, in a\n"
        "    b()\n"
        "  File \"prog.py\", line 4, in b\n"
        "    raise ValueError('inner')\n"
        "ValueError: inner\n"
        "\n"
        "The above exception was the direct cause of the following exception:\n"
        "\n"
        "Traceback (most recent call last):\n"
        "  File \"prog.py\", line 8, in <module>\n"
        "    raise RuntimeError('outer') from e\n"
        "RuntimeError: outer\n";
    EXPECT_EQ(r.err, expected);
}

TEST(VM, ForbiddenHostModulesAreUnknown) {
    for (const char* mod : {"os", "socket", "subprocess", "ctypes"}) {
        CapturedRun r = run(std::string("import ") + mod + "\n");
        EXPECT_EQ(r.result.exit_code, 1);
        // CPython's message, then why (tests/sandbox has every route with its full text).
        const std::string line = last_line(r.err);
        EXPECT_EQ(line.rfind(std::string("ModuleNotFoundError: No module named '") + mod + "' (Loopscope runs programs in a sandbox", 0), 0u) << line;
    }
}

}  // namespace
}  // namespace ls

namespace ls {
namespace {

TEST(VMTrace, LineEventsFollowStatementsWhenRequested) {
    RunOptions o;
    o.record_trace = true;
    o.trace_lines = true;
    CapturedRun r = run_captured("x = 0\nfor i in range(2):\n    x += i\nprint(x)\n", o);
    ASSERT_EQ(r.out, "1\n") << r.err;
    std::vector<int> lines;
    for (const TraceEvent& e : r.result.trace.events)
        if (e.kind == TraceKind::Line) lines.push_back(e.line);
    EXPECT_EQ(lines, (std::vector<int>{1, 2, 3, 2, 3, 2, 4}));
}

TEST(VMTrace, NoLineEventsUnlessRequested) {
    RunOptions o;
    o.record_trace = true;
    CapturedRun r = run_captured("x = 1\ny = 2\n", o);
    for (const TraceEvent& e : r.result.trace.events) EXPECT_NE(e.kind, TraceKind::Line);
}

TEST(VMTrace, SleepWakeUpIsAttributedToItsTimer) {
    RunOptions o;
    o.record_trace = true;
    CapturedRun r = run_captured("import asyncio\nasync def main():\n    await asyncio.sleep(1)\nasyncio.run(main())\n", o);
    bool found = false;
    for (const TraceEvent& e : r.result.trace.events)
        if (e.kind == TraceKind::TaskWoken && e.cause_kind == WakeCause::Timer && e.time == 1.0) found = true;
    EXPECT_TRUE(found);
}

}  // namespace
}  // namespace ls
