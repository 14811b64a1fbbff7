// Programs that refuse to finish, and programs that reach for the host. Every hostile program
// must end by itself with exit status 1 and the engine's diagnostic (or Python's own error where
// CPython gives one), within seconds; every route to the host must fail with a clear error
// (tests/sandbox/*.py, in the program-test format of program_file.h, checked against these
// expectations because CPython, which does reach the host, cannot be the oracle there).
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <loopscope/engine.h>

#include "program_file.h"

namespace {

namespace fs = std::filesystem;

struct HostileCase {
    std::string name;
    std::function<std::string()> source;  // built on demand: some are megabytes long
    std::function<void(ls::RunLimits&)> limits;
    std::string code;            // the engine's diagnostic code, or "" for a Python error
    std::string last_stderr;     // a text the last stderr line must contain
};

void PrintTo(const HostileCase& c, std::ostream* os) { *os << c.name; }

std::string text(const char* s) { return s; }
std::function<std::string()> src(const char* s) { return [s] { return text(s); }; }
void defaults(ls::RunLimits&) {}

std::vector<HostileCase> hostile_cases() {
    return {
        {"infinite_loop", src("while True:\n    pass\n"), [](ls::RunLimits& l) { l.max_steps = 5'000'000; },
         "step-budget", "Is there a loop that never ends?"},
        {"infinite_loop_with_await",
         src("import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(main())\n"),
         [](ls::RunLimits& l) { l.max_steps = 5'000'000; }, "step-budget", "it was at line 4"},
        {"infinite_loop_with_sleep",
         src("import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(1)\nasyncio.run(main())\n"),
         [](ls::RunLimits& l) { l.max_virtual_time = 1000; }, "time-horizon", "horizon"},
        {"task_never_yields",
         src("import asyncio\nasync def spin():\n    while True:\n        pass\n"
             "async def main():\n    asyncio.create_task(spin())\n    await asyncio.sleep(1)\nasyncio.run(main())\n"),
         [](ls::RunLimits& l) { l.max_steps_per_task_step = 1'000'000; }, "loop-blocked", "The event loop is blocked"},
        {"run_forever_idle", src("import asyncio\nloop = asyncio.new_event_loop()\nloop.run_forever()\n"), defaults,
         "idle-forever", "run_forever() waits forever"},
        {"deadlock_on_future",
         src("import asyncio\nasync def main():\n    await asyncio.get_running_loop().create_future()\nasyncio.run(main())\n"),
         defaults, "deadlock", "waits for"},
        {"deadlock_between_threads",
         src("import threading, time\na = threading.Lock()\nb = threading.Lock()\n"
             "def one():\n    with a:\n        time.sleep(0.1)\n        with b:\n            pass\n"
             "def two():\n    with b:\n        time.sleep(0.1)\n        with a:\n            pass\n"
             "t1 = threading.Thread(target=one)\nt2 = threading.Thread(target=two)\nt1.start(); t2.start()\nt1.join(); t2.join()\n"),
         defaults, "deadlock", ""},
        {"swallowed_cancellation",
         src("import asyncio\nasync def stubborn():\n    while True:\n        try:\n            await asyncio.sleep(1)\n"
             "        except asyncio.CancelledError:\n            pass\n"
             "async def main():\n    t = asyncio.create_task(stubborn())\n    await asyncio.sleep(0.5)\n    t.cancel()\n"
             "    await asyncio.wait_for(t, 2)\nasyncio.run(main())\n"),
         [](ls::RunLimits& l) { l.max_virtual_time = 1000; }, "cancel-swallowed", "was cancelled 2 times and is still running"},
        {"swallowed_cancellation_busy",
         src("import asyncio\nasync def stubborn():\n    while True:\n        try:\n            await asyncio.sleep(0)\n"
             "        except asyncio.CancelledError:\n            pass\n"
             "async def main():\n    t = asyncio.create_task(stubborn())\n    await asyncio.sleep(0)\n    t.cancel()\n"
             "    await t\nasyncio.run(main())\n"),
         [](ls::RunLimits& l) { l.max_steps = 5'000'000; }, "cancel-swallowed", "was cancelled once and is still running"},
        {"memory_growth", src("x = []\nwhile True:\n    x.append('a' * 1000)\n"),
         [](ls::RunLimits& l) { l.max_memory_bytes = 64u << 20; }, "memory-budget", "more than 64 MB of memory"},
        {"memory_growth_in_a_task",
         src("import asyncio\nasync def hoard():\n    x = []\n    while True:\n        x.append('x' * 4096)\n"
             "        await asyncio.sleep(0)\nasyncio.run(hoard())\n"),
         [](ls::RunLimits& l) { l.max_memory_bytes = 64u << 20; }, "memory-budget", "tasks created faster"},
        {"memory_doubling", src("s = 'a'\nwhile True:\n    s = s + s\n"), [](ls::RunLimits& l) { l.max_memory_bytes = 64u << 20; },
         "", "MemoryError"},
        {"deep_recursion", src("def f(n):\n    return f(n + 1)\nf(0)\n"), defaults, "",
         "RecursionError: maximum recursion depth exceeded"},
        {"nested_parentheses_100k",
         [] { return "x = " + std::string(100'000, '(') + "1" + std::string(100'000, ')') + "\n"; }, defaults, "",
         "SyntaxError: too many nested parentheses"},
        {"long_expression_line_5mb",
         [] {
             std::string s = "x = 1";
             while (s.size() < 5'000'000) s += "+1";
             return s + "\nprint(x)\n";
         },
         defaults, "", "RecursionError: maximum recursion depth exceeded during compilation"},
        {"garbage_line_5mb", [] { return std::string(5'000'000, '$') + "\n"; }, defaults, "", "SyntaxError: invalid syntax"},
        {"million_tasks",
         src("import asyncio\nasync def t(i):\n    await asyncio.sleep(1)\n"
             "async def main():\n    await asyncio.gather(*(t(i) for i in range(1_000_000)))\nasyncio.run(main())\n"),
         [](ls::RunLimits& l) { l.max_memory_bytes = 128u << 20; }, "memory-budget", "tasks created faster"},
    };
}

class HostileProgram : public ::testing::TestWithParam<HostileCase> {};

TEST_P(HostileProgram, EndsByItselfWithExitOneAndADiagnostic) {
    const HostileCase& c = GetParam();
    ls::RunOptions options;
    options.filename = "prog.py";
    c.limits(options.limits);
    const std::string source = c.source();
    const auto start = std::chrono::steady_clock::now();
    const ls::CapturedRun run = ls::run_captured(source, options);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%s: exit %d after %.2f s\n", c.name.c_str(), run.result.exit_code, seconds);

    EXPECT_EQ(run.result.exit_code, 1) << run.err;
    EXPECT_LT(seconds, 20.0);
    if (c.code.empty()) {
        EXPECT_TRUE(run.result.diagnostics.empty()) << run.result.diagnostics.front().message;
    } else {
        ASSERT_EQ(run.result.diagnostics.size(), 1u) << run.err;
        EXPECT_EQ(run.result.diagnostics.front().code, c.code) << run.result.diagnostics.front().message;
        EXPECT_GT(run.result.diagnostics.front().line, 0);
    }
    // What the student reads: the last line of stderr carries the explanation.
    std::string err = run.err;
    while (!err.empty() && err.back() == '\n') err.pop_back();
    ASSERT_FALSE(err.empty());
    const std::string last = err.substr(err.rfind('\n') == std::string::npos ? 0 : err.rfind('\n') + 1);
    EXPECT_NE(err.find(c.last_stderr), std::string::npos) << err.substr(0, 2000);
    EXPECT_LT(last.size() + 1, 20'000u) << "the message must be readable, not the whole 5 MB line";
}

INSTANTIATE_TEST_SUITE_P(Hostile, HostileProgram, ::testing::ValuesIn(hostile_cases()),
                         [](const ::testing::TestParamInfo<HostileCase>& info) { return info.param.name; });

// The trace budget drops later events and says so; the run itself goes on and succeeds.
TEST(HostileProgramTrace, TraceBudgetTruncatesWithoutStoppingTheRun) {
    ls::RunOptions options;
    options.record_trace = true;
    options.limits.max_trace_events = 1000;
    const ls::CapturedRun run = ls::run_captured(
        "import asyncio\nasync def tick(n):\n    for _ in range(n):\n        await asyncio.sleep(0)\n"
        "async def main():\n    await asyncio.gather(*(tick(100) for _ in range(50)))\n    print('done')\nasyncio.run(main())\n",
        options);
    EXPECT_EQ(run.result.exit_code, 0) << run.err;
    EXPECT_EQ(run.out, "done\n");
    EXPECT_TRUE(run.result.trace.truncated);
    EXPECT_EQ(run.result.trace.events.size(), 1000u);
}

// A run that stopped early still leaves the trace of what happened until then.
TEST(HostileProgramTrace, StoppedRunKeepsItsPartialTrace) {
    ls::RunOptions options;
    options.record_trace = true;
    options.limits.max_steps_per_task_step = 1'000'000;
    const ls::CapturedRun run = ls::run_captured(
        "import asyncio\nasync def spin():\n    print('spinning')\n    while True:\n        pass\n"
        "async def main():\n    asyncio.create_task(spin())\n    await asyncio.sleep(1)\nasyncio.run(main())\n",
        options);
    EXPECT_EQ(run.result.exit_code, 1);
    EXPECT_EQ(run.out, "spinning\n");
    ASSERT_GE(run.result.trace.tasks.size(), 2u);
    EXPECT_FALSE(run.result.trace.events.empty());
}

// ---- the host stays out of reach --------------------------------------------------------------

struct SandboxCase {
    fs::path path;
    std::string name;
};
void PrintTo(const SandboxCase& c, std::ostream* os) { *os << c.path.string(); }

std::vector<SandboxCase> sandbox_cases() {
    const fs::path root = LOOPSCOPE_SANDBOX_DIR;
    const auto files = ls::testing::discover_programs(root);
    const auto names = ls::testing::test_names(files, root);
    std::vector<SandboxCase> cases;
    for (size_t i = 0; i < files.size(); ++i) cases.push_back({files[i], names[i]});
    return cases;
}

class HostRoute : public ::testing::TestWithParam<SandboxCase> {};

TEST_P(HostRoute, FailsWithAClearError) {
    const fs::path& path = GetParam().path;
    const std::string source = ls::testing::read_file(path);
    const auto spec = ls::testing::parse_program_spec(source);
    ls::RunOptions options;
    options.filename = "prog.py";
    const ls::CapturedRun run = ls::run_captured(source, options);
    const ls::testing::ProgramOutput output{run.result.exit_code, run.out, run.err};
    const auto mismatches = ls::testing::check_program_output(spec, output);
    if (!mismatches.empty()) ADD_FAILURE() << path.string() << "\n" << ls::testing::describe_failure(spec, output, mismatches);
}

INSTANTIATE_TEST_SUITE_P(Sandbox, HostRoute, ::testing::ValuesIn(sandbox_cases()),
                         [](const ::testing::TestParamInfo<SandboxCase>& info) { return info.param.name; });

// Writing a file in a program changes the simulated world only, never the host's folders.
TEST(HostIsolation, WritingAFileLeavesTheHostUnchanged) {
    const fs::path here = fs::current_path() / "loopscope-host-isolation.txt";
    const fs::path tmp = fs::temp_directory_path() / "loopscope-host-isolation.txt";
    fs::remove(here);
    fs::remove(tmp);
    const ls::CapturedRun run = ls::run_captured(
        "with open('loopscope-host-isolation.txt', 'w') as f:\n    f.write('x')\n"
        "print(open('loopscope-host-isolation.txt').read())\n"
        "try:\n    open('" + tmp.string() + "', 'w')\nexcept FileNotFoundError as e:\n    print('refused')\n",
        ls::RunOptions{});
    EXPECT_EQ(run.out, "x\nrefused\n") << run.err;
    EXPECT_FALSE(fs::exists(here));
    EXPECT_FALSE(fs::exists(tmp));
}

}  // namespace
