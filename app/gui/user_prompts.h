// The questions the main window asks the user (unsaved edits, recovery copies). Behind an
// interface so GUI tests can answer them without a modal dialog blocking the test.
#pragma once

#include <QString>

class QWidget;

namespace ls::gui {

class UserPrompts {
public:
    enum class SaveChoice { Save, Discard, Cancel };

    virtual ~UserPrompts() = default;
    // `document` is a name the user recognises ("hello.py", "Lesson 3 — concurrent").
    virtual SaveChoice askSaveChanges(QWidget* parent, const QString& document) = 0;
    virtual bool askRestoreRecovery(QWidget* parent, const QString& document) = 0;
};

// Standard message boxes.
class DialogPrompts final : public UserPrompts {
public:
    SaveChoice askSaveChanges(QWidget* parent, const QString& document) override;
    bool askRestoreRecovery(QWidget* parent, const QString& document) override;
};

}  // namespace ls::gui
