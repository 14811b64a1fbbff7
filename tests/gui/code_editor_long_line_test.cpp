// The code editor with lines too long to lay out: shown shortened and read-only, the program's
// whole text kept for Run and Save, and back to normal editing for an ordinary program.
#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QLabel>
#include <QClipboard>
#include <QGuiApplication>
#include <QScrollBar>
#include <QTextBlock>

#include "code_editor.h"

namespace ls::gui {
namespace {

QString longLineProgram(int chars) {
    return QStringLiteral("x = 1\ns = '") + QString(chars, QLatin1Char('a')) + QStringLiteral("'\nprint(len(s))\n");
}

QLabel* bannerOf(CodeEditor& editor) {
    return editor.findChild<QLabel*>(QStringLiteral("longLineBanner"));
}

TEST(CodeEditorLongLines, AnOrdinaryProgramIsEditableAsIs) {
    CodeEditor editor;
    editor.show();
    const QString src = QStringLiteral("x = 1\n") + QString(CodeEditor::kMaxEditableLineChars, QLatin1Char('b')) + '\n';
    editor.setPlainText(src);
    EXPECT_FALSE(editor.showsShortenedText());
    EXPECT_FALSE(editor.isReadOnly());
    EXPECT_FALSE(bannerOf(editor)->isVisible());
    EXPECT_EQ(editor.toPlainText(), src);
    EXPECT_EQ(editor.document()->toPlainText(), src);
}

TEST(CodeEditorLongLines, ALongLineIsShownShortenedAndTheWholeTextKept) {
    CodeEditor editor;
    editor.resize(600, 400);
    editor.show();
    const QString src = longLineProgram(CodeEditor::kMaxEditableLineChars + 1);
    editor.setPlainText(src);
    EXPECT_TRUE(editor.showsShortenedText());
    EXPECT_TRUE(editor.isReadOnly());
    EXPECT_TRUE(bannerOf(editor)->isVisible());
    EXPECT_TRUE(bannerOf(editor)->text().startsWith(QStringLiteral("Line 2 has 10,007 characters")))
        << bannerOf(editor)->text().toStdString();
    EXPECT_EQ(editor.toPlainText(), src);
    // Same lines, so error markers and task tints land where the run says.
    ASSERT_EQ(editor.document()->blockCount(), 4);
    EXPECT_EQ(editor.document()->findBlockByNumber(0).text(), QStringLiteral("x = 1"));
    const QString shown = editor.document()->findBlockByNumber(1).text();
    EXPECT_EQ(shown, src.mid(6, CodeEditor::kShownLongLineChars) + QStringLiteral(" \u2026"));
    EXPECT_EQ(editor.document()->findBlockByNumber(2).text(), QStringLiteral("print(len(s))"));
    editor.setErrorMarkers({{2, 9000, QStringLiteral("an error far along the line")}});
    EXPECT_EQ(editor.lineToolTip(2), QStringLiteral("an error far along the line"));
    // The text area starts below the banner.
    EXPECT_GE(editor.viewport()->geometry().top(), bannerOf(editor)->geometry().bottom());

    // An ordinary program afterwards is editable again.
    editor.setPlainText(QStringLiteral("print(1)\n"));
    EXPECT_FALSE(editor.showsShortenedText());
    EXPECT_FALSE(editor.isReadOnly());
    EXPECT_FALSE(bannerOf(editor)->isVisible());
    EXPECT_EQ(editor.toPlainText(), QStringLiteral("print(1)\n"));
}

TEST(CodeEditorLongLines, AFiveMegabyteLineLoadsAndPaintsQuickly) {
    CodeEditor editor;
    editor.resize(600, 400);
    editor.show();
    const QString src = longLineProgram(5'000'000);
    QElapsedTimer clock;
    clock.start();
    editor.setPlainText(src);
    editor.horizontalScrollBar()->setValue(editor.horizontalScrollBar()->maximum());
    editor.viewport()->repaint();
    // Measured: about 2 ms (before: 760 ms to set the text and 200-500 ms for each repaint).
    EXPECT_LT(clock.elapsed(), 100);
    EXPECT_EQ(editor.toPlainText(), src);
}

TEST(CodeEditorLongLines, PastingALongLineShortensTheView) {
    CodeEditor editor;
    editor.show();
    editor.setPlainText(QStringLiteral("a = 1\nb = 2\n"));
    QTextCursor cursor(editor.document()->findBlockByNumber(1));
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);  // selects "b = 2"
    editor.setTextCursor(cursor);
    const QString pasted = QStringLiteral("b = '") + QString(20000, QLatin1Char('z')) + QStringLiteral("'");
    QGuiApplication::clipboard()->setText(pasted);
    editor.paste();
    EXPECT_TRUE(editor.showsShortenedText());
    EXPECT_TRUE(editor.document()->isModified());
    EXPECT_EQ(editor.toPlainText(), QStringLiteral("a = 1\n") + pasted + '\n');

    // A short paste is an ordinary edit.
    CodeEditor other;
    other.setPlainText(QStringLiteral("a = 1\n"));
    other.moveCursor(QTextCursor::End);
    QGuiApplication::clipboard()->setText(QStringLiteral("b = 2\n"));
    other.paste();
    EXPECT_FALSE(other.showsShortenedText());
    EXPECT_EQ(other.toPlainText(), QStringLiteral("a = 1\nb = 2\n"));
}

}  // namespace
}  // namespace ls::gui
