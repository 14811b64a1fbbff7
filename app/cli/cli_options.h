// Command-line parsing for loopscope-cli. Pure: no I/O, so the rules are easy to test.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ls::cli {

enum class Command { Run, Disasm, Check, Lesson, Help, Version };

struct CliOptions {
    Command command = Command::Help;
    std::string file;                     // as given on the command line (used in tracebacks)
    std::vector<std::string> paths;       // check: every PATH given (file is the first)
    uint64_t seed = 0;                    // --seed N
    bool seed_given = false;              // lesson: --seed replaces the lesson's seed
    std::optional<uint64_t> max_steps;    // --max-steps N
    std::optional<uint64_t> max_task_steps;    // --max-task-steps N
    std::optional<uint64_t> max_memory_mb;     // --max-memory MB
    std::optional<uint64_t> max_trace_events;  // --max-trace-events N
    std::optional<double> max_virtual_time;    // --max-virtual-time T
    std::string trace_file;               // --trace OUT.json
    std::string chrome_trace_file;        // --chrome-trace OUT.json
    std::string summary_file;             // --summary OUT.json
    bool list = false;                    // lesson --list
    std::string variant;                  // lesson --variant NAME
    std::string scenario;                 // lesson --scenario NAME (parameter values)
    std::string world_file;               // --world FILE.json: the simulated web and files
    // The simulated machine (run): --cores N, --no-gil, --ips N, --switch-interval SECONDS, --minutes
    std::optional<uint64_t> cores;
    bool no_gil = false;
    std::optional<uint64_t> instructions_per_unit;
    std::optional<double> switch_interval;
    bool minutes = false;
};

// Either options or an error message (a bad invocation: the caller exits with status 2).
struct ParsedCommandLine {
    std::optional<CliOptions> options;
    std::string error;
};

// `args` excludes argv[0].
ParsedCommandLine parse_command_line(const std::vector<std::string>& args);

// The --help text. Documents exactly the options parse_command_line accepts.
std::string usage_text();

}  // namespace ls::cli
