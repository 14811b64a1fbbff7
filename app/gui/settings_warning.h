// Tells the user, in the main window's status bar, that the settings file was damaged and
// replaced by the defaults (or that some values were reset): a short note with the full story
// behind "Details…", which stays until closed and follows the UI language.
#pragma once

#include <QWidget>

#include "settings_repair.h"

class QLabel;
class QMainWindow;
class QToolButton;

namespace ls::gui {

class SettingsWarning : public QWidget {
    Q_OBJECT

public:
    explicit SettingsWarning(SettingsRepair repair, QWidget* parent = nullptr);

    // Adds the note to `window`'s status bar if `repair` changed anything; returns it or nullptr.
    static SettingsWarning* showIn(QMainWindow& window, const SettingsRepair& repair);

    QString text() const;  // the short note as shown
    QString details() const { return settingsRepairMessage(repair_); }

signals:
    void detailsRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    SettingsRepair repair_;
    QLabel* label_;
    QToolButton* close_;
};

}  // namespace ls::gui
