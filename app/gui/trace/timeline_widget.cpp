#include "timeline_widget.h"

#include <algorithm>

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLocale>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QToolTip>
#include <QWheelEvent>
#include <qcustomplot.h>

#include "lanes_plottable.h"
#include "loop_narrator.h"
#include "playback_model.h"
#include "timeline_legend.h"
#include "timeline_lanes.h"

namespace ls::gui {
namespace {

const char kPlayheadLayer[] = "playhead";
constexpr double kZoomStep = 1.5;
constexpr int kLaneHeightPx = 26;
constexpr int kWheelStep = 120;  // one notch of a mouse wheel (QWheelEvent::angleDelta)
constexpr double kTopRoomLanes = 0.25;  // above the first lane: room for its await markers
constexpr double kNoDetailStripPx = 6;  // height of the strip marking time without statement detail

double elapsedMs(const QElapsedTimer& t) { return static_cast<double>(t.nsecsElapsed()) / 1e6; }

}  // namespace

TimelineWidget::TimelineWidget(QWidget* parent)
    : QWidget(parent),
      plot_(new QCustomPlot(this)),
      lanesPlot_(nullptr),
      playhead_(nullptr),
      unrecorded_(nullptr),
      unrecordedLabel_(nullptr),
      noDetail_(nullptr),
      noDetailLabel_(nullptr),
      laneScroll_(new QScrollBar(Qt::Vertical, this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(plot_, 1);
    layout->addWidget(laneScroll_);
    laneScroll_->hide();
    laneScroll_->setFocusPolicy(Qt::NoFocus);
    connect(laneScroll_, &QScrollBar::valueChanged, this, [this](int value) {
        if (value == firstLane_) return;
        firstLane_ = value;
        updateLaneWindow();
        replotAll();
    });
    setFocusPolicy(Qt::StrongFocus);
    plot_->setFocusProxy(this);

    plot_->setAutoAddPlottableToLegend(false);
    plot_->setNoAntialiasingOnDrag(true);
    plot_->setInteractions(QCP::iRangeZoom);
    plot_->axisRect()->setRangeZoom(Qt::Horizontal);
    plot_->axisRect()->setRangeZoomFactor(1.0 / 1.25);
    plot_->setMouseTracking(true);
    plot_->installEventFilter(this);

    plot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText));
    plot_->yAxis->setRangeReversed(true);
    plot_->yAxis->grid()->setVisible(false);
    plot_->yAxis->setTickLength(0, 0);
    plot_->yAxis->setSubTickLength(0, 0);
    plot_->xAxis->grid()->setPen(QPen(QColor(0xe4, 0xe4, 0xe4), 1, Qt::DotLine));

    lanesPlot_ = new LanesPlottable(plot_->xAxis, plot_->yAxis);
    // Drawn over the bars (created after them on the same layer): hatched, so the bars the
    // replay had to leave open past the last recorded event read as unknown.
    unrecorded_ = new QCPItemRect(plot_);
    unrecorded_->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    unrecorded_->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    unrecorded_->setPen(Qt::NoPen);
    unrecorded_->setBrush(QBrush(QColor(0x88, 0x88, 0x88, 0x90), Qt::BDiagPattern));
    unrecorded_->setSelectable(false);
    unrecorded_->setVisible(false);
    unrecordedLabel_ = new QCPItemText(plot_);
    unrecordedLabel_->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    unrecordedLabel_->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    unrecordedLabel_->setPadding(QMargins(4, 2, 4, 2));
    unrecordedLabel_->setBrush(QColor(0xff, 0xff, 0xff, 0xe0));
    unrecordedLabel_->setClipToAxisRect(true);
    unrecordedLabel_->setSelectable(false);
    unrecordedLabel_->setVisible(false);
    // Statement detail given up: light, along the time axis, a few pixels high (the lanes above it
    // are complete, so they must not look unknown).
    noDetail_ = new QCPItemRect(plot_);
    noDetail_->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    noDetail_->topLeft->setCoords(0, 1);
    noDetail_->bottomRight->setTypeY(QCPItemPosition::ptAbsolute);
    noDetail_->bottomRight->setParentAnchorY(noDetail_->topLeft);  // y: pixels above the axis
    noDetail_->setPen(Qt::NoPen);
    noDetail_->setBrush(QBrush(QColor(0x88, 0x88, 0x88, 0xb0), Qt::BDiagPattern));
    noDetail_->setSelectable(false);
    noDetail_->setVisible(false);
    noDetailLabel_ = new QCPItemText(plot_);
    noDetailLabel_->position->setTypeY(QCPItemPosition::ptAbsolute);
    noDetailLabel_->position->setParentAnchorY(noDetail_->topLeft);  // just above the strip
    noDetailLabel_->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    noDetailLabel_->setTextAlignment(Qt::AlignLeft);
    noDetailLabel_->setPadding(QMargins(4, 1, 4, 1));
    noDetailLabel_->setColor(QColor(0x44, 0x44, 0x44));
    noDetailLabel_->setBrush(QColor(0xff, 0xff, 0xff, 0xd0));
    noDetailLabel_->setClipToAxisRect(true);
    noDetailLabel_->setSelectable(false);
    noDetailLabel_->setVisible(false);

