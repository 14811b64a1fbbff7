// The lessons the app knows: one or more lesson folders (the bundled lessons/, and folders the
// user opened), each loaded with the lesson library. Watches every lesson file and reloads a
// folder when something in it changes, so an instructor editing a lesson sees it update.
#pragma once

#include <vector>

#include <QFileSystemWatcher>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <loopscope/lesson.h>

class QTimer;

namespace ls::gui {

class LessonCatalog : public QObject {
    Q_OBJECT

public:
    struct Folder {
        QString root;                  // absolute path of what was opened
        ls::lesson::Library library;
    };

    explicit LessonCatalog(QObject* parent = nullptr);

    // Loads each folder (a pack, a folder of lessons or one lesson); a folder already present
    // is reloaded.
    void addFolder(const QString& path);
    void removeFolder(const QString& path);
    QStringList roots() const;
    const std::vector<Folder>& folders() const { return folders_; }

    // The lesson in `folder` (absolute path), or nullptr.
    const ls::lesson::Lesson* findLesson(const QString& folder) const;
    // The errors reported for files under `folder`.
    std::vector<ls::lesson::LessonError> errorsFor(const QString& folder) const;
    // The first lesson in browser order, or nullptr.
    const ls::lesson::Lesson* firstLesson() const;

    // How long to wait after a change before reloading (editors write in several steps).
    static constexpr int kReloadDelayMs = 150;

signals:
    // After any load or reload; lesson pointers handed out before are invalid now.
    void changed();

private:
    void load(Folder& folder);
    void watch();
    void onPathChanged(const QString& path);
    void reloadDirty();

    std::vector<Folder> folders_;
    QFileSystemWatcher watcher_;
    QSet<QString> dirtyRoots_;
    QTimer* reloadTimer_;
};

// Helpers shared by the lesson widgets.
QString toQString(const std::string& s);
QString toQString(const std::filesystem::path& p);
// The text in the UI's language ("zh_CN" or "en").
QString textIn(const ls::lesson::Text& text, const QString& language);

}  // namespace ls::gui
