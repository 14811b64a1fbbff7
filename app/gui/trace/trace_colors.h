// Colours shared by every trace view: one per task (the timeline's labels, the console, the
// editor's per-task highlight) and one per state (the timeline's bars and its legend).
#pragma once

#include <QColor>

#include "loop_state.h"

namespace ls::gui {

// What a timeline bar shows; tasks, threads and cores map their states onto these.
enum class BarState : uint8_t {
    None,           // nothing drawn: not created yet, done, or an idle core
    Running,        // a task's step runs / a thread runs on a core / a core is busy
    Ready,          // ready, waiting for the loop (or a thread waiting for the GIL or a core)
    WaitingTimer,   // awaiting a timer (asyncio.sleep) or sleeping (time.sleep)
    WaitingIO,      // awaiting simulated I/O
    WaitingFuture,  // awaiting a future, gather() or another task
    Joining,        // a thread waiting for another thread to finish (join)
    Blocked,        // blocked on a lock, a queue or the GIL
};
constexpr int kBarStateCount = 8;

QColor taskColor(int task);
// When bars share a pixel column, the one with the higher priority is drawn (the state a student
// most needs to see: running, then blocked, ready, waiting).
int barPriority(BarState state);
BarState barStateOfPriority(int priority);
QColor barColor(BarState state);
BarState barState(TaskState state);
BarState barState(const ThreadSnapshot& thread);

}  // namespace ls::gui
