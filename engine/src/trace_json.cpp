// The trace as JSON (schema in engine/TRACE.md) and in Chrome's trace event format (Perfetto).
// Written by hand: small, deterministic, and no dependency for the engine.
#include <charconv>
#include <cstdio>
#include <cstring>

#include "float_repr.h"
#include "loopscope/trace.h"

namespace ls {

namespace {

// Appends without temporaries: the events are most of a trace, and a million of them must be
// written in well under a second.
bool needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

void append_quoted(std::string& out, std::string_view s) {
    out += '"';
    size_t plain = 0;  // most strings need no escape at all: append them whole
    while (plain < s.size() && !needs_escape(static_cast<unsigned char>(s[plain]))) ++plain;
    out.append(s.data(), plain);
    for (unsigned char c : s.substr(plain)) {
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
    out += '"';
}

std::string quote(std::string_view s) {
    std::string out;
    append_quoted(out, s);
    return out;
}

template <class Int>
void append_int(std::string& out, Int n) {
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, n);
    out.append(buf, end);
}

std::string num(double d) { return float_repr(d); }
std::string num(uint64_t n) { return std::to_string(n); }
std::string num(int n) { return std::to_string(n); }

// Consecutive events often share a time (every switch at t=0 in a sleep(0) loop): the last
// repr is kept.
class TimeRepr {
public:
    const std::string& operator()(double t) {
        if (!valid_ || t != last_) {
            last_ = t;
            repr_ = float_repr(t);
            valid_ = true;
        }
        return repr_;
    }

private:
    double last_ = 0;
    std::string repr_;
    bool valid_ = false;
};

// Collects text and hands it to the sink a megabyte at a time.
class ChunkedWriter {
public:
    explicit ChunkedWriter(const TextSink& sink) : sink_(sink) { buf_.reserve(kChunk + 4096); }
    ~ChunkedWriter() { flush(); }
    std::string& buf() { return buf_; }
    void maybe_flush() {
        if (buf_.size() >= kChunk) flush();
    }
    void flush() {
        if (!buf_.empty()) sink_(buf_);
        buf_.clear();
    }

private:
    static constexpr size_t kChunk = 1 << 20;
    const TextSink& sink_;
    std::string buf_;
};

std::string collect(void (*write)(const Trace&, const TextSink&), const Trace& t) {
    std::string out;
    write(t, [&out](std::string_view chunk) { out += chunk; });
    return out;
}

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

// The same line through std::string appends: any length, any characters.
void append_event_slowly(std::string& out, const TraceEvent& e, const std::string& time, bool last) {
    out += "    {\"seq\": ";
    append_int(out, e.seq);
    out += ", \"t\": ";
    out += time;
    out += ", \"kind\": ";
    append_quoted(out, trace_kind_name(e.kind));
    out += ", \"task\": ";
    append_int(out, e.task);
    if (e.line) {
        out += ", \"line\": ";
        append_int(out, e.line);
    }
    if (e.cause_kind != WakeCause::None) {
        out += ", \"cause\": {\"kind\": ";
        append_quoted(out, cause_name(e.cause_kind));
        out += ", \"id\": ";
        append_int(out, e.cause);
        out += '}';
    }
    if (e.value != 0) out += ", \"value\": " + num(e.value);
    if (!e.detail.empty()) {
        out += e.kind == TraceKind::TaskSuspended ? ", \"awaiting\": " : ", \"detail\": ";
        append_quoted(out, e.detail);
    }
    if (e.reason != BlockReason::None) {
        out += ", \"reason\": ";
        append_quoted(out, block_reason_name(e.reason));
    }
    if (e.thread) {
        out += ", \"thread\": ";
        append_int(out, e.thread);
    }
    if (e.core >= 0) {
        out += ", \"core\": ";
        append_int(out, e.core);
    }
    out += last ? "}\n" : "},\n";
}

// One line of the "events" array. Built in a stack buffer and appended once: this is the
// inner loop of writing a trace of millions of events. Strings that could need escaping or do
// not fit take the general path.
class LineBuffer {
public:
    template <size_t N>
    void put(const char (&literal)[N]) {
        std::memcpy(p_, literal, N - 1);
        p_ += N - 1;
    }
    void put(std::string_view s) {
        std::memcpy(p_, s.data(), s.size());
        p_ += s.size();
    }
    template <class Int>
    void put_int(Int n) {
        p_ = std::to_chars(p_, p_ + 24, n).ptr;
    }
    std::string_view text() const { return {buf_, static_cast<size_t>(p_ - buf_)}; }
    static constexpr size_t kRoomForStrings = 256;  // the fixed parts take well under 256 bytes

private:
    char buf_[512];
    char* p_ = buf_;
};

bool plain(std::string_view s) {
    if (s.size() > LineBuffer::kRoomForStrings) return false;
    for (unsigned char c : s)
        if (needs_escape(c)) return false;
    return true;
}

void append_event(std::string& out, const TraceEvent& e, const std::string& time, bool last) {
    const char* kind = trace_kind_name(e.kind);
    if (!plain(e.detail) || time.size() > 64) {
        append_event_slowly(out, e, time, last);
        return;
    }
    LineBuffer line;
    line.put("    {\"seq\": ");
    line.put_int(e.seq);
    line.put(", \"t\": ");
    line.put(time);
    line.put(", \"kind\": \"");
    line.put(std::string_view(kind));
    line.put("\", \"task\": ");
    line.put_int(e.task);
    if (e.line) {
        line.put(", \"line\": ");
        line.put_int(e.line);
    }
    if (e.cause_kind != WakeCause::None) {
        line.put(", \"cause\": {\"kind\": \"");
        line.put(std::string_view(cause_name(e.cause_kind)));
        line.put("\", \"id\": ");
        line.put_int(e.cause);
        line.put("}");
    }
    if (e.value != 0) {
        const std::string value = num(e.value);
        if (value.size() > 64) {
            append_event_slowly(out, e, time, last);
            return;
        }
        line.put(", \"value\": ");
        line.put(value);
    }
    if (!e.detail.empty()) {
        if (e.kind == TraceKind::TaskSuspended) line.put(", \"awaiting\": \"");
        else line.put(", \"detail\": \"");
        line.put(e.detail);
        line.put("\"");
    }
    if (e.reason != BlockReason::None) {
        line.put(", \"reason\": \"");
        line.put(std::string_view(block_reason_name(e.reason)));
        line.put("\"");
    }
    if (e.thread) {
        line.put(", \"thread\": ");
        line.put_int(e.thread);
    }
    if (e.core >= 0) {
        line.put(", \"core\": ");
        line.put_int(e.core);
    }
    if (last) line.put("}\n");
    else line.put("},\n");
    out += line.text();
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

void write_trace_json(const Trace& t, const TextSink& sink) {
    ChunkedWriter writer(sink);
    std::string& out = writer.buf();
    out += "{\n  \"format\": \"loopscope-trace\",\n  \"version\": 2,\n  \"truncated\": ";
    out += t.truncated ? "true" : "false";
    // Written only when detail was given up, so a trace that kept everything reads as before.
    if (t.lines_truncated) out += ",\n  \"lines_truncated\": true,\n  \"lines_until\": " + num(t.lines_until);
    if (t.elided_yields > 0) {
        out += ",\n  \"elided_yields\": " + num(t.elided_yields) + ",\n  \"elided_yields_from\": " + num(t.elided_yields_from);
    }
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
    TimeRepr time_repr;
    for (size_t i = 0; i < t.events.size(); ++i) {
        append_event(out, t.events[i], time_repr(t.events[i].time), i + 1 == t.events.size());
        writer.maybe_flush();
    }
    out += "  ]\n}\n";
}

std::string trace_to_json(const Trace& t) { return collect(write_trace_json, t); }

std::string summary_to_json(const Trace& t) { return summary_object(t) + "\n"; }

void write_chrome_trace_json(const Trace& t, const TextSink& sink) {
    // One thread (track) per task: "X" slices for each running step, instant events for prints,
    // and flow arrows ("s"/"f") from what woke a task to the step it caused.
    ChunkedWriter writer(sink);
    std::string& out = writer.buf();
    out += "{\"displayTimeUnit\": \"ms\", \"traceEvents\": [\n";
    bool first = true;
    auto emit = [&](const std::string& ev) {
        out += first ? "  " : ",\n  ";
        out += ev;
        first = false;
        writer.maybe_flush();
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
}

std::string trace_to_chrome_json(const Trace& t) { return collect(write_chrome_trace_json, t); }

}  // namespace ls
