#include "compare_view.h"

#include <QEvent>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "lanes_plottable.h"
#include "loop_narrator.h"
#include "playback_model.h"
#include "timeline_lanes.h"
#include "timeline_legend.h"

namespace ls::gui {
namespace {
constexpr int kLaneHeightPx = 22;
}

CompareView::CompareView(QWidget* parent) : QWidget(parent), plot_(nullptr) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    rebuild();
}

CompareView::~CompareView() = default;

void CompareView::setRuns(const QList<CompareRun>& runs) {
    runs_.clear();
    for (const CompareRun& run : runs) {
        Row row;
        row.run = run;
        row.model = std::make_unique<PlaybackModel>(run.trace, run.source);
        runs_.push_back(std::move(row));
    }
    rebuild();
}

double CompareView::totalTime(int run) const {
    if (run < 0 || run >= runCount()) return 0;
    return runs_[static_cast<size_t>(run)].model->totalTime();
}

double CompareView::speedup(int run) const {
    const double mine = totalTime(run), first = totalTime(0);
    return mine > 0 && first > 0 ? first / mine : 0;
}

QString CompareView::title(int run) const {
    if (run < 0 || run >= runCount()) return {};
    const Row& row = runs_[static_cast<size_t>(run)];
    const QString total = row.model->formatTime(totalTime(run));
    if (run == 0) return tr("%1 — %2 in total").arg(row.run.name, total);
    const double s = speedup(run);
    if (s <= 0) return tr("%1 — %2 in total (no speedup: a run took no virtual time)").arg(row.run.name, total);
    return tr("%1 — %2 in total, %3× the speed of %4")
        .arg(row.run.name, total, QString::number(s, 'f', 2), runs_.front().run.name);
}

// A new plot each time: the number of stacked axis rects changes with the runs.
void CompareView::rebuild() {
    delete plot_;
    plot_ = new QCustomPlot(this);
    layout()->addWidget(plot_);
    plot_->setAutoAddPlottableToLegend(false);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    installStateLegend(plot_);  // row 0; the default axis rect moves to row 1
    QCPLayoutGrid* grid = plot_->plotLayout();
    auto* margins = new QCPMarginGroup(plot_);
    double longest = 1;
    for (const Row& row : runs_) longest = std::max(longest, row.model->totalTime());

    int laneRows = 0;
    for (size_t i = 0; i < runs_.size(); ++i) {
        Row& row = runs_[i];
        QCPAxisRect* rect = i == 0 ? plot_->axisRect() : new QCPAxisRect(plot_);
        if (i == 0) grid->take(rect);
        grid->simplify();
        const int titleRow = grid->rowCount();
        row.title = new QCPTextElement(plot_, QString(), QFont(font().family(), font().pointSize(), QFont::Bold));
        grid->addElement(titleRow, 0, row.title);
        grid->addElement(titleRow + 1, 0, rect);
        grid->setRowStretchFactor(titleRow, 0.001);
        row.rect = rect;
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
        rect->setRangeDrag(Qt::Horizontal);
        rect->setRangeZoom(Qt::Horizontal);
        QCPAxis* x = rect->axis(QCPAxis::atBottom);
        QCPAxis* y = rect->axis(QCPAxis::atLeft);
        auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
        y->setTicker(ticker);
        y->setRangeReversed(true);
        y->grid()->setVisible(false);
        y->setTickLength(0, 0);
        y->setSubTickLength(0, 0);
        x->grid()->setPen(QPen(QColor(0xe4, 0xe4, 0xe4), 1, Qt::DotLine));
        row.lanes = new LanesPlottable(x, y);
        auto lanes = std::make_shared<TimelineLanes>(*row.model);
        for (size_t l = 0; l < lanes->lanes().size(); ++l) ticker->addTick(static_cast<double>(l), lanes->lanes()[l].label);
        const int laneCount = static_cast<int>(lanes->lanes().size());
        row.lanes->setLanes(std::move(lanes));
        y->setRange(-0.75, laneCount - 0.5);
        x->setRange(-longest * 0.02, longest * 1.02);
        grid->setRowStretchFactor(titleRow + 1, std::max(1, laneCount));
        laneRows += std::max(1, laneCount);
        connect(x, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
                [this](const QCPRange& r) { syncRanges(r.lower, r.upper); });
    }
    setMinimumHeight(60 + static_cast<int>(runs_.size()) * 50 + laneRows * kLaneHeightPx);
    retranslateUi();
}

void CompareView::syncRanges(double lower, double upper) {
    if (syncing_) return;
    syncing_ = true;
    for (Row& row : runs_) row.rect->axis(QCPAxis::atBottom)->setRange(lower, upper);
    syncing_ = false;
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void CompareView::retranslateUi() {
    installStateLegend(plot_);
    for (int i = 0; i < runCount(); ++i) {
        Row& row = runs_[static_cast<size_t>(i)];
        row.title->setText(title(i));
        // Only the bottom axis names the unit: the runs share it.
        row.rect->axis(QCPAxis::atBottom)->setLabel(i + 1 == runCount() ? tr("virtual time (%1)").arg(row.model->unitSymbol())
                                                                          : QString());
    }
    plot_->replot();
}

void CompareView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitStateLegend(plot_, width());
}

void CompareView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange && plot_) {
        // Lane labels are in the language too: rebuild them, keeping the zoom.
        const QCPRange range = runs_.empty() ? QCPRange() : runs_.front().rect->axis(QCPAxis::atBottom)->range();
        rebuild();
        if (!runs_.empty()) syncRanges(range.lower, range.upper);
    }
    QWidget::changeEvent(event);
}

}  // namespace ls::gui
