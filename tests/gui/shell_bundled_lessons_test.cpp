// Every bundled lesson opens in the app, in English and in Chinese: it loads without errors,
// runs its first variant, and shows its own narrative and title in that language.
#include <gtest/gtest.h>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QTreeWidget>

#include "language_manager.h"
#include "lesson_browser.h"
#include "lesson_page.h"
#include "main_window.h"

namespace ls::gui {
namespace {

constexpr int kRunTimeoutMs = 30000;

QStringList bundled_lessons() {
    QDir root(QString::fromUtf8(LOOPSCOPE_SOURCE_DIR) + "/lessons");
    QStringList out;
    for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (QFile::exists(root.filePath(name) + "/lesson.yaml")) out << root.filePath(name);
    return out;
}

// The narrative's first heading, as the page shows it (Markdown "# Title" -> "Title").
QString first_heading(const QString& markdown_file) {
    QFile f(markdown_file);
    if (!f.open(QIODevice::ReadOnly)) return {};
    for (const QString& line : QString::fromUtf8(f.readAll()).split('\n'))
        if (line.startsWith('#')) return line.mid(line.indexOf(' ') + 1).trimmed().remove('*').remove('`');
    return {};
}

void open_every_lesson(const QString& language) {
    const QStringList lessons = bundled_lessons();
    ASSERT_GE(lessons.size(), 15);
    LanguageManager languages;
    languages.setLanguage(language, false);
    const QRegularExpression cjk(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    for (const QString& dir : lessons) {
        SCOPED_TRACE(dir.toStdString());
        MainWindow w(languages, false);
        QSignalSpy finished(&w, &MainWindow::runFinished);
        QString error;
        ASSERT_TRUE(w.openLessonPath(dir, QString(), &error)) << error.toStdString();
        ASSERT_TRUE(finished.count() > 0 || finished.wait(kRunTimeoutMs));
        const QString heading = first_heading(dir + "/" + language + ".md");
        ASSERT_FALSE(heading.isEmpty());
        EXPECT_TRUE(w.lessonPage()->narrative()->toPlainText().contains(heading)) << heading.toStdString();
        QComboBox* variants = w.lessonPage()->variantBox();
        ASSERT_GE(variants->count(), 1);
        // The lesson's title in the browser is in the app's language: Chinese titles have CJK
        // characters, English ones none.
        QTreeWidgetItem* current = w.lessonBrowser()->tree()->currentItem();
        ASSERT_NE(current, nullptr);
        EXPECT_EQ(current->text(0).contains(cjk), language == "zh_CN") << current->text(0).toStdString();
    }
}

TEST(BundledLessons, EveryLessonOpensAndRunsInEnglish) { open_every_lesson(QStringLiteral("en")); }
TEST(BundledLessons, EveryLessonOpensAndRunsInChinese) { open_every_lesson(QStringLiteral("zh_CN")); }

}  // namespace
}  // namespace ls::gui
