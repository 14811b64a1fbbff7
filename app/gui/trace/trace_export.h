// Exports for the shell's menus: a timeline or compare view as PNG, SVG or PDF (QCustomPlot
// draws it again at the requested size, so the files are sharp), a trace as Loopscope's JSON or
// Chrome's trace event format (for Perfetto). Each returns false and sets a translated message
// when the file cannot be written.
#pragma once

#include <QCoreApplication>
#include <QString>

class QCustomPlot;

namespace ls {
struct Trace;
}

namespace ls::gui {

class TraceExport {
    Q_DECLARE_TR_FUNCTIONS(ls::gui::TraceExport)

public:
    enum class ImageFormat { Png, Svg, Pdf };

    // The format from the file name's suffix (.png, .svg, .pdf; anything else: PNG).
    static ImageFormat formatForPath(const QString& path);
    // Width and height 0: the plot's size on screen.
    static bool savePlot(QCustomPlot* plot, const QString& path, QString* error = nullptr, int width = 0, int height = 0);
    static bool saveTraceJson(const ls::Trace& trace, const QString& path, QString* error = nullptr);
    static bool saveChromeTrace(const ls::Trace& trace, const QString& path, QString* error = nullptr);

    // File dialog filters, in the user's language.
    static QString imageFilter();
    static QString traceJsonFilter();
    static QString chromeTraceFilter();
};

}  // namespace ls::gui
