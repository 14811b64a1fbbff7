#include "trace_replayer.h"

#include <algorithm>
#include <cctype>

namespace ls::gui {
namespace {

bool containsWord(const std::string& text, const char* word) {
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    return lower.find(word) != std::string::npos;
}

// The trace words a synchronisation primitive's wait by its class name ("Lock.acquire()",
// "Queue.get()"); a subclass's own class name usually contains it too.
bool namesSyncPrimitive(const std::string& awaited) {
    for (const char* word : {"lock", "semaphore", "condition", "event", "queue"}) {
        if (containsWord(awaited, word)) return true;
    }
    return false;
}

}  // namespace

TraceReplayer::TraceReplayer(const ls::Trace& trace) : trace_(trace) {
    const auto& events = trace_.events;
    const auto n = static_cast<uint32_t>(events.size());
    std::unordered_map<int, uint32_t> pendingSuspension;  // task -> its latest unmatched suspension

    for (uint32_t i = 0; i < n; ++i) {
        const ls::TraceEvent& e = events[i];
        switch (e.kind) {
            case ls::TraceKind::TimerScheduled: {
                TimerInfo& info = timers_[e.cause];
                info.due = e.value;
                info.task = e.task;
                info.what = e.detail;
                info.scheduledAt = i;
                break;
            }
            case ls::TraceKind::TimerFired:
                timers_[e.cause].firedAt = i;
                break;
            case ls::TraceKind::TimerCancelled:
                timers_[e.cause].cancelledAt = i;
                break;
            case ls::TraceKind::TaskSuspended:
                if (e.detail != "sleep(0)") pendingSuspension[e.task] = i;
                break;
            case ls::TraceKind::TaskWoken: {
                auto s = pendingSuspension.find(e.task);
                if (s != pendingSuspension.end()) {
                    wakeOfSuspension_[s->second] = i;
                    pendingSuspension.erase(s);
                }
                break;
            }
            default:
                break;
        }
    }
}

const TimerInfo* TraceReplayer::timer(int id) const {
    auto it = timers_.find(id);
    return it == timers_.end() ? nullptr : &it->second;
}

uint32_t TraceReplayer::wakeOf(uint32_t suspendedEvent) const {
    auto it = wakeOfSuspension_.find(suspendedEvent);
    return it == wakeOfSuspension_.end() ? UINT32_MAX : it->second;
}

TaskState TraceReplayer::waitStateOf(uint32_t suspendedEvent) const {
    const ls::TraceEvent& e = trace_.events[suspendedEvent];
    if (e.detail == "sleep(0)") return TaskState::Ready;
    if (e.cause_kind == ls::WakeCause::Task) return TaskState::WaitingTask;
    if (e.detail.rfind("sleep(", 0) == 0) return TaskState::WaitingTimer;
    if (e.detail.rfind("I/O: ", 0) == 0) return TaskState::WaitingIO;
    if (namesSyncPrimitive(e.detail)) return TaskState::WaitingLock;
    const uint32_t woken = wakeOf(suspendedEvent);
    if (woken != UINT32_MAX) {
        switch (trace_.events[woken].cause_kind) {
            case ls::WakeCause::Timer: return TaskState::WaitingTimer;
            case ls::WakeCause::IO: return TaskState::WaitingIO;
            default: break;
        }
    }
    return TaskState::WaitingFuture;
}

LoopState TraceReplayer::initialState() const {
    LoopState s;
    s.tasks.resize(trace_.tasks.size());
    s.threads.resize(std::max<size_t>(trace_.threads.size(), 1));
    s.threads[0].state = ThreadState::Running;  // the main thread runs the program from the start
    s.cores.resize(trace_.cores.size());
    return s;
}

TaskSnapshot* TraceReplayer::taskAt(LoopState& s, int task) const {
    if (task < 0) return nullptr;
    if (static_cast<size_t>(task) >= s.tasks.size()) s.tasks.resize(static_cast<size_t>(task) + 1);
    return &s.tasks[static_cast<size_t>(task)];
}

ThreadSnapshot* TraceReplayer::threadAt(LoopState& s, int thread) const {
    if (thread < 0) return nullptr;
    if (static_cast<size_t>(thread) >= s.threads.size()) s.threads.resize(static_cast<size_t>(thread) + 1);
    return &s.threads[static_cast<size_t>(thread)];
}

CoreSnapshot* TraceReplayer::coreAt(LoopState& s, int core) const {
    if (core < 0) return nullptr;
    if (static_cast<size_t>(core) >= s.cores.size()) s.cores.resize(static_cast<size_t>(core) + 1);
    return &s.cores[static_cast<size_t>(core)];
}

void TraceReplayer::setTask(LoopState& s, int task, TaskState state, ReplayObserver* observer) const {
    TaskSnapshot* t = taskAt(s, task);
    if (!t) return;
    const TaskState before = t->state;
    // A task is in the ready queue exactly while its state is Ready (only this function changes
    // states), so membership needs no search: a million queued tasks stay O(1) each. The task
    // leaving the queue is almost always its front.
    if (state == TaskState::Ready) {
        if (before != TaskState::Ready) s.readyQueue.push_back(task);
    } else if (before == TaskState::Ready) {
        if (!s.readyQueue.empty() && s.readyQueue.front() == task) {
            s.readyQueue.pop_front();
        } else if (auto it = std::find(s.readyQueue.begin(), s.readyQueue.end(), task); it != s.readyQueue.end()) {
            s.readyQueue.erase(it);
        }
    }
    if (state != TaskState::WaitingTask) t->awaitedTask = -1;
    if (state != TaskState::WaitingTimer) t->timer = -1;
    if (before != state) {
        t->state = state;
        t->since = s.time;
    }
    if (observer) observer->taskChanged(task, *t, s.time);
}

int TraceReplayer::processOf(int thread) const {
    return thread >= 0 && static_cast<size_t>(thread) < trace_.threads.size() ? trace_.threads[static_cast<size_t>(thread)].process : 0;
}

// A runnable thread that is not running waits for the GIL while another thread of its process
// holds it, and for a core otherwise; which one changes whenever a thread of the process starts
// or stops running. With a GIL (Trace::gil) the running thread holds it.
void TraceReplayer::markGilWaiters(LoopState& s, int thread, ReplayObserver* observer) const {
    const int process = processOf(thread);
    bool held = false;
    for (size_t i = 0; i < s.threads.size(); ++i) {
        const ThreadSnapshot& th = s.threads[i];
        if (processOf(static_cast<int>(i)) == process && (th.holdsGil || (trace_.gil && th.state == ThreadState::Running))) held = true;
    }
    for (size_t i = 0; i < s.threads.size(); ++i) {
        ThreadSnapshot& th = s.threads[i];
        if (processOf(static_cast<int>(i)) != process || th.state != ThreadState::WaitingGil || th.holdsGil) continue;
        const char* reason = held ? "gil" : "";
        if (th.reason == reason) continue;
        th.reason = reason;
        if (observer) observer->threadChanged(static_cast<int>(i), th, s.time);
    }
}

void TraceReplayer::advance(LoopState& s, uint32_t to, ReplayObserver* observer) const {
    to = std::min(to, eventCount());
    for (uint32_t i = s.position; i < to; ++i) apply(s, i, observer);
    s.position = std::max(s.position, to);
}

void TraceReplayer::removeTimer(LoopState& s, int id) const {
    auto it = std::find_if(s.timers.begin(), s.timers.end(), [&](const TimerSnapshot& t) { return t.id == id; });
    if (it != s.timers.end()) s.timers.erase(it);
}

void TraceReplayer::apply(LoopState& s, uint32_t index, ReplayObserver* observer) const {
    const ls::TraceEvent& e = trace_.events[index];
    s.time = e.time;
    using K = ls::TraceKind;
    switch (e.kind) {
        case K::TaskCreated:
            setTask(s, e.task, TaskState::Ready, observer);
            break;
        case K::TaskStarted:
        case K::TaskResumed:
            setTask(s, e.task, TaskState::Running, observer);
            s.running = e.task;
            break;
        case K::TaskSuspended: {
            if (s.running == e.task) s.running = -1;
            TaskSnapshot* t = taskAt(s, e.task);
            if (!t) break;
            t->line = e.line;
            t->awaited = e.detail;
            const TaskState state = waitStateOf(index);
            // The fields describing the wait are set before the observer hears of the change.
            if (state == TaskState::WaitingTask) t->awaitedTask = e.cause;
            if (state == TaskState::WaitingTimer) {
                const uint32_t woken = wakeOf(index);
                if (woken != UINT32_MAX && trace_.events[woken].cause_kind == ls::WakeCause::Timer) t->timer = trace_.events[woken].cause;
            }
            setTask(s, e.task, state, observer);
            break;
        }
        case K::TaskWoken:
            setTask(s, e.task, TaskState::Ready, observer);
            break;
        case K::TaskFinished:
        case K::TaskFailed:
        case K::TaskCancelled: {
            if (s.running == e.task) s.running = -1;
            if (TaskSnapshot* t = taskAt(s, e.task)) {
                t->outcome = e.kind == K::TaskFinished ? "finished" : e.kind == K::TaskFailed ? "failed" : "cancelled";
                t->awaited.clear();
            }
            setTask(s, e.task, TaskState::Done, observer);
            break;
        }
        case K::TimerScheduled: {
            TimerSnapshot t{e.cause, e.value, e.task, e.detail};
            // Equal due times keep their creation order, as the loop's timer heap does.
            auto pos = std::upper_bound(s.timers.begin(), s.timers.end(), t,
                                        [](const TimerSnapshot& a, const TimerSnapshot& b) { return a.due < b.due; });
            s.timers.insert(pos, t);
            break;
        }
        case K::TimerFired:
        case K::TimerCancelled:
            removeTimer(s, e.cause);
            break;
        case K::Print:
        case K::Line:
            if (TaskSnapshot* t = taskAt(s, e.task)) t->line = e.line;
            else s.mainLine = e.line;
            break;
        case K::IoStarted:
            if (TaskSnapshot* t = taskAt(s, e.task); t && isWaiting(t->state) && t->state != TaskState::WaitingIO) {
                setTask(s, e.task, TaskState::WaitingIO, observer);
            }
            break;
        case K::ThreadCreated:
            if (ThreadSnapshot* th = threadAt(s, e.thread)) {
                th->state = ThreadState::NotStarted;
                th->since = s.time;
                if (observer) observer->threadChanged(e.thread, *th, s.time);
            }
            break;
        case K::ThreadStarted:
        case K::ThreadUnblocked:
            if (ThreadSnapshot* th = threadAt(s, e.thread); th && th->state != ThreadState::Running) {
                th->state = ThreadState::WaitingGil;
                th->reason.clear();
                th->waitingFor.clear();
                th->since = s.time;
                if (observer) observer->threadChanged(e.thread, *th, s.time);
                markGilWaiters(s, e.thread, observer);
            }
            break;
        case K::ThreadBlocked:
            if (ThreadSnapshot* th = threadAt(s, e.thread)) {
                th->state = e.reason == ls::BlockReason::Gil ? ThreadState::WaitingGil : ThreadState::Blocked;
                th->reason = ls::block_reason_name(e.reason);
                th->waitingFor = e.detail;
                th->since = s.time;
                if (observer) observer->threadChanged(e.thread, *th, s.time);
                markGilWaiters(s, e.thread, observer);
            }
            break;
        case K::ThreadFinished:
            if (ThreadSnapshot* th = threadAt(s, e.thread)) {
                th->state = ThreadState::Done;
                th->since = s.time;
                if (observer) observer->threadChanged(e.thread, *th, s.time);
                markGilWaiters(s, e.thread, observer);
            }
            break;
        case K::GilAcquired:
        case K::GilReleased:
            if (ThreadSnapshot* th = threadAt(s, e.thread)) {
                th->holdsGil = e.kind == K::GilAcquired;
                if (observer) observer->threadChanged(e.thread, *th, s.time);
            }
            markGilWaiters(s, e.thread, observer);
            break;
        case K::CoreAssigned:
            if (ThreadSnapshot* th = threadAt(s, e.thread)) {
                th->state = ThreadState::Running;
                th->core = e.core;
                th->reason.clear();
                th->waitingFor.clear();
                th->since = s.time;
                if (observer) observer->threadChanged(e.thread, *th, s.time);
            }
            if (CoreSnapshot* c = coreAt(s, e.core)) {
                c->thread = e.thread;
                c->since = s.time;
                if (observer) observer->coreChanged(e.core, *c, s.time);
            }
            markGilWaiters(s, e.thread, observer);
            break;
        case K::CoreReleased:
            if (ThreadSnapshot* th = threadAt(s, e.thread); th && th->core == e.core) {
                th->core = -1;
                if (th->state == ThreadState::Running) {
                    th->state = ThreadState::WaitingGil;
                    th->since = s.time;
                }
                if (observer) observer->threadChanged(e.thread, *th, s.time);
            }
            if (CoreSnapshot* c = coreAt(s, e.core); c && c->thread == e.thread) {
                c->thread = -1;
                c->since = s.time;
                if (observer) observer->coreChanged(e.core, *c, s.time);
            }
            markGilWaiters(s, e.thread, observer);
            break;
        case K::LoopIteration:
        case K::ClockAdvance:
        case K::Callback:
        case K::IoCompleted:
        case K::Stderr:
            break;
    }
}

}  // namespace ls::gui
