// `check PATH...` and `lesson PATH --list | --variant NAME`: the CLI face of loopscope_lessons.
#pragma once

#include "cli_options.h"

namespace ls::cli {

// Prints every problem as file:line:column: message, then a summary line. 0 if none, else 1.
int check_lessons(const CliOptions& options);

// --list prints the variants; --variant runs one like `run` (same trace options). A lesson that
// does not load is reported like `check` would and exits with kBadInvocation.
int run_lesson(const CliOptions& options);

}  // namespace ls::cli
