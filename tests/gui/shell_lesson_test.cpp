// Lessons in the main window: the browser (chapters, lessons, broken lessons with their
// file:line:column), the lesson page in both languages, variants, scenario parameters re-running
// live, predict-then-reveal, progress remembered, and reloading when a lesson's file changes.
// The lesson is written by the test (expected outputs from python3 3.11).
#include <gtest/gtest.h>

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>

#include "code_editor.h"
#include "console_view.h"
#include "language_manager.h"
#include "lesson_browser.h"
#include "lesson_page.h"
#include "lesson_session.h"
#include "main_window.h"
#include "parameter_panel.h"
#include "quiz_panel.h"
#include "user_prompts.h"

namespace ls::gui {
namespace {

constexpr int kRunTimeoutMs = 20000;

const char kLessonYaml[] = R"(id: test-await
chapter: basics
order: 1
title: {en: Two counting tasks, zh_CN: 两个数数的任务}
variants:
  - name: with-sleep0
    label: {en: With sleep(0), zh_CN: 加上 sleep(0)}
    program: with_sleep0.py
  - name: without-await
    label: {en: Without await, zh_CN: 没有 await}
    program: without_await.py
compare: [without-await, with-sleep0]
parameters:
  - name: N
    label: {en: Numbers per task, zh_CN: 每个任务数几个数}
    default: 3
    min: 1
    max: 30
quiz:
  - kind: next-output
    variant: with-sleep0
    line: 7
    prompt: {en: "Task A printed A 0. What prints next?", zh_CN: "任务 A 打印了 A 0。接下来打印什么？"}
    choices: ["A 1", "B 0"]
    answer: "B 0"
    explanation: {en: "sleep(0) hands the loop to B.", zh_CN: "sleep(0) 把事件循环让给了 B。"}
)";

const char kWithSleep0[] = R"(import asyncio

N = 3

async def count(name):
    for i in range(N):
        print(name, i)
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(count("A"), count("B"))

asyncio.run(main())
)";

const char kWithoutAwait[] = R"(import asyncio

N = 3

async def count(name):
    for i in range(N):
        print(name, i)

async def main():
    await asyncio.gather(count("A"), count("B"))

asyncio.run(main())
)";

// With LOOPSCOPE_SHOT_DIR set, saves what the window shows (for looking at the views by eye).
void saveShot(QWidget& w, const QString& name) {
    const QString dir = qEnvironmentVariable("LOOPSCOPE_SHOT_DIR");
    if (dir.isEmpty()) return;
    QCoreApplication::processEvents();  // queued layout work first
    w.grab().save(dir + "/" + name + ".png");
}

class LessonWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        // ctest runs tests in parallel processes: each gets settings of its own.
        ASSERT_TRUE(settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        QSettings().clear();
        languages.setLanguage(QStringLiteral("en"), false);
        QCoreApplication::sendPostedEvents();  // widgets get LanguageChange posted
        ASSERT_TRUE(dir.isValid());
        lessonDir = dir.filePath("library/two-tasks");
        QDir().mkpath(lessonDir);
        write(lessonDir + "/lesson.yaml", kLessonYaml);
        write(lessonDir + "/with_sleep0.py", kWithSleep0);
        write(lessonDir + "/without_await.py", kWithoutAwait);
        write(lessonDir + "/en.md", "# Counting\n\nTwo tasks **take turns** at each await.\n");
        write(lessonDir + "/zh_CN.md", "# 数数\n\n两个任务在每个 await 处**轮流**运行。\n");
    }
    void TearDown() override { languages.setLanguage(QStringLiteral("en"), false); }

    static void write(const QString& path, const QByteArray& text) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }

    // Opens the lesson and waits for the run it starts.
    void openAndWait(MainWindow& w, const QString& variant = {}) {
        QSignalSpy finished(&w, &MainWindow::runFinished);
        QString error;
        ASSERT_TRUE(w.openLessonPath(lessonDir, variant, &error)) << error.toStdString();
        ASSERT_TRUE(finished.wait(kRunTimeoutMs));
    }

    QStringList treeTexts(MainWindow& w) {
        QStringList out;
        QTreeWidget* tree = w.lessonBrowser()->tree();
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem* top = tree->topLevelItem(i);
            out << top->text(0);
            for (int j = 0; j < top->childCount(); ++j) out << "  " + top->child(j)->text(0);
        }
        return out;
    }

    QTemporaryDir settingsDir;
    LanguageManager languages;
    QTemporaryDir dir;
    QString lessonDir;
};

