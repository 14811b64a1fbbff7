#include "program_failure.h"

#include <vector>

namespace ls::lesson {
namespace {

std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> lines;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

std::string source_line(const std::string& source, int wanted) {
    const auto lines = split(source);
    return wanted >= 1 && static_cast<size_t>(wanted) <= lines.size() ? lines[static_cast<size_t>(wanted) - 1] : "";
}

int indentation(const std::string& line) {
    const size_t first = line.find_first_not_of(" \t");
    return first == std::string::npos ? 0 : static_cast<int>(first);
}

}  // namespace

ProgramFailure locate_failure(const std::string& stderr_text, const std::string& filename, const std::string& source) {
    ProgramFailure failure;
    const auto lines = split(stderr_text);
    for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
        if (it->find_first_not_of(" \t") != std::string::npos) {
            failure.summary = *it;
            break;
        }
    }
    failure.syntax_error = failure.summary.rfind("SyntaxError", 0) == 0 || failure.summary.rfind("IndentationError", 0) == 0 ||
                           failure.summary.rfind("TabError", 0) == 0;
    // The innermost frame in the program's own file is the last such "File" line.
    const std::string marker = "  File \"" + filename + "\", line ";
    size_t frame = lines.size();
    for (size_t i = 0; i < lines.size(); ++i)
        if (lines[i].rfind(marker, 0) == 0) frame = i;
    if (frame == lines.size()) return failure;
    failure.line = std::atoi(lines[frame].c_str() + marker.size());
    const std::string code = source_line(source, failure.line);
    failure.column = indentation(code) + 1;
    // A SyntaxError shows the stripped line and a caret line under it, both indented by 4.
    if (failure.syntax_error && frame + 2 < lines.size()) {
        const std::string& caret = lines[frame + 2];
        const size_t at = caret.find('^');
        if (at != std::string::npos && at >= 4 && caret.find_first_not_of(" \t^") == std::string::npos)
            failure.column = indentation(code) + static_cast<int>(at - 4) + 1;
    }
    return failure;
}

bool is_syntax_error_report(const std::string& disassembly) {
    if (disassembly.rfind("  File \"", 0) == 0) return true;
    const size_t colon = disassembly.find(": ");
    const size_t newline = disassembly.find('\n');
    if (colon == std::string::npos || newline != disassembly.size() - 1) return false;
    const std::string type = disassembly.substr(0, colon);
    return type.size() > 5 && type.compare(type.size() - 5, 5, "Error") == 0;
}

}  // namespace ls::lesson
