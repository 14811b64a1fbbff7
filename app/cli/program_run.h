// Running a program and writing the trace files asked for on the command line: shared by `run`
// and `lesson --variant`.
#pragma once

#include <string>

#include <loopscope/engine.h>

#include "cli_options.h"

namespace ls::cli {

// Exit status for a bad invocation of loopscope-cli itself (also: an output file not writable).
constexpr int kBadInvocation = 2;

// Runs `source` with `run_options` plus what `options` adds (--max-steps, and a trace when
// --trace/--chrome-trace/--summary asks for one); the program's output goes to stdout/stderr.
// Returns the program's exit status, or kBadInvocation if a trace file cannot be written.
int run_and_write_outputs(const std::string& source, RunOptions run_options, const CliOptions& options);

}  // namespace ls::cli
