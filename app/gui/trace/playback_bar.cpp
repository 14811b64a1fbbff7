#include "playback_bar.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

#include "playback_model.h"

namespace ls::gui {

PlaybackBar::PlaybackBar(QWidget* parent)
    : QWidget(parent),
      toStart_(new QAction(style()->standardIcon(QStyle::SP_MediaSkipBackward), QString(), this)),
      switchBack_(new QAction(style()->standardIcon(QStyle::SP_MediaSeekBackward), QString(), this)),
      stepBack_(new QAction(style()->standardIcon(QStyle::SP_ArrowLeft), QString(), this)),
      play_(new QAction(style()->standardIcon(QStyle::SP_MediaPlay), QString(), this)),
      stepForward_(new QAction(style()->standardIcon(QStyle::SP_ArrowRight), QString(), this)),
      switchForward_(new QAction(style()->standardIcon(QStyle::SP_MediaSeekForward), QString(), this)),
      toEnd_(new QAction(style()->standardIcon(QStyle::SP_MediaSkipForward), QString(), this)),
      speed_(new QComboBox),
      speedLabel_(new QLabel),
      time_(new QLabel),
      slider_(new QSlider(Qt::Horizontal)) {
    toStart_->setShortcut(Qt::Key_Home);
    switchBack_->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Left));
    stepBack_->setShortcut(Qt::Key_Left);
    play_->setShortcut(Qt::Key_Space);
    stepForward_->setShortcut(Qt::Key_Right);
    switchForward_->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Right));
    toEnd_->setShortcut(Qt::Key_End);
    for (QAction* a : {toStart_, switchBack_, stepBack_, play_, stepForward_, switchForward_, toEnd_}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    connect(toStart_, &QAction::triggered, this, [this] { if (model_) model_->toStart(); });
    connect(toEnd_, &QAction::triggered, this, [this] { if (model_) model_->toEnd(); });
    connect(play_, &QAction::triggered, this, [this] { if (model_) model_->togglePlay(); });
    connect(stepBack_, &QAction::triggered, this, [this] { if (model_) model_->stepBack(); });
    connect(stepForward_, &QAction::triggered, this, [this] { if (model_) model_->stepForward(); });
    connect(switchBack_, &QAction::triggered, this,
            [this] { if (model_) model_->stepBack(PlaybackModel::StepUnit::TaskSwitch); });
    connect(switchForward_, &QAction::triggered, this,
            [this] { if (model_) model_->stepForward(PlaybackModel::StepUnit::TaskSwitch); });

    for (double s : PlaybackModel::speeds()) speed_->addItem(QStringLiteral("%1×").arg(s), s);
    speed_->setCurrentIndex(static_cast<int>(PlaybackModel::speeds().indexOf(1.0)));
    connect(speed_, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (model_ && i >= 0) model_->setSpeed(speed_->itemData(i).toDouble());
    });
    connect(slider_, &QSlider::valueChanged, this, [this](int v) {
        if (model_ && static_cast<uint32_t>(v) != model_->position()) model_->seek(static_cast<uint32_t>(v));
    });
    time_->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000.000 min / 0000.000 min")));
    time_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    for (QAction* a : {toStart_, switchBack_, stepBack_, play_, stepForward_, switchForward_, toEnd_}) {
        layout->addWidget(buttonFor(a));
    }
    layout->addWidget(slider_, 1);
    layout->addWidget(time_);
    layout->addWidget(speedLabel_);
    layout->addWidget(speed_);
    retranslateUi();
    sync();
}

QToolButton* PlaybackBar::buttonFor(QAction* action) {
    auto* button = new QToolButton;
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus);  // Space must reach the play action, not press a button
    return button;
}

void PlaybackBar::installShortcuts(QWidget* scope) {
    scope->addActions({toStart_, switchBack_, stepBack_, play_, stepForward_, switchForward_, toEnd_});
}

