// The program-test format: a Python file whose comments say what it must print.
//
//   # expect: TEXT                      the next expected stdout line (`# expect:` alone: empty)
//   # expect runtime error: TYPE: MSG   uncaught exception: exit 1, stderr's last line is it
//   # expect error: TYPE: MSG           compile error on this line: exit 1, last stderr line,
//                                       and stderr reports `line N` (N = this comment's line)
//   # expect stderr: TEXT               a line stderr must contain (in order with the others)
//   # nodiff: REASON                    no differential test against python3 for this file
//   # world: FILE.json                  run in this simulated world (engine/WORLD.md); the path
//                                       is relative to the program's folder
//
// The same rules as scripts/check-program-tests.py, which checks the files against CPython.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ls::testing {

struct Annotation {
    int line = 0;      // 1-based line of the comment
    std::string text;  // everything after the marker
};

struct ProgramSpec {
    std::vector<Annotation> stdout_lines;
    std::optional<Annotation> runtime_error;
    std::optional<Annotation> compile_error;
    std::vector<Annotation> stderr_lines;
    std::optional<std::string> nodiff;  // the reason
    std::optional<Annotation> world;    // the world file, as written
    std::vector<Annotation> problems;   // malformed or contradictory annotations

    bool asserts_nothing() const {
        return stdout_lines.empty() && !runtime_error && !compile_error && stderr_lines.empty();
    }
};

ProgramSpec parse_program_spec(const std::string& source);

// True when the program imports aiohttp or aiofiles: python3 here has neither, so it can only
// run in the engine's simulated world.
bool uses_simulated_libraries(const std::string& source);

// What a run produced, from the engine or from python3.
struct ProgramOutput {
    int exit_code = 0;
    std::string out;
    std::string err;
};

// Every way `output` differs from `spec`, one message per mismatch (empty: it passes). A spec
// that asserts nothing or has malformed annotations fails too.
std::vector<std::string> check_program_output(const ProgramSpec& spec, const ProgramOutput& output);

// A full report for a failed test: the mismatches, then expected vs actual output.
std::string describe_failure(const ProgramSpec& spec, const ProgramOutput& output,
                             const std::vector<std::string>& mismatches);

// All *.py files under `root`, recursively, sorted; empty if `root` does not exist.
std::vector<std::filesystem::path> discover_programs(const std::filesystem::path& root);

// GoogleTest parameter names for `files` ("gather/cancel_one.py" -> "gather_cancel_one"):
// only [A-Za-z0-9_], unique, in the same order as `files`.
std::vector<std::string> test_names(const std::vector<std::filesystem::path>& files,
                                    const std::filesystem::path& root);

// The file's bytes; throws std::runtime_error if it cannot be read.
std::string read_file(const std::filesystem::path& path);

}  // namespace ls::testing
