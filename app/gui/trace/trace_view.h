// Everything that shows one run's trace, wired to one PlaybackModel: the timeline on top, the
// playback bar under it, the loop panel and the console side by side below. The shell embeds
// this (or the parts on their own) and gives it each finished run.
#pragma once

#include <memory>
#include <vector>

#include <QWidget>

#include "loopscope/engine.h"
#include "loopscope/trace.h"

class QSplitter;

namespace ls::gui {

struct PreparedTrace;
struct RunOutcome;
struct TaskLine;
class LoopPanel;
class PlaybackBar;
class PlaybackModel;
class TimelineLanes;
class TimelineWidget;
class TraceConsole;

class TraceView : public QWidget {
    Q_OBJECT

public:
    explicit TraceView(QWidget* parent = nullptr);
    ~TraceView() override;

    // Shows a finished run; the playhead starts at the end (the whole run is visible).
    void setTrace(std::shared_ptr<const ls::Trace> trace, const QString& source, const QString& stderrText = {},
                  std::vector<ls::Diagnostic> diagnostics = {});
    void setOutcome(const RunOutcome& outcome);
    // Shows a trace prepared off the GUI thread (TracePreparer): takes its model and lanes.
    void setPrepared(PreparedTrace& prepared);
    void clear();

    PlaybackModel* model() const { return model_; }
    TimelineWidget* timeline() const { return timeline_; }
    PlaybackBar* playbackBar() const { return bar_; }
    LoopPanel* loopPanel() const { return panel_; }
    TraceConsole* console() const { return console_; }
    QSplitter* splitter() const { return lower_; }

signals:
    // A new model (or nullptr).
    void modelChanged(ls::gui::PlaybackModel* model);
    // The current model's taskLinesChanged, forwarded (an empty list when the view is cleared):
    // the editor highlights each task's line in the task's colour.
    void taskLinesChanged(const QList<ls::gui::TaskLine>& lines);

private:
    void attach(PlaybackModel* model, std::shared_ptr<const TimelineLanes> lanes = nullptr);

    PlaybackModel* model_ = nullptr;
    TimelineWidget* timeline_;
    PlaybackBar* bar_;
    LoopPanel* panel_;
    TraceConsole* console_;
    QSplitter* lower_;
};

}  // namespace ls::gui
