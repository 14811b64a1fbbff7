// RunOptions::cancel: another thread can stop a run; it ends soon with the diagnostic
// "cancelled" (the GUI's Cancel button).
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "loopscope/engine.h"

namespace ls {
namespace {

TEST(RunCancel, CancelFromAnotherThreadStopsAnEndlessLoop) {
    std::atomic<bool> cancel{false};
    RunOptions o;
    o.cancel = &cancel;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        cancel = true;
    });
    const auto start = std::chrono::steady_clock::now();
    CapturedRun r = run_captured("print('started')\nn = 0\nwhile True:\n    n += 1\n", o);
    canceller.join();
    const auto took = std::chrono::steady_clock::now() - start;
    EXPECT_LT(took, std::chrono::seconds(2));  // the step budget alone would take far longer
    EXPECT_EQ(r.result.exit_code, 1);
    EXPECT_EQ(r.out, "started\n");
    ASSERT_EQ(r.result.diagnostics.size(), 1u);
    EXPECT_EQ(r.result.diagnostics[0].code, "cancelled");
    EXPECT_TRUE(r.result.diagnostics[0].line == 3 || r.result.diagnostics[0].line == 4);
}

TEST(RunCancel, UnsetFlagChangesNothing) {
    std::atomic<bool> cancel{false};
    RunOptions o;
    o.cancel = &cancel;
    CapturedRun r = run_captured("total = 0\nfor i in range(100000):\n    total += i\nprint(total)\n", o);
    EXPECT_EQ(r.out, "4999950000\n");
    EXPECT_EQ(r.result.exit_code, 0);
    EXPECT_TRUE(r.result.diagnostics.empty());
}

}  // namespace
}  // namespace ls
