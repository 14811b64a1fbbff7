#include "trace_colors.h"

#include <array>
#include <iterator>

namespace ls::gui {

QColor taskColor(int task) {
    // Tableau 10 without its red, which the console keeps for stderr.
    static const std::array<QRgb, 9> kPalette = {0x4e79a7, 0xf28e2b, 0x59a14f, 0xb07aa1, 0x76b7b2,
                                                 0xedc948, 0x9c755f, 0xff9da7, 0x7f7f7f};
    if (task < 0) return QColor(0x44, 0x44, 0x44);  // the main program
    if (task < static_cast<int>(kPalette.size())) return QColor(kPalette[static_cast<size_t>(task)]);
    // Beyond the palette: hues spread by the golden angle stay distinct from their neighbours.
    return QColor::fromHsv((task * 137) % 360, 140, 190);
}

int barPriority(BarState s) {
    switch (s) {
        case BarState::Running: return 7;
        case BarState::Blocked: return 6;
        case BarState::Ready: return 5;
        case BarState::WaitingIO: return 4;
        case BarState::WaitingTimer: return 3;
        case BarState::Joining: return 2;
        case BarState::WaitingFuture: return 1;
        case BarState::None: return 0;
    }
    return 0;
}

BarState barStateOfPriority(int priority) {
    static const BarState kByPriority[] = {BarState::None,      BarState::WaitingFuture, BarState::Joining, BarState::WaitingTimer,
                                           BarState::WaitingIO, BarState::Ready,         BarState::Blocked, BarState::Running};
    static_assert(std::size(kByPriority) == kBarStateCount);
    return priority >= 0 && priority < kBarStateCount ? kByPriority[priority] : BarState::None;
}

QColor barColor(BarState state) {
    switch (state) {
        case BarState::None: return Qt::transparent;
        case BarState::Running: return QColor(0x2f, 0x6f, 0xd0);
        case BarState::Ready: return QColor(0xf5, 0xb0, 0x41);
        case BarState::WaitingTimer: return QColor(0xae, 0xd6, 0xf1);
        case BarState::WaitingIO: return QColor(0x8f, 0xd9, 0xc4);
        case BarState::WaitingFuture: return QColor(0xd7, 0xbd, 0xe2);
        case BarState::Joining: return QColor(0xa9, 0xb4, 0xc2);  // slate: waiting calmly, not stuck
        case BarState::Blocked: return QColor(0xe0, 0x4b, 0x3c);
    }
    return Qt::transparent;
}

BarState barState(TaskState state) {
    switch (state) {
        case TaskState::NotCreated:
        case TaskState::Done: return BarState::None;
        case TaskState::Running: return BarState::Running;
        case TaskState::Ready: return BarState::Ready;
        case TaskState::WaitingTimer: return BarState::WaitingTimer;
        case TaskState::WaitingIO: return BarState::WaitingIO;
        case TaskState::WaitingFuture:
        case TaskState::WaitingTask: return BarState::WaitingFuture;
        case TaskState::WaitingLock: return BarState::Blocked;
    }
    return BarState::None;
}

BarState barState(const ThreadSnapshot& thread) {
    switch (thread.state) {
        case ThreadState::NotStarted:
        case ThreadState::Done: return BarState::None;
        case ThreadState::Running: return BarState::Running;
        case ThreadState::WaitingGil: return thread.reason == "gil" ? BarState::Blocked : BarState::Ready;
        case ThreadState::Blocked:
            // The trace's thread_blocked reason (engine/TRACE.md).
            if (thread.reason == "sleep") return BarState::WaitingTimer;
            if (thread.reason == "join") return BarState::Joining;
            if (thread.reason == "io" || thread.reason == "select") return BarState::WaitingIO;
            return BarState::Blocked;  // lock, queue, gil
    }
    return BarState::None;
}

}  // namespace ls::gui
