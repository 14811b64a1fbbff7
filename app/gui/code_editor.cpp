#include "code_editor.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

#include "python_highlighter.h"

namespace ls::gui {
namespace {

constexpr int kIndentWidth = 4;  // PEP 8
constexpr int kGutterPadding = 6;
constexpr int kMarkerSpace = 12;  // room left of the numbers for the error dot / task bar
const QColor kErrorColor(0xd0, 0x1c, 0x28);
constexpr int kTaskTintAlpha = 70;  // task colours are strong; the line stays readable

// The first line (1-based) of `text` longer than `limit` characters and its length; {0, 0} if none.
std::pair<int, qsizetype> firstLineLongerThan(const QString& text, qsizetype limit) {
    int line = 1;
    for (qsizetype start = 0;; ++line) {
        const qsizetype newline = text.indexOf(QLatin1Char('\n'), start);
        const qsizetype end = newline < 0 ? text.size() : newline;
        if (end - start > limit) return {line, end - start};
        if (newline < 0) return {0, 0};
        start = newline + 1;
    }
}

// `text` with every line longer than `limit` cut to its first `shown` characters and an ellipsis.
QString shortenLongLines(const QString& text, qsizetype limit, qsizetype shown) {
    QString out;
    for (qsizetype start = 0;;) {
        const qsizetype newline = text.indexOf(QLatin1Char('\n'), start);
        const qsizetype end = newline < 0 ? text.size() : newline;
        if (end - start > limit) {
            out += QStringView(text).mid(start, shown);
            out += QStringLiteral(" \u2026");
        } else {
            out += QStringView(text).mid(start, end - start);
        }
        if (newline < 0) return out;
        out += QLatin1Char('\n');
        start = newline + 1;
    }
}

}  // namespace

// The gutter. It only forwards painting and tooltips; the editor knows its lines' geometry.
class LineNumberArea : public QWidget {
public:
    explicit LineNumberArea(CodeEditor* editor) : QWidget(editor), editor_(editor) {}
    QSize sizeHint() const override { return {editor_->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent* event) override { editor_->paintLineNumbers(event); }
    bool event(QEvent* event) override {
        if (event->type() == QEvent::ToolTip) {
            auto* help = static_cast<QHelpEvent*>(event);
            const QString tip = editor_->lineToolTip(editor_->lineAt(QPoint(0, help->pos().y())));
            if (tip.isEmpty()) QToolTip::hideText();
            else QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
        return QWidget::event(event);
    }

private:
    CodeEditor* editor_;
};

CodeEditor::CodeEditor(QWidget* parent)
    : QPlainTextEdit(parent),
      lineNumberArea_(new LineNumberArea(this)),
      highlighter_(new PythonHighlighter(document())),
      banner_(new QLabel(this)) {
    banner_->setObjectName(QStringLiteral("longLineBanner"));
    banner_->setFont(QGuiApplication::font());  // prose, not the editor's monospace
    banner_->setWordWrap(true);
    banner_->setMargin(4);
    banner_->setAutoFillBackground(true);
    QPalette bannerPalette = banner_->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));  // a note, not an error
    bannerPalette.setColor(QPalette::WindowText, QColor(0x40, 0x33, 0x00));
    banner_->setPalette(bannerPalette);
    banner_->hide();
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * kIndentWidth);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateLineNumberAreaWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateLineNumberArea);
    // Edited text makes error lines stale; playback highlights belong to the run's text too.
    connect(document(), &QTextDocument::contentsChange, this, [this](int, int removed, int added) {
        if (removed == 0 && added == 0) return;  // formatting only (the highlighter)
        if (!errors_.isEmpty() || !taskHighlights_.isEmpty()) {
            errors_.clear();
            taskHighlights_.clear();
            updateExtraSelections();
        }
    });
    updateLineNumberAreaWidth();
}

