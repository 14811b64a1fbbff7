// The main window's own flows with the real engine: run a program and see its output and error
// markers, cancel a runaway run, keep unsaved edits through a crash, survive corrupt settings,
// switch the language at runtime.
#include <gtest/gtest.h>

#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include "code_editor.h"
#include "console_view.h"
#include "diagnostic_text.h"
#include "language_manager.h"
#include "main_window.h"
#include "recovery_store.h"
#include "user_prompts.h"

namespace ls::gui {
namespace {

constexpr int kRunTimeoutMs = 20000;

// Answers the window's questions as the test says, and counts them.
class ScriptedPrompts : public UserPrompts {
public:
    SaveChoice saveAnswer = SaveChoice::Cancel;
    bool restoreAnswer = true;
    int saveQuestions = 0, restoreQuestions = 0;
    SaveChoice askSaveChanges(QWidget*, const QString&) override {
        ++saveQuestions;
        return saveAnswer;
    }
    bool askRestoreRecovery(QWidget*, const QString&) override {
        ++restoreQuestions;
        return restoreAnswer;
    }
};

class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        // ctest runs tests in parallel processes: each gets settings of its own.
        ASSERT_TRUE(settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        QSettings().clear();
        languages.setLanguage(QStringLiteral("en"), false);
        QCoreApplication::sendPostedEvents();  // widgets get LanguageChange posted
        ASSERT_TRUE(dir.isValid());
    }
    void TearDown() override { languages.setLanguage(QStringLiteral("en"), false); }

    QString writeFile(const QString& name, const QByteArray& text) {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
        return path;
    }

    static bool runAndWait(MainWindow& w) {
        QSignalSpy finished(&w, &MainWindow::runFinished);
        w.runProgram();
        return finished.wait(kRunTimeoutMs);
    }

    QTemporaryDir settingsDir;
    LanguageManager languages;
    QTemporaryDir dir;
    ScriptedPrompts prompts;
};

TEST_F(MainWindowTest, runShowsOutputAndMarksTheTracebackLine) {
    MainWindow w(languages, false);
    const QString path = writeFile("boom.py", "print('before')\ndef f():\n    raise ValueError('boom')\n\nf()\n");
    ASSERT_TRUE(w.loadFile(path));
    ASSERT_TRUE(runAndWait(w));
    const QString console = w.outputView()->toPlainText();
    EXPECT_TRUE(console.startsWith("before\n")) << console.toStdString();
    EXPECT_TRUE(console.contains("File \"boom.py\", line 3, in f")) << console.toStdString();
    EXPECT_TRUE(console.contains("Program finished with exit code 1."));
    const auto markers = w.editor()->errorMarkers();
    ASSERT_EQ(markers.size(), 1);
    EXPECT_EQ(markers[0].line, 3);
    EXPECT_EQ(markers[0].message, "ValueError: boom");
    EXPECT_TRUE(w.editor()->lineToolTip(3).contains("ValueError: boom"));
    // Editing the text makes the marker stale: it goes.
    w.editor()->appendPlainText("# edited");
    EXPECT_TRUE(w.editor()->errorMarkers().isEmpty());
}

TEST_F(MainWindowTest, syntaxErrorIsMarkedAtItsColumn) {
    MainWindow w(languages, false);
    ASSERT_TRUE(w.loadFile(writeFile("bad.py", "x = 1\ny = (1 +\n")));
    ASSERT_TRUE(runAndWait(w));
    const auto markers = w.editor()->errorMarkers();
    ASSERT_EQ(markers.size(), 1);
    EXPECT_EQ(markers[0].line, 2);
    EXPECT_EQ(markers[0].column, 5);  // python3: the caret is under '('
    EXPECT_EQ(markers[0].message, "SyntaxError: '(' was never closed");
}

TEST_F(MainWindowTest, neverAwaitedCoroutineGetsAnExplanation) {
    MainWindow w(languages, false);
    ASSERT_TRUE(w.loadFile(writeFile("na.py", "import asyncio\nasync def main():\n    pass\nmain()\n")));
    ASSERT_TRUE(runAndWait(w));
    const QString console = w.outputView()->toPlainText();
    EXPECT_TRUE(console.contains("RuntimeWarning: coroutine 'main' was never awaited")) << console.toStdString();
    EXPECT_TRUE(console.contains("Hint: “coroutine … was never awaited”")) << console.toStdString();
    ASSERT_FALSE(w.editor()->errorMarkers().isEmpty());
    EXPECT_EQ(w.editor()->errorMarkers()[0].line, 4);
}

TEST_F(MainWindowTest, cancelStopsARunawayLoopAndTheWindowStaysResponsive) {
    MainWindow w(languages, false);
    w.editor()->setPlainText("n = 0\nwhile True:\n    n += 1\n");
    QSignalSpy finished(&w, &MainWindow::runFinished);
    w.runProgram();
    ASSERT_TRUE(w.runner()->isRunning());
    // The GUI thread keeps serving events while the engine works.
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(10);
    QTimer::singleShot(300, &w, &MainWindow::cancelRun);
    ASSERT_TRUE(finished.wait(kRunTimeoutMs));
    EXPECT_GE(ticks, 10);
    ASSERT_NE(w.lastOutcome(), nullptr);
    EXPECT_TRUE(w.lastOutcome()->cancelled);
    EXPECT_LT(w.lastOutcome()->wallMilliseconds, 3000);
    EXPECT_TRUE(w.outputView()->toPlainText().contains("You cancelled the run (it was at line"));
    const auto markers = w.editor()->errorMarkers();
    ASSERT_EQ(markers.size(), 1);
    EXPECT_GE(markers[0].line, 2);
}

TEST_F(MainWindowTest, unsavedEditsSurviveACrashThroughTheRecoveryCopy) {
    const QString path = writeFile("keep.py", "print('original')\n");
    RecoveryStore store(dir.filePath("recovery"));
    {
        MainWindow w(languages, true);
        w.setRecoveryStore(store);
        w.setPrompts(&prompts);
        ASSERT_TRUE(w.loadFile(path));
        w.editor()->setPlainText("print('edited but not saved')\n");
        w.editor()->document()->setModified(true);
        w.saveRecoveryCopy();
        // The window goes away without closeEvent: as in a crash.
    }
    ASSERT_EQ(store.keys().size(), 1);
    MainWindow w(languages, true);
    w.setRecoveryStore(store);
    w.setPrompts(&prompts);
    prompts.restoreAnswer = true;
    ASSERT_TRUE(w.loadFile(path));
    EXPECT_EQ(prompts.restoreQuestions, 1);
    EXPECT_EQ(w.editor()->toPlainText(), "print('edited but not saved')\n");
    EXPECT_TRUE(w.editor()->document()->isModified());
}

TEST_F(MainWindowTest, openingAnotherFileAsksAndCancelKeepsTheEdits) {
    RecoveryStore store(dir.filePath("recovery"));
    MainWindow w(languages, true);
    w.setRecoveryStore(store);
    w.setPrompts(&prompts);
    ASSERT_TRUE(w.loadFile(writeFile("a.py", "a = 1\n")));
    w.editor()->setPlainText("a = 2\n");
    w.editor()->document()->setModified(true);
    w.saveRecoveryCopy();

    prompts.saveAnswer = UserPrompts::SaveChoice::Cancel;
    EXPECT_FALSE(w.loadFile(writeFile("b.py", "b = 1\n")));
    EXPECT_EQ(prompts.saveQuestions, 1);
    EXPECT_EQ(w.editor()->toPlainText(), "a = 2\n");

    prompts.saveAnswer = UserPrompts::SaveChoice::Discard;
    EXPECT_TRUE(w.loadFile(dir.filePath("b.py")));
    EXPECT_EQ(w.editor()->toPlainText(), "b = 1\n");
    EXPECT_TRUE(store.keys().isEmpty());  // a discarded edit leaves no copy behind
}

TEST_F(MainWindowTest, saveWritesTheFileAndDropsTheRecoveryCopy) {
    RecoveryStore store(dir.filePath("recovery"));
    MainWindow w(languages, true);
    w.setRecoveryStore(store);
    const QString path = writeFile("s.py", "x = 1\n");
    ASSERT_TRUE(w.loadFile(path));
    w.editor()->setPlainText("x = 2\n");
    w.editor()->document()->setModified(true);
    w.saveRecoveryCopy();
    ASSERT_EQ(store.keys().size(), 1);
    ASSERT_TRUE(w.save());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), "x = 2\n");
    EXPECT_FALSE(w.editor()->document()->isModified());
    EXPECT_TRUE(store.keys().isEmpty());
}

