// Reading a lesson's own files safely: size limit, UTF-8, and never outside the lesson folder.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

namespace ls::lesson {

// Larger lesson files are refused: a lesson is text written by hand, not data.
inline constexpr std::uintmax_t kMaxLessonFileBytes = 1 << 20;

struct FileProblem {
    std::string code;      // "missing-file", "file-too-large", "invalid-utf8", "binary-data", "unreadable-file"
    std::string message;
    int line = 0;          // where the problem is (invalid UTF-8), 1-based; 0 for the whole file
    int column = 0;
};

struct TextFile {
    std::optional<std::string> text;       // set when readable, small enough and valid UTF-8
    std::optional<FileProblem> problem;
};

// What a file holds. Metadata and narratives are plain text: a control character there (NUL,
// ESC...) means binary data. A program's own rules are the engine's (a NUL byte is CPython's
// "source code cannot contain null bytes"; other control characters may sit in its strings).
enum class FileContent { Text, Program };

// Reads `path` whole and checks it is at most kMaxLessonFileBytes of valid UTF-8 (and, for
// FileContent::Text, free of control characters other than tab, line feed and carriage return).
// The size is checked before reading, so a huge file costs nothing.
TextFile read_lesson_text(const std::filesystem::path& path, FileContent content = FileContent::Text);

// The 1-based line and column (in characters) of the first control character other than tab,
// line feed and carriage return, and the character itself, if any. `text` is valid UTF-8.
struct ControlCharacter {
    int line = 0;
    int column = 0;
    unsigned char value = 0;
};
std::optional<ControlCharacter> first_control_character(const std::string& text);

// The 1-based line and column of the first byte that is not valid UTF-8, if any. The column
// counts characters (code points), like an editor's.
std::optional<std::pair<int, int>> first_invalid_utf8(const std::string& text);

// Whether `relative` (as written in lesson.yaml) names a file inside `folder` once ".." and
// symbolic links are resolved. An absolute path is never inside.
bool stays_inside(const std::filesystem::path& folder, const std::string& relative);

// `path` as it should appear in messages: relative paths stay as given, "./" dropped.
std::string display_path(const std::filesystem::path& path);

}  // namespace ls::lesson
