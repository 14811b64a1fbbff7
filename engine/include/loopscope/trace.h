// The trace: what happened during a run, in order, on the virtual clock. The app replays it;
// `loopscope-cli run --trace` writes it as JSON (schema: docs in engine/TRACE.md).
//
// Same program and options -> byte-identical trace on every machine: timestamps are virtual,
// ids are assigned in creation order, and nothing depends on addresses or the wall clock.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ls {

enum class TraceKind : uint8_t {
    TaskCreated,     // task: new task; detail: coroutine name; cause: creating task (or -1)
    TaskStarted,     // task: first step begins
    TaskSuspended,   // task: stopped at `await`; line; detail: what it awaits ("Lock.acquire()", "sleep(1.0)", "task Task-3")
    TaskWoken,       // task: its wake-up is queued (what it awaited completed); cause_kind/cause: what woke it
    TaskResumed,     // task: a later step begins (after a wake-up)
    TaskFinished,    // task: returned; detail: repr of the result
    TaskFailed,      // task: raised; detail: "ValueError: boom"
    TaskCancelled,   // task: ended cancelled
    LoopIteration,   // detail: number of handles in the snapshot
    ClockAdvance,    // time: new virtual time; detail: the timer that is due
    TimerScheduled,  // task: scheduling task; value: due time; cause: the timer; detail: what it is for ("sleep(1.0)", "call_later(tick)")
    TimerFired,      // the timer is due: its callback joins the ready queue; cause: the timer
    TimerCancelled,  // the timer was cancelled before it was due; cause: the timer
    Print,           // task: printing task (-1 outside any task); detail: the text (with end)
    Stderr,          // the program wrote to stderr (a traceback, a warning, a logged error); task and thread: who wrote it; detail: the text
    Line,            // task; line: a statement begins
    Callback,        // a plain callback from the ready queue runs; detail: its name
    // Threads, processes and cores (thread: TraceEvent::thread; core: TraceEvent::core).
    ThreadCreated,   // detail: thread name; cause: creating thread
    ThreadStarted,   // the thread's target begins
    ThreadFinished,  // the thread's target returned or raised
    ThreadBlocked,   // the thread stops running; reason: why (BlockReason); detail: what it waits for ("join(Thread-1 (work))")
    ThreadUnblocked, // it may run again (waits for the GIL / a core if it needs one)
    GilAcquired,     // the thread holds its process's GIL; value: process id
    GilReleased,     // the thread drops the GIL; detail: "switch interval", "blocking", "finished"
    CoreAssigned,    // the thread starts running on `core`
    CoreReleased,    // the thread stops running on `core`
    IoStarted,       // detail: the URL or file; value: when it completes
    IoCompleted,     // detail: the URL or file
};

const char* trace_kind_name(TraceKind k);

enum class WakeCause : uint8_t { None, Timer, Future, Task, IO, Callback };

// Why a simulated thread stopped running (TraceKind::ThreadBlocked).
enum class BlockReason : uint8_t {
    None,
    Gil,      // waits for its process's GIL
    Lock,     // threading.Lock / RLock / Condition / Semaphore / Event (all wait on a lock)
    Join,     // Thread.join(), Process.join(), waiting for a pool's result
    Sleep,    // time.sleep()
    Queue,    // queue.Queue get()/put()
    IO,       // blocking I/O (a costly open(), a blocking request)
    Select,   // an event loop with nothing ready waits for its next timer or a thread's call
};
const char* block_reason_name(BlockReason r);

struct TraceEvent {
    uint64_t seq = 0;        // position in the trace
    double time = 0;         // virtual time, in the trace's unit
    TraceKind kind{};
    BlockReason reason = BlockReason::None;  // ThreadBlocked only (fits in the padding after `kind`)
    int task = -1;           // task id (index into Trace::tasks) or -1
    int line = 0;            // source line (0 if none)
    int col = 0;
    WakeCause cause_kind = WakeCause::None;
    int cause = -1;          // task id / timer id, depending on cause_kind
    double value = 0;        // kind-specific number (a timer's due time)
    std::string detail;
    int thread = 0;          // simulated thread (index into Trace::threads); 0 is the main thread
    int core = -1;           // core the thread runs on, -1 when not known / not running
};

struct TraceTask {
    int id = 0;
    std::string name;        // "Task-1", or the name given
    std::string coro;        // coroutine's qualified name
    int parent = -1;         // the task that created it (-1 for none)
    double created = 0, finished = -1;
    std::string outcome;     // "finished", "failed", "cancelled" or "pending"
    double running = 0;      // virtual seconds spent running
    double ready = 0;        // seconds spent in the ready queue
    double waiting = 0;      // seconds spent suspended on a future / timer
    int thread = 0;          // the thread whose event loop runs it
};

struct TraceThread {
    int id = 0;              // 0 is the main thread of process 0
    std::string name;        // "MainThread", "Thread-1 (work)", "asyncio_0", ...
    int process = 0;         // index into Trace::processes
    int parent = -1;         // creating thread
    bool daemon = false;
    double created = 0, finished = -1;
    double running = 0;      // units on a core, holding the GIL when there is one
    double waiting_gil = 0;  // runnable but waiting for the GIL or a core
    double blocked = 0;      // sleeping, joining, waiting on a lock or I/O
};

struct TraceProcess {
    int id = 0;              // 0 is the program's own process
    std::string name;        // "MainProcess", "Process-1", "SpawnPoolWorker-1", ...
    int parent = -1;
    double created = 0, finished = -1;
};

struct TraceCore {
    int id = 0;
    double busy = 0;         // units running some thread
    double idle = 0;         // virtual_time - busy
    double utilization = 0;  // busy / virtual_time (0 when virtual_time is 0)
};

struct TraceSummary {
    double virtual_time = 0;
    uint64_t tasks = 0;
    uint64_t switches = 0;           // task steps that began
    uint64_t loop_iterations = 0;
    uint64_t steps = 0;              // bytecode instructions executed
};

struct Trace {
    std::string time_unit = "s";     // "s" or "min": what one unit of `time` is
    std::vector<TraceEvent> events;
    std::vector<TraceTask> tasks;
    std::vector<TraceThread> threads;     // at least the main thread once a run has happened
    std::vector<TraceProcess> processes;  // at least the main process
    std::vector<TraceCore> cores;         // one per simulated core
    bool gil = true;                      // a process's threads take turns holding its GIL (MachineOptions::gil):
                                          // a runnable thread waits for the GIL while another of its process runs
    TraceSummary summary;
    bool truncated = false;          // the event budget ran out; later events were dropped
    // Detail gives way before structure (TraceRecorder::kDetailShare): once the trace holds that
    // share of its budget, line events and immediate sleep(0) resumes are no longer recorded; every
    // other event still is, until the budget itself runs out (`truncated`).
    bool lines_truncated = false;    // line events were dropped (only when lines were requested)
    double lines_until = -1;         // if lines_truncated: every line event before this time is in the trace
    uint64_t elided_yields = 0;      // immediate sleep(0) resumes not recorded (counted in the summary still)
    double elided_yields_from = -1;  // if elided_yields: the time of the first one
};

// Serialisations (trace_json.cpp). The write_ forms hand the text to `sink` a megabyte at a
// time, so a trace of millions of events is never held twice in memory.
using TextSink = std::function<void(std::string_view)>;
void write_trace_json(const Trace& t, const TextSink& sink);
void write_chrome_trace_json(const Trace& t, const TextSink& sink);
std::string trace_to_json(const Trace& t);
std::string trace_to_chrome_json(const Trace& t);
std::string summary_to_json(const Trace& t);

}  // namespace ls
