// The lesson browser: chapters and their lessons (with the student's progress), and the lessons
// that could not be loaded, each with its errors as file:line:column.
#pragma once

#include <QString>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace ls::gui {

class LessonCatalog;
class LessonProgress;

class LessonBrowser : public QWidget {
    Q_OBJECT

public:
    LessonBrowser(const LessonCatalog& catalog, const LessonProgress& progress, QWidget* parent = nullptr);

    // Rebuilds the tree (after a reload, a progress change or a language switch).
    void refresh();
    void setLanguage(const QString& language);
    // Selects the lesson in `folder` without emitting lessonActivated.
    void setCurrentLesson(const QString& folder);
    QString currentLesson() const { return current_; }
    QTreeWidget* tree() const { return tree_; }

    // Item roles: the lesson's folder, and whether the item is an error.
    static constexpr int kFolderRole = Qt::UserRole + 1;
    static constexpr int kErrorRole = Qt::UserRole + 2;

signals:
    void lessonActivated(const QString& folder);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onItemActivated(QTreeWidgetItem* item);

    const LessonCatalog& catalog_;
    const LessonProgress& progress_;
    QTreeWidget* tree_;
    QString language_ = QStringLiteral("en");
    QString current_;
};

}  // namespace ls::gui