    plot_->addLayer(kPlayheadLayer, plot_->layer("main"), QCustomPlot::limAbove);
    plot_->layer(kPlayheadLayer)->setMode(QCPLayer::lmBuffered);
    playhead_ = new QCPItemStraightLine(plot_);
    playhead_->setLayer(kPlayheadLayer);
    playhead_->setPen(QPen(QColor(0xd0, 0x21, 0x21), 2));
    playhead_->setSelectable(false);
    playhead_->setVisible(false);

    installStateLegend(plot_);
    connect(plot_->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this](const QCPRange& r) {
        placeNoteLabels();
        emit visibleRangeChanged(r.lower, r.upper);
    });
    // The lane window depends on the axis rect's height, which the plot's layout sets during a
    // replot, after the axis ticks are computed. So the window is fitted before each replot to the
    // height the last layout gave (ticks and lanes then always agree), and when a layout changes
    // that height the plot is drawn once more.
    connect(plot_, &QCustomPlot::beforeReplot, this, [this] {
        replotClock_.start();
        const int fitting = lanesFittingHeight();
        if (fitting == lanesFitting_) return;
        lanesFitting_ = fitting;
        updateLaneWindow();
    });
    connect(plot_, &QCustomPlot::afterLayout, this, [this] {
        if (lanesFittingHeight() != lanesFitting_) plot_->replot(QCustomPlot::rpQueuedReplot);
    });
    connect(plot_, &QCustomPlot::afterReplot, this, [this] { lastReplotMs_ = elapsedMs(replotClock_); });
    retranslateUi();
}

TimelineWidget::~TimelineWidget() = default;

void TimelineWidget::setModel(PlaybackModel* model, std::shared_ptr<const TimelineLanes> lanes) {
    if (model_) disconnect(model_, nullptr, this, nullptr);
    model_ = model;
    if (model_) connect(model_, &PlaybackModel::positionChanged, this, &TimelineWidget::updatePlayhead);
    if (!model_) lanes_ = std::make_shared<const TimelineLanes>();
    else lanes_ = lanes ? std::move(lanes) : std::make_shared<const TimelineLanes>(*model_);
    lanesPlot_->setLanes(lanes_);
    firstLane_ = 0;
    retranslateUi();
    rebuild();
    fitAll();
}

