#include "error_locator.h"

#include <QRegularExpression>
#include <QStringList>

namespace ls::gui {
namespace {

int leadingSpaces(const QString& s) {
    int n = 0;
    while (n < s.size() && s[n].isSpace()) ++n;
    return n;
}

// "ValueError: boom" ends a traceback; so does a bare "KeyboardInterrupt".
bool isExceptionLine(const QString& line) {
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][\\w.]*(Error|Exception|Warning|Exit|Interrupt|Group)?(:|$)"));
    return !line.startsWith(QLatin1Char(' ')) && re.match(line).hasMatch();
}

}  // namespace

QList<ErrorMarker> locateErrors(const QString& stderrText, const QString& fileName, const QString& source) {
    const QStringList lines = stderrText.split(QLatin1Char('\n'));
    const QStringList sourceLines = source.split(QLatin1Char('\n'));
    const QRegularExpression frameRe(
        QStringLiteral("^\\s*File \"%1\", line (\\d+)").arg(QRegularExpression::escape(fileName)));
    const QRegularExpression warningRe(
        QStringLiteral("^%1:(\\d+): (\\w+Warning: .*)$").arg(QRegularExpression::escape(fileName)));

    QList<ErrorMarker> markers;
    int frameLine = 0;     // innermost frame in the program seen in the current traceback
    int caretColumn = 0;   // SyntaxError: column from the caret line
    for (int i = 0; i < lines.size(); ++i) {
        const QString& line = lines[i];
        if (line.startsWith(QLatin1String("Traceback (most recent call last):"))) {
            frameLine = 0;
            continue;
        }
        if (const auto m = warningRe.match(line); m.hasMatch()) {
            markers.append({m.captured(1).toInt(), 0, m.captured(2)});
            continue;
        }
        if (const auto m = frameRe.match(line); m.hasMatch()) {
            frameLine = m.captured(1).toInt();
            caretColumn = 0;
            continue;
        }
        if (frameLine > 0 && line.trimmed().startsWith(QLatin1Char('^')) && i > 0) {
            // The line above is the source, shown with 4 spaces and without its indentation.
            const int caretAt = int(line.indexOf(QLatin1Char('^')));
            const int shownIndent = leadingSpaces(lines[i - 1]);
            const QString original = frameLine - 1 < sourceLines.size() ? sourceLines[frameLine - 1] : QString();
            caretColumn = caretAt - shownIndent + leadingSpaces(original) + 1;
            continue;
        }
        if (frameLine > 0 && isExceptionLine(line)) {
            const bool syntax = line.startsWith(QLatin1String("SyntaxError")) ||
                                line.startsWith(QLatin1String("IndentationError")) ||
                                line.startsWith(QLatin1String("TabError"));
            markers.append({frameLine, syntax ? qMax(0, caretColumn) : 0, line});
            frameLine = 0;
            caretColumn = 0;
        }
    }
    return markers;
}

}  // namespace ls::gui
