// Which language the UI speaks: loads the compiled translations (embedded under :/i18n),
// switches them at runtime and remembers the user's choice in QSettings.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace ls::gui {

class LanguageManager : public QObject {
    Q_OBJECT

public:
    explicit LanguageManager(QObject* parent = nullptr);

    // Language codes the app ships, e.g. {"en", "zh_CN"}.
    static QStringList availableLanguages();
    // The language's own name ("English", "中文"), as shown in the Language menu.
    static QString nativeName(const QString& code);

    // The remembered choice, or on first start the best match for the system locale.
    QString preferredLanguage() const;
    QString currentLanguage() const { return current_; }

    // Installs the translations for `code`. With `remember`, it becomes the preferred language.
    // Widgets see QEvent::LanguageChange and retranslate themselves.
    bool setLanguage(const QString& code, bool remember);

signals:
    void languageChanged(const QString& code);

private:
    QTranslator appTranslator_;
    QTranslator qtTranslator_;  // Qt's own strings (standard dialogs), when the system has them
    QString current_;
};

}  // namespace ls::gui
