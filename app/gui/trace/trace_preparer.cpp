#include "trace_preparer.h"

#include <utility>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include "playback_model.h"
#include "timeline_lanes.h"

namespace ls::gui {

PreparedTrace::~PreparedTrace() = default;

TracePreparer::TracePreparer(QObject* parent) : QObject(parent) {
    qRegisterMetaType<std::shared_ptr<ls::gui::PreparedTrace>>();
    qRegisterMetaType<ls::gui::TracePreparer::Stage>();
}

TracePreparer::~TracePreparer() {
    for (QThread* worker : workers_) {
        worker->wait();
        delete worker;
    }
}

void TracePreparer::abandon() {
    ++generation_;
    if (!std::exchange(busy_, false)) return;
    emit abandoned();
}

void TracePreparer::prepare(std::shared_ptr<const ls::Trace> trace, const QString& source, const QString& stderrText,
                            std::vector<ls::Diagnostic> diagnostics) {
    const uint64_t generation = ++generation_;
    busy_ = true;
    emit stageChanged(Stage::Indexing);
    QThread* guiThread = thread();
    // The lambdas posted back run on the GUI thread; `this` outlives the worker (the destructor
    // waits), and a posted call that arrives after `this` is gone is dropped by Qt.
    auto post = [this](auto function) { QMetaObject::invokeMethod(this, std::move(function), Qt::QueuedConnection); };
    QThread* worker = QThread::create([this, generation, guiThread, post, trace = std::move(trace), source, stderrText,
                                          diagnostics = std::move(diagnostics)]() mutable {
        QElapsedTimer clock;
        clock.start();
        auto result = std::make_shared<PreparedTrace>();
        // Built here, then handed to the GUI thread: a QObject may be pushed to another thread
        // by the thread it lives in (its timer is not running yet).
        result->model = std::make_unique<PlaybackModel>(trace, source, stderrText);
        result->model->setDiagnostics(std::move(diagnostics));
        result->model->toEnd();
        post([this, generation] {
            if (generation == generation_) emit stageChanged(Stage::LayingOut);
        });
        result->lanes = std::make_shared<const TimelineLanes>(*result->model);
        result->model->moveToThread(guiThread);
        result->milliseconds = clock.elapsed();
        post([this, generation, result] {
            if (generation != generation_) return;  // abandoned: a newer run is being prepared
            busy_ = false;
            emit prepared(result);
        });
    });
    worker->setObjectName(QStringLiteral("TracePreparer"));
    connect(worker, &QThread::finished, this, [this, worker] { onWorkerFinished(worker); });
    workers_.push_back(worker);
    worker->start(QThread::LowPriority);
}

void TracePreparer::onWorkerFinished(QThread* worker) {
    std::erase(workers_, worker);
    worker->deleteLater();
}

}  // namespace ls::gui
