// A trace of 800,000 tasks (a program that creates a million tasks and is stopped by its memory
// budget has about 780,000) is prepared for the views in seconds, and what the views get is
// right: the ready queue at the playhead, the task states, a lane per task that can be scrolled to.
#include <gtest/gtest.h>

#include <cstdio>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include "trace/playback_model.h"
#include "trace/timeline_lanes.h"
#include "trace/timeline_widget.h"
#include "trace/trace_preparer.h"
#include "trace/trace_view.h"
#include "trace_fixtures.h"

namespace ls::gui {
namespace {

constexpr int kTasks = 800'000;

// main creates kTasks tasks at t = 0 (all queued), then the loop runs each once to its end:
// started, one line, finished. Four events per task.
ls::Trace manyTasksTrace() {
    test::TraceBuilder b;
    for (int i = 0; i < kTasks; ++i) b.task("Task-" + std::to_string(i + 2), "noop");
    b.at(0.5);
    for (int i = 0; i < kTasks; ++i) {
        b.event(ls::TraceKind::TaskStarted, i);
        b.event(ls::TraceKind::Line, i, 3);
        b.event(ls::TraceKind::TaskFinished, i);
    }
    return b.build();
}

// Resident memory of this process in MiB (Linux), 0 where unknown.
double residentMiB() {
    long pages = 0, resident = 0;
    if (FILE* f = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
        std::fclose(f);
    }
    return static_cast<double>(resident) * 4096.0 / (1024.0 * 1024.0);
}

TEST(ManyTasks, EightHundredThousandTasksArePreparedInSeconds) {
    auto trace = std::make_shared<const ls::Trace>(manyTasksTrace());
    const double rssBefore = residentMiB();
    TracePreparer preparer;
    QSignalSpy prepared(&preparer, &TracePreparer::prepared);
    QElapsedTimer clock;
    clock.start();
    preparer.prepare(trace, QStringLiteral("import asyncio\nasync def noop(i):\n    return i\n"), {});
    // Measured on this shared 2-core machine: 0.6 s alone, 2.4 s under load. Before, a search of
    // the ready queue for every queued task and an erase from its front for every started one
    // made replaying quadratic: this trace took about 420 s (the app's 780,000-task run, 108 s).
    ASSERT_TRUE(prepared.wait(20'000)) << "not prepared within 20 s";
    const qint64 preparedMs = clock.elapsed();
    auto result = prepared[0][0].value<std::shared_ptr<PreparedTrace>>();
    ASSERT_TRUE(result && result->model && result->lanes);
    std::printf("800k tasks, %zu events: prepared in %lld ms, resident memory +%.0f MiB\n", trace->events.size(),
                static_cast<long long>(preparedMs), residentMiB() - rssBefore);

    PlaybackModel& model = *result->model;
    ASSERT_TRUE(model.atEnd());
    EXPECT_TRUE(model.readyQueue().empty());
    EXPECT_EQ(model.taskState(kTasks - 1), TaskState::Done);
    // After the creations: every task queued, in creation order.
    model.seek(static_cast<uint32_t>(kTasks));
    ASSERT_EQ(model.readyQueue().size(), static_cast<size_t>(kTasks));
    EXPECT_EQ(model.readyQueue().front(), 0);
    EXPECT_EQ(model.readyQueue().back(), kTasks - 1);
    // Half of them run: the other half still queued, the next one first.
    const uint32_t half = static_cast<uint32_t>(kTasks) + 3u * (kTasks / 2);
    model.seek(half);
    ASSERT_EQ(model.readyQueue().size(), static_cast<size_t>(kTasks / 2));
    EXPECT_EQ(model.readyQueue().front(), kTasks / 2);
    EXPECT_EQ(model.taskState(kTasks / 2 - 1), TaskState::Done);
    EXPECT_EQ(model.taskState(kTasks / 2), TaskState::Ready);
    // One step on: that task runs, at its line.
    model.stepForward();
    EXPECT_EQ(model.runningTask(), kTasks / 2);
    EXPECT_EQ(model.taskLine(kTasks / 2), 3);
    // Back and forth across the trace, each seek from the nearest checkpoint.
    QElapsedTimer seekClock;
    seekClock.start();
    model.seek(10);
    model.seek(model.eventCount() - 10);
    model.seek(half);
    std::printf("800k tasks: three seeks across the trace in %lld ms\n", static_cast<long long>(seekClock.elapsed()));
    EXPECT_EQ(model.readyQueue().front(), kTasks / 2);

    // A lane per task: ready from its creation, then running (no time passes), then done.
    const TimelineLanes& lanes = *result->lanes;
    ASSERT_EQ(lanes.lanes().size(), static_cast<size_t>(kTasks));
    const Lane& last = lanes.lanes().back();
    ASSERT_FALSE(last.bars.empty());
    EXPECT_EQ(last.bars.front().state, BarState::Ready);
    EXPECT_EQ(last.bars.front().start, 0.0);
    EXPECT_EQ(last.bars.front().end, 0.5);

    // The views take it, and the lanes scroll to the last task.
    TraceView view;
    view.resize(1000, 600);
    view.show();
    view.setPrepared(*result);
    QTest::qWait(20);
    TimelineWidget* timeline = view.timeline();
    EXPECT_EQ(timeline->laneCount(), kTasks);
    timeline->scrollToLane(kTasks - 1);
    QTest::qWait(20);
    EXPECT_LE(timeline->firstVisibleLane(), kTasks - 1);
    EXPECT_GT(timeline->firstVisibleLane() + timeline->visibleLaneCount(), kTasks - 1);
}

}  // namespace
}  // namespace ls::gui
