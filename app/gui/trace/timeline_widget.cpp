#include "timeline_widget.h"

#include <algorithm>

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QToolTip>
#include <QVBoxLayout>
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

double elapsedMs(const QElapsedTimer& t) { return static_cast<double>(t.nsecsElapsed()) / 1e6; }

}  // namespace

TimelineWidget::TimelineWidget(QWidget* parent)
    : QWidget(parent), plot_(new QCustomPlot(this)), lanesPlot_(nullptr), playhead_(nullptr) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
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

    plot_->addLayer(kPlayheadLayer, plot_->layer("main"), QCustomPlot::limAbove);
    plot_->layer(kPlayheadLayer)->setMode(QCPLayer::lmBuffered);
    playhead_ = new QCPItemStraightLine(plot_);
    playhead_->setLayer(kPlayheadLayer);
    playhead_->setPen(QPen(QColor(0xd0, 0x21, 0x21), 2));
    playhead_->setSelectable(false);
    playhead_->setVisible(false);

    installStateLegend(plot_);
    connect(plot_->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this](const QCPRange& r) {
        emit visibleRangeChanged(r.lower, r.upper);
    });
    connect(plot_, &QCustomPlot::beforeReplot, this, [this] { replotClock_.start(); });
    connect(plot_, &QCustomPlot::afterReplot, this, [this] { lastReplotMs_ = elapsedMs(replotClock_); });
    retranslateUi();
}

TimelineWidget::~TimelineWidget() = default;

void TimelineWidget::setModel(PlaybackModel* model) {
    if (model_) disconnect(model_, nullptr, this, nullptr);
    model_ = model;
    if (model_) connect(model_, &PlaybackModel::positionChanged, this, &TimelineWidget::updatePlayhead);
    retranslateUi();
    rebuild();
    fitAll();
}

void TimelineWidget::rebuild() {
    lanes_ = model_ ? std::make_shared<TimelineLanes>(*model_) : std::make_shared<TimelineLanes>();
    lanesPlot_->setLanes(lanes_);
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(plot_->yAxis->ticker());
    ticker->clear();
    const auto& lanes = lanes_->lanes();
    for (size_t i = 0; i < lanes.size(); ++i) ticker->addTick(static_cast<double>(i), lanes[i].label);
    plot_->yAxis->setRange(-0.5 - 0.25, static_cast<double>(lanes.size()) - 0.5);
    playhead_->setVisible(model_ != nullptr);
    updateGeometry();
    updatePlayhead();
    replotAll();
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
    if (lanes_) {
        for (const Lane& lane : lanes_->lanes()) labels.append(lane.label);
    }
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

// Enough height that lane labels do not overlap (a long list of tasks needs a scroll area).
QSize TimelineWidget::minimumSizeHint() const {
    const int legendRows = plot_->legend ? plot_->legend->rowCount() : 0;
    return QSize(300, std::clamp(70 + legendRows * 20 + laneCount() * 20, 160, 440));
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
        default: break;
    }
    return QWidget::eventFilter(watched, event);
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
    if (const AwaitMarker* marker = lanesPlot_->markerNear(pos, 6, &lane)) {
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
                       .arg(lanes_->lanes()[static_cast<size_t>(lane)].label, LoopNarrator::barStateName(bar->state),
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
        if (model_) {
            const QCPRange range = plot_->xAxis->range();
            rebuild();  // lane labels and marker texts are in the language too
            plot_->xAxis->setRange(range);
            replotAll();
        }
    }
    QWidget::changeEvent(event);
}

}  // namespace ls::gui
