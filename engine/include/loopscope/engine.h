// Loopscope engine: the public facade. Load a Python program, run it on the simulated runtime,
// get its output, exit status and diagnostics. Nothing here prints or reads the wall clock.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "loopscope/trace.h"

namespace ls {

// Budgets that turn runaway programs into diagnostics instead of hangs or crashes.
struct RunLimits {
    uint64_t max_steps = 200'000'000;       // bytecode instructions per run
    uint64_t max_memory_bytes = 1ull << 30;  // live heap bytes
    int max_recursion = 1000;                // Python's default recursion limit
    uint64_t max_steps_per_task_step = 20'000'000;  // one task step without an await
    double max_virtual_time = 1e6;           // seconds of virtual time a run may reach
    size_t max_trace_events = 5'000'000;     // later events are dropped (trace.truncated)
};

enum class Stream { Stdout, Stderr };

// Receives a program's output as it is produced.
class Host {
public:
    virtual ~Host() = default;
    virtual void write(Stream stream, std::string_view text) = 0;
};

// A problem the engine itself reports (not a Python exception): budgets exhausted and similar.
// `code` is stable and machine-readable; `message` is plain English for the CLI; the app words
// the code in the user's language using `args`.
struct Diagnostic {
    std::string code;    // e.g. "step-budget", "memory-budget"
    std::string message;
    std::string file;
    int line = 0;
    int col = 0;
    std::vector<std::string> args;
};

// The simulated machine a run happens on. Times are in the run's time unit.
struct MachineOptions {
    int cores = 2;                       // simulated cores ("two people")
    bool gil = true;                     // false: free-threaded Python, threads run in parallel
    double switch_interval = 0.005;      // seconds, as sys.setswitchinterval; converted to the unit
    // Instructions a core runs per unit of virtual time; 0 means instructions take no virtual time
    // (the default: a plain program's timings then match CPython's to the digit).
    double instructions_per_unit = 0;
};

enum class TimeUnit { Seconds, Minutes };

struct RunOptions {
    std::string filename = "prog.py";   // as shown in tracebacks
    RunLimits limits;
    uint64_t seed = 0;                   // for `random`, thread preemption and anything pseudo-random
    bool record_trace = false;           // fill RunResult::trace
    // Write "Loopscope stopped the program: <message>" to stderr when a budget or a deadlock stops
    // the run (the CLI). The app turns this off: it words RunResult::diagnostics in the user's
    // language instead.
    bool diagnostics_on_stderr = true;
    bool trace_lines = false;            // also record a Line event per statement
    MachineOptions machine;
    TimeUnit time_unit = TimeUnit::Seconds;  // what one unit of virtual time means (labels only)
    // The simulated world as JSON: {"urls": {URL: {"latency": s, "status": 200, "body": "..."}},
    // "files": {PATH: "content"}}; schema in engine/WORLD.md. Empty: an empty world.
    std::string world_json;
    // Another thread sets *cancel to stop the run within a few thousand instructions; the run
    // then ends with the Diagnostic "cancelled". Null: the run cannot be cancelled.
    std::atomic<bool>* cancel = nullptr;
};

struct RunResult {
    int exit_code = 0;                   // as python3 would exit: 0, or 1 after an error
    std::vector<Diagnostic> diagnostics;
    Trace trace;                         // empty unless RunOptions::record_trace
};

// Compiles and runs `source` as the __main__ module. Output goes to `host` as it happens.
RunResult run_program(const std::string& source, const RunOptions& options, Host& host);

// Convenience for tests and tools: collects stdout and stderr into strings.
struct CapturedRun {
    std::string out, err;
    RunResult result;
};
CapturedRun run_captured(const std::string& source, const RunOptions& options);

// A disassembly of the compiled program (one code object after another), for tests and tools.
// Returns the SyntaxError text instead if the source does not compile.
std::string disassemble_program(const std::string& source, const std::string& filename);

}  // namespace ls
