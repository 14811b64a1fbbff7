// Lessons: what an instructor writes (a folder with lesson.yaml, en.md, zh_CN.md and .py
// programs; format in lessons/README.md) loaded into plain data the CLI and the GUI share.
// No Qt and no I/O beyond reading the lesson's own files. Loading never throws and never stops
// at the first problem: every problem becomes a LessonError with file, line and column.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <loopscope/engine.h>

namespace ls::lesson {

// The languages every lesson must be written in. Keys in the files: "en", "zh_CN".
inline constexpr std::string_view kLanguages[] = {"en", "zh_CN"};

// A text in both languages.
struct Text {
    std::string en;
    std::string zh_CN;
    // `language` is "en" or "zh_CN"; anything else gets English.
    const std::string& in(std::string_view language) const {
        return language == "zh_CN" ? zh_CN : en;
    }
};

// One problem in a lesson file, positioned for an editor: 1-based line and column (0 when the
// problem concerns the whole file, e.g. a missing file).
struct LessonError {
    std::string file;      // path as found (relative to what was passed in, if that was relative)
    int line = 0;
    int column = 0;
    std::string code;      // stable, machine-readable: "unknown-key", "missing-translation", ...
    std::string message;   // English, for the CLI and for instructors
    // "file:line:column: message" (or "file: message" without a position).
    std::string to_string() const;
};

// A place in a file, 1-based; 0 when unknown. Kept so `check` and the GUI can point at the line
// an expected output or a question was written on.
struct Position {
    int line = 0;
    int column = 0;
};

// An adjustable number in the scenario (a slider in the GUI). It reaches the programs as a
// module-level constant: the line `NAME = <number>` in each program gets the chosen value.
struct Parameter {
    std::string name;              // the constant's name, e.g. "BOIL"
    Text label;
    double default_value = 0;
    double min = 0;
    double max = 0;
    bool integer = true;           // all of default/min/max were written as integers
};

// Parameter name -> value. Missing names take the parameter's default.
using ParameterValues = std::map<std::string, double>;

// The machine a variant runs on; unset fields take the lesson's value, then the engine default.
struct MachineOverrides {
    std::optional<int> cores;
    std::optional<bool> gil;
    std::optional<double> switch_interval;
    std::optional<double> instructions_per_unit;
};

// One runnable program of a lesson ("sequential", "concurrent", ...).
struct Variant {
    std::string name;
    Text label;
    std::string program;                       // file name as written, relative to the folder
    std::filesystem::path program_path;        // folder / program
    std::string source;                        // the program text as written (defaults in place)
    MachineOverrides machine;
    std::optional<std::string> expected_output;  // stdout with default parameters
    std::optional<std::string> expected_stderr;  // compared line by line when given
    int expected_exit_status = 0;
    // Set when the expected output cannot be verified by our engine yet (it needs an engine
    // feature that has not landed); `check` compiles the program but does not run it.
    std::string pending;
    Position program_position;          // of `program:`'s value in lesson.yaml
    Position expected_output_position;  // of the first line of expected_output's text
};

// Named parameter values ("all busy", "mostly waiting") with optional expected outputs.
struct Scenario {
    std::string name;
    Text label;
    ParameterValues values;
    std::map<std::string, std::string> expected_output;  // variant name -> stdout
    std::map<std::string, Position> expected_output_position;
};

enum class QuestionKind {
    NextOutput,  // "what prints next at line N?"  (kind: next-output)
    Duration,    // "how long will it take?"       (kind: duration)
    NextTask,    // "which task runs after this await?" (kind: next-task)
};

// A predict-then-reveal question, asked before `variant` plays.
struct Question {
    QuestionKind kind = QuestionKind::NextOutput;
    std::string variant;          // which variant it is about
    int line = 0;                 // the program line it is about (0: the whole run)
    Text prompt;
    std::vector<Text> choices;    // a plain string in the file has the same text in both languages
    int answer = 0;               // index into choices
    Text explanation;
    Position position;            // of the question in lesson.yaml
    Position answer_position;
};

struct Lesson {
    std::filesystem::path folder;
    std::filesystem::path metadata_path;   // folder / "lesson.yaml"
    std::string id;
    std::string chapter;
    int order = 0;                         // position within the chapter
    Text title;
    Text narrative;                        // Markdown, from en.md and zh_CN.md
    std::vector<Variant> variants;
    std::vector<std::string> compare;      // variant names shown side by side
    std::vector<Parameter> parameters;
    std::vector<Scenario> scenarios;
    std::vector<Question> quiz;
    TimeUnit time_unit = TimeUnit::Seconds;
    MachineOptions machine;                // lesson-wide; variants may override
    RunLimits limits;                      // budgets (`limits:`); the engine's defaults otherwise
    uint64_t seed = 0;
    std::string world_json;                // for RunOptions::world_json ("" when no world)
    Position world_position;               // of `world:`'s value, for errors the engine finds

    const Variant* variant(std::string_view name) const;
    // Every file the lesson was read from (for reloading when one changes).
    std::vector<std::filesystem::path> files() const;
};

struct LessonLoad {
    std::optional<Lesson> lesson;          // set only when there are no errors
    std::vector<LessonError> errors;
};

// `path` is a lesson folder or its lesson.yaml.
LessonLoad load_lesson(const std::filesystem::path& path);

struct Chapter {
    std::string id;
    Text title;
};

// A set of lessons: a folder with pack.yaml (chapters and their order) and a folder per lesson,
// or any folder of lesson folders. A broken lesson yields errors; the others still load.
struct Library {
    std::vector<Chapter> chapters;         // pack order; without pack.yaml, one per chapter id seen
    std::vector<Lesson> lessons;           // by chapter, then order, then id
    std::vector<LessonError> errors;
};

// `path`: a folder with pack.yaml, a folder of lesson folders, or a single lesson folder.
Library load_library(const std::filesystem::path& path);

// True when `path` looks like a single lesson (a folder with lesson.yaml, or lesson.yaml itself).
bool is_lesson_path(const std::filesystem::path& path);

// The program of `variant` with parameter constants set to `values` (defaults for the rest).
std::string program_source(const Lesson& lesson, const Variant& variant,
                           const ParameterValues& values = {});

// Engine options for running `variant`: file name (the program's file name, as tracebacks show
// it), machine, time unit, seed, world.
RunOptions run_options(const Lesson& lesson, const Variant& variant);

}  // namespace ls::lesson
