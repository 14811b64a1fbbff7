#include "gui_options.h"

#include <cmath>

#include <QCommandLineParser>
#include <QCoreApplication>

#include "language_manager.h"

namespace ls::gui {

ParseStatus parseGuiOptions(const QCoreApplication& app, GuiOptions& options, QString& error) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "GuiOptions", "Loopscope: watch what Python's asyncio event loop does."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption lessonOption(
        "lesson",
        QCoreApplication::translate("GuiOptions",
                                    "Open a lesson: a .py file, or a folder (its first .py file)."),
        QCoreApplication::translate("GuiOptions", "path"));
    const QCommandLineOption langOption(
        "lang",
        QCoreApplication::translate("GuiOptions", "User interface language: %1.")
            .arg(LanguageManager::availableLanguages().join(QLatin1String(", "))),
        QCoreApplication::translate("GuiOptions", "language"));
    const QCommandLineOption screenshotOption(
        "screenshot",
        QCoreApplication::translate(
            "GuiOptions", "Run the lesson, save the main window as a PNG file (the run at its end, or at --at), and exit."),
        QCoreApplication::translate("GuiOptions", "file"));
    const QCommandLineOption variantOption(
        "variant",
        QCoreApplication::translate("GuiOptions", "The lesson variant to open (default: the lesson's first)."),
        QCoreApplication::translate("GuiOptions", "name"));
    const QCommandLineOption atOption(
        "at",
        QCoreApplication::translate("GuiOptions",
                                    "With --screenshot: show the run at this virtual time instead of its end."),
        QCoreApplication::translate("GuiOptions", "seconds"));
    const QCommandLineOption ipsOption(
        "ips",
        QCoreApplication::translate("GuiOptions",
                                    "Instructions a core runs per unit of virtual time, so that computing takes time "
                                    "(0: instructions take no time). Replaces the lesson's value."),
        QCoreApplication::translate("GuiOptions", "number"));
    const QCommandLineOption maxStepsOption(
        "max-steps",
        QCoreApplication::translate("GuiOptions", "Stop a run after this many bytecode instructions (default 200000000)."),
        QCoreApplication::translate("GuiOptions", "number"));
    parser.addOption(ipsOption);
    parser.addOption(maxStepsOption);
    parser.addOption(lessonOption);
    parser.addOption(variantOption);
    parser.addOption(atOption);
    parser.addOption(langOption);
    parser.addOption(screenshotOption);

    if (!parser.parse(app.arguments())) {
        error = parser.errorText();
        return ParseStatus::Error;
    }
    if (parser.isSet(helpOption)) {
        parser.showHelp(0);  // prints and exits
    }
    if (parser.isSet(versionOption)) {
        parser.showVersion();  // prints and exits
    }
    if (!parser.positionalArguments().isEmpty()) {
        error = QCoreApplication::translate("GuiOptions", "Unexpected argument: %1")
                    .arg(parser.positionalArguments().constFirst());
        return ParseStatus::Error;
    }

    options.lessonPath = parser.value(lessonOption);
    options.screenshotPath = parser.value(screenshotOption);
    options.language = parser.value(langOption);
    options.variant = parser.value(variantOption);
    if (parser.isSet(atOption)) {
        bool ok = false;
        options.at = parser.value(atOption).toDouble(&ok);
        if (!ok || options.at < 0) {
            error = QCoreApplication::translate("GuiOptions", "--at needs a number of seconds (0 or more), not '%1'")
                        .arg(parser.value(atOption));
            return ParseStatus::Error;
        }
    }
    if (parser.isSet(ipsOption)) {
        bool ok = false;
        const double ips = parser.value(ipsOption).toDouble(&ok);
        if (!ok || ips < 0 || !std::isfinite(ips)) {
            error = QCoreApplication::translate("GuiOptions", "--ips needs a number of instructions (0 or more), not '%1'")
                        .arg(parser.value(ipsOption));
            return ParseStatus::Error;
        }
        options.run.instructionsPerSecond = ips;
    }
    if (parser.isSet(maxStepsOption)) {
        bool ok = false;
        const qulonglong steps = parser.value(maxStepsOption).toULongLong(&ok);
        if (!ok || steps == 0) {
            error = QCoreApplication::translate("GuiOptions", "--max-steps needs a whole number of steps (1 or more), not '%1'")
                        .arg(parser.value(maxStepsOption));
            return ParseStatus::Error;
        }
        options.run.maxSteps = steps;
    }
    if (parser.isSet(langOption) && !LanguageManager::availableLanguages().contains(options.language)) {
        error = QCoreApplication::translate("GuiOptions", "Unknown language '%1' (available: %2)")
                    .arg(options.language,
                         LanguageManager::availableLanguages().join(QLatin1String(", ")));
        return ParseStatus::Error;
    }
    return ParseStatus::Ok;
}

}  // namespace ls::gui
