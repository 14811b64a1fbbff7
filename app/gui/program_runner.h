// Runs a program through the engine on a worker thread and reports its output and its end as
// signals on the GUI thread. The only place the GUI calls ls::run_program.
#pragma once

#include <memory>

#include <QObject>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QThread;

namespace ls::gui {

enum class OutputStream { Stdout, Stderr };

class OutputQueue;

class ProgramRunner : public QObject {
    Q_OBJECT

public:
    explicit ProgramRunner(QObject* parent = nullptr);
    // Waits for a run in progress: the engine cannot be interrupted, but its step budget
    // guarantees that a run ends.
    ~ProgramRunner() override;

    bool isRunning() const { return thread_ != nullptr; }

public slots:
    // `fileName` is what tracebacks show. Ignored while a run is in progress.
    void run(const QString& source, const QString& fileName);

signals:
    void started();
    void output(ls::gui::OutputStream stream, const QString& text);
    // `diagnostics` are the engine's own messages (budgets exhausted, ...), not Python errors.
    void finished(int exitCode, const QStringList& diagnostics);

private:
    void deliverOutput();
    void onThreadFinished();

    std::shared_ptr<OutputQueue> queue_;  // shared with the worker thread
    QThread* thread_ = nullptr;
    // Stateful, one per stream: a multi-byte character may be split between two deliveries.
    QStringDecoder stdoutDecoder_{QStringDecoder::Utf8};
    QStringDecoder stderrDecoder_{QStringDecoder::Utf8};
};

}  // namespace ls::gui
