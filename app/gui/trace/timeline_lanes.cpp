#include "timeline_lanes.h"

#include <algorithm>
#include <unordered_map>

#include <QCoreApplication>

#include "loop_narrator.h"
#include "playback_model.h"

namespace ls::gui {
namespace {

// Turns the replayer's state changes into bars. Zero-length bars are kept: with instructions
// costing no virtual time a task's step takes no time at all, and the timeline still shows it.
class LaneRecorder : public ReplayObserver {
public:
    LaneRecorder(std::vector<Lane>& lanes, const std::vector<int>& taskLane, int threadBase, int coreBase)
        : lanes_(lanes), open_(lanes.size()), taskLane_(taskLane), threadBase_(threadBase), coreBase_(coreBase) {}

    void taskChanged(int task, const TaskSnapshot& now, double time) override {
        if (task >= 0 && static_cast<size_t>(task) < taskLane_.size()) set(taskLane_[static_cast<size_t>(task)], barState(now.state), time);
    }
    void threadChanged(int thread, const ThreadSnapshot& now, double time) override {
        const int end = coreBase_ >= 0 ? coreBase_ : static_cast<int>(lanes_.size());
        if (threadBase_ >= 0 && thread >= 0 && threadBase_ + thread < end) set(threadBase_ + thread, barState(now), time);
    }
    void coreChanged(int core, const CoreSnapshot& now, double time) override {
        if (coreBase_ >= 0 && core >= 0 && coreBase_ + core < static_cast<int>(lanes_.size())) {
            set(coreBase_ + core, now.thread >= 0 ? BarState::Running : BarState::None, time);
        }
    }
    void start(int lane, BarState state) { open_[static_cast<size_t>(lane)] = {state, 0}; }
    void finish(double time) {
        for (size_t lane = 0; lane < open_.size(); ++lane) close(lane, time);
    }

private:
    struct Open {
        BarState state = BarState::None;
        double since = 0;
    };
    void set(int laneIndex, BarState state, double time) {
        if (laneIndex < 0) return;
        const auto lane = static_cast<size_t>(laneIndex);
        if (open_[lane].state == state) return;
        close(lane, time);
        open_[lane] = {state, time};
    }
    void close(size_t lane, double time) {
        const Open& o = open_[lane];
        if (o.state == BarState::None) return;
        auto& bars = lanes_[lane].bars;
        if (!bars.empty() && bars.back().state == o.state && bars.back().end == o.since) bars.back().end = time;
        else bars.push_back({o.since, time, o.state});
    }

