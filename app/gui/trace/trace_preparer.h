// Prepares a finished run's trace for its views on a worker thread: the playback model's
// indexes (checkpoints, steps, console entries) and the timeline's lanes. For a trace of millions
// of events that takes seconds; done on the GUI thread it froze the window. The GUI thread then
// only attaches the result (TraceView::setPrepared).
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include <QObject>
#include <QString>

#include "loopscope/engine.h"
#include "loopscope/trace.h"

class QThread;

namespace ls::gui {

class PlaybackModel;
class TimelineLanes;

// A trace ready to be shown: the model (its thread is the GUI thread; no parent yet) and the
// timeline's lanes built from it. The playhead is at the end.
struct PreparedTrace {
    std::unique_ptr<PlaybackModel> model;
    std::shared_ptr<const TimelineLanes> lanes;
    qint64 milliseconds = 0;  // wall time the preparation took
    ~PreparedTrace();
};

class TracePreparer : public QObject {
    Q_OBJECT

public:
    enum class Stage { Indexing, LayingOut };

    explicit TracePreparer(QObject* parent = nullptr);
    // Waits for the workers still running (their results are dropped).
    ~TracePreparer() override;

    // Starts preparing `trace`. A preparation still in progress is abandoned: its worker ends on
    // its own and its result is dropped, so only the latest request is ever delivered.
    // `diagnostics`: why Loopscope stopped the run, if it did (PlaybackModel::setDiagnostics).
    void prepare(std::shared_ptr<const ls::Trace> trace, const QString& source, const QString& stderrText,
                 std::vector<ls::Diagnostic> diagnostics = {});
    // Drops the result of the preparation in progress, if any.
    void abandon();
    bool isBusy() const { return busy_; }
    // Workers still running, including abandoned ones (they cannot be interrupted).
    int runningWorkers() const { return static_cast<int>(workers_.size()); }

signals:
    void stageChanged(ls::gui::TracePreparer::Stage stage);
    void prepared(std::shared_ptr<ls::gui::PreparedTrace> result);
    // The preparation in progress was abandoned: no result will come for it.
    void abandoned();

private:
    void onWorkerFinished(QThread* worker);

    uint64_t generation_ = 0;  // of the latest request; a worker's result with another is stale
    bool busy_ = false;
    std::vector<QThread*> workers_;
};

}  // namespace ls::gui
