// The GUI's command line: --lesson PATH [--variant NAME] [--lang zh_CN|en] [--at SECONDS]
// [--screenshot FILE.png] [--ips N] [--max-steps N].
#pragma once

#include <QString>

#include "run_settings.h"

class QCoreApplication;

namespace ls::gui {

struct GuiOptions {
    QString lessonPath;      // a .py file or a folder (its first .py); empty: none
    QString language;        // "zh_CN" or "en"; empty: settings or the system locale
    QString screenshotPath;  // non-empty: run, save the window as PNG, exit
    QString variant;         // the lesson variant to open; empty: the lesson's first
    double at = -1;          // with --screenshot: the playhead's virtual time; < 0: the run's end
    RunSettings run;         // --ips, --max-steps: how this session's runs differ from the defaults
};

enum class ParseStatus { Ok, ExitOk, Error };

// Parses the application's arguments (Qt's own options are already removed by QApplication).
// --help and --version print and return ExitOk; a bad argument fills `error` and returns Error.
ParseStatus parseGuiOptions(const QCoreApplication& app, GuiOptions& options, QString& error);

}  // namespace ls::gui