int CodeEditor::lineNumberAreaWidth() const {
    int digits = 1;
    for (int n = qMax(1, blockCount()); n >= 10; n /= 10) ++digits;
    digits = qMax(digits, 2);  // no jump in width when a program grows past nine lines
    return kMarkerSpace + 2 * kGutterPadding + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void CodeEditor::setPlainText(const QString& text) {
    const auto [longLine, longLineChars] = firstLineLongerThan(text, kMaxEditableLineChars);
    firstLongLine_ = longLine;
    firstLongLineChars_ = longLineChars;
    const bool shortened = showsShortenedText();
    fullText_ = shortened ? text : QString();
    setReadOnly(shortened);
    QPlainTextEdit::setPlainText(shortened ? shortenLongLines(text, kMaxEditableLineChars, kShownLongLineChars) : text);
    retranslateBanner();
    banner_->setVisible(shortened);
    layoutMargins();
}

QString CodeEditor::toPlainText() const {
    return showsShortenedText() ? fullText_ : QPlainTextEdit::toPlainText();
}

void CodeEditor::insertFromMimeData(const QMimeData* source) {
    // Only a paste of a long text can make a line too long at once (typing adds one character).
    const QString pasted = source->hasText() ? source->text() : QString();
    if (isReadOnly() || pasted.size() <= kMaxEditableLineChars) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    const QTextCursor cursor = textCursor();
    const QString text = QPlainTextEdit::toPlainText();
    const QString result = text.left(cursor.selectionStart()) + pasted + text.mid(cursor.selectionEnd());
    if (firstLineLongerThan(result, kMaxEditableLineChars).first == 0) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    setPlainText(result);
    document()->setModified(true);
}

void CodeEditor::retranslateBanner() {
    if (!showsShortenedText()) return;
    banner_->setText(tr("Line %1 has %L2 characters, too long to edit here. Lines that long are shown "
                        "shortened and the program is read-only; Run and Save use the whole program, "
                        "unchanged. To change it, edit the file in another editor and open it again.")
                         .arg(firstLongLine_)
                         .arg(firstLongLineChars_));
}

void CodeEditor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateBanner();
        layoutMargins();
    }
    QPlainTextEdit::changeEvent(event);
}

void CodeEditor::updateLineNumberAreaWidth() {
    layoutMargins();
}

// The gutter on the left; the banner, when shown, above the text.
void CodeEditor::layoutMargins() {
    const QRect area = contentsRect();
    const int bannerHeight = banner_->isVisibleTo(this) ? banner_->heightForWidth(area.width()) : 0;
    setViewportMargins(lineNumberAreaWidth(), bannerHeight, 0, 0);
    banner_->setGeometry(area.left(), area.top(), area.width(), bannerHeight);
    lineNumberArea_->setGeometry(area.left(), area.top() + bannerHeight, lineNumberAreaWidth(),
                                 area.height() - bannerHeight);
}

void CodeEditor::updateLineNumberArea(const QRect& rect, int dy) {
    if (dy != 0) {
        lineNumberArea_->scroll(0, dy);
    } else {
        lineNumberArea_->update(0, rect.y(), lineNumberArea_->width(), rect.height());
    }
    if (rect.contains(viewport()->rect())) updateLineNumberAreaWidth();
}

void CodeEditor::resizeEvent(QResizeEvent* event) {
    QPlainTextEdit::resizeEvent(event);
    layoutMargins();
}

void CodeEditor::keyPressEvent(QKeyEvent* event) {
    // Python code is indented with spaces; a literal tab would mix the two.
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier) {
        insertPlainText(QString(kIndentWidth, QLatin1Char(' ')));
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool CodeEditor::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = lineToolTip(lineAt(help->pos()));
        if (tip.isEmpty()) QToolTip::hideText();
        else QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

int CodeEditor::lineAt(const QPoint& viewportPos) const {
    const QTextBlock block = cursorForPosition(viewportPos).block();
    if (!block.isValid()) return 0;
    // cursorForPosition snaps to the nearest block; below the last line there is none.
    const QRectF rect = blockBoundingGeometry(block).translated(contentOffset());
    if (viewportPos.y() < rect.top() || viewportPos.y() > rect.bottom()) return 0;
    return block.blockNumber() + 1;
}

QString CodeEditor::lineToolTip(int line) const {
    if (line <= 0) return {};
    QStringList parts;
    for (const ErrorMarker& e : errors_) {
        if (e.line == line) parts << e.message.toHtmlEscaped();
    }
    for (const LineHighlight& t : taskHighlights_) {
        if (t.line == line) {
            parts << QStringLiteral("<span style=\"color:%1\">■</span> %2")
                         .arg(t.color.name(), t.label.toHtmlEscaped());
        }
    }
    return parts.join(QStringLiteral("<br>"));
}

void CodeEditor::ensureLineVisible(int line) {
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid()) return;
    const QRectF rect = blockBoundingGeometry(block).translated(contentOffset());
    if (rect.top() >= 0 && rect.bottom() <= viewport()->height()) return;
    // QPlainTextEdit scrolls by lines: put the line about a third from the top.
    const int visibleLines = qMax(1, int(viewport()->height() / qMax(1.0, rect.height())));
    verticalScrollBar()->setValue(qMax(0, line - 1 - visibleLines / 3));
}

