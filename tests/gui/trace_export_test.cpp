// TraceExport: images in three formats and the two trace formats are written and valid.
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <qcustomplot.h>

#include "trace/compare_view.h"
#include "trace/playback_model.h"
#include "trace/timeline_widget.h"
#include "trace/trace_export.h"
#include "trace_fixtures.h"

namespace ls::gui {
namespace {

const char kProgram[] = R"(import asyncio

async def tick(name):
    print(name)
    await asyncio.sleep(1)

async def main():
    await asyncio.gather(tick("a"), tick("b"))

asyncio.run(main())
)";

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class TraceExportTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir_.isValid());
        ls::CapturedRun run = test::runWithTrace(kProgram);
        trace_ = std::make_shared<const ls::Trace>(std::move(run.result.trace));
        model_ = std::make_unique<PlaybackModel>(trace_, QString::fromUtf8(kProgram));
        timeline_.resize(800, 300);
        timeline_.setModel(model_.get());
    }
    QString path(const char* name) const { return dir_.filePath(QString::fromLatin1(name)); }

    QTemporaryDir dir_;
    std::shared_ptr<const ls::Trace> trace_;
    std::unique_ptr<PlaybackModel> model_;
    TimelineWidget timeline_;
};

TEST_F(TraceExportTest, TimelineAsPngAtItsSizeOnScreen) {
    timeline_.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&timeline_));
    QString error;
    ASSERT_TRUE(TraceExport::savePlot(timeline_.plot(), path("t.png"), &error)) << error.toStdString();
    EXPECT_TRUE(readAll(path("t.png")).startsWith("\x89PNG\r\n\x1a\n"));
    QImage image(path("t.png"));
    EXPECT_EQ(image.size(), timeline_.plot()->size());
    EXPECT_EQ(image.size(), QSize(800, 300));
}

TEST_F(TraceExportTest, TimelineAsSvgHasAnSvgRootWithText) {
    ASSERT_TRUE(TraceExport::savePlot(timeline_.plot(), path("t.svg"), nullptr, 900, 400));
    QXmlStreamReader xml(readAll(path("t.svg")));
    ASSERT_TRUE(xml.readNextStartElement());
    EXPECT_EQ(xml.name().toString(), QStringLiteral("svg"));
    EXPECT_TRUE(readAll(path("t.svg")).contains("Task-2 (tick)"));
}

TEST_F(TraceExportTest, TimelineAsPdf) {
    ASSERT_TRUE(TraceExport::savePlot(timeline_.plot(), path("t.pdf")));
    const QByteArray pdf = readAll(path("t.pdf"));
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF"));
}

TEST_F(TraceExportTest, CompareViewAsEveryImageFormat) {
    CompareView compare;
    compare.resize(800, 500);
    compare.setRuns({{QStringLiteral("One"), trace_, {}}, {QStringLiteral("Two"), trace_, {}}});
    for (const char* name : {"c.png", "c.svg", "c.pdf"}) {
        ASSERT_TRUE(TraceExport::savePlot(compare.plot(), path(name))) << name;
        EXPECT_GT(QFile(path(name)).size(), 1000) << name;
    }
    EXPECT_TRUE(readAll(path("c.png")).startsWith("\x89PNG"));
    EXPECT_TRUE(readAll(path("c.svg")).contains("<svg"));
    EXPECT_TRUE(readAll(path("c.pdf")).startsWith("%PDF-"));
}

TEST_F(TraceExportTest, TraceAsJsonAndChromeTrace) {
    ASSERT_TRUE(TraceExport::saveTraceJson(*trace_, path("trace.json")));
    QJsonParseError parsed;
    const QJsonDocument json = QJsonDocument::fromJson(readAll(path("trace.json")), &parsed);
    ASSERT_EQ(parsed.error, QJsonParseError::NoError);
    EXPECT_EQ(json.object().value(QStringLiteral("format")).toString(), QStringLiteral("loopscope-trace"));
    EXPECT_EQ(json.object().value(QStringLiteral("events")).toArray().size(), static_cast<int>(trace_->events.size()));

    ASSERT_TRUE(TraceExport::saveChromeTrace(*trace_, path("chrome.json")));
    const QJsonDocument chrome = QJsonDocument::fromJson(readAll(path("chrome.json")), &parsed);
    ASSERT_EQ(parsed.error, QJsonParseError::NoError);
    EXPECT_FALSE(chrome.isNull());
}

TEST_F(TraceExportTest, UnwritablePathGivesAMessage) {
    QString error;
    EXPECT_FALSE(TraceExport::saveTraceJson(*trace_, path("no/such/folder/trace.json"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("trace.json"))) << error.toStdString();
    EXPECT_FALSE(TraceExport::savePlot(timeline_.plot(), path("no/such/folder/t.png"), &error));
    EXPECT_FALSE(error.isEmpty());
}

}  // namespace
}  // namespace ls::gui
