// Every loader and checker error has a small bad lesson under tests/lessons/{loader,check}/NAME
// with the exact messages, positions included, in NAME/expected-errors.txt. File names in that
// file are relative to the case's folder. LOOPSCOPE_UPDATE_LESSON_ERRORS=1 rewrites them (then
// review the diff: the messages are the product).
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include <loopscope/lesson.h>
#include <loopscope/lesson_check.h>

namespace fs = std::filesystem;
using namespace ls::lesson;

namespace {

const fs::path kCases = LOOPSCOPE_LESSON_CASES_DIR;

std::vector<std::string> case_names(const char* group) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(kCases / group))
        if (entry.is_directory()) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::string read_all(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The errors as expected-errors.txt writes them: one to_string() each, paths relative to `dir`.
std::string render(std::vector<LessonError> errors, const fs::path& dir) {
    const std::string prefix = dir.generic_string() + "/";
    std::string out;
    for (auto& e : errors) {
        if (e.file.rfind(prefix, 0) == 0) e.file.erase(0, prefix.size());
        out += e.to_string() + "\n";
    }
    return out;
}

void expect_errors(const fs::path& dir, const std::string& actual) {
    const fs::path expected_file = dir / "expected-errors.txt";
    if (std::getenv("LOOPSCOPE_UPDATE_LESSON_ERRORS")) {
        std::ofstream(expected_file, std::ios::binary) << actual;
        return;
    }
    ASSERT_TRUE(fs::exists(expected_file)) << expected_file << " is missing";
    EXPECT_FALSE(actual.empty()) << "a bad lesson must yield at least one error";
    EXPECT_EQ(read_all(expected_file), actual);
}

class LoaderErrorCase : public testing::TestWithParam<std::string> {};
class CheckErrorCase : public testing::TestWithParam<std::string> {};

}  // namespace

TEST_P(LoaderErrorCase, ReportsExactMessagesAndPositions) {
    const fs::path dir = kCases / "loader" / GetParam();
    const LessonLoad load = load_lesson(dir);
    EXPECT_FALSE(load.lesson.has_value()) << "a lesson with errors must not load";
    expect_errors(dir, render(load.errors, dir));
}

TEST_P(CheckErrorCase, ReportsExactMessagesAndPositions) {
    const fs::path dir = kCases / "check" / GetParam();
    ASSERT_TRUE(load_lesson(dir).lesson.has_value()) << "check cases load; their problem shows when they run";
    const CheckReport report = check_paths({dir});
    expect_errors(dir, render(report.errors, dir));
}

INSTANTIATE_TEST_SUITE_P(Lessons, LoaderErrorCase, testing::ValuesIn(case_names("loader")),
                         [](const auto& info) {
                             std::string name = info.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });
INSTANTIATE_TEST_SUITE_P(Lessons, CheckErrorCase, testing::ValuesIn(case_names("check")),
                         [](const auto& info) {
                             std::string name = info.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });
