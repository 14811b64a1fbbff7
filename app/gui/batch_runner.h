// Runs several programs one after another on the worker thread (the variants of a lesson being
// compared) and reports all their outcomes together. Asking for a new batch while one runs
// cancels the old one: only the latest request matters (a slider being dragged).
#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include "program_runner.h"

namespace ls::gui {

class BatchRunner : public QObject {
    Q_OBJECT

public:
    struct Job {
        QString label;  // what the caller calls this run (a variant's name)
        QString source;
        QString fileName;
        ls::RunOptions options;
    };

    explicit BatchRunner(QObject* parent = nullptr);

    void run(const QList<Job>& jobs);
    void cancel();
    bool isRunning() const { return runner_->isRunning() || !queue_.isEmpty(); }
    ProgramRunner* runner() const { return runner_; }

signals:
    // `outcomes[i]` belongs to `jobs[i]` of the batch.
    void finished(const QList<ls::gui::BatchRunner::Job>& jobs, const QList<ls::gui::RunOutcome>& outcomes);

private:
    void startNext();
    void onRunFinished(const RunOutcome& outcome);

    ProgramRunner* runner_;
    QList<Job> jobs_;
    QList<Job> queue_;
    QList<RunOutcome> outcomes_;
    QList<Job> waiting_;   // a batch asked for while another was being cancelled
    bool hasWaiting_ = false;
    bool cancelling_ = false;
};

}  // namespace ls::gui
