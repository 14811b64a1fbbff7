// Replays a trace's events onto a LoopState: the state of the loop after any number of events.
// All of it is read from the trace; nothing about scheduling is decided here.
//
// Two facts are dated from the trace rather than from a single event:
// - A wake-up is queued when what the task awaited completed, but the trace records `task_woken`
//   when the wake-up runs (just before `task_resumed`). The replayer puts the task in the ready
//   queue at the end event of the task it awaited, or when its timer became due, so the ready
//   queue shows what really waits; tasks queued at the same instant keep their trace order.
// - The trace has no "timer fired" event: a timer stops being pending at the first event at or
//   after its due time.
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
    int task = -1;                 // the task that set it
    uint32_t scheduledAt = 0;      // index of its timer_scheduled event
    uint32_t firedAt = UINT32_MAX; // index of the first event at or after `due`
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
    // For a `task_woken` event: the event after which the wake-up was queued.
    uint32_t wakeQueuedAt(uint32_t wokenEvent) const;
    // For a `task_suspended` event: the event that woke the task again (UINT32_MAX if none).
    uint32_t wakeOf(uint32_t suspendedEvent) const;
    // The state a task enters at a `task_suspended` event.
    TaskState waitStateOf(uint32_t suspendedEvent) const;

private:
    // Something that happens after an event without being an event itself.
    struct Derived {
        uint32_t after;       // event index
        enum Kind : uint8_t { TimerFires, WakeQueued } kind;
        int id;               // timer id or task id
    };
    void apply(LoopState& s, uint32_t index, ReplayObserver* observer) const;
    void applyDerived(LoopState& s, const Derived& d, ReplayObserver* observer) const;
    void setTask(LoopState& s, int task, TaskState state, ReplayObserver* observer) const;
    void markGilWaiters(LoopState& s, int thread, ReplayObserver* observer) const;
    int processOf(int thread) const;
    TaskSnapshot* taskAt(LoopState& s, int task) const;
    ThreadSnapshot* threadAt(LoopState& s, int thread) const;
    CoreSnapshot* coreAt(LoopState& s, int core) const;

    const ls::Trace& trace_;
    std::unordered_map<int, TimerInfo> timers_;
    std::unordered_map<uint32_t, uint32_t> wakeOfSuspension_;  // suspended event -> woken event
    std::unordered_map<uint32_t, uint32_t> wakeQueued_;        // woken event -> queued after
    std::vector<Derived> derived_;                             // sorted by `after`
};

}  // namespace ls::gui
