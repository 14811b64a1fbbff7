// What the timeline draws, computed once per trace: a lane per task (then per thread and per core
// when the trace has them), each a sorted list of bars with a state; the `await` markers; the
// arrows from a wake-up to the resume it causes. Plain data: LanesPlottable draws it.
#pragma once

#include <cstdint>
#include <vector>

#include <QColor>
#include <QString>

#include "trace_colors.h"

namespace ls {
struct Trace;
}

namespace ls::gui {

class PlaybackModel;

struct LaneBar {
    double start = 0, end = 0;
    BarState state = BarState::None;
};

struct AwaitMarker {
    double time = 0;
    int line = 0;
    uint32_t event = 0;       // index of the task_suspended event (what it awaits is there)
};

struct Lane {
    enum class Kind : uint8_t { Task, Thread, Core };
    Kind kind = Kind::Task;
    int id = 0;               // task, thread or core id
    QString label;
    QColor color;             // the task's colour (tasks), grey otherwise
    std::vector<LaneBar> bars;          // sorted by start, not overlapping
    std::vector<AwaitMarker> markers;   // sorted by time
    // The highest barPriority in each whole block of kBlock bars: lets the timeline find the state
    // to show for millions of bars in one pixel column without visiting them.
    static constexpr size_t kBlock = 256;
    std::vector<uint8_t> blockMax;

    // The highest-priority state among bars [from, to).
    BarState strongest(size_t from, size_t to) const;
};

struct WakeArrow {
    int fromLane = 0;
    double fromTime = 0;      // when the wake-up was queued (the awaited task ended)
    int toLane = 0;
    double toTime = 0;        // when the woken task resumed
};

class TimelineLanes {
public:
    TimelineLanes() = default;
    // Replays the model's trace once; labels come from the model (in the user's language).
    // The tasks asyncio.run adds to shut the loop down get no lane unless `showLoopInternals`.
    explicit TimelineLanes(const PlaybackModel& model, bool showLoopInternals = false);

    const std::vector<Lane>& lanes() const { return lanes_; }
    const std::vector<WakeArrow>& arrows() const { return arrows_; }  // sorted by toTime
    double endTime() const { return endTime_; }
    int laneOfTask(int task) const;  // -1 when the task has no lane
    // The bar of `lane` at `time`, or nullptr.
    const LaneBar* barAt(int lane, double time) const;
    // A lane's label in the current language (lanes keep the one they were built with).
    static QString labelFor(const Lane& lane, const PlaybackModel& model);

private:
    std::vector<Lane> lanes_;
    std::vector<WakeArrow> arrows_;
    double endTime_ = 0;
    std::vector<int> taskLane_;  // task id -> lane, -1 when hidden
};

}  // namespace ls::gui
