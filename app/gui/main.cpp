// loopscope: the GUI. Sets up the application, the language and the main window; everything
// else lives in the loopscope_gui library.
#include <cstdio>

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QIcon>
#include <QPixmap>
#include <QTimer>

#include <QFileInfo>

#include <loopscope/lesson.h>

#include "gui_options.h"
#include "language_manager.h"
#include "lesson_locator.h"
#include "main_window.h"
#include "settings_repair.h"
#include "settings_warning.h"
#include "stall_probe.h"

namespace {

constexpr int kBadInvocation = 2;

void printError(const QString& message) {
    std::fprintf(stderr, "loopscope: %s\n", qPrintable(message));
}

// --screenshot: when the run has finished (or at once if nothing runs), put the playhead at
// `at` (the end when negative), render the window, save it, quit.
void takeScreenshotWhenDone(ls::gui::MainWindow& window, const QString& path, double at) {
    auto grabAndQuit = [&window, path, at] {
        window.revealRun();
        if (at >= 0) window.seekPlayback(at);
        const QPixmap shot = window.grab();
        if (!shot.save(path, "PNG")) {
            printError(QCoreApplication::translate("main", "cannot write screenshot %1").arg(path));
            QCoreApplication::exit(1);
            return;
        }
        QCoreApplication::exit(0);
    };
    if (!window.runner()->isRunning()) {
        QTimer::singleShot(0, &window, grabAndQuit);
        return;
    }
    // Queued, so the console has laid out the final output before it is painted.
    QObject::connect(&window, &ls::gui::MainWindow::runFinished, &window,
                     [grabAndQuit] { QTimer::singleShot(0, grabAndQuit); });
}

// --lesson PATH: a lesson (folder or lesson.yaml), a folder of lessons, or a .py file / a folder
// of .py files. Returns false with `error` set when nothing could be opened.
bool openFromCommandLine(ls::gui::MainWindow& window, const ls::gui::GuiOptions& options, bool runProgram,
                         QString& error) {
    const QString path = options.lessonPath;
    if (ls::lesson::is_lesson_path(std::filesystem::path(QFileInfo(path).absoluteFilePath().toStdString())) ||
        (QFileInfo(path).isDir() && !ls::lesson::load_library(path.toStdString()).lessons.empty())) {
        return window.openLessonPath(path, options.variant, &error);
    }
    if (!options.variant.isEmpty()) {
        error = QCoreApplication::translate("main", "--variant needs a lesson, and %1 is not one").arg(path);
        return false;
    }
    const ls::gui::LocatedLesson lesson = ls::gui::locateLessonProgram(path);
    if (lesson.programPath.isEmpty()) {
        error = lesson.error;
        return false;
    }
    if (!window.loadFile(lesson.programPath, &error)) return false;
    if (runProgram) window.runProgram();
    return true;
}

// LOOPSCOPE_STARTUP_TIME=1: print how long it took from main() to the window's first painted
// frame (the performance target is 1.5 s), then quit. For measurements; the user never sees it.
class FirstFrameProbe : public QObject {
public:
    explicit FirstFrameProbe(const QElapsedTimer& clock) : clock_(clock) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !reported_) {
            reported_ = true;
            // Queued, so it runs once the whole frame (every child widget) has been painted.
            QTimer::singleShot(0, [ms = clock_.elapsed()] {
                std::fprintf(stderr, "loopscope: first frame painted %lld ms after start\n",
                             static_cast<long long>(ms));
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& clock_;
    bool reported_ = false;
};

// --help, --version and --screenshot need no screen. Without a display (CI, ssh) they would
// still fail in QApplication's platform setup, so they get the offscreen platform unless the user
// chose one.
void useOffscreenPlatformIfHeadless(int argc, char* argv[]) {
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY") ||
        qEnvironmentVariableIsSet("WAYLAND_DISPLAY")) {
        return;
    }
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" ||
            arg == "--version" || arg == "--screenshot" || arg.startsWith("--screenshot=")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

}  // namespace

int main(int argc, char* argv[]) {
    QElapsedTimer startClock;
    startClock.start();
    useOffscreenPlatformIfHeadless(argc, argv);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Loopscope"));
    QCoreApplication::setApplicationName(QStringLiteral("Loopscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOOPSCOPE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/loopscope.svg")));
    // Ties the windows to the installed .desktop entry (its icon and name in docks and task bars).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.loopscope.Loopscope"));

    // Before anything reads the settings: a damaged file is replaced by the defaults.
    const ls::gui::SettingsRepair settingsRepair = ls::gui::repairSettings();

    // The remembered language first, so even --help speaks it; --lang may override below.
    ls::gui::LanguageManager languages;
    languages.setLanguage(languages.preferredLanguage(), /*remember=*/false);

    ls::gui::GuiOptions options;
    QString error;
    if (ls::gui::parseGuiOptions(app, options, error) == ls::gui::ParseStatus::Error) {
        printError(error);
        return kBadInvocation;
    }
    // A language given on the command line applies to this session only.
    if (!options.language.isEmpty()) languages.setLanguage(options.language, /*remember=*/false);
    if (settingsRepair.changedAnything()) printError(ls::gui::settingsRepairMessage(settingsRepair));

    const bool screenshot = !options.screenshotPath.isEmpty();
    ls::gui::MainWindow window(languages, /*persistent=*/!screenshot);
    ls::gui::SettingsWarning::showIn(window, settingsRepair);
    window.setRunSettings(options.run);

    if (!options.lessonPath.isEmpty()) {
        if (!openFromCommandLine(window, options, screenshot, error)) {
            printError(error);
            return kBadInvocation;
        }
    } else {
        window.openStartLesson();
    }

    FirstFrameProbe probe(startClock);
    if (qEnvironmentVariableIntValue("LOOPSCOPE_STARTUP_TIME") == 1) {
        // The window's first paint starts the first frame; the probe reports after the frame.
        window.installEventFilter(&probe);
    }
    window.show();
    if (screenshot) takeScreenshotWhenDone(window, options.screenshotPath, options.at);
    // LOOPSCOPE_STALL_PROBE=1: on exit, print the longest time the event loop did not turn once
    // the window was up (the target is 100 ms). For measurements; the user never sees it.
    ls::gui::StallProbe stallProbe;
    const bool probeStalls = qEnvironmentVariableIntValue("LOOPSCOPE_STALL_PROBE") == 1;
    if (probeStalls) QTimer::singleShot(0, &stallProbe, &ls::gui::StallProbe::start);
    const int status = app.exec();
    if (probeStalls) {
        std::fprintf(stderr, "loopscope: longest GUI-thread stall %.1f ms, ended %.0f ms after the window was up\n",
                     stallProbe.longestStallMs(), stallProbe.longestStallEndedAtMs());
        for (const auto& stall : stallProbe.notableStalls()) {
            std::fprintf(stderr, "loopscope:   stall of %.1f ms ended at %.0f ms\n", stall.lengthMs, stall.endedAtMs);
        }
    }
    return status;
}
