// Words for the trace views, in the user's language: the one-sentence account of what the loop
// does at the playhead, state names, times with their unit.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "loop_state.h"
#include "trace_colors.h"

namespace ls::gui {

class PlaybackModel;

class LoopNarrator {
    Q_DECLARE_TR_FUNCTIONS(ls::gui::LoopNarrator)

public:
    // What the last event that happened means, in one plain sentence.
    static QString narrate(const PlaybackModel& model);

    static QString mainProgram();
    static QString threadNumber(int thread);  // for a thread the trace does not name
    static QString taskStateName(TaskState state);
    static QString barStateName(BarState state);
    static QString threadStateName(const ThreadSnapshot& thread);
    // "s" / "min" as the user's language writes them.
    static QString unitSymbol(const QString& unit);
    static QString formatTime(double time, const QString& unit);
    // What an await waits for ("a future", "task Task-3", "gather()"), in the user's language.
    static QString awaitedText(const std::string& awaited);
};

}  // namespace ls::gui
