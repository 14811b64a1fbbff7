#include "fuzz_support.h"

namespace ls::fuzz {

RunOptions small_run_options() {
    RunOptions options;
    options.filename = "fuzz.py";
    options.limits.max_steps = 200'000;
    options.limits.max_steps_per_task_step = 100'000;
    options.limits.max_memory_bytes = 64ull << 20;
    options.limits.max_virtual_time = 1e4;
    options.limits.max_trace_events = 20'000;
    options.record_trace = true;  // the recorder and the JSON export are fuzzed too
    options.trace_lines = true;
    return options;
}

}  // namespace ls::fuzz
