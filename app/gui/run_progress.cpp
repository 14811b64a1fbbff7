#include "run_progress.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

#include "program_runner.h"

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

void RunProgress::onStarted() {
    timer_->start();
}

void RunProgress::onFinished() {
    // A queued run may start right away (started() already restarted the timer then).
    if (runner_.isRunning()) return;
    timer_->stop();
    hide();
}

void RunProgress::tick() {
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
