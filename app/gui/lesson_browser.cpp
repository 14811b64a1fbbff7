#include "lesson_browser.h"

#include <map>

#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QPainter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "lesson_catalog.h"
#include "lesson_progress.h"

namespace ls::gui {
namespace {

// Small status marks drawn once: an empty ring (not started), a dot (opened), a check (done).
QIcon statusIcon(LessonProgress::Status status) {
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    switch (status) {
    case LessonProgress::Status::NotStarted:
        p.setPen(QPen(QColor(0x9a, 0x9a, 0x9a), 1.5));
        p.drawEllipse(QRectF(3.5, 3.5, 9, 9));
        break;
    case LessonProgress::Status::Opened:
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x35, 0x84, 0xe4));
        p.drawEllipse(QRectF(4, 4, 8, 8));
        break;
    case LessonProgress::Status::Completed:
        p.setPen(QPen(QColor(0x26, 0xa2, 0x69), 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(QPolygonF({QPointF(3, 8.5), QPointF(6.5, 12), QPointF(13, 4.5)}));
        break;
    }
    return QIcon(pixmap);
}

QIcon errorIcon() {
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xd0, 0x1c, 0x28));
    p.drawEllipse(QRectF(2, 2, 12, 12));
    p.setPen(QPen(Qt::white, 2));
    p.drawLine(QPointF(8, 4.5), QPointF(8, 9));
    p.drawPoint(QPointF(8, 11.5));
    return QIcon(pixmap);
}

}  // namespace

LessonBrowser::LessonBrowser(const LessonCatalog& catalog, const LessonProgress& progress, QWidget* parent)
    : QWidget(parent), catalog_(catalog), progress_(progress), tree_(new QTreeWidget) {
    tree_->setObjectName(QStringLiteral("lessonTree"));
    tree_->setHeaderHidden(true);
    tree_->setRootIsDecorated(true);
    tree_->setUniformRowHeights(false);
    // Titles wrap instead of being cut off in a narrow panel.
    tree_->setWordWrap(true);
    tree_->setTextElideMode(Qt::ElideNone);
    tree_->header()->setSectionResizeMode(QHeaderView::Stretch);
    tree_->header()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tree_);
    connect(tree_, &QTreeWidget::itemActivated, this, &LessonBrowser::onItemActivated);
    connect(tree_, &QTreeWidget::itemClicked, this, &LessonBrowser::onItemActivated);
    refresh();
}

void LessonBrowser::setLanguage(const QString& language) {
    language_ = language;
    refresh();
}

void LessonBrowser::refresh() {
    const QSignalBlocker block(tree_);
    tree_->clear();
    QTreeWidgetItem* currentItem = nullptr;
    for (const LessonCatalog::Folder& folder : catalog_.folders()) {
        const ls::lesson::Library& library = folder.library;
        std::map<std::string, QTreeWidgetItem*> chapterItems;
        for (const ls::lesson::Chapter& chapter : library.chapters) {
            auto* item = new QTreeWidgetItem(tree_, {textIn(chapter.title, language_)});
            item->setToolTip(0, item->text(0));
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            item->setFlags(Qt::ItemIsEnabled);
            chapterItems[chapter.id] = item;
        }
        for (const ls::lesson::Lesson& lesson : library.lessons) {
            QTreeWidgetItem*& parent = chapterItems[lesson.chapter];
            if (!parent) {
                parent = new QTreeWidgetItem(tree_, {toQString(lesson.chapter)});
                parent->setFlags(Qt::ItemIsEnabled);
            }
            const QString folderPath = toQString(lesson.folder);
            auto* item = new QTreeWidgetItem(parent, {textIn(lesson.title, language_)});
            item->setData(0, kFolderRole, folderPath);
            item->setIcon(0, statusIcon(progress_.status(toQString(lesson.id))));
            item->setToolTip(0, QStringLiteral("%1\n%2").arg(item->text(0), QDir::toNativeSeparators(folderPath)));
            if (QDir::cleanPath(folderPath) == QDir::cleanPath(current_)) currentItem = item;
        }
        if (!library.errors.empty()) {
            // Grouped by file, so each broken lesson is one entry with its problems below it.
            auto* group = new QTreeWidgetItem(tree_, {tr("Lessons with errors")});
            group->setFlags(Qt::ItemIsEnabled);
            group->setIcon(0, errorIcon());
            group->setForeground(0, QColor(0xd0, 0x1c, 0x28));
            const QDir root(folder.root);
            for (const ls::lesson::LessonError& error : library.errors) {
                // Shown relative to the opened folder so the file:line:column fits the panel;
                // the tooltip has the full path.
                ls::lesson::LessonError shown = error;
                shown.file = root.relativeFilePath(toQString(error.file)).toStdString();
                auto* item = new QTreeWidgetItem(group, {toQString(shown.to_string())});
                item->setData(0, kErrorRole, true);
                item->setToolTip(0, QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
                                        .arg(toQString(error.to_string()).toHtmlEscaped()));
                item->setForeground(0, QColor(0xd0, 0x1c, 0x28));
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            }
        }
    }
    tree_->expandAll();
    if (currentItem) tree_->setCurrentItem(currentItem);
}

void LessonBrowser::setCurrentLesson(const QString& folder) {
    current_ = folder;
    refresh();
}

void LessonBrowser::onItemActivated(QTreeWidgetItem* item) {
    if (!item) return;
    const QString folder = item->data(0, kFolderRole).toString();
    if (folder.isEmpty() || QDir::cleanPath(folder) == QDir::cleanPath(current_)) return;
    emit lessonActivated(folder);
}

void LessonBrowser::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) refresh();
    QWidget::changeEvent(event);
}

}  // namespace ls::gui
