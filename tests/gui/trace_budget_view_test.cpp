// A trace that ran short of its event budget (engine/TRACE.md, "When the budget runs short"): the
// timeline hatches only what is truly unrecorded, marks the time without statement detail with a
// thin strip and a note, and stepping by statement past that point goes event by event and says so.
#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QTest>

#include <algorithm>
#include <fstream>

#include "loopscope/engine.h"

#include "trace/playback_bar.h"
#include "trace/playback_model.h"
#include "trace/timeline_lanes.h"
#include "trace/timeline_widget.h"
#include "trace/trace_view.h"
#include "translation_scope.h"

namespace ls::gui {
namespace {

// Statements in a loop beside a task that prints every 10 ms: the lines are most of the events.
const char kComputeAndTick[] = R"(import asyncio

async def compute():
    total = 0
    for i in range(3000):
        total += i
        if i % 300 == 0:
            await asyncio.sleep(0.001)
    print('total', total)

async def tick():
    for k in range(5):
        print('tick', k)
        await asyncio.sleep(0.01)

async def main():
    await asyncio.gather(compute(), tick())

asyncio.run(main())
)";

// Two tasks taking turns with sleep(0): every turn is a real switch, so the structure alone
// overflows a small budget.
const char kTakingTurns[] = R"(import asyncio

async def worker(name):
    for i in range(2000):
        await asyncio.sleep(0)
    print(name, 'done')

async def main():
    await asyncio.gather(worker('a'), worker('b'))

asyncio.run(main())
)";

std::shared_ptr<const ls::Trace> traceOf(const char* source, size_t maxEvents, double ips) {
    ls::RunOptions options;
    options.record_trace = true;
    options.trace_lines = true;  // as the app records
    options.limits.max_trace_events = maxEvents;
    options.machine.instructions_per_unit = ips;
    ls::CapturedRun run = ls::run_captured(source, options);
    EXPECT_EQ(run.result.exit_code, 0) << run.err;
    return std::make_shared<const ls::Trace>(std::move(run.result.trace));
}

size_t structuralEvents(const ls::Trace& t) {
    return static_cast<size_t>(std::count_if(t.events.begin(), t.events.end(),
                                             [](const ls::TraceEvent& e) { return e.kind != ls::TraceKind::Line; }));
}

// A trace whose lines ran out but whose structure all fits.
std::shared_ptr<const ls::Trace> linesOnlyTrace() {
    const auto full = traceOf(kComputeAndTick, 1'000'000, 1e6);
    return traceOf(kComputeAndTick, structuralEvents(*full) * 6, 1e6);
}

TEST(TraceBudgetView, WithoutStatementDetailOnlyAStripIsHatchedFromWhereTheLinesEnd) {
    const auto trace = linesOnlyTrace();
    ASSERT_TRUE(trace->lines_truncated);
    ASSERT_FALSE(trace->truncated);
    TraceView view;
    view.resize(1000, 600);
    view.setTrace(trace, QString::fromUtf8(kComputeAndTick));
    TimelineWidget* timeline = view.timeline();
    const double end = view.model()->totalTime();
    ASSERT_GT(trace->lines_until, 0.0);
    ASSERT_LT(trace->lines_until, end);
    // Nothing is unrecorded: the bars reach the run's end.
    EXPECT_EQ(timeline->unrecordedSpan(), qMakePair(-1.0, -1.0));
    EXPECT_DOUBLE_EQ(timeline->recordedEnd(), end);
    EXPECT_DOUBLE_EQ(TimelineLanes(*view.model()).endTime(), end);
    // The strip: from the first statement the trace left out to the end.
    EXPECT_EQ(timeline->noDetailSpan(), qMakePair(trace->lines_until, end));
    EXPECT_EQ(timeline->statementDetailEnd(), trace->lines_until);
    EXPECT_EQ(timeline->detailNote(),
              QStringLiteral("Statement detail up to %1, then steps go by event").arg(view.model()->formatTime(trace->lines_until)));
    EXPECT_TRUE(timeline->detailNoteExplained().contains(view.model()->formatTime(trace->lines_until)));
}

TEST(TraceBudgetView, StatementStepsPastTheDetailGoEventByEventAndSaySo) {
    const auto trace = linesOnlyTrace();
    TraceView view;
    view.setTrace(trace, QString::fromUtf8(kComputeAndTick));
    PlaybackModel* model = view.model();
    PlaybackBar* bar = view.playbackBar();
    const auto& events = trace->events;
    // The last line event, and the first event at or after the end of statement detail.
    uint32_t lastLine = 0, firstPast = model->eventCount();
    for (uint32_t i = 0; i < model->eventCount(); ++i) {
        if (events[i].kind == ls::TraceKind::Line) lastLine = i;
        if (firstPast == model->eventCount() && events[i].time >= trace->lines_until) firstPast = i;
    }
    ASSERT_LT(firstPast, model->eventCount() - 10);
    // Before the cut a step goes to just after the next line event.
    model->seek(1);
    model->stepForward();
    EXPECT_EQ(events[model->position() - 1].kind, ls::TraceKind::Line);
    EXPECT_TRUE(bar->detailNote().isEmpty());
    // From the cut on, one event per step, to the end, never a jump.
    model->seek(std::max(lastLine, firstPast) + 1);
    EXPECT_FALSE(bar->detailNote().isEmpty());
    EXPECT_TRUE(bar->detailNote().contains(model->formatTime(trace->lines_until)));
    uint32_t steps = 0;
    for (uint32_t before = model->position(); !model->atEnd(); before = model->position(), ++steps) {
        model->stepForward();
        ASSERT_EQ(model->position(), before + 1);
    }
    EXPECT_GT(steps, 10u);
    EXPECT_TRUE(bar->stepForwardAction()->toolTip().startsWith(QStringLiteral("Forward one event")));
    // Back before the cut the note goes away and a step is a statement again.
    model->seek(1);
    EXPECT_TRUE(bar->detailNote().isEmpty());
    EXPECT_EQ(bar->stepForwardAction()->toolTip(), QStringLiteral("Forward one statement (Right)"));
}

