#include "run_settings_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ls::gui {
namespace {

// What a ticked box starts from: the engine's defaults, and an instruction cost that makes the
// seed's prime search take about a hundred virtual seconds.
const ls::RunLimits kDefaults;
constexpr double kSuggestedInstructionsPerSecond = 10'000'000;

struct Range {
    double min, max, initial;
};
Range rangeOf(RunSettingsDialog::Field field) {
    switch (field) {
        case RunSettingsDialog::InstructionsPerSecond: return {1, 1e12, kSuggestedInstructionsPerSecond};
        case RunSettingsDialog::MaxSteps: return {1000, 1e12, static_cast<double>(kDefaults.max_steps)};
        case RunSettingsDialog::MaxStepsWithoutAwait:
            return {1000, 1e12, static_cast<double>(kDefaults.max_steps_per_task_step)};
        case RunSettingsDialog::MaxVirtualTime: return {1, 1e9, kDefaults.max_virtual_time};
        case RunSettingsDialog::MaxTraceEvents: return {1000, 1e7, static_cast<double>(kDefaults.max_trace_events)};
        case RunSettingsDialog::FieldCount: break;
    }
    return {0, 0, 0};
}

}  // namespace

RunSettingsDialog::RunSettingsDialog(QWidget* parent)
    : QDialog(parent),
      intro_(new QLabel),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults)) {
    setObjectName(QStringLiteral("runSettingsDialog"));
    intro_->setWordWrap(true);
    auto* form = new QFormLayout;
    for (int f = 0; f < FieldCount; ++f) {
        Row& row = rows_[f];
        row.enabled = new QCheckBox;
        row.value = new QDoubleSpinBox;
        const Range range = rangeOf(static_cast<Field>(f));
        row.value->setDecimals(0);
        row.value->setRange(range.min, range.max);
        row.value->setValue(range.initial);
        row.value->setGroupSeparatorShown(true);
        row.value->setEnabled(false);
        row.value->setMinimumWidth(160);
        connect(row.enabled, &QCheckBox::toggled, row.value, &QWidget::setEnabled);
        form->addRow(row.enabled, row.value);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addLayout(form);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons_->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &RunSettingsDialog::restoreDefaults);
    retranslateUi();
}

void RunSettingsDialog::setSettings(const RunSettings& s) {
    const auto set = [this](Field f, bool on, double value) {
        rows_[f].enabled->setChecked(on);
        rows_[f].value->setValue(on ? value : rangeOf(f).initial);
    };
    set(InstructionsPerSecond, s.instructionsPerSecond.has_value(), s.instructionsPerSecond.value_or(0));
    set(MaxSteps, s.maxSteps.has_value(), static_cast<double>(s.maxSteps.value_or(0)));
    set(MaxStepsWithoutAwait, s.maxStepsWithoutAwait.has_value(), static_cast<double>(s.maxStepsWithoutAwait.value_or(0)));
    set(MaxVirtualTime, s.maxVirtualTime.has_value(), s.maxVirtualTime.value_or(0));
    set(MaxTraceEvents, s.maxTraceEvents.has_value(), static_cast<double>(s.maxTraceEvents.value_or(0)));
}

RunSettings RunSettingsDialog::settings() const {
    RunSettings s;
    const auto on = [this](Field f) { return rows_[f].enabled->isChecked(); };
    const auto count = [this](Field f) { return static_cast<uint64_t>(rows_[f].value->value()); };
    if (on(InstructionsPerSecond)) s.instructionsPerSecond = rows_[InstructionsPerSecond].value->value();
    if (on(MaxSteps)) s.maxSteps = count(MaxSteps);
    if (on(MaxStepsWithoutAwait)) s.maxStepsWithoutAwait = count(MaxStepsWithoutAwait);
    if (on(MaxVirtualTime)) s.maxVirtualTime = rows_[MaxVirtualTime].value->value();
    if (on(MaxTraceEvents)) s.maxTraceEvents = count(MaxTraceEvents);
    return s;
}

void RunSettingsDialog::restoreDefaults() { setSettings({}); }

void RunSettingsDialog::retranslateUi() {
    setWindowTitle(tr("Run Settings"));
    intro_->setText(tr("Ticked settings replace the program's own (a lesson's, or Loopscope's defaults) for "
                       "every run from now on. Unticked ones keep them."));
    rows_[InstructionsPerSecond].enabled->setText(tr("Computing takes time: instructions per second"));
    rows_[InstructionsPerSecond].enabled->setToolTip(
        tr("Without this, instructions take no virtual time: a CPU-bound program finishes at 0 s and its "
           "whole timeline sits at one instant."));
    rows_[MaxSteps].enabled->setText(tr("Stop after this many steps"));
    rows_[MaxSteps].enabled->setToolTip(tr("Bytecode instructions in the whole run (default %L1)")
                                            .arg(static_cast<qulonglong>(kDefaults.max_steps)));
    rows_[MaxStepsWithoutAwait].enabled->setText(tr("Stop a task that runs this many steps without an await"));
    rows_[MaxStepsWithoutAwait].enabled->setToolTip(
        tr("A task that never reaches an await blocks the event loop (default %L1)")
            .arg(static_cast<qulonglong>(kDefaults.max_steps_per_task_step)));
    rows_[MaxVirtualTime].enabled->setText(tr("Stop at this virtual time (seconds)"));
    rows_[MaxVirtualTime].enabled->setToolTip(tr("A program that sleeps forever ends here (default %L1 s)")
                                                  .arg(kDefaults.max_virtual_time, 0, 'f', 0));
    rows_[MaxTraceEvents].enabled->setText(tr("Record at most this many trace events"));
    rows_[MaxTraceEvents].enabled->setToolTip(
        tr("The timeline shows the recorded part; each million events needs roughly 100 MB (default %L1)")
            .arg(static_cast<qulonglong>(kDefaults.max_trace_events)));
}

void RunSettingsDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QDialog::changeEvent(event);
}

}  // namespace ls::gui
