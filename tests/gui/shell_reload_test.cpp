// A lesson edited on disk while its program is still running: the page reloads (narrative and
// program), the stale run is stopped rather than finished, and the new program runs and shows
// its output. No crash, no output of the old program mixed into the new run.
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>

#include "code_editor.h"
#include "console_view.h"
#include "language_manager.h"
#include "lesson_catalog.h"
#include "lesson_page.h"
#include "lesson_session.h"
#include "main_window.h"
#include "program_runner.h"

namespace ls::gui {
namespace {

constexpr int kTimeoutMs = 20000;

const char kLessonYaml[] = R"(id: long-run
chapter: basics
order: 1
title: {en: A long run, zh_CN: 一次很长的运行}
variants:
  - name: main
    label: {en: Main, zh_CN: 主程序}
    program: main.py
)";

// Seconds of wall time in the app (a few million steps, awaiting now and then so the step
// budget for a blocked loop does not stop it).
const char kLongProgram[] = R"(import asyncio

async def main():
    total = 0
    for i in range(30000000):
        total += i
        if i % 1000 == 0:
            await asyncio.sleep(0)
    print("old version finished", total)

asyncio.run(main())
)";

const char kNewProgram[] = R"(print("new version")
)";

void write(const QString& path, const QByteArray& text) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

TEST(LessonReload, editingALessonWhileItsProgramRunsReloadsCleanly) {
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"), false);
    QTemporaryDir dir;
    const QString lesson = dir.filePath(QStringLiteral("long-run"));
    ASSERT_TRUE(QDir().mkpath(lesson));
    write(lesson + "/lesson.yaml", kLessonYaml);
    write(lesson + "/main.py", kLongProgram);
    write(lesson + "/en.md", "# A long run\n\nThe first text.\n");
    write(lesson + "/zh_CN.md", "# 很长的运行\n\n第一版。\n");

    MainWindow w(languages, /*persistent=*/false);
    w.show();
    QList<RunOutcome> outcomes;
    QObject::connect(w.runner(), &ProgramRunner::finished, &w,
                     [&outcomes](const RunOutcome& outcome) { outcomes << outcome; });
    QString error;
    ASSERT_TRUE(w.openLessonPath(lesson, {}, &error)) << error.toStdString();
    ASSERT_TRUE(w.runner()->isRunning()) << "opening the lesson starts its program";

    // The instructor saves new versions of the narrative and the program meanwhile.
    QSignalSpy changed(&w.lessonSession()->catalog(), &LessonCatalog::changed);
    write(lesson + "/en.md", "# A long run\n\nThe second text, saved during the run.\n");
    write(lesson + "/main.py", kNewProgram);
    ASSERT_TRUE(changed.wait(kTimeoutMs));
    ASSERT_TRUE(outcomes.isEmpty()) << "the old run was meant to be still running at the reload";

    // The page shows the new files at once.
    EXPECT_TRUE(w.lessonPage()->narrative()->toPlainText().contains("The second text, saved during the run."));
    EXPECT_EQ(w.editor()->toPlainText(), QString::fromUtf8(kNewProgram));

    // The stale run is cancelled, then the new program runs.
    QElapsedTimer clock;
    clock.start();
    while (outcomes.size() < 2 && clock.elapsed() < kTimeoutMs) {
        QSignalSpy finished(&w, &MainWindow::runFinished);
        finished.wait(kTimeoutMs - int(clock.elapsed()));
    }
    ASSERT_EQ(outcomes.size(), 2);
    EXPECT_TRUE(outcomes[0].cancelled) << outcomes[0].stdoutText.toStdString();
    EXPECT_FALSE(outcomes[0].stdoutText.contains("old version finished"));
    EXPECT_FALSE(outcomes[1].cancelled);
    EXPECT_EQ(outcomes[1].exitCode, 0);
    EXPECT_EQ(outcomes[1].stdoutText, "new version\n");
    EXPECT_EQ(outcomes[1].source, QString::fromUtf8(kNewProgram));
    EXPECT_TRUE(w.outputView()->toPlainText().contains("new version"));
    EXPECT_FALSE(w.outputView()->toPlainText().contains("old version"));
    EXPECT_FALSE(w.runner()->isRunning());
}

}  // namespace
}  // namespace ls::gui
