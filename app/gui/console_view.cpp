#include "console_view.h"

#include <algorithm>

#include <QEvent>
#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

namespace ls::gui {
namespace {
// A runaway print loop must not eat the machine's memory; older lines scroll away.
constexpr int kMaxLines = 20000;
// What is kept to word the console again after a language change: about as much text as the
// document shows (older output is gone from the view anyway).
constexpr qsizetype kMaxKeptChars = 4 << 20;
const QColor kStderrColor(0xc0, 0x1c, 0x28);
}  // namespace

ConsoleView::ConsoleView(QWidget* parent) : QPlainTextEdit(parent) {
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setMaximumBlockCount(kMaxLines);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void ConsoleView::clear() {
    segments_.clear();
    keptChars_ = 0;
    lineChars_ = 0;
    QPlainTextEdit::clear();
}

void ConsoleView::appendOutput(OutputStream stream, const QString& text) {
    const auto kind = stream == OutputStream::Stderr ? Segment::Kind::Stderr : Segment::Kind::Stdout;
    // Output arrives in many small pieces: one segment per stretch of one stream.
    if (!segments_.empty() && segments_.back().kind == kind) segments_.back().text += text;
    else segments_.push_back({kind, text, {}});
    keptChars_ += text.size();
    render({kind, text, {}});
    dropOldOutput();
}

void ConsoleView::appendMessage(const Message& message) {
    segments_.push_back({Segment::Kind::Message, message(), message});
    keptChars_ += segments_.back().text.size();
    render(segments_.back());
}

void ConsoleView::appendStatus(const QString& text) {
    appendMessage([text] { return text; });
}

void ConsoleView::render(const Segment& segment) {
    QTextCharFormat format;
    if (segment.kind == Segment::Kind::Stderr) format.setForeground(kStderrColor);
    if (segment.kind != Segment::Kind::Message) {
        insertAtEnd(clipLongLines(segment.text), format);
        return;
    }
    lineChars_ = 0;  // a message ends its line
    format.setForeground(palette().color(QPalette::PlaceholderText));
    format.setFontItalic(true);
    const QTextBlock last = document()->lastBlock();
    const QString separator = last.length() <= 1 ? QString() : QStringLiteral("\n");  // a line of its own
    insertAtEnd(separator + segment.text + QLatin1Char('\n'), format);
}

void ConsoleView::rerender() {
    QScrollBar* bar = verticalScrollBar();
    const bool atBottom = bar->value() == bar->maximum();
    const int scroll = bar->value();
    QPlainTextEdit::clear();
    lineChars_ = 0;
    for (Segment& segment : segments_) {
        if (segment.kind == Segment::Kind::Message) {
            keptChars_ -= segment.text.size();
            segment.text = segment.message();
            keptChars_ += segment.text.size();
        }
        render(segment);
    }
    bar->setValue(atBottom ? bar->maximum() : scroll);
}

QString ConsoleView::clipLongLines(const QString& text) {
    if (lineChars_ + text.size() <= kMaxLineChars) {  // the common case: nothing to cut
        const qsizetype newline = text.lastIndexOf(QLatin1Char('\n'));
        lineChars_ = newline < 0 ? lineChars_ + text.size() : text.size() - newline - 1;
        return text;
    }
    QString shown;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype newline = text.indexOf(QLatin1Char('\n'), start);
        const qsizetype end = newline < 0 ? text.size() : newline;
        const qsizetype room = kMaxLineChars - lineChars_;
        if (room > 0) shown += QStringView(text).mid(start, std::min(end - start, room));
        if (end - start > room && lineChars_ + (end - start) > kMaxLineChars && room >= 0) {
            // Once per line: where the cut is.
            shown += QLatin1Char(' ') + tr("[… this line is too long to show in full]");
            lineChars_ = kMaxLineChars + 1;  // past the limit: nothing more of this line, no second note
        } else {
            lineChars_ += end - start;
        }
        if (newline < 0) break;
        shown += QLatin1Char('\n');
        lineChars_ = 0;
        start = newline + 1;
    }
    return shown;
}

void ConsoleView::dropOldOutput() {
    while (keptChars_ > kMaxKeptChars && segments_.size() > 1) {
        keptChars_ -= segments_.front().text.size();
        segments_.pop_front();
    }
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

void ConsoleView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange && !segments_.empty()) rerender();
    QPlainTextEdit::changeEvent(event);
}

}  // namespace ls::gui