// Shows the lanes (already built) in the current language, from the first lane. Labels are
// worded only for the lanes in view: a run may have hundreds of thousands of tasks.
void TimelineWidget::rebuild() {
    playhead_->setVisible(model_ != nullptr);
    const bool truncated = model_ && model_->trace().truncated;
    unrecorded_->setVisible(truncated);
    unrecordedLabel_->setVisible(truncated);
    if (truncated) {
        const double from = recordedEnd(), to = std::max(from, lanes_->endTime());
        unrecorded_->topLeft->setCoords(from, 0);
        unrecorded_->bottomRight->setCoords(to, 1);
        unrecordedLabel_->position->setCoords(from, 0);
        unrecordedLabel_->setText(tr("Not recorded after %1: the trace keeps the first %2 events")
                                      .arg(model_->formatTime(from), QLocale().toString(model_->eventCount())));
    }
    const double detailEnd = statementDetailEnd();
    noDetail_->setVisible(detailEnd >= 0);
    if (detailEnd >= 0) {
        noDetail_->topLeft->setCoords(detailEnd, 1);
        noDetail_->bottomRight->setCoords(std::max(detailEnd, truncated ? recordedEnd() : lanes_->endTime()), -kNoDetailStripPx);
    }
    const QString note = detailNote();
    noDetailLabel_->setVisible(!note.isEmpty());
    noDetailLabel_->setText(note);
    placeNoteLabels();
    updateLaneWindow();
    updateGeometry();
    updatePlayhead();
    replotAll();
}

QString TimelineWidget::laneLabel(int lane) const {
    const Lane& l = lanes_->lanes()[static_cast<size_t>(lane)];
    return model_ ? TimelineLanes::labelFor(l, *model_) : l.label;
}

double TimelineWidget::recordedEnd() const {
    if (!model_ || model_->trace().events.empty()) return lanes_ ? lanes_->endTime() : 0;
    return model_->trace().truncated ? model_->trace().events.back().time : lanes_->endTime();
}

namespace {
QPair<double, double> spanOf(const QCPItemRect* rect) {
    if (!rect->visible()) return {-1, -1};
    return {rect->topLeft->coords().x(), rect->bottomRight->coords().x()};
}
}  // namespace

QPair<double, double> TimelineWidget::unrecordedSpan() const { return spanOf(unrecorded_); }
QPair<double, double> TimelineWidget::noDetailSpan() const { return spanOf(noDetail_); }

double TimelineWidget::statementDetailEnd() const {
    return model_ && model_->trace().lines_truncated ? model_->trace().lines_until : -1;
}

QString TimelineWidget::detailNote() const {
    if (!model_) return {};
    const ls::Trace& t = model_->trace();
    QStringList lines;
    if (t.lines_truncated) lines << tr("Statement detail up to %1, then steps go by event").arg(model_->formatTime(t.lines_until));
    if (t.elided_yields > 0) {
        const QString count = QLocale().toString(static_cast<qulonglong>(t.elided_yields));
        //: %1: how many. sleep(0) is Python code: keep it as it is
        if (t.lines_truncated) lines << tr("%1 sleep(0) turns that resumed at once are not drawn").arg(count);
        //: %1: a virtual time; %2: how many. sleep(0) is Python code: keep it as it is
        else lines << tr("From %1: %2 sleep(0) turns that resumed at once are not drawn").arg(model_->formatTime(t.elided_yields_from), count);
    }
    return lines.join(QLatin1Char('\n'));
}

QString TimelineWidget::detailNoteExplained() const {
    if (!model_ || detailNote().isEmpty()) return {};
    const ls::Trace& t = model_->trace();
    QString text = tr("The trace's event budget ran short, so it gave up detail before structure: every task switch, "
                      "timer, wake-up and print is drawn to the end of the run.");
    if (t.lines_truncated) {
        text += QLatin1Char('\n') + tr("Each statement is recorded only up to %1 (the hatched strip along the time axis "
                                      "marks the rest); after it, stepping goes one event at a time.")
                                       .arg(model_->formatTime(t.lines_until));
    }
    if (t.elided_yields > 0) {
        text += QLatin1Char('\n') + tr("From %1 on, a task that awaited sleep(0) and was resumed at once, no other task "
                                      "being ready, is counted rather than drawn (%2 times): on the timeline such a "
                                      "turn has no width.")
                                       .arg(model_->formatTime(t.elided_yields_from),
                                            QLocale().toString(static_cast<qulonglong>(t.elided_yields)));
    }
    return text;
}

