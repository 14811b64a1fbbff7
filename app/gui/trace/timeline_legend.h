// The legend above a timeline: one swatch per bar state, plus the await marker and the wake-up
// arrow. Lives in its own row of the plot's layout, so exports include it.
#pragma once

class QCustomPlot;

namespace ls::gui {

// Adds the legend row to `plot` (once) and (re)sets its texts in the current language.
void installStateLegend(QCustomPlot* plot);
// Chooses how many entries go in one legend row so that the rows fit `width` pixels.
void fitStateLegend(QCustomPlot* plot, int width);

}  // namespace ls::gui
