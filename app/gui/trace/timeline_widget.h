// The timeline (QCustomPlot): a lane per task, then per thread and per core when the trace has
// them; bars coloured by state with a legend; await markers with tooltips; wake-up arrows; a
// playhead. Wheel zooms, right- or middle-drag (or Shift+drag) pans, +/-/arrows/0 too; a click or
// a left-drag scrubs. The playhead sits on its own buffered layer, so following playback
// repaints only that layer, not the bars.
#pragma once

#include <memory>

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QCustomPlot;
class QCPItemStraightLine;
class QMouseEvent;

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
    void setModel(PlaybackModel* model);
    PlaybackModel* model() const { return model_; }

    QCustomPlot* plot() const { return plot_; }
    int laneCount() const;
    QStringList laneLabels() const;
    // The visible time range.
    double visibleStart() const;
    double visibleEnd() const;
    void setVisibleRange(double start, double end);

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
    void retranslateUi();
    void updatePlayhead();
    void replotAll();
    void scrubTo(const QMouseEvent* event);
    void showToolTip(const QMouseEvent* event);
    void zoomAround(double factor, double centreTime);

    QCustomPlot* plot_;
    LanesPlottable* lanesPlot_;
    QCPItemStraightLine* playhead_;
    QPointer<PlaybackModel> model_;
    std::shared_ptr<TimelineLanes> lanes_;
    enum class Drag { None, Scrub, Pan } drag_ = Drag::None;
    int dragStartX_ = 0;
    double dragStartLower_ = 0, dragStartUpper_ = 0;
    QElapsedTimer replotClock_;
    double lastReplotMs_ = 0, lastPlayheadMs_ = 0;
};

}  // namespace ls::gui
