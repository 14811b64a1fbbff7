// The main window following a run's playback: the timeline's lanes, stepping and scrubbing
// moving the editor's per-task highlight, the loop panel's ready queue and the console, and the
// labels' language. Expected orders are CPython's (python3 3.11 prints A 0, B 0, A 1, B 1, ...
// for the program below).
#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QSignalSpy>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "code_editor.h"
#include "language_manager.h"
#include "main_window.h"
#include "trace/loop_panel.h"
#include "trace/playback_model.h"
#include "trace/timeline_widget.h"
#include "trace/trace_colors.h"
#include "trace/trace_console.h"
#include "trace/trace_view.h"

namespace ls::gui {
namespace {

constexpr int kRunTimeoutMs = 20000;

const char kProgram[] = R"(import asyncio

async def count(name):
    for i in range(2):
        print(name, i)
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(count("A"), count("B"))

asyncio.run(main())
)";

class PlaybackWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        languages.setLanguage(QStringLiteral("en"), false);
        QCoreApplication::sendPostedEvents();
        window = std::make_unique<MainWindow>(languages, false);
        window->editor()->setPlainText(QString::fromUtf8(kProgram));
        QSignalSpy finished(window.get(), &MainWindow::runFinished);
        window->runProgram();
        ASSERT_TRUE(finished.wait(kRunTimeoutMs));
        model = window->traceView()->model();
        ASSERT_NE(model, nullptr);
    }
    void TearDown() override {
        languages.setLanguage(QStringLiteral("en"), false);
        QCoreApplication::sendPostedEvents();
    }

    // The first position at which `task` is running at `line`.
    uint32_t positionWhereRunning(int task, int line) {
        for (uint32_t p = 0; p <= model->eventCount(); ++p) {
            const LoopState s = model->stateAt(p);
            if (s.running == task && s.tasks.size() > size_t(task) && s.tasks[size_t(task)].line == line) return p;
        }
        return UINT32_MAX;
    }

    LanguageManager languages;
    std::unique_ptr<MainWindow> window;
    PlaybackModel* model = nullptr;
};

TEST_F(PlaybackWindowTest, timelineHasALanePerTask) {
    // asyncio.run's main task, the two tasks gather() wraps the coroutines in, and the two that
    // asyncio.run's shutdown runs (python3 names the next task after this run "Task-6").
    ASSERT_EQ(model->trace().tasks.size(), 5u);
    // The timeline leaves out asyncio's own shutdown tasks: a lane per task the program made.
    const QStringList labels = window->traceView()->timeline()->laneLabels();
    EXPECT_EQ(labels, QStringList({"Task-1 (main)", "Task-2 (count)", "Task-3 (count)"}))
        << labels.join('|').toStdString();
}

TEST_F(PlaybackWindowTest, steppingHighlightsTheRunningTasksLineInItsColour) {
    model->toStart();
    EXPECT_TRUE(window->editor()->taskHighlights().isEmpty());
    // Task-2 is count("A"); the first time it runs its print (line 5).
    const int taskA = 1;
    const uint32_t at = positionWhereRunning(taskA, 5);
    ASSERT_NE(at, UINT32_MAX);
    model->seek(at);
    bool found = false;
    for (const LineHighlight& h : window->editor()->taskHighlights()) {
        if (h.line == 5 && h.color == taskColor(taskA)) {
            found = true;
            EXPECT_TRUE(h.label.contains("count")) << h.label.toStdString();
        }
    }
    EXPECT_TRUE(found);
    EXPECT_TRUE(window->editor()->lineToolTip(5).contains("Task-2"));
    // Stepping by task switch moves on to another task.
    model->stepForward(PlaybackModel::StepUnit::TaskSwitch);
    EXPECT_NE(model->runningTask(), taskA);
}

