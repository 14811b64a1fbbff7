// The tokenizer: token kinds, positions, INDENT/DEDENT, and CPython 3.11's tokenizer errors.
// Expected error messages and offsets were taken from python3 (CPython 3.11.7), not from this code.
#include <gtest/gtest.h>

#include <string>

#include "lexer.h"

namespace {

using ls::Lexer;
using ls::SyntaxErrorException;
using ls::Token;
using ls::TokenKind;

std::string describe(const Token& t) {
    switch (t.kind) {
        case TokenKind::EndMarker: return "END";
        case TokenKind::Name: return "NAME(" + std::string(t.text) + ")";
        case TokenKind::Number: return "NUM(" + std::string(t.text) + ")";
        case TokenKind::String: return "STR(" + std::string(t.text) + ")";
        case TokenKind::Op: return std::string(t.text);
        case TokenKind::Newline: return "NL";
        case TokenKind::Indent: return "INDENT";
        case TokenKind::Dedent: return "DEDENT";
        case TokenKind::EofInBrackets: return "EOF_IN_BRACKETS";
    }
    return "?";
}

// All tokens of `source` as one line, e.g. "NAME(x) = NUM(1) NL END".
std::string tokens(std::string_view source) {
    Lexer lexer(source);
    std::string out;
    for (int guard = 0; guard < 10000; ++guard) {
        Token t = lexer.next();
        if (!out.empty()) out += ' ';
        out += describe(t);
        if (t.kind == TokenKind::EndMarker || t.kind == TokenKind::EofInBrackets) break;
    }
    return out;
}

std::vector<Token> token_list(std::string_view source) {
    Lexer lexer(source);
    std::vector<Token> out;
    for (;;) {
        out.push_back(lexer.next());
        if (out.back().kind == TokenKind::EndMarker || out.back().kind == TokenKind::EofInBrackets) break;
    }
    return out;
}

struct LexError {
    std::string type, message;
    int line, col, end_col;
};

LexError lex_error(std::string_view source) {
    try {
        tokens(source);
    } catch (const SyntaxErrorException& e) {
        return {e.info.type, e.info.message, e.info.line, e.info.col, e.info.end_col};
    }
    return {"", "no error", 0, 0, 0};
}

#define EXPECT_LEX_ERROR(source, type_, message_, line_, col_, end_col_) \
    do {                                                                 \
        LexError e = lex_error(source);                                  \
        EXPECT_EQ(e.type, type_);                                        \
        EXPECT_EQ(e.message, message_);                                  \
        EXPECT_EQ(e.line, line_);                                        \
        EXPECT_EQ(e.col, col_);                                          \
        EXPECT_EQ(e.end_col, end_col_);                                  \
    } while (0)

// ---- tokens ----------------------------------------------------------------------------------

TEST(Lexer, SimpleAssignmentEndsWithNewlineAndEndMarker) {
    EXPECT_EQ(tokens("x = 1\n"), "NAME(x) = NUM(1) NL END");
}

TEST(Lexer, MissingFinalNewlineIsAddedAsCPythonDoes) {
    EXPECT_EQ(tokens("x = 1"), "NAME(x) = NUM(1) NL END");
}

TEST(Lexer, EmptySourceIsJustEndMarker) {
    EXPECT_EQ(tokens(""), "END");
    EXPECT_EQ(tokens("\n\n# only a comment\n"), "END");
}

TEST(Lexer, IndentAndDedentFollowTheIndentationStack) {
    EXPECT_EQ(tokens("if x:\n    y\nz\n"), "NAME(if) NAME(x) : NL INDENT NAME(y) NL DEDENT NAME(z) NL END");
}

TEST(Lexer, DedentsToOuterLevelAtEndOfBlock) {
    EXPECT_EQ(tokens("if a:\n  if b:\n    c\nd\n"),
              "NAME(if) NAME(a) : NL INDENT NAME(if) NAME(b) : NL INDENT NAME(c) NL DEDENT DEDENT NAME(d) NL END");
}

TEST(Lexer, DedentsAtEndOfFile) {
    EXPECT_EQ(tokens("def f():\n    return 1"), "NAME(def) NAME(f) ( ) : NL INDENT NAME(return) NUM(1) NL DEDENT END");
}

TEST(Lexer, BlankAndCommentLinesDoNotAffectIndentation) {
    EXPECT_EQ(tokens("if x:\n\n    # note\n        # deeper comment\n    y\n"),
              "NAME(if) NAME(x) : NL INDENT NAME(y) NL DEDENT END");
}

TEST(Lexer, TabsAdvanceToMultiplesOfEight) {
    // A tab and eight spaces are the same level when used consistently line by line.
    EXPECT_EQ(tokens("if x:\n\ty\n\tz\n"), "NAME(if) NAME(x) : NL INDENT NAME(y) NL NAME(z) NL DEDENT END");
}

TEST(Lexer, NewlinesInsideBracketsAreIgnored) {
    EXPECT_EQ(tokens("x = (1,\n     2)\n"), "NAME(x) = ( NUM(1) , NUM(2) ) NL END");
    EXPECT_EQ(tokens("d = {\n  'a': [\n\n1]}\n"), "NAME(d) = { STR('a') : [ NUM(1) ] } NL END");
}

TEST(Lexer, BackslashJoinsLines) {
    EXPECT_EQ(tokens("x = 1 + \\\n    2\n"), "NAME(x) = NUM(1) + NUM(2) NL END");
}

TEST(Lexer, CommentsAreSkipped) {
    EXPECT_EQ(tokens("x = 1  # one\n"), "NAME(x) = NUM(1) NL END");
}

TEST(Lexer, AllOperatorsTakeTheLongestMatch) {
    EXPECT_EQ(tokens("a **= b //= c >>= d <<= e\n"), "NAME(a) **= NAME(b) //= NAME(c) >>= NAME(d) <<= NAME(e) NL END");
    EXPECT_EQ(tokens("(x := 1) -> ... @ @= != == <= >= ** //\n"),
              "( NAME(x) := NUM(1) ) -> ... @ @= != == <= >= ** // NL END");
    EXPECT_EQ(tokens("a+=1;b-=2\n"), "NAME(a) += NUM(1) ; NAME(b) -= NUM(2) NL END");
}

TEST(Lexer, NumbersKeepTheirSourceSpelling) {
    EXPECT_EQ(tokens("0x1F 0o17 0b101 1_000 3.14 1e3 2.5E-3 .5 5. 1j 2.0J 0 00 0_0\n"),
              "NUM(0x1F) NUM(0o17) NUM(0b101) NUM(1_000) NUM(3.14) NUM(1e3) NUM(2.5E-3) NUM(.5) NUM(5.) NUM(1j) "
              "NUM(2.0J) NUM(0) NUM(00) NUM(0_0) NL END");
}

TEST(Lexer, NumberFollowedByKeywordIsAccepted) {
    EXPECT_EQ(tokens("x = 1if y else 2\n"), "NAME(x) = NUM(1) NAME(if) NAME(y) NAME(else) NUM(2) NL END");
}

TEST(Lexer, StringPrefixesAndQuotes) {
    EXPECT_EQ(tokens("r'a' b\"b\" Rb'c' f'{x}' FR\"y\" u'z'\n"),
              "STR(r'a') STR(b\"b\") STR(Rb'c') STR(f'{x}') STR(FR\"y\") STR(u'z') NL END");
}

TEST(Lexer, TripleQuotedStringSpansLines) {
    auto toks = token_list("s = '''a\nb\n'''\nx\n");
    ASSERT_GE(toks.size(), 4u);
    EXPECT_EQ(toks[2].kind, TokenKind::String);
    EXPECT_EQ(toks[2].line, 1);
    EXPECT_EQ(toks[2].end_line, 3);
    EXPECT_EQ(toks[2].end_col, 3);
    EXPECT_EQ(toks[4].text, "x");
    EXPECT_EQ(toks[4].line, 4);
}

TEST(Lexer, EscapedQuoteDoesNotEndString) {
    EXPECT_EQ(tokens("'it\\'s'\n"), "STR('it\\'s') NL END");
}

TEST(Lexer, ColumnsCountCodePointsNotBytes) {
    auto toks = token_list("名字 = 'é' + x\n");
    EXPECT_EQ(toks[0].text, "名字");
    EXPECT_EQ(toks[0].col, 0);
    EXPECT_EQ(toks[0].end_col, 2);
    EXPECT_EQ(toks[1].col, 3);  // '='
    EXPECT_EQ(toks[2].col, 5);
    EXPECT_EQ(toks[2].end_col, 8);
    EXPECT_EQ(toks[4].col, 11);  // x
}

TEST(Lexer, ChineseIdentifiersAreNames) {
    EXPECT_EQ(tokens("计数器 = 0\n"), "NAME(计数器) = NUM(0) NL END");
    EXPECT_EQ(tokens("café_1 = ñ\n"), "NAME(café_1) = NAME(ñ) NL END");
}

TEST(Lexer, TokenLevelCountsOpenBrackets) {
    auto toks = token_list("f(a[1])\n");
    EXPECT_EQ(toks[0].level, 0);  // f
    EXPECT_EQ(toks[1].level, 1);  // (
    EXPECT_EQ(toks[3].level, 2);  // [
    EXPECT_EQ(toks[5].level, 1);  // ]
    EXPECT_EQ(toks[6].level, 0);  // )
}

TEST(Lexer, EndOfFileInsideBracketsIsReportedAsSuch) {
    EXPECT_EQ(tokens("x = (1,\n"), "NAME(x) = ( NUM(1) , EOF_IN_BRACKETS");
}

TEST(Lexer, ByteOrderMarkIsSkipped) {
    EXPECT_EQ(tokens("\xEF\xBB\xBFx = 1\n"), "NAME(x) = NUM(1) NL END");
}

TEST(Lexer, CarriageReturnLineEndings) {
    EXPECT_EQ(tokens("if x:\r\n    y\r\n"), "NAME(if) NAME(x) : NL INDENT NAME(y) NL DEDENT END");
}

// ---- tokenizer errors (values from python3 3.11.7) --------------------------------------------

TEST(LexerErrors, UnterminatedStringLiteral) {
    EXPECT_LEX_ERROR("x = 'abc\ny = 2\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 5);
    EXPECT_LEX_ERROR("x = \"abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 5);
    EXPECT_LEX_ERROR("print(\"abc)\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 7, 7);
}

TEST(LexerErrors, UnterminatedTripleQuotedStringReportsLastLine) {
    EXPECT_LEX_ERROR("x = \"\"\"abc\ny = 2\nz\n", "SyntaxError",
                     "unterminated triple-quoted string literal (detected at line 3)", 1, 5, 5);
    EXPECT_LEX_ERROR("x = \"\"\"abc\n", "SyntaxError",
                     "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 5);
    EXPECT_LEX_ERROR("x = \"\"\"abc\n\n\n", "SyntaxError",
                     "unterminated triple-quoted string literal (detected at line 3)", 1, 5, 5);
}

TEST(LexerErrors, UnmatchedClosingBracket) {
    EXPECT_LEX_ERROR("x = 1)\n", "SyntaxError", "unmatched ')'", 1, 6, 6);
    EXPECT_LEX_ERROR("x = }\n", "SyntaxError", "unmatched '}'", 1, 5, 5);
    EXPECT_LEX_ERROR("x = (1, 2))\n", "SyntaxError", "unmatched ')'", 1, 11, 11);
}

TEST(LexerErrors, MismatchedClosingBracket) {
    EXPECT_LEX_ERROR("x = (1]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7,
                     7);
}

TEST(LexerErrors, MismatchedClosingBracketOnAnotherLineNamesTheLine) {
    LexError e = lex_error("x = (1,\n2]\n");
    EXPECT_EQ(e.message, "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
    EXPECT_EQ(e.line, 2);
    EXPECT_EQ(e.col, 2);
    EXPECT_EQ(e.end_col, 2);
}

TEST(LexerErrors, TooManyNestedParentheses) {
    std::string src = "x = " + std::string(201, '(') + "1" + std::string(201, ')') + "\n";
    EXPECT_LEX_ERROR(src, "SyntaxError", "too many nested parentheses", 1, 205, 205);
    std::string ok = "x = " + std::string(200, '(') + "1" + std::string(200, ')') + "\n";
    EXPECT_EQ(lex_error(ok).message, "no error");
}

TEST(LexerErrors, InvalidDecimalLiteral) {
    EXPECT_LEX_ERROR("x = 1abc\n", "SyntaxError", "invalid decimal literal", 1, 5, 5);
    EXPECT_LEX_ERROR("x = 1_\n", "SyntaxError", "invalid decimal literal", 1, 6, 6);
    EXPECT_LEX_ERROR("x = 1__0\n", "SyntaxError", "invalid decimal literal", 1, 6, 6);
    EXPECT_LEX_ERROR("x = 1e\n", "SyntaxError", "invalid decimal literal", 1, 5, 5);
    EXPECT_LEX_ERROR("x = 1.5abc\n", "SyntaxError", "invalid decimal literal", 1, 7, 7);
    EXPECT_LEX_ERROR("x = 1.__add__", "SyntaxError", "invalid decimal literal", 1, 6, 6);
}

TEST(LexerErrors, InvalidRadixLiterals) {
    EXPECT_LEX_ERROR("x = 0x\n", "SyntaxError", "invalid hexadecimal literal", 1, 6, 6);
    EXPECT_LEX_ERROR("x = 0xg\n", "SyntaxError", "invalid hexadecimal literal", 1, 6, 6);
    EXPECT_LEX_ERROR("x = 0o8\n", "SyntaxError", "invalid digit '8' in octal literal", 1, 7, 7);
    EXPECT_LEX_ERROR("x = 0b2\n", "SyntaxError", "invalid digit '2' in binary literal", 1, 7, 7);
    EXPECT_LEX_ERROR("x = 1jx\n", "SyntaxError", "invalid imaginary literal", 1, 6, 6);
}

TEST(LexerErrors, LeadingZerosInDecimal) {
    EXPECT_LEX_ERROR("x = 012\n", "SyntaxError",
                     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                     1, 5, 6);
}

TEST(LexerErrors, FullWidthPunctuationIsAnInvalidCharacter) {
    EXPECT_LEX_ERROR("x = 1，2\n", "SyntaxError", "invalid character '，' (U+FF0C)", 1, 6, 6);
    EXPECT_LEX_ERROR("if x：\n    pass\n", "SyntaxError", "invalid character '：' (U+FF1A)", 1, 5, 5);
    EXPECT_LEX_ERROR("print（1)\n", "SyntaxError", "invalid character '（' (U+FF08)", 1, 6, 6);
}

TEST(LexerErrors, InvisibleCharactersAreNonPrintable) {
    EXPECT_LEX_ERROR("x = 1\u3000+ 2\n", "SyntaxError", "invalid non-printable character U+3000", 1, 6, 6);
    EXPECT_LEX_ERROR("x\u200b = 1\n", "SyntaxError", "invalid non-printable character U+200B", 1, 2, 2);
}

TEST(LexerErrors, UnindentDoesNotMatchOuterLevel) {
    EXPECT_LEX_ERROR("if x:\n        a\n    b\n", "IndentationError",
                     "unindent does not match any outer indentation level", 3, 6, 0);
    EXPECT_LEX_ERROR("if x:\n        a\n    bb = 3\n", "IndentationError",
                     "unindent does not match any outer indentation level", 3, 11, 0);
}

TEST(LexerErrors, InconsistentTabsAndSpaces) {
    EXPECT_LEX_ERROR("if x:\n\ta = 1\n        b = 2\n", "TabError", "inconsistent use of tabs and spaces in indentation",
                     3, 1, 0);
    EXPECT_LEX_ERROR("if x:\n        a = 1\n\tb = 2\n", "TabError", "inconsistent use of tabs and spaces in indentation",
                     3, 1, 0);
}

TEST(LexerErrors, ConsistentTabsInsideSpacesAreFine) {
    EXPECT_EQ(lex_error("if x:\n\ta = 1\n\tif y:\n\t        b = 2\n\t        c = 3\n").message, "no error");
}

TEST(LexerErrors, TooManyLevelsOfIndentation) {
    std::string src;
    for (int i = 0; i < 101; ++i) src += std::string(static_cast<std::size_t>(i), ' ') + "if x:\n";
    src += std::string(101, ' ') + "pass\n";
    EXPECT_LEX_ERROR(src, "IndentationError", "too many levels of indentation", 101, 1, 0);
}

TEST(LexerErrors, CharacterAfterLineContinuation) {
    EXPECT_LEX_ERROR("x = 1 \\ 2\n", "SyntaxError", "unexpected character after line continuation character", 1, 8, 0);
    EXPECT_LEX_ERROR("y = 2\nx = 1 \\ 2\n", "SyntaxError", "unexpected character after line continuation character", 2,
                     8, 0);
}

TEST(LexerErrors, BackslashAtEndOfFile) {
    EXPECT_LEX_ERROR("x = 1 + \\\n", "SyntaxError", "unexpected EOF while parsing", 1, 10, 0);
}

// ---- string literal decoding -----------------------------------------------------------------

std::string decoded(std::string_view body, bool bytes = false) {
    std::string out, message;
    std::size_t bad = 0;
    if (!ls::lex::decode_escapes(body, bytes, out, message, bad)) return "ERROR: " + message;
    return out;
}

TEST(StringEscapes, SimpleEscapes) {
    EXPECT_EQ(decoded("a\\nb\\tc\\\\d\\'e\\\"f"), "a\nb\tc\\d'e\"f");
    EXPECT_EQ(decoded("\\a\\b\\f\\v\\r\\0"), std::string("\a\b\f\v\r") + '\0');
}

TEST(StringEscapes, OctalHexAndUnicode) {
    EXPECT_EQ(decoded("\\101\\x41\\u00e9\\U0001F600"), "AAé\xF0\x9F\x98\x80");
    EXPECT_EQ(decoded("\\7"), "\a");
}

TEST(StringEscapes, NamedCharacters) {
    EXPECT_EQ(decoded("\\N{GREEK SMALL LETTER ALPHA}\\N{bullet}"), "α•");
    EXPECT_EQ(decoded("\\N{CJK UNIFIED IDEOGRAPH-4E2D}"), "中");
    EXPECT_EQ(decoded("\\N{NOPE}"),
              "ERROR: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode "
              "character name");
}

TEST(StringEscapes, UnknownEscapesStayAsWritten) {
    EXPECT_EQ(decoded("\\q\\d"), "\\q\\d");
}

TEST(StringEscapes, BackslashNewlineIsRemoved) {
    EXPECT_EQ(decoded("a\\\nb"), "ab");
}

TEST(StringEscapes, TruncatedEscapesUseCPythonWording) {
    EXPECT_EQ(decoded("\\x4"),
              "ERROR: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape");
    EXPECT_EQ(decoded("\\u12"),
              "ERROR: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX "
              "escape");
}

TEST(StringEscapes, BytesKeepRawValues) {
    EXPECT_EQ(decoded("\\xff\\u1234", true), "\xff\\u1234");
}

TEST(StringPrefix, DetectsKindAndQuoteLength) {
    auto p = ls::lex::string_prefix("rb'''x'''");
    EXPECT_TRUE(p.raw);
    EXPECT_TRUE(p.bytes);
    EXPECT_FALSE(p.fstring);
    EXPECT_EQ(p.length, 2u);
    EXPECT_EQ(p.quote_length, 3u);
    auto f = ls::lex::string_prefix("F\"\"");
    EXPECT_TRUE(f.fstring);
    EXPECT_EQ(f.quote_length, 1u);
}

}  // namespace
