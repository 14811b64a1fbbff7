#include "program_run.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string_view>
#include <utility>

#include "stream_host.h"

namespace ls::cli {
namespace {

// Writes what `write` produces, chunk by chunk (a big trace is never held twice in memory).
bool write_file(const std::string& path, const std::function<void(const TextSink&)>& write) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) {
        std::fprintf(stderr, "loopscope-cli: cannot write '%s': %s\n", path.c_str(), std::strerror(errno));
        return false;
    }
    bool ok = true;
    write([&](std::string_view chunk) { ok = ok && std::fwrite(chunk.data(), 1, chunk.size(), f) == chunk.size(); });
    ok = std::fclose(f) == 0 && ok;
    if (!ok) std::fprintf(stderr, "loopscope-cli: cannot write '%s': %s\n", path.c_str(), std::strerror(errno));
    return ok;
}

}  // namespace

int run_and_write_outputs(const std::string& source, RunOptions run_options, const CliOptions& options) {
    RunLimits& limits = run_options.limits;
    if (options.max_steps) limits.max_steps = *options.max_steps;
    if (options.max_task_steps) limits.max_steps_per_task_step = *options.max_task_steps;
    if (options.max_memory_mb) limits.max_memory_bytes = *options.max_memory_mb << 20;
    if (options.max_trace_events) limits.max_trace_events = *options.max_trace_events;
    if (options.max_virtual_time) limits.max_virtual_time = *options.max_virtual_time;
    run_options.record_trace = !options.trace_file.empty() || !options.chrome_trace_file.empty() || !options.summary_file.empty();

    StreamHost host(stdout, stderr);
    // The engine reports its own diagnostics (budgets exhausted, ...) on the program's stderr
    // too, so result.diagnostics need not be printed again.
    const RunResult result = run_program(source, run_options, host);
    std::fflush(stdout);
    // Trace files are written even when the program failed: the partial trace is the story.
    const Trace& trace = result.trace;
    const std::pair<const std::string*, std::function<void(const TextSink&)>> outputs[] = {
        {&options.trace_file, [&](const TextSink& sink) { write_trace_json(trace, sink); }},
        {&options.chrome_trace_file, [&](const TextSink& sink) { write_chrome_trace_json(trace, sink); }},
        {&options.summary_file, [&](const TextSink& sink) { sink(summary_to_json(trace)); }},
    };
    for (const auto& [file, write] : outputs) {
        if (file->empty()) continue;
        if (!write_file(*file, write)) return kBadInvocation;
    }
    return result.exit_code;
}

}  // namespace ls::cli
