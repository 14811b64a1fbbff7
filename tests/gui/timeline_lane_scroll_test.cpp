// The timeline with more lanes than fit: a window of lanes at a readable height, a scroll bar,
// Shift+wheel, Up/Down and Page Up/Down move it, and the lane labels stay with their lanes.
#include <gtest/gtest.h>

#include <QApplication>
#include <QScrollBar>
#include <QTest>
#include <QWheelEvent>
#include <qcustomplot.h>

#include "trace/lanes_plottable.h"
#include "trace/playback_model.h"
#include "trace/timeline_widget.h"
#include "trace_fixtures.h"

namespace ls::gui {
namespace {

// The labels on the value axis, top to bottom, and the lane each one is at.
QMap<double, QString> axisLabels(const TimelineWidget& timeline) {
    return qSharedPointerCast<QCPAxisTickerText>(timeline.plot()->yAxis->ticker())->ticks();
}

class LaneScrollTest : public ::testing::Test {
protected:
    void SetUp() override {
        model = std::make_unique<PlaybackModel>(test::syntheticTrace(3000, 120));
        timeline.resize(900, 500);
        timeline.setModel(model.get());
        timeline.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&timeline));
        QApplication::processEvents();  // the lane window follows the first layout
        timeline.plot()->replot();
        QApplication::processEvents();
    }

    void sendWheel(int delta, Qt::KeyboardModifiers modifiers) {
        QCustomPlot* plot = timeline.plot();
        const QPointF at = plot->axisRect()->rect().center();
        QWheelEvent wheel(at, plot->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, modifiers,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(plot, &wheel);
    }

    std::unique_ptr<PlaybackModel> model;
    TimelineWidget timeline;
};

TEST_F(LaneScrollTest, ManyLanesShowAWindowOfReadableLanesWithAScrollBar) {
    ASSERT_EQ(timeline.laneCount(), 120);
    const int visible = timeline.visibleLaneCount();
    EXPECT_LT(visible, 120);
    EXPECT_GE(visible, 5);
    // Every lane in view is at least the minimum height.
    const double laneHeight = timeline.plot()->axisRect()->height() /
                              timeline.plot()->yAxis->range().size();
    EXPECT_GE(laneHeight, TimelineWidget::kMinLaneHeightPx - 1) << laneHeight;
    EXPECT_TRUE(timeline.laneScrollBar()->isVisible());
    EXPECT_EQ(timeline.laneScrollBar()->maximum(), 120 - visible);
    // Only the lanes in view are labelled, each at its own lane.
    const QMap<double, QString> labels = axisLabels(timeline);
    EXPECT_EQ(labels.size(), visible);
    EXPECT_EQ(labels.value(0), QStringLiteral("Task-1 (worker)"));
    EXPECT_EQ(labels.value(visible - 1), QStringLiteral("Task-%1 (worker)").arg(visible));
}

TEST_F(LaneScrollTest, KeysWheelAndScrollBarMoveTheLanesAndTheirLabels) {
    const int visible = timeline.visibleLaneCount();
    timeline.setFocus();
    QTest::keyClick(&timeline, Qt::Key_Down);
    EXPECT_EQ(timeline.firstVisibleLane(), 1);
    EXPECT_EQ(axisLabels(timeline).firstKey(), 1.0);
    EXPECT_EQ(axisLabels(timeline).first(), QStringLiteral("Task-2 (worker)"));
    QTest::keyClick(&timeline, Qt::Key_PageDown);
    EXPECT_EQ(timeline.firstVisibleLane(), 1 + visible - 1);
    QTest::keyClick(&timeline, Qt::Key_Up);
    EXPECT_EQ(timeline.firstVisibleLane(), visible - 1);
    QTest::keyClick(&timeline, Qt::Key_PageUp);
    EXPECT_EQ(timeline.firstVisibleLane(), 0);

    // Shift+wheel scrolls lanes (three per notch); the plain wheel zooms time, not lanes.
    sendWheel(-120, Qt::ShiftModifier);
    EXPECT_EQ(timeline.firstVisibleLane(), 3);
    const double span = timeline.visibleEnd() - timeline.visibleStart();
    sendWheel(120, Qt::NoModifier);
    EXPECT_EQ(timeline.firstVisibleLane(), 3);
    EXPECT_LT(timeline.visibleEnd() - timeline.visibleStart(), span);

    // The scroll bar and the lanes agree; the end clamps.
    timeline.laneScrollBar()->setValue(50);
    EXPECT_EQ(timeline.firstVisibleLane(), 50);
    EXPECT_EQ(axisLabels(timeline).value(50), QStringLiteral("Task-51 (worker)"));
    timeline.scrollToLane(1000);
    EXPECT_EQ(timeline.firstVisibleLane(), 120 - visible);
    EXPECT_EQ(axisLabels(timeline).last(), QStringLiteral("Task-120 (worker)"));
    // The lane under the mouse is the one labelled there.
    const double y = timeline.plot()->yAxis->coordToPixel(110);
    auto* lanes = qobject_cast<LanesPlottable*>(timeline.plot()->plottable(0));
    ASSERT_NE(lanes, nullptr);
    EXPECT_EQ(lanes->laneAtPixel(y), 110);
}

TEST_F(LaneScrollTest, AFewLanesFitWithoutScrolling) {
    PlaybackModel small(test::syntheticTrace(500, 4));
    timeline.setModel(&small);
    timeline.plot()->replot();
    QApplication::processEvents();
    EXPECT_EQ(timeline.visibleLaneCount(), 4);
    EXPECT_FALSE(timeline.laneScrollBar()->isVisible());
    EXPECT_EQ(axisLabels(timeline).size(), 4);
    // A growing window keeps showing every lane.
    timeline.resize(900, 800);
    QApplication::processEvents();
    EXPECT_EQ(timeline.firstVisibleLane(), 0);
    EXPECT_FALSE(timeline.laneScrollBar()->isVisible());
}

}  // namespace
}  // namespace ls::gui
