// loopscope-cli: runs a Python program in the engine without a GUI. See usage_text().
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include <loopscope/engine.h>
#include <loopscope/world.h>

#include "cli_options.h"
#include "lesson_commands.h"
#include "program_run.h"

namespace {

using ls::cli::kBadInvocation;

// Reads the whole file; on failure prints "loopscope-cli: cannot open 'x.py': <reason>".
std::optional<std::string> read_source(const std::string& path) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) {
        std::fprintf(stderr, "loopscope-cli: cannot open '%s': %s\n", path.c_str(),
                     std::strerror(errno));
        return std::nullopt;
    }
    std::string source;
    char buffer[1 << 16];
    size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) source.append(buffer, n);
    const bool failed = std::ferror(file);
    const int error = errno;  // e.g. EISDIR: fopen succeeds on a directory, reading fails
    std::fclose(file);
    if (failed) {
        std::fprintf(stderr, "loopscope-cli: cannot read '%s': %s\n", path.c_str(),
                     std::strerror(error));
        return std::nullopt;
    }
    return source;
}

int run(const ls::cli::CliOptions& options) {
    auto source = read_source(options.file);
    if (!source) return kBadInvocation;

    ls::RunOptions run_options;
    if (!options.world_file.empty()) {
        auto world = read_source(options.world_file);
        if (!world) return kBadInvocation;
        // A bad world is a bad invocation: say where it is wrong before running anything.
        if (auto problem = ls::check_world(*world)) {
            std::fprintf(stderr, "loopscope-cli: %s\n",
                         ls::format_world_problem(options.world_file, *problem).c_str());
            return kBadInvocation;
        }
        run_options.world_json = std::move(*world);
    }
    run_options.filename = options.file;  // like python3: tracebacks show the path as given
    run_options.seed = options.seed;
    if (options.cores) run_options.machine.cores = static_cast<int>(*options.cores);
    if (options.no_gil) run_options.machine.gil = false;
    if (options.instructions_per_unit) run_options.machine.instructions_per_unit = static_cast<double>(*options.instructions_per_unit);
    if (options.switch_interval) run_options.machine.switch_interval = *options.switch_interval;
    if (options.minutes) run_options.time_unit = ls::TimeUnit::Minutes;
    return ls::cli::run_and_write_outputs(*source, run_options, options);
}

int disasm(const ls::cli::CliOptions& options) {
    auto source = read_source(options.file);
    if (!source) return kBadInvocation;
    std::fputs(ls::disassemble_program(*source, options.file).c_str(), stdout);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    ls::cli::ParsedCommandLine parsed = ls::cli::parse_command_line(args);
    if (!parsed.options) {
        std::fprintf(stderr, "loopscope-cli: %s\nTry 'loopscope-cli --help' for more information.\n",
                     parsed.error.c_str());
        return kBadInvocation;
    }
    const ls::cli::CliOptions& options = *parsed.options;
    switch (options.command) {
    case ls::cli::Command::Help:
        std::fputs(ls::cli::usage_text().c_str(), stdout);
        return 0;
    case ls::cli::Command::Version:
        std::printf("loopscope-cli %s\n", LOOPSCOPE_VERSION);
        return 0;
    case ls::cli::Command::Run:
        return run(options);
    case ls::cli::Command::Disasm:
        return disasm(options);
    case ls::cli::Command::Check:
        return ls::cli::check_lessons(options);
    case ls::cli::Command::Lesson:
        return ls::cli::run_lesson(options);
    }
    return kBadInvocation;
}
