// Two or three runs of one scenario (sequential / concurrent / parallel, or any variants) stacked
// on one shared time axis, each titled with its total virtual time and its speedup against the
// first. Wheel zooms and drag pans all of them together.
#pragma once

#include <memory>
#include <vector>

#include <QList>
#include <QString>
#include <QWidget>

#include "loopscope/trace.h"

class QCustomPlot;
class QCPAxisRect;
class QCPTextElement;

namespace ls::gui {

class LanesPlottable;
class PlaybackModel;

struct CompareRun {
    QString name;                              // "Sequential", "Concurrent", ... (already translated)
    std::shared_ptr<const ls::Trace> trace;
    QString source;
};

class CompareView : public QWidget {
    Q_OBJECT

public:
    explicit CompareView(QWidget* parent = nullptr);
    ~CompareView() override;

    void setRuns(const QList<CompareRun>& runs);
    int runCount() const { return static_cast<int>(runs_.size()); }

    // total(first) / total(run): 2.0 means twice as fast as the first. 0 when it cannot be told.
    double speedup(int run) const;
    double totalTime(int run) const;
    // The title above a run's lanes, as shown.
    QString title(int run) const;

    QCustomPlot* plot() const { return plot_; }

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Row {
        CompareRun run;
        std::unique_ptr<PlaybackModel> model;
        QCPAxisRect* rect = nullptr;
        LanesPlottable* lanes = nullptr;
        QCPTextElement* title = nullptr;
    };
    void rebuild();
    void retranslateUi();
    void syncRanges(double lower, double upper);

    QCustomPlot* plot_;
    std::vector<Row> runs_;
    bool syncing_ = false;
};

}  // namespace ls::gui
