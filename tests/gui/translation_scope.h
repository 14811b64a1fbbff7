// Installs the app's translation for one language while in scope (nothing for English), for tests
// that check translated widgets without a LanguageManager.
#pragma once

#include <QApplication>
#include <QString>
#include <QTranslator>

namespace ls::gui::test {

class TranslationScope {
public:
    explicit TranslationScope(const QString& code) {
        if (code != QLatin1String("en") && translator_.load(QStringLiteral(":/i18n/loopscope_%1.qm").arg(code))) {
            QApplication::installTranslator(&translator_);
        }
    }
    ~TranslationScope() { QApplication::removeTranslator(&translator_); }
    TranslationScope(const TranslationScope&) = delete;
    TranslationScope& operator=(const TranslationScope&) = delete;
    bool loaded() const { return !translator_.isEmpty(); }

private:
    QTranslator translator_;
};

}  // namespace ls::gui::test
