#include "timeline_legend.h"

#include <algorithm>

#include <QCoreApplication>
#include <qcustomplot.h>

#include "trace_colors.h"

namespace ls::gui {
namespace {

// A legend entry that is not a plottable: a swatch (bar, marker or arrow) and a text.
class LegendEntry : public QCPAbstractLegendItem {
public:
    enum class Icon { Bar, Marker, Arrow };
    LegendEntry(QCPLegend* legend, int index, Icon icon, BarState state)
        : QCPAbstractLegendItem(legend), index_(index), icon_(icon), state_(state) {}
    int index() const { return index_; }  // which entry, whatever cell the wrapped grid puts it in
    void setText(const QString& text) { text_ = text; }

protected:
    void draw(QCPPainter* painter) override {
        const QRect r = mRect;
        const QRect icon(r.left(), r.top() + (r.height() - 10) / 2, 16, 10);
        painter->setPen(Qt::NoPen);
        switch (icon_) {
            case Icon::Bar: painter->fillRect(icon, barColor(state_)); break;
            case Icon::Marker: {
                painter->setBrush(QColor(0x33, 0x33, 0x33));
                const QPointF tri[3] = {QPointF(icon.center().x() - 4, icon.top()), QPointF(icon.center().x() + 4, icon.top()),
                                        QPointF(icon.center().x(), icon.bottom())};
                painter->drawPolygon(tri, 3);
                break;
            }
            case Icon::Arrow:
                painter->setPen(QPen(QColor(0x55, 0x55, 0x55), 1.2));
                painter->drawLine(QLineF(icon.left(), icon.center().y(), icon.right(), icon.center().y()));
                painter->drawLine(QLineF(icon.right(), icon.center().y(), icon.right() - 4, icon.top() + 1));
                painter->drawLine(QLineF(icon.right(), icon.center().y(), icon.right() - 4, icon.bottom() - 1));
                break;
        }
        painter->setPen(mTextColor);
        painter->setFont(mFont);
        painter->drawText(QRect(icon.right() + 5, r.top(), r.width() - 21, r.height()), Qt::AlignLeft | Qt::AlignVCenter, text_);
    }
    QSize minimumOuterSizeHint() const override {
        const QFontMetrics metrics(mFont);
        return QSize(21 + metrics.horizontalAdvance(text_) + mMargins.left() + mMargins.right(),
                     std::max(12, metrics.height()) + 4 + mMargins.top() + mMargins.bottom());
    }

private:
    int index_;
    Icon icon_;
    BarState state_;
    QString text_;
};

QString entryText(int index) {
    switch (index) {
        case 0: return QCoreApplication::translate("ls::gui::TimelineLegend", "running");
        case 1: return QCoreApplication::translate("ls::gui::TimelineLegend", "ready, waiting for the loop");
        case 2: return QCoreApplication::translate("ls::gui::TimelineLegend", "awaiting a timer / sleeping");
        case 3: return QCoreApplication::translate("ls::gui::TimelineLegend", "awaiting I/O");
        case 4: return QCoreApplication::translate("ls::gui::TimelineLegend", "awaiting a future or task");
        case 5: return QCoreApplication::translate("ls::gui::TimelineLegend", "waiting for a thread to finish (join)");
        case 6: return QCoreApplication::translate("ls::gui::TimelineLegend", "blocked on the GIL, a lock or a queue");
        case 7: return QCoreApplication::translate("ls::gui::TimelineLegend", "await");
        case 8: return QCoreApplication::translate("ls::gui::TimelineLegend", "wake-up → resume");
    }
    return {};
}

}  // namespace

void fitStateLegend(QCustomPlot* plot, int width) {
    QCPLegend* legend = plot->legend;
    if (!legend || legend->itemCount() == 0) return;
    // Cells of a wrapped grid can be empty (the last row): item() is null there.
    int widest = 1, entries = 0;
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (QCPAbstractLegendItem* item = legend->item(i)) {
            widest = std::max(widest, item->minimumOuterSizeHint().width());
            ++entries;
        }
    }
    const int columns = std::clamp((width - 8) / (widest + legend->columnSpacing()), 1, std::max(1, entries));
    if (columns == legend->wrap()) return;
    legend->setWrap(columns);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, /*rearrange=*/true);  // wrap alone moves nothing
}

void installStateLegend(QCustomPlot* plot) {
    QCPLegend* legend = plot->legend;
    if (legend->itemCount() == 0) {
        // Out of the axis rect's inset, into a row of its own above it.
        if (plot->axisRect()->insetLayout()->elements(false).contains(legend)) plot->axisRect()->insetLayout()->take(legend);
        plot->plotLayout()->insertRow(0);
        plot->plotLayout()->addElement(0, 0, legend);
        plot->plotLayout()->setRowStretchFactor(0, 0.001);
        plot->plotLayout()->setRowSpacing(2);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        legend->setWrap(4);
        legend->setBorderPen(Qt::NoPen);
        legend->setBrush(Qt::NoBrush);
        legend->setMargins(QMargins(4, 2, 4, 2));
        legend->setRowSpacing(1);
        legend->setColumnSpacing(10);
        const BarState states[] = {BarState::Running,      BarState::Ready,         BarState::WaitingTimer,
                                   BarState::WaitingIO,    BarState::WaitingFuture, BarState::Joining,
                                   BarState::Blocked};
        int index = 0;
        for (BarState s : states) legend->addItem(new LegendEntry(legend, index++, LegendEntry::Icon::Bar, s));
        legend->addItem(new LegendEntry(legend, index++, LegendEntry::Icon::Marker, BarState::None));
        legend->addItem(new LegendEntry(legend, index++, LegendEntry::Icon::Arrow, BarState::None));
        legend->setVisible(true);
    }
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (auto* entry = dynamic_cast<LegendEntry*>(legend->item(i))) entry->setText(entryText(entry->index()));
    }
    fitStateLegend(plot, plot->width());
}

}  // namespace ls::gui
