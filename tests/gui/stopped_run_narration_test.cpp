// A run Loopscope stopped (deadlock, a budget, Cancel) does not "finish": at the end of playback
// the loop panel says where and why it was stopped, worded from the engine's diagnostic in the
// current language, and words it again when the language changes. A run that finished still
// says it finished.
#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include "code_editor.h"
#include "diagnostic_text.h"
#include "english_settings_fixture.h"
#include "main_window.h"
#include "run_settings.h"
#include "trace/loop_panel.h"
#include "trace/playback_model.h"
#include "trace/trace_view.h"

namespace ls::gui {
namespace {

constexpr int kRunTimeoutMs = 20000;

const QRegularExpression kChinese(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));

const char* kDeadlock =
    "import asyncio\n"
    "async def main():\n"
    "    a, b = asyncio.Lock(), asyncio.Lock()\n"
    "    async def one():\n"
    "        async with a:\n"
    "            await asyncio.sleep(0.1)\n"
    "            async with b:\n"
    "                pass\n"
    "    async def two():\n"
    "        async with b:\n"
    "            await asyncio.sleep(0.1)\n"
    "            async with a:\n"
    "                pass\n"
    "    await asyncio.gather(one(), two())\n"
    "asyncio.run(main())\n";

const char* kEndlessLoop = "n = 0\nwhile True:\n    n += 1\n";

class StoppedRunNarrationTest : public EnglishSettingsFixture {
protected:
    void SetUp() override {
        EnglishSettingsFixture::SetUp();
        window = std::make_unique<MainWindow>(languages, false);
        window->resize(1280, 800);
        RunSettings budgets;
        budgets.maxSteps = 200'000;  // the endless loop stops in a moment
        window->setRunSettings(budgets);
        window->show();
    }
    void TearDown() override {
        window.reset();
        EnglishSettingsFixture::TearDown();
    }

    // Runs `source` in the window; the views are shown when runFinished comes.
    void run(const char* source) {
        window->editor()->setPlainText(QString::fromUtf8(source));
        QSignalSpy finished(window.get(), &MainWindow::runFinished);
        window->runProgram();
        ASSERT_TRUE(finished.wait(kRunTimeoutMs));
        ASSERT_NE(window->traceView()->model(), nullptr);
    }
    QString narration() const { return window->traceView()->loopPanel()->narration(); }
    const ls::Diagnostic& diagnostic() const { return window->lastOutcome()->diagnostics.front(); }

    void setLanguage(const char* language) {
        languages.setLanguage(QString::fromLatin1(language), false);
        QCoreApplication::sendPostedEvents();
    }
    // LOOPSCOPE_SCREENSHOT_DIR=DIR: the window at the end of the stopped run, to look at.
    void screenshot(const QString& name) {
        const QString dir = qEnvironmentVariable("LOOPSCOPE_SCREENSHOT_DIR");
        if (dir.isEmpty()) return;
        QTest::qWait(50);  // let the panel lay out its new sentence
        window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    // At the end: "stopped here" with the diagnostic's words; before the end, no such sentence.
    void expectStoppedNarration(const char* code, const char* screenshotName) {
        ASSERT_EQ(window->lastOutcome()->diagnostics.size(), 1u);
        ASSERT_EQ(diagnostic().code, code);
        PlaybackModel* model = window->traceView()->model();
        ASSERT_TRUE(model->atEnd());
        EXPECT_FALSE(model->trace().truncated);
        const QString english = narration();
        EXPECT_TRUE(english.startsWith(QStringLiteral("Loopscope stopped the program here, after "))) << english.toStdString();
        EXPECT_TRUE(english.contains(DiagnosticText::describe(diagnostic()))) << english.toStdString();
        EXPECT_FALSE(english.contains(QStringLiteral("finished"))) << english.toStdString();
        screenshot(QStringLiteral("%1-en").arg(QLatin1String(screenshotName)));

        setLanguage("zh_CN");
        const QString chinese = narration();
        EXPECT_TRUE(chinese.startsWith(QString::fromUtf8("Loopscope 在这里中止了程序"))) << chinese.toStdString();
        EXPECT_TRUE(chinese.contains(DiagnosticText::describe(diagnostic()))) << chinese.toStdString();
        EXPECT_TRUE(DiagnosticText::describe(diagnostic()).contains(kChinese));
        screenshot(QStringLiteral("%1-zh_CN").arg(QLatin1String(screenshotName)));
        setLanguage("en");

        // Earlier instants narrate what happened there.
        model->toStart();
        model->stepForward();
        EXPECT_FALSE(narration().contains(QStringLiteral("stopped the program"))) << narration().toStdString();
        model->toEnd();
        EXPECT_EQ(narration(), english);
    }

    std::unique_ptr<MainWindow> window;
};

TEST_F(StoppedRunNarrationTest, DeadlockSaysWhereAndWhy) {
    run(kDeadlock);
    expectStoppedNarration("deadlock", "stopped-deadlock");
}

TEST_F(StoppedRunNarrationTest, StepBudgetSaysWhereAndWhy) {
    run(kEndlessLoop);
    expectStoppedNarration("step-budget", "stopped-step-budget");
    EXPECT_TRUE(narration().contains(QStringLiteral("line 3"))) << narration().toStdString();
}

TEST_F(StoppedRunNarrationTest, ATruncatedTraceSaysTheRecordingEndsFirst) {
    RunSettings budgets;
    budgets.maxSteps = 200'000;
    budgets.maxTraceEvents = 1000;
    window->setRunSettings(budgets);
    // Two tasks taking turns: every switch is structure, which the budget keeps until it runs out.
    run("import asyncio\n"
        "async def spin():\n"
        "    while True:\n"
        "        await asyncio.sleep(0)\n"
        "async def main():\n"
        "    await asyncio.gather(spin(), spin())\n"
        "asyncio.run(main())\n");
    ASSERT_TRUE(window->traceView()->model()->trace().truncated);
    const QString text = narration();
    EXPECT_TRUE(text.startsWith(QStringLiteral("The recording ends here: the trace's event budget ran out. "
                                               "Later Loopscope stopped the program: ")))
        << text.toStdString();
    EXPECT_TRUE(text.endsWith(DiagnosticText::describe(diagnostic()))) << text.toStdString();
    setLanguage("zh_CN");
    EXPECT_TRUE(narration().startsWith(QString::fromUtf8("记录到此为止"))) << narration().toStdString();
}

TEST_F(StoppedRunNarrationTest, AFinishedRunStillSaysItFinished) {
    run("print('hello')\n");
    EXPECT_TRUE(window->lastOutcome()->diagnostics.empty());
    EXPECT_TRUE(narration().startsWith(QStringLiteral("The program has finished after"))) << narration().toStdString();
}

TEST_F(StoppedRunNarrationTest, TheSynchronousViewPathCarriesTheDiagnosticToo) {
    run(kDeadlock);
    TraceView view;
    view.setOutcome(*window->lastOutcome());
    EXPECT_TRUE(view.loopPanel()->narration().startsWith(QStringLiteral("Loopscope stopped the program here")))
        << view.loopPanel()->narration().toStdString();
}

}  // namespace
}  // namespace ls::gui
