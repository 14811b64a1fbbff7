#include "lanes_plottable.h"

#include <algorithm>
#include <cmath>

namespace ls::gui {
namespace {

// Bars shorter than this many pixels are drawn this wide, so a step that took no virtual time
// is still visible.
constexpr double kMinBarPx = 2.0;
constexpr int kMaxArrows = 400;       // more than this in view: too dense to read, not drawn
constexpr double kMarkerSpacingPx = 5.0;

}  // namespace

LanesPlottable::LanesPlottable(QCPAxis* keyAxis, QCPAxis* valueAxis) : QCPAbstractPlottable(keyAxis, valueAxis) {
    setAntialiasedFill(false);
    setSelectable(QCP::stNone);
}

void LanesPlottable::setLanes(std::shared_ptr<const TimelineLanes> lanes) {
    lanes_ = std::move(lanes);
    longestArrow_ = 0;
    if (lanes_) {
        for (const WakeArrow& a : lanes_->arrows()) longestArrow_ = std::max(longestArrow_, a.toTime - a.fromTime);
    }
}

double LanesPlottable::selectTest(const QPointF&, bool, QVariant*) const { return -1; }

QCPRange LanesPlottable::getKeyRange(bool& foundRange, QCP::SignDomain) const {
    foundRange = lanes_ != nullptr;
    return QCPRange(0, lanes_ && lanes_->endTime() > 0 ? lanes_->endTime() : 1);
}

QCPRange LanesPlottable::getValueRange(bool& foundRange, QCP::SignDomain, const QCPRange&) const {
    foundRange = lanes_ && !lanes_->lanes().empty();
    return QCPRange(-0.5, lanes_ ? static_cast<double>(lanes_->lanes().size()) - 0.5 : 0.5);
}

int LanesPlottable::laneAtPixel(double y) const {
    if (!lanes_ || !mValueAxis) return -1;
    const int lane = static_cast<int>(std::lround(mValueAxis->pixelToCoord(y)));
    return lane >= 0 && lane < static_cast<int>(lanes_->lanes().size()) ? lane : -1;
}

const AwaitMarker* LanesPlottable::markerNear(const QPointF& pos, double tolerance, int* laneOut) const {
    const int lane = laneAtPixel(pos.y());
    if (lane < 0) return nullptr;
    const auto& markers = lanes_->lanes()[static_cast<size_t>(lane)].markers;
    const double t0 = mKeyAxis->pixelToCoord(pos.x() - tolerance);
    const double t1 = mKeyAxis->pixelToCoord(pos.x() + tolerance);
    auto it = std::lower_bound(markers.begin(), markers.end(), t0, [](const AwaitMarker& m, double t) { return m.time < t; });
    const AwaitMarker* best = nullptr;
    double bestDistance = tolerance + 1;
    // Markers at one instant are all equally near: looking at a few is enough.
    for (int looked = 0; it != markers.end() && it->time <= t1 && looked < 64; ++it, ++looked) {
        const double d = std::abs(mKeyAxis->coordToPixel(it->time) - pos.x());
        if (d < bestDistance) {
            bestDistance = d;
            best = &*it;
        }
    }
    if (best && laneOut) *laneOut = lane;
    return best;
}

void LanesPlottable::draw(QCPPainter* painter) {
    if (!lanes_ || !mKeyAxis || !mValueAxis) return;
    const auto& lanes = lanes_->lanes();
    const QRect clip = clipRect();
    for (size_t i = 0; i < lanes.size(); ++i) {
        const double a = mValueAxis->coordToPixel(static_cast<double>(i) - kBarHalfHeight);
        const double b = mValueAxis->coordToPixel(static_cast<double>(i) + kBarHalfHeight);
        const double top = std::min(a, b), bottom = std::max(a, b);
        if (bottom < clip.top() || top > clip.bottom()) continue;
        // The task's colour at the lane's left edge ties the lane to the console and the editor.
        painter->fillRect(QRectF(clip.left(), top, 4, bottom - top), lanes[i].color);
        drawBars(painter, lanes[i], top, bottom);
        drawMarkers(painter, lanes[i], top);
    }
    if (showArrows_) drawArrows(painter);
}

void LanesPlottable::drawBars(QCPPainter* painter, const Lane& lane, double top, double bottom) const {
    const QCPRange range = mKeyAxis->range();
    const auto& bars = lane.bars;
    // Bars do not overlap, so their ends are sorted too.
    auto it = std::lower_bound(bars.begin(), bars.end(), range.lower, [](const LaneBar& b, double t) { return b.end < t; });
    struct Pending {
        double x0 = 0, x1 = -1;
        BarState state = BarState::None;
    } pending;
    auto flush = [&] {
        if (pending.x1 >= pending.x0 && pending.state != BarState::None) {
            painter->fillRect(QRectF(pending.x0, top, pending.x1 - pending.x0, bottom - top), barColor(pending.state));
        }
        pending = Pending{};
    };
    auto add = [&](double x0, double x1, BarState state) {
        if (pending.state != BarState::None) {
            const bool touching = x0 <= pending.x1 + 0.5;
            if (touching && state == pending.state) {
                pending.x1 = std::max(pending.x1, x1);  // same state, touching: one rectangle
                return;
            }
            flush();
        }
        pending = {x0, x1, state};
    };
    while (it != bars.end() && it->start <= range.upper) {
        const double x0 = mKeyAxis->coordToPixel(it->start), x1 = mKeyAxis->coordToPixel(it->end);
        if (x1 - x0 >= kMinBarPx) {
            add(x0, x1, it->state);
            ++it;
            continue;
        }
        // Narrow bars: take every bar that starts in this pixel column at once (a binary search,
        // not a walk: a CPU-bound trace can put millions of them in one column) and show the
        // strongest state among them.
        const double column = std::floor(x0);
        const double columnEnd = mKeyAxis->pixelToCoord(column + 1);
        auto next = std::partition_point(it, bars.end(), [&](const LaneBar& b) { return b.start < columnEnd; });
        if (next - it > 1 && mKeyAxis->coordToPixel((next - 1)->end) - column >= kMinBarPx) --next;  // a wide bar keeps its own
        if (next == it) next = it + 1;
        const BarState state = lane.strongest(static_cast<size_t>(it - bars.begin()), static_cast<size_t>(next - bars.begin()));
        add(column, column + kMinBarPx, state);
        it = next;
    }
    flush();
}

void LanesPlottable::drawMarkers(QCPPainter* painter, const Lane& lane, double top) const {
    if (lane.markers.empty()) return;
    const QCPRange range = mKeyAxis->range();
    const auto byTime = [](const AwaitMarker& m, double t) { return m.time < t; };
    auto it = std::lower_bound(lane.markers.begin(), lane.markers.end(), range.lower, byTime);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0x33, 0x33, 0x33));
    while (it != lane.markers.end() && it->time <= range.upper) {
        const double x = mKeyAxis->coordToPixel(it->time);
        const QPointF tri[3] = {{x - 4, top - 5}, {x + 4, top - 5}, {x, top}};
        painter->drawPolygon(tri, 3);
        // Markers closer than this are unreadable: jump to the first one far enough away.
        const double nextTime = mKeyAxis->pixelToCoord(x + kMarkerSpacingPx);
        auto next = std::lower_bound(it + 1, lane.markers.end(), nextTime, byTime);
        it = next;
    }
}

