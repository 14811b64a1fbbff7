// PlaybackModel: the loop's state at an instant, stepping, seeking, console and narration, on
// hand-built traces and on traces of real runs.
#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QSignalSpy>

#include <random>

#include "trace/playback_model.h"
#include "trace/trace_colors.h"
#include "trace_fixtures.h"

namespace ls::gui {
namespace {

using test::TraceBuilder;
using K = ls::TraceKind;

bool sameTask(const TaskSnapshot& a, const TaskSnapshot& b) {
    return a.state == b.state && a.line == b.line && a.awaitedTask == b.awaitedTask && a.timer == b.timer &&
           a.since == b.since && a.awaited == b.awaited && a.outcome == b.outcome;
}

// Every field of two states, so "step forward then back" can be checked for identity.
void expectSameState(const LoopState& a, const LoopState& b) {
    EXPECT_EQ(a.position, b.position);
    EXPECT_EQ(a.time, b.time);
    EXPECT_EQ(a.running, b.running);
    EXPECT_EQ(a.mainLine, b.mainLine);
    EXPECT_EQ(a.readyQueue, b.readyQueue);
    ASSERT_EQ(a.tasks.size(), b.tasks.size());
    for (size_t i = 0; i < a.tasks.size(); ++i) EXPECT_TRUE(sameTask(a.tasks[i], b.tasks[i])) << "task " << i;
    ASSERT_EQ(a.timers.size(), b.timers.size());
    for (size_t i = 0; i < a.timers.size(); ++i) {
        EXPECT_EQ(a.timers[i].id, b.timers[i].id);
        EXPECT_EQ(a.timers[i].due, b.timers[i].due);
    }
    ASSERT_EQ(a.threads.size(), b.threads.size());
    for (size_t i = 0; i < a.threads.size(); ++i) {
        EXPECT_EQ(a.threads[i].state, b.threads[i].state);
        EXPECT_EQ(a.threads[i].core, b.threads[i].core);
        EXPECT_EQ(a.threads[i].holdsGil, b.threads[i].holdsGil);
    }
    ASSERT_EQ(a.cores.size(), b.cores.size());
    for (size_t i = 0; i < a.cores.size(); ++i) EXPECT_EQ(a.cores[i].thread, b.cores[i].thread);
}

// main gathers a() and b(); both sleep until t = 1 (as asyncio.gather(a(), b()) records it).
ls::Trace gatherTrace() {
    TraceBuilder b;
    b.task("Task-1", "main");                                           // 0
    b.event(K::LoopIteration);                                          // 1
    b.event(K::TaskStarted, 0);                                         // 2
    b.event(K::Line, 0, 10);                                            // 3
    b.task("Task-2", "a", 0).task("Task-3", "b", 0);                    // 4, 5
    b.event(K::TaskSuspended, 0, 12, "gather()");                       // 6
    b.event(K::LoopIteration);                                          // 7
    b.event(K::TaskStarted, 1);                                         // 8
    b.print(1, 3, "a start\n");                                         // 9
    b.timer(1, 5, 1.0);                                                 // 10
    b.event(K::TaskSuspended, 1, 4, "sleep(1)");                        // 11
    b.event(K::TaskStarted, 2);                                         // 12
    b.timer(2, 6, 1.0);                                                 // 13
    b.event(K::TaskSuspended, 2, 4, "sleep(1)");                        // 14
    b.clockAdvance(1.0, 5);                                             // 15
    b.timerFired(5).timerFired(6);                                      // 16, 17
    b.event(K::LoopIteration);                                          // 18: runs both timers' callbacks
    b.caused(K::TaskWoken, 1, ls::WakeCause::Timer, 5);                 // 19: wake-ups queued
    b.caused(K::TaskWoken, 2, ls::WakeCause::Timer, 6);                 // 20
    b.event(K::LoopIteration);                                          // 21
    b.event(K::TaskResumed, 1);                                         // 22
    b.print(1, 5, "a done\n");                                          // 23
    b.event(K::TaskFinished, 1);                                        // 24
    b.event(K::TaskResumed, 2);                                         // 25
    b.event(K::TaskFinished, 2);                                        // 26
    b.event(K::LoopIteration);                                          // 27: gather's callback
    b.caused(K::TaskWoken, 0, ls::WakeCause::Future, -1);               // 28
    b.event(K::LoopIteration);                                          // 29
    b.event(K::TaskResumed, 0);                                         // 30
    b.event(K::TaskFinished, 0);                                        // 31
    return b.build();
}

TEST(PlaybackModel, StartsBeforeTheFirstEvent) {
    PlaybackModel model(gatherTrace());
    EXPECT_EQ(model.position(), 0u);
    EXPECT_EQ(model.eventCount(), 32u);
    EXPECT_EQ(model.runningTask(), -1);
    EXPECT_TRUE(model.readyQueue().empty());
    EXPECT_EQ(model.taskState(0), TaskState::NotCreated);
    EXPECT_EQ(model.visibleConsoleEntries(), 0);
}

TEST(PlaybackModel, ReadyQueueHoldsCreatedTasksInOrder) {
    PlaybackModel model(gatherTrace());
    model.seek(7);  // main has suspended on gather()
    EXPECT_EQ(model.readyQueue(), (std::deque<int>{1, 2}));
    EXPECT_EQ(model.runningTask(), -1);
    EXPECT_EQ(model.taskState(0), TaskState::WaitingFuture);
    EXPECT_EQ(model.taskLine(0), 12);
    model.seek(9);  // a() runs
    EXPECT_EQ(model.runningTask(), 1);
    EXPECT_EQ(model.taskState(1), TaskState::Running);
    EXPECT_EQ(model.readyQueue(), (std::deque<int>{2}));
}

TEST(PlaybackModel, PendingTimersAndTimerWaitsUntilTheClockAdvances) {
    PlaybackModel model(gatherTrace());
    model.seek(15);  // both sleep; the clock has not moved yet
    EXPECT_TRUE(model.readyQueue().empty());
    ASSERT_EQ(model.pendingTimers().size(), 2u);
    EXPECT_EQ(model.pendingTimers()[0].task, 1);
    EXPECT_EQ(model.pendingTimers()[0].due, 1.0);
    EXPECT_EQ(model.pendingTimers()[1].task, 2);
    EXPECT_EQ(model.taskState(1), TaskState::WaitingTimer);
    EXPECT_EQ(model.taskState(2), TaskState::WaitingTimer);
    EXPECT_EQ(model.time(), 0.0);

    model.seek(16);  // the clock jumped to 1; the timers fire next
    EXPECT_EQ(model.time(), 1.0);
    EXPECT_EQ(model.pendingTimers().size(), 2u);
    EXPECT_EQ(model.narration(),
              QStringLiteral("The ready queue is empty, so the clock jumps to 1 s, when the timer of Task-2 (a) is due."));

    model.seek(18);  // both timers fired: their callbacks are queued, the tasks still wait
    EXPECT_TRUE(model.pendingTimers().empty());
    EXPECT_TRUE(model.readyQueue().empty());
    EXPECT_EQ(model.taskState(1), TaskState::WaitingTimer);

    model.seek(21);  // the callbacks ran: both wake-ups are queued, in order
    EXPECT_EQ(model.readyQueue(), (std::deque<int>{1, 2}));
    EXPECT_EQ(model.taskState(1), TaskState::Ready);
    EXPECT_EQ(model.state().tasks[1].since, 1.0);

    model.seek(23);  // a() resumed; b() still queued
    EXPECT_EQ(model.runningTask(), 1);
    EXPECT_EQ(model.readyQueue(), (std::deque<int>{2}));
}

TEST(PlaybackModel, ConsoleShowsWhatWasPrintedSoFarWithItsTask) {
    PlaybackModel model(gatherTrace(), {}, QStringLiteral("Traceback (most recent call last):\n"));
    model.seek(9);
    EXPECT_EQ(model.visibleConsoleEntries(), 0);
    model.seek(10);
    ASSERT_EQ(model.printedLines().size(), 1);
    EXPECT_EQ(model.printedLines()[0].first, 1);
    EXPECT_EQ(model.printedLines()[0].second, QStringLiteral("a start"));
    model.seek(31);
    EXPECT_EQ(model.visibleConsoleEntries(), 2);  // stderr the trace has no event for: only at the end
    model.toEnd();
    ASSERT_EQ(model.visibleConsoleEntries(), 3);
    EXPECT_TRUE(model.consoleEntries()[2].isStderr);
}

TEST(PlaybackModel, AwaitChainFollowsTasksAwaitingTasks) {
    TraceBuilder b;
    b.task("Task-1", "main").task("Task-2", "outer", 0).task("Task-3", "inner", 1);
    b.event(K::TaskStarted, 0).caused(K::TaskSuspended, 0, ls::WakeCause::Task, 1, 5, "task Task-2");  // 3, 4
    b.event(K::TaskStarted, 1).caused(K::TaskSuspended, 1, ls::WakeCause::Task, 2, 9, "task Task-3");  // 5, 6
    b.event(K::TaskStarted, 2).event(K::TaskFinished, 2);                                              // 7, 8
    b.caused(K::TaskWoken, 1, ls::WakeCause::Task, 2);                                                 // 9
    b.event(K::LoopIteration).event(K::TaskResumed, 1);                                                // 10, 11
    PlaybackModel model(b.build());
    model.seek(8);
    EXPECT_EQ(model.awaitChain(0), (QList<int>{0, 1, 2}));
    EXPECT_EQ(model.awaitedBy(1), (QList<int>{0}));
    EXPECT_EQ(model.taskState(0), TaskState::WaitingTask);
    // inner's end queues outer's wake-up at once; the trace records it there.
    model.seek(10);
    EXPECT_EQ(model.taskState(2), TaskState::Done);
    EXPECT_EQ(model.taskState(1), TaskState::Ready);
    EXPECT_EQ(model.readyQueue(), (std::deque<int>{1}));
    EXPECT_EQ(model.awaitChain(0), (QList<int>{0, 1}));
}

TEST(PlaybackModel, ThreadsAndCoresFollowTheirEvents) {
    TraceBuilder b;
    b.cores(2).thread("MainThread").thread("Thread-1 (work)");
    b.threadEvent(K::CoreAssigned, 0, 0).threadEvent(K::GilAcquired, 0);    // 0, 1
    b.threadEvent(K::ThreadCreated, 1, -1, "Thread-1 (work)");              // 2
    b.threadEvent(K::ThreadStarted, 1);                                     // 3
    b.at(0.005).threadEvent(K::GilReleased, 0, -1, "switch interval");      // 4
    b.threadEvent(K::ThreadBlocked, 0, -1, "the GIL", ls::BlockReason::Gil);  // 5
    b.threadEvent(K::CoreReleased, 0, 0);                                   // 6
    b.threadEvent(K::CoreAssigned, 1, 1).threadEvent(K::GilAcquired, 1);    // 7, 8
    b.at(0.5).threadEvent(K::ThreadBlocked, 1, -1, "time.sleep", ls::BlockReason::Sleep);  // 9
    PlaybackModel model(b.build());
    EXPECT_TRUE(model.hasThreads());
    EXPECT_TRUE(model.hasCores());
    model.seek(4);
    EXPECT_EQ(model.state().threads[0].state, ThreadState::Running);
    EXPECT_TRUE(model.state().threads[0].holdsGil);
    EXPECT_EQ(model.state().threads[1].state, ThreadState::WaitingGil);
    EXPECT_EQ(model.state().cores[0].thread, 0);
    EXPECT_EQ(model.state().cores[1].thread, -1);
    model.seek(9);
    EXPECT_EQ(model.state().threads[0].state, ThreadState::WaitingGil);
    EXPECT_EQ(model.state().threads[0].reason, "gil");
    EXPECT_FALSE(model.state().threads[0].holdsGil);
    EXPECT_EQ(model.state().threads[1].state, ThreadState::Running);
    EXPECT_EQ(model.state().threads[1].core, 1);
    EXPECT_EQ(model.state().cores[0].thread, -1);
    EXPECT_EQ(model.state().cores[1].thread, 1);
    model.toEnd();
    EXPECT_EQ(model.state().threads[1].state, ThreadState::Blocked);
    EXPECT_EQ(model.state().threads[1].reason, "sleep");
    EXPECT_EQ(model.state().threads[1].waitingFor, "time.sleep");
    EXPECT_EQ(barState(model.state().threads[1]), BarState::WaitingTimer);
    EXPECT_EQ(model.time(), 0.5);
}

TEST(PlaybackModel, SeekTimeLandsAfterEveryEventAtThatInstant) {
    PlaybackModel model(gatherTrace());
    model.seekTime(0.5);
    EXPECT_EQ(model.position(), 15u);
    model.seekTime(1.0);
    EXPECT_EQ(model.position(), 32u);
}

TEST(PlaybackModel, EmitsPositionAndTaskLines) {
    PlaybackModel model(gatherTrace());
    QSignalSpy positions(&model, &PlaybackModel::positionChanged);
    QSignalSpy lines(&model, &PlaybackModel::taskLinesChanged);
    model.seek(12);
    ASSERT_EQ(positions.count(), 1);
    EXPECT_EQ(positions.at(0).at(0).value<uint32_t>(), 12u);
    ASSERT_EQ(lines.count(), 1);
    const auto taskLines = lines.at(0).at(0).value<QList<TaskLine>>();
    ASSERT_EQ(taskLines.size(), 2);  // main at 12, a() at 4; b() has not run a line yet
    EXPECT_EQ(taskLines[0].task, 0);
    EXPECT_EQ(taskLines[0].line, 12);
    EXPECT_EQ(taskLines[1].task, 1);
    EXPECT_EQ(taskLines[1].line, 4);
    EXPECT_EQ(taskLines[1].color, taskColor(1));
}

// ---- real runs ------------------------------------------------------------------------------

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
    print("main done")

asyncio.run(main())
)";

uint32_t positionAfter(const ls::Trace& trace, K kind, int task, int nth = 0) {
    for (size_t i = 0; i < trace.events.size(); ++i) {
        if (trace.events[i].kind == kind && trace.events[i].task == task && nth-- == 0) return static_cast<uint32_t>(i + 1);
    }
    ADD_FAILURE() << "no such event";
    return 0;
}

TEST(PlaybackModelRealRun, TwoWorkersAtKeyInstants) {
    const ls::CapturedRun run = test::runWithTrace(kTwoWorkers);
    ASSERT_EQ(run.result.exit_code, 0) << run.err;
    // python3 prints the same for this program.
    ASSERT_EQ(run.out, "A start\nB start\nA end\nB end\nmain done\n");
    PlaybackModel model(run.result.trace, QString::fromUtf8(kTwoWorkers));
    // asyncio.run adds two tasks of its own at the end, as CPython 3.11 does.
    ASSERT_EQ(model.trace().tasks.size(), 5u);
    EXPECT_EQ(model.trace().tasks[3].coro, "_shutdown_asyncgens");

    // main stops at `await t1` (line 11): both workers are queued, in creation order.
    model.seek(positionAfter(model.trace(), K::TaskSuspended, 0));
    EXPECT_EQ(model.taskLine(0), 11);
    EXPECT_EQ(model.taskState(0), TaskState::WaitingTask);
    EXPECT_EQ(model.awaitChain(0), (QList<int>{0, 1}));
    EXPECT_EQ(model.readyQueue(), (std::deque<int>{1, 2}));
    EXPECT_EQ(model.runningTask(), -1);

    // A sleeps on line 5: B is next; one timer, due at 1, belongs to A.
    model.seek(positionAfter(model.trace(), K::TaskSuspended, 1));
    EXPECT_EQ(model.taskLine(1), 5);
    EXPECT_EQ(model.taskState(1), TaskState::WaitingTimer);
    EXPECT_EQ(model.readyQueue(), (std::deque<int>{2}));
    ASSERT_EQ(model.pendingTimers().size(), 1u);
    EXPECT_EQ(model.pendingTimers()[0].task, 1);
    EXPECT_DOUBLE_EQ(model.pendingTimers()[0].due, 1.0);
    ASSERT_EQ(model.printedLines().size(), 1);
    EXPECT_EQ(model.printedLines()[0], qMakePair(1, QStringLiteral("A start")));

    // A runs again at t = 1 and prints its last line; B still sleeps until 2.
    model.seek(positionAfter(model.trace(), K::Print, 1, 1));
    EXPECT_DOUBLE_EQ(model.time(), 1.0);
    EXPECT_EQ(model.runningTask(), 1);
    EXPECT_EQ(model.taskLine(1), 6);
    EXPECT_EQ(model.taskState(2), TaskState::WaitingTimer);
    ASSERT_EQ(model.pendingTimers().size(), 1u);
    EXPECT_DOUBLE_EQ(model.pendingTimers()[0].due, 2.0);

    model.toEnd();
    EXPECT_DOUBLE_EQ(model.time(), 2.0);
    const auto lines = model.printedLines();
    ASSERT_EQ(lines.size(), 5);
    const QList<int> printers{lines[0].first, lines[1].first, lines[2].first, lines[3].first, lines[4].first};
    EXPECT_EQ(printers, (QList<int>{1, 2, 1, 2, 0}));
    for (int t = 0; t < 5; ++t) EXPECT_EQ(model.taskState(t), TaskState::Done);
}

TEST(PlaybackModelRealRun, StatementStepsForwardThenBackGiveIdenticalStates) {
    const ls::CapturedRun run = test::runWithTrace(kTwoWorkers);
    PlaybackModel model(run.result.trace, QString::fromUtf8(kTwoWorkers));
    std::vector<LoopState> forward{model.state()};
    while (!model.atEnd()) {
        const uint32_t before = model.position();
        model.stepForward();
        ASSERT_GT(model.position(), before);
        // A statement step ends right after a line event, or at the end.
        if (!model.atEnd()) {
            EXPECT_EQ(model.currentEvent()->kind, K::Line);
        }
        forward.push_back(model.state());
    }
    EXPECT_GT(forward.size(), 10u);
    for (size_t i = forward.size() - 1; i-- > 0;) {
        model.stepBack();
        expectSameState(model.state(), forward[i]);
    }
    EXPECT_TRUE(model.atStart());
}

TEST(PlaybackModelRealRun, TaskSwitchStepsLandOnStartsAndResumes) {
    const ls::CapturedRun run = test::runWithTrace(kTwoWorkers);
    PlaybackModel model(run.result.trace);
    QList<int> runners;
    while (true) {
        model.stepForward(PlaybackModel::StepUnit::TaskSwitch);
        if (model.atEnd()) break;
        const ls::TraceEvent* e = model.currentEvent();
        ASSERT_TRUE(e->kind == K::TaskStarted || e->kind == K::TaskResumed);
        runners.append(model.runningTask());
    }
    // main, A, B, A (t=1), main (A done), B (t=2), main (B done), asyncio.run's two shutdown tasks
    EXPECT_EQ(runners, (QList<int>{0, 1, 2, 1, 0, 2, 0, 3, 4}));
}

TEST(PlaybackModelRealRun, SleepZeroGoesToTheBackOfTheReadyQueue) {
    const char source[] = R"(import asyncio

async def count(name):
    for i in range(2):
        print(name, i)
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(count("x"), count("y"))

asyncio.run(main())
)";
    const ls::CapturedRun run = test::runWithTrace(source);
    ASSERT_EQ(run.out, "x 0\ny 0\nx 1\ny 1\n");
    PlaybackModel model(run.result.trace, QString::fromUtf8(source));
    // x yields first: y (already queued) is ahead of it.
    model.seek(positionAfter(model.trace(), K::TaskSuspended, 1));
    EXPECT_EQ(model.taskState(1), TaskState::Ready);
    EXPECT_EQ(model.readyQueue(), (std::deque<int>{2, 1}));
    EXPECT_EQ(model.narration(),
              QStringLiteral("Task-2 (count) yields with sleep(0) on line 6 and goes to the back of the ready queue."));
}

