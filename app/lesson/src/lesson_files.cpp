#include "lesson_files.h"

#include <fstream>
#include <sstream>
#include <system_error>

namespace ls::lesson {

namespace fs = std::filesystem;

std::optional<std::pair<int, int>> first_invalid_utf8(const std::string& text) {
    int line = 1, column = 1;
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        size_t length;
        uint32_t min_value;
        if (c < 0x80) { length = 1; min_value = 0; }
        else if ((c & 0xE0) == 0xC0) { length = 2; min_value = 0x80; }
        else if ((c & 0xF0) == 0xE0) { length = 3; min_value = 0x800; }
        else if ((c & 0xF8) == 0xF0) { length = 4; min_value = 0x10000; }
        else return std::make_pair(line, column);
        if (i + length > n) return std::make_pair(line, column);
        uint32_t value = length == 1 ? c : c & (0x7F >> length);
        for (size_t k = 1; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80) return std::make_pair(line, column);
            value = (value << 6) | (s[i + k] & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
        if (value < min_value || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF)
            return std::make_pair(line, column);
        if (c == '\n') { ++line; column = 1; }
        else ++column;
        i += length;
    }
    return std::nullopt;
}

std::optional<ControlCharacter> first_control_character(const std::string& text) {
    int line = 1, column = 1;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) return ControlCharacter{line, column, c};
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {  // continuation bytes belong to the character before
            ++column;
        }
    }
    return std::nullopt;
}

namespace {

std::string too_large_message(std::uintmax_t size) {
    return "file is too large: " + std::to_string(size) + " bytes, more than the " +
           std::to_string(kMaxLessonFileBytes) + " (1 MiB) a lesson file may have (is it the right file?)";
}

std::string hex_code_point(unsigned char c) {
    static const char digits[] = "0123456789ABCDEF";
    return std::string("U+00") + digits[c >> 4] + digits[c & 0xF];
}

}  // namespace

TextFile read_lesson_text(const fs::path& path, FileContent content) {
    TextFile result;
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        result.problem = FileProblem{"missing-file", "file not found", 0, 0};
        return result;
    }
    if (fs::is_directory(status)) {
        result.problem = FileProblem{"unreadable-file", "is a folder, not a file", 0, 0};
        return result;
    }
    // A pipe or a device would block or never end; only plain files are read.
    if (!fs::is_regular_file(status)) {
        result.problem = FileProblem{"unreadable-file", "not a regular file (a pipe, socket or device)", 0, 0};
        return result;
    }
    const auto size = fs::file_size(path, ec);
    if (!ec && size > kMaxLessonFileBytes) {
        result.problem = FileProblem{"file-too-large", too_large_message(size), 0, 0};
        return result;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        result.problem = FileProblem{"unreadable-file", "cannot open the file", 0, 0};
        return result;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    std::string text = std::move(buffer).str();
    if (in.bad()) {
        result.problem = FileProblem{"unreadable-file", "cannot read the file", 0, 0};
        return result;
    }
    // The size may have changed between the stat and the read.
    if (text.size() > kMaxLessonFileBytes) {
        result.problem = FileProblem{"file-too-large", too_large_message(text.size()), 0, 0};
        return result;
    }
    if (auto where = first_invalid_utf8(text)) {
        result.problem = FileProblem{"invalid-utf8",
            "invalid UTF-8 (save the file as UTF-8)", where->first, where->second};
        return result;
    }
    if (content == FileContent::Text) {
        if (auto control = first_control_character(text)) {
            result.problem = FileProblem{"binary-data",
                "binary data: the control character " + hex_code_point(control->value) +
                    " cannot be in a text file (is it the right file? save it as plain UTF-8 text)",
                control->line, control->column};
            return result;
        }
    }
    result.text = std::move(text);
    return result;
}

bool stays_inside(const fs::path& folder, const std::string& relative) {
    const fs::path written(relative);
    if (written.empty() || written.is_absolute() || written.has_root_name()) return false;
    std::error_code ec;
    const fs::path root = fs::weakly_canonical(folder, ec);
    if (ec) return false;
    // weakly_canonical resolves symbolic links of the part that exists and ".." everywhere.
    const fs::path target = fs::weakly_canonical(folder / written, ec);
    if (ec) return false;
    auto r = root.begin(), t = target.begin();
    for (; r != root.end(); ++r, ++t) {
        if (t == target.end() || *r != *t) return false;
    }
    return t != target.end();  // strictly below the folder
}

std::string display_path(const fs::path& path) {
    std::string text = path.lexically_normal().generic_string();
    while (text.size() > 2 && text.compare(0, 2, "./") == 0) text.erase(0, 2);
    return text;
}

}  // namespace ls::lesson
