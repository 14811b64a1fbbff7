#include "warnings.h"

#include "vm.h"

namespace ls {

void warn(VM& vm, const std::string& category, const std::string& message, int line, const std::string& extra) {
    std::string key = std::to_string(line) + "\x1f" + category + "\x1f" + message;
    if (!vm.warnings_shown.insert(key).second) return;
    std::string text = vm.main_filename + ":" + std::to_string(line) + ": " + category + ": " + message + "\n";
    if (line >= 1 && static_cast<size_t>(line) <= vm.main_source_lines.size()) {
        std::string src = vm.main_source_lines[static_cast<size_t>(line - 1)];
        size_t start = src.find_first_not_of(" \t");
        while (!src.empty() && (src.back() == ' ' || src.back() == '\r')) src.pop_back();
        if (start != std::string::npos) text += "  " + src.substr(start) + "\n";
    }
    vm.write_stderr(text + extra);
}

}  // namespace ls