    std::vector<Lane>& lanes_;
    std::vector<Open> open_;
    const std::vector<int>& taskLane_;
    int threadBase_, coreBase_;
};

}  // namespace

TimelineLanes::TimelineLanes(const PlaybackModel& model, bool showLoopInternals) {
    const ls::Trace& trace = model.trace();
    endTime_ = model.totalTime();
    taskLane_.assign(trace.tasks.size(), -1);
    // One lane per task can mean 800,000 lanes: no doubling while they are added.
    lanes_.reserve(trace.tasks.size() + trace.threads.size() + trace.cores.size() + 1);
    for (const ls::TraceTask& t : trace.tasks) {
        if (!showLoopInternals && model.isLoopInternal(t.id)) continue;
        taskLane_[static_cast<size_t>(t.id)] = static_cast<int>(lanes_.size());
        lanes_.push_back({Lane::Kind::Task, t.id, model.taskLabel(t.id), taskColor(t.id), {}, {}, {}});
    }
    int threadBase = -1, coreBase = -1;
    // A program without tasks (a sequential one) still has its main thread to show.
    if (model.hasThreads() || (lanes_.empty() && !trace.threads.empty())) {
        threadBase = static_cast<int>(lanes_.size());
        for (size_t i = 0; i < trace.threads.size(); ++i) {
            lanes_.push_back({Lane::Kind::Thread, static_cast<int>(i), {}, QColor(0x66, 0x66, 0x66), {}, {}, {}});
            lanes_.back().label = labelFor(lanes_.back(), model);
        }
    }
    if (model.hasCores()) {
        coreBase = static_cast<int>(lanes_.size());
        const size_t cores = std::max<size_t>(trace.cores.size(), 1);
        for (size_t i = 0; i < cores; ++i) {
            lanes_.push_back({Lane::Kind::Core, static_cast<int>(i), {}, QColor(0x66, 0x66, 0x66), {}, {}, {}});
            lanes_.back().label = labelFor(lanes_.back(), model);
        }
    }

    const TraceReplayer& replayer = model.replayer();
    LaneRecorder recorder(lanes_, taskLane_, threadBase, coreBase);
    LoopState state = replayer.initialState();
    if (threadBase >= 0) {
        const int threadEnd = coreBase >= 0 ? coreBase : static_cast<int>(lanes_.size());
        for (size_t i = 0; i < state.threads.size() && threadBase + static_cast<int>(i) < threadEnd; ++i) {
            recorder.start(threadBase + static_cast<int>(i), barState(state.threads[i]));
        }
    }
    replayer.advance(state, replayer.eventCount(), &recorder);
    recorder.finish(endTime_);

    for (Lane& lane : lanes_) {
        // Only whole blocks are ever read (Lane::strongest); most task lanes have a few bars and
        // need none, which saves an allocation per lane.
        lane.blockMax.assign(lane.bars.size() / Lane::kBlock, 0);
        for (size_t b = 0; b < lane.blockMax.size() * Lane::kBlock; ++b) {
            uint8_t& m = lane.blockMax[b / Lane::kBlock];
            m = std::max<uint8_t>(m, static_cast<uint8_t>(barPriority(lane.bars[b].state)));
        }
    }

    // Markers at each await, arrows from a task's end to the resume of the task awaiting it.
    std::unordered_map<int, WakeArrow> pendingArrow;  // woken task -> arrow without its end yet
    const auto& events = trace.events;
    for (uint32_t i = 0; i < events.size(); ++i) {
        const ls::TraceEvent& e = events[i];
        const int lane = laneOfTask(e.task);
        if (lane < 0) continue;
        if (e.kind == ls::TraceKind::TaskSuspended) {
            lanes_[static_cast<size_t>(lane)].markers.push_back({e.time, e.line, i});
        } else if (e.kind == ls::TraceKind::TaskWoken && e.cause_kind == ls::WakeCause::Task && laneOfTask(e.cause) >= 0) {
            // task_woken is recorded when the wake-up is queued: the arrow starts there.
            pendingArrow[e.task] = {laneOfTask(e.cause), e.time, lane, 0};
        } else if (e.kind == ls::TraceKind::TaskResumed) {
            auto it = pendingArrow.find(e.task);
            if (it == pendingArrow.end()) continue;
            it->second.toTime = e.time;
            arrows_.push_back(it->second);
            pendingArrow.erase(it);
        }
    }
}

BarState Lane::strongest(size_t from, size_t to) const {
    to = std::min(to, bars.size());
    int best = 0;
    size_t i = from;
    for (; i < to && i % kBlock != 0; ++i) best = std::max(best, barPriority(bars[i].state));
    const int top = barPriority(BarState::Running);
    for (; i + kBlock <= to && best < top; i += kBlock) best = std::max<int>(best, blockMax[i / kBlock]);
    for (; i < to && best < top; ++i) best = std::max(best, barPriority(bars[i].state));
    return barStateOfPriority(best);
}

QString TimelineLanes::labelFor(const Lane& lane, const PlaybackModel& model) {
    switch (lane.kind) {
        case Lane::Kind::Task: return model.taskLabel(lane.id);
        case Lane::Kind::Thread:
            return QCoreApplication::translate("ls::gui::TimelineLanes", "Thread: %1").arg(model.threadLabel(lane.id));
        case Lane::Kind::Core: return QCoreApplication::translate("ls::gui::TimelineLanes", "Core %1").arg(lane.id);
    }
    return {};
}

int TimelineLanes::laneOfTask(int task) const {
    return task >= 0 && static_cast<size_t>(task) < taskLane_.size() ? taskLane_[static_cast<size_t>(task)] : -1;
}

const LaneBar* TimelineLanes::barAt(int lane, double time) const {
    if (lane < 0 || lane >= static_cast<int>(lanes_.size())) return nullptr;
    const auto& bars = lanes_[static_cast<size_t>(lane)].bars;
    // The last bar starting at or before `time` that has not ended before it.
    auto it = std::upper_bound(bars.begin(), bars.end(), time, [](double t, const LaneBar& b) { return t < b.start; });
    if (it == bars.begin()) return nullptr;
    --it;
    return it->end >= time ? &*it : nullptr;
}

}  // namespace ls::gui
