#include "recovery_store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace ls::gui {
namespace {
const char kKeyField[] = "key";
const char kTextField[] = "text";

std::optional<QJsonObject> readCopy(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    // A copy half-written when the machine died is not JSON; it is ignored, never trusted.
    if (!doc.isObject()) return std::nullopt;
    return doc.object();
}
}  // namespace

RecoveryStore::RecoveryStore() : RecoveryStore(defaultDirectory()) {}

RecoveryStore::RecoveryStore(const QString& directory) : directory_(directory) {}

QString RecoveryStore::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryStore::pathFor(const QString& key) const {
    // Keys are paths with any characters in them; a hash makes a safe, stable file name.
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex();
    return directory_ + QLatin1Char('/') + QString::fromLatin1(hash) + QStringLiteral(".json");
}

bool RecoveryStore::save(const QString& key, const QString& text) const {
    if (!QDir().mkpath(directory_)) return false;
    QSaveFile file(pathFor(key));  // written whole or not at all
    if (!file.open(QIODevice::WriteOnly)) return false;
    QJsonObject object;
    object.insert(QLatin1String(kKeyField), key);
    object.insert(QLatin1String(kTextField), text);
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return file.commit();
}

std::optional<QString> RecoveryStore::load(const QString& key) const {
    const auto object = readCopy(pathFor(key));
    if (!object || object->value(QLatin1String(kKeyField)).toString() != key) return std::nullopt;
    const QJsonValue text = object->value(QLatin1String(kTextField));
    if (!text.isString()) return std::nullopt;
    return text.toString();
}

void RecoveryStore::remove(const QString& key) const {
    QFile::remove(pathFor(key));
}

QStringList RecoveryStore::keys() const {
    QStringList keys;
    const QDir dir(directory_);
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const auto object = readCopy(dir.filePath(name));
        if (object && object->value(QLatin1String(kKeyField)).isString()) {
            keys << object->value(QLatin1String(kKeyField)).toString();
        }
    }
    return keys;
}

}  // namespace ls::gui
