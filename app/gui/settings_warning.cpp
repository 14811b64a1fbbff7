#include "settings_warning.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>

namespace ls::gui {

SettingsWarning::SettingsWarning(SettingsRepair repair, QWidget* parent)
    : QWidget(parent), repair_(std::move(repair)), label_(new QLabel), close_(new QToolButton) {
    setObjectName(QStringLiteral("settingsWarning"));
    auto* icon = new QLabel;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    label_->setTextFormat(Qt::RichText);
    connect(label_, &QLabel::linkActivated, this, &SettingsWarning::detailsRequested);
    close_->setAutoRaise(true);
    close_->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(close_, &QToolButton::clicked, this, &QWidget::deleteLater);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(icon);
    layout->addWidget(label_);
    layout->addWidget(close_);
    retranslate();
}

SettingsWarning* SettingsWarning::showIn(QMainWindow& window, const SettingsRepair& repair) {
    if (!repair.changedAnything()) return nullptr;
    auto* warning = new SettingsWarning(repair);
    // Permanent, so the run's status messages do not hide it.
    window.statusBar()->addPermanentWidget(warning);
    connect(warning, &SettingsWarning::detailsRequested, &window, [&window, warning] {
        QMessageBox::warning(&window, tr("Settings"), warning->details());
    });
    return warning;
}

QString SettingsWarning::text() const { return label_->text(); }

void SettingsWarning::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void SettingsWarning::retranslate() {
    const QString note = repair_.damaged ? tr("The settings file was damaged: default settings are in use.")
                                         : tr("Some settings could not be used and were reset.");
    label_->setText(QStringLiteral("%1 <a href=\"details\">%2</a>").arg(note.toHtmlEscaped(), tr("Details…")));
    setToolTip(details());
    close_->setToolTip(tr("Dismiss"));
}

}  // namespace ls::gui
