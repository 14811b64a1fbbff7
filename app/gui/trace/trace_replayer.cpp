#include "trace_replayer.h"

#include <algorithm>
#include <cctype>

namespace ls::gui {
namespace {

bool isTaskEnd(ls::TraceKind k) {
    return k == ls::TraceKind::TaskFinished || k == ls::TraceKind::TaskFailed || k == ls::TraceKind::TaskCancelled;
}

bool containsWord(const std::string& text, const char* word) {
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    return lower.find(word) != std::string::npos;
}

// The trace words a synchronisation primitive's wait by its class name.
bool namesSyncPrimitive(const std::string& awaited) {
    for (const char* word : {"lock", "semaphore", "condition", "event"}) {
        if (containsWord(awaited, word)) return true;
    }
    return false;
}

}  // namespace

TraceReplayer::TraceReplayer(const ls::Trace& trace) : trace_(trace) {
    const auto& events = trace_.events;
    const auto n = static_cast<uint32_t>(events.size());
    std::unordered_map<int, uint32_t> taskEnd;
    std::unordered_map<int, uint32_t> pendingSuspension;  // task -> its latest unmatched suspension

    for (uint32_t i = 0; i < n; ++i) {
        const ls::TraceEvent& e = events[i];
        switch (e.kind) {
            case ls::TraceKind::TimerScheduled: {
                TimerInfo info;
                info.due = e.value;
                info.task = e.task;
                info.scheduledAt = i;
                // Times never decrease, so the first event at or after the due time is found by bisection.
                auto it = std::partition_point(events.begin() + i + 1, events.end(),
                                               [&](const ls::TraceEvent& later) { return later.time < info.due; });
                if (it != events.end()) info.firedAt = static_cast<uint32_t>(it - events.begin());
                timers_[e.cause] = info;
                if (info.firedAt != UINT32_MAX) derived_.push_back({info.firedAt, Derived::TimerFires, e.cause});
                break;
            }
            case ls::TraceKind::TaskSuspended:
                if (e.detail != "sleep(0)") pendingSuspension[e.task] = i;
                break;
            case ls::TraceKind::TaskWoken: {
                uint32_t queued = i;
                if (e.cause_kind == ls::WakeCause::Task) {
                    auto end = taskEnd.find(e.cause);
                    if (end != taskEnd.end()) queued = end->second;
                } else if (e.cause_kind == ls::WakeCause::Timer) {
                    auto t = timers_.find(e.cause);
                    if (t != timers_.end() && t->second.firedAt < i) queued = t->second.firedAt;
                }
                wakeQueued_[i] = queued;
                if (queued < i) derived_.push_back({queued, Derived::WakeQueued, e.task});
                auto s = pendingSuspension.find(e.task);
                if (s != pendingSuspension.end()) {
                    wakeOfSuspension_[s->second] = i;
                    pendingSuspension.erase(s);
                }
                break;
            }
            default:
                if (isTaskEnd(e.kind)) taskEnd[e.task] = i;
                break;
        }
    }
    // Stable: at one index timers fire first (they were scheduled first), wake-ups keep trace order.
    std::stable_sort(derived_.begin(), derived_.end(), [](const Derived& a, const Derived& b) {
        if (a.after != b.after) return a.after < b.after;
        return a.kind < b.kind;
    });
}

const TimerInfo* TraceReplayer::timer(int id) const {
    auto it = timers_.find(id);
    return it == timers_.end() ? nullptr : &it->second;
}

uint32_t TraceReplayer::wakeQueuedAt(uint32_t wokenEvent) const {
    auto it = wakeQueued_.find(wokenEvent);
    return it == wakeQueued_.end() ? wokenEvent : it->second;
}

uint32_t TraceReplayer::wakeOf(uint32_t suspendedEvent) const {
    auto it = wakeOfSuspension_.find(suspendedEvent);
    return it == wakeOfSuspension_.end() ? UINT32_MAX : it->second;
}

TaskState TraceReplayer::waitStateOf(uint32_t suspendedEvent) const {
    const ls::TraceEvent& e = trace_.events[suspendedEvent];
    if (e.detail == "sleep(0)") return TaskState::Ready;
    if (e.cause_kind == ls::WakeCause::Task) return TaskState::WaitingTask;
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
    if (state == TaskState::Ready) {
        if (std::find(s.readyQueue.begin(), s.readyQueue.end(), task) == s.readyQueue.end()) s.readyQueue.push_back(task);
    } else if (before == TaskState::Ready) {
        auto it = std::find(s.readyQueue.begin(), s.readyQueue.end(), task);
        if (it != s.readyQueue.end()) s.readyQueue.erase(it);
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
// holds it, and for a core otherwise; which one changes whenever the GIL changes hands.
void TraceReplayer::markGilWaiters(LoopState& s, int thread, ReplayObserver* observer) const {
    const int process = processOf(thread);
    bool held = false;
    for (size_t i = 0; i < s.threads.size(); ++i) {
        if (processOf(static_cast<int>(i)) == process && s.threads[i].holdsGil) held = true;
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
    auto d = std::lower_bound(derived_.begin(), derived_.end(), s.position,
                              [](const Derived& x, uint32_t pos) { return x.after < pos; });
    for (uint32_t i = s.position; i < to; ++i) {
        apply(s, i, observer);
        for (; d != derived_.end() && d->after == i; ++d) applyDerived(s, *d, observer);
    }
    s.position = std::max(s.position, to);
}

void TraceReplayer::applyDerived(LoopState& s, const Derived& d, ReplayObserver* observer) const {
    if (d.kind == Derived::TimerFires) {
        auto it = std::find_if(s.timers.begin(), s.timers.end(), [&](const TimerSnapshot& t) { return t.id == d.id; });
        if (it != s.timers.end()) s.timers.erase(it);
        return;
    }
    TaskSnapshot* t = taskAt(s, d.id);
    if (t && isWaiting(t->state)) setTask(s, d.id, TaskState::Ready, observer);
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
            if (state == TaskState::WaitingTimer) t->timer = trace_.events[wakeOf(index)].cause;
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
            const TimerInfo* info = timer(e.cause);
            if (info && info->firedAt <= index) break;  // already due (a zero delay)
            TimerSnapshot t{e.cause, e.value, e.task};
            auto pos = std::upper_bound(s.timers.begin(), s.timers.end(), t,
                                        [](const TimerSnapshot& a, const TimerSnapshot& b) { return a.due < b.due; });
            s.timers.insert(pos, t);
            break;
        }
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
                th->since = s.time;
                if (observer) observer->threadChanged(e.thread, *th, s.time);
                markGilWaiters(s, e.thread, observer);
            }
            break;
        case K::ThreadBlocked:
            if (ThreadSnapshot* th = threadAt(s, e.thread)) {
                th->state = e.detail == "gil" ? ThreadState::WaitingGil : ThreadState::Blocked;
                th->reason = e.detail;
                th->since = s.time;
                if (observer) observer->threadChanged(e.thread, *th, s.time);
            }
            break;
        case K::ThreadFinished:
            if (ThreadSnapshot* th = threadAt(s, e.thread)) {
                th->state = ThreadState::Done;
                th->since = s.time;
                if (observer) observer->threadChanged(e.thread, *th, s.time);
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
                th->since = s.time;
                if (observer) observer->threadChanged(e.thread, *th, s.time);
            }
            if (CoreSnapshot* c = coreAt(s, e.core)) {
                c->thread = e.thread;
                c->since = s.time;
                if (observer) observer->coreChanged(e.core, *c, s.time);
            }
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
            break;
        case K::LoopIteration:
        case K::ClockAdvance:
        case K::Callback:
        case K::IoCompleted:
            break;
    }
}

}  // namespace ls::gui