TEST_F(PlaybackWindowTest, scrubbingMovesConsoleAndReadyQueue) {
    TraceConsole* console = window->traceView()->console();
    model->toEnd();
    EXPECT_EQ(console->toPlainText(), "A 0\nB 0\nA 1\nB 1\n");
    // Back to the moment A printed "A 0" and suspended at sleep(0): B is next in the ready queue.
    const int taskA = 1, taskB = 2;
    uint32_t p = 0;
    for (; p <= model->eventCount(); ++p) {
        const LoopState s = model->stateAt(p);
        if (s.tasks.size() > size_t(taskA) && s.tasks[size_t(taskA)].state != TaskState::Running &&
            s.tasks[size_t(taskA)].line == 6) break;
    }
    ASSERT_LE(p, model->eventCount());
    model->seek(p);
    EXPECT_EQ(console->toPlainText(), "A 0\n");
    ASSERT_FALSE(model->readyQueue().empty());
    EXPECT_EQ(model->readyQueue().front(), taskB);
    const QStringList ready = window->traceView()->loopPanel()->rows(LoopPanel::ReadyQueue);
    ASSERT_FALSE(ready.isEmpty());
    EXPECT_TRUE(ready.front().contains("Task-3")) << ready.join('|').toStdString();
}

TEST_F(PlaybackWindowTest, editingTheProgramDropsThePlaybackHighlight) {
    model->seek(positionWhereRunning(1, 5));
    ASSERT_FALSE(window->editor()->taskHighlights().isEmpty());
    window->editor()->appendPlainText("# edited");
    EXPECT_TRUE(window->editor()->taskHighlights().isEmpty());
    model->toEnd();  // the run's lines no longer match the text: nothing is tinted
    EXPECT_TRUE(window->editor()->taskHighlights().isEmpty());
}

TEST_F(PlaybackWindowTest, seekPlaybackAndLanguageSwitchReachTheViews) {
    ASSERT_TRUE(window->seekPlayback(0));
    EXPECT_EQ(model->time(), 0);
    const QString english = window->traceView()->loopPanel()->narration();
    languages.setLanguage(QStringLiteral("zh_CN"), false);
    QCoreApplication::sendPostedEvents();
    const QString chinese = window->traceView()->loopPanel()->narration();
    EXPECT_NE(english, chinese);
    EXPECT_TRUE(chinese.contains(QRegularExpression("[\\x{4e00}-\\x{9fff}]"))) << chinese.toStdString();
}

TEST(PlainProgramPlayback, theMainProgramsLineIsHighlightedWhileItBlocks) {
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"), false);
    MainWindow w(languages, false);
    w.editor()->setPlainText("import time\nprint('a')\ntime.sleep(1)\nprint('b')\n");
    QSignalSpy finished(&w, &MainWindow::runFinished);
    w.runProgram();
    ASSERT_TRUE(finished.wait(kRunTimeoutMs));
    ASSERT_TRUE(w.seekPlayback(0.5));  // python3 sleeps here from 0 s to 1 s
    const auto highlights = w.editor()->taskHighlights();
    ASSERT_EQ(highlights.size(), 1);
    EXPECT_EQ(highlights[0].line, 3);
    EXPECT_EQ(highlights[0].color, taskColor(-1));
    EXPECT_EQ(highlights[0].label, "main program");
}

TEST_F(PlaybackWindowTest, exportWritesTheTraceAsJsonAndForChrome) {
    QTemporaryDir dir;
    ASSERT_TRUE(window->exportTrace(dir.filePath("t.json"), false));
    ASSERT_TRUE(window->exportTrace(dir.filePath("c.json"), true));
    for (const char* name : {"t.json", "c.json"}) {
        QFile f(dir.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
        ASSERT_EQ(error.error, QJsonParseError::NoError) << name;
        ASSERT_TRUE(doc.isObject());
        const QString key = QString::fromLatin1(name) == "t.json" ? "events" : "traceEvents";
        ASSERT_TRUE(doc.object().value(key).isArray()) << name;
        EXPECT_GT(doc.object().value(key).toArray().size(), 10);
    }
}

}  // namespace
}  // namespace ls::gui
