// Python syntax highlighting for the code editor: keywords, builtins, strings (including
// triple-quoted ones spanning lines), numbers, comments, decorators and def/class names.
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QVector>

namespace ls::gui {

class PythonHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    explicit PythonHighlighter(QTextDocument* document);

    static constexpr int kMaxWordHighlightedChars = 10000;

protected:
    void highlightBlock(const QString& text) override;

private:
    struct Rule {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0;  // which capture group gets the format
    };
    // Block states: inside a triple-quoted string that began on an earlier line.
    enum State { Normal = 0, InTripleSingle = 1, InTripleDouble = 2 };

    void highlightStringsAndComments(const QString& text);

    QVector<Rule> rules_;
    QTextCharFormat stringFormat_;
    QTextCharFormat commentFormat_;
};

}  // namespace ls::gui
