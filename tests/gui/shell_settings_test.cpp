// A damaged settings file: garbage bytes, a file QSettings cannot parse, a huge file, or values
// of the wrong type. The app repairs it before anything reads it (defaults instead), starts, and
// says so in the status bar in the UI language.
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>

#include "language_manager.h"
#include "main_window.h"
#include "settings_repair.h"
#include "settings_warning.h"

namespace ls::gui {
namespace {

class SettingsRepairTest : public ::testing::Test {
protected:
    void SetUp() override {
        // Settings of this process only (ctest runs GUI tests in parallel processes).
        ASSERT_TRUE(settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        QSettings().clear();
        QSettings().sync();
        file = QSettings().fileName();
        languages.setLanguage(QStringLiteral("en"), false);
        QCoreApplication::sendPostedEvents();
    }
    void TearDown() override { languages.setLanguage(QStringLiteral("en"), false); }

    void writeSettingsFile(const QByteArray& bytes) {
        ASSERT_TRUE(QDir().mkpath(QFileInfo(file).absolutePath()));
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    static QByteArray readAll(const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // The damaged file is moved aside unchanged, the settings start empty, and the window comes up.
    void expectReplacedByDefaults(const QByteArray& damaged) {
        const SettingsRepair repair = repairSettings();
        EXPECT_TRUE(repair.damaged);
        ASSERT_FALSE(repair.keptAs.isEmpty());
        EXPECT_EQ(readAll(repair.keptAs), damaged);
        EXPECT_FALSE(QFileInfo::exists(file));
        EXPECT_TRUE(QSettings().allKeys().isEmpty());
        EXPECT_EQ(QSettings().status(), QSettings::NoError);
        MainWindow window(languages, /*persistent=*/true);
        window.show();
        QCoreApplication::processEvents();
        EXPECT_TRUE(window.isVisible());
    }

    QTemporaryDir settingsDir;
    QString file;
    LanguageManager languages;
};

TEST_F(SettingsRepairTest, garbageBytesAreMovedAsideAndDefaultsUsed) {
    QByteArray garbage(3000, '\0');
    QRandomGenerator random(11);
    for (char& c : garbage) c = static_cast<char>(random.bounded(256));
    writeSettingsFile(garbage);
    expectReplacedByDefaults(garbage);
}

TEST_F(SettingsRepairTest, textQSettingsCannotParseIsDamaged) {
    const QByteArray broken("[ui\nlanguage=zh_CN\n");
    writeSettingsFile(broken);
    expectReplacedByDefaults(broken);
}

TEST_F(SettingsRepairTest, hugeFileIsDamaged) {
    const QByteArray huge = "[ui]\nlanguage=en\n" + QByteArray(5 << 20, 'x') + "=1\n";
    writeSettingsFile(huge);
    expectReplacedByDefaults(huge);
}

TEST_F(SettingsRepairTest, valuesOfTheWrongTypeAreResetAndTheRestKept) {
    writeSettingsFile("[ui]\nlanguage=42\n"
                      "[lessons]\nlast=@ByteArray(\\x1\\x2)\nfolders=/tmp/one, /tmp/two\n"
                      "[mainWindow]\ngeometry=not a layout\n"
                      "[lessonProgress]\nintro\\status=maybe\nintro\\variant=main\nintro\\answers\\0=first\n"
                      "intro\\answers\\1=1\n");
    const SettingsRepair repair = repairSettings();
    EXPECT_FALSE(repair.damaged);
    QStringList reset = repair.resetKeys;
    reset.sort();
    EXPECT_EQ(reset, QStringList({"lessonProgress/intro/answers/0", "lessonProgress/intro/status", "lessons/last",
                                  "mainWindow/geometry", "ui/language"}));
    QSettings settings;
    EXPECT_FALSE(settings.contains("ui/language"));
    EXPECT_EQ(settings.value("lessonProgress/intro/variant").toString(), "main");
    EXPECT_EQ(settings.value("lessonProgress/intro/answers/1").toInt(), 1);
    EXPECT_EQ(settings.value("lessons/folders").toStringList(), QStringList({"/tmp/one", "/tmp/two"}));
    EXPECT_TRUE(repairSettings().resetKeys.isEmpty()) << "a repaired file needs no second repair";
}

TEST_F(SettingsRepairTest, cleanFileIsLeftAloneAndNothingIsShown) {
    QSettings().setValue("ui/language", "zh_CN");
    QSettings().sync();
    const QByteArray before = readAll(file);
    const SettingsRepair repair = repairSettings();
    EXPECT_FALSE(repair.changedAnything());
    EXPECT_TRUE(settingsRepairMessage(repair).isEmpty());
    EXPECT_EQ(readAll(file), before);
    MainWindow window(languages, /*persistent=*/true);
    EXPECT_EQ(SettingsWarning::showIn(window, repair), nullptr);
    EXPECT_EQ(window.statusBar()->findChild<SettingsWarning*>(), nullptr);
}

TEST_F(SettingsRepairTest, warningInTheStatusBarInBothLanguages) {
    writeSettingsFile(QByteArray("\x00\x01garbage\xff", 10));
    const SettingsRepair repair = repairSettings();
    ASSERT_TRUE(repair.damaged);
    MainWindow window(languages, /*persistent=*/true);
    window.show();
    SettingsWarning* warning = SettingsWarning::showIn(window, repair);
    ASSERT_NE(warning, nullptr);
    EXPECT_EQ(window.statusBar()->findChild<SettingsWarning*>(), warning);
    // The run's own status messages do not hide it (a permanent status bar widget).
    window.statusBar()->showMessage("a run finished");
    QCoreApplication::processEvents();
    EXPECT_TRUE(warning->isVisible());
    EXPECT_TRUE(warning->text().contains("The settings file was damaged: default settings are in use."))
        << warning->text().toStdString();
    EXPECT_TRUE(warning->details().contains(QDir::toNativeSeparators(file)));
    EXPECT_TRUE(warning->details().contains(QDir::toNativeSeparators(repair.keptAs)));

    languages.setLanguage(QStringLiteral("zh_CN"), false);
    QCoreApplication::sendPostedEvents();
    EXPECT_TRUE(warning->text().contains(QStringLiteral("设置文件已损坏：正在使用默认设置。"))) << warning->text().toStdString();
    EXPECT_TRUE(warning->details().startsWith(QStringLiteral("设置文件 "))) << warning->details().toStdString();
    EXPECT_TRUE(warning->toolTip().contains(QStringLiteral("损坏的文件已保留为")));
}

}  // namespace
}  // namespace ls::gui
