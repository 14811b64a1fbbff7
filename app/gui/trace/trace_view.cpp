#include "trace_view.h"

#include <QSplitter>
#include <QVBoxLayout>

#include "loop_panel.h"
#include "playback_bar.h"
#include "playback_model.h"
#include "program_runner.h"
#include "timeline_lanes.h"
#include "timeline_widget.h"
#include "trace_preparer.h"
#include "trace_console.h"

namespace ls::gui {

TraceView::TraceView(QWidget* parent)
    : QWidget(parent),
      timeline_(new TimelineWidget),
      bar_(new PlaybackBar),
      panel_(new LoopPanel),
      console_(new TraceConsole),
      lower_(new QSplitter(Qt::Horizontal)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(timeline_);
    lower_->addWidget(panel_);
    lower_->addWidget(console_);
    lower_->setStretchFactor(0, 1);
    lower_->setStretchFactor(1, 1);
    vertical->addWidget(lower_);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setChildrenCollapsible(false);
    layout->addWidget(bar_);
    layout->addWidget(vertical, 1);
    bar_->installShortcuts(this);
    setFocusPolicy(Qt::StrongFocus);
}

TraceView::~TraceView() = default;

void TraceView::setOutcome(const RunOutcome& outcome) {
    setTrace(outcome.trace, outcome.source, outcome.stderrText, outcome.diagnostics);
}

void TraceView::setTrace(std::shared_ptr<const ls::Trace> trace, const QString& source, const QString& stderrText,
                         std::vector<ls::Diagnostic> diagnostics) {
    auto* model = new PlaybackModel(std::move(trace), source, stderrText, this);
    model->setDiagnostics(std::move(diagnostics));
    model->toEnd();
    attach(model);
}

void TraceView::setPrepared(PreparedTrace& prepared) {
    PlaybackModel* model = prepared.model.release();
    model->setParent(this);
    attach(model, std::move(prepared.lanes));
}

void TraceView::clear() { attach(nullptr); }

void TraceView::attach(PlaybackModel* model, std::shared_ptr<const TimelineLanes> lanes) {
    PlaybackModel* old = model_;
    model_ = model;
    timeline_->setModel(model, std::move(lanes));
    bar_->setModel(model);
    panel_->setModel(model);
    console_->setModel(model);
    if (model) connect(model, &PlaybackModel::taskLinesChanged, this, &TraceView::taskLinesChanged);
    emit modelChanged(model);
    emit taskLinesChanged(model ? model->taskLines() : QList<TaskLine>());
    delete old;
}

}  // namespace ls::gui
