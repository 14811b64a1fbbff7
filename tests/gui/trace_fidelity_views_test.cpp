// What the trace's version-2 facts look like in the app, on real runs of the engine: a wake-up's
// "ready" bar spans queued -> resumed, the loop panel's timer list follows timer_fired and
// timer_cancelled, stderr appears in the console in step with playback, a join is drawn apart
// from a lock wait, and diagnostics are worded from their args in the current language.
#include <gtest/gtest.h>

#include <QSignalSpy>

#include "console_view.h"
#include "diagnostic_text.h"
#include "language_manager.h"
#include "main_window.h"
#include "code_editor.h"
#include "trace/loop_narrator.h"
#include "trace/loop_panel.h"
#include "trace/playback_model.h"
#include "trace/timeline_lanes.h"
#include "trace/trace_colors.h"
#include "trace/trace_console.h"
#include "trace_fixtures.h"
#include "english_settings_fixture.h"

namespace ls::gui {
namespace {

using K = ls::TraceKind;

// Index + 1 of the `nth` event (0-based) matching `pred`: the position right after it.
template <class Pred>
uint32_t after(const ls::Trace& t, Pred pred, int nth = 0) {
    for (size_t i = 0; i < t.events.size(); ++i) {
        if (pred(t.events[i]) && nth-- == 0) return static_cast<uint32_t>(i + 1);
    }
    ADD_FAILURE() << "no such event";
    return 0;
}

std::shared_ptr<const ls::Trace> traceOf(const char* source, double instructionsPerUnit = 0) {
    ls::RunOptions options;
    options.record_trace = true;
    options.machine.instructions_per_unit = instructionsPerUnit;
    ls::CapturedRun run = ls::run_captured(source, options);
    EXPECT_EQ(run.result.exit_code, 0) << run.err;
    return std::make_shared<const ls::Trace>(std::move(run.result.trace));
}

TEST(TraceFidelityViews, AWokenTasksReadyBarSpansQueuedToResumed) {
    // Both waiters wake when the event is set; the first one's step is long busy work, so the
    // second waits in the ready queue for all of it.
    const char* program =
        "import asyncio\n"
        "async def waiter(ev, name):\n"
        "    await ev.wait()\n"
        "    n = 0\n"
        "    for i in range(20000):\n"
        "        n += i\n"
        "    print(name, 'done')\n"
        "async def main():\n"
        "    ev = asyncio.Event()\n"
        "    tasks = [asyncio.create_task(waiter(ev, n)) for n in 'ab']\n"
        "    await asyncio.sleep(1)\n"
        "    ev.set()\n"
        "    await asyncio.gather(*tasks)\n"
        "asyncio.run(main())\n";
    PlaybackModel model(traceOf(program, 100000));
    const ls::Trace& t = model.trace();
    const uint32_t wokenB = after(t, [](const ls::TraceEvent& e) { return e.kind == K::TaskWoken && e.task == 2; });
    const uint32_t resumedB = after(t, [](const ls::TraceEvent& e) { return e.kind == K::TaskResumed && e.task == 2; });
    const double queuedAt = t.events[wokenB - 1].time, resumedAt = t.events[resumedB - 1].time;
    EXPECT_NEAR(queuedAt, 1.0, 0.05);     // when main set the event (instructions take time here)
    EXPECT_GT(resumedAt - queuedAt, 0.1);  // after a's long step
    model.seek(wokenB);
    EXPECT_EQ(model.taskState(2), TaskState::Ready);
    EXPECT_EQ(model.readyQueue(), (std::deque<int>{1, 2}));

    TimelineLanes lanes(model);
    const int lane = lanes.laneOfTask(2);
    ASSERT_GE(lane, 0);
    const LaneBar* bar = lanes.barAt(lane, (queuedAt + resumedAt) / 2);
    ASSERT_NE(bar, nullptr);
    EXPECT_EQ(bar->state, BarState::Ready);
    EXPECT_EQ(bar->start, queuedAt);
    EXPECT_EQ(bar->end, resumedAt);
}

TEST(TraceFidelityViews, TheTimerListFollowsFiredAndCancelledTimers) {
    const char* program =
        "import asyncio\n"
        "def tick():\n"
        "    print('tick')\n"
        "async def main():\n"
        "    loop = asyncio.get_running_loop()\n"
        "    loop.call_later(0.5, tick)\n"
        "    never = loop.call_later(2, tick)\n"
        "    await asyncio.sleep(1)\n"
        "    never.cancel()\n"
        "    await asyncio.sleep(1)\n"
        "asyncio.run(main())\n";
    PlaybackModel model(traceOf(program));
    LoopPanel panel;
    panel.setModel(&model);
    const ls::Trace& t = model.trace();
    model.seek(after(t, [](const ls::TraceEvent& e) { return e.kind == K::TaskSuspended && e.task == 0; }));
    EXPECT_EQ(panel.rows(LoopPanel::Timers), (QStringList{QStringLiteral("due at 0.5 s — Task-1 (main): tick()"),
                                                          QStringLiteral("due at 1 s — Task-1 (main): sleep(1)"),
                                                          QStringLiteral("due at 2 s — Task-1 (main): tick()")}));
    // At 0.5 s the first timer fires: gone from the list at its timer_fired event.
    model.seek(after(t, [](const ls::TraceEvent& e) { return e.kind == K::TimerFired; }));
    EXPECT_EQ(panel.narration(), QStringLiteral("The timer for tick() is due: its callback joins the ready queue."));
    EXPECT_EQ(panel.rows(LoopPanel::Timers), (QStringList{QStringLiteral("due at 1 s — Task-1 (main): sleep(1)"),
                                                          QStringLiteral("due at 2 s — Task-1 (main): tick()")}));
    // Cancelled at 1 s, long before it was due: gone, and it never fires.
    model.seek(after(t, [](const ls::TraceEvent& e) { return e.kind == K::TimerCancelled; }));
    EXPECT_EQ(panel.narration(),
              QStringLiteral("Task-1 (main) cancels the timer for tick() before it is due; it will never fire."));
    EXPECT_EQ(panel.rows(LoopPanel::Timers), QStringList{QStringLiteral("none")});
}

TEST(TraceFidelityViews, StderrAppearsInTheConsoleWhenItWasWritten) {
    const char* program =
        "import asyncio\n"
        "async def boom():\n"
        "    raise ValueError('boom')\n"
        "async def main():\n"
        "    t = asyncio.create_task(boom())\n"
        "    await asyncio.sleep(1)\n"
        "    del t\n"
        "    await asyncio.sleep(1)\n"
        "    print('main ends')\n"
        "asyncio.run(main())\n";
    ls::RunOptions options;
    options.record_trace = true;
    ls::CapturedRun run = ls::run_captured(program, options);
    PlaybackModel model(std::make_shared<const ls::Trace>(std::move(run.result.trace)), {}, QString::fromStdString(run.err));
    TraceConsole console;
    console.setModel(&model);
    const uint32_t written = after(model.trace(), [](const ls::TraceEvent& e) { return e.kind == K::Stderr; });
    model.seek(written - 1);
    EXPECT_FALSE(console.toPlainText().contains(QStringLiteral("never retrieved")));
    model.seek(written);
    EXPECT_EQ(model.time(), 1.0);
    EXPECT_TRUE(console.toPlainText().startsWith(QStringLiteral("Task exception was never retrieved\n"))) << console.toPlainText().toStdString();
    EXPECT_FALSE(console.toPlainText().contains(QStringLiteral("main ends")));
    // In red, and the whole of stderr exactly once by the end.
    QTextCursor cursor(console.document());
    cursor.setPosition(3);
    EXPECT_EQ(cursor.charFormat().foreground().color(), QColor(0xc0, 0x1c, 0x1c));
    model.toEnd();
    const QString all = console.toPlainText();
    EXPECT_TRUE(all.endsWith(QStringLiteral("ValueError: boom\nmain ends\n"))) << all.toStdString();
    EXPECT_EQ(all.count(QStringLiteral("never retrieved")), 1);
}

TEST(TraceFidelityViews, AJoiningThreadIsDrawnApartFromALockWait) {
    const char* program =
        "import threading, time\n"
        "lock = threading.Lock()\n"
        "def work():\n"
        "    with lock:\n"
        "        time.sleep(1)\n"
        "def other():\n"
        "    time.sleep(0.5)\n"
        "    with lock:\n"
        "        pass\n"
        "threads = [threading.Thread(target=work), threading.Thread(target=other)]\n"
        "for t in threads:\n"
        "    t.start()\n"
        "for t in threads:\n"
        "    t.join()\n";
    PlaybackModel model(traceOf(program));
    TimelineLanes lanes(model);
    auto laneOf = [&](int thread) {
        for (size_t i = 0; i < lanes.lanes().size(); ++i)
            if (lanes.lanes()[i].kind == Lane::Kind::Thread && lanes.lanes()[i].id == thread) return static_cast<int>(i);
        return -1;
    };
    const LaneBar* mainBar = lanes.barAt(laneOf(0), 0.75);
    const LaneBar* workBar = lanes.barAt(laneOf(1), 0.75);
    const LaneBar* otherBar = lanes.barAt(laneOf(2), 0.75);
    ASSERT_TRUE(mainBar && workBar && otherBar);
    EXPECT_EQ(mainBar->state, BarState::Joining);       // MainThread in join()
    EXPECT_EQ(workBar->state, BarState::WaitingTimer);  // time.sleep
    EXPECT_EQ(otherBar->state, BarState::Blocked);      // waiting for the lock
    EXPECT_NE(barColor(BarState::Joining), barColor(BarState::Blocked));
    model.seekTime(0.75);
    EXPECT_EQ(LoopNarrator::threadStateName(model.state().threads[0]), QStringLiteral("waiting for Thread-1 (work) to finish (join)"));
}

TEST(TraceFidelityViews, AThreadWaitingForTheGilIsDrawnAsBlockedOnlyWhenThereIsAGil) {
    const char* program =
        "import threading, loopscope\n"
        "def work():\n"
        "    loopscope.busy(0.1)\n"
        "threads = [threading.Thread(target=work) for _ in range(2)]\n"
        "for t in threads:\n"
        "    t.start()\n"
        "for t in threads:\n"
        "    t.join()\n";
    for (bool gil : {true, false}) {
        ls::RunOptions options;
        options.record_trace = true;
        options.machine.gil = gil;
        ls::CapturedRun run = ls::run_captured(program, options);
        ASSERT_EQ(run.result.exit_code, 0) << run.err;
        EXPECT_EQ(run.result.trace.gil, gil);
        PlaybackModel model(std::make_shared<const ls::Trace>(std::move(run.result.trace)));
        model.seekTime(0.05);
        const ThreadSnapshot& a = model.state().threads[1];
        const ThreadSnapshot& b = model.state().threads[2];
        if (gil) {
            // One of the two runs; the other waits for the GIL, drawn red as "blocked on the GIL".
            const ThreadSnapshot& waiting = a.state == ThreadState::Running ? b : a;
            EXPECT_NE(a.state == ThreadState::Running, b.state == ThreadState::Running);
            EXPECT_EQ(waiting.state, ThreadState::WaitingGil);
            EXPECT_EQ(waiting.reason, "gil");
            EXPECT_EQ(barState(waiting), BarState::Blocked);
            EXPECT_EQ(LoopNarrator::threadStateName(waiting), QStringLiteral("waiting for the GIL"));
        } else {
            // Free-threaded: both run at once on the two cores.
            EXPECT_EQ(a.state, ThreadState::Running);
            EXPECT_EQ(b.state, ThreadState::Running);
        }
    }
}

using DiagnosticLanguageTest = EnglishSettingsFixture;  // a fresh settings folder each test

const char kDeadlock[] =
    "import asyncio\n"
    "async def philosopher(first, second):\n"
    "    async with first:\n"
    "        await asyncio.sleep(0.1)\n"
    "        async with second:\n"
    "            pass\n"
    "async def main():\n"
    "    a, b = asyncio.Lock(), asyncio.Lock()\n"
    "    await asyncio.gather(philosopher(a, b), philosopher(b, a))\n"
    "asyncio.run(main())\n";

TEST_F(DiagnosticLanguageTest, ADeadlockRunIsWordedInChineseWithTheTaskNames) {
    languages.setLanguage(QStringLiteral("zh_CN"), false);
    QCoreApplication::sendPostedEvents();
    MainWindow w(languages, false);
    w.editor()->setPlainText(QString::fromUtf8(kDeadlock));
    QSignalSpy finished(&w, &MainWindow::runFinished);
    w.runProgram();
    ASSERT_TRUE(finished.wait(20000));
    const QString console = w.outputView()->toPlainText();
    const QString expected = QString::fromUtf8(
        "每个任务都在等待一件永远不会完成的事：程序永远无法结束（死锁）。"
        "Task-1 在第 9 行等待所有结果（gather()）；Task-2 在第 5 行等待锁（Lock.acquire()）；"
        "Task-3 在第 5 行等待锁（Lock.acquire()）。");
    EXPECT_TRUE(console.contains(expected)) << console.toStdString();
}

TEST_F(DiagnosticLanguageTest, EveryCodeIsWordedFromItsArgsInBothLanguages) {
    ls::RunOptions options;
    ls::CapturedRun run = ls::run_captured(kDeadlock, options);
    ASSERT_EQ(run.result.diagnostics.size(), 1u);
    const ls::Diagnostic deadlock = run.result.diagnostics[0];
    EXPECT_EQ(DiagnosticText::describe(deadlock),
              QStringLiteral("Every task is waiting for something that nothing will ever complete: the program can never "
                             "finish (deadlock). Task-1 waits for gather() to collect every result at line 9; Task-2 waits "
                             "for the lock (Lock.acquire()) at line 5; Task-3 waits for the lock (Lock.acquire()) at line 5."));

    ls::Diagnostic blocked;
    blocked.code = "loop-blocked";
    blocked.line = 4;
    blocked.args = {"Task-2", "cook", "200000", "4"};
    ls::Diagnostic threads;
    threads.code = "deadlock";
    threads.args = {"thread", "MainThread", "join(Thread-1 (worker))", "join", "thread", "Thread-1 (worker)", "a lock", "lock"};
    ls::Diagnostic horizon;
    horizon.code = "time-horizon";
    horizon.line = 3;
    horizon.args = {"10000000.0", "3600.0"};
    ls::Diagnostic future;
    future.code = "some-future-code";
    future.message = "something new happened.";
    EXPECT_TRUE(DiagnosticText::describe(blocked).startsWith(
        QStringLiteral("Task Task-2 (cook) ran 200,000 steps without reaching an await (it was at line 4).")))
        << DiagnosticText::describe(blocked).toStdString();
    EXPECT_EQ(DiagnosticText::describe(threads),
              QStringLiteral("Every thread is waiting for something that no other thread will ever do: the program can "
                             "never finish (deadlock). MainThread is waiting for Thread-1 (worker) to finish (join); "
                             "Thread-1 (worker) is waiting for a lock."));
    EXPECT_EQ(DiagnosticText::describe(horizon),
              QStringLiteral("The program would wait until 1e+07 s of virtual time, past Loopscope's limit of 3600 s; it was "
                             "stopped at line 3."));
    EXPECT_EQ(DiagnosticText::describe(future), QStringLiteral("Loopscope stopped the program: something new happened."));

    languages.setLanguage(QStringLiteral("zh_CN"), false);
    EXPECT_TRUE(DiagnosticText::describe(blocked).startsWith(QString::fromUtf8("任务 Task-2（cook）运行了 200,000 步都没有遇到 await（当时在第 4 行）")))
        << DiagnosticText::describe(blocked).toStdString();
    EXPECT_EQ(DiagnosticText::describe(threads),
              QString::fromUtf8("每个线程都在等待一件其他线程永远不会去做的事：程序永远无法结束（死锁）。"
                                "MainThread：等待 Thread-1 (worker) 结束（join）；Thread-1 (worker)：等待锁。"));
    EXPECT_EQ(DiagnosticText::describe(horizon),
              QString::fromUtf8("程序要在虚拟时钟上一直等到 1e+07 秒，超过了 Loopscope 的上限 3600 秒；它在第 3 行被中止。"));
    EXPECT_EQ(LoopNarrator::awaitedText("Queue.get()"), QString::fromUtf8("队列里的一个元素（Queue.get()）"));
    EXPECT_EQ(LoopNarrator::barStateName(BarState::Joining), QString::fromUtf8("等待另一个线程结束（join）"));
    // An unknown code keeps the engine's English message inside the translated frame.
    EXPECT_EQ(DiagnosticText::describe(future), QString::fromUtf8("Loopscope 中止了程序：something new happened."));
}

}  // namespace
}  // namespace ls::gui
