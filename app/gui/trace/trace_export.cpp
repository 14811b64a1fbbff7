#include "trace_export.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSvgGenerator>
#include <qcustomplot.h>

#include "loopscope/trace.h"

namespace ls::gui {
namespace {

bool writeText(const std::string& text, const QString& path, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), static_cast<qint64>(text.size())) < 0 || !file.commit()) {
        if (error) *error = TraceExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

}  // namespace

TraceExport::ImageFormat TraceExport::formatForPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg")) return ImageFormat::Svg;
    if (suffix == QLatin1String("pdf")) return ImageFormat::Pdf;
    return ImageFormat::Png;
}

bool TraceExport::savePlot(QCustomPlot* plot, const QString& path, QString* error, int width, int height) {
    if (width <= 0 || height <= 0) {
        width = std::max(plot->width(), 400);
        height = std::max(plot->height(), 200);
    }
    bool ok = false;
    switch (formatForPath(path)) {
        case ImageFormat::Png: ok = plot->savePng(path, width, height); break;
        case ImageFormat::Pdf: ok = plot->savePdf(path, width, height, QCP::epNoCosmetic, QStringLiteral("Loopscope")); break;
        case ImageFormat::Svg: {
            QSvgGenerator svg;
            svg.setFileName(path);
            svg.setSize(QSize(width, height));
            svg.setViewBox(QRect(0, 0, width, height));
            svg.setTitle(tr("Loopscope timeline"));
            QCPPainter painter;
            if (!painter.begin(&svg)) break;
            plot->toPainter(&painter, width, height);
            ok = painter.end();
            // QSvgGenerator reports no write errors: check that the file is there.
            ok = ok && QFileInfo(path).size() > 0;
            break;
        }
    }
    if (!ok && error) *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
    return ok;
}

bool TraceExport::saveTraceJson(const ls::Trace& trace, const QString& path, QString* error) {
    return writeText(ls::trace_to_json(trace), path, error);
}

bool TraceExport::saveChromeTrace(const ls::Trace& trace, const QString& path, QString* error) {
    return writeText(ls::trace_to_chrome_json(trace), path, error);
}

QString TraceExport::imageFilter() {
    return tr("PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)");
}

QString TraceExport::traceJsonFilter() { return tr("Loopscope trace (*.json)"); }

QString TraceExport::chromeTraceFilter() { return tr("Chrome trace for Perfetto (*.json)"); }

}  // namespace ls::gui
