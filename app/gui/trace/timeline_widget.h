// The timeline (QCustomPlot): a lane per task, then per thread and per core when the trace has
// them; bars coloured by state with a legend; await markers with tooltips; wake-up arrows; a
// playhead. Wheel zooms, right- or middle-drag (or Shift+drag) pans, +/-/arrows/0 too; a click or
// a left-drag scrubs. The playhead sits on its own buffered layer, so following playback
// repaints only that layer, not the bars. When the lanes do not all fit at a readable height the
// view shows a window of them with a scroll bar (Shift+wheel, Up/Down, Page Up/Down).
#pragma once

#include <memory>

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QCustomPlot;
class QCPItemRect;
class QCPItemStraightLine;
class QCPItemText;
class QMouseEvent;
class QScrollBar;
class QWheelEvent;

namespace ls::gui {

class LanesPlottable;
class PlaybackModel;
class TimelineLanes;

class TimelineWidget : public QWidget {
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget* parent = nullptr);
    ~TimelineWidget() override;

    // Shows `model`'s trace and follows its playhead; clicks seek it. nullptr clears the view.
    // `lanes`: the model's lanes when already built (off the GUI thread); else built here.
    void setModel(PlaybackModel* model, std::shared_ptr<const TimelineLanes> lanes = nullptr);
    PlaybackModel* model() const { return model_; }

    QCustomPlot* plot() const { return plot_; }
    int laneCount() const;
    // Every lane's label in the current language (words them all: for tests and small traces).
    QStringList laneLabels() const;
    // The visible time range.
    double visibleStart() const;
    double visibleEnd() const;
    void setVisibleRange(double start, double end);
    // The lanes in view: the first one and how many (all of them unless they need scrolling).
    int firstVisibleLane() const { return firstLane_; }
    int visibleLaneCount() const;
    // Scrolls the lanes so that `lane` is the first one in view (clamped).
    void scrollToLane(int lane);
    QScrollBar* laneScrollBar() const { return laneScroll_; }
    // A lane is never drawn lower than this; more lanes than fit scroll.
    static constexpr int kMinLaneHeightPx = 22;

    // Where the recorded part of a truncated trace ends (the run's end when nothing was dropped).
    double recordedEnd() const;
    // The hatched spans as drawn, {from, to} in virtual time, or {-1, -1} when not shown: over
    // what the trace did not record (its event budget ran out), and the strip along the time axis
    // over the time without statement detail.
    QPair<double, double> unrecordedSpan() const;
    QPair<double, double> noDetailSpan() const;
    // Where the trace's statement detail ends (TRACE.md, lines_until); -1 when it was all kept.
    double statementDetailEnd() const;
    // The note on the timeline about detail the trace gave up (empty when none): for tests.
    QString detailNote() const;
    // The note's tooltip: what was given up and what is still complete.
    QString detailNoteExplained() const;

    // Milliseconds the last full replot (bars) and the last playhead-only replot took.
    double lastReplotMs() const { return lastReplotMs_; }
    double lastPlayheadReplotMs() const { return lastPlayheadMs_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void zoomIn();
    void zoomOut();
    void panBy(double fractionOfView);
    void fitAll();

signals:
    // The user clicked or dragged on the timeline at `time` (the model is seeked already).
    void seekRequested(double time);
    void visibleRangeChanged(double start, double end);

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    // Keeps the notes' labels in view when their start has scrolled off to the left.
    void placeNoteLabels();
    void retranslateUi();
    void updatePlayhead();
    void replotAll();
    void scrubTo(const QMouseEvent* event);
    void showToolTip(const QMouseEvent* event);
    void zoomAround(double factor, double centreTime);
    // Fits the lane window to the plot's height and shows its lanes' labels.
    void updateLaneWindow();
    bool scrollLanesByWheel(const QWheelEvent* wheel);
    int lanesFittingHeight() const;
    QString laneLabel(int lane) const;

    QCustomPlot* plot_;
    LanesPlottable* lanesPlot_;
    QCPItemStraightLine* playhead_;
    // Over the part of the run the trace did not record (its event budget ran out).
    QCPItemRect* unrecorded_;
    QCPItemText* unrecordedLabel_;
    // A thin strip along the time axis over the part without statement detail (line events), and
    // its note; the bars there are complete.
    QCPItemRect* noDetail_;
    QCPItemText* noDetailLabel_;
    QPointer<PlaybackModel> model_;
    std::shared_ptr<const TimelineLanes> lanes_;
    QScrollBar* laneScroll_;
    int firstLane_ = 0;
    int lanesFitting_ = 0;  // how many lanes fit the plot's height (0: not laid out yet)
    int wheelRemainder_ = 0;
    enum class Drag { None, Scrub, Pan } drag_ = Drag::None;
    int dragStartX_ = 0;
    double dragStartLower_ = 0, dragStartUpper_ = 0;
    QElapsedTimer replotClock_;
    double lastReplotMs_ = 0, lastPlayheadMs_ = 0;
};

}  // namespace ls::gui