void LanesPlottable::drawArrows(QCPPainter* painter) const {
    const auto& arrows = lanes_->arrows();
    const QCPRange range = mKeyAxis->range();
    auto first = std::lower_bound(arrows.begin(), arrows.end(), range.lower,
                                  [](const WakeArrow& a, double t) { return a.toTime < t; });
    auto last = std::upper_bound(arrows.begin(), arrows.end(), range.upper + longestArrow_,
                                 [](double t, const WakeArrow& a) { return t < a.toTime; });
    if (last - first > kMaxArrows) return;
    painter->setAntialiasing(true);
    const QColor color(0x55, 0x55, 0x55);
    painter->setPen(QPen(color, 1.2));
    painter->setBrush(color);
    for (auto it = first; it != last; ++it) {
        if (it->fromTime > range.upper) continue;
        const double fromLane = it->fromLane, toLane = it->toLane;
        const double dir = toLane > fromLane ? 1 : -1;
        const QPointF from(mKeyAxis->coordToPixel(it->fromTime), mValueAxis->coordToPixel(fromLane + dir * kBarHalfHeight));
        const QPointF to(mKeyAxis->coordToPixel(it->toTime) + 1, mValueAxis->coordToPixel(toLane - dir * kBarHalfHeight));
        painter->drawLine(from, to);
        // Arrowhead along the line's direction.
        const QLineF line(to, from);
        const double angle = std::atan2(line.dy(), line.dx());
        const double size = 6;
        const QPointF head[3] = {to, to + QPointF(std::cos(angle + 0.45) * size, std::sin(angle + 0.45) * size),
                                 to + QPointF(std::cos(angle - 0.45) * size, std::sin(angle - 0.45) * size)};
        painter->drawPolygon(head, 3);
    }
    painter->setAntialiasing(false);
}

void LanesPlottable::drawLegendIcon(QCPPainter*, const QRectF&) const {}

}  // namespace ls::gui