void TimelineWidget::placeNoteLabels() {
    const double left = plot_->xAxis->range().lower;
    if (unrecordedLabel_->visible()) unrecordedLabel_->position->setCoords(std::max(recordedEnd(), left), 0);
    if (noDetailLabel_->visible() && model_) {
        const ls::Trace& t = model_->trace();
        const double from = t.lines_truncated ? t.lines_until : t.elided_yields_from;
        noDetailLabel_->position->setCoords(std::max(from, left), t.lines_truncated ? -kNoDetailStripPx - 1 : 0);
    }
}

int TimelineWidget::lanesFittingHeight() const {
    // Hidden (not laid out, or exported off screen): every lane.
    return plot_->isVisible() ? std::max(1, plot_->axisRect()->height() / kMinLaneHeightPx) : 0;
}

int TimelineWidget::visibleLaneCount() const {
    const int n = laneCount();
    return lanesFitting_ > 0 ? std::min(n, lanesFitting_) : n;
}

void TimelineWidget::scrollToLane(int lane) {
    laneScroll_->setValue(std::clamp(lane, 0, std::max(0, laneCount() - visibleLaneCount())));
}

// The value axis shows lanes [first, first + visible); only their labels are ticks (a trace with
// a hundred thousand tasks must not build a hundred thousand tick labels per frame).
void TimelineWidget::updateLaneWindow() {
    const int n = laneCount();
    const int visible = visibleLaneCount();
    const int maxFirst = std::max(0, n - visible);
    firstLane_ = std::clamp(firstLane_, 0, maxFirst);
    {
        const QSignalBlocker block(laneScroll_);
        laneScroll_->setRange(0, maxFirst);
        laneScroll_->setPageStep(std::max(1, visible));
        laneScroll_->setSingleStep(1);
        laneScroll_->setValue(firstLane_);
    }
    laneScroll_->setVisible(maxFirst > 0);
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(plot_->yAxis->ticker());
    ticker->clear();
    for (int i = firstLane_; i < firstLane_ + visible && i < n; ++i) {
        ticker->addTick(static_cast<double>(i), laneLabel(i));
    }
    const double first = firstLane_;
    plot_->yAxis->setRange(first - 0.5 - kTopRoomLanes, first + std::max(1, visible) - 0.5);
}

void TimelineWidget::retranslateUi() {
    const QString unit = model_ ? model_->unitSymbol() : LoopNarrator::unitSymbol(QStringLiteral("s"));
    plot_->xAxis->setLabel(tr("virtual time (%1)").arg(unit));
    installStateLegend(plot_);
    setToolTip(QString());
    setAccessibleName(tr("Timeline"));
}

int TimelineWidget::laneCount() const { return lanes_ ? static_cast<int>(lanes_->lanes().size()) : 0; }

QStringList TimelineWidget::laneLabels() const {
    QStringList labels;
    for (int i = 0; i < laneCount(); ++i) labels.append(laneLabel(i));
    return labels;
}

double TimelineWidget::visibleStart() const { return plot_->xAxis->range().lower; }
double TimelineWidget::visibleEnd() const { return plot_->xAxis->range().upper; }

void TimelineWidget::setVisibleRange(double start, double end) {
    if (end <= start) return;
    if (plot_->xAxis->range() == QCPRange(start, end)) return;
    plot_->xAxis->setRange(start, end);
    replotAll();
}

QSize TimelineWidget::sizeHint() const { return QSize(800, std::clamp(90 + laneCount() * kLaneHeightPx, 160, 600)); }

// Room for a few lanes at their minimum height; more lanes than fit scroll.
QSize TimelineWidget::minimumSizeHint() const {
    const int legendRows = plot_->legend ? plot_->legend->rowCount() : 0;
    return QSize(300, std::clamp(70 + legendRows * 20 + std::min(laneCount(), 6) * kMinLaneHeightPx, 160, 440));
}

