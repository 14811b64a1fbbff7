#include "trace_recorder.h"

#include <algorithm>

#include "machine.h"
#include "process_memory.h"

#include "asyncio_core.h"
#include "vm.h"
#include "world_io.h"

namespace ls {

const char* trace_kind_name(TraceKind k) {
    switch (k) {
        case TraceKind::TaskCreated: return "task_created";
        case TraceKind::TaskStarted: return "task_started";
        case TraceKind::TaskSuspended: return "task_suspended";
        case TraceKind::TaskWoken: return "task_woken";
        case TraceKind::TaskResumed: return "task_resumed";
        case TraceKind::TaskFinished: return "task_finished";
        case TraceKind::TaskFailed: return "task_failed";
        case TraceKind::TaskCancelled: return "task_cancelled";
        case TraceKind::LoopIteration: return "loop_iteration";
        case TraceKind::ClockAdvance: return "clock_advance";
        case TraceKind::TimerScheduled: return "timer_scheduled";
        case TraceKind::TimerFired: return "timer_fired";
        case TraceKind::TimerCancelled: return "timer_cancelled";
        case TraceKind::Print: return "print";
        case TraceKind::Stderr: return "stderr";
        case TraceKind::Line: return "line";
        case TraceKind::Callback: return "callback";
        case TraceKind::ThreadCreated: return "thread_created";
        case TraceKind::ThreadStarted: return "thread_started";
        case TraceKind::ThreadFinished: return "thread_finished";
        case TraceKind::ThreadBlocked: return "thread_blocked";
        case TraceKind::ThreadUnblocked: return "thread_unblocked";
        case TraceKind::GilAcquired: return "gil_acquired";
        case TraceKind::GilReleased: return "gil_released";
        case TraceKind::CoreAssigned: return "core_assigned";
        case TraceKind::CoreReleased: return "core_released";
        case TraceKind::IoStarted: return "io_started";
        case TraceKind::IoCompleted: return "io_completed";
    }
    return "?";
}

const char* block_reason_name(BlockReason r) {
    switch (r) {
        case BlockReason::None: return "";
        case BlockReason::Gil: return "gil";
        case BlockReason::Lock: return "lock";
        case BlockReason::Join: return "join";
        case BlockReason::Sleep: return "sleep";
        case BlockReason::Queue: return "queue";
        case BlockReason::IO: return "io";
        case BlockReason::Select: return "select";
    }
    return "";
}

TraceRecorder::TraceRecorder(size_t max_events, bool lines)
    : max_events_(max_events),
      detail_events_(static_cast<size_t>(static_cast<double>(max_events) * kDetailShare)),
      lines_(lines) {
    trace_.events.reserve(max_events < kReservedEvents ? max_events : kReservedEvents);
    advise_huge_pages(trace_.events.data(), trace_.events.capacity() * sizeof(TraceEvent));
}

TraceEvent& TraceRecorder::add(VM& vm, TraceKind kind, int task) {
    if (trace_.events.size() >= max_events_) {
        trace_.truncated = true;
        dropped_ = TraceEvent{};
        return dropped_;
    }
    TraceEvent& e = trace_.events.emplace_back();
    e.seq = trace_.events.size() - 1;
    e.time = vm.clock();
    e.kind = kind;
    e.task = task;
    if (vm.machine) e.thread = vm.machine->current();
    return e;
}

bool TraceRecorder::detail_dropped() {
    if (!detail_dropped_ && trace_.events.size() >= detail_events_) detail_dropped_ = true;
    return detail_dropped_;
}

bool TraceRecorder::resumes_at_once(VM& vm, int task) const {
    const auto& ev = trace_.events;
    if (trace_.truncated || ev.size() < 2) return false;
    const TraceEvent& suspended = ev[ev.size() - 2];
    const TraceEvent& iteration = ev[ev.size() - 1];
    const int thread = vm.machine ? vm.machine->current() : 0;
    // Same instant and thread, and the loop's iteration ran only this task's step: drawn, the
    // three events are a zero-width gap in one running bar.
    return suspended.kind == TraceKind::TaskSuspended && suspended.task == task && suspended.detail == "sleep(0)" &&
           iteration.kind == TraceKind::LoopIteration && iteration.value == 1.0 && suspended.time == vm.clock() &&
           iteration.time == vm.clock() && suspended.thread == thread && iteration.thread == thread;
}

void TraceRecorder::thread_created(VM& vm, int thread, const std::string& name, int, int parent, bool) {
    TraceEvent& e = add(vm, TraceKind::ThreadCreated, -1);
    e.thread = thread;
    e.detail = name;
    e.cause = parent;
}

TraceEvent& TraceRecorder::thread_event(VM& vm, TraceKind kind, int thread, int core, const std::string& detail, double time, double value) {
    TraceEvent& e = add(vm, kind, -1);
    e.thread = thread;
    e.core = core;
    e.detail = detail;
    e.time = time;
    e.value = value;
    return e;
}

int TraceRecorder::current_task(VM& vm) const {
    return vm.aio && vm.aio->current_task ? vm.aio->current_task->trace_id : -1;
}

void TraceRecorder::enter(VM& vm, int task, State s) {
    if (task < 0 || static_cast<size_t>(task) >= clocks_.size()) return;
    TaskClock& c = clocks_[static_cast<size_t>(task)];
    TraceTask& t = trace_.tasks[static_cast<size_t>(task)];
    double spent = vm.clock() - c.since;
    switch (c.state) {
        case State::Ready: t.ready += spent; break;
        case State::Running: t.running += spent; break;
        case State::Waiting: t.waiting += spent; break;
        case State::Done: break;
    }
    c.state = s;
    c.since = vm.clock();
}

int TraceRecorder::task_created(VM& vm, const std::string& name, const std::string& coro, int parent) {
    int id = static_cast<int>(trace_.tasks.size());
    TraceTask t;
    t.id = id;
    t.name = name;
    t.coro = coro;
    t.parent = parent;
    t.created = vm.clock();
    t.outcome = "pending";
    if (vm.machine) t.thread = vm.machine->current();
    trace_.tasks.push_back(t);
    clocks_.push_back({State::Ready, vm.clock()});
    TraceEvent& e = add(vm, TraceKind::TaskCreated, id);
    e.detail = coro;
    e.cause = parent;
    if (parent >= 0) e.cause_kind = WakeCause::Task;
    return id;
}

void TraceRecorder::task_step_begins(VM& vm, int task, bool first) {
    enter(vm, task, State::Running);
    ++trace_.summary.switches;
    if (!first && detail_dropped() && resumes_at_once(vm, task)) {
        // Past the detail share: the turn is counted, not recorded (a CPU-bound loop with
        // `await asyncio.sleep(0)` makes millions of them, and they are invisible on the timeline).
        if (trace_.elided_yields++ == 0 || vm.clock() < trace_.elided_yields_from) trace_.elided_yields_from = vm.clock();
        trace_.events.pop_back();
        trace_.events.pop_back();
        return;
    }
    add(vm, first ? TraceKind::TaskStarted : TraceKind::TaskResumed, task);
}

void TraceRecorder::task_suspends(VM& vm, int task, const std::string& what, int awaited_task, int line) {
    enter(vm, task, what == "sleep(0)" ? State::Ready : State::Waiting);
    TraceEvent& e = add(vm, TraceKind::TaskSuspended, task);
    e.detail = what;
    e.line = line;
    if (awaited_task >= 0) {
        e.cause_kind = WakeCause::Task;
        e.cause = awaited_task;
    }
}

void TraceRecorder::task_woken(VM& vm, int task, WakeCause cause, int id) {
    enter(vm, task, State::Ready);
    TraceEvent& e = add(vm, TraceKind::TaskWoken, task);
    e.cause_kind = cause;
    e.cause = id;
}

void TraceRecorder::task_ends(VM& vm, int task, const std::string& outcome, const std::string& detail) {
    enter(vm, task, State::Done);
    if (task >= 0 && static_cast<size_t>(task) < trace_.tasks.size()) {
        trace_.tasks[static_cast<size_t>(task)].outcome = outcome;
        trace_.tasks[static_cast<size_t>(task)].finished = vm.clock();
    }
    TraceKind k = outcome == "finished" ? TraceKind::TaskFinished : outcome == "failed" ? TraceKind::TaskFailed : TraceKind::TaskCancelled;
    add(vm, k, task).detail = detail;
}

void TraceRecorder::loop_iteration(VM& vm, size_t ready) {
    ++trace_.summary.loop_iterations;
    add(vm, TraceKind::LoopIteration, -1).value = static_cast<double>(ready);
}

void TraceRecorder::clock_advanced(VM& vm, double when, uint64_t timer) {
    TraceEvent& e = add(vm, TraceKind::ClockAdvance, -1);
    e.value = when;
    e.cause_kind = WakeCause::Timer;
    e.cause = static_cast<int>(timer);
}

void TraceRecorder::timer_scheduled(VM& vm, double when, uint64_t timer, const std::string& what) {
    TraceEvent& e = add(vm, TraceKind::TimerScheduled, current_task(vm));
    e.value = when;
    e.cause_kind = WakeCause::Timer;
    e.cause = static_cast<int>(timer);
    e.detail = what;
    e.line = program_line(vm);  // the student's line, not the library's (sleep() calls call_later)
}

void TraceRecorder::timer_fired(VM& vm, uint64_t timer) {
    TraceEvent& e = add(vm, TraceKind::TimerFired, -1);
    e.cause_kind = WakeCause::Timer;
    e.cause = static_cast<int>(timer);
}

void TraceRecorder::timer_cancelled(VM& vm, uint64_t timer) {
    TraceEvent& e = add(vm, TraceKind::TimerCancelled, current_task(vm));
    e.cause_kind = WakeCause::Timer;
    e.cause = static_cast<int>(timer);
}

void TraceRecorder::stderr_write(VM& vm, std::string_view text) {
    TraceEvent& e = add(vm, TraceKind::Stderr, current_task(vm));
    e.detail = std::string(text);
    e.line = program_line(vm);
}

void TraceRecorder::print(VM& vm, std::string_view text) {
    TraceEvent& e = add(vm, TraceKind::Print, current_task(vm));
    e.detail = std::string(text);
    e.line = vm.interp_line();
}

void TraceRecorder::line(VM& vm, int line) {
    if (detail_dropped()) {
        // Threads on several cores record out of time order, so the statement detail ends at the
        // earliest line dropped, not at the first one.
        const double t = vm.clock();
        if (!trace_.lines_truncated || t < trace_.lines_until) trace_.lines_until = t;
        trace_.lines_truncated = true;
        // With one thread alive no later statement can come before this one (a thread started
        // later begins at its starter's clock), so the interpreter may stop calling in.
        if (!vm.machine || vm.machine->live_threads() == 1) vm.trace_lines = false;
        return;
    }
    add(vm, TraceKind::Line, current_task(vm)).line = line;
}

void TraceRecorder::io_started(VM& vm, int op, const std::string& detail, double completes, int line) {
    TraceEvent& e = add(vm, TraceKind::IoStarted, current_task(vm));
    e.detail = detail;
    e.value = completes;
    e.cause_kind = WakeCause::IO;
    e.cause = op;
    e.line = line;
}

void TraceRecorder::io_completed(VM& vm, int op, int task, const std::string& detail) {
    TraceEvent& e = add(vm, TraceKind::IoCompleted, task);
    e.detail = detail;
    e.cause_kind = WakeCause::IO;
    e.cause = op;
}

Trace TraceRecorder::finish(VM& vm) {
    for (size_t i = 0; i < clocks_.size(); ++i) enter(vm, static_cast<int>(i), State::Done);
    trace_.summary.virtual_time = vm.clock();
    trace_.summary.tasks = trace_.tasks.size();
    trace_.summary.steps = vm.steps;
    if (vm.machine) {
        vm.machine->fill_trace(trace_);
        // Threads on several cores record their slices out of time order: put the events in
        // time order (stable, so same-time events keep the order they happened in). A run on
        // one thread is in order already; checking first spares its sort and the sort's buffer
        // (a copy of the whole trace).
        auto earlier = [](const TraceEvent& a, const TraceEvent& b) { return a.time < b.time; };
        if (!std::is_sorted(trace_.events.begin(), trace_.events.end(), earlier)) {
            std::stable_sort(trace_.events.begin(), trace_.events.end(), earlier);
            for (size_t i = 0; i < trace_.events.size(); ++i) trace_.events[i].seq = i;
        }
    }
    Trace out = std::move(trace_);
    trace_ = Trace{};
    clocks_.clear();
    return out;
}

}  // namespace ls
