// The loader's small parts: suggestions, UTF-8, parameter constants, diffs, failure positions.
#include <gtest/gtest.h>

#include <loopscope/lesson_check.h>

#include "lesson_files.h"
#include "program_failure.h"
#include "program_parameters.h"
#include "suggest.h"

using namespace ls::lesson;

TEST(Suggest, FindsTyposButNotStrangers) {
    constexpr std::string_view keys[] = {"title", "variants", "time_unit", "quiz"};
    EXPECT_EQ(closest_match("titel", keys), "title");
    EXPECT_EQ(closest_match("Title", keys), "title");
    EXPECT_EQ(closest_match("varients", keys), "variants");
    EXPECT_EQ(closest_match("timeunit", keys), "time_unit");
    EXPECT_EQ(closest_match("flavour", keys), "");
    EXPECT_EQ(did_you_mean("quz", keys), " (did you mean 'quiz'?)");
}

TEST(Utf8, FindsTheFirstBadByteByLineAndCharacter) {
    EXPECT_FALSE(first_invalid_utf8("plain\n中文 ok\n"));
    EXPECT_EQ(first_invalid_utf8("ab\n中x\xff"), std::make_pair(2, 3));
    EXPECT_EQ(first_invalid_utf8("\xc0\x80"), std::make_pair(1, 1));          // overlong NUL
    EXPECT_EQ(first_invalid_utf8("a\xed\xa0\x80"), std::make_pair(1, 2));     // a surrogate
    EXPECT_EQ(first_invalid_utf8("abc\xe4\xb8"), std::make_pair(1, 4));       // cut short
}

TEST(ProgramParameters, FindsModuleLevelConstants) {
    const std::string source = "import asyncio\nBOIL = 10  # minutes\nCHOP=2.5\n    WRITE = 3\nBOILING = 1\n";
    auto boil = find_constant(source, "BOIL");
    ASSERT_TRUE(boil);
    EXPECT_EQ(boil->line, 2);
    EXPECT_EQ(boil->column, 8);
    EXPECT_EQ(boil->value, 10);
    EXPECT_EQ(find_constant(source, "CHOP")->value, 2.5);
    EXPECT_FALSE(find_constant(source, "WRITE"));  // indented: not module level
    EXPECT_FALSE(find_constant("if BOIL == 3: pass\n", "BOIL"));
    EXPECT_FALSE(find_constant("BOIL = boil()\n", "BOIL"));
}

TEST(ProgramParameters, RewritesOnlyTheLiteral) {
    const std::string source = "BOIL = 10  # minutes\nprint(BOIL)\n";
    EXPECT_EQ(with_constant(source, "BOIL", 25, true), "BOIL = 25  # minutes\nprint(BOIL)\n");
    EXPECT_EQ(with_constant(source, "BOIL", 2.5, false), "BOIL = 2.5  # minutes\nprint(BOIL)\n");
    EXPECT_EQ(with_constant(source, "CHOP", 1, true), source);
    EXPECT_EQ(python_number(3, false), "3.0");
    EXPECT_EQ(python_number(0.1, false), "0.1");
    EXPECT_EQ(python_number(7, true), "7");
}

TEST(Diff, ShowsChangedLinesWithContext) {
    EXPECT_EQ(diff_lines("a\nb\n", "a\nb\n"), "");
    EXPECT_EQ(diff_lines("a\nb\nc\n", "a\nx\nc\n"), "    a\n  - b\n  + x\n    c\n");
    EXPECT_EQ(diff_lines("a\n", "a"), "  - a\n  + a  (no newline at the end)\n");
}

TEST(ProgramFailure, LocatesTracebacksAndSyntaxErrors) {
    const std::string source = "def f():\n    return 1 / 0\n\nf()\n";
    const std::string traceback =
        "Traceback (most recent call last):\n  File \"p.py\", line 4, in <module>\n    f()\n"
        "  File \"p.py\", line 2, in f\n    return 1 / 0\n           ~~^~~\nZeroDivisionError: division by zero\n";
    ProgramFailure failure = locate_failure(traceback, "p.py", source);
    EXPECT_EQ(failure.line, 2);
    EXPECT_EQ(failure.column, 5);
    EXPECT_EQ(failure.summary, "ZeroDivisionError: division by zero");
    EXPECT_FALSE(failure.syntax_error);

    const std::string syntax = "  File \"p.py\", line 2\n    x = (1 +\n        ^\nSyntaxError: '(' was never closed\n";
    failure = locate_failure(syntax, "p.py", "a = 1\n  x = (1 +\n");
    EXPECT_TRUE(failure.syntax_error);
    EXPECT_EQ(failure.line, 2);
    EXPECT_EQ(failure.column, 7);
    EXPECT_TRUE(is_syntax_error_report(syntax));
    EXPECT_TRUE(is_syntax_error_report("SyntaxError: source code cannot contain null bytes\n"));
    EXPECT_FALSE(is_syntax_error_report("code <module>\n  0 LOAD_CONST 0\n"));
}