TEST_F(MainWindowTest, corruptLayoutSettingsFallBackToTheDefaults) {
    {
        QSettings s;
        s.setValue("mainWindow/geometry", QStringLiteral("not a geometry"));
        s.setValue("mainWindow/state", 42);
        s.setValue("mainWindow/mainSplitter", QByteArray("\x01\x02garbage", 9));
        s.setValue("ui/language", QStringLiteral("klingon"));
    }
    MainWindow w(languages, true);
    EXPECT_EQ(w.size(), QSize(1280, 800));
    for (int size : w.mainSplitter()->sizes()) EXPECT_GT(size, 50);
    EXPECT_EQ(languages.preferredLanguage(), QLocale::system().language() == QLocale::Chinese ? "zh_CN" : "en");
}

TEST_F(MainWindowTest, layoutIsSavedAndRestored) {
    QList<int> sizes;
    {
        MainWindow w(languages, true);
        w.resize(1000, 700);
        auto s = w.mainSplitter()->sizes();
        s[0] += 60;
        s[1] -= 60;
        w.mainSplitter()->setSizes(s);
        sizes = w.mainSplitter()->sizes();
        w.close();
    }
    MainWindow w(languages, true);
    EXPECT_EQ(w.size(), QSize(1000, 700));
    EXPECT_EQ(w.mainSplitter()->sizes(), sizes);
}

TEST_F(MainWindowTest, languageSwitchRetranslatesMenusAndDiagnostics) {
    MainWindow w(languages, false);
    const auto menuTitles = [&] {
        QStringList titles;
        for (QAction* a : w.menuBar()->actions()) titles << a->text();
        return titles;
    };
    EXPECT_EQ(menuTitles().first(), "&File");
    ls::Diagnostic d;
    d.code = "cancelled";
    d.line = 7;
    EXPECT_EQ(DiagnosticText::describe(d), "You cancelled the run (it was at line 7).");

    languages.setLanguage(QStringLiteral("zh_CN"), false);

    QCoreApplication::sendPostedEvents();  // widgets get LanguageChange posted
    EXPECT_EQ(menuTitles().first(), QString::fromUtf8("文件(&F)"));
    EXPECT_TRUE(menuTitles().contains(QString::fromUtf8("运行(&R)"))) << menuTitles().join(' ').toStdString();
    EXPECT_TRUE(DiagnosticText::describe(d).contains(QString::fromUtf8("第 7 行"))) << DiagnosticText::describe(d).toStdString();
    EXPECT_TRUE(w.windowTitle().contains(QString::fromUtf8("未命名"))) << w.windowTitle().toStdString();
}

}  // namespace
}  // namespace ls::gui
