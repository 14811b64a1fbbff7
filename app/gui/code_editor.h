// The program editor: a monospace QPlainTextEdit with Python highlighting, a line-number gutter,
// inline error markers (wavy underline, gutter dot, tooltip) and, during playback, each task's
// current line tinted in that task's colour.
//
// A program with a line of more than kMaxEditableLineChars characters is shown shortened and
// read-only: Qt lays out and shapes a whole line on every layout and repaint, and a 5 MB line
// held the window for 0.5 s per repaint and 1 s per keystroke (Qt cannot even scroll to its end).
// The editor keeps the program's whole text: toPlainText() returns it unchanged, so Run, Save and
// recovery see exactly what was loaded.
#pragma once

#include <QColor>
#include <QLabel>
#include <QList>
#include <QPlainTextEdit>
#include <QString>

class QMimeData;

namespace ls::gui {

class PythonHighlighter;

// A Python error at a place in the program. Lines are 1-based; column 0 marks the whole line.
struct ErrorMarker {
    int line = 0;
    int column = 0;
    QString message;
};

// Where a task is at the playhead.
struct LineHighlight {
    int line = 0;
    QColor color;
    QString label;  // the task, as the tooltip names it
};

class CodeEditor : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit CodeEditor(QWidget* parent = nullptr);

    // Lines longer than this are shown shortened (their first kShownLongLineChars characters).
    static constexpr int kMaxEditableLineChars = 10000;
    static constexpr int kShownLongLineChars = 2000;

    // These hide QPlainTextEdit's (not virtual) so that every caller holding a CodeEditor gets
    // the program's whole text, also while long lines are shown shortened.
    void setPlainText(const QString& text);
    QString toPlainText() const;
    // True while a line is too long to edit: the text is shown shortened and read-only.
    bool showsShortenedText() const { return firstLongLine_ > 0; }

    int lineNumberAreaWidth() const;
    // Called by the gutter widget to draw the numbers of the visible lines.
    void paintLineNumbers(QPaintEvent* event);

    // Markers stay until replaced, cleared, or the text changes (their lines would be stale).
    void setErrorMarkers(const QList<ErrorMarker>& markers);
    void clearErrorMarkers() { setErrorMarkers({}); }
    QList<ErrorMarker> errorMarkers() const { return errors_; }

    // Replaces the highlighted task lines; an empty list removes them.
    void setTaskHighlights(const QList<LineHighlight>& lines);
    QList<LineHighlight> taskHighlights() const { return taskHighlights_; }

    // The text shown as a tooltip for a line (error messages and tasks on it), empty if none.
    QString lineToolTip(int line) const;
    // Scrolls so that `line` (1-based) is visible, without moving the cursor.
    void ensureLineVisible(int line);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    // A paste that would make a line too long goes through setPlainText (shortened view).
    void insertFromMimeData(const QMimeData* source) override;

private:
    friend class LineNumberArea;
    void updateLineNumberAreaWidth();
    void layoutMargins();
    void retranslateBanner();
    void updateLineNumberArea(const QRect& rect, int dy);
    void updateExtraSelections();
    int lineAt(const QPoint& viewportPos) const;

    QWidget* lineNumberArea_;
    PythonHighlighter* highlighter_;
    QList<ErrorMarker> errors_;
    QList<LineHighlight> taskHighlights_;
    // While the text is shown shortened: the whole program, and the first too-long line (1-based,
    // 0 when none) and its length.
    QString fullText_;
    int firstLongLine_ = 0;
    qsizetype firstLongLineChars_ = 0;
    QLabel* banner_;  // says why the text is shortened and read-only
};

}  // namespace ls::gui
