// The program editor: a monospace QPlainTextEdit with Python highlighting, a line-number gutter,
// inline error markers (wavy underline, gutter dot, tooltip) and, during playback, each task's
// current line tinted in that task's colour.
#pragma once

#include <QColor>
#include <QList>
#include <QPlainTextEdit>
#include <QString>

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

private:
    friend class LineNumberArea;
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect& rect, int dy);
    void updateExtraSelections();
    int lineAt(const QPoint& viewportPos) const;

    QWidget* lineNumberArea_;
    PythonHighlighter* highlighter_;
    QList<ErrorMarker> errors_;
    QList<LineHighlight> taskHighlights_;
};

}  // namespace ls::gui
