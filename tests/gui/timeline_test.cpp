// TimelineWidget and TimelineLanes: lanes and their labels, bars and arrows, scrubbing, zoom and
// pan, and how long drawing takes for a large trace.
#include <gtest/gtest.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <qcustomplot.h>

#include <algorithm>
#include <fstream>

#include "trace/lanes_plottable.h"
#include "trace/playback_model.h"
#include "trace/timeline_lanes.h"
#include "trace/timeline_widget.h"
#include "trace/trace_view.h"
#include "trace_fixtures.h"

namespace ls::gui {
namespace {

using K = ls::TraceKind;

const char kTwoWorkers[] = R"(import asyncio

async def worker(name, delay):
    print(name, "start")
    await asyncio.sleep(delay)
    print(name, "end")

async def main():
    t1 = asyncio.create_task(worker("A", 1))
    t2 = asyncio.create_task(worker("B", 2))
    await t1
    await t2

asyncio.run(main())
)";

PlaybackModel* twoWorkersModel(QObject* parent) {
    const ls::CapturedRun run = test::runWithTrace(kTwoWorkers);
    return new PlaybackModel(run.result.trace, QString::fromUtf8(kTwoWorkers), {}, parent);
}

TEST(TimelineLanes, OneLanePerTaskWithBarsByState) {
    QObject owner;
    PlaybackModel* model = twoWorkersModel(&owner);
    // asyncio.run's two shutdown tasks get lanes only when asked for.
    EXPECT_EQ(TimelineLanes(*model, /*showLoopInternals=*/true).lanes().size(), 5u);
    const TimelineLanes lanes(*model);
    ASSERT_EQ(lanes.lanes().size(), 3u);  // main, A, B
    EXPECT_EQ(lanes.lanes()[1].label, QStringLiteral("Task-2 (worker)"));
    // A sleeps from 0 to 1, B from 0 to 2; main awaits A, then B.
    ASSERT_NE(lanes.barAt(1, 0.5), nullptr);
    EXPECT_EQ(lanes.barAt(1, 0.5)->state, BarState::WaitingTimer);
    EXPECT_EQ(lanes.barAt(1, 1.5), nullptr);  // A is done
    EXPECT_EQ(lanes.barAt(2, 1.5)->state, BarState::WaitingTimer);
    EXPECT_EQ(lanes.barAt(0, 0.5)->state, BarState::WaitingFuture);
    EXPECT_DOUBLE_EQ(lanes.barAt(2, 1.5)->end, 2.0);
    // An await marker on each worker's `await asyncio.sleep` (line 5).
    ASSERT_EQ(lanes.lanes()[1].markers.size(), 1u);
    EXPECT_EQ(lanes.lanes()[1].markers[0].line, 5);
    // A's end wakes main (arrow 1 -> 0 at t = 1), B's end wakes it again at t = 2.
    ASSERT_EQ(lanes.arrows().size(), 2u);
    EXPECT_EQ(lanes.arrows()[0].fromLane, 1);
    EXPECT_EQ(lanes.arrows()[0].toLane, 0);
    EXPECT_DOUBLE_EQ(lanes.arrows()[0].toTime, 1.0);
    EXPECT_EQ(lanes.arrows()[1].fromLane, 2);
    EXPECT_DOUBLE_EQ(lanes.arrows()[1].toTime, 2.0);
}

TEST(TimelineLanes, AProgramWithoutTasksShowsItsMainThread) {
    const char* source = "import time, loopscope\ntime.sleep(3)\nloopscope.busy(2)\n";
    const ls::CapturedRun run = test::runWithTrace(source);
    QObject owner;
    auto* model = new PlaybackModel(run.result.trace, QString::fromUtf8(source), {}, &owner);
    const TimelineLanes lanes(*model);
    ASSERT_FALSE(lanes.lanes().empty());
    EXPECT_EQ(lanes.lanes()[0].kind, Lane::Kind::Thread);
    EXPECT_EQ(lanes.lanes()[0].label, QStringLiteral("Thread: MainThread"));
    ASSERT_NE(lanes.barAt(0, 1.5), nullptr);
    EXPECT_EQ(lanes.barAt(0, 1.5)->state, BarState::WaitingTimer);  // standing by the stove
    ASSERT_NE(lanes.barAt(0, 4.0), nullptr);
    EXPECT_EQ(lanes.barAt(0, 4.0)->state, BarState::Running);
}

TEST(TimelineLanes, StrongestStateOverManyBars) {
    Lane lane;
    for (int i = 0; i < 1000; ++i) lane.bars.push_back({0, 0, i == 700 ? BarState::Blocked : BarState::Ready});
    lane.blockMax.assign((lane.bars.size() + Lane::kBlock - 1) / Lane::kBlock, 0);
    for (size_t b = 0; b < lane.bars.size(); ++b) {
        lane.blockMax[b / Lane::kBlock] =
            std::max<uint8_t>(lane.blockMax[b / Lane::kBlock], static_cast<uint8_t>(barPriority(lane.bars[b].state)));
    }
    EXPECT_EQ(lane.strongest(0, 1000), BarState::Blocked);
    EXPECT_EQ(lane.strongest(0, 700), BarState::Ready);
    EXPECT_EQ(lane.strongest(701, 1000), BarState::Ready);
    EXPECT_EQ(lane.strongest(650, 701), BarState::Blocked);
}

TEST(TimelineWidget, LanesForTasksThreadsAndCores) {
    test::TraceBuilder b;
    b.cores(2).thread("MainThread").thread("Thread-1 (work)");
    b.task("Task-1", "main");
    b.threadEvent(K::CoreAssigned, 0, 0).event(K::TaskStarted, 0);
    b.at(0.5).threadEvent(K::CoreAssigned, 1, 1).event(K::TaskFinished, 0);
    PlaybackModel model(b.build());
    TimelineWidget timeline;
    timeline.setModel(&model);
    EXPECT_EQ(timeline.laneCount(), 5);
    EXPECT_EQ(timeline.laneLabels(), (QStringList{QStringLiteral("Task-1 (main)"), QStringLiteral("Thread: MainThread"),
                                                  QStringLiteral("Thread: Thread-1 (work)"), QStringLiteral("Core 0"),
                                                  QStringLiteral("Core 1")}));
    // The y axis names the lanes in the same order.
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(timeline.plot()->yAxis->ticker());
    ASSERT_EQ(ticker->ticks().size(), 5);
    EXPECT_EQ(ticker->ticks().value(3), QStringLiteral("Core 0"));
    EXPECT_EQ(timeline.plot()->xAxis->label(), QStringLiteral("virtual time (s)"));
}

TEST(TimelineWidget, AxisIsLabelledInTheTracesUnit) {
    test::TraceBuilder b("min");
    b.task("Task-1", "cook").event(K::TaskStarted, 0).at(10).event(K::TaskFinished, 0);
    PlaybackModel model(b.build());
    TimelineWidget timeline;
    timeline.setModel(&model);
    EXPECT_EQ(timeline.plot()->xAxis->label(), QStringLiteral("virtual time (min)"));
    EXPECT_EQ(model.formatTime(10), QStringLiteral("10 min"));
}

TEST(TimelineWidget, ClickAndDragScrubTheModel) {
    QObject owner;
    PlaybackModel* model = twoWorkersModel(&owner);
    model->toStart();
    TimelineWidget timeline;
    timeline.resize(900, 400);
    timeline.setModel(model);
    timeline.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&timeline));
    QCustomPlot* plot = timeline.plot();
    const int y = plot->axisRect()->rect().center().y();
    const int x = static_cast<int>(plot->xAxis->coordToPixel(1.5));
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, QPoint(x, y));
    const double clicked = plot->xAxis->pixelToCoord(x);
    EXPECT_EQ(model->position(), model->positionAtTime(clicked));
    EXPECT_DOUBLE_EQ(model->time(), 1.0);  // the last events before 1.5 happened at 1
    // Dragging to the end scrubs along.
    const int xEnd = static_cast<int>(plot->xAxis->coordToPixel(2.0)) + 2;
    QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, QPoint(x, y));
    QMouseEvent move(QEvent::MouseMove, QPointF(xEnd, y), plot->mapToGlobal(QPointF(xEnd, y)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(plot, &move);
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, QPoint(xEnd, y));
    EXPECT_TRUE(model->atEnd());
}

