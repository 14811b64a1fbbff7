// Recovery copies of unsaved edits. While a document has changes that are not saved, the main
// window writes its text here every few seconds; after a crash the next start finds the copy and
// offers it back. A copy is removed once the edits are saved or deliberately discarded.
#pragma once

#include <optional>

#include <QString>
#include <QStringList>

namespace ls::gui {

class RecoveryStore {
public:
    // Default: "recovery" under QStandardPaths::AppDataLocation.
    RecoveryStore();
    explicit RecoveryStore(const QString& directory);

    static QString defaultDirectory();
    QString directory() const { return directory_; }

    // `key` names the document (a file path, or a lesson variant); any string will do.
    // Returns false if the copy could not be written (the caller may tell the user).
    bool save(const QString& key, const QString& text) const;
    std::optional<QString> load(const QString& key) const;
    void remove(const QString& key) const;
    // Keys of every copy present (for "restore after a crash" of documents not open).
    QStringList keys() const;

private:
    QString pathFor(const QString& key) const;
    QString directory_;
};

}  // namespace ls::gui