TEST_F(LessonWindowTest, openingALessonShowsNarrativeVariantsAndRunsIt) {
    MainWindow w(languages, false);
    openAndWait(w, "without-await");
    EXPECT_TRUE(w.lessonPage()->isVisibleTo(&w));
    EXPECT_TRUE(w.lessonPage()->narrative()->toPlainText().contains("Two tasks take turns at each await."))
        << w.lessonPage()->narrative()->toPlainText().toStdString();
    QComboBox* variants = w.lessonPage()->variantBox();
    ASSERT_EQ(variants->count(), 2);
    EXPECT_EQ(variants->currentText(), "Without await");
    EXPECT_EQ(w.editor()->toPlainText(), QString::fromUtf8(kWithoutAwait));
    EXPECT_TRUE(w.outputView()->toPlainText().startsWith("A 0\nA 1\nA 2\nB 0\nB 1\nB 2\n"))
        << w.outputView()->toPlainText().toStdString();
    EXPECT_FALSE(w.isRunHidden());  // no question about this variant

    // The browser lists the chapter and the lesson, and marks it current.
    const QStringList tree = treeTexts(w);
    EXPECT_TRUE(tree.contains("  Two counting tasks")) << tree.join('|').toStdString();
    ASSERT_NE(w.lessonBrowser()->tree()->currentItem(), nullptr);
    EXPECT_EQ(w.lessonBrowser()->tree()->currentItem()->text(0), "Two counting tasks");
}

TEST_F(LessonWindowTest, switchingLanguageShowsTheChineseNarrativeAndLabels) {
    MainWindow w(languages, false);
    openAndWait(w, "without-await");
    languages.setLanguage(QStringLiteral("zh_CN"), false);
    QCoreApplication::sendPostedEvents();  // widgets get LanguageChange posted
    EXPECT_TRUE(w.lessonPage()->narrative()->toPlainText().contains(QString::fromUtf8("两个任务在每个 await 处轮流运行。")));
    EXPECT_EQ(w.lessonPage()->variantBox()->currentText(), QString::fromUtf8("没有 await"));
    EXPECT_TRUE(treeTexts(w).contains(QString::fromUtf8("  两个数数的任务")));
    languages.setLanguage(QStringLiteral("en"), false);
    QCoreApplication::sendPostedEvents();  // widgets get LanguageChange posted
    EXPECT_EQ(w.lessonPage()->variantBox()->currentText(), "Without await");
}

TEST_F(LessonWindowTest, questionHoldsTheRunBackUntilAnsweredAndTheAnswerIsRemembered) {
    {
        MainWindow w(languages, true);
        openAndWait(w, "with-sleep0");
        QuizPanel* quiz = w.lessonPage()->quiz();
        ASSERT_TRUE(quiz->isWaiting());
        EXPECT_TRUE(w.isRunHidden());
        saveShot(w, "quiz-waiting-en");
        EXPECT_EQ(quiz->promptText(), "Task A printed A 0. What prints next?");
        ASSERT_TRUE(quiz->answerWith(0));  // "A 1": wrong
        EXPECT_EQ(quiz->resultText(), "✗ Not quite. The answer is: B 0");
        EXPECT_EQ(quiz->explanationText(), "sleep(0) hands the loop to B.");
        // Answered: the run may be revealed now.
        emit quiz->revealRequested();
        EXPECT_FALSE(w.isRunHidden());
        EXPECT_TRUE(w.outputView()->toPlainText().startsWith("A 0\nB 0\nA 1\n"));
        // Chinese wording of the same result.
        languages.setLanguage(QStringLiteral("zh_CN"), false);
        QCoreApplication::sendPostedEvents();  // widgets get LanguageChange posted
        EXPECT_EQ(quiz->resultText(), QString::fromUtf8("✗ 不太对。正确答案是：B 0"));
        EXPECT_EQ(quiz->explanationText(), QString::fromUtf8("sleep(0) 把事件循环让给了 B。"));
        saveShot(w, "quiz-answered-zh");
        languages.setLanguage(QStringLiteral("en"), false);
        QCoreApplication::sendPostedEvents();  // widgets get LanguageChange posted
        w.close();
    }
    // A new session: the answer is remembered, the run is not held back again, and the lesson
    // (run cleanly, every question answered) counts as completed.
    MainWindow w(languages, true);
    openAndWait(w, "with-sleep0");
    EXPECT_FALSE(w.isRunHidden());
    EXPECT_FALSE(w.lessonPage()->quiz()->isWaiting());
    EXPECT_EQ(w.lessonPage()->quiz()->answer(), 0);
    EXPECT_EQ(w.lessonSession()->progress().status("test-await"), LessonProgress::Status::Completed);
    // "Ask again" forgets the answer: the question holds the run back once more.
    emit w.lessonPage()->quiz()->tryAgainRequested();
    EXPECT_TRUE(w.lessonPage()->quiz()->isWaiting());
    EXPECT_TRUE(w.isRunHidden());
    EXPECT_FALSE(w.lessonSession()->progress().answer("test-await", 0).has_value());
    // While it waits, the editor points at the line the question is about.
    ASSERT_EQ(w.editor()->taskHighlights().size(), 1);
    EXPECT_EQ(w.editor()->taskHighlights()[0].line, 7);
}