TEST(TraceBudgetView, WhenTheStructureOverflowsTooTheHatchStartsAtTheLastRecordedEvent) {
    const auto trace = traceOf(kTakingTurns, 3000, 1e5);
    ASSERT_TRUE(trace->truncated);
    ASSERT_TRUE(trace->lines_truncated);
    TraceView view;
    view.resize(1000, 600);
    view.setTrace(trace, QString::fromUtf8(kTakingTurns));
    TimelineWidget* timeline = view.timeline();
    const double lastRecorded = trace->events.back().time;
    const auto unrecorded = timeline->unrecordedSpan();
    EXPECT_DOUBLE_EQ(unrecorded.first, lastRecorded);
    EXPECT_GE(unrecorded.second, unrecorded.first);
    // The strip covers only the recorded part after the statement detail; the full hatch the rest.
    EXPECT_LE(trace->lines_until, lastRecorded);
    EXPECT_EQ(timeline->noDetailSpan(), qMakePair(trace->lines_until, lastRecorded));
}

TEST(TraceBudgetView, ATraceThatKeptEverythingHasNoHatchAndNoNote) {
    const auto trace = traceOf(kComputeAndTick, 1'000'000, 1e6);
    TraceView view;
    view.setTrace(trace, QString::fromUtf8(kComputeAndTick));
    EXPECT_EQ(view.timeline()->unrecordedSpan(), qMakePair(-1.0, -1.0));
    EXPECT_EQ(view.timeline()->noDetailSpan(), qMakePair(-1.0, -1.0));
    EXPECT_TRUE(view.timeline()->detailNote().isEmpty());
    view.model()->toEnd();
    EXPECT_TRUE(view.playbackBar()->detailNote().isEmpty());
}

TEST(TraceBudgetView, TheNotesAreInChinese) {
    test::TranslationScope zh(QStringLiteral("zh_CN"));
    ASSERT_TRUE(zh.loaded());
    const auto trace = linesOnlyTrace();
    TraceView view;
    view.setTrace(trace, QString::fromUtf8(kComputeAndTick));
    const QString until = view.model()->formatTime(trace->lines_until);
    EXPECT_EQ(view.timeline()->detailNote(), QStringLiteral("语句级细节只记录到 %1，之后逐个事件单步").arg(until));
    view.model()->toEnd();
    EXPECT_TRUE(view.playbackBar()->detailNote().startsWith(QStringLiteral("%1 之后没有语句级细节").arg(until)))
        << view.playbackBar()->detailNote().toStdString();
}

// The seed's 3000 primes as the app runs them (line events, 10 million instructions per virtual
// second), zoomed out and into the late part, in both languages. Opt-in: it takes a few seconds
// and writes files. LOOPSCOPE_PRIMES_PROGRAM=path/to/000_primes_and_email.py LOOPSCOPE_SCREENSHOT_DIR=dir
TEST(TraceBudgetView, PrimesScreenshots) {
    const char* path = std::getenv("LOOPSCOPE_PRIMES_PROGRAM");
    const QString dir = qEnvironmentVariable("LOOPSCOPE_SCREENSHOT_DIR");
    if (!path || dir.isEmpty()) GTEST_SKIP() << "set LOOPSCOPE_PRIMES_PROGRAM and LOOPSCOPE_SCREENSHOT_DIR";
    std::ifstream in(path);
    ASSERT_TRUE(in) << path;
    const std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ls::RunOptions options;
    options.record_trace = true;
    options.trace_lines = true;
    options.machine.instructions_per_unit = 1e7;
    options.limits.max_steps = 2'000'000'000;
    ls::CapturedRun run = ls::run_captured(source, options);
    ASSERT_EQ(run.result.exit_code, 0) << run.err;
    const auto trace = std::make_shared<const ls::Trace>(std::move(run.result.trace));
    std::printf("primes with lines: %zu events, truncated %d, lines until %g, %llu sleep(0) turns elided from %g, "
                "virtual time %g\n",
                trace->events.size(), trace->truncated, trace->lines_until,
                static_cast<unsigned long long>(trace->elided_yields), trace->elided_yields_from,
                trace->summary.virtual_time);
    QDir().mkpath(dir);
    for (const QString& code : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        test::TranslationScope language(code);
        TraceView view;
        view.resize(1100, 560);
        view.setTrace(trace, QString::fromStdString(source));
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        view.model()->seekTime(trace->lines_until + 1);
        QApplication::processEvents();
        EXPECT_TRUE(view.grab().save(dir + QStringLiteral("/budget_primes_all_%1.png").arg(code)));
        view.timeline()->setVisibleRange(trace->lines_until - 0.004, trace->lines_until + 0.004);
        QApplication::processEvents();
        EXPECT_TRUE(view.grab().save(dir + QStringLiteral("/budget_primes_cut_%1.png").arg(code)));
        view.model()->seekTime(80.0);  // the playhead lands on the last event before it
        view.timeline()->setVisibleRange(view.model()->time() - 0.01, view.model()->time() + 0.01);
        QApplication::processEvents();
        EXPECT_TRUE(view.grab().save(dir + QStringLiteral("/budget_primes_late_%1.png").arg(code)));
    }
}

}  // namespace
}  // namespace ls::gui
