// Compare mode in the main window: the lesson's compared variants run side by side with their
// total times and speedup, re-run live when a scenario parameter changes, and the timeline or
// the comparison exports as an image. Total times are python3's (3 s and 2 s with BOIL = 2).
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "batch_runner.h"
#include "language_manager.h"
#include "lesson_page.h"
#include "main_window.h"
#include "parameter_panel.h"
#include "trace/compare_view.h"

namespace ls::gui {
namespace {

constexpr int kRunTimeoutMs = 20000;

const char kLesson[] = R"(id: test-compare
chapter: basics
order: 2
title: {en: Boil and chop, zh_CN: 烧水和切菜}
variants:
  - name: sequential
    label: {en: One after the other, zh_CN: 一件接一件}
    program: seq.py
  - name: concurrent
    label: {en: Both at once, zh_CN: 同时进行}
    program: conc.py
compare: [sequential, concurrent]
parameters:
  - name: BOIL
    label: {en: Boiling (seconds), zh_CN: 烧水（秒）}
    default: 2
    min: 1
    max: 10
)";

const char kSequential[] = R"(import asyncio
import time

BOIL = 2

async def boil():
    await asyncio.sleep(BOIL)
    print("water boiled")

async def chop():
    await asyncio.sleep(1)
    print("vegetables chopped")

async def main():
    start = time.perf_counter()
    await boil()
    await chop()
    print(f"took {time.perf_counter() - start:.0f} s")

asyncio.run(main())
)";

// With LOOPSCOPE_SHOT_DIR set, saves what the window shows (for looking at the views by eye).
void saveShot(QWidget& w, const QString& name) {
    const QString dir = qEnvironmentVariable("LOOPSCOPE_SHOT_DIR");
    if (dir.isEmpty()) return;
    QCoreApplication::processEvents();
    w.grab().save(dir + "/" + name + ".png");
}

class CompareWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        languages.setLanguage(QStringLiteral("en"), false);
        QCoreApplication::sendPostedEvents();
        const QString folder = dir.filePath("boil");
        QDir().mkpath(folder);
        write(folder + "/lesson.yaml", kLesson);
        write(folder + "/seq.py", kSequential);
        write(folder + "/conc.py", QByteArray(kSequential).replace("    await boil()\n    await chop()\n",
                                                                      "    await asyncio.gather(boil(), chop())\n"));
        write(folder + "/en.md", "Boil and chop.\n");
        write(folder + "/zh_CN.md", "烧水和切菜。\n");
        window = std::make_unique<MainWindow>(languages, false);
        QSignalSpy finished(window.get(), &MainWindow::runFinished);
        QString error;
        ASSERT_TRUE(window->openLessonPath(folder, "sequential", &error)) << error.toStdString();
        ASSERT_TRUE(finished.wait(kRunTimeoutMs));
    }
    void TearDown() override {
        languages.setLanguage(QStringLiteral("en"), false);
        QCoreApplication::sendPostedEvents();
    }
    static void write(const QString& path, const QByteArray& text) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

    LanguageManager languages;
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
};

TEST_F(CompareWindowTest, compareShowsBothRunsWithTotalTimeAndSpeedup) {
    QSignalSpy compared(window.get(), &MainWindow::comparisonFinished);
    window->setCompareMode(true);
    ASSERT_TRUE(compared.wait(kRunTimeoutMs));
    CompareView* view = window->compareView();
    ASSERT_TRUE(view->isVisibleTo(window.get()) || window->isComparing());
    ASSERT_EQ(view->runCount(), 2);
    EXPECT_DOUBLE_EQ(view->totalTime(0), 3.0);
    EXPECT_DOUBLE_EQ(view->totalTime(1), 2.0);
    EXPECT_DOUBLE_EQ(view->speedup(1), 1.5);
    EXPECT_TRUE(view->title(0).contains("One after the other")) << view->title(0).toStdString();
    EXPECT_TRUE(view->title(1).contains("Both at once")) << view->title(1).toStdString();
    EXPECT_TRUE(window->lessonPage()->compareMode());  // the page's button follows

    // Live: a longer boil makes both runs longer; the comparison updates by itself.
    ASSERT_TRUE(window->lessonPage()->parameters()->setValue("BOIL", 4));
    ASSERT_TRUE(compared.wait(kRunTimeoutMs));
    EXPECT_DOUBLE_EQ(view->totalTime(0), 5.0);
    EXPECT_DOUBLE_EQ(view->totalTime(1), 4.0);
    saveShot(*window, "compare-en");

    // The variant names follow the language.
    languages.setLanguage(QStringLiteral("zh_CN"), false);
    QCoreApplication::sendPostedEvents();
    EXPECT_TRUE(view->title(1).contains(QString::fromUtf8("同时进行"))) << view->title(1).toStdString();
    saveShot(*window, "compare-zh");

    window->setCompareMode(false);
    EXPECT_FALSE(window->isComparing());
    EXPECT_FALSE(window->lessonPage()->compareMode());
}

TEST_F(CompareWindowTest, timelineAndComparisonExportAsImages) {
    QTemporaryDir out;
    ASSERT_TRUE(window->exportTimeline(out.filePath("timeline.png")));
    QImage image(out.filePath("timeline.png"));
    EXPECT_FALSE(image.isNull());
    QSignalSpy compared(window.get(), &MainWindow::comparisonFinished);
    window->setCompareMode(true);
    ASSERT_TRUE(compared.wait(kRunTimeoutMs));
    ASSERT_TRUE(window->exportTimeline(out.filePath("compare.svg")));
    QFile svg(out.filePath("compare.svg"));
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    EXPECT_TRUE(svg.readAll().contains("<svg"));
    ASSERT_TRUE(window->exportTimeline(out.filePath("compare.pdf")));
    QFile pdf(out.filePath("compare.pdf"));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5) == "%PDF-");
}

}  // namespace
}  // namespace ls::gui
