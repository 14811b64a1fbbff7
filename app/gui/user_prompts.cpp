#include "user_prompts.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace ls::gui {
UserPrompts::SaveChoice DialogPrompts::askSaveChanges(QWidget* parent, const QString& document) {
    const auto answer = QMessageBox::warning(
        parent, QCoreApplication::translate("UserPrompts", "Unsaved changes"),
        QCoreApplication::translate("UserPrompts", "%1 has changes that are not saved. Save them?").arg(document),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) return SaveChoice::Save;
    if (answer == QMessageBox::Discard) return SaveChoice::Discard;
    return SaveChoice::Cancel;
}

bool DialogPrompts::askRestoreRecovery(QWidget* parent, const QString& document) {
    const auto answer = QMessageBox::question(
        parent, QCoreApplication::translate("UserPrompts", "Recover unsaved edits"),
        QCoreApplication::translate(
            "UserPrompts",
            "Loopscope found edits to %1 that were not saved when it last closed. Restore them?")
            .arg(document),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    return answer == QMessageBox::Yes;
}

}  // namespace ls::gui
