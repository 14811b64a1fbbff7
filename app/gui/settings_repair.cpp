#include "settings_repair.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStringDecoder>

#include "language_manager.h"

namespace ls::gui {
namespace {

// Larger than any settings file Loopscope writes (layout, progress of a few hundred lessons).
constexpr qint64 kMaxSettingsBytes = 4 << 20;

// QSettings writes INI files as UTF-8 text and escapes control characters, so raw control bytes
// or invalid UTF-8 mean the file was overwritten by something else.
bool looksLikeText(const QByteArray& bytes) {
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\n' && u != '\r' && u != '\t') || u == 0x7F) return false;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    (void)utf8.decode(bytes);
    return !utf8.hasError();
}

bool isStringList(const QVariant& v) {
    // A one-element list is read back as a plain string.
    return v.typeId() == QMetaType::QStringList || v.typeId() == QMetaType::QString;
}

// Whether the value stored under `key` has a type the app can use. Unknown keys (from a newer
// version, say) are left alone.
bool valueFits(const QString& key, const QVariant& v) {
    if (key == QLatin1String("ui/language"))
        return v.typeId() == QMetaType::QString && LanguageManager::availableLanguages().contains(v.toString());
    if (key == QLatin1String("lessons/folders")) return isStringList(v);
    if (key == QLatin1String("lessons/last") || key == QLatin1String("mainWindow/lastFolder"))
        return v.typeId() == QMetaType::QString;
    if (key.startsWith(QLatin1String("mainWindow/"))) return v.typeId() == QMetaType::QByteArray;  // layouts
    if (key.startsWith(QLatin1String("lessonProgress/"))) {
        if (key.endsWith(QLatin1String("/status")))
            return v.toString() == QLatin1String("opened") || v.toString() == QLatin1String("completed");
        if (key.endsWith(QLatin1String("/variant"))) return v.typeId() == QMetaType::QString;
        static const QRegularExpression answer(QStringLiteral("/answers/\\d+$"));
        if (answer.match(key).hasMatch()) {
            bool ok = false;
            return v.toString().toInt(&ok) >= 0 && ok;
        }
    }
    return true;
}

// The damaged file is kept (not deleted) beside the new one, so nothing is lost for good.
QString moveAside(const QString& path) {
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n) target = path + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    if (QFile::rename(path, target)) return target;
    // Cannot rename: removing is the only way to start clean.
    QFile::remove(path);
    return {};
}

}  // namespace

// `settings` must be the first QSettings on its file in this process: QSettings parses a file
// once and shares it, and only the instance that parsed it reports a FormatError.
SettingsRepair repairSettings(QSettings& settings) {
    SettingsRepair repair;
    const QString path = settings.fileName();
    repair.file = path;
    QFile file(path);
    if (!file.exists()) return repair;

    bool damaged = settings.status() != QSettings::NoError || file.size() > kMaxSettingsBytes;
    if (!damaged && file.open(QIODevice::ReadOnly)) damaged = !looksLikeText(file.readAll());
    file.close();
    if (!damaged) {
        for (const QString& key : settings.allKeys()) {
            if (!valueFits(key, settings.value(key))) repair.resetKeys << key;
        }
        for (const QString& key : std::as_const(repair.resetKeys)) settings.remove(key);
        settings.sync();
        return repair;
    }
    repair.damaged = true;
    repair.keptAs = moveAside(path);
    return repair;
}

SettingsRepair repairSettings() {
    QSettings settings;
    return repairSettings(settings);
}

SettingsRepair repairSettingsFile(const QString& path) {
    QSettings settings(path, QSettings::IniFormat);
    return repairSettings(settings);
}

QString settingsRepairMessage(const SettingsRepair& repair) {
    if (repair.damaged) {
        if (repair.keptAs.isEmpty()) {
            return QCoreApplication::translate("SettingsRepair",
                                               "The settings file %1 was damaged and has been removed; "
                                               "Loopscope started with the default settings.")
                .arg(QDir::toNativeSeparators(repair.file));
        }
        return QCoreApplication::translate("SettingsRepair",
                                           "The settings file %1 was damaged; Loopscope started with the default "
                                           "settings. The damaged file was kept as %2.")
            .arg(QDir::toNativeSeparators(repair.file), QDir::toNativeSeparators(repair.keptAs));
    }
    if (!repair.resetKeys.isEmpty()) {
        return QCoreApplication::translate("SettingsRepair",
                                           "Some settings in %1 had values Loopscope cannot use and were reset "
                                           "to their defaults: %2.")
            .arg(QDir::toNativeSeparators(repair.file), repair.resetKeys.join(QLatin1String(", ")));
    }
    return {};
}

}  // namespace ls::gui
