// LoopPanel, TraceConsole and PlaybackBar follow one PlaybackModel; TraceView wires them and
// its keyboard shortcuts.
#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <qcustomplot.h>

#include "trace/loop_panel.h"
#include "trace/playback_bar.h"
#include "trace/playback_model.h"
#include "trace/trace_console.h"
#include "trace/timeline_widget.h"
#include "trace/trace_colors.h"
#include "trace/trace_view.h"
#include "trace_fixtures.h"

namespace ls::gui {
namespace {

const char kProgram[] = R"(import asyncio

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

std::shared_ptr<const ls::Trace> programTrace() {
    ls::CapturedRun run = test::runWithTrace(kProgram);
    return std::make_shared<const ls::Trace>(std::move(run.result.trace));
}

uint32_t afterFirst(const ls::Trace& trace, ls::TraceKind kind, int task) {
    for (size_t i = 0; i < trace.events.size(); ++i) {
        if (trace.events[i].kind == kind && trace.events[i].task == task) return static_cast<uint32_t>(i + 1);
    }
    return 0;
}

TEST(LoopPanel, ShowsTheLoopAtThePlayhead) {
    PlaybackModel model(programTrace(), QString::fromUtf8(kProgram));
    LoopPanel panel;
    panel.setModel(&model);
    // main awaits t1: both workers queued, main waits on Task-2.
    model.seek(afterFirst(model.trace(), ls::TraceKind::TaskSuspended, 0));
    EXPECT_EQ(panel.rows(LoopPanel::ReadyQueue),
              (QStringList{QStringLiteral("1. Task-2 (worker)"), QStringLiteral("2. Task-3 (worker)")}));
    EXPECT_EQ(panel.rows(LoopPanel::Running), QStringList{QStringLiteral("the event loop itself (no task is running)")});
    EXPECT_EQ(panel.rows(LoopPanel::AwaitChains), QStringList{QStringLiteral("Task-1 (main) awaits Task-2 (worker)")});
    EXPECT_EQ(panel.narration(),
              QStringLiteral("Task-1 (main) stops at the await on line 11 and waits for task Task-2; control returns to the loop."));
    // Both workers asleep: two timers, earliest first.
    model.seek(afterFirst(model.trace(), ls::TraceKind::TaskSuspended, 2));
    EXPECT_EQ(panel.rows(LoopPanel::Timers), (QStringList{QStringLiteral("due at 1 s — Task-2 (worker): sleep(1)"),
                                                          QStringLiteral("due at 2 s — Task-3 (worker): sleep(2)")}));
    EXPECT_EQ(panel.rows(LoopPanel::ReadyQueue), QStringList{QStringLiteral("empty")});
    EXPECT_EQ(panel.rows(LoopPanel::Waiting),
              QStringList{QStringLiteral("Task-1 (main) — waits for task Task-2, line 11")});
}

TEST(TraceConsole, FollowsThePlayheadBothWays) {
    PlaybackModel model(programTrace());
    TraceConsole console;
    console.setModel(&model);
    EXPECT_TRUE(console.toPlainText().isEmpty());
    model.seek(afterFirst(model.trace(), ls::TraceKind::TaskSuspended, 2));
    EXPECT_EQ(console.toPlainText(), QStringLiteral("A start\nB start\n"));
    model.toEnd();
    EXPECT_EQ(console.toPlainText(), QStringLiteral("A start\nB start\nA end\nB end\n"));
    model.seek(afterFirst(model.trace(), ls::TraceKind::Print, 1));
    EXPECT_EQ(console.toPlainText(), QStringLiteral("A start\n"));
    // Each line in its task's colour.
    QTextCursor cursor(console.document());
    cursor.setPosition(1);
    EXPECT_EQ(cursor.charFormat().foreground().color().rgb(),
              (taskColor(1).lightness() > 110 ? taskColor(1).darker(150) : taskColor(1)).rgb());
}

TEST(TraceConsole, StderrComesAtTheEndInRed) {
    ls::CapturedRun run = test::runWithTrace("print('before')\nraise ValueError('boom')\n");
    ASSERT_EQ(run.result.exit_code, 1);
    PlaybackModel model(std::move(run.result.trace), {}, QString::fromStdString(run.err));
    TraceConsole console;
    console.setModel(&model);
    model.toEnd();
    EXPECT_TRUE(console.toPlainText().startsWith(QStringLiteral("before\nTraceback (most recent call last):")));
    EXPECT_TRUE(console.toPlainText().trimmed().endsWith(QStringLiteral("ValueError: boom")));
    QTextCursor cursor(console.document());
    cursor.setPosition(console.toPlainText().indexOf(QStringLiteral("Traceback")) + 1);
    EXPECT_EQ(cursor.charFormat().foreground().color(), QColor(0xc0, 0x1c, 0x1c));
}

TEST(PlaybackBar, ReadoutAndSpeed) {
    PlaybackModel model(programTrace());
    PlaybackBar bar;
    bar.setModel(&model);
    model.toStart();
    EXPECT_EQ(bar.timeText(), QStringLiteral("0 s / 2 s"));
    model.toEnd();
    EXPECT_EQ(bar.timeText(), QStringLiteral("2 s / 2 s"));
    model.setSpeed(4);
    EXPECT_EQ(model.speed(), 4.0);
    bar.toStartAction()->trigger();
    EXPECT_TRUE(model.atStart());
}

TEST(TraceView, KeyboardShortcutsDriveThePlayback) {
    TraceView view;
    view.resize(1000, 700);
    view.setTrace(programTrace(), QString::fromUtf8(kProgram));
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    view.setFocus();
    PlaybackModel* model = view.model();
    ASSERT_TRUE(model->atEnd());
    QTest::keyClick(&view, Qt::Key_Home);
    EXPECT_TRUE(model->atStart());
    QTest::keyClick(&view, Qt::Key_Right);
    const uint32_t afterOne = model->position();
    EXPECT_EQ(afterOne, model->nextStop(0, PlaybackModel::StepUnit::Statement));
    QTest::keyClick(&view, Qt::Key_Right, Qt::ShiftModifier);
    EXPECT_EQ(model->position(), model->nextStop(afterOne, PlaybackModel::StepUnit::TaskSwitch));
    QTest::keyClick(&view, Qt::Key_Left, Qt::ShiftModifier);
    EXPECT_EQ(model->position(), model->previousStop(model->nextStop(afterOne, PlaybackModel::StepUnit::TaskSwitch),
                                                     PlaybackModel::StepUnit::TaskSwitch));
    QTest::keyClick(&view, Qt::Key_End);
    EXPECT_TRUE(model->atEnd());
    QTest::keyClick(&view, Qt::Key_Space);
    EXPECT_TRUE(model->isPlaying());
    QTest::keyClick(&view, Qt::Key_Space);
    EXPECT_FALSE(model->isPlaying());
}

TEST(TraceView, ForwardsEachTasksLineForTheEditor) {
    TraceView view;
    QSignalSpy lines(&view, &TraceView::taskLinesChanged);
    view.setTrace(programTrace(), QString::fromUtf8(kProgram));
    ASSERT_EQ(lines.count(), 1);  // the new model's lines at once
    view.model()->seek(afterFirst(view.model()->trace(), ls::TraceKind::TaskSuspended, 2));
    ASSERT_EQ(lines.count(), 2);
    const auto taskLines = lines.last().at(0).value<QList<TaskLine>>();
    // The main program sits in asyncio.run (line 14); main awaits t1 on line 11; both workers
    // wait on line 5. Each in its task's colour.
    QList<int> tasks, numbers;
    for (const TaskLine& line : taskLines) {
        tasks.append(line.task);
        numbers.append(line.line);
        EXPECT_EQ(line.color, taskColor(line.task));
    }
    EXPECT_EQ(tasks, (QList<int>{-1, 0, 1, 2}));
    EXPECT_EQ(numbers, (QList<int>{14, 11, 5, 5}));
    EXPECT_EQ(taskLines[1].label, QStringLiteral("Task-1 (main)"));
    view.clear();
    EXPECT_TRUE(lines.last().at(0).value<QList<TaskLine>>().isEmpty());
}

TEST(TraceView, LanguageChangeRewordsTheViews) {
    TraceView view;
    view.setTrace(programTrace(), QString::fromUtf8(kProgram));
    QTranslator zh;
    ASSERT_TRUE(zh.load(QStringLiteral(":/i18n/loopscope_zh_CN.qm")));
    QApplication::installTranslator(&zh);  // sends LanguageChange to every widget
    QApplication::processEvents();
    EXPECT_EQ(view.timeline()->plot()->xAxis->label(), QStringLiteral("虚拟时间（秒）"));
    EXPECT_EQ(view.playbackBar()->timeText(), QStringLiteral("2 秒 / 2 秒"));
    EXPECT_EQ(view.loopPanel()->narration(), QStringLiteral("程序已结束，共用了 2 秒 虚拟时间。"));
    QApplication::removeTranslator(&zh);
    QApplication::processEvents();
    EXPECT_EQ(view.timeline()->plot()->xAxis->label(), QStringLiteral("virtual time (s)"));
}

}  // namespace
}  // namespace ls::gui
