// The console: a program's output as it arrives, stderr in red, plus status lines from the app.
// The app's own lines are kept as data (a function that words them) and worded again when the
// language changes; the program's output stays as the program printed it.
#pragma once

#include <deque>
#include <functional>

#include <QPlainTextEdit>

#include "program_runner.h"

namespace ls::gui {

class ConsoleView : public QPlainTextEdit {
    Q_OBJECT

public:
    // Words an app message in the current language (called again after a language change).
    using Message = std::function<QString()>;

    explicit ConsoleView(QWidget* parent = nullptr);

    // A printed line longer than this is cut where it is shown (laying out a line of a million
    // characters would freeze the window; the run's full output stays in its outcome).
    static constexpr qsizetype kMaxLineChars = 1000;

    // Everything (output and messages) goes.
    void clear();

public slots:
    void appendOutput(ls::gui::OutputStream stream, const QString& text);
    // A message from the app (not the program), on a line of its own, in grey.
    void appendMessage(const Message& message);
    // A message that is not re-worded (its text is final, e.g. a file name and an OS error).
    void appendStatus(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Segment {
        enum class Kind { Stdout, Stderr, Message } kind;
        QString text;     // output, or the message as last worded
        Message message;  // for Kind::Message
    };
    void render(const Segment& segment);
    void rerender();
    void insertAtEnd(const QString& text, const QTextCharFormat& format);
    void dropOldOutput();
    // The output as shown: lines longer than kMaxLineChars cut, with a note.
    QString clipLongLines(const QString& text);
    qsizetype lineChars_ = 0;  // characters of the document's last line (as printed, not as shown)

    std::deque<Segment> segments_;
    qsizetype keptChars_ = 0;
};

}  // namespace ls::gui
