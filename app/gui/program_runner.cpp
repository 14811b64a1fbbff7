#include "program_runner.h"

#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include <QThread>

namespace ls::gui {

constexpr uint kWorkerStackBytes = 64u << 20;

using OutputChunk = std::pair<OutputStream, std::string>;

// What the worker thread hands over to the GUI thread. Output is batched: a program may print
// a million short lines, and one queued event per print would flood the event loop.
class OutputQueue {
public:
    // Returns true when the GUI thread must be told (the first write since the last take()).
    bool push(OutputStream stream, std::string_view text) {
        std::lock_guard lock(mutex_);
        if (!pending_.empty() && pending_.back().first == stream) {
            pending_.back().second.append(text);
        } else {
            pending_.emplace_back(stream, std::string(text));
        }
        return !std::exchange(notified_, true);
    }

    std::vector<OutputChunk> take() {
        std::lock_guard lock(mutex_);
        notified_ = false;
        return std::exchange(pending_, {});
    }

    std::atomic<bool> cancel{false};
    ls::RunResult result;  // written by the worker; read after the thread has finished

private:
    std::mutex mutex_;
    std::vector<OutputChunk> pending_;
    bool notified_ = false;
};

namespace {

// The engine's Host for a GUI run (called on the worker thread).
class QueueingHost final : public ls::Host {
public:
    QueueingHost(OutputQueue& queue, std::function<void()> notifyGuiThread)
        : queue_(queue), notify_(std::move(notifyGuiThread)) {}

    void write(ls::Stream stream, std::string_view text) override {
        const OutputStream to =
            stream == ls::Stream::Stdout ? OutputStream::Stdout : OutputStream::Stderr;
        if (queue_.push(to, text)) notify_();
    }

private:
    OutputQueue& queue_;
    std::function<void()> notify_;
};

}  // namespace

ProgramRunner::ProgramRunner(QObject* parent) : QObject(parent) {
    qRegisterMetaType<ls::gui::RunOutcome>();
    qRegisterMetaType<ls::gui::OutputStream>();
}

ProgramRunner::~ProgramRunner() {
    if (!thread_) return;
    queue_->cancel = true;
    thread_->wait();
    delete thread_;
}

void ProgramRunner::run(const QString& source, const QString& fileName, const ls::RunOptions& options) {
    Request request{source, fileName, options};
    if (thread_) {
        pending_ = std::make_unique<Request>(std::move(request));
        return;
    }
    start(std::move(request));
}

void ProgramRunner::cancel() {
    pending_.reset();
    if (queue_ && thread_) queue_->cancel = true;
}

void ProgramRunner::start(Request request) {
    current_ = std::move(request);
    queue_ = std::make_shared<OutputQueue>();
    stdoutDecoder_.resetState();
    stderrDecoder_.resetState();
    stdoutText_.clear();
    stderrText_.clear();
    ls::RunOptions options = current_.options;
    options.filename = current_.fileName.toStdString();
    options.cancel = &queue_->cancel;  // the queue outlives the run (shared with the thread)
    options.diagnostics_on_stderr = false;  // the console words them in the user's language

    // `this` outlives the thread: the destructor waits for it. A queued call that arrives after
    // the runner is gone is dropped by Qt.
    auto notify = [this] {
        QMetaObject::invokeMethod(this, &ProgramRunner::deliverOutput, Qt::QueuedConnection);
    };
    thread_ = QThread::create([queue = queue_, options, notify, code = current_.source.toStdString()] {
        QueueingHost host(*queue, notify);
        try {
            queue->result = ls::run_program(code, options, host);
        } catch (const std::exception& e) {
            // An engine bug must not take the app down (an exception would end it here).
            host.write(ls::Stream::Stderr, std::string("internal error in Loopscope: ") + e.what() + "\n");
            queue->result.exit_code = 1;
        }
    });
    // Python calls nest on the C++ stack up to the recursion limit; give the worker room for
    // that (only the pages actually used are committed).
    thread_->setStackSize(kWorkerStackBytes);
    connect(thread_, &QThread::finished, this, &ProgramRunner::onThreadFinished);
    clock_.start();
    emit started();
    thread_->start();
}

void ProgramRunner::deliverOutput() {
    if (!queue_) return;
    for (const auto& [stream, bytes] : queue_->take()) {
        QStringDecoder& decoder = stream == OutputStream::Stdout ? stdoutDecoder_ : stderrDecoder_;
        const QString text = decoder.decode(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
        if (text.isEmpty()) continue;
        (stream == OutputStream::Stdout ? stdoutText_ : stderrText_) += text;
        emit output(stream, text);
    }
}

void ProgramRunner::onThreadFinished() {
    deliverOutput();  // whatever was written after the last delivery
    thread_->deleteLater();
    thread_ = nullptr;

    RunOutcome outcome;
    outcome.exitCode = queue_->result.exit_code;
    outcome.diagnostics = std::move(queue_->result.diagnostics);
    outcome.trace = std::make_shared<const ls::Trace>(std::move(queue_->result.trace));
    outcome.source = current_.source;
    outcome.fileName = current_.fileName;
    outcome.stdoutText = stdoutText_;
    outcome.stderrText = stderrText_;
    outcome.wallMilliseconds = clock_.elapsed();
    for (const ls::Diagnostic& d : outcome.diagnostics) outcome.cancelled |= d.code == "cancelled";
    emit finished(outcome);

    if (pending_) {
        std::unique_ptr<Request> next = std::move(pending_);
        start(std::move(*next));
    }
}

}  // namespace ls::gui
