#include "lesson_catalog.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace ls::gui {

QString toQString(const std::string& s) { return QString::fromStdString(s); }

QString toQString(const std::filesystem::path& p) {
    return QDir::cleanPath(QString::fromStdString(p.string()));
}

QString textIn(const ls::lesson::Text& text, const QString& language) {
    const std::string& s = text.in(language.toStdString());
    // A lesson missing one language still shows something rather than nothing.
    return toQString(s.empty() ? (text.en.empty() ? text.zh_CN : text.en) : s);
}

namespace {
QString absoluteClean(const QString& path) { return QDir::cleanPath(QFileInfo(path).absoluteFilePath()); }

bool isUnder(const QString& path, const QString& folder) {
    const QString p = absoluteClean(path), f = absoluteClean(folder);
    return p == f || p.startsWith(f + QLatin1Char('/'));
}
}  // namespace

LessonCatalog::LessonCatalog(QObject* parent) : QObject(parent), reloadTimer_(new QTimer(this)) {
    reloadTimer_->setSingleShot(true);
    reloadTimer_->setInterval(kReloadDelayMs);
    connect(reloadTimer_, &QTimer::timeout, this, &LessonCatalog::reloadDirty);
    connect(&watcher_, &QFileSystemWatcher::fileChanged, this, &LessonCatalog::onPathChanged);
    connect(&watcher_, &QFileSystemWatcher::directoryChanged, this, &LessonCatalog::onPathChanged);
}

void LessonCatalog::addFolder(const QString& path) {
    const QString root = absoluteClean(path);
    for (Folder& f : folders_) {
        // Already listed, itself or inside a folder that is: reload that folder.
        if (isUnder(root, f.root)) {
            load(f);
            watch();
            emit changed();
            return;
        }
    }
    // A folder that contains folders listed before replaces them (no lesson listed twice).
    std::erase_if(folders_, [&](const Folder& f) { return isUnder(f.root, root); });
    folders_.push_back({root, {}});
    load(folders_.back());
    watch();
    emit changed();
}

void LessonCatalog::removeFolder(const QString& path) {
    const QString root = absoluteClean(path);
    std::erase_if(folders_, [&](const Folder& f) { return f.root == root; });
    watch();
    emit changed();
}

QStringList LessonCatalog::roots() const {
    QStringList out;
    for (const Folder& f : folders_) out << f.root;
    return out;
}

void LessonCatalog::load(Folder& folder) {
    folder.library = ls::lesson::load_library(std::filesystem::path(folder.root.toStdString()));
}

const ls::lesson::Lesson* LessonCatalog::findLesson(const QString& folder) const {
    const QString wanted = absoluteClean(folder);
    for (const Folder& f : folders_) {
        for (const ls::lesson::Lesson& lesson : f.library.lessons) {
            if (absoluteClean(toQString(lesson.folder)) == wanted) return &lesson;
        }
    }
    return nullptr;
}

std::vector<ls::lesson::LessonError> LessonCatalog::errorsFor(const QString& folder) const {
    std::vector<ls::lesson::LessonError> out;
    for (const Folder& f : folders_) {
        for (const ls::lesson::LessonError& e : f.library.errors) {
            if (isUnder(toQString(e.file), folder)) out.push_back(e);
        }
    }
    return out;
}

const ls::lesson::Lesson* LessonCatalog::firstLesson() const {
    for (const Folder& f : folders_) {
        if (!f.library.lessons.empty()) return &f.library.lessons.front();
    }
    return nullptr;
}

// Watch the folders (lessons added or removed, files replaced by an editor's save-by-rename) and
// every file a lesson was read from. Paths are re-added after each load: a replaced file is a
// new inode the watcher does not follow.
void LessonCatalog::watch() {
    const QStringList old = watcher_.files() + watcher_.directories();
    if (!old.isEmpty()) watcher_.removePaths(old);
    QStringList paths;
    for (const Folder& f : folders_) {
        paths << f.root;
        for (const ls::lesson::Lesson& lesson : f.library.lessons) {
            paths << toQString(lesson.folder);
            for (const auto& file : lesson.files()) paths << toQString(file);
        }
        for (const ls::lesson::LessonError& e : f.library.errors) {
            const QFileInfo info(toQString(e.file));
            if (info.exists()) paths << info.absoluteFilePath();
            if (info.absoluteDir().exists()) paths << info.absolutePath();
        }
    }
    paths.removeDuplicates();
    QStringList existing;
    for (const QString& p : paths) {
        if (QFileInfo::exists(p)) existing << p;
    }
    if (!existing.isEmpty()) watcher_.addPaths(existing);
}

void LessonCatalog::onPathChanged(const QString& path) {
    for (const Folder& f : folders_) {
        if (isUnder(path, f.root)) dirtyRoots_.insert(f.root);
    }
    reloadTimer_->start();
}

void LessonCatalog::reloadDirty() {
    if (dirtyRoots_.isEmpty()) return;
    for (Folder& f : folders_) {
        if (dirtyRoots_.contains(f.root)) load(f);
    }
    dirtyRoots_.clear();
    watch();
    emit changed();
}

}  // namespace ls::gui
