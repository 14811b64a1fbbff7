// Finds where Python's error output points into the program: the SyntaxError's line and caret,
// the innermost traceback frame in the program's file, and warnings ("prog.py:3: RuntimeWarning").
// The text is CPython's format, which the engine reproduces; the app only reads it.
#pragma once

#include <QList>
#include <QString>

#include "code_editor.h"

namespace ls::gui {

// `fileName` is the name the program ran under (as tracebacks show it); `source` its text, used
// to turn a SyntaxError caret into a column.
QList<ErrorMarker> locateErrors(const QString& stderrText, const QString& fileName, const QString& source);

}  // namespace ls::gui
