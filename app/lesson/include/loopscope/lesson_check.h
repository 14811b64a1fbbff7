// `loopscope-cli check`: loads lessons and runs every program in the engine to verify it
// compiles, runs, prints its expected output and agrees with the quiz answers.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <loopscope/lesson.h>

namespace ls::lesson {

struct CheckReport {
    std::vector<LessonError> errors;
    std::vector<std::string> notes;      // not errors: e.g. which variants are pending and why
    int lessons = 0;                     // lessons loaded (with or without program errors)
    int programs_run = 0;                // engine runs (variants and scenarios)
    int outputs_compared = 0;            // expected outputs compared with a run
    int questions = 0;                   // quiz questions checked
    int pending = 0;                     // variants whose run is skipped until the engine can
};

// Each path is a lesson folder, its lesson.yaml, or a folder of lessons (with or without
// pack.yaml). Runs every variant and scenario with expected output.
CheckReport check_paths(const std::vector<std::filesystem::path>& paths);

// Runs the variants of one loaded lesson and appends problems to `report`.
void check_lesson_programs(const Lesson& lesson, CheckReport& report);

// A line diff of `expected` against `actual` ("-" expected only, "+" actual only, " " both),
// limited to a few lines around the differences. "" when they are equal.
std::string diff_lines(const std::string& expected, const std::string& actual);

}  // namespace ls::lesson
