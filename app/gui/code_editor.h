// The program editor: a monospace QPlainTextEdit with a line-number gutter.
#pragma once

#include <QPlainTextEdit>

namespace ls::gui {

class CodeEditor : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit CodeEditor(QWidget* parent = nullptr);

    int lineNumberAreaWidth() const;
    // Called by the gutter widget to draw the numbers of the visible lines.
    void paintLineNumbers(QPaintEvent* event);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect& rect, int dy);

    QWidget* lineNumberArea_;
};

}  // namespace ls::gui