void CodeEditor::setErrorMarkers(const QList<ErrorMarker>& markers) {
    errors_ = markers;
    updateExtraSelections();
    if (!errors_.isEmpty()) ensureLineVisible(errors_.constFirst().line);
}

void CodeEditor::setTaskHighlights(const QList<LineHighlight>& lines) {
    if (lines.size() == taskHighlights_.size()) {
        bool same = true;
        for (int i = 0; i < lines.size() && same; ++i) {
            same = lines[i].line == taskHighlights_[i].line && lines[i].color == taskHighlights_[i].color &&
                   lines[i].label == taskHighlights_[i].label;
        }
        if (same) return;  // playback repeats the same lines often; no repaint needed
    }
    taskHighlights_ = lines;
    updateExtraSelections();
}

void CodeEditor::updateExtraSelections() {
    QList<QTextEdit::ExtraSelection> selections;
    for (const LineHighlight& t : taskHighlights_) {
        const QTextBlock block = document()->findBlockByNumber(t.line - 1);
        if (!block.isValid()) continue;
        QTextEdit::ExtraSelection sel;
        QColor tint = t.color;
        tint.setAlpha(kTaskTintAlpha);
        sel.format.setBackground(tint);
        sel.format.setProperty(QTextFormat::FullWidthSelection, true);
        sel.cursor = QTextCursor(block);
        selections << sel;
    }
    for (const ErrorMarker& e : errors_) {
        const QTextBlock block = document()->findBlockByNumber(e.line - 1);
        if (!block.isValid()) continue;
        const QString text = block.text();
        // From the column (1-based) to the end of the line, or the line's text without its
        // indentation; an empty line gets one underlined position so the mark is seen.
        int start = 0;
        while (start < text.size() && text[start].isSpace()) ++start;
        if (e.column > 0) start = qMin<int>(e.column - 1, qMax<int>(0, int(text.size()) - 1));
        int end = int(text.size());
        while (end > start && text[end - 1].isSpace()) --end;
        QTextEdit::ExtraSelection sel;
        sel.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        sel.format.setUnderlineColor(kErrorColor);
        sel.format.setToolTip(e.message);
        sel.cursor = QTextCursor(block);
        sel.cursor.setPosition(block.position() + start);
        sel.cursor.setPosition(block.position() + qMax(end, start + 1), QTextCursor::KeepAnchor);
        selections << sel;
    }
    setExtraSelections(selections);
    lineNumberArea_->update();
}

void CodeEditor::paintLineNumbers(QPaintEvent* event) {
    QPainter painter(lineNumberArea_);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        const int line = block.blockNumber() + 1;
        if (block.isVisible() && top + height >= event->rect().top()) {
            // Task bars side by side (several tasks can stand on one line), then the error dot.
            int x = 2;
            for (const LineHighlight& t : taskHighlights_) {
                if (t.line != line) continue;
                painter.fillRect(QRect(x, top + 1, 3, height - 2), t.color);
                x += 4;
            }
            for (const ErrorMarker& e : errors_) {
                if (e.line != line) continue;
                const int d = qMin(8, height - 4);
                painter.setPen(Qt::NoPen);
                painter.setBrush(kErrorColor);
                painter.drawEllipse(QRect(kMarkerSpace - d, top + (height - d) / 2, d, d));
                break;
            }
            painter.setPen(pal.color(QPalette::PlaceholderText));
            // The block's own height: a line with CJK text (a fallback font) is taller.
            painter.drawText(0, top, lineNumberArea_->width() - kGutterPadding, height,
                             Qt::AlignRight | Qt::AlignVCenter, QString::number(line));
        }
        top += height;
        block = block.next();
    }
}

}  // namespace ls::gui
