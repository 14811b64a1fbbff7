// Records the trace while a run happens: the event loop and the tasks report what they do,
// the recorder stamps it with the virtual time and keeps per-task time accounting.
#pragma once

#include <string>
#include <vector>

#include "loopscope/trace.h"

namespace ls {

class VM;
struct FutureObject;

class TraceRecorder {
public:
    // The event table is reserved up front (up to kReservedEvents): untouched pages of a large
    // reservation cost no memory, and the table never has to be copied to grow, which would
    // briefly hold it twice.
    static constexpr size_t kReservedEvents = 8'000'000;
    // Detail is the first thing given up, structure the last: once the trace holds this share of
    // `max_events`, line events and immediate sleep(0) resumes (see task_step_begins) stop being
    // recorded, so the rest of the budget keeps the timeline's structure to the end of the run.
    static constexpr double kDetailShare = 0.8;
    TraceRecorder(size_t max_events, bool lines);

    int task_created(VM& vm, const std::string& name, const std::string& coro, int parent);
    void task_step_begins(VM& vm, int task, bool first);
    void task_suspends(VM& vm, int task, const std::string& what, int awaited_task, int line);
    // The task's wake-up was queued (when what it awaited completed, not when it runs).
    void task_woken(VM& vm, int task, WakeCause cause, int id);
    void task_ends(VM& vm, int task, const std::string& outcome, const std::string& detail);
    void loop_iteration(VM& vm, size_t ready);
    void clock_advanced(VM& vm, double when, uint64_t timer);
    void timer_scheduled(VM& vm, double when, uint64_t timer, const std::string& what);
    void timer_fired(VM& vm, uint64_t timer);
    void timer_cancelled(VM& vm, uint64_t timer);
    void print(VM& vm, std::string_view text);
    void stderr_write(VM& vm, std::string_view text);
    void line(VM& vm, int line);
    // Simulated I/O (world.h): `op` is the operation's id, `detail` says what it is.
    void io_started(VM& vm, int op, const std::string& detail, double completes, int line);
    void io_completed(VM& vm, int op, int task, const std::string& detail);
    // Threads, processes and cores (machine.cpp). `time` may lie before the clock (a slice's start).
    void thread_created(VM& vm, int thread, const std::string& name, int process, int parent, bool daemon);
    TraceEvent& thread_event(VM& vm, TraceKind kind, int thread, int core, const std::string& detail, double time, double value);
    bool wants_lines() const { return lines_; }
    // The trace's own memory, roughly (the events recorded; the reserved table is resident
    // only as far as it is filled), so the memory budget does not charge it.
    size_t approx_bytes() const { return trace_.events.size() * sizeof(TraceEvent); }
    void set_time_unit(const std::string& unit) { trace_.time_unit = unit; }

    // Closes the accounting and the summary; the recorder is empty afterwards.
    Trace finish(VM& vm);

private:
    enum class State { Ready, Running, Waiting, Done };
    struct TaskClock {
        State state = State::Ready;
        double since = 0;
    };
    TraceEvent& add(VM& vm, TraceKind kind, int task);
    // True once the trace is past its detail share (and from then on).
    bool detail_dropped();
    // The step that begins resumes `task` right after it awaited sleep(0), with nothing else
    // recorded in between: its task_suspended and loop_iteration are the last two events.
    bool resumes_at_once(VM& vm, int task) const;
    void enter(VM& vm, int task, State s);
    int current_task(VM& vm) const;

    Trace trace_;
    std::vector<TaskClock> clocks_;
    size_t max_events_;
    size_t detail_events_;       // max_events_ * kDetailShare
    bool detail_dropped_ = false;
    bool lines_;
    TraceEvent dropped_;  // target for events past the budget
};

}  // namespace ls
