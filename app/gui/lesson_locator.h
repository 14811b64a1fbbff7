// Where lessons are: the folder of lessons that ships with the app, and the program file a
// --lesson argument that is not a lesson names (a .py file or a folder of them).
#pragma once

#include <QString>

namespace ls::gui {

struct LocatedLesson {
    QString programPath;  // empty on failure
    QString error;        // translated, when programPath is empty
};

// A .py file is itself; a folder yields its first .py file by relative path (subfolders included).
LocatedLesson locateLessonProgram(const QString& path);

// The bundled lessons: <the executable's folder>/../share/loopscope/lessons when that exists (an
// installed app, wherever its prefix is), else the source tree's lessons/ (a build that is not
// installed). Empty when neither is a folder.
QString bundledLessonsFolder();

// The same search, given the executable's folder and the build's lessons folder (for tests).
QString bundledLessonsFolder(const QString& executableDir, const QString& buildTreeFolder);

}  // namespace ls::gui
