#include "trace_console.h"

#include <QEvent>
#include <QTextBlock>
#include <QTextCursor>

#include "playback_model.h"
#include "trace_colors.h"

namespace ls::gui {
namespace {

// Task colours are chosen to tell bars apart; text in them needs more contrast on white.
QColor textColor(int task) {
    const QColor c = taskColor(task);
    return c.lightness() > 110 ? c.darker(150) : c;
}

}  // namespace

TraceConsole::TraceConsole(QWidget* parent) : QPlainTextEdit(parent) {
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    setFont(mono);
    retranslateUi();
}

void TraceConsole::setModel(PlaybackModel* model) {
    if (model_) disconnect(model_, nullptr, this, nullptr);
    model_ = model;
    clear();
    entryEnds_.clear();
    if (model_) connect(model_, &PlaybackModel::positionChanged, this, &TraceConsole::sync);
    sync();
}

void TraceConsole::sync() {
    const int visible = model_ ? model_->visibleConsoleEntries() : 0;
    const int shown = shownEntries();
    if (visible == shown) return;
    QTextCursor cursor(document());
    if (visible < shown) {
        cursor.setPosition(visible == 0 ? 0 : entryEnds_[static_cast<size_t>(visible - 1)]);
        cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        entryEnds_.resize(static_cast<size_t>(visible));
        return;
    }
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    const auto& entries = model_->consoleEntries();
    for (int i = shown; i < visible; ++i) {
        const ConsoleEntry& e = entries[i];
        QTextCharFormat format;
        format.setForeground(e.isStderr ? QColor(0xc0, 0x1c, 0x1c) : textColor(e.task));
        QString text = e.text;
        // A stderr block starts on a line of its own.
        if (e.isStderr && cursor.position() > 0 && !document()->toPlainText().endsWith(QLatin1Char('\n'))) {
            text.prepend(QLatin1Char('\n'));
        }
        cursor.insertText(text, format);
        entryEnds_.push_back(cursor.position());
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
}

void TraceConsole::retranslateUi() {
    setPlaceholderText(tr("What the program prints appears here as the playhead reaches it."));
}

void TraceConsole::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QPlainTextEdit::changeEvent(event);
}

}  // namespace ls::gui
