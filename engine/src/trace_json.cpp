// The trace as JSON (schema in engine/TRACE.md) and in Chrome's trace event format (Perfetto).
// Written by hand: small, deterministic, and no dependency for the engine.
#include <cstdio>

#include "float_repr.h"
#include "loopscope/trace.h"

namespace ls {

namespace {

std::string quote(std::string_view s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    return out + "\"";
}

std::string num(double d) { return float_repr(d); }
std::string num(uint64_t n) { return std::to_string(n); }
std::string num(int n) { return std::to_string(n); }

const char* cause_name(WakeCause c) {
    switch (c) {
        case WakeCause::None: return "none";
        case WakeCause::Timer: return "timer";
        case WakeCause::Future: return "future";
        case WakeCause::Task: return "task";
        case WakeCause::IO: return "io";
        case WakeCause::Callback: return "callback";
    }
    return "none";
}

std::string summary_object(const Trace& t) {
    std::string out = "{\"virtual_time\": " + num(t.summary.virtual_time) + ", \"tasks\": " + num(t.summary.tasks) +
                      ", \"switches\": " + num(t.summary.switches) + ", \"loop_iterations\": " + num(t.summary.loop_iterations) +
                      ", \"steps\": " + num(t.summary.steps) + ", \"per_task\": [";
    for (size_t i = 0; i < t.tasks.size(); ++i) {
        const TraceTask& k = t.tasks[i];
        out += (i ? ", " : "") + std::string("{\"name\": ") + quote(k.name) + ", \"running\": " + num(k.running) +
               ", \"ready\": " + num(k.ready) + ", \"waiting\": " + num(k.waiting) + "}";
    }
    out += "]";
    // Threads, processes and cores (when the run had the simulated machine).
    out += ", \"time_unit\": " + quote(t.time_unit) + ", \"per_thread\": [";
    for (size_t i = 0; i < t.threads.size(); ++i) {
        const TraceThread& h = t.threads[i];
        out += (i ? ", " : "") + std::string("{\"name\": ") + quote(h.name) + ", \"process\": " + num(h.process) +
               ", \"running\": " + num(h.running) + ", \"waiting_gil\": " + num(h.waiting_gil) + ", \"blocked\": " + num(h.blocked) + "}";
    }
    out += "], \"per_core\": [";
    for (size_t i = 0; i < t.cores.size(); ++i) {
        const TraceCore& c = t.cores[i];
        out += (i ? ", " : "") + std::string("{\"core\": ") + num(c.id) + ", \"busy\": " + num(c.busy) + ", \"idle\": " + num(c.idle) +
               ", \"utilization\": " + num(c.utilization) + "}";
    }
    return out + "]}";
}

}  // namespace

std::string trace_to_json(const Trace& t) {
    std::string out = "{\n  \"format\": \"loopscope-trace\",\n  \"version\": 2,\n  \"truncated\": ";
    out += t.truncated ? "true" : "false";
    out += ",\n  \"summary\": " + summary_object(t) + ",\n  \"tasks\": [\n";
    for (size_t i = 0; i < t.tasks.size(); ++i) {
        const TraceTask& k = t.tasks[i];
        out += "    {\"id\": " + num(k.id) + ", \"name\": " + quote(k.name) + ", \"coro\": " + quote(k.coro) +
               ", \"parent\": " + num(k.parent) + ", \"created\": " + num(k.created) + ", \"finished\": " + num(k.finished) +
               ", \"outcome\": " + quote(k.outcome) + "}" + (i + 1 < t.tasks.size() ? ",\n" : "\n");
    }
    out += "  ],\n  \"threads\": [\n";
    for (size_t i = 0; i < t.threads.size(); ++i) {
        const TraceThread& h = t.threads[i];
        out += "    {\"id\": " + num(h.id) + ", \"name\": " + quote(h.name) + ", \"process\": " + num(h.process) + ", \"parent\": " +
               num(h.parent) + ", \"daemon\": " + (h.daemon ? "true" : "false") + ", \"created\": " + num(h.created) +
               ", \"finished\": " + num(h.finished) + "}" + (i + 1 < t.threads.size() ? ",\n" : "\n");
    }
    out += "  ],\n  \"processes\": [\n";
    for (size_t i = 0; i < t.processes.size(); ++i) {
        const TraceProcess& p = t.processes[i];
        out += "    {\"id\": " + num(p.id) + ", \"name\": " + quote(p.name) + ", \"parent\": " + num(p.parent) + ", \"created\": " +
               num(p.created) + ", \"finished\": " + num(p.finished) + "}" + (i + 1 < t.processes.size() ? ",\n" : "\n");
    }
    out += "  ],\n  \"cores\": " + num(int(t.cores.size())) + ",\n  \"gil\": " + (t.gil ? "true" : "false") + ",\n  \"events\": [\n";
    for (size_t i = 0; i < t.events.size(); ++i) {
        const TraceEvent& e = t.events[i];
        out += "    {\"seq\": " + num(e.seq) + ", \"t\": " + num(e.time) + ", \"kind\": " + quote(trace_kind_name(e.kind)) +
               ", \"task\": " + num(e.task);
        if (e.line) out += ", \"line\": " + num(e.line);
        if (e.cause_kind != WakeCause::None) out += ", \"cause\": {\"kind\": " + quote(cause_name(e.cause_kind)) + ", \"id\": " + num(e.cause) + "}";
        if (e.value != 0) out += ", \"value\": " + num(e.value);
        if (!e.detail.empty()) out += (e.kind == TraceKind::TaskSuspended ? ", \"awaiting\": " : ", \"detail\": ") + quote(e.detail);
        if (e.reason != BlockReason::None) out += ", \"reason\": " + quote(block_reason_name(e.reason));
        if (e.thread) out += ", \"thread\": " + num(e.thread);
        if (e.core >= 0) out += ", \"core\": " + num(e.core);
        out += i + 1 < t.events.size() ? "},\n" : "}\n";
    }
    out += "  ]\n}\n";
    return out;
}

std::string summary_to_json(const Trace& t) { return summary_object(t) + "\n"; }

std::string trace_to_chrome_json(const Trace& t) {
    // One thread (track) per task: "X" slices for each running step, instant events for prints,
    // and flow arrows ("s"/"f") from what woke a task to the step it caused.
    std::string out = "{\"displayTimeUnit\": \"ms\", \"traceEvents\": [\n";
    bool first = true;
    auto emit = [&](const std::string& ev) {
        out += (first ? "  " : ",\n  ") + ev;
        first = false;
    };
    auto us = [](double s) { return float_repr(s * 1e6); };
    emit("{\"name\": \"process_name\", \"ph\": \"M\", \"pid\": 1, \"args\": {\"name\": \"event loop\"}}");
    for (const TraceTask& k : t.tasks)
        emit("{\"name\": \"thread_name\", \"ph\": \"M\", \"pid\": 1, \"tid\": " + num(k.id + 1) + ", \"args\": {\"name\": " +
             quote(k.name + " (" + k.coro + ")") + "}}");
    std::vector<double> step_start(t.tasks.size(), -1);
    int flow = 0;
    std::vector<int> pending_flow(t.tasks.size(), 0);
    for (const TraceEvent& e : t.events) {
        int tid = e.task + 1;
        switch (e.kind) {
            case TraceKind::TaskStarted:
            case TraceKind::TaskResumed:
                if (e.task >= 0) {
                    step_start[static_cast<size_t>(e.task)] = e.time;
                    if (int id = pending_flow[static_cast<size_t>(e.task)]) {
                        emit("{\"name\": \"wake\", \"cat\": \"wake\", \"ph\": \"f\", \"bp\": \"e\", \"id\": " + num(id) +
                             ", \"pid\": 1, \"tid\": " + num(tid) + ", \"ts\": " + us(e.time) + "}");
                        pending_flow[static_cast<size_t>(e.task)] = 0;
                    }
                }
                break;
            case TraceKind::TaskSuspended:
            case TraceKind::TaskFinished:
            case TraceKind::TaskFailed:
            case TraceKind::TaskCancelled:
                if (e.task >= 0 && step_start[static_cast<size_t>(e.task)] >= 0) {
                    double start = step_start[static_cast<size_t>(e.task)];
                    emit("{\"name\": " + quote(e.kind == TraceKind::TaskSuspended ? "step → await " + e.detail : std::string(trace_kind_name(e.kind))) +
                         ", \"ph\": \"X\", \"pid\": 1, \"tid\": " + num(tid) + ", \"ts\": " + us(start) + ", \"dur\": " +
                         us(e.time - start) + ", \"args\": {\"line\": " + num(e.line) + "}}");
                    step_start[static_cast<size_t>(e.task)] = -1;
                }
                break;
            case TraceKind::TaskWoken:
                if (e.task >= 0) {
                    int id = ++flow;
                    int from = e.cause_kind == WakeCause::Task && e.cause >= 0 ? e.cause + 1 : 0;
                    emit("{\"name\": \"wake\", \"cat\": \"wake\", \"ph\": \"s\", \"id\": " + num(id) + ", \"pid\": 1, \"tid\": " + num(from) +
                         ", \"ts\": " + us(e.time) + "}");
                    pending_flow[static_cast<size_t>(e.task)] = id;
                }
                break;
            case TraceKind::Print:
            case TraceKind::Stderr:
                emit("{\"name\": " + quote((e.kind == TraceKind::Print ? "print " : "stderr ") + e.detail) + ", \"ph\": \"i\", \"s\": \"t\", \"pid\": 1, \"tid\": " + num(tid) +
                     ", \"ts\": " + us(e.time) + "}");
                break;
            default:
                break;
        }
    }
    out += "\n]}\n";
    return out;
}

}  // namespace ls