void TimelineWidget::replotAll() {
    plot_->replot();
}

void TimelineWidget::updatePlayhead() {
    if (!model_) return;
    const double t = model_->time();
    playhead_->point1->setCoords(t, 0);
    playhead_->point2->setCoords(t, 1);
    QElapsedTimer clock;
    clock.start();
    plot_->layer(kPlayheadLayer)->replot();
    lastPlayheadMs_ = elapsedMs(clock);
}

// ---- zoom and pan -----------------------------------------------------------------------------

void TimelineWidget::fitAll() {
    const double end = lanes_ && lanes_->endTime() > 0 ? lanes_->endTime() : 1.0;
    const double margin = end * 0.02;
    plot_->xAxis->setRange(-margin, end + margin);
    replotAll();
}

void TimelineWidget::zoomAround(double factor, double centre) {
    plot_->xAxis->scaleRange(factor, centre);
    replotAll();
}

void TimelineWidget::zoomIn() {
    const double centre = model_ ? model_->time() : plot_->xAxis->range().center();
    const QCPRange r = plot_->xAxis->range();
    zoomAround(1.0 / kZoomStep, r.contains(centre) ? centre : r.center());
}

void TimelineWidget::zoomOut() { zoomAround(kZoomStep, plot_->xAxis->range().center()); }

void TimelineWidget::panBy(double fraction) {
    plot_->xAxis->moveRange(plot_->xAxis->range().size() * fraction);
    replotAll();
}

bool TimelineWidget::event(QEvent* event) {
    // With the timeline focused, its keys zoom and pan rather than trigger window shortcuts.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
            case Qt::Key_Plus:
            case Qt::Key_Equal:
            case Qt::Key_Minus:
            case Qt::Key_0:
            case Qt::Key_Left:
            case Qt::Key_Right:
            case Qt::Key_Up:
            case Qt::Key_Down:
            case Qt::Key_PageUp:
            case Qt::Key_PageDown:
                if (!(key->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier)) ||
                    key->key() == Qt::Key_Plus) {
                    event->accept();
                    return true;
                }
                break;
            default: break;
        }
    }
    return QWidget::event(event);
}

void TimelineWidget::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal: zoomIn(); break;
        case Qt::Key_Minus: zoomOut(); break;
        case Qt::Key_0: fitAll(); break;
        case Qt::Key_Left: panBy(-0.2); break;
        case Qt::Key_Right: panBy(0.2); break;
        case Qt::Key_Up: scrollToLane(firstLane_ - 1); break;
        case Qt::Key_Down: scrollToLane(firstLane_ + 1); break;
        case Qt::Key_PageUp: scrollToLane(firstLane_ - std::max(1, visibleLaneCount() - 1)); break;
        case Qt::Key_PageDown: scrollToLane(firstLane_ + std::max(1, visibleLaneCount() - 1)); break;
        default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

bool TimelineWidget::eventFilter(QObject* watched, QEvent* event) {
    if (watched != plot_) return QWidget::eventFilter(watched, event);
    switch (event->type()) {
        case QEvent::MouseButtonPress: {
            auto* mouse = static_cast<QMouseEvent*>(event);
            if (!plot_->axisRect()->rect().contains(mouse->position().toPoint())) break;
            setFocus(Qt::MouseFocusReason);
            const bool pan = mouse->button() == Qt::RightButton || mouse->button() == Qt::MiddleButton ||
                             (mouse->button() == Qt::LeftButton && (mouse->modifiers() & Qt::ShiftModifier));
            if (pan) {
                drag_ = Drag::Pan;
                dragStartX_ = mouse->position().toPoint().x();
                dragStartLower_ = plot_->xAxis->range().lower;
                dragStartUpper_ = plot_->xAxis->range().upper;
            } else if (mouse->button() == Qt::LeftButton) {
                drag_ = Drag::Scrub;
                scrubTo(mouse);
            }
            return true;
        }
        case QEvent::MouseMove: {
            auto* mouse = static_cast<QMouseEvent*>(event);
            if (drag_ == Drag::Scrub) {
                scrubTo(mouse);
                return true;
            }
            if (drag_ == Drag::Pan) {
                const double perPixel = (dragStartUpper_ - dragStartLower_) / std::max(1, plot_->axisRect()->width());
                const double shift = (mouse->position().toPoint().x() - dragStartX_) * perPixel;
                plot_->xAxis->setRange(dragStartLower_ - shift, dragStartUpper_ - shift);
                replotAll();
                return true;
            }
            showToolTip(mouse);
            break;
        }
        case QEvent::MouseButtonRelease:
            if (drag_ != Drag::None) {
                drag_ = Drag::None;
                return true;
            }
            break;
        case QEvent::ContextMenu:
            return true;  // the right button pans
        case QEvent::Wheel:
            // Shift+wheel scrolls the lanes; the plain wheel zooms the time axis (QCustomPlot).
            if (scrollLanesByWheel(static_cast<QWheelEvent*>(event))) return true;
            break;
        default: break;
    }
    return QWidget::eventFilter(watched, event);
}

