#include "run_settings.h"

namespace ls::gui {

void RunSettings::applyTo(ls::RunOptions& options) const {
    if (instructionsPerSecond) options.machine.instructions_per_unit = *instructionsPerSecond;
    if (maxSteps) options.limits.max_steps = *maxSteps;
    if (maxStepsWithoutAwait) options.limits.max_steps_per_task_step = *maxStepsWithoutAwait;
    if (maxVirtualTime) options.limits.max_virtual_time = *maxVirtualTime;
    if (maxMemoryBytes) options.limits.max_memory_bytes = *maxMemoryBytes;
    if (maxTraceEvents) options.limits.max_trace_events = static_cast<size_t>(*maxTraceEvents);
}

bool RunSettings::isEmpty() const { return *this == RunSettings{}; }

}  // namespace ls::gui
