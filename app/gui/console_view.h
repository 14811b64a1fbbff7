// The console: a program's output as it arrives, stderr in red, plus status lines from the app.
#pragma once

#include <QPlainTextEdit>

#include "program_runner.h"

namespace ls::gui {

class ConsoleView : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit ConsoleView(QWidget* parent = nullptr);

public slots:
    void appendOutput(ls::gui::OutputStream stream, const QString& text);
    // A message from the app (not the program), on a line of its own, in grey.
    void appendStatus(const QString& text);

private:
    void insertAtEnd(const QString& text, const QTextCharFormat& format);
};

}  // namespace ls::gui
