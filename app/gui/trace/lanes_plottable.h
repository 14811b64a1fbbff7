// Draws TimelineLanes on a QCustomPlot axis pair: bars coloured by state, await markers, wake-up
// arrows. One plottable for the whole trace, not one QCP item per event: each frame it walks only
// the bars in the visible range (binary search) and merges the ones narrower than a pixel, so
// drawing costs about one rectangle per pixel column and lane however long the trace is.
#pragma once

#include <memory>

#include <qcustomplot.h>

#include "timeline_lanes.h"

namespace ls::gui {

class LanesPlottable : public QCPAbstractPlottable {
    Q_OBJECT

public:
    LanesPlottable(QCPAxis* keyAxis, QCPAxis* valueAxis);

    void setLanes(std::shared_ptr<const TimelineLanes> lanes);
    const TimelineLanes* lanes() const { return lanes_.get(); }
    void setShowArrows(bool show) { showArrows_ = show; }

    // Lane index at a pixel's y, or -1.
    int laneAtPixel(double y) const;
    // The await marker within `tolerance` pixels of `pos`, or nullptr.
    const AwaitMarker* markerNear(const QPointF& pos, double tolerance, int* lane = nullptr) const;

    double selectTest(const QPointF& pos, bool onlySelectable, QVariant* details = nullptr) const override;
    QCPRange getKeyRange(bool& foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool& foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange& inKeyRange = QCPRange()) const override;

protected:
    void draw(QCPPainter* painter) override;
    void drawLegendIcon(QCPPainter* painter, const QRectF& rect) const override;

private:
    void drawBars(QCPPainter* painter, const Lane& lane, double top, double bottom) const;
    void drawMarkers(QCPPainter* painter, const Lane& lane, double top) const;
    void drawArrows(QCPPainter* painter) const;

    std::shared_ptr<const TimelineLanes> lanes_;
    double longestArrow_ = 0;
    bool showArrows_ = true;
};

// Half the height of a bar, in lanes (a lane is 1 unit of the value axis).
constexpr double kBarHalfHeight = 0.32;

}  // namespace ls::gui