// ---- speed ----------------------------------------------------------------------------------

TEST(PlaybackModelPerformance, SeekIn100kEventsTakesUnder50ms) {
    PlaybackModel model(test::syntheticTrace(100'000));
    ASSERT_GE(model.eventCount(), 100'000u);
    std::mt19937 rng(7);
    std::uniform_int_distribution<uint32_t> pick(0, model.eventCount());
    qint64 worstNs = 0;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer clock;
        clock.start();
        model.seek(pick(rng));
        worstNs = std::max(worstNs, clock.nsecsElapsed());
    }
    RecordProperty("worst_seek_us", static_cast<int>(worstNs / 1000));
    std::printf("worst seek over 200 random positions: %.3f ms\n", static_cast<double>(worstNs) / 1e6);
    EXPECT_LT(worstNs, 50'000'000);
}

TEST(PlaybackModel, PlaysToTheEndAndStops) {
    PlaybackModel model(gatherTrace());
    model.setSpeed(16);
    QSignalSpy playing(&model, &PlaybackModel::playingChanged);
    model.play();
    EXPECT_TRUE(model.isPlaying());
    ASSERT_TRUE(playing.wait(5000));  // the first signal was play(); wait for the pause at the end
    if (model.isPlaying()) {
        ASSERT_TRUE(playing.wait(5000));
    }
    EXPECT_FALSE(model.isPlaying());
    EXPECT_TRUE(model.atEnd());
}

}  // namespace
}  // namespace ls::gui

namespace ls::gui {
namespace {

TEST(PlaybackModel, WithoutLineEventsAStatementStepIsOneEvent) {
    PlaybackModel model(gatherTrace());  // has one line event: steps go line to line
    EXPECT_EQ(model.nextStop(0, PlaybackModel::StepUnit::Statement), 4u);
    test::TraceBuilder b;
    b.task("Task-1", "main").event(K::TaskStarted, 0).event(K::TaskFinished, 0);
    PlaybackModel noLines(b.build());
    noLines.stepForward();
    EXPECT_EQ(noLines.position(), 1u);
    noLines.stepForward();
    noLines.stepForward();
    noLines.stepForward();
    EXPECT_EQ(noLines.position(), 3u);
    EXPECT_TRUE(noLines.atEnd());
    noLines.stepBack();
    EXPECT_EQ(noLines.position(), 2u);
    noLines.toStart();
    noLines.stepBack();
    EXPECT_EQ(noLines.position(), 0u);
}

}  // namespace
}  // namespace ls::gui
