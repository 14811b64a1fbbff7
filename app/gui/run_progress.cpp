#include "run_progress.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

#include "program_runner.h"
#include "trace/trace_preparer.h"

namespace ls::gui {
namespace {
constexpr int kTickMs = 100;
}

RunProgress::RunProgress(ProgramRunner& runner, QWidget* parent)
    : QWidget(parent),
      runner_(runner),
      bar_(new QProgressBar),
      elapsed_(new QLabel),
      cancel_(new QToolButton),
      timer_(new QTimer(this)) {
    // The engine cannot say how far along a program is (it may never end), so the bar is busy
    // rather than a percentage; the elapsed time says that something is happening.
    bar_->setRange(0, 0);
    bar_->setMaximumWidth(120);
    bar_->setMaximumHeight(14);
    bar_->setTextVisible(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar_);
    layout->addWidget(elapsed_);
    layout->addWidget(cancel_);
    cancel_->setAutoRaise(true);
    connect(cancel_, &QToolButton::clicked, this, &RunProgress::cancelRequested);
    connect(timer_, &QTimer::timeout, this, &RunProgress::tick);
    connect(&runner_, &ProgramRunner::started, this, &RunProgress::onStarted);
    connect(&runner_, &ProgramRunner::finished, this, &RunProgress::onFinished);
    timer_->setInterval(kTickMs);
    retranslateUi();
    hide();
}

void RunProgress::watchPreparation(TracePreparer& preparer) {
    connect(&preparer, &TracePreparer::stageChanged, this,
            [this](TracePreparer::Stage stage) { onPreparationStage(static_cast<int>(stage)); });
    connect(&preparer, &TracePreparer::prepared, this, &RunProgress::onPrepared);
    connect(&preparer, &TracePreparer::abandoned, this, &RunProgress::onPrepared);
}

void RunProgress::onStarted() {
    stage_ = -1;
    cancel_->show();
    timer_->start();
}

void RunProgress::onFinished() {
    // A queued run may start right away (started() already restarted the timer then), or the
    // trace is being prepared (the stage arrived first).
    if (runner_.isRunning() || stage_ >= 0) return;
    timer_->stop();
    hide();
}

void RunProgress::onPreparationStage(int stage) {
    if (stage_ < 0) preparing_.start();
    stage_ = stage;
    cancel_->hide();  // the run is over; what remains cannot be cancelled and ends soon
    if (!timer_->isActive()) timer_->start();
    tick();
}

void RunProgress::onPrepared() {
    stage_ = -1;
    if (runner_.isRunning()) return;
    timer_->stop();
    hide();
}

QString RunProgress::text() const { return elapsed_->text(); }

void RunProgress::tick() {
    if (stage_ >= 0 && !runner_.isRunning()) {
        const qint64 ms = preparing_.elapsed();
        if (ms < kShowAfterMs) return;
        const QString seconds = QLocale().toString(ms / 1000.0, 'f', 1);
        // Two stages: the playback indexes, then the timeline's lanes.
        elapsed_->setText(stage_ == static_cast<int>(TracePreparer::Stage::Indexing)
                              ? tr("Indexing the trace (step 1 of 2)… %1 s").arg(seconds)
                              : tr("Laying out the timeline (step 2 of 2)… %1 s").arg(seconds));
        show();
        return;
    }
    const qint64 ms = runner_.elapsedMilliseconds();
    if (ms < kShowAfterMs) return;
    elapsed_->setText(tr("Running… %1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1)));
    show();
}

void RunProgress::retranslateUi() {
    cancel_->setText(tr("Cancel"));
    cancel_->setToolTip(tr("Stop the running program (Esc)"));
}

void RunProgress::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace ls::gui
