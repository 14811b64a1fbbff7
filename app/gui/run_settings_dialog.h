// Run > Run Settings…: how the window's runs differ from the program's own settings. A student
// who opens a CPU-bound program (the seed's 3000 primes) gives instructions a cost here so that
// computing takes virtual time, and raises or lowers the budgets that stop runaway programs.
// Each setting left unticked keeps what the lesson (or the engine's default) says.
#pragma once

#include <QDialog>

#include "run_settings.h"

class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;

namespace ls::gui {

class RunSettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit RunSettingsDialog(QWidget* parent = nullptr);

    void setSettings(const RunSettings& settings);
    RunSettings settings() const;

    // One row: ticked, it replaces the program's value with the spin box's.
    struct Row {
        QCheckBox* enabled = nullptr;
        QDoubleSpinBox* value = nullptr;
    };
    enum Field { InstructionsPerSecond, MaxSteps, MaxStepsWithoutAwait, MaxVirtualTime, MaxTraceEvents, FieldCount };
    const Row& row(Field field) const { return rows_[field]; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void restoreDefaults();

    Row rows_[FieldCount];
    QLabel* intro_;
    QDialogButtonBox* buttons_;
};

}  // namespace ls::gui
