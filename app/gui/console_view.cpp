#include "console_view.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QTextCursor>

namespace ls::gui {
namespace {
// A runaway print loop must not eat the machine's memory; older lines scroll away.
constexpr int kMaxLines = 20000;
const QColor kStderrColor(0xc0, 0x1c, 0x28);
}  // namespace

ConsoleView::ConsoleView(QWidget* parent) : QPlainTextEdit(parent) {
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setMaximumBlockCount(kMaxLines);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void ConsoleView::appendOutput(OutputStream stream, const QString& text) {
    QTextCharFormat format;
    if (stream == OutputStream::Stderr) format.setForeground(kStderrColor);
    insertAtEnd(text, format);
}

void ConsoleView::appendStatus(const QString& text) {
    QTextCharFormat format;
    format.setForeground(palette().color(QPalette::PlaceholderText));
    format.setFontItalic(true);
    const QString separator =
        document()->isEmpty() || toPlainText().endsWith(QLatin1Char('\n')) ? QString()
                                                                          : QStringLiteral("\n");
    insertAtEnd(separator + text + QLatin1Char('\n'), format);
}

void ConsoleView::insertAtEnd(const QString& text, const QTextCharFormat& format) {
    // Follow the output only if the user has not scrolled up to read something.
    QScrollBar* bar = verticalScrollBar();
    const bool atBottom = bar->value() == bar->maximum();
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text, format);
    if (atBottom) bar->setValue(bar->maximum());
}

}  // namespace ls::gui
