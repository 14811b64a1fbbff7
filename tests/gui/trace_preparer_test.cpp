// TracePreparer: a big trace is indexed and laid out off the GUI thread, which keeps turning;
// only the latest request is delivered; the result plugs into a TraceView.
#include <gtest/gtest.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include "stall_probe.h"
#include "trace/playback_model.h"
#include "trace/timeline_lanes.h"
#include "trace/timeline_widget.h"
#include "trace/trace_preparer.h"
#include "trace/trace_view.h"
#include "trace_fixtures.h"

namespace ls::gui {
namespace {

constexpr int kWaitMs = 60000;

TEST(TracePreparer, BigTraceIsPreparedWhileTheGuiThreadKeepsTurning) {
    auto trace = std::make_shared<const ls::Trace>(test::syntheticTrace(400'000, 40));
    // On the GUI thread, for comparison.
    QElapsedTimer clock;
    clock.start();
    {
        TraceView view;
        view.setTrace(trace, {});
    }
    const qint64 onGuiThreadMs = clock.elapsed();

    TracePreparer preparer;
    QSignalSpy stages(&preparer, &TracePreparer::stageChanged);
    QSignalSpy prepared(&preparer, &TracePreparer::prepared);
    StallProbe probe;
    probe.start();
    clock.restart();
    preparer.prepare(trace, QStringLiteral("print('x')\n"), {});
    EXPECT_TRUE(preparer.isBusy());
    ASSERT_TRUE(prepared.wait(kWaitMs));
    probe.stop();
    std::printf("400k events: views built on the GUI thread in %lld ms; prepared off it in %lld ms with the "
                "longest GUI-thread stall %.1f ms (%d beats)\n",
                static_cast<long long>(onGuiThreadMs), static_cast<long long>(clock.elapsed()),
                probe.longestStallMs(), probe.samples());
    EXPECT_FALSE(preparer.isBusy());
    EXPECT_LT(probe.longestStallMs(), 100.0);
    EXPECT_GT(probe.samples(), 2);  // the GUI thread kept turning while the worker built
    ASSERT_EQ(stages.size(), 2);
    EXPECT_EQ(stages[0][0].value<TracePreparer::Stage>(), TracePreparer::Stage::Indexing);
    EXPECT_EQ(stages[1][0].value<TracePreparer::Stage>(), TracePreparer::Stage::LayingOut);

    auto result = prepared[0][0].value<std::shared_ptr<PreparedTrace>>();
    ASSERT_TRUE(result && result->model && result->lanes);
    EXPECT_EQ(result->model->thread(), QThread::currentThread());
    EXPECT_EQ(result->model->eventCount(), trace->events.size());
    EXPECT_TRUE(result->model->atEnd());
    EXPECT_EQ(result->lanes->lanes().size(), 40u);

    TraceView view;
    view.setPrepared(*result);
    ASSERT_NE(view.model(), nullptr);
    EXPECT_EQ(view.model()->parent(), &view);
    EXPECT_EQ(view.timeline()->laneCount(), 40);
    EXPECT_EQ(view.timeline()->laneLabels().first(), QStringLiteral("Task-1 (worker)"));
    // The model plays on the GUI thread (its timer lives there).
    view.model()->toStart();
    view.model()->stepForward();
    EXPECT_GT(view.model()->position(), 0u);
}

TEST(TracePreparer, OnlyTheLatestRequestIsDelivered) {
    auto big = std::make_shared<const ls::Trace>(test::syntheticTrace(200'000, 10));
    auto small = std::make_shared<const ls::Trace>(test::syntheticTrace(2'000, 3));
    TracePreparer preparer;
    QSignalSpy prepared(&preparer, &TracePreparer::prepared);
    QSignalSpy abandoned(&preparer, &TracePreparer::abandoned);
    preparer.prepare(big, {}, {});
    preparer.prepare(small, {}, {});  // supersedes the first
    ASSERT_TRUE(prepared.wait(kWaitMs));
    // Until the superseded worker has finished too: a stale result would have arrived by then.
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < kWaitMs && preparer.runningWorkers() > 0) QTest::qWait(20);
    QTest::qWait(50);
    ASSERT_EQ(prepared.size(), 1);
    auto result = prepared[0][0].value<std::shared_ptr<PreparedTrace>>();
    EXPECT_EQ(result->model->eventCount(), small->events.size());
    EXPECT_EQ(abandoned.size(), 0);  // a newer request is not an abandonment

    // Abandoning says so, and nothing comes.
    preparer.prepare(small, {}, {});
    preparer.abandon();
    EXPECT_EQ(abandoned.size(), 1);
    EXPECT_FALSE(preparer.isBusy());
    while (clock.elapsed() < kWaitMs && preparer.runningWorkers() > 0) QTest::qWait(20);
    QTest::qWait(50);
    EXPECT_EQ(prepared.size(), 1);
}

}  // namespace
}  // namespace ls::gui
