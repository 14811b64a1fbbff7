// The console's own messages (run finished, the engine's diagnostics, hints) are worded again
// when the language changes; the program's output stays as printed. Long lines are cut.
#include <gtest/gtest.h>

#include <QSignalSpy>

#include "code_editor.h"
#include "console_view.h"
#include "english_settings_fixture.h"
#include "main_window.h"

namespace ls::gui {
namespace {

using ConsoleLanguageTest = EnglishSettingsFixture;

TEST_F(ConsoleLanguageTest, RunMessagesAreRewordedWhenTheLanguageChanges) {
    MainWindow w(languages, false);
    RunSettings budgets;
    budgets.maxSteps = 100'000;
    w.setRunSettings(budgets);
    w.editor()->setPlainText(QStringLiteral("print('hello')\nwhile True:\n    pass\n"));
    QSignalSpy finished(&w, &MainWindow::runFinished);
    w.runProgram();
    ASSERT_TRUE(finished.wait(10000));
    const QString english = w.outputView()->toPlainText();
    EXPECT_TRUE(english.startsWith("hello\n")) << english.toStdString();
    EXPECT_TRUE(english.contains("The program ran 100,000 steps without finishing")) << english.toStdString();
    EXPECT_TRUE(english.contains("Program finished with exit code 1.")) << english.toStdString();

    languages.setLanguage(QStringLiteral("zh_CN"), false);
    QCoreApplication::sendPostedEvents();
    const QString chinese = w.outputView()->toPlainText();
    EXPECT_TRUE(chinese.startsWith("hello\n")) << chinese.toStdString();  // the program's own words
    EXPECT_TRUE(chinese.contains(QString::fromUtf8("程序已结束，退出码为 1。"))) << chinese.toStdString();
    EXPECT_TRUE(chinese.contains(QString::fromUtf8("仍未结束"))) << chinese.toStdString();
    // (The engine's own stderr line stays English, as the CLI prints it; the app's wording changes.)
    EXPECT_FALSE(chinese.contains("The program ran 100,000 steps")) << chinese.toStdString();
    EXPECT_FALSE(chinese.contains("Program finished")) << chinese.toStdString();

    languages.setLanguage(QStringLiteral("en"), false);
    QCoreApplication::sendPostedEvents();
    EXPECT_EQ(w.outputView()->toPlainText(), english);
}

TEST_F(ConsoleLanguageTest, OutputAndMessagesKeepTheirOrderAndColours) {
    ConsoleView console;
    console.appendOutput(OutputStream::Stdout, QStringLiteral("out 1\nout "));
    console.appendOutput(OutputStream::Stdout, QStringLiteral("2\n"));
    console.appendOutput(OutputStream::Stderr, QStringLiteral("Traceback\n"));
    int worded = 0;
    console.appendMessage([&worded] { return QStringLiteral("message %1").arg(++worded); });
    console.appendOutput(OutputStream::Stdout, QStringLiteral("partial"));
    console.appendMessage([] { return QStringLiteral("on its own line"); });
    EXPECT_EQ(console.toPlainText(), "out 1\nout 2\nTraceback\nmessage 1\npartial\non its own line\n");
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&console, &change);
    EXPECT_EQ(console.toPlainText(), "out 1\nout 2\nTraceback\nmessage 2\npartial\non its own line\n");
    console.clear();
    QCoreApplication::sendEvent(&console, &change);
    EXPECT_EQ(console.toPlainText(), "");
    EXPECT_EQ(worded, 2);
}

TEST_F(ConsoleLanguageTest, AVeryLongLineIsCutOnceAndTheNextLineShows) {
    ConsoleView console;
    // Arrives in pieces, as a runaway print does.
    for (int i = 0; i < 50; ++i) console.appendOutput(OutputStream::Stdout, QString(1000, QLatin1Char('x')));
    console.appendOutput(OutputStream::Stdout, QStringLiteral("x\nnext line\n"));
    const QStringList lines = console.toPlainText().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[0].startsWith(QString(ConsoleView::kMaxLineChars, QLatin1Char('x')) + QLatin1Char(' ')));
    EXPECT_TRUE(lines[0].endsWith(QStringLiteral("[… this line is too long to show in full]"))) << lines[0].right(60).toStdString();
    EXPECT_LT(lines[0].size(), ConsoleView::kMaxLineChars + 60);
    EXPECT_EQ(lines[1], QStringLiteral("next line"));
    // A line exactly at the limit is not cut.
    console.clear();
    console.appendOutput(OutputStream::Stdout, QString(ConsoleView::kMaxLineChars, QLatin1Char('y')) + QLatin1Char('\n'));
    EXPECT_EQ(console.toPlainText(), QString(ConsoleView::kMaxLineChars, QLatin1Char('y')) + QLatin1Char('\n'));
}

}  // namespace
}  // namespace ls::gui