bool TimelineWidget::scrollLanesByWheel(const QWheelEvent* wheel) {
    if (!(wheel->modifiers() & Qt::ShiftModifier)) return false;
    // With Shift some platforms turn the vertical wheel into a horizontal one.
    const QPoint angle = wheel->angleDelta();
    const int delta = angle.y() != 0 ? angle.y() : angle.x();
    wheelRemainder_ += delta;
    const int notches = wheelRemainder_ / kWheelStep;  // a touchpad sends small steps: add them up
    wheelRemainder_ -= notches * kWheelStep;
    if (notches != 0) scrollToLane(firstLane_ - notches * 3);
    return true;
}

void TimelineWidget::scrubTo(const QMouseEvent* mouse) {
    const double t = std::max(0.0, plot_->xAxis->pixelToCoord(mouse->position().x()));
    if (model_) model_->seekTime(t);
    emit seekRequested(t);
}

void TimelineWidget::showToolTip(const QMouseEvent* mouse) {
    if (!lanes_ || !plot_->axisRect()->rect().contains(mouse->position().toPoint())) {
        QToolTip::hideText();
        return;
    }
    const QPointF pos = mouse->position();
    int lane = -1;
    QString text;
    const double fromNote = noDetailLabel_->visible() ? noDetailLabel_->selectTest(pos, false) : -1;  // 0 inside
    if (fromNote >= 0 && fromNote < 1) {
        text = detailNoteExplained();
    } else if (const AwaitMarker* marker = lanesPlot_->markerNear(pos, 6, &lane)) {
        const QString awaited = model_ ? LoopNarrator::awaitedText(model_->trace().events[marker->event].detail) : QString();
        text = tr("Line %1: await — waits for %2").arg(marker->line).arg(awaited);
        if (model_) {
            const QString code = model_->sourceLine(marker->line);
            if (!code.isEmpty()) text += QLatin1Char('\n') + code;
        }
    } else {
        lane = lanesPlot_->laneAtPixel(pos.y());
        const double t = plot_->xAxis->pixelToCoord(pos.x());
        if (const LaneBar* bar = lanes_->barAt(lane, t)) {
            const auto fmt = [this](double v) { return model_ ? model_->formatTime(v) : QString::number(v); };
            text = tr("%1: %2, %3 – %4")
                       .arg(laneLabel(lane), LoopNarrator::barStateName(bar->state),
                            fmt(bar->start), fmt(bar->end));
        }
    }
    if (text.isEmpty()) QToolTip::hideText();
    else QToolTip::showText(mouse->globalPosition().toPoint(), text, plot_);
}

void TimelineWidget::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitStateLegend(plot_, width());  // the plot relayouts itself on its own resize
}

void TimelineWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (model_) rebuild();  // lane labels are in the language too; the lanes themselves stay
    }
    QWidget::changeEvent(event);
}

}  // namespace ls::gui
