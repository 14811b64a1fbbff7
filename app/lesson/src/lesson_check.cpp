// check_paths / check_lesson_programs: run every program of a lesson in the engine and compare
// what it does with what the lesson says it does.
#include <loopscope/lesson_check.h>

#include <cmath>
#include <cstdlib>

#include "lesson_files.h"
#include "program_failure.h"

namespace ls::lesson {

namespace fs = std::filesystem;

namespace {

std::string yaml_file(const Lesson& lesson) { return display_path(lesson.metadata_path); }

void add(CheckReport& report, std::string file, Position at, std::string code, std::string message) {
    while (!message.empty() && message.back() == '\n') message.pop_back();  // diffs end with one
    report.errors.push_back({std::move(file), at.line, at.column, std::move(code), std::move(message)});
}

// Position of line `offset` (0-based) of a text that starts at `start`.
Position line_in(Position start, int offset) {
    if (start.line == 0) return start;
    return {start.line + offset, start.column};
}

int first_differing_line(const std::string& expected, const std::string& actual) {
    int line = 0;
    size_t i = 0;
    while (i < expected.size() && i < actual.size() && expected[i] == actual[i]) {
        if (expected[i] == '\n') ++line;
        ++i;
    }
    return line;
}

void compare_output(CheckReport& report, const Lesson& lesson, const std::string& what, const std::string& expected,
                    Position where, const std::string& actual) {
    ++report.outputs_compared;
    if (expected == actual) return;
    const int line = first_differing_line(expected, actual);
    add(report, yaml_file(lesson), line_in(where, line), "output-mismatch",
        "the output of " + what + " differs from the expected output (line " + std::to_string(line + 1) +
            "); - expected, + actual:\n" + diff_lines(expected, actual));
}

// Reports a program that failed (or exited otherwise than expected) at the failing line.
void report_failure(CheckReport& report, const Lesson& lesson, const Variant& variant, const std::string& what,
                    const CapturedRun& run, const RunOptions& options) {
    for (const Diagnostic& d : run.result.diagnostics) {
        if (d.code == "world-invalid") {  // the engine's own check of the world, at `world:`
            add(report, yaml_file(lesson), lesson.world_position, "world-invalid",
                "the engine rejects the world: " + (d.args.empty() ? d.message : d.args.front()));
            return;
        }
    }
    const ProgramFailure failure = locate_failure(run.err, options.filename, variant.source);
    std::string message;
    if (failure.syntax_error) message = what + " does not compile: " + failure.summary;
    else if (run.result.exit_code != 0) message = what + " fails: " + (failure.summary.empty() ? "exit status " + std::to_string(run.result.exit_code) : failure.summary);
    else message = what + " exits with status 0, but expected_exit_status is " + std::to_string(variant.expected_exit_status);
    for (const Diagnostic& d : run.result.diagnostics) message += "\n  engine: " + d.message;
    if (failure.line > 0) {
        report.errors.push_back({display_path(variant.program_path), failure.line, failure.column,
                                 failure.syntax_error ? "program-syntax" : "program-fails", message});
    } else {
        add(report, yaml_file(lesson), variant.program_position, "program-fails", message);
    }
}

// The decimals written in `text` ("2.5" -> 1), for comparing a duration at that precision.
int decimals_of(const std::string& text) {
    const size_t dot = text.find('.');
    return dot == std::string::npos ? 0 : static_cast<int>(text.size() - dot - 1);
}

void check_question(CheckReport& report, const Lesson& lesson, const Question& question, const Trace& trace) {
    ++report.questions;
    const std::string& answer = question.choices[static_cast<size_t>(question.answer)].en;
    const std::string file = yaml_file(lesson);
    switch (question.kind) {
    case QuestionKind::NextOutput: {
        // The answer is a line the program prints once execution has reached the question's line.
        size_t k = 0;
        while (k < trace.events.size() &&
               !(trace.events[k].kind == TraceKind::Line && trace.events[k].line == question.line))
            ++k;
        if (k == trace.events.size()) {
            add(report, file, question.position, "answer-wrong",
                "line " + std::to_string(question.line) + " of '" + question.variant + "' never runs");
            break;
        }
        std::string printed;
        for (; k < trace.events.size(); ++k)
            if (trace.events[k].kind == TraceKind::Print) printed += trace.events[k].detail;
        const std::string needle = answer + "\n";
        const bool found = printed.rfind(needle, 0) == 0 || printed.find("\n" + needle) != std::string::npos;
        if (!found)
            add(report, file, question.answer_position, "answer-not-printed",
                "the answer '" + answer + "' is not a line that '" + question.variant + "' prints after line " +
                    std::to_string(question.line) + " runs");
        break;
    }
    case QuestionKind::Duration: {
        char* end = nullptr;
        const double claimed = std::strtod(answer.c_str(), &end);
        const double scale = std::pow(10.0, decimals_of(answer));
        const double measured = std::round(trace.summary.virtual_time * scale) / scale;
        if (end == answer.c_str() || *end != '\0') {
            add(report, file, question.answer_position, "bad-value",
                "the answer to a duration question must be a number (in the lesson's time unit), not '" + answer + "'");
        } else if (measured != claimed) {
            char took[64];
            std::snprintf(took, sizeof took, "%g", trace.summary.virtual_time);
            add(report, file, question.answer_position, "answer-wrong",
                "the answer says '" + question.variant + "' takes " + answer + ", but it takes " + took);
        }
        break;
    }
    case QuestionKind::NextTask: {
        // The first suspension at the question's line, then the next task step that begins.
        size_t k = 0;
        while (k < trace.events.size() &&
               !(trace.events[k].kind == TraceKind::TaskSuspended && trace.events[k].line == question.line))
            ++k;
        if (k == trace.events.size()) {
            add(report, file, question.position, "answer-wrong",
                "no task awaits at line " + std::to_string(question.line) + " of '" + question.variant + "'");
            break;
        }
        std::string next;
        for (++k; k < trace.events.size(); ++k) {
            const TraceEvent& e = trace.events[k];
            if ((e.kind == TraceKind::TaskStarted || e.kind == TraceKind::TaskResumed) && e.task >= 0 &&
                static_cast<size_t>(e.task) < trace.tasks.size()) {
                const TraceTask& task = trace.tasks[static_cast<size_t>(e.task)];
                next = answer == task.coro ? task.coro : task.name;
                break;
            }
        }
        if (next != answer)
            add(report, file, question.answer_position, "answer-wrong",
                "the answer says '" + answer + "' runs next, but the next task to run is '" +
                    (next.empty() ? std::string("none") : next) + "'");
        break;
    }
    }
}

}  // namespace

void check_lesson_programs(const Lesson& lesson, CheckReport& report) {
    for (const Variant& variant : lesson.variants) {
        const std::string what = "variant '" + variant.name + "' (" + variant.program + ")";
        RunOptions options = run_options(lesson, variant);
        if (!variant.pending.empty()) {
            // Its output cannot be verified yet; it must still compile.
            ++report.pending;
            report.notes.push_back(yaml_file(lesson) + ": " + what + " is pending: " + variant.pending);
            const std::string answer = disassemble_program(variant.source, options.filename);
            if (is_syntax_error_report(answer)) {
                CapturedRun failed;
                failed.err = answer;
                failed.result.exit_code = 1;
                report_failure(report, lesson, variant, what, failed, options);
            }
            continue;
        }
        options.record_trace = true;
        options.trace_lines = true;  // next-output questions are checked from the line they name
        ++report.programs_run;
        const CapturedRun run = run_captured(program_source(lesson, variant), options);
        if (run.result.exit_code != variant.expected_exit_status) {
            report_failure(report, lesson, variant, what, run, options);
            continue;
        }
        if (variant.expected_output)
            compare_output(report, lesson, what, *variant.expected_output, variant.expected_output_position, run.out);
        if (variant.expected_stderr && *variant.expected_stderr != run.err) {
            add(report, yaml_file(lesson), variant.program_position, "stderr-mismatch",
                "what " + what + " writes to stderr differs from expected_stderr; - expected, + actual:\n" +
                    diff_lines(*variant.expected_stderr, run.err));
        }
        for (const Question& question : lesson.quiz)
            if (question.variant == variant.name) check_question(report, lesson, question, run.result.trace);
    }
    for (const Scenario& scenario : lesson.scenarios) {
        for (const auto& [variant_name, expected] : scenario.expected_output) {
            const Variant* variant = lesson.variant(variant_name);
            if (!variant || !variant->pending.empty()) continue;
            const std::string what = "variant '" + variant_name + "' in scenario '" + scenario.name + "'";
            const RunOptions options = run_options(lesson, *variant);
            ++report.programs_run;
            const CapturedRun run = run_captured(program_source(lesson, *variant, scenario.values), options);
            if (run.result.exit_code != variant->expected_exit_status) {
                report_failure(report, lesson, *variant, what, run, options);
                continue;
            }
            compare_output(report, lesson, what, expected, scenario.expected_output_position.at(variant_name), run.out);
        }
    }
}

CheckReport check_paths(const std::vector<fs::path>& paths) {
    CheckReport report;
    for (const fs::path& path : paths) {
        Library library = load_library(path);
        for (auto& e : library.errors) report.errors.push_back(std::move(e));
        if (library.lessons.empty() && library.errors.empty())
            report.errors.push_back({display_path(path), 0, 0, "no-lessons", "no lessons found (a lesson is a folder with lesson.yaml)"});
        for (const Lesson& lesson : library.lessons) {
            ++report.lessons;
            check_lesson_programs(lesson, report);
        }
    }
    return report;
}

}  // namespace ls::lesson
