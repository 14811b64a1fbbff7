// The app's words for what went wrong, in the current language: the engine's diagnostics
// (data: code, line, args) and explanations for common asyncio mistakes found in Python's own
// messages, which themselves stay exactly as Python printed them.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <loopscope/engine.h>

namespace ls::gui {

class DiagnosticText {
    Q_DECLARE_TR_FUNCTIONS(DiagnosticText)

public:
    // A sentence or two for a diagnostic, worded from its code and args (engine/DIAGNOSTICS.md),
    // e.g. "The program ran 200,000,000 steps …"; the engine's English `message` for a code this
    // version does not know. Times in args are in `timeUnit` ("s" or "min", the trace's unit).
    static QString describe(const ls::Diagnostic& diagnostic, const QString& timeUnit = QStringLiteral("s"));
    // For each common asyncio mistake that `stderrText` shows, a short explanation of what it
    // means and what to do; in the order first seen, each at most once.
    static QStringList explainPythonErrors(const QString& stderrText);

private:
    static QString describeDeadlock(const ls::Diagnostic& diagnostic);
};

}  // namespace ls::gui
