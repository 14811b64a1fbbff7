#include "diagnostic_text.h"

#include <QLocale>

#include "trace/loop_narrator.h"

namespace ls::gui {

namespace {

QString arg(const ls::Diagnostic& d, size_t i) {
    return i < d.args.size() ? QString::fromStdString(d.args[i]) : QString();
}

// A decimal count from the args ("200000"), grouped as the user's language groups digits.
QString count(const ls::Diagnostic& d, size_t i) {
    bool ok = false;
    const qulonglong n = arg(d, i).toULongLong(&ok);
    return ok ? QLocale().toString(n) : arg(d, i);
}

}  // namespace

// Each code's args are documented in engine/DIAGNOSTICS.md.
QString DiagnosticText::describe(const ls::Diagnostic& d, const QString& timeUnit) {
    const QString code = QString::fromStdString(d.code);
    const QString line = QLocale().toString(d.line);
    if (code == QLatin1String("loop-blocked") && d.args.size() >= 4) {
        //: %1 a task's name, %2 its coroutine, %3 a number of steps, %4 a line number
        return tr("Task %1 (%2) ran %3 steps without reaching an await (it was at line %4). While one task runs, the "
                  "event loop cannot switch to any other task: the loop is blocked. Add an await (for example await "
                  "asyncio.sleep(0)) or move the work to a thread.")
            .arg(arg(d, 0), arg(d, 1), count(d, 2), QLocale().toString(arg(d, 3).toInt()));
    }
    if (code == QLatin1String("loop-blocked")) {
        return tr("A task ran for a very long time without reaching an await (line %1). While one "
                  "task runs, the event loop cannot switch to any other task: the loop is blocked. "
                  "Add an await (for example await asyncio.sleep(0)) or move the work to a thread.")
            .arg(line);
    }
    if (code == QLatin1String("step-budget") && d.args.size() >= 3) {
        if (arg(d, 0).isEmpty()) {
            return tr("The program ran %1 steps without finishing (it was at line %2). Is there a loop that never ends?")
                .arg(count(d, 1), line);
        }
        //: %1 a function's name, %2 a number of steps, %3 a line number
        return tr("%1() ran %2 steps without finishing (it was at line %3). Is there a loop that never ends?")
            .arg(arg(d, 0), count(d, 1), line);
    }
    if (code == QLatin1String("step-budget")) {
        return tr("The program ran too many steps without finishing (it was at line %1). Is there a "
                  "loop that never ends?")
            .arg(line);
    }
    if (code == QLatin1String("memory-budget") && d.args.size() >= 2) {
        //: %1 a number of megabytes, %2 a line number
        return tr("The program used more than %1 MB of memory (it was at line %2). Does something grow without end, "
                  "such as a list appended to in a loop that never stops, or tasks created faster than they finish?")
            .arg(count(d, 0), QLocale().toString(arg(d, 1).toInt()));
    }
    if (code == QLatin1String("memory-budget")) {
        return tr("The program used more memory than a lesson may use (at line %1).").arg(line);
    }
    if (code == QLatin1String("cancel-swallowed") && d.args.size() >= 3) {
        QStringList tasks;
        for (size_t i = 0; i + 2 < d.args.size(); i += 3) {
            const int times = arg(d, i + 2).toInt();
            //: %1 a task's name, %2 its coroutine, %n how many times it was cancelled
            tasks << tr("%1 (%2) was cancelled %n time(s) and is still running", nullptr, times).arg(arg(d, i), arg(d, i + 1));
        }
        //: %1 the list of tasks
        return tr("The program can never end because a task ignores cancellation: it catches CancelledError and carries "
                  "on. Re-raise the CancelledError (or do not catch it). %1.")
            .arg(tasks.join(tr("; ", "between the items of a list in a sentence")));
    }
    if (code == QLatin1String("deadlock")) return describeDeadlock(d);
    if (code == QLatin1String("idle-forever")) {
        return tr("The event loop has nothing left to do and nothing will ever wake it: "
                  "run_forever() would wait forever. Call loop.stop() when the work is done.");
    }
    if (code == QLatin1String("time-horizon") && d.args.size() >= 2) {
        //: %1 and %2 are times with their unit, %3 a line number
        return tr("The program would wait until %1 of virtual time, past Loopscope's limit of %2; it was "
                  "stopped at line %3.")
            .arg(LoopNarrator::formatTime(arg(d, 0).toDouble(), timeUnit), LoopNarrator::formatTime(arg(d, 1).toDouble(), timeUnit), line);
    }
    if (code == QLatin1String("time-horizon")) {
        return tr("The program would wait far into the future of the virtual clock; Loopscope "
                  "stopped it at line %1.")
            .arg(line);
    }
    if (code == QLatin1String("cancelled")) {
        return tr("You cancelled the run (it was at line %1).").arg(line);
    }
    if (code == QLatin1String("world-invalid") && !d.args.empty()) {
        return tr("The simulated world of this lesson is not valid (line %1): %2").arg(line, arg(d, 0));
    }
    // A code this version does not know yet: the engine's own English text.
    return tr("Loopscope stopped the program: %1").arg(QString::fromStdString(d.message));
}

QString DiagnosticText::describeDeadlock(const ls::Diagnostic& d) {
    // Groups of four (engine/DIAGNOSTICS.md): "task", name, awaiting, line / "thread", name, waits for, reason.
    QStringList tasks, threads;
    for (size_t i = 0; i + 3 < d.args.size(); i += 4) {
        const std::string& kind = d.args[i];
        const QString name = arg(d, i + 1);
        if (kind == "task") {
            const int line = arg(d, i + 3).toInt();
            if (d.args[i + 2].empty()) {
                tasks << tr("%1 is ready").arg(name);
            } else if (line > 0) {
                //: %1 a task, %2 what it awaits, %3 a line number
                tasks << tr("%1 waits for %2 at line %3").arg(name, LoopNarrator::awaitedText(d.args[i + 2]), QLocale().toString(line));
            } else {
                tasks << tr("%1 waits for %2").arg(name, LoopNarrator::awaitedText(d.args[i + 2]));
            }
        } else if (kind == "thread") {
            ThreadSnapshot blocked;
            blocked.state = ThreadState::Blocked;
            blocked.waitingFor = d.args[i + 2];
            blocked.reason = d.args[i + 3];
            //: %1 a thread, %2 what it is doing ("waiting for a lock")
            threads << tr("%1 is %2").arg(name, LoopNarrator::threadStateName(blocked));
        }
    }
    const QString separator = tr("; ", "between the items of a list in a sentence");
    if (!threads.isEmpty()) {
        //: %1 the list of threads and what each waits for
        return tr("Every thread is waiting for something that no other thread will ever do: the program can never finish "
                  "(deadlock). %1.")
            .arg(threads.join(separator));
    }
    if (!tasks.isEmpty()) {
        //: %1 the list of tasks and what each waits for
        return tr("Every task is waiting for something that nothing will ever complete: the program can never finish "
                  "(deadlock). %1.")
            .arg(tasks.join(separator));
    }
    return tr("Every task is waiting for something that nothing will ever complete: the program can never finish "
              "(deadlock). The console lists what each task waits for.");
}

QStringList DiagnosticText::explainPythonErrors(const QString& stderrText) {
    struct Pattern {
        const char* text;
        QString explanation;
    };
    const Pattern patterns[] = {
        {"was never awaited",
         tr("“coroutine … was never awaited”: calling an async function only creates a coroutine "
            "object; none of its code runs until you await it (await f()) or wrap it in a task "
            "(asyncio.create_task(f())).")},
        {"Task exception was never retrieved",
         tr("“Task exception was never retrieved”: a task raised an exception, but nobody awaited "
            "the task or asked for its result, so the error went unnoticed until the task was "
            "destroyed. Await the task (or gather it) to handle its exception.")},
        {"Task was destroyed but it is pending",
         tr("“Task was destroyed but it is pending”: the program ended while a task was still "
            "waiting. Await every task you create before the event loop closes.")},
        {"cannot be called from a running event loop",
         tr("asyncio.run() starts a new event loop, and one is already running here. Inside a "
            "coroutine, await the other coroutine instead.")},
        {"got Future <Future pending> attached to a different loop",
         tr("A future belongs to the event loop that created it; it cannot be awaited from "
            "another loop.")},
    };
    QStringList out;
    for (const Pattern& p : patterns) {
        if (stderrText.contains(QLatin1String(p.text))) out << p.explanation;
    }
    return out;
}

}  // namespace ls::gui
