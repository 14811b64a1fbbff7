// The legend above a timeline: one swatch per bar state, plus the await marker and the wake-up
// arrow. Lives in its own row of the plot's layout, so exports include it.
#pragma once

class QCustomPlot;

namespace ls::gui {

// Adds the legend row to `plot` (once) and (re)sets its texts in the current language.
void installStateLegend(QCustomPlot* plot);

}  // namespace ls::gui
