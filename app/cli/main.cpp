// loopscope-cli: runs a Python program in the engine without a GUI. See usage_text().
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include <loopscope/engine.h>

#include "cli_options.h"
#include "stream_host.h"

namespace {

constexpr int kBadInvocation = 2;

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

bool write_file(const std::string& path, const std::string& text) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) {
        std::fprintf(stderr, "loopscope-cli: cannot write '%s': %s\n", path.c_str(), std::strerror(errno));
        return false;
    }
    std::fwrite(text.data(), 1, text.size(), f);
    std::fclose(f);
    return true;
}

int run(const ls::cli::CliOptions& options) {
    auto source = read_source(options.file);
    if (!source) return kBadInvocation;

    ls::RunOptions run_options;
    run_options.filename = options.file;  // like python3: tracebacks show the path as given
    run_options.seed = options.seed;
    if (options.max_steps) run_options.limits.max_steps = *options.max_steps;
    run_options.record_trace = !options.trace_file.empty() || !options.chrome_trace_file.empty() || !options.summary_file.empty();

    ls::cli::StreamHost host(stdout, stderr);
    // The engine reports its own diagnostics (budgets exhausted, ...) on the program's stderr
    // too, so result.diagnostics need not be printed again.
    const ls::RunResult result = ls::run_program(*source, run_options, host);
    std::fflush(stdout);
    // Trace files are written even when the program failed: the partial trace is the story.
    const std::pair<const std::string*, std::string (*)(const ls::Trace&)> outputs[] = {
        {&options.trace_file, ls::trace_to_json},
        {&options.chrome_trace_file, ls::trace_to_chrome_json},
        {&options.summary_file, ls::summary_to_json},
    };
    for (const auto& [file, serialise] : outputs) {
        if (file->empty()) continue;
        if (!write_file(*file, serialise(result.trace))) return kBadInvocation;
    }
    return result.exit_code;
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
    }
    return kBadInvocation;
}
