#include "batch_runner.h"

namespace ls::gui {

BatchRunner::BatchRunner(QObject* parent) : QObject(parent), runner_(new ProgramRunner(this)) {
    connect(runner_, &ProgramRunner::finished, this, &BatchRunner::onRunFinished);
}

void BatchRunner::run(const QList<Job>& jobs) {
    if (runner_->isRunning()) {
        // The current run belongs to an outdated batch: stop it and start over when it ends.
        waiting_ = jobs;
        hasWaiting_ = true;
        cancelling_ = true;
        queue_.clear();
        runner_->cancel();
        return;
    }
    jobs_ = jobs;
    queue_ = jobs;
    outcomes_.clear();
    startNext();
}

void BatchRunner::cancel() {
    hasWaiting_ = false;
    queue_.clear();
    if (runner_->isRunning()) {
        cancelling_ = true;
        runner_->cancel();
    }
}

void BatchRunner::startNext() {
    if (queue_.isEmpty()) return;
    const Job job = queue_.takeFirst();
    runner_->run(job.source, job.fileName, job.options);
}

void BatchRunner::onRunFinished(const RunOutcome& outcome) {
    if (cancelling_) {
        cancelling_ = false;
        if (hasWaiting_) {
            hasWaiting_ = false;
            run(waiting_);
        }
        return;
    }
    outcomes_.append(outcome);
    if (!queue_.isEmpty()) {
        startNext();
        return;
    }
    emit finished(jobs_, outcomes_);
}

}  // namespace ls::gui
