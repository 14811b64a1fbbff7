// Replays a trace's events onto a LoopState: the state of the loop after any number of events.
// All of it is read from the trace; nothing about scheduling is decided here. The trace records
// each wake-up when it is queued (`task_woken`) and each timer's life (`timer_scheduled`,
// `timer_fired`, `timer_cancelled`), so the ready queue and the timer list follow the events one
// for one (engine/TRACE.md, version 2).
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "loop_state.h"
#include "loopscope/trace.h"

namespace ls::gui {

// Told about every change of a task's, thread's or core's state, in trace order (the timeline
// builds its bars from these).
class ReplayObserver {
public:
    virtual ~ReplayObserver() = default;
    virtual void taskChanged(int task, const TaskSnapshot& now, double time) = 0;
    virtual void threadChanged(int thread, const ThreadSnapshot& now, double time) = 0;
    virtual void coreChanged(int core, const CoreSnapshot& now, double time) = 0;
};

struct TimerInfo {
    double due = 0;
    int task = -1;                     // the task that set it
    std::string what;                  // what it is for ("sleep(1.0)", "tick()")
    uint32_t scheduledAt = 0;          // index of its timer_scheduled event
    uint32_t firedAt = UINT32_MAX;     // index of its timer_fired event (UINT32_MAX: never fired)
    uint32_t cancelledAt = UINT32_MAX; // index of its timer_cancelled event
};

class TraceReplayer {
public:
    // `trace` must outlive the replayer.
    explicit TraceReplayer(const ls::Trace& trace);

    const ls::Trace& trace() const { return trace_; }
    uint32_t eventCount() const { return static_cast<uint32_t>(trace_.events.size()); }

    // The state before any event.
    LoopState initialState() const;
    // Applies events [state.position, to) to `state`.
    void advance(LoopState& state, uint32_t to, ReplayObserver* observer = nullptr) const;

    const TimerInfo* timer(int id) const;
    // For a `task_suspended` event: the event that woke the task again (UINT32_MAX if none).
    uint32_t wakeOf(uint32_t suspendedEvent) const;
    // The state a task enters at a `task_suspended` event.
    TaskState waitStateOf(uint32_t suspendedEvent) const;

private:
    void apply(LoopState& s, uint32_t index, ReplayObserver* observer) const;
    void removeTimer(LoopState& s, int id) const;
    void setTask(LoopState& s, int task, TaskState state, ReplayObserver* observer) const;
    void markGilWaiters(LoopState& s, int thread, ReplayObserver* observer) const;
    int processOf(int thread) const;
    TaskSnapshot* taskAt(LoopState& s, int task) const;
    ThreadSnapshot* threadAt(LoopState& s, int thread) const;
    CoreSnapshot* coreAt(LoopState& s, int core) const;

    const ls::Trace& trace_;
    std::unordered_map<int, TimerInfo> timers_;
    std::unordered_map<uint32_t, uint32_t> wakeOfSuspension_;  // suspended event -> woken event
};

}  // namespace ls::gui