TEST(TimelineWidget, KeyboardZoomsAndPans) {
    QObject owner;
    PlaybackModel* model = twoWorkersModel(&owner);
    TimelineWidget timeline;
    timeline.resize(900, 400);
    timeline.setModel(model);
    const double width = timeline.visibleEnd() - timeline.visibleStart();
    QTest::keyClick(&timeline, Qt::Key_Plus);
    EXPECT_LT(timeline.visibleEnd() - timeline.visibleStart(), width * 0.8);
    const double start = timeline.visibleStart();
    QTest::keyClick(&timeline, Qt::Key_Right);
    EXPECT_GT(timeline.visibleStart(), start);
    QTest::keyClick(&timeline, Qt::Key_Minus);
    QTest::keyClick(&timeline, Qt::Key_Minus);
    EXPECT_GT(timeline.visibleEnd() - timeline.visibleStart(), width);
    QTest::keyClick(&timeline, Qt::Key_0);
    EXPECT_DOUBLE_EQ(timeline.visibleEnd() - timeline.visibleStart(), width);
}

// ---- how long drawing takes -------------------------------------------------------------------

// Resident memory of this process, in MiB (Linux).
double residentMiB() {
    std::ifstream statm("/proc/self/statm");
    long pages = 0, resident = 0;
    statm >> pages >> resident;
    return static_cast<double>(resident) * 4096.0 / (1024.0 * 1024.0);
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

TEST(TimelinePerformance, HundredThousandEventsZoomPanAndPlayback) {
    PlaybackModel model(test::syntheticTrace(100'000));
    TraceView view;
    view.resize(1400, 900);
    view.setTrace(model.sharedTrace(), {});
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    TimelineWidget* timeline = view.timeline();
    QApplication::processEvents();

    // Zoom and pan: full replots of the bars.
    std::vector<double> zoomPan;
    for (int i = 0; i < 8; ++i) {
        timeline->zoomIn();
        zoomPan.push_back(timeline->lastReplotMs());
    }
    for (int i = 0; i < 8; ++i) {
        timeline->panBy(-0.3);
        zoomPan.push_back(timeline->lastReplotMs());
    }
    timeline->fitAll();
    zoomPan.push_back(timeline->lastReplotMs());
    for (int i = 0; i < 8; ++i) {
        timeline->zoomOut();
        zoomPan.push_back(timeline->lastReplotMs());
    }
    // Playback: a statement step moves every view (model, playhead layer, panel, console).
    view.model()->toStart();
    QApplication::processEvents();
    std::vector<double> frames, playhead;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer clock;
        clock.start();
        view.model()->stepForward();
        QApplication::processEvents();
        frames.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        playhead.push_back(timeline->lastPlayheadReplotMs());
    }
    const double zoomMedian = median(zoomPan), frameMedian = median(frames);
    const double zoomWorst = *std::max_element(zoomPan.begin(), zoomPan.end());
    std::printf("100k events: zoom/pan replot median %.2f ms, worst %.2f ms; playback frame median %.2f ms, worst %.2f ms; "
                "playhead layer median %.2f ms\n",
                zoomMedian, zoomWorst, frameMedian, *std::max_element(frames.begin(), frames.end()), median(playhead));
    EXPECT_LT(zoomMedian, 33.0);   // >= 30 frames per second while zooming and panning
    EXPECT_LT(frameMedian, 16.0);  // a playback frame fits in one 60 Hz frame
}

// The seed's 3000-prime program (seed-programs/000_primes_and_email.py) records millions of
// events. Too slow for every ctest run; run with LOOPSCOPE_PRIMES_PROGRAM=path/to/it to measure.
TEST(TimelinePerformance, PrimesSeedTrace) {
    const char* path = std::getenv("LOOPSCOPE_PRIMES_PROGRAM");
    if (!path) GTEST_SKIP() << "set LOOPSCOPE_PRIMES_PROGRAM to the seed program to measure it";
    std::ifstream in(path);
    ASSERT_TRUE(in) << path;
    const std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ls::RunOptions options;
    options.record_trace = true;
    ls::CapturedRun run = ls::run_captured(source, options);
    auto trace = std::make_shared<const ls::Trace>(std::move(run.result.trace));
    std::printf("primes trace: %zu events, truncated %d, virtual time %g\n", trace->events.size(), trace->truncated,
                trace->summary.virtual_time);

    const double before = residentMiB();
    QElapsedTimer clock;
    clock.start();
    TraceView view;
    view.resize(1400, 900);
    view.setTrace(trace, QString::fromStdString(source));
    std::printf("primes: model + timeline built in %lld ms; memory: trace %.0f MiB resident before, views add %.0f MiB\n",
                static_cast<long long>(clock.elapsed()), before, residentMiB() - before);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QApplication::processEvents();
    TimelineWidget* timeline = view.timeline();
    std::vector<double> zoomPan;
    for (int i = 0; i < 6; ++i) {
        timeline->zoomIn();
        zoomPan.push_back(timeline->lastReplotMs());
        timeline->panBy(0.1);
        zoomPan.push_back(timeline->lastReplotMs());
    }
    timeline->fitAll();
    zoomPan.push_back(timeline->lastReplotMs());
    std::vector<double> frames, seeks;
    view.model()->toStart();
    QApplication::processEvents();
    for (int i = 0; i < 100; ++i) {
        clock.restart();
        view.model()->stepForward();
        QApplication::processEvents();
        frames.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    for (int i = 0; i < 50; ++i) {
        clock.restart();
        view.model()->seek(static_cast<uint32_t>((static_cast<uint64_t>(i) * 7919 * 104729) % view.model()->eventCount()));
        seeks.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    std::printf("primes: zoom/pan replot median %.2f ms, worst %.2f ms; playback frame median %.2f ms, worst %.2f ms; "
                "seek median %.2f ms, worst %.2f ms\n",
                median(zoomPan), *std::max_element(zoomPan.begin(), zoomPan.end()), median(frames),
                *std::max_element(frames.begin(), frames.end()), median(seeks), *std::max_element(seeks.begin(), seeks.end()));
    EXPECT_LT(median(zoomPan), 33.0);
    EXPECT_LT(median(frames), 16.0);
    EXPECT_LT(*std::max_element(seeks.begin(), seeks.end()), 50.0);
}

}  // namespace
}  // namespace ls::gui

namespace ls::gui {
namespace {

TEST(TimelineWidget, AwaitMarkerIsFoundUnderTheMouse) {
    QObject owner;
    PlaybackModel* model = twoWorkersModel(&owner);
    TimelineWidget timeline;
    timeline.resize(900, 400);
    timeline.setModel(model);
    timeline.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&timeline));
    auto* lanes = qobject_cast<LanesPlottable*>(timeline.plot()->plottable(0));
    ASSERT_NE(lanes, nullptr);
    // Task-3 (B) stops at `await asyncio.sleep(delay)` (line 5) at t = 0; its marker sits on top
    // of lane 2.
    const double x = timeline.plot()->xAxis->coordToPixel(0);
    const double y = timeline.plot()->yAxis->coordToPixel(2 - kBarHalfHeight) - 2;
    int lane = -1;
    const AwaitMarker* marker = lanes->markerNear(QPointF(x + 2, y), 6, &lane);
    ASSERT_NE(marker, nullptr);
    EXPECT_EQ(lane, 2);
    EXPECT_EQ(marker->line, 5);
    EXPECT_EQ(model->trace().events[marker->event].kind, ls::TraceKind::TaskSuspended);
    EXPECT_EQ(lanes->markerNear(QPointF(timeline.plot()->xAxis->coordToPixel(0.5), y), 6), nullptr);
}

}  // namespace
}  // namespace ls::gui
