// Where the app finds its bundled lessons: beside an installed executable first
// (<bin>/../share/loopscope/lessons), then the build's lessons folder, else nowhere.
#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include "lesson_locator.h"

namespace ls::gui {
namespace {

TEST(BundledLessonsFolder, installedFolderBesideTheExecutableComesFirst) {
    QTemporaryDir prefix;
    ASSERT_TRUE(prefix.isValid());
    QTemporaryDir buildTree;
    ASSERT_TRUE(QDir(prefix.path()).mkpath(QStringLiteral("bin")));
    ASSERT_TRUE(QDir(prefix.path()).mkpath(QStringLiteral("share/loopscope/lessons")));
    const QString bin = QDir(prefix.path()).filePath(QStringLiteral("bin"));
    EXPECT_EQ(bundledLessonsFolder(bin, buildTree.path()),
              QFileInfo(QDir(prefix.path()).filePath(QStringLiteral("share/loopscope/lessons"))).canonicalFilePath());
}

TEST(BundledLessonsFolder, buildTreeFolderWhenNotInstalled) {
    QTemporaryDir build;
    QTemporaryDir source;
    ASSERT_TRUE(QDir(build.path()).mkpath(QStringLiteral("app")));
    const QString app = QDir(build.path()).filePath(QStringLiteral("app"));
    EXPECT_EQ(bundledLessonsFolder(app, source.path()), QFileInfo(source.path()).absoluteFilePath());
}

TEST(BundledLessonsFolder, noneWhenNeitherExists) {
    QTemporaryDir somewhere;
    EXPECT_TRUE(bundledLessonsFolder(somewhere.path(), QDir(somewhere.path()).filePath(QStringLiteral("gone"))).isEmpty());
    EXPECT_TRUE(bundledLessonsFolder(somewhere.path(), QString()).isEmpty());
}

}  // namespace
}  // namespace ls::gui
