#include "language_manager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace ls::gui {
namespace {
const char kLanguageKey[] = "ui/language";
const char kFallbackLanguage[] = "en";
}  // namespace

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

QStringList LanguageManager::availableLanguages() {
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString LanguageManager::nativeName(const QString& code) {
    // Deliberately not translated: a language is listed in its own name, so a user who cannot
    // read the current UI language can still find theirs.
    if (code == QLatin1String("zh_CN")) return QStringLiteral("中文");
    if (code == QLatin1String("en")) return QStringLiteral("English");
    return code;
}

QString LanguageManager::preferredLanguage() const {
    const QString saved = QSettings().value(kLanguageKey).toString();
    if (availableLanguages().contains(saved)) return saved;
    // First start: Chinese for any Chinese locale, English otherwise.
    if (QLocale::system().language() == QLocale::Chinese) return QStringLiteral("zh_CN");
    return QString::fromLatin1(kFallbackLanguage);
}

bool LanguageManager::setLanguage(const QString& code, bool remember) {
    if (!availableLanguages().contains(code)) return false;

    QCoreApplication::removeTranslator(&appTranslator_);
    QCoreApplication::removeTranslator(&qtTranslator_);
    const bool loaded = appTranslator_.load(QStringLiteral(":/i18n/loopscope_%1.qm").arg(code));
    if (loaded) QCoreApplication::installTranslator(&appTranslator_);
    if (qtTranslator_.load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qtTranslator_);
    }

    current_ = code;
    QLocale::setDefault(QLocale(code));
    if (remember) QSettings().setValue(kLanguageKey, code);
    emit languageChanged(code);
    return loaded;
}

}  // namespace ls::gui
