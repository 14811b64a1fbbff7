// What the student changed about how programs run in the app: an instruction cost (so that a
// CPU-bound program takes virtual time) and the budgets that stop runaway programs. Each field
// left empty keeps what the program's lesson (or the engine's default) says.
#pragma once

#include <cstdint>
#include <optional>

#include <loopscope/engine.h>

namespace ls::gui {

struct RunSettings {
    std::optional<double> instructionsPerSecond;  // 0: instructions take no virtual time
    std::optional<uint64_t> maxSteps;             // bytecode instructions per run
    std::optional<uint64_t> maxStepsWithoutAwait; // one task step without reaching an await
    std::optional<double> maxVirtualTime;         // seconds (or minutes) of virtual time
    std::optional<uint64_t> maxMemoryBytes;       // live heap
    std::optional<uint64_t> maxTraceEvents;       // later events are not recorded

    // Overrides `options` with every field that is set.
    void applyTo(ls::RunOptions& options) const;
    bool isEmpty() const;
    bool operator==(const RunSettings&) const = default;
};

}  // namespace ls::gui
