#include "python_highlighter.h"

#include <QStringList>

namespace ls::gui {
namespace {

QTextCharFormat makeFormat(const QColor& color, bool bold = false, bool italic = false) {
    QTextCharFormat format;
    format.setForeground(color);
    if (bold) format.setFontWeight(QFont::Bold);
    format.setFontItalic(italic);
    return format;
}

QString wordAlternation(const QStringList& words) {
    return QStringLiteral("\\b(?:%1)\\b").arg(words.join(QLatin1Char('|')));
}

}  // namespace

PythonHighlighter::PythonHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {
    // Colours readable on a light editor background; await/async stand out, as they are what
    // the app is about.
    const QStringList keywords = {
        QStringLiteral("and"),    QStringLiteral("as"),     QStringLiteral("assert"),
        QStringLiteral("break"),  QStringLiteral("class"),  QStringLiteral("continue"),
        QStringLiteral("def"),    QStringLiteral("del"),    QStringLiteral("elif"),
        QStringLiteral("else"),   QStringLiteral("except"), QStringLiteral("finally"),
        QStringLiteral("for"),    QStringLiteral("from"),   QStringLiteral("global"),
        QStringLiteral("if"),     QStringLiteral("import"), QStringLiteral("in"),
        QStringLiteral("is"),     QStringLiteral("lambda"), QStringLiteral("nonlocal"),
        QStringLiteral("not"),    QStringLiteral("or"),     QStringLiteral("pass"),
        QStringLiteral("raise"),  QStringLiteral("return"), QStringLiteral("try"),
        QStringLiteral("while"),  QStringLiteral("with"),   QStringLiteral("yield")};
    const QStringList constants = {QStringLiteral("True"), QStringLiteral("False"),
                                   QStringLiteral("None"), QStringLiteral("self")};
    const QStringList builtins = {
        QStringLiteral("print"),     QStringLiteral("len"),        QStringLiteral("range"),
        QStringLiteral("int"),       QStringLiteral("str"),        QStringLiteral("float"),
        QStringLiteral("list"),      QStringLiteral("dict"),       QStringLiteral("set"),
        QStringLiteral("tuple"),     QStringLiteral("isinstance"), QStringLiteral("enumerate"),
        QStringLiteral("zip"),       QStringLiteral("sorted"),     QStringLiteral("sum"),
        QStringLiteral("min"),       QStringLiteral("max"),        QStringLiteral("abs"),
        QStringLiteral("super"),     QStringLiteral("type"),       QStringLiteral("repr"),
        QStringLiteral("open"),      QStringLiteral("Exception"),  QStringLiteral("ValueError"),
        QStringLiteral("TypeError"), QStringLiteral("RuntimeError")};

    rules_.push_back({QRegularExpression(wordAlternation(keywords)),
                      makeFormat(QColor(0x00, 0x33, 0xb3), true)});
    rules_.push_back({QRegularExpression(QStringLiteral("\\b(?:async|await)\\b")),
                      makeFormat(QColor(0xa6, 0x26, 0xa4), true)});
    rules_.push_back({QRegularExpression(wordAlternation(constants)),
                      makeFormat(QColor(0x00, 0x33, 0xb3))});
    rules_.push_back({QRegularExpression(wordAlternation(builtins)),
                      makeFormat(QColor(0x00, 0x80, 0x80))});
    rules_.push_back({QRegularExpression(QStringLiteral(
                          "\\b(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|"
                          "\\d[\\d_]*\\.?[\\d_]*(?:[eE][+-]?\\d+)?j?|\\.\\d[\\d_]*(?:[eE][+-]?\\d+)?j?)")),
                      makeFormat(QColor(0x17, 0x50, 0xeb))});
    rules_.push_back({QRegularExpression(QStringLiteral("^\\s*(@[\\w.]+)")),
                      makeFormat(QColor(0x9e, 0x88, 0x0d)), 1});
    rules_.push_back({QRegularExpression(QStringLiteral("\\b(?:def|class)\\s+(\\w+)")),
                      makeFormat(QColor(0x00, 0x62, 0x7a), true), 1});

    stringFormat_ = makeFormat(QColor(0x06, 0x7d, 0x17));
    commentFormat_ = makeFormat(QColor(0x8c, 0x8c, 0x8c), false, true);
}

void PythonHighlighter::highlightBlock(const QString& text) {
    // Words and numbers only in a line's first kMaxWordHighlightedChars characters: the rules'
    // regexes over a line of megabytes took 0.2 s. Strings and comments are scanned in full (one
    // linear pass) so a triple-quoted string's state carries to the next line correctly.
    const QString head = text.size() > kMaxWordHighlightedChars ? text.left(kMaxWordHighlightedChars) : text;
    for (const Rule& rule : rules_) {
        auto it = rule.pattern.globalMatch(head);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedStart(rule.group) >= 0) {
                setFormat(int(m.capturedStart(rule.group)), int(m.capturedLength(rule.group)), rule.format);
            }
        }
    }
    // Strings and comments last: they override whatever matched inside them.
    highlightStringsAndComments(text);
}

// A small scanner rather than regexes, because quotes, escapes, '#' inside strings and
// triple-quoted strings that span lines interact.
void PythonHighlighter::highlightStringsAndComments(const QString& text) {
    int i = 0;
    const int n = int(text.size());
    setCurrentBlockState(Normal);

    auto scanTriple = [&](int from, QChar quote) -> int {
        // Returns the index after the closing triple quote, or -1 if the string goes on.
        const QString closing(3, quote);
        for (int j = from; j < n; ++j) {
            if (text[j] == QLatin1Char('\\')) {
                ++j;
                continue;
            }
            if (QStringView(text).mid(j, 3) == closing) return j + 3;
        }
        return -1;
    };

    const int previous = previousBlockState();
    if (previous == InTripleSingle || previous == InTripleDouble) {
        const QChar quote = previous == InTripleSingle ? QLatin1Char('\'') : QLatin1Char('"');
        const int end = scanTriple(0, quote);
        if (end < 0) {
            setFormat(0, n, stringFormat_);
            setCurrentBlockState(previous);
            return;
        }
        setFormat(0, end, stringFormat_);
        i = end;
    }

    while (i < n) {
        const QChar c = text[i];
        if (c == QLatin1Char('#')) {
            setFormat(i, n - i, commentFormat_);
            return;
        }
        if (c != QLatin1Char('\'') && c != QLatin1Char('"')) {
            ++i;
            continue;
        }
        // Include a string prefix (f, r, b, rb, ...) in the string's colour.
        int start = i;
        while (start > 0 && QStringLiteral("rRbBfFuU").contains(text[start - 1]) &&
               (start - 1 == 0 || !text[start - 2].isLetterOrNumber())) {
            --start;
        }
        if (text.mid(i, 3) == QString(3, c)) {
            const int end = scanTriple(i + 3, c);
            if (end < 0) {
                setFormat(start, n - start, stringFormat_);
                setCurrentBlockState(c == QLatin1Char('\'') ? InTripleSingle : InTripleDouble);
                return;
            }
            setFormat(start, end - start, stringFormat_);
            i = end;
            continue;
        }
        int j = i + 1;
        while (j < n && text[j] != c) {
            if (text[j] == QLatin1Char('\\')) ++j;
            ++j;
        }
        const int end = qMin(n, j + 1);
        setFormat(start, end - start, stringFormat_);
        i = end;
    }
}

}  // namespace ls::gui
