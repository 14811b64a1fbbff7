#include "loop_narrator.h"

#include "diagnostic_text.h"
#include "playback_model.h"

namespace ls::gui {

QString LoopNarrator::mainProgram() { return tr("main program"); }

QString LoopNarrator::threadNumber(int thread) { return tr("thread %1").arg(thread); }

QString LoopNarrator::unitSymbol(const QString& unit) {
    return unit == QLatin1String("min") ? tr("min", "minutes of virtual time") : tr("s", "seconds of virtual time");
}

QString LoopNarrator::formatTime(double time, const QString& unit) {
    //: %1 is a number, %2 the unit ("s" or "min")
    return tr("%1 %2").arg(QString::number(time, 'g', 6), unitSymbol(unit));
}

QString LoopNarrator::taskStateName(TaskState state) {
    switch (state) {
        case TaskState::NotCreated: return tr("not created yet");
        case TaskState::Ready: return tr("ready");
        case TaskState::Running: return tr("running");
        case TaskState::WaitingTimer: return tr("waiting for a timer");
        case TaskState::WaitingFuture: return tr("waiting for a future");
        case TaskState::WaitingTask: return tr("waiting for a task");
        case TaskState::WaitingIO: return tr("waiting for I/O");
        case TaskState::WaitingLock: return tr("waiting for a lock, event or queue");
        case TaskState::Done: return tr("done");
    }
    return {};
}

QString LoopNarrator::barStateName(BarState state) {
    switch (state) {
        case BarState::None: return tr("idle");
        case BarState::Running: return tr("running");
        case BarState::Ready: return tr("ready, waiting for the loop");
        case BarState::WaitingTimer: return tr("awaiting a timer / sleeping");
        case BarState::WaitingIO: return tr("awaiting I/O");
        case BarState::WaitingFuture: return tr("awaiting a future or task");
        case BarState::Joining: return tr("waiting for a thread to finish (join)");
        case BarState::Blocked: return tr("blocked on the GIL, a lock or a queue");
    }
    return {};
}

QString LoopNarrator::threadStateName(const ThreadSnapshot& thread) {
    switch (thread.state) {
        case ThreadState::NotStarted: return tr("not started");
        case ThreadState::Running: return tr("running");
        case ThreadState::WaitingGil: return thread.reason == "gil" ? tr("waiting for the GIL") : tr("waiting for a core");
        case ThreadState::Blocked: {
            // The trace's thread_blocked reason (engine/TRACE.md); `waitingFor` names a joined thread.
            const std::string& why = thread.waitingFor;
            if (thread.reason == "sleep") return tr("sleeping (time.sleep)");
            if (thread.reason == "join") {
                if (why.rfind("join(", 0) == 0 && why.size() > 6)
                    return tr("waiting for %1 to finish (join)").arg(QString::fromStdString(why.substr(5, why.size() - 6)));
                return tr("waiting for another thread (join)");
            }
            if (thread.reason == "lock") return tr("waiting for a lock");
            if (thread.reason == "queue") return tr("waiting for a queue");
            if (thread.reason == "io") return tr("waiting for I/O");
            if (thread.reason == "select") return tr("waiting for its event loop's next event");
            return tr("blocked (%1)").arg(QString::fromStdString(thread.reason.empty() ? why : thread.reason));
        }
        case ThreadState::Done: return tr("finished");
    }
    return {};
}

QString LoopNarrator::awaitedText(const std::string& awaited) {
    // The trace's `awaiting` words (engine/TRACE.md): prose is translated, code stays code.
    const QString code = QString::fromStdString(awaited);
    auto startsWith = [&](const char* prefix) { return awaited.rfind(prefix, 0) == 0; };
    if (awaited == "a future") return tr("a future");
    if (startsWith("task ")) return tr("task %1").arg(QString::fromStdString(awaited.substr(5)));
    if (startsWith("I/O: ")) return tr("I/O: %1").arg(QString::fromStdString(awaited.substr(5)));
    if (startsWith("sleep(")) return tr("its sleep to end (%1)").arg(code);
    if (startsWith("Lock.")) return tr("the lock (%1)").arg(code);
    if (startsWith("Event.")) return tr("the event (%1)").arg(code);
    if (startsWith("Condition.")) return tr("the condition (%1)").arg(code);
    if (startsWith("Semaphore.")) return tr("the semaphore (%1)").arg(code);
    if (startsWith("Queue.get")) return tr("an item from the queue (%1)").arg(code);
    if (startsWith("Queue.put")) return tr("room in the queue (%1)").arg(code);
    if (awaited == "gather()") return tr("gather() to collect every result");
    if (awaited == "wait()" || awaited == "wait_for()" || awaited == "shield()" || awaited == "run_in_executor()" ||
        startsWith("TaskGroup.")) {
        return tr("%1 to finish").arg(code);
    }
    return code;
}

QString LoopNarrator::narrate(const PlaybackModel& model) {
    const ls::TraceEvent* e = model.currentEvent();
    if (!e) {
        if (model.eventCount() == 0) return tr("The run recorded no events.");
        return tr("The program has not started yet. Press Play or step forward.");
    }
    if (model.atEnd()) {
        // A run Loopscope stopped did not finish: say where and why, as the console does.
        if (!model.diagnostics().empty()) {
            const QString unit = model.trace().time_unit.empty() ? QStringLiteral("s") : QString::fromStdString(model.trace().time_unit);
            const QString why = DiagnosticText::describe(model.diagnostics().front(), unit);
            if (model.trace().truncated) {
                // The recording ended before the stop: "here" would be the wrong place.
                //: %1 why the run was stopped (a sentence or two)
                return tr("The recording ends here: the trace's event budget ran out. Later Loopscope stopped the "
                          "program: %1")
                    .arg(why);
            }
            //: %1 the time, %2 why the run was stopped (a sentence or two)
            return tr("Loopscope stopped the program here, after %1 of virtual time: %2").arg(model.formatTime(model.totalTime()), why);
        }
        return tr("The program has finished after %1 of virtual time.").arg(model.formatTime(model.totalTime()));
    }
    const QString task = model.taskLabel(e->task);
    const QString thread = model.threadLabel(e->thread);
    const LoopState& s = model.state();
    using K = ls::TraceKind;
    switch (e->kind) {
        case K::TaskCreated:
            return tr("%1 is created; its first step waits in the ready queue.").arg(task);
        case K::TaskStarted:
            return tr("The loop takes %1 from the ready queue and runs its first step.").arg(task);
        case K::TaskResumed:
            return tr("The loop resumes %1 where it stopped at its await.").arg(task);
        case K::TaskSuspended: {
            if (e->detail == "sleep(0)") {
                return tr("%1 yields with sleep(0) on line %2 and goes to the back of the ready queue.")
                    .arg(task)
                    .arg(e->line);
            }
            const TaskSnapshot& t = s.tasks[static_cast<size_t>(e->task)];
            if (t.state == TaskState::WaitingTimer) {
                if (const TimerInfo* timer = model.replayer().timer(t.timer)) {
                    return tr("%1 stops at the await on line %2 until its timer is due at %3; the loop runs something else.")
                        .arg(task)
                        .arg(e->line)
                        .arg(model.formatTime(timer->due));
                }
            }
            return tr("%1 stops at the await on line %2 and waits for %3; control returns to the loop.")
                .arg(task)
                .arg(e->line)
                .arg(awaitedText(e->detail));
        }
        case K::TaskWoken:
            // Recorded when the wake-up joins the ready queue; the task runs when the loop gets to it.
            if (e->cause_kind == ls::WakeCause::Task) {
                return tr("%1 is woken: %2, which it awaited, is done; %1 joins the ready queue.").arg(task, model.taskLabel(e->cause));
            }
            if (e->cause_kind == ls::WakeCause::Timer) return tr("%1 is woken: its timer is due; it joins the ready queue.").arg(task);
            if (e->cause_kind == ls::WakeCause::IO) return tr("%1 is woken: its I/O is done; it joins the ready queue.").arg(task);
            return tr("%1 is woken: what it awaited is done; it joins the ready queue.").arg(task);
        case K::TaskFinished:
            return tr("%1 returns; the tasks awaiting it can continue.").arg(task);
        case K::TaskFailed:
            return tr("%1 ends with an exception: %2.").arg(task, QString::fromStdString(e->detail));
        case K::TaskCancelled:
            return tr("%1 was cancelled.").arg(task);
        case K::LoopIteration: {
            if (s.readyQueue.empty()) return tr("A new pass of the event loop begins; nothing is ready yet.");
            return tr("A new pass of the event loop: %n task(s) ready, %1 runs next.", "", static_cast<int>(s.readyQueue.size()))
                .arg(model.taskLabel(s.readyQueue.front()));
        }
        case K::ClockAdvance: {
            const TimerInfo* timer = model.replayer().timer(e->cause);
            if (timer && timer->task >= 0) {
                return tr("The ready queue is empty, so the clock jumps to %1, when the timer of %2 is due.")
                    .arg(model.formatTime(e->value), model.taskLabel(timer->task));
            }
            return tr("The ready queue is empty, so the clock jumps to %1, when the next timer is due.")
                .arg(model.formatTime(e->value));
        }
        case K::TimerScheduled:
            if (!e->detail.empty()) {
                //: %1 a task, %2 what the timer is for ("sleep(1.0)", "tick()"), %3 a time
                return tr("%1 sets a timer for %2, due at %3.").arg(task, QString::fromStdString(e->detail), model.formatTime(e->value));
            }
            return tr("%1 sets a timer due at %2.").arg(task, model.formatTime(e->value));
        case K::TimerFired: {
            const TimerInfo* timer = model.replayer().timer(e->cause);
            if (timer && !timer->what.empty()) {
                return tr("The timer for %1 is due: its callback joins the ready queue.").arg(QString::fromStdString(timer->what));
            }
            return tr("A timer is due: its callback joins the ready queue.");
        }
        case K::TimerCancelled: {
            const TimerInfo* timer = model.replayer().timer(e->cause);
            const QString what = timer && !timer->what.empty() ? QString::fromStdString(timer->what) : tr("a timer");
            return tr("%1 cancels the timer for %2 before it is due; it will never fire.").arg(task, what);
        }
        case K::Stderr:
            return tr("%1 writes to stderr (shown in red in the console).").arg(task);
        case K::Print:
            return tr("%1 prints on line %2.").arg(task).arg(e->line);
        case K::Line:
            return tr("%1 runs line %2: %3").arg(task).arg(e->line).arg(model.sourceLine(e->line));
        case K::Callback:
            return tr("The loop runs the callback %1.").arg(QString::fromStdString(e->detail));
        case K::ThreadCreated:
            return tr("A new thread is created: %1.").arg(QString::fromStdString(e->detail));
        case K::ThreadStarted:
            return tr("%1 starts.").arg(thread);
        case K::ThreadFinished:
            return tr("%1 finishes.").arg(thread);
        case K::ThreadBlocked:
            return tr("%1 stops running: %2.").arg(thread, threadStateName(s.threads[static_cast<size_t>(e->thread)]));
        case K::ThreadUnblocked:
            return tr("%1 may run again once it gets the GIL and a core.").arg(thread);
        case K::GilAcquired:
            return tr("%1 takes the GIL: only it runs Python code now.").arg(thread);
        case K::GilReleased:
            return tr("%1 lets go of the GIL (%2).").arg(thread, QString::fromStdString(e->detail));
        case K::CoreAssigned:
            return tr("%1 starts running on core %2.").arg(thread).arg(e->core);
        case K::CoreReleased:
            return tr("%1 leaves core %2.").arg(thread).arg(e->core);
        case K::IoStarted:
            return tr("%1 starts I/O on %2; it completes at %3.")
                .arg(task, QString::fromStdString(e->detail), model.formatTime(e->value));
        case K::IoCompleted:
            return tr("The I/O on %1 completes.").arg(QString::fromStdString(e->detail));
    }
    return {};
}

}  // namespace ls::gui
