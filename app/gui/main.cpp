// loopscope: the GUI. Sets up the application, the language and the main window; everything
// else lives in the loopscope_gui library.
#include <cstdio>

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QIcon>
#include <QPixmap>
#include <QTimer>

#include "gui_options.h"
#include "language_manager.h"
#include "lesson_locator.h"
#include "main_window.h"

namespace {

constexpr int kBadInvocation = 2;

void printError(const QString& message) {
    std::fprintf(stderr, "loopscope: %s\n", qPrintable(message));
}

// --screenshot: run the program to its end, render the window, save, quit.
void takeScreenshotWhenDone(ls::gui::MainWindow& window, const QString& path, bool hasProgram) {
    auto grabAndQuit = [&window, path] {
        const QPixmap shot = window.grab();
        if (!shot.save(path, "PNG")) {
            printError(QCoreApplication::translate("main", "cannot write screenshot %1").arg(path));
            QCoreApplication::exit(1);
            return;
        }
        QCoreApplication::exit(0);
    };
    if (!hasProgram) {
        QTimer::singleShot(0, &window, grabAndQuit);
        return;
    }
    // Queued, so the console has laid out the final output before it is painted.
    QObject::connect(&window, &ls::gui::MainWindow::runFinished, &window,
                     [grabAndQuit] { QTimer::singleShot(0, grabAndQuit); });
    QTimer::singleShot(0, &window, &ls::gui::MainWindow::runProgram);
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

    const bool screenshot = !options.screenshotPath.isEmpty();
    ls::gui::MainWindow window(languages, /*persistent=*/!screenshot);

    bool hasProgram = false;
    if (!options.lessonPath.isEmpty()) {
        const ls::gui::LocatedLesson lesson = ls::gui::locateLessonProgram(options.lessonPath);
        if (lesson.programPath.isEmpty() || !window.loadFile(lesson.programPath, &error)) {
            printError(lesson.programPath.isEmpty() ? lesson.error : error);
            return kBadInvocation;
        }
        hasProgram = true;
    }

    FirstFrameProbe probe(startClock);
    if (qEnvironmentVariableIntValue("LOOPSCOPE_STARTUP_TIME") == 1) {
        // The window's first paint starts the first frame; the probe reports after the frame.
        window.installEventFilter(&probe);
    }
    window.show();
    if (screenshot) takeScreenshotWhenDone(window, options.screenshotPath, hasProgram);
    return app.exec();
}
