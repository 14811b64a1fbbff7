// Engine benchmarks (Google Benchmark). Each runs one program from tests/bench/programs end to
// end through the public facade, the way the CLI and the app do.
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include <benchmark/benchmark.h>

#include <loopscope/engine.h>

namespace {

std::string load_program(const std::string& name) {
    std::ifstream in(std::string(LOOPSCOPE_BENCH_PROGRAMS_DIR) + "/" + name, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Parse + compile + run. `items_per_run` turns the timing into a rate (e.g. task switches/s).
// With `traced`, the run records the full trace and writes it as JSON (to a sink that only
// counts bytes), as `loopscope-cli run --trace OUT.json` does.
void run_program_benchmark(benchmark::State& state, const std::string& file, int64_t items_per_run, bool traced = false) {
    const std::string source = load_program(file);
    if (source.empty()) {
        state.SkipWithError(("cannot read " + file).c_str());
        return;
    }
    ls::RunOptions options;
    options.filename = file;
    options.record_trace = traced;
    size_t json_bytes = 0;
    for (auto _ : state) {
        ls::CapturedRun run = ls::run_captured(source, options);
        if (run.result.exit_code != 0) {
            // Until the engine supports everything the program uses, say why instead of timing it.
            state.SkipWithError(("the program failed: " + run.err).c_str());
            return;
        }
        if (traced) ls::write_trace_json(run.result.trace, [&](std::string_view chunk) { json_bytes += chunk.size(); });
        benchmark::DoNotOptimize(run.out);
    }
    if (traced) state.counters["json_MB_per_run"] = double(json_bytes) / double(state.iterations()) / 1e6;
    if (items_per_run > 0) state.SetItemsProcessed(state.iterations() * items_per_run);
}

// A CPU-bound program: the bytecode loop, list indexing, range iteration, int arithmetic.
void BM_Sieve(benchmark::State& state) { run_program_benchmark(state, "sieve.py", 0); }
BENCHMARK(BM_Sieve)->Unit(benchmark::kMillisecond);

// asyncio.sleep(0) hand-offs between two tasks; CPython manages about 0.4 M switches/s here.
void BM_TaskSwitches(benchmark::State& state) {
    run_program_benchmark(state, "switches.py", 20000);
}
BENCHMARK(BM_TaskSwitches)->Unit(benchmark::kMillisecond);

// The loop's hot path at the scale of the performance bar: 100 tasks x 10,000 sleep(0), trace
// off and with the full trace recorded and written (python3 takes about 1 s of CPU for it).
void BM_MillionSwitches(benchmark::State& state) { run_program_benchmark(state, "switches_1m.py", 1'000'000); }
BENCHMARK(BM_MillionSwitches)->Unit(benchmark::kMillisecond);
void BM_MillionSwitchesTraced(benchmark::State& state) {
    run_program_benchmark(state, "switches_1m.py", 1'000'000, true);
}
BENCHMARK(BM_MillionSwitchesTraced)->Unit(benchmark::kMillisecond);

// Parse + compile only (the disassembler compiles without running).
void BM_CompileSieve(benchmark::State& state) {
    const std::string source = load_program("sieve.py");
    for (auto _ : state) benchmark::DoNotOptimize(ls::disassemble_program(source, "sieve.py"));
}
BENCHMARK(BM_CompileSieve)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
