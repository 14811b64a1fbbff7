// libFuzzer target: compile and run the input under small budgets (fuzz_support.cpp) with output
// thrown away, then export its trace. asyncio, threads and the simulated machine are all in reach
// (the dictionary names them). A run must end with an exit status, never a crash or a hang.
#include <cstdint>
#include <cstdlib>
#include <string>

#include <loopscope/engine.h>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string source = ls::fuzz::as_string(data, size);
    ls::fuzz::DiscardHost host;
    const ls::RunResult result = ls::run_program(source, ls::fuzz::small_run_options(), host);
    for (const auto& d : result.diagnostics)
        if (d.code.empty() || d.message.empty()) std::abort();
    (void)ls::trace_to_json(result.trace);
    (void)ls::trace_to_chrome_json(result.trace);
    return 0;
}