void PlaybackBar::setModel(PlaybackModel* model) {
    if (model_) disconnect(model_, nullptr, this, nullptr);
    model_ = model;
    if (model_) {
        connect(model_, &PlaybackModel::positionChanged, this, &PlaybackBar::sync);
        connect(model_, &PlaybackModel::playingChanged, this, &PlaybackBar::sync);
        connect(model_, &PlaybackModel::speedChanged, this, &PlaybackBar::sync);
    }
    sync();
}

QString PlaybackBar::timeText() const { return time_->text(); }

QString PlaybackBar::detailNote() const { return detailNote_; }

// No room in the bar for another label: the readout changes colour and the tooltips explain.
void PlaybackBar::updateDetailNote(bool force) {
    QString note;
    if (model_ && model_->trace().lines_truncated && model_->position() > 0 && model_->time() >= model_->trace().lines_until) {
        note = tr("No statement detail after %1: the trace's event budget ran short, so from there on it keeps "
                  "task switches, timers and output but not each statement, and a step goes one event forward or back.")
                   .arg(model_->formatTime(model_->trace().lines_until));
    }
    if (note == detailNote_ && !force) return;
    detailNote_ = note;
    time_->setStyleSheet(note.isEmpty() ? QString() : QStringLiteral("color: #9a5b00;"));
    time_->setToolTip(note);
    stepBack_->setToolTip(note.isEmpty() ? tr("Back one statement (Left)") : tr("Back one event (Left)") + QLatin1Char('\n') + note);
    stepForward_->setToolTip(note.isEmpty() ? tr("Forward one statement (Right)")
                                            : tr("Forward one event (Right)") + QLatin1Char('\n') + note);
}

void PlaybackBar::sync() {
    const bool has = model_ && model_->eventCount() > 0;
    for (QAction* a : {toStart_, switchBack_, stepBack_, play_, stepForward_, switchForward_, toEnd_}) a->setEnabled(has);
    slider_->setEnabled(has);
    speed_->setEnabled(has);
    const bool playing = model_ && model_->isPlaying();
    play_->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    play_->setText(playing ? tr("Pause") : tr("Play"));
    play_->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
    updateDetailNote();
    if (!model_) {
        time_->setText(QString());
        slider_->setRange(0, 0);
        return;
    }
    const QSignalBlocker blockSlider(slider_);
    slider_->setRange(0, static_cast<int>(model_->eventCount()));
    slider_->setValue(static_cast<int>(model_->position()));
    //: the playhead's virtual time / the run's total
    time_->setText(tr("%1 / %2").arg(model_->formatTime(model_->time()), model_->formatTime(model_->totalTime())));
    const int index = static_cast<int>(PlaybackModel::speeds().indexOf(model_->speed()));
    if (index >= 0 && index != speed_->currentIndex()) {
        const QSignalBlocker blockSpeed(speed_);
        speed_->setCurrentIndex(index);
    }
}

void PlaybackBar::retranslateUi() {
    toStart_->setText(tr("To Start"));
    toStart_->setToolTip(tr("Go to the start (Home)"));
    switchBack_->setText(tr("Previous Task Switch"));
    switchBack_->setToolTip(tr("Back to the previous task switch (Shift+Left)"));
    stepBack_->setText(tr("Step Back"));
    stepForward_->setText(tr("Step Forward"));
    updateDetailNote(true);  // the step buttons' tooltips
    switchForward_->setText(tr("Next Task Switch"));
    switchForward_->setToolTip(tr("Forward to the next task switch (Shift+Right)"));
    toEnd_->setText(tr("To End"));
    toEnd_->setToolTip(tr("Go to the end (End)"));
    speedLabel_->setText(tr("Speed:"));
    speed_->setToolTip(tr("Playback speed"));
    slider_->setToolTip(tr("Drag to move through the run"));
    sync();
}

void PlaybackBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace ls::gui
