#include "lesson_commands.h"

#include <chrono>
#include <cstdio>

#include <loopscope/lesson.h>
#include <loopscope/lesson_check.h>

#include "program_run.h"

namespace ls::cli {
namespace {

std::string plural(int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

int check_lessons(const CliOptions& options) {
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::filesystem::path> paths(options.paths.begin(), options.paths.end());
    const lesson::CheckReport report = lesson::check_paths(paths);
    for (const auto& error : report.errors) std::printf("%s\n", error.to_string().c_str());
    for (const auto& note : report.notes) std::printf("note: %s\n", note.c_str());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("check: %s, %s run, %s compared, %s checked, %d pending: %s (%.1f s)\n",
                plural(report.lessons, "lesson", "lessons").c_str(),
                plural(report.programs_run, "program", "programs").c_str(),
                plural(report.outputs_compared, "output", "outputs").c_str(),
                plural(report.questions, "question", "questions").c_str(), report.pending,
                report.errors.empty() ? "no errors" : plural(static_cast<int>(report.errors.size()), "error", "errors").c_str(),
                seconds);
    return report.errors.empty() ? 0 : 1;
}

int run_lesson(const CliOptions& options) {
    lesson::LessonLoad load = lesson::load_lesson(options.file);
    if (!load.lesson) {
        for (const auto& error : load.errors) std::fprintf(stderr, "%s\n", error.to_string().c_str());
        std::fprintf(stderr, "loopscope-cli: the lesson '%s' does not load (see 'loopscope-cli check')\n", options.file.c_str());
        return kBadInvocation;
    }
    const lesson::Lesson& lesson = *load.lesson;
    if (options.list) {
        for (const auto& variant : lesson.variants)
            std::printf("%-14s %-22s %s / %s%s\n", variant.name.c_str(), variant.program.c_str(), variant.label.en.c_str(),
                        variant.label.zh_CN.c_str(), variant.pending.empty() ? "" : "  (pending)");
        return 0;
    }
    const lesson::Variant* variant = lesson.variant(options.variant);
    if (!variant) {
        std::string names;
        for (const auto& v : lesson.variants) names += (names.empty() ? "" : ", ") + v.name;
        std::fprintf(stderr, "loopscope-cli: the lesson has no variant '%s' (variants: %s)\n", options.variant.c_str(), names.c_str());
        return kBadInvocation;
    }
    lesson::ParameterValues values;
    if (!options.scenario.empty()) {
        const lesson::Scenario* scenario = nullptr;
        for (const auto& s : lesson.scenarios)
            if (s.name == options.scenario) scenario = &s;
        if (!scenario) {
            std::string names;
            for (const auto& s : lesson.scenarios) names += (names.empty() ? "" : ", ") + s.name;
            std::fprintf(stderr, "loopscope-cli: the lesson has no scenario '%s' (scenarios: %s)\n", options.scenario.c_str(),
                         names.empty() ? "none" : names.c_str());
            return kBadInvocation;
        }
        values = scenario->values;
    }
    RunOptions run_options = lesson::run_options(lesson, *variant);
    if (options.seed_given) run_options.seed = options.seed;
    return run_and_write_outputs(lesson::program_source(lesson, *variant, values), run_options, options);
}

}  // namespace ls::cli
