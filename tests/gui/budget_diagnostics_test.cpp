// The budgets that stop hostile programs (memory, a task that swallows cancellation) are worded
// from the engine's args in the current language, on real runs of the engine.
#include <gtest/gtest.h>

#include <QCoreApplication>

#include <loopscope/engine.h>

#include "diagnostic_text.h"
#include "english_settings_fixture.h"

namespace ls::gui {
namespace {

class BudgetDiagnosticTest : public EnglishSettingsFixture {
protected:
    static ls::Diagnostic stopped(const char* source, void (*limit)(ls::RunLimits&)) {
        ls::RunOptions options;
        limit(options.limits);
        const ls::CapturedRun run = ls::run_captured(source, options);
        EXPECT_EQ(run.result.diagnostics.size(), 1u) << run.err;
        return run.result.diagnostics.empty() ? ls::Diagnostic{} : run.result.diagnostics.front();
    }
};

TEST_F(BudgetDiagnosticTest, MemoryGrowthIsWordedWithTheLimitAndTheLine) {
    const ls::Diagnostic d = stopped("x = []\nwhile True:\n    x.append('a' * 1000)\n",
                                     [](ls::RunLimits& l) { l.max_memory_bytes = 32u << 20; });
    ASSERT_EQ(d.code, "memory-budget");
    EXPECT_EQ(DiagnosticText::describe(d),
              QStringLiteral("The program used more than 32 MB of memory (it was at line 3). Does something grow without "
                             "end, such as a list appended to in a loop that never stops, or tasks created faster than "
                             "they finish?"));
    languages.setLanguage(QStringLiteral("zh_CN"), false);
    EXPECT_TRUE(DiagnosticText::describe(d).startsWith(QString::fromUtf8("程序占用的内存超过了 32 MB（当时在第 3 行）")))
        << DiagnosticText::describe(d).toStdString();
}

TEST_F(BudgetDiagnosticTest, SwallowedCancellationNamesTheTaskAndHowOften) {
    const ls::Diagnostic d = stopped(
        "import asyncio\nasync def stubborn():\n    while True:\n        try:\n            await asyncio.sleep(1)\n"
        "        except asyncio.CancelledError:\n            pass\n"
        "async def main():\n    t = asyncio.create_task(stubborn())\n    await asyncio.sleep(0.5)\n    t.cancel()\n"
        "    await asyncio.wait_for(t, 2)\nasyncio.run(main())\n",
        [](ls::RunLimits& l) { l.max_virtual_time = 100; });
    ASSERT_EQ(d.code, "cancel-swallowed");
    EXPECT_EQ(DiagnosticText::describe(d),
              QStringLiteral("The program can never end because a task ignores cancellation: it catches CancelledError and "
                             "carries on. Re-raise the CancelledError (or do not catch it). Task-2 (stubborn) was cancelled "
                             "2 times and is still running."));
    languages.setLanguage(QStringLiteral("zh_CN"), false);
    EXPECT_TRUE(DiagnosticText::describe(d).endsWith(QString::fromUtf8("Task-2（stubborn）已被取消 2 次，却仍在运行。")))
        << DiagnosticText::describe(d).toStdString();
}

}  // namespace
}  // namespace ls::gui
