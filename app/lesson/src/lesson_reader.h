// Reads one lesson folder (lesson.yaml, en.md, zh_CN.md, the programs) into a Lesson, reporting
// every problem it finds. load_lesson() in lesson_loader.cpp is its public face.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include <loopscope/lesson.h>

namespace ls::lesson {

// Reads the lesson in `folder`; errors are appended to `errors`. The result is complete only
// when no error was added.
std::optional<Lesson> read_lesson_folder(const std::filesystem::path& folder, std::vector<LessonError>& errors);

}  // namespace ls::lesson
