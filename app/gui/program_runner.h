// Runs a program through the engine on a worker thread and reports its output and its end as
// signals on the GUI thread. The only place the GUI calls ls::run_program.
#pragma once

#include <atomic>
#include <memory>
#include <vector>

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringDecoder>

#include <loopscope/engine.h>

class QThread;

namespace ls::gui {

enum class OutputStream { Stdout, Stderr };

// Everything a finished run produced, shared (read-only) by the views that replay it.
struct RunOutcome {
    int exitCode = 0;
    std::vector<ls::Diagnostic> diagnostics;
    std::shared_ptr<const ls::Trace> trace;  // empty trace unless the options asked for one
    QString source;                          // the program as it was run
    QString fileName;                        // as shown in tracebacks
    QString stdoutText, stderrText;          // all output, decoded
    qint64 wallMilliseconds = 0;             // real time the engine took
    bool cancelled = false;
};

class OutputQueue;

class ProgramRunner : public QObject {
    Q_OBJECT

public:
    explicit ProgramRunner(QObject* parent = nullptr);
    // Cancels a run in progress and waits for the worker to stop.
    ~ProgramRunner() override;

    bool isRunning() const { return thread_ != nullptr; }
    // Wall time since the current run started (0 when idle).
    qint64 elapsedMilliseconds() const { return isRunning() ? clock_.elapsed() : 0; }

public slots:
    // `fileName` is what tracebacks show; `options.filename` and `options.cancel` are set here.
    // While a run is in progress the new one waits; only the latest waiting request is kept
    // (a slider dragged quickly asks for many runs; only the last matters).
    void run(const QString& source, const QString& fileName, const ls::RunOptions& options);
    void run(const QString& source, const QString& fileName) { run(source, fileName, ls::RunOptions()); }
    // Asks the engine to stop the current run soon (it ends with the diagnostic "cancelled").
    void cancel();

signals:
    void started();
    void output(ls::gui::OutputStream stream, const QString& text);
    void finished(const ls::gui::RunOutcome& outcome);

private:
    struct Request {
        QString source, fileName;
        ls::RunOptions options;
    };
    void start(Request request);
    void deliverOutput();
    void onThreadFinished();

    std::shared_ptr<OutputQueue> queue_;  // shared with the worker thread
    QThread* thread_ = nullptr;
    std::unique_ptr<Request> pending_;
    Request current_;
    QString stdoutText_, stderrText_;
    QElapsedTimer clock_;
    // Stateful, one per stream: a multi-byte character may be split between two deliveries.
    QStringDecoder stdoutDecoder_{QStringDecoder::Utf8};
    QStringDecoder stderrDecoder_{QStringDecoder::Utf8};
};

}  // namespace ls::gui

Q_DECLARE_METATYPE(ls::gui::RunOutcome)