TEST_F(LessonWindowTest, parameterChangeRerunsLiveWithinAHundredMilliseconds) {
    MainWindow w(languages, false);
    openAndWait(w, "without-await");
    ParameterPanel* params = w.lessonPage()->parameters();
    ASSERT_EQ(params->parameterCount(), 1);
    QSignalSpy finished(&w, &MainWindow::runFinished);
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(params->setValue("N", 5));
    ASSERT_TRUE(finished.wait(kRunTimeoutMs));
    const qint64 roundTrip = clock.elapsed();
    EXPECT_TRUE(w.editor()->toPlainText().contains("N = 5\n"));
    EXPECT_FALSE(w.editor()->document()->isModified());
    EXPECT_TRUE(w.outputView()->toPlainText().startsWith("A 0\nA 1\nA 2\nA 3\nA 4\nB 0\n"))
        << w.outputView()->toPlainText().toStdString();
    ASSERT_NE(w.lastOutcome(), nullptr);
    EXPECT_LT(w.lastOutcome()->wallMilliseconds, 100);
    EXPECT_LT(roundTrip, 100) << "slider to finished run took " << roundTrip << " ms";
    std::printf("[ measure ] parameter change -> run finished: %lld ms (engine %lld ms)\n",
                static_cast<long long>(roundTrip), static_cast<long long>(w.lastOutcome()->wallMilliseconds));
}

TEST_F(LessonWindowTest, aBrokenLessonShowsItsErrorWhileTheOthersLoad) {
    const QString broken = dir.filePath("library/broken");
    QDir().mkpath(broken);
    write(broken + "/lesson.yaml", "id: broken\nchapter: basics\ntitle: {en: Broken, zh_CN: 坏的}\nvariants: [\n");
    MainWindow w(languages, false);
    openAndWait(w, "without-await");
    w.addLessonFolder(dir.filePath("library"));
    const QStringList tree = treeTexts(w);
    // Listed once: the folder added contains the lesson's own folder, which it replaces.
    EXPECT_EQ(tree.count("  Two counting tasks"), 1) << tree.join('|').toStdString();
    EXPECT_TRUE(tree.contains("Lessons with errors")) << tree.join('|').toStdString();
    saveShot(w, "broken-lesson-en");
    bool found = false;
    for (const QString& line : tree) {
        if (line.startsWith("  broken/lesson.yaml:") && line.contains(QRegularExpression(":\\d+:\\d+: "))) found = true;
    }
    EXPECT_TRUE(found) << tree.join('\n').toStdString();
}

TEST_F(LessonWindowTest, editingTheLessonFileReloadsThePage) {
    MainWindow w(languages, false);
    openAndWait(w, "without-await");
    QSignalSpy changed(&w.lessonSession()->catalog(), &LessonCatalog::changed);
    write(lessonDir + "/en.md", "# Counting\n\nRewritten while the app was open.\n");
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_TRUE(w.lessonPage()->narrative()->toPlainText().contains("Rewritten while the app was open."));
}

TEST_F(LessonWindowTest, switchingVariantWithUnsavedEditsAsksFirst) {
    MainWindow w(languages, false);
    openAndWait(w, "without-await");
    w.editor()->appendPlainText("print('mine')");
    EXPECT_TRUE(w.editor()->document()->isModified());
    struct CancelPrompts : UserPrompts {
        int asked = 0;
        SaveChoice askSaveChanges(QWidget*, const QString&) override { ++asked; return SaveChoice::Cancel; }
        bool askRestoreRecovery(QWidget*, const QString&) override { return false; }
    } prompts;
    w.setPrompts(&prompts);
    w.lessonPage()->selectVariant("with-sleep0");
    EXPECT_EQ(prompts.asked, 1);
    EXPECT_EQ(w.lessonPage()->currentVariant(), "without-await");  // the choice was undone
    EXPECT_TRUE(w.editor()->toPlainText().endsWith("print('mine')"));
    w.setPrompts(nullptr);
}

}  // namespace
}  // namespace ls::gui

namespace ls::gui {
namespace {

// The live re-run on a bundled lesson at its largest setting: slider moved -> run finished and
// every view updated. The bar is 100 ms for lesson-sized programs.
TEST(BundledLessonTiming, largestParameterRerunsWithinAHundredMilliseconds) {
    const QString lesson = QString::fromUtf8(LOOPSCOPE_SOURCE_DIR) + "/lessons/06-what-await-does";
    if (!QFileInfo::exists(lesson + "/lesson.yaml")) GTEST_SKIP() << "lesson not in this checkout";
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"), false);
    MainWindow w(languages, false);
    QSignalSpy finished(&w, &MainWindow::runFinished);
    QString error;
    ASSERT_TRUE(w.openLessonPath(lesson, QStringLiteral("with-sleep0"), &error)) << error.toStdString();
    ASSERT_TRUE(finished.wait(kRunTimeoutMs));
    ParameterPanel* params = w.lessonPage()->parameters();
    qint64 worst = 0;
    for (double n : {30.0, 29.0, 30.0}) {
        QElapsedTimer clock;
        clock.start();
        ASSERT_TRUE(params->setValue("N", n));
        ASSERT_TRUE(finished.wait(kRunTimeoutMs));
        worst = std::max(worst, clock.elapsed());
    }
    std::printf("[ measure ] what-await-does, N=30: slider -> views updated in at most %lld ms\n",
                static_cast<long long>(worst));
    EXPECT_LT(worst, 100);
}

}  // namespace
}  // namespace ls::gui
