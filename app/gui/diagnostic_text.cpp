#include "diagnostic_text.h"

#include <QLocale>

namespace ls::gui {

QString DiagnosticText::describe(const ls::Diagnostic& d) {
    const QString code = QString::fromStdString(d.code);
    const QString line = QLocale().toString(d.line);
    if (code == QLatin1String("loop-blocked")) {
        return tr("A task ran for a very long time without reaching an await (line %1). While one "
                  "task runs, the event loop cannot switch to any other task: the loop is blocked. "
                  "Add an await (for example await asyncio.sleep(0)) or move the work to a thread.")
            .arg(line);
    }
    if (code == QLatin1String("step-budget")) {
        return tr("The program ran too many steps without finishing (it was at line %1). Is there a "
                  "loop that never ends?")
            .arg(line);
    }
    if (code == QLatin1String("memory-budget")) {
        return tr("The program used more memory than a lesson may use (at line %1).").arg(line);
    }
    if (code == QLatin1String("deadlock")) {
        return tr("Every task is waiting for something that nothing will ever complete: the program "
                  "can never finish (deadlock). The console lists what each task waits for.");
    }
    if (code == QLatin1String("idle-forever")) {
        return tr("The event loop has nothing left to do and nothing will ever wake it: "
                  "run_forever() would wait forever. Call loop.stop() when the work is done.");
    }
    if (code == QLatin1String("time-horizon")) {
        return tr("The program would wait far into the future of the virtual clock; Loopscope "
                  "stopped it at line %1.")
            .arg(line);
    }
    if (code == QLatin1String("cancelled")) {
        return tr("You cancelled the run (it was at line %1).").arg(line);
    }
    // A code this version does not know yet: the engine's own English text.
    return tr("Loopscope stopped the program: %1").arg(QString::fromStdString(d.message));
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
