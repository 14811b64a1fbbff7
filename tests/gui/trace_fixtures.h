// Traces for the GUI tests: built by hand event by event (for shapes the engine does not record
// yet, like threads and cores), from a real run of the engine, or synthetic and large.
#pragma once

#include <string>
#include <vector>

#include "loopscope/engine.h"
#include "loopscope/trace.h"

namespace ls::gui::test {

class TraceBuilder {
public:
    explicit TraceBuilder(std::string unit = "s") { trace_.time_unit = std::move(unit); }

    TraceBuilder& at(double time) {
        now_ = time;
        return *this;
    }
    TraceBuilder& task(const std::string& name, const std::string& coro, int parent = -1) {
        ls::TraceTask t;
        t.id = static_cast<int>(trace_.tasks.size());
        t.name = name;
        t.coro = coro;
        t.parent = parent;
        t.created = now_;
        t.outcome = "pending";
        trace_.tasks.push_back(t);
        ls::TraceEvent& e = add(ls::TraceKind::TaskCreated, t.id);
        e.detail = coro;
        e.cause = parent;
        return *this;
    }
    TraceBuilder& event(ls::TraceKind kind, int task = -1, int line = 0, std::string detail = {}) {
        ls::TraceEvent& e = add(kind, task);
        e.line = line;
        e.detail = std::move(detail);
        return *this;
    }
    // An event whose cause is another task / a timer / a future.
    TraceBuilder& caused(ls::TraceKind kind, int task, ls::WakeCause cause, int id, int line = 0, std::string detail = {}) {
        ls::TraceEvent& e = add(kind, task);
        e.cause_kind = cause;
        e.cause = id;
        e.line = line;
        e.detail = std::move(detail);
        return *this;
    }
    TraceBuilder& timer(int task, int id, double due) {
        ls::TraceEvent& e = add(ls::TraceKind::TimerScheduled, task);
        e.cause_kind = ls::WakeCause::Timer;
        e.cause = id;
        e.value = due;
        return *this;
    }
    TraceBuilder& timerFired(int id) {
        ls::TraceEvent& e = add(ls::TraceKind::TimerFired, -1);
        e.cause_kind = ls::WakeCause::Timer;
        e.cause = id;
        return *this;
    }
    TraceBuilder& clockAdvance(double to, int timerId) {
        now_ = to;
        ls::TraceEvent& e = add(ls::TraceKind::ClockAdvance, -1);
        e.cause_kind = ls::WakeCause::Timer;
        e.cause = timerId;
        e.value = to;
        return *this;
    }
    TraceBuilder& print(int task, int line, const std::string& text) { return event(ls::TraceKind::Print, task, line, text); }
    TraceBuilder& thread(const std::string& name, int process = 0) {
        ls::TraceThread t;
        t.id = static_cast<int>(trace_.threads.size());
        t.name = name;
        t.process = process;
        t.created = now_;
        trace_.threads.push_back(t);
        return *this;
    }
    TraceBuilder& threadEvent(ls::TraceKind kind, int thread, int core = -1, std::string detail = {},
                              ls::BlockReason reason = ls::BlockReason::None) {
        ls::TraceEvent& e = add(kind, -1);
        e.thread = thread;
        e.core = core;
        e.detail = std::move(detail);
        e.reason = reason;
        return *this;
    }
    TraceBuilder& cores(int n) {
        for (int i = 0; i < n; ++i) trace_.cores.push_back(ls::TraceCore{i, 0, 0, 0});
        return *this;
    }
    ls::Trace build() {
        trace_.summary.virtual_time = now_;
        trace_.summary.tasks = trace_.tasks.size();
        if (trace_.threads.empty()) thread("MainThread");
        if (trace_.processes.empty()) trace_.processes.push_back(ls::TraceProcess{0, "MainProcess", -1, 0, -1});
        return trace_;
    }

private:
    ls::TraceEvent& add(ls::TraceKind kind, int task) {
        ls::TraceEvent& e = trace_.events.emplace_back();
        e.seq = trace_.events.size() - 1;
        e.time = now_;
        e.kind = kind;
        e.task = task;
        return e;
    }
    ls::Trace trace_;
    double now_ = 0;
};

// Runs `source` in the engine with the trace and line events recorded.
inline ls::CapturedRun runWithTrace(const std::string& source) {
    ls::RunOptions options;
    options.record_trace = true;
    options.trace_lines = true;
    return ls::run_captured(source, options);
}

// A large trace of `tasks` tasks taking turns: each step prints and sleeps 0.01 s, so the events
// have every common kind and the clock advances. Eight events per task step.
inline ls::Trace syntheticTrace(size_t events, int tasks = 50) {
    TraceBuilder b;
    std::vector<int> timerOf(static_cast<size_t>(tasks));
    int nextTimer = 0;
    double now = 0;
    for (int i = 0; i < tasks; ++i) b.task("Task-" + std::to_string(i + 1), "worker");
    for (int i = 0; i < tasks; ++i) {
        b.event(ls::TraceKind::TaskStarted, i);
        timerOf[static_cast<size_t>(i)] = nextTimer;
        b.timer(i, nextTimer++, now + 0.01);
        b.event(ls::TraceKind::TaskSuspended, i, 3, "sleep(0.01)");
    }
    size_t count = 3 * static_cast<size_t>(tasks);
    for (int round = 1; count < events; ++round) {
        now += 0.01;
        b.clockAdvance(now, timerOf[0]);
        b.event(ls::TraceKind::LoopIteration);
        count += 2;
        for (int i = 0; i < tasks && count < events; ++i) {
            b.timerFired(timerOf[static_cast<size_t>(i)]);
            b.caused(ls::TraceKind::TaskWoken, i, ls::WakeCause::Timer, timerOf[static_cast<size_t>(i)]);
            b.event(ls::TraceKind::TaskResumed, i);
            b.event(ls::TraceKind::Line, i, 4);
            b.print(i, 4, "tick " + std::to_string(round) + "\n");
            b.event(ls::TraceKind::Line, i, 5);
            timerOf[static_cast<size_t>(i)] = nextTimer;
            b.timer(i, nextTimer++, now + 0.01);
            b.event(ls::TraceKind::TaskSuspended, i, 5, "sleep(0.01)");
            count += 8;
        }
    }
    return b.build();
}

}  // namespace ls::gui::test
