// Runs every tests/programs/<feature>/<case>.py in the engine and checks its `# expect`
// annotations (format: program_file.h). One GoogleTest case per file, named feature_case.
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <loopscope/engine.h>

#include "program_file.h"

namespace {

namespace fs = std::filesystem;
using ls::testing::ProgramOutput;

struct ProgramCase {
    fs::path path;
    std::string name;
};

// How GoogleTest shows the parameter in messages (instead of its bytes).
void PrintTo(const ProgramCase& program, std::ostream* os) { *os << program.path.string(); }

std::vector<ProgramCase> all_programs() {
    const fs::path root = LOOPSCOPE_PROGRAMS_DIR;
    const auto files = ls::testing::discover_programs(root);
    const auto names = ls::testing::test_names(files, root);
    std::vector<ProgramCase> cases;
    for (size_t i = 0; i < files.size(); ++i) cases.push_back({files[i], names[i]});
    return cases;
}

class ProgramTest : public ::testing::TestWithParam<ProgramCase> {};

TEST_P(ProgramTest, MeetsExpectations) {
    const fs::path& path = GetParam().path;
    const std::string source = ls::testing::read_file(path);
    const ls::testing::ProgramSpec spec = ls::testing::parse_program_spec(source);

    ls::RunOptions options;
    options.filename = "prog.py";  // what the annotations (written against python3) expect
    if (spec.world) options.world_json = ls::testing::read_file(path.parent_path() / spec.world->text);
    const ls::CapturedRun run = ls::run_captured(source, options);
    const ProgramOutput output{run.result.exit_code, run.out, run.err};

    const std::vector<std::string> mismatches = ls::testing::check_program_output(spec, output);
    if (!mismatches.empty()) {
        ADD_FAILURE() << path.string() << "\n"
                      << ls::testing::describe_failure(spec, output, mismatches);
    }
}

INSTANTIATE_TEST_SUITE_P(Programs, ProgramTest, ::testing::ValuesIn(all_programs()),
                         [](const ::testing::TestParamInfo<ProgramCase>& info) {
                             return info.param.name;
                         });
// Before the first program file exists the suite is simply empty.
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(ProgramTest);

// ---- the format itself: the checker must catch what it claims to catch ----------------------

using ls::testing::check_program_output;
using ls::testing::parse_program_spec;

TEST(ProgramFormat, ReadsStdoutLinesInFileOrderIncludingEmptyOnes) {
    const auto spec = parse_program_spec("print('a')  # expect: a\nprint()  # expect:\n# expect: b c\n");
    ASSERT_EQ(spec.stdout_lines.size(), 3u);
    EXPECT_EQ(spec.stdout_lines[0].text, "a");
    EXPECT_EQ(spec.stdout_lines[1].text, "");
    EXPECT_EQ(spec.stdout_lines[2].text, "b c");
    EXPECT_EQ(spec.stdout_lines[2].line, 3);
    EXPECT_TRUE(check_program_output(spec, {0, "a\n\nb c\n", ""}).empty());
    EXPECT_FALSE(check_program_output(spec, {0, "a\nb c\n", ""}).empty());
    EXPECT_FALSE(check_program_output(spec, {0, "a\n\nb c", ""}).empty()) << "no final newline";
}

TEST(ProgramFormat, FileWithoutExpectationsFails) {
    const auto spec = parse_program_spec("print('x')\n# just a comment\n");
    EXPECT_TRUE(spec.asserts_nothing());
    EXPECT_FALSE(check_program_output(spec, {0, "", ""}).empty());
}

TEST(ProgramFormat, MalformedAnnotationFails) {
    const auto spec = parse_program_spec("print(1)  # expect 1\n# expect: 1\n");
    EXPECT_EQ(spec.problems.size(), 1u);
    EXPECT_FALSE(check_program_output(spec, {0, "1\n", ""}).empty());
}

TEST(ProgramFormat, RuntimeErrorNeedsExitOneTracebackAndLastLine) {
    const auto spec = parse_program_spec("print('x')  # expect: x\n"
                                         "raise ValueError('no')  # expect runtime error: ValueError: no\n");
    const std::string traceback = "Traceback (most recent call last):\n"
                                  "  File \"prog.py\", line 2, in <module>\nValueError: no\n";
    EXPECT_TRUE(check_program_output(spec, {1, "x\n", traceback}).empty());
    EXPECT_FALSE(check_program_output(spec, {0, "x\n", traceback}).empty()) << "exit status";
    EXPECT_FALSE(check_program_output(spec, {1, "", traceback}).empty()) << "stdout still applies";
    EXPECT_FALSE(check_program_output(spec, {1, "x\n", "ValueError: no\n"}).empty()) << "no traceback";
}

TEST(ProgramFormat, CompileErrorMustBeReportedOnItsLine) {
    const auto spec = parse_program_spec("x = 1\nx = (1 +  # expect error: SyntaxError: '(' was never closed\n");
    ASSERT_TRUE(spec.compile_error);
    EXPECT_EQ(spec.compile_error->line, 2);
    const auto report = [](int line) {
        return "  File \"prog.py\", line " + std::to_string(line) +
               "\n    x = (1 +\n        ^\nSyntaxError: '(' was never closed\n";
    };
    EXPECT_TRUE(check_program_output(spec, {1, "", report(2)}).empty());
    EXPECT_FALSE(check_program_output(spec, {1, "", report(1)}).empty());
    EXPECT_FALSE(check_program_output(spec, {1, "", report(12)}).empty());
}

TEST(ProgramFormat, StderrLinesMustAppearInOrder) {
    const auto spec = parse_program_spec("# expect stderr: one\n# expect stderr: two\n");
    EXPECT_TRUE(check_program_output(spec, {0, "", "zero\none\nmiddle\ntwo\n"}).empty());
    EXPECT_FALSE(check_program_output(spec, {0, "", "two\none\n"}).empty());
}

TEST(ProgramFormat, WorldNamesAFileOnce) {
    const auto spec = parse_program_spec("# world: web.json  \n# expect: 1\n");
    ASSERT_TRUE(spec.world);
    EXPECT_EQ(spec.world->text, "web.json");
    EXPECT_EQ(spec.world->line, 1);
    EXPECT_TRUE(spec.problems.empty());
    EXPECT_FALSE(parse_program_spec("# world:\n# expect: 1\n").problems.empty()) << "no file name";
    EXPECT_FALSE(parse_program_spec("# world: a.json\n# world: b.json\n# expect: 1\n").problems.empty()) << "two worlds";
}

TEST(ProgramFormat, RecognisesProgramsThatNeedTheSimulatedLibraries) {
    using ls::testing::uses_simulated_libraries;
    EXPECT_TRUE(uses_simulated_libraries("import aiohttp\n"));
    EXPECT_TRUE(uses_simulated_libraries("import asyncio, aiofiles\n"));
    EXPECT_TRUE(uses_simulated_libraries("    from aiohttp import ClientSession\n"));
    EXPECT_TRUE(uses_simulated_libraries("import aiohttp.client_exceptions\n"));
    EXPECT_FALSE(uses_simulated_libraries("import asyncio\n# aiohttp is not used\n"));
    EXPECT_FALSE(uses_simulated_libraries("import aiohttp_extra\n"));
    EXPECT_FALSE(uses_simulated_libraries("from mylib import aiohttp\n"));
}

TEST(ProgramFormat, NodiffKeepsItsReason) {
    const auto spec = parse_program_spec("# nodiff: set order differs  \n# expect: 1\n");
    ASSERT_TRUE(spec.nodiff);
    EXPECT_EQ(*spec.nodiff, "set order differs");
}

TEST(ProgramFormat, TestNamesAreSanitisedAndUnique) {
    const std::filesystem::path root = "/p";
    const auto names = ls::testing::test_names({"/p/gather/cancel-one.py", "/p/a/b_c.py", "/p/a_b/c.py"}, root);
    ASSERT_EQ(names.size(), 3u);
    EXPECT_EQ(names[0], "gather_cancel_one");
    EXPECT_EQ(names[1], "a_b_c");
    EXPECT_EQ(names[2], "a_b_c_2");
}

}  // namespace
