// The seed's 3000-prime program in the main window, the way a student would run it: opened as a
// file, with an instruction cost so that computing takes virtual time and a step budget big
// enough to finish. Measures the run, the preparation of its ~5 million-event trace, the longest
// stall of the GUI thread meanwhile, zoom/pan frame times, seeks and memory. Takes a minute:
// run with LOOPSCOPE_PRIMES_PROGRAM=/path/to/000_primes_and_email.py.
#include <gtest/gtest.h>

#include <sys/resource.h>

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <vector>

#include "language_manager.h"
#include "main_window.h"
#include "stall_probe.h"
#include "trace/playback_model.h"
#include "trace/timeline_widget.h"
#include "trace/trace_preparer.h"
#include "trace/trace_view.h"

namespace ls::gui {
namespace {

double peakResidentMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // kilobytes on Linux
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double worst(const std::vector<double>& v) { return *std::max_element(v.begin(), v.end()); }

TEST(BigTraceInTheApp, PrimesSeedWithAnInstructionCost) {
    const char* path = std::getenv("LOOPSCOPE_PRIMES_PROGRAM");
    if (!path) GTEST_SKIP() << "set LOOPSCOPE_PRIMES_PROGRAM to the seed program to measure it";
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"), false);
    MainWindow w(languages, false);
    w.resize(1280, 800);
    RunSettings settings;
    settings.instructionsPerSecond = 1e7;  // 10 million instructions per virtual second
    settings.maxSteps = 2'000'000'000;
    w.setRunSettings(settings);
    ASSERT_TRUE(w.loadFile(QString::fromLocal8Bit(path)));
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));

    QSignalSpy finished(&w, &MainWindow::runFinished);
    QSignalSpy prepared(w.tracePreparer(), &TracePreparer::prepared);
    QElapsedTimer clock;
    qint64 runEndedMs = 0;
    QObject::connect(w.runner(), &ProgramRunner::finished, [&] { runEndedMs = clock.elapsed(); });
    StallProbe probe;
    clock.start();
    probe.start();
    w.runProgram();
    ASSERT_TRUE(finished.wait(300000));
    probe.stop();
    const qint64 shownMs = clock.elapsed();
    ASSERT_EQ(prepared.size(), 1);
    const auto result = prepared[0][0].value<std::shared_ptr<PreparedTrace>>();
    PlaybackModel* model = w.traceView()->model();
    ASSERT_NE(model, nullptr);
    std::printf("primes in the app: run %lld ms, views prepared off the GUI thread in %lld ms, shown at %lld ms; "
                "%u events (truncated %d), virtual time %.3f s; longest GUI-thread stall %.1f ms\n",
                static_cast<long long>(runEndedMs), static_cast<long long>(result->milliseconds),
                static_cast<long long>(shownMs), model->eventCount(), model->trace().truncated, model->totalTime(),
                probe.longestStallMs());
    for (const auto& s : probe.notableStalls()) std::printf("  stall of %.1f ms ended at %.0f ms\n", s.lengthMs, s.endedAtMs);

    // Zoom and pan, as the keys and the wheel do: each is one full replot.
    TimelineWidget* timeline = w.traceView()->timeline();
    std::vector<double> frames;
    for (int i = 0; i < 10; ++i) {
        timeline->zoomIn();
        frames.push_back(timeline->lastReplotMs());
    }
    for (int i = 0; i < 10; ++i) {
        timeline->panBy(i < 5 ? 0.3 : -0.3);
        frames.push_back(timeline->lastReplotMs());
    }
    timeline->fitAll();
    frames.push_back(timeline->lastReplotMs());
    for (int i = 0; i < 5; ++i) {
        timeline->panBy(0.1);
        frames.push_back(timeline->lastReplotMs());
    }
    // Scrub (seek to a time) and step, as clicking and the arrow keys do.
    std::vector<double> seeks, steps;
    for (int i = 1; i <= 40; ++i) {
        clock.restart();
        model->seekTime(model->totalTime() * ((i * 37) % 41) / 41.0);
        QCoreApplication::processEvents();
        seeks.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    for (int i = 0; i < 60; ++i) {
        clock.restart();
        model->stepForward();
        QCoreApplication::processEvents();
        steps.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    std::printf("primes in the app: zoom/pan replot median %.1f ms, worst %.1f ms (%.0f fps at the median); "
                "scrub median %.1f ms, worst %.1f ms; step median %.1f ms, worst %.1f ms; peak RSS %.0f MiB\n",
                median(frames), worst(frames), 1000.0 / std::max(0.1, median(frames)), median(seeks), worst(seeks),
                median(steps), worst(steps), peakResidentMiB());
    EXPECT_LT(probe.longestStallMs(), 300.0);
    EXPECT_LT(median(frames), 33.0);  // 30 frames per second
    EXPECT_LT(peakResidentMiB(), 2048.0);
    EXPECT_GT(model->totalTime(), 50.0);  // the instruction cost spread the run over time
}

}  // namespace
}  // namespace ls::gui
