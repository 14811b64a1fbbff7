// Turns a --lesson argument into the program file to open. For now a lesson is a .py file or a
// folder of them; the lesson file format (narrative, variants, world) comes later.
#pragma once

#include <QString>

namespace ls::gui {

struct LocatedLesson {
    QString programPath;  // empty on failure
    QString error;        // translated, when programPath is empty
};

// A .py file is itself; a folder yields its first .py file by relative path (subfolders included).
LocatedLesson locateLessonProgram(const QString& path);

}  // namespace ls::gui
