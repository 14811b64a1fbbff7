// The settings file, checked once at start-up before anything reads it. A file that is not a
// settings file any more (garbage bytes, a parse error) is moved aside and the app starts from
// the defaults; a value of the wrong type (a hand edit, another program) is removed, so its
// default applies. Either way the user is told (settings_warning.h).
#pragma once

#include <QString>
#include <QStringList>

namespace ls::gui {

struct SettingsRepair {
    QString file;             // the settings file that was checked
    bool damaged = false;     // unreadable as settings: moved aside (or removed); defaults are used
    QString keptAs;           // where the damaged file was moved; empty if it had to be removed
    QStringList resetKeys;    // keys whose values had the wrong type and were removed

    bool changedAnything() const { return damaged || !resetKeys.isEmpty(); }
};

// Checks and repairs the application's settings file (QSettings() with the organisation and
// application names already set). Call it before anything else opens the settings.
SettingsRepair repairSettings();

// The same for a given INI file (tests).
SettingsRepair repairSettingsFile(const QString& path);

// What happened, in the current UI language; empty when nothing was changed.
QString settingsRepairMessage(const SettingsRepair& repair);

}  // namespace ls::gui
