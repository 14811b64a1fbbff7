// CompareView: runs stacked on one time axis, titled with total time and speedup.
#include <gtest/gtest.h>

#include <qcustomplot.h>

#include "trace/compare_view.h"
#include "trace_fixtures.h"

namespace ls::gui {
namespace {

// The seed's cooking lesson in miniature: two dishes, 3 s each, one after the other or together.
const char kSequential[] = R"(import asyncio

async def cook(name, seconds):
    await asyncio.sleep(seconds)

async def main():
    await cook("rice", 3)
    await cook("soup", 3)

asyncio.run(main())
)";

const char kConcurrent[] = R"(import asyncio

async def cook(name, seconds):
    await asyncio.sleep(seconds)

async def main():
    await asyncio.gather(cook("rice", 3), cook("soup", 3))

asyncio.run(main())
)";

CompareRun runOf(const QString& name, const char* source) {
    ls::CapturedRun run = test::runWithTrace(source);
    EXPECT_EQ(run.result.exit_code, 0) << run.err;
    return {name, std::make_shared<const ls::Trace>(std::move(run.result.trace)), QString::fromUtf8(source)};
}

TEST(CompareView, TitlesGiveTotalTimeAndSpeedupAgainstTheFirst) {
    CompareView view;
    view.setRuns({runOf(QStringLiteral("Sequential"), kSequential), runOf(QStringLiteral("Concurrent"), kConcurrent)});
    ASSERT_EQ(view.runCount(), 2);
    // python3 takes 6 s and 3 s for these two programs.
    EXPECT_DOUBLE_EQ(view.totalTime(0), 6.0);
    EXPECT_DOUBLE_EQ(view.totalTime(1), 3.0);
    EXPECT_DOUBLE_EQ(view.speedup(1), 2.0);
    EXPECT_EQ(view.title(0), QStringLiteral("Sequential — 6 s in total"));
    EXPECT_EQ(view.title(1), QStringLiteral("Concurrent — 3 s in total, 2.00× the speed of Sequential"));
}

TEST(CompareView, RunsShareOneTimeAxis) {
    CompareView view;
    view.resize(900, 600);
    view.setRuns({runOf(QStringLiteral("Sequential"), kSequential), runOf(QStringLiteral("Concurrent"), kConcurrent),
                  runOf(QStringLiteral("Again"), kConcurrent)});
    QCustomPlot* plot = view.plot();
    const QList<QCPAxisRect*> rects = plot->axisRects();
    ASSERT_EQ(rects.size(), 3);
    // Every run is drawn to the longest run's scale.
    for (QCPAxisRect* rect : rects) EXPECT_GE(rect->axis(QCPAxis::atBottom)->range().upper, 6.0);
    // Zooming one zooms all.
    rects[1]->axis(QCPAxis::atBottom)->setRange(1, 2);
    for (QCPAxisRect* rect : rects) EXPECT_EQ(rect->axis(QCPAxis::atBottom)->range(), QCPRange(1, 2));
    // Only the bottom axis carries the unit label.
    EXPECT_TRUE(rects[0]->axis(QCPAxis::atBottom)->label().isEmpty());
    EXPECT_EQ(rects[2]->axis(QCPAxis::atBottom)->label(), QStringLiteral("virtual time (s)"));
    EXPECT_EQ(view.title(2), QStringLiteral("Again — 3 s in total, 2.00× the speed of Sequential"));
}

}  // namespace
}  // namespace ls::gui
