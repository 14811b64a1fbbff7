// The event loop's state at one instant of a trace: what every task, thread and core is doing,
// the ready queue, the pending timers. Plain data, no Qt: TraceReplayer computes it from the
// trace's events, PlaybackModel hands it to the views.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

namespace ls::gui {

enum class TaskState : uint8_t {
    NotCreated,     // the playhead is before its task_created event
    Ready,          // in the ready queue, waiting for the loop to run its next step
    Running,        // its step is running now
    WaitingTimer,   // suspended until a timer is due (asyncio.sleep, wait_for's timeout, ...)
    WaitingFuture,  // suspended on a plain future or gather()
    WaitingTask,    // suspended on another task (`await task`)
    WaitingIO,      // suspended on simulated I/O
    WaitingLock,    // suspended on a lock, semaphore, condition, event or queue
    Done,           // finished, failed or cancelled
};

// True for the states in which a task is suspended at an `await`.
inline bool isWaiting(TaskState s) {
    return s == TaskState::WaitingTimer || s == TaskState::WaitingFuture || s == TaskState::WaitingTask ||
           s == TaskState::WaitingIO || s == TaskState::WaitingLock;
}

struct TaskSnapshot {
    TaskState state = TaskState::NotCreated;
    int line = 0;             // the line it is at: its last statement, await or print
    int awaitedTask = -1;     // WaitingTask: the task it awaits
    int timer = -1;           // WaitingTimer: the timer that will wake it
    double since = 0;         // when it entered `state`
    std::string awaited;      // what the await waits for, as the trace words it ("Lock.acquire()", "sleep(1.0)", ...)
    std::string outcome;      // Done: "finished", "failed" or "cancelled"
};

struct TimerSnapshot {
    int id = -1;
    double due = 0;
    int task = -1;            // the task that set it (-1: outside any task)
    std::string what;         // what it is for, as the trace words it ("sleep(1.0)", "tick()")
};

enum class ThreadState : uint8_t {
    NotStarted,
    Running,        // on a core (holding the GIL when there is one)
    WaitingGil,     // runnable, waiting for the GIL or a free core
    Blocked,        // sleeping, joining, waiting on a lock, a queue or I/O (see `reason`)
    Done,
};

struct ThreadSnapshot {
    ThreadState state = ThreadState::NotStarted;
    int core = -1;            // Running: the core it is on
    bool holdsGil = false;
    std::string reason;       // Blocked: the trace's reason ("sleep", "join", "lock", "queue", "io", "select");
                              // WaitingGil: "gil" while another thread holds the GIL
    std::string waitingFor;   // Blocked: the trace's words for it ("join(Thread-1 (work))", "a lock")
    double since = 0;
};

struct CoreSnapshot {
    int thread = -1;          // the thread running on it, -1 when idle
    double since = 0;
};

struct LoopState {
    uint32_t position = 0;               // how many events have happened
    double time = 0;                     // virtual time of the last event that happened
    int running = -1;                    // the running task, -1 when the loop itself runs
    int mainLine = 0;                    // line of the code outside any task (before asyncio.run, ...)
    std::vector<TaskSnapshot> tasks;     // indexed by task id
    std::deque<int> readyQueue;          // task ids, the next to run first (a deque: the loop takes from
                                         // the front, and a queue can hold a million tasks)
    std::vector<TimerSnapshot> timers;   // pending, earliest first
    std::vector<ThreadSnapshot> threads; // indexed by thread id
    std::vector<CoreSnapshot> cores;     // indexed by core id
};

}  // namespace ls::gui
