// Screenshots of the trace views in both languages, for people to look at (not compared with
// anything). Opt-in: LOOPSCOPE_SCREENSHOT_DIR=folder. Also checks that the Chinese translation
// reaches the views, which runs every time.
#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QTest>

#include "trace/compare_view.h"
#include "trace/loop_panel.h"
#include "trace/playback_model.h"
#include "trace/timeline_widget.h"
#include "trace/trace_export.h"
#include "trace/trace_view.h"
#include "trace_fixtures.h"
#include "translation_scope.h"

namespace ls::gui {
namespace {

const char kGather[] = R"(import asyncio

async def fetch(name, delay):
    print(f"fetching {name}")
    await asyncio.sleep(delay)
    print(f"{name} done")
    return name

async def main():
    task = asyncio.create_task(fetch("weather", 2))
    results = await asyncio.gather(fetch("news", 1), fetch("mail", 1.5))
    print(results, await task)

asyncio.run(main())
)";

const char kSequential[] = R"(import asyncio

async def fetch(name, delay):
    await asyncio.sleep(delay)

async def main():
    await fetch("news", 1)
    await fetch("mail", 1.5)
    await fetch("weather", 2)

asyncio.run(main())
)";

std::shared_ptr<const ls::Trace> traceOf(const char* source) {
    ls::CapturedRun run = test::runWithTrace(source);
    return std::make_shared<const ls::Trace>(std::move(run.result.trace));
}

TEST(TraceViewsInChinese, NarrationAndPanelAreTranslated) {
    test::TranslationScope zh(QStringLiteral("zh_CN"));
    ASSERT_TRUE(zh.loaded());
    PlaybackModel model(traceOf(kGather), QString::fromUtf8(kGather));
    model.toEnd();
    EXPECT_EQ(model.narration(), QStringLiteral("程序已结束，共用了 2 秒 虚拟时间。"));
    LoopPanel panel;
    panel.setModel(&model);
    EXPECT_EQ(panel.rows(LoopPanel::ReadyQueue), QStringList{QStringLiteral("空")});
}

TEST(TraceViewsScreenshots, BothLanguages) {
    const QString dir = qEnvironmentVariable("LOOPSCOPE_SCREENSHOT_DIR");
    if (dir.isEmpty()) GTEST_SKIP() << "set LOOPSCOPE_SCREENSHOT_DIR to write screenshots";
    QDir().mkpath(dir);
    for (const QString& code : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        test::TranslationScope language(code);
        TraceView view;
        view.resize(1200, 800);
        view.setTrace(traceOf(kGather), QString::fromUtf8(kGather));
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        // Mid-run: the instant the loop jumps the clock to the first timer.
        PlaybackModel* model = view.model();
        for (uint32_t i = 0; i < model->eventCount(); ++i) {
            if (model->trace().events[i].kind == ls::TraceKind::ClockAdvance) {
                model->seek(i + 1);
                break;
            }
        }
        QApplication::processEvents();
        EXPECT_TRUE(view.grab().save(dir + QStringLiteral("/trace_view_%1.png").arg(code)));

        CompareView compare;
        compare.resize(1000, 560);
        // Variant names come from the lesson, in its language.
        const bool zh = code == QLatin1String("zh_CN");
        compare.setRuns({{zh ? QStringLiteral("顺序执行") : QStringLiteral("Sequential"), traceOf(kSequential), {}},
                         {zh ? QStringLiteral("并发执行") : QStringLiteral("Concurrent"), traceOf(kGather), {}}});
        compare.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&compare));
        QApplication::processEvents();
        EXPECT_TRUE(compare.grab().save(dir + QStringLiteral("/compare_%1.png").arg(code)));
        EXPECT_TRUE(TraceExport::savePlot(compare.plot(), dir + QStringLiteral("/compare_%1.svg").arg(code)));

        // Threads and cores (hand-built until the engine records them): two threads share the
        // GIL on two cores.
        using K = ls::TraceKind;
        test::TraceBuilder b;
        b.cores(2).thread("MainThread").thread("Thread-1 (work)");
        b.task("Task-1", "main").event(K::TaskStarted, 0);
        b.threadEvent(K::CoreAssigned, 0, 0).threadEvent(K::GilAcquired, 0);
        b.threadEvent(K::ThreadCreated, 1, -1, "Thread-1 (work)").threadEvent(K::ThreadStarted, 1);
        for (int i = 0; i < 6; ++i) {
            const int from = i % 2, to = 1 - i % 2;
            b.at(0.005 * (i + 1)).threadEvent(K::GilReleased, from, -1, "switch interval");
            b.threadEvent(K::ThreadBlocked, from, -1, "gil").threadEvent(K::CoreReleased, from, from);
            b.threadEvent(K::CoreAssigned, to, to).threadEvent(K::GilAcquired, to);
            b.threadEvent(K::ThreadUnblocked, from);
        }
        b.at(0.035).threadEvent(K::ThreadBlocked, 1, -1, "time.sleep").threadEvent(K::CoreReleased, 1, 1);
        b.at(0.05).event(K::TaskFinished, 0);
        PlaybackModel threads(b.build());
        threads.seekTime(0.02);
        TimelineWidget timeline;
        timeline.resize(1000, 360);
        timeline.setModel(&threads);
        timeline.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&timeline));
        QApplication::processEvents();
        EXPECT_TRUE(timeline.grab().save(dir + QStringLiteral("/threads_%1.png").arg(code)));
    }
}

}  // namespace
}  // namespace ls::gui
