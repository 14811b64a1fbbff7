// Golden traces: a scheduling program's trace (every task switch, wake-up and print, on the
// virtual clock) must stay byte-identical. Each tests/programs/**/NAME.trace.json sits beside
// NAME.py. After a deliberate change of the trace, regenerate them with
//   LOOPSCOPE_UPDATE_GOLDEN=1 build/tests/engine_unit_tests --gtest_filter='GoldenTrace*'
// and review the diff like code.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "loopscope/engine.h"

namespace ls {
namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<fs::path> golden_files() {
    std::vector<fs::path> out;
    for (auto& e : fs::recursive_directory_iterator(LOOPSCOPE_PROGRAMS_DIR)) {
        const std::string name = e.path().filename().string();
        if (name.size() > 11 && name.substr(name.size() - 11) == ".trace.json") out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string trace_of(const fs::path& program) {
    RunOptions o;
    o.filename = "prog.py";
    o.record_trace = true;
    CapturedRun r = run_captured(read_file(program), o);
    return trace_to_json(r.result.trace);
}

class GoldenTrace : public ::testing::TestWithParam<fs::path> {};

TEST_P(GoldenTrace, IsUnchanged) {
    const fs::path golden = GetParam();
    std::string base = golden.string();
    const fs::path program = base.substr(0, base.size() - 11) + ".py";
    ASSERT_TRUE(fs::exists(program)) << "no program beside " << golden;
    const std::string actual = trace_of(program);
    if (const char* update = std::getenv("LOOPSCOPE_UPDATE_GOLDEN"); update && std::string(update) == "1") {
        std::ofstream(golden, std::ios::binary) << actual;
        GTEST_SKIP() << "regenerated " << golden;
    }
    const std::string expected = read_file(golden);
    if (actual == expected) return;
    // Show the first line that differs, not two whole traces.
    std::istringstream a(actual), e(expected);
    std::string la, le;
    int line = 0;
    while (true) {
        ++line;
        bool more_a = static_cast<bool>(std::getline(a, la));
        bool more_e = static_cast<bool>(std::getline(e, le));
        if (!more_a && !more_e) break;
        if (la != le || more_a != more_e) break;
    }
    ADD_FAILURE() << "the trace of " << program << " changed at line " << line << ":\n  golden: " << le << "\n  now:    " << la
                  << "\nIf that is intended, regenerate with LOOPSCOPE_UPDATE_GOLDEN=1 and review the diff.";
}

TEST(GoldenTraceDeterminism, TheSameProgramTracesIdenticallyTwice) {
    for (const fs::path& golden : golden_files()) {
        std::string base = golden.string();
        const fs::path program = base.substr(0, base.size() - 11) + ".py";
        EXPECT_EQ(trace_of(program), trace_of(program)) << program;
    }
}

std::string test_name(const ::testing::TestParamInfo<fs::path>& info) {
    std::string rel = fs::relative(info.param, LOOPSCOPE_PROGRAMS_DIR).string();
    std::string out;
    for (char c : rel.substr(0, rel.size() - 11)) out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    return out;
}

INSTANTIATE_TEST_SUITE_P(Scheduling, GoldenTrace, ::testing::ValuesIn(golden_files()), test_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(GoldenTrace);

}  // namespace
}  // namespace ls
