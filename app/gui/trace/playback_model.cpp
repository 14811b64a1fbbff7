#include "playback_model.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QTimer>

#include "loop_narrator.h"
#include "trace_colors.h"

namespace ls::gui {
namespace {

// A statement step at 1x takes this long; a gap in virtual time adds up to kMaxGapMs on top
// (one unit of virtual time per second), so a sleep looks longer than a print.
constexpr double kBaseStepMs = 300;
constexpr double kMaxGapMs = 2000;  // whatever the unit: ten minutes of cooking need not take ten minutes

bool isSwitch(ls::TraceKind k) {
    return k == ls::TraceKind::TaskStarted || k == ls::TraceKind::TaskResumed || k == ls::TraceKind::CoreAssigned;
}

}  // namespace

PlaybackModel::PlaybackModel(ls::Trace trace, QString source, QString stderrText, QObject* parent)
    : PlaybackModel(std::make_shared<const ls::Trace>(std::move(trace)), std::move(source), std::move(stderrText), parent) {}

PlaybackModel::PlaybackModel(std::shared_ptr<const ls::Trace> trace, QString source, QString stderrText, QObject* parent)
    : QObject(parent),
      trace_(trace ? std::move(trace) : std::make_shared<const ls::Trace>()),
      replayer_(std::make_unique<TraceReplayer>(*trace_)),
      source_(std::move(source)),
      timer_(new QTimer(this)) {
    qRegisterMetaType<ls::gui::TaskLine>();
    sourceLines_ = source_.split(QLatin1Char('\n'));
    state_ = replayer_->initialState();
    buildCheckpoints();
    buildStops();
    buildConsole(stderrText);
    hasCores_ = std::any_of(trace_->events.begin(), trace_->events.end(),
                            [](const ls::TraceEvent& e) { return e.kind == ls::TraceKind::CoreAssigned; });
    timer_->setSingleShot(true);
    connect(timer_, &QTimer::timeout, this, &PlaybackModel::onFrame);
}

PlaybackModel::~PlaybackModel() = default;

void PlaybackModel::buildCheckpoints() {
    // A snapshot costs about as much as the tasks, threads and cores it holds; spacing them by a
    // multiple of that size keeps the memory per event bounded whatever the trace's shape.
    const size_t stateSize = trace_->tasks.size() + trace_->threads.size() + trace_->cores.size() + 16;
    checkpointInterval_ = static_cast<uint32_t>(std::max<size_t>(256, stateSize * 4));
    // The state before any event is not stored: initialState() makes it as fast as a copy, and
    // with a task count in the hundreds of thousands it is tens of megabytes.
    LoopState s = replayer_->initialState();
    const uint32_t n = eventCount();
    for (uint32_t at = checkpointInterval_; at <= n; at += checkpointInterval_) {
        replayer_->advance(s, at);
        checkpoints_.push_back(s);
    }
}

void PlaybackModel::buildStops() {
    const auto& events = trace_->events;
    const uint32_t n = eventCount();
    const bool hasLines = std::any_of(events.begin(), events.end(),
                                      [](const ls::TraceEvent& e) { return e.kind == ls::TraceKind::Line; });
    // Without line events a statement step is one event: no list needed (it would hold every position).
    stepsByEvent_ = !hasLines;
    statementStops_.push_back(0);
    switchStops_.push_back(0);
    // Past the statement detail the trace kept (TRACE.md, lines_until) a statement step is one event.
    const double detailEnd = trace_->lines_truncated ? trace_->lines_until : std::numeric_limits<double>::infinity();
    for (uint32_t i = 0; i < n; ++i) {
        if (hasLines && (events[i].kind == ls::TraceKind::Line || events[i].time >= detailEnd)) statementStops_.push_back(i + 1);
        if (isSwitch(events[i].kind)) switchStops_.push_back(i + 1);
    }
    if (statementStops_.back() != n) statementStops_.push_back(n);
    if (switchStops_.back() != n) switchStops_.push_back(n);
}

void PlaybackModel::buildConsole(const QString& stderrText) {
    // stdout and stderr appear at the events that wrote them. Whatever the run wrote to stderr
    // beyond the trace's stderr events (Loopscope's own "stopped the program" line, or text past
    // a truncated trace) appears at the end.
    const auto& events = trace_->events;
    std::string tracedStderr;
    for (uint32_t i = 0; i < eventCount(); ++i) {
        const ls::TraceEvent& e = events[i];
        if (e.kind == ls::TraceKind::Print) {
            console_.append({i + 1, e.task, e.line, false, QString::fromStdString(e.detail)});
        } else if (e.kind == ls::TraceKind::Stderr) {
            console_.append({i + 1, e.task, e.line, true, QString::fromStdString(e.detail)});
            tracedStderr += e.detail;
        }
    }
    const QString traced = QString::fromStdString(tracedStderr);
    QString rest = stderrText;
    if (rest.startsWith(traced)) rest.remove(0, traced.size());
    else if (!traced.isEmpty() && rest.contains(traced)) rest.remove(rest.indexOf(traced), traced.size());
    if (!rest.isEmpty()) console_.append({eventCount(), -1, 0, true, rest});
}

QString PlaybackModel::sourceLine(int line) const {
    if (line < 1 || line > sourceLines_.size()) return {};
    return sourceLines_[line - 1].trimmed();
}

double PlaybackModel::totalTime() const {
    double t = trace_->summary.virtual_time;
    if (!trace_->events.empty()) t = std::max(t, trace_->events.back().time);
    return t;
}

const ls::TraceEvent* PlaybackModel::currentEvent() const {
    return position() == 0 ? nullptr : &trace_->events[position() - 1];
}

LoopState PlaybackModel::stateAt(uint32_t position) const {
    position = std::min(position, eventCount());
    const size_t k = std::min<size_t>(position / checkpointInterval_, checkpoints_.size());
    LoopState s = k == 0 ? replayer_->initialState() : checkpoints_[k - 1];
    replayer_->advance(s, position);
    return s;
}

TaskState PlaybackModel::taskState(int task) const {
    if (task < 0 || task >= taskCount()) return TaskState::NotCreated;
    return state_.tasks[static_cast<size_t>(task)].state;
}

int PlaybackModel::taskLine(int task) const {
    if (task < 0) return state_.mainLine;
    if (task >= taskCount()) return 0;
    return state_.tasks[static_cast<size_t>(task)].line;
}

QList<int> PlaybackModel::awaitChain(int task) const {
    QList<int> chain;
    while (task >= 0 && task < taskCount() && !chain.contains(task)) {
        chain.append(task);
        const TaskSnapshot& t = state_.tasks[static_cast<size_t>(task)];
        task = t.state == TaskState::WaitingTask ? t.awaitedTask : -1;
    }
    return chain;
}

QList<int> PlaybackModel::awaitedBy(int task) const {
    QList<int> waiters;
    for (int i = 0; i < taskCount(); ++i) {
        const TaskSnapshot& t = state_.tasks[static_cast<size_t>(i)];
        if (t.state == TaskState::WaitingTask && t.awaitedTask == task) waiters.append(i);
    }
    return waiters;
}

bool PlaybackModel::isLoopInternal(int task) const {
    if (task < 0 || static_cast<size_t>(task) >= trace_->tasks.size()) return false;
    const std::string& coro = trace_->tasks[static_cast<size_t>(task)].coro;
    return coro == "_shutdown_asyncgens" || coro == "_shutdown_default_executor";
}

bool PlaybackModel::hasThreads() const { return trace_->threads.size() > 1; }

bool PlaybackModel::hasCores() const { return hasCores_; }

int PlaybackModel::visibleConsoleEntries() const {
    auto it = std::upper_bound(console_.begin(), console_.end(), position(),
                               [](uint32_t pos, const ConsoleEntry& e) { return pos < e.position; });
    return static_cast<int>(it - console_.begin());
}

QList<QPair<int, QString>> PlaybackModel::printedLines() const {
    QList<QPair<int, QString>> lines;
    bool open = false;  // the last line has no newline yet: the next print continues it
    const int visible = visibleConsoleEntries();
    for (int i = 0; i < visible; ++i) {
        const ConsoleEntry& e = console_[i];
        const QStringList parts = e.text.split(QLatin1Char('\n'));
        for (int p = 0; p < parts.size(); ++p) {
            const bool last = p == parts.size() - 1;
            if (last && parts[p].isEmpty()) break;  // the text ended with a newline
            if (p == 0 && open) lines.last().second += parts[p];
            else lines.append({e.task, parts[p]});
            open = last;
        }
        if (e.text.endsWith(QLatin1Char('\n'))) open = false;
    }
    return lines;
}

QString PlaybackModel::narration() const { return LoopNarrator::narrate(*this); }

QList<TaskLine> PlaybackModel::taskLines() const {
    QList<TaskLine> lines;
    // The main program's line: the statement it runs, or the asyncio.run(...) it is blocked in.
    if (state_.mainLine > 0) {
        lines.append({-1, taskLabel(-1), state_.mainLine, state_.running < 0 ? TaskState::Running : TaskState::WaitingFuture,
                      taskColor(-1)});
    }
    for (int i = 0; i < taskCount(); ++i) {
        const TaskSnapshot& t = state_.tasks[static_cast<size_t>(i)];
        if (t.state == TaskState::NotCreated || t.state == TaskState::Done || t.line == 0) continue;
        lines.append({i, taskLabel(i), t.line, t.state, taskColor(i)});
    }
    return lines;
}

QString PlaybackModel::taskLabel(int task) const {
    if (task < 0 || static_cast<size_t>(task) >= trace_->tasks.size()) return LoopNarrator::mainProgram();
    const ls::TraceTask& t = trace_->tasks[static_cast<size_t>(task)];
    if (t.coro.empty()) return QString::fromStdString(t.name);
    return QStringLiteral("%1 (%2)").arg(QString::fromStdString(t.name), QString::fromStdString(t.coro));
}

QString PlaybackModel::threadLabel(int thread) const {
    if (thread >= 0 && static_cast<size_t>(thread) < trace_->threads.size()) {
        return QString::fromStdString(trace_->threads[static_cast<size_t>(thread)].name);
    }
    return LoopNarrator::threadNumber(thread);
}

QString PlaybackModel::unitSymbol() const { return LoopNarrator::unitSymbol(QString::fromStdString(trace_->time_unit)); }

QString PlaybackModel::formatTime(double time) const {
    return LoopNarrator::formatTime(time, QString::fromStdString(trace_->time_unit));
}

// ---- stepping -----------------------------------------------------------------------------

uint32_t PlaybackModel::nextStop(uint32_t from, StepUnit unit) const {
    if (unit == StepUnit::Statement && stepsByEvent_) return std::min(from + 1, eventCount());
    const auto& stops = unit == StepUnit::Statement ? statementStops_ : switchStops_;
    auto it = std::upper_bound(stops.begin(), stops.end(), from);
    return it == stops.end() ? eventCount() : *it;
}

uint32_t PlaybackModel::previousStop(uint32_t from, StepUnit unit) const {
    if (unit == StepUnit::Statement && stepsByEvent_) return from == 0 ? 0 : std::min(from, eventCount()) - 1;
    const auto& stops = unit == StepUnit::Statement ? statementStops_ : switchStops_;
    auto it = std::lower_bound(stops.begin(), stops.end(), from);
    return it == stops.begin() ? 0 : *(it - 1);
}

uint32_t PlaybackModel::positionAtTime(double time) const {
    // After every event at or before `time`: the state at that instant.
    const auto& events = trace_->events;
    auto it = std::partition_point(events.begin(), events.end(), [&](const ls::TraceEvent& e) { return e.time <= time; });
    return static_cast<uint32_t>(it - events.begin());
}

void PlaybackModel::seek(uint32_t position) {
    position = std::min(position, eventCount());
    if (position == state_.position) return;
    if (position > state_.position && position - state_.position <= checkpointInterval_) {
        replayer_->advance(state_, position);  // forward a little: cheaper than from a checkpoint
    } else {
        state_ = stateAt(position);
    }
    emit positionChanged(position);
    emit taskLinesChanged(taskLines());
}

void PlaybackModel::seekTime(double time) { seek(positionAtTime(time)); }

void PlaybackModel::stepForward(StepUnit unit) { seek(nextStop(position(), unit)); }

void PlaybackModel::stepBack(StepUnit unit) { seek(previousStop(position(), unit)); }

void PlaybackModel::toStart() { seek(0); }

void PlaybackModel::toEnd() { seek(eventCount()); }

// ---- timed play -----------------------------------------------------------------------------

QList<double> PlaybackModel::speeds() { return {0.25, 0.5, 1, 2, 4, 8, 16}; }

void PlaybackModel::setSpeed(double speed) {
    speed = std::clamp(speed, 0.25, 16.0);
    if (speed == speed_) return;
    speed_ = speed;
    emit speedChanged(speed_);
    if (playing_) scheduleNextFrame();
}

void PlaybackModel::play() {
    if (playing_ || eventCount() == 0) return;
    if (atEnd()) seek(0);
    playing_ = true;
    emit playingChanged(true);
    scheduleNextFrame();
}

void PlaybackModel::pause() {
    if (!playing_) return;
    playing_ = false;
    timer_->stop();
    emit playingChanged(false);
}

void PlaybackModel::togglePlay() { playing_ ? pause() : play(); }

void PlaybackModel::scheduleNextFrame() {
    const uint32_t next = nextStop(position(), StepUnit::Statement);
    const double gap = next > 0 ? trace_->events[next - 1].time - time() : 0;
    const double delay = (kBaseStepMs + std::min(std::max(gap, 0.0) * 1000.0, kMaxGapMs)) / speed_;
    timer_->start(static_cast<int>(std::lround(delay)));
}

void PlaybackModel::onFrame() {
    if (!playing_) return;
    stepForward(StepUnit::Statement);
    if (atEnd()) {
        pause();
        return;
    }
    scheduleNextFrame();
}

}  // namespace ls::gui
