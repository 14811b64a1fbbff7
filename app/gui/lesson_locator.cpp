#include "lesson_locator.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QStringList>

namespace ls::gui {

LocatedLesson locateLessonProgram(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists()) {
        return {{}, QCoreApplication::translate("LessonLocator", "No such file or folder: %1")
                        .arg(QDir::toNativeSeparators(path))};
    }
    if (info.isFile()) return {info.absoluteFilePath(), {}};

    QStringList programs;
    QDirIterator it(info.absoluteFilePath(), {QStringLiteral("*.py")}, QDir::Files,
                    QDirIterator::Subdirectories);
    const QDir root(info.absoluteFilePath());
    while (it.hasNext()) programs << root.relativeFilePath(it.next());
    if (programs.isEmpty()) {
        return {{}, QCoreApplication::translate("LessonLocator", "No .py file in folder %1")
                        .arg(QDir::toNativeSeparators(path))};
    }
    // Sorted so "first" is stable across file systems (QDirIterator's order is not); files in
    // the folder itself come before those in subfolders.
    std::sort(programs.begin(), programs.end(), [](const QString& a, const QString& b) {
        const auto depthA = a.count(QLatin1Char('/')), depthB = b.count(QLatin1Char('/'));
        return depthA != depthB ? depthA < depthB : a < b;
    });
    return {root.absoluteFilePath(programs.constFirst()), {}};
}

QString bundledLessonsFolder(const QString& executableDir, const QString& buildTreeFolder) {
    // Relative to the executable, so an installed package never needs a path from the build.
    const QFileInfo installed(QDir(executableDir).filePath(QStringLiteral("../share/loopscope/lessons")));
    if (installed.isDir()) return installed.canonicalFilePath();
    if (!buildTreeFolder.isEmpty() && QFileInfo(buildTreeFolder).isDir()) return QFileInfo(buildTreeFolder).absoluteFilePath();
    return {};
}

QString bundledLessonsFolder() {
#ifdef LOOPSCOPE_LESSONS_DIR
    const QString buildTree = QStringLiteral(LOOPSCOPE_LESSONS_DIR);
#else
    const QString buildTree;
#endif
    return bundledLessonsFolder(QCoreApplication::applicationDirPath(), buildTree);
}

}  // namespace ls::gui
