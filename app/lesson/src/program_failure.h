// Where a lesson program failed, read from what the engine wrote on stderr (a traceback or a
// SyntaxError in Python's format), so `check` can report it as file:line:column.
#pragma once

#include <string>

namespace ls::lesson {

struct ProgramFailure {
    int line = 0;          // 1-based line in the program; 0 if stderr names none
    int column = 0;        // 1-based; the caret's column for a SyntaxError, else the statement's
    std::string summary;   // the last line of stderr, e.g. "ValueError: boom"
    bool syntax_error = false;
};

// `filename` is the name the program ran under (RunOptions::filename); `source` its text.
ProgramFailure locate_failure(const std::string& stderr_text, const std::string& filename, const std::string& source);

// Whether disassemble_program's answer is a SyntaxError report rather than bytecode.
bool is_syntax_error_report(const std::string& disassembly);

}  // namespace ls::lesson
