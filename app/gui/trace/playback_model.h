// Playback of one trace: a playhead (how many events have happened, and the virtual time), the
// loop's state there, stepping, seeking and timed play. No widgets: the timeline, loop panel,
// console, playback bar and the shell's editor all observe one PlaybackModel.
//
// Seeking is fast because the model keeps a snapshot of the state every few hundred events
// (checkpoints) and replays at most that many events from the nearest one.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include <QColor>
#include <QList>
#include <QObject>
#include <QString>

#include "loop_state.h"
#include "loopscope/engine.h"
#include "loopscope/trace.h"
#include "trace_replayer.h"

class QTimer;

namespace ls::gui {

// A piece of output: one print() call (its text ends with its `end`), or one write to stderr.
struct ConsoleEntry {
    uint32_t position = 0;  // the entry is visible once the playhead is at or after this position
    int task = -1;          // the printing task, -1 for code outside any task
    int line = 0;
    bool isStderr = false;
    QString text;
};

// Where a task is in the source at the playhead: for the editor's per-task highlight.
struct TaskLine {
    int task = -1;          // -1: the code outside any task (the main program)
    QString label;          // "Task-2 (fetch)", as the other views name it
    int line = 0;
    TaskState state = TaskState::NotCreated;
    QColor color;
};

class PlaybackModel : public QObject {
    Q_OBJECT

public:
    enum class StepUnit { Statement, TaskSwitch };

    // The model keeps its own copy of the trace. `source` is the program's text (for the lines
    // the narration quotes); `stderrText` is what the run wrote to stderr: the parts the trace
    // records (`stderr` events) appear in step with playback, the rest when the playhead reaches the end.
    PlaybackModel(std::shared_ptr<const ls::Trace> trace, QString source = {}, QString stderrText = {},
                  QObject* parent = nullptr);
    explicit PlaybackModel(ls::Trace trace, QString source = {}, QString stderrText = {}, QObject* parent = nullptr);
    ~PlaybackModel() override;

    const ls::Trace& trace() const { return *trace_; }
    std::shared_ptr<const ls::Trace> sharedTrace() const { return trace_; }
    const TraceReplayer& replayer() const { return *replayer_; }
    const QString& source() const { return source_; }
    // The text of a source line (1-based), trimmed; empty when unknown.
    QString sourceLine(int line) const;

    // Why Loopscope stopped the run (a budget, a deadlock, Cancel), if it did: the engine's
    // diagnostics for the run, the first being the reason. The narration's last instant says so.
    void setDiagnostics(std::vector<ls::Diagnostic> diagnostics) { diagnostics_ = std::move(diagnostics); }
    const std::vector<ls::Diagnostic>& diagnostics() const { return diagnostics_; }

    // ---- the playhead -------------------------------------------------------------------
    uint32_t position() const { return state_.position; }
    uint32_t eventCount() const { return replayer_->eventCount(); }
    double time() const { return state_.time; }
    double totalTime() const;
    bool atStart() const { return position() == 0; }
    bool atEnd() const { return position() == eventCount(); }
    // The last event that happened (nullptr at the start).
    const ls::TraceEvent* currentEvent() const;

    // ---- the state at the playhead ------------------------------------------------------
    const LoopState& state() const { return state_; }
    // The state after `position` events, computed from the nearest checkpoint.
    LoopState stateAt(uint32_t position) const;
    int taskCount() const { return static_cast<int>(state_.tasks.size()); }
    TaskState taskState(int task) const;
    int taskLine(int task) const;
    int runningTask() const { return state_.running; }
    const std::deque<int>& readyQueue() const { return state_.readyQueue; }
    const std::vector<TimerSnapshot>& pendingTimers() const { return state_.timers; }
    // `task`, the task it awaits, the task that one awaits, ... (stops at a task that does not await one).
    QList<int> awaitChain(int task) const;
    // The tasks awaiting `task` directly.
    QList<int> awaitedBy(int task) const;
    // A task asyncio itself creates to close the loop (asyncio.run's _shutdown_asyncgens and
    // _shutdown_default_executor): real, but not the student's.
    bool isLoopInternal(int task) const;
    bool hasThreads() const;
    bool hasCores() const;

    // Output: every entry of the run, and how many of them the playhead has reached.
    const QList<ConsoleEntry>& consoleEntries() const { return console_; }
    int visibleConsoleEntries() const;
    // The printed text so far split into lines, each with its printing task.
    QList<QPair<int, QString>> printedLines() const;

    // One sentence, in the user's language, on what the loop is doing at the playhead.
    QString narration() const;
    // Each created task's line and colour at the playhead.
    QList<TaskLine> taskLines() const;

    // ---- words and colours shared by every view -----------------------------------------
    // "Task-2 (fetch)"; "main program" for -1.
    QString taskLabel(int task) const;
    // The thread's name ("MainThread", "Thread-1 (work)").
    QString threadLabel(int thread) const;
    // "1.5 s" / "10 min", in the trace's unit.
    QString formatTime(double time) const;
    QString unitSymbol() const;

    // ---- play ---------------------------------------------------------------------------
    bool isPlaying() const { return playing_; }
    double speed() const { return speed_; }
    static QList<double> speeds();  // 0.25x .. 16x
    // Positions a step lands on, for the slider and tests.
    uint32_t nextStop(uint32_t from, StepUnit unit) const;
    uint32_t previousStop(uint32_t from, StepUnit unit) const;
    uint32_t positionAtTime(double time) const;

public slots:
    void seek(uint32_t position);
    void seekTime(double time);
    void stepForward(ls::gui::PlaybackModel::StepUnit unit = StepUnit::Statement);
    void stepBack(ls::gui::PlaybackModel::StepUnit unit = StepUnit::Statement);
    void toStart();
    void toEnd();
    void play();
    void pause();
    void togglePlay();
    void setSpeed(double speed);

signals:
    void positionChanged(uint32_t position);
    void playingChanged(bool playing);
    void speedChanged(double speed);
    // Emitted with positionChanged, for the editor's highlight.
    void taskLinesChanged(const QList<ls::gui::TaskLine>& lines);

private:
    void buildCheckpoints();
    void buildStops();
    void buildConsole(const QString& stderrText);
    void scheduleNextFrame();
    void onFrame();

    std::shared_ptr<const ls::Trace> trace_;  // shared with the run's other views; never null
    std::unique_ptr<TraceReplayer> replayer_;
    QString source_;
    QStringList sourceLines_;
    LoopState state_;
    uint32_t checkpointInterval_ = 256;
    std::vector<LoopState> checkpoints_;     // checkpoints_[k] is the state after (k + 1) * interval events
    std::vector<uint32_t> statementStops_;  // sorted positions a statement step lands on
    bool stepsByEvent_ = false;             // the trace has no line events: every event is a step
    std::vector<uint32_t> switchStops_;     // sorted positions a task-switch step lands on
    QList<ConsoleEntry> console_;
    std::vector<ls::Diagnostic> diagnostics_;
    bool hasCores_ = false;
    bool playing_ = false;
    double speed_ = 1.0;
    QTimer* timer_;
};

}  // namespace ls::gui

Q_DECLARE_METATYPE(ls::gui::TaskLine)
