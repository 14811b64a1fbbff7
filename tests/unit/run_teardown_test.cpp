// A run releases every object it made, however it ends: stopped by a budget in the middle of
// nested calls and generators, or with simulated threads that finished or were abandoned.
// (LeakSanitizer found frames of stopped runs, and the bodies of finished threads, kept alive.)
#include <gtest/gtest.h>

#include "heap.h"
#include "loopscope/engine.h"

namespace ls {
namespace {

CapturedRun run_with_steps(const std::string& source, uint64_t max_steps) {
    RunOptions options;
    options.limits.max_steps = max_steps;
    return run_captured(source, options);
}

TEST(RunTeardown, AStepBudgetStopInNestedCallsFreesEverything) {
    const size_t before = live_object_instances();
    CapturedRun r = run_with_steps(
        "class Box:\n    def __init__(self):\n        self.items = [object() for _ in range(100)]\n"
        "def gen(box):\n    while True:\n        yield box\n"
        "def spin(depth, box):\n"
        "    if depth:\n        return spin(depth - 1, Box())\n"
        "    for b in gen(box):\n        pass\n"
        "spin(20, Box())\n",
        200'000);
    ASSERT_EQ(r.result.exit_code, 1);
    ASSERT_EQ(r.result.diagnostics.size(), 1u);
    EXPECT_EQ(r.result.diagnostics[0].code, "step-budget");
    EXPECT_EQ(live_object_instances(), before);
}

TEST(RunTeardown, AStepBudgetStopInsideAsyncioTasksFreesEverything) {
    const size_t before = live_object_instances();
    CapturedRun r = run_with_steps(
        "import asyncio\n"
        "async def work(n):\n    while True:\n        await asyncio.sleep(0)\n"
        "async def main():\n    await asyncio.gather(*(work(i) for i in range(50)))\n"
        "asyncio.run(main())\n",
        200'000);
    ASSERT_EQ(r.result.diagnostics.size(), 1u);
    EXPECT_EQ(r.result.diagnostics[0].code, "step-budget");
    EXPECT_EQ(live_object_instances(), before);
}

TEST(RunTeardown, FinishedThreadsLeaveNothingBehind) {
    const size_t before = live_object_instances();
    CapturedRun r = run_captured(
        "import threading, asyncio\n"
        "class Worker:\n    def run(self):\n        self.result = sum(range(10))\n"
        "w = Worker()\n"
        "threads = [threading.Thread(target=w.run) for _ in range(3)]\n"
        "for t in threads: t.start()\n"
        "for t in threads: t.join()\n"
        "print(asyncio.run(asyncio.to_thread(sum, [1, 2, 3])), w.result)\n",
        RunOptions{});
    EXPECT_EQ(r.out, "6 45\n") << r.err;
    EXPECT_EQ(live_object_instances(), before);
}

}  // namespace
}  // namespace ls
