// Run > Run Settings…: ticked rows become the window's run settings and reach the engine (an
// instruction cost spreads a CPU-bound loop over virtual time); unticked rows keep the defaults;
// both languages.
#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include "code_editor.h"
#include "language_manager.h"
#include "main_window.h"
#include "run_settings_dialog.h"

namespace ls::gui {
namespace {

TEST(RunSettingsDialog, TickedRowsAreTheSettingsAndUntickedKeepTheDefaults) {
    RunSettingsDialog dialog;
    EXPECT_TRUE(dialog.settings().isEmpty());
    EXPECT_FALSE(dialog.row(RunSettingsDialog::MaxSteps).value->isEnabled());
    dialog.row(RunSettingsDialog::InstructionsPerSecond).enabled->setChecked(true);
    dialog.row(RunSettingsDialog::InstructionsPerSecond).value->setValue(1000);
    dialog.row(RunSettingsDialog::MaxSteps).enabled->setChecked(true);
    dialog.row(RunSettingsDialog::MaxSteps).value->setValue(3e9);  // more than an int holds
    const RunSettings s = dialog.settings();
    EXPECT_EQ(s.instructionsPerSecond, 1000.0);
    EXPECT_EQ(s.maxSteps, 3'000'000'000ull);
    EXPECT_FALSE(s.maxStepsWithoutAwait.has_value());
    EXPECT_FALSE(s.maxTraceEvents.has_value());

    RunSettingsDialog again;
    again.setSettings(s);
    EXPECT_EQ(again.settings(), s);
    EXPECT_TRUE(again.row(RunSettingsDialog::MaxSteps).value->isEnabled());

    ls::RunOptions options;
    options.machine.instructions_per_unit = 5;  // a lesson's own value
    s.applyTo(options);
    EXPECT_EQ(options.machine.instructions_per_unit, 1000.0);
    EXPECT_EQ(options.limits.max_steps, 3'000'000'000ull);
    EXPECT_EQ(options.limits.max_trace_events, ls::RunLimits().max_trace_events);
}

TEST(RunSettingsDialog, TheWindowsRunUsesTheSettingsChosenInTheDialog) {
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"), false);
    QCoreApplication::sendPostedEvents();
    MainWindow w(languages, false);
    // The action is in the Run menu.
    bool inRunMenu = false;
    for (QAction* menu : w.menuBar()->actions()) {
        if (menu->text() == "&Run") inRunMenu = menu->menu()->actions().contains(w.runSettingsAction());
    }
    EXPECT_TRUE(inRunMenu);
    EXPECT_EQ(w.runSettingsAction()->text(), "Run &Settings…");

    // Answer the dialog as a student would: an instruction cost of 1,000 per second.
    QTimer::singleShot(0, [] {
        RunSettingsDialog* dialog = nullptr;
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (auto* d = qobject_cast<RunSettingsDialog*>(top); d && d->isVisible()) dialog = d;
        }
        ASSERT_NE(dialog, nullptr);
        dialog->row(RunSettingsDialog::InstructionsPerSecond).enabled->setChecked(true);
        dialog->row(RunSettingsDialog::InstructionsPerSecond).value->setValue(1000);
        dialog->accept();
    });
    w.runSettingsAction()->trigger();
    ASSERT_EQ(w.runSettings().instructionsPerSecond, 1000.0);

    // A loop of plain instructions now takes virtual time.
    w.editor()->setPlainText(QStringLiteral("n = 0\nfor i in range(1000):\n    n += i\nprint(n)\n"));
    QSignalSpy finished(&w, &MainWindow::runFinished);
    w.runProgram();
    ASSERT_TRUE(finished.wait(10000));
    ASSERT_NE(w.lastOutcome(), nullptr);
    const double seconds = w.lastOutcome()->trace->summary.virtual_time;
    EXPECT_GT(seconds, 1.0) << seconds;  // thousands of instructions at 1,000 per second

    languages.setLanguage(QStringLiteral("zh_CN"), false);
    QCoreApplication::sendPostedEvents();
    EXPECT_FALSE(w.runSettingsAction()->text().contains("Settings")) << w.runSettingsAction()->text().toStdString();
    RunSettingsDialog dialog;
    EXPECT_FALSE(dialog.windowTitle().contains("Run")) << dialog.windowTitle().toStdString();
    languages.setLanguage(QStringLiteral("en"), false);
    QCoreApplication::sendPostedEvents();
}

}  // namespace
}  // namespace ls::gui

namespace ls::gui {
namespace {

// LOOPSCOPE_SCREENSHOT_DIR=DIR: the dialog in both languages, to look at.
TEST(RunSettingsDialog, ScreenshotsInBothLanguages) {
    const QString dir = qEnvironmentVariable("LOOPSCOPE_SCREENSHOT_DIR");
    if (dir.isEmpty()) GTEST_SKIP() << "set LOOPSCOPE_SCREENSHOT_DIR to write screenshots";
    LanguageManager languages;
    for (const QString& code : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        languages.setLanguage(code, false);
        QCoreApplication::sendPostedEvents();
        RunSettingsDialog dialog;
        RunSettings s;
        s.instructionsPerSecond = 10'000'000;
        s.maxSteps = 2'000'000'000;
        dialog.setSettings(s);
        dialog.show();
        QCoreApplication::processEvents();
        EXPECT_TRUE(dialog.grab().save(dir + QStringLiteral("/run_settings_%1.png").arg(code)));
    }
    languages.setLanguage(QStringLiteral("en"), false);
    QCoreApplication::sendPostedEvents();
}

}  // namespace
}  // namespace ls::gui
