// Programs that cannot finish end with a diagnostic that says why in plain words, exit status
// 1, and the output printed so far kept (issue: "When a program can't finish").
#include <gtest/gtest.h>

#include "loopscope/engine.h"

namespace ls {
namespace {

CapturedRun run(const std::string& src, RunLimits limits = {}) {
    RunOptions o;
    o.filename = "prog.py";
    o.limits = limits;
    return run_captured(src, o);
}

const Diagnostic& only_diagnostic(const CapturedRun& r) {
    static Diagnostic none;
    EXPECT_EQ(r.result.diagnostics.size(), 1u) << r.err;
    return r.result.diagnostics.empty() ? none : r.result.diagnostics[0];
}

TEST(RunDiagnostics, TaskThatNeverAwaitsBlocksTheLoopAndIsNamed) {
    RunLimits limits;
    limits.max_steps_per_task_step = 100000;
    CapturedRun r = run(
        "import asyncio\n"
        "async def cook():\n"
        "    print('start cooking')\n"
        "    while True:\n"
        "        pass\n"
        "async def main():\n"
        "    await asyncio.gather(cook())\n"
        "asyncio.run(main())\n",
        limits);
    EXPECT_EQ(r.result.exit_code, 1);
    EXPECT_EQ(r.out, "start cooking\n");
    const Diagnostic& d = only_diagnostic(r);
    EXPECT_EQ(d.code, "loop-blocked");
    EXPECT_TRUE(d.line == 4 || d.line == 5) << d.line;  // the `while` loop
    EXPECT_NE(d.message.find("task 'Task-2' (cook)"), std::string::npos) << d.message;
    EXPECT_NE(d.message.find("without awaiting"), std::string::npos) << d.message;
}

TEST(RunDiagnostics, RunForeverWithNothingScheduledEndsInsteadOfHanging) {
    CapturedRun r = run(
        "import asyncio\n"
        "loop = asyncio.new_event_loop()\n"
        "print('before')\n"
        "loop.run_forever()\n");
    EXPECT_EQ(r.result.exit_code, 1);
    EXPECT_EQ(r.out, "before\n");
    EXPECT_EQ(only_diagnostic(r).code, "idle-forever");
    EXPECT_NE(r.err.find("run_forever()"), std::string::npos) << r.err;
}

TEST(RunDiagnostics, DeadlockListsWhatEachTaskWaitsFor) {
    CapturedRun r = run(
        "import asyncio\n"
        "async def waiter(name, mine, theirs):\n"
        "    await theirs.wait()\n"
        "    mine.set()\n"
        "async def main():\n"
        "    a, b = asyncio.Event(), asyncio.Event()\n"
        "    await asyncio.gather(waiter('a', a, b), waiter('b', b, a))\n"
        "asyncio.run(main())\n");
    EXPECT_EQ(r.result.exit_code, 1);
    const Diagnostic& d = only_diagnostic(r);
    EXPECT_EQ(d.code, "deadlock");
    EXPECT_NE(d.message.find("task 'Task-1' (main)"), std::string::npos) << d.message;
    EXPECT_NE(d.message.find("task 'Task-2' (waiter) waits for a future at line 3"), std::string::npos) << d.message;
    EXPECT_NE(d.message.find("task 'Task-3' (waiter) waits for a future at line 3"), std::string::npos) << d.message;
}

TEST(RunDiagnostics, SleepingPastTheTimeHorizonStops) {
    RunLimits limits;
    limits.max_virtual_time = 3600;
    CapturedRun r = run(
        "import asyncio\n"
        "async def main():\n"
        "    print('good night')\n"
        "    await asyncio.sleep(10**7)\n"
        "asyncio.run(main())\n",
        limits);
    EXPECT_EQ(r.result.exit_code, 1);
    EXPECT_EQ(r.out, "good night\n");
    EXPECT_EQ(only_diagnostic(r).code, "time-horizon");
}

TEST(RunDiagnostics, TheTraceOfAnAbortedRunIsKept) {
    RunOptions o;
    o.record_trace = true;
    o.limits.max_steps_per_task_step = 50000;
    CapturedRun r = run_captured(
        "import asyncio\n"
        "async def spin():\n"
        "    while True:\n"
        "        pass\n"
        "asyncio.run(spin())\n",
        o);
    EXPECT_EQ(r.result.exit_code, 1);
    ASSERT_EQ(r.result.trace.tasks.size(), 1u);
    EXPECT_EQ(r.result.trace.tasks[0].coro, "spin");
    EXPECT_FALSE(r.result.trace.events.empty());
}

}  // namespace
}  // namespace ls
