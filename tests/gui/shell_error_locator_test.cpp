// locateErrors: the editor's error markers come from Python's own error text. The stderr texts
// below are what python3 3.11 printed for these programs (run as /tmp/pyx/prog.py).
#include <gtest/gtest.h>

#include "error_locator.h"

namespace ls::gui {
namespace {

TEST(ErrorLocator, tracebackMarksInnermostFrameInTheProgram) {
    const QString source = "def f():\n    raise ValueError(\"boom\")\n\nf()\n";
    const QString err =
        "Traceback (most recent call last):\n"
        "  File \"/tmp/pyx/prog.py\", line 4, in <module>\n"
        "    f()\n"
        "  File \"/tmp/pyx/prog.py\", line 2, in f\n"
        "    raise ValueError(\"boom\")\n"
        "ValueError: boom\n";
    const auto markers = locateErrors(err, "/tmp/pyx/prog.py", source);
    ASSERT_EQ(markers.size(), 1);
    EXPECT_EQ(markers[0].line, 2);
    EXPECT_EQ(markers[0].column, 0);
    EXPECT_EQ(markers[0].message, "ValueError: boom");
}

TEST(ErrorLocator, syntaxErrorCaretBecomesAColumnInTheIndentedSource) {
    const QString source = "def f():\n      return 1 +* 2\n";
    const QString err =
        "  File \"/tmp/pyx/prog.py\", line 2\n"
        "    return 1 +* 2\n"
        "              ^\n"
        "SyntaxError: invalid syntax\n";
    const auto markers = locateErrors(err, "/tmp/pyx/prog.py", source);
    ASSERT_EQ(markers.size(), 1);
    EXPECT_EQ(markers[0].line, 2);
    EXPECT_EQ(markers[0].column, 17);  // the '*'
    EXPECT_EQ(source.split('\n')[1].at(markers[0].column - 1), QChar('*'));
    EXPECT_EQ(markers[0].message, "SyntaxError: invalid syntax");
}

TEST(ErrorLocator, neverAwaitedWarningIsMarkedAtItsLine) {
    const QString source = "import asyncio\nasync def main():\n    pass\nmain()\n";
    const QString err =
        "/tmp/pyx/prog.py:4: RuntimeWarning: coroutine 'main' was never awaited\n"
        "  main()\n"
        "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
    const auto markers = locateErrors(err, "/tmp/pyx/prog.py", source);
    ASSERT_EQ(markers.size(), 1);
    EXPECT_EQ(markers[0].line, 4);
    EXPECT_EQ(markers[0].message, "RuntimeWarning: coroutine 'main' was never awaited");
}

TEST(ErrorLocator, framesInOtherFilesAreNotMarked) {
    const QString err =
        "Traceback (most recent call last):\n"
        "  File \"other.py\", line 9, in g\n"
        "    boom()\n"
        "NameError: name 'boom' is not defined\n";
    EXPECT_TRUE(locateErrors(err, "prog.py", "x = 1\n").isEmpty());
}

TEST(ErrorLocator, cleanOutputHasNoMarkers) {
    EXPECT_TRUE(locateErrors("", "prog.py", "print(1)\n").isEmpty());
}

}  // namespace
}  // namespace ls::gui
