// Source text -> tokens, the way CPython 3.11's tokenizer cuts them: NAME, NUMBER, STRING, OP,
// NEWLINE, INDENT/DEDENT from an indentation stack, implicit line joining inside brackets,
// backslash continuation. Tokens are produced on demand because CPython reports a tokenizer
// error only when the parser gets that far.
//
// Also here: decoding of string literal bodies (escapes). An f-string is one STRING token; the
// parser splits it into literal text and replacement fields and parses the fields' expressions
// with a Lexer started at the field's position (SourceOrigin).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parser.h"

namespace ls {

enum class TokenKind : std::uint8_t {
    EndMarker,
    Name,    // identifiers and keywords
    Number,  // source spelling, e.g. "0x1f", "1_000", "1e3", "2j"
    String,  // the whole literal including prefix and quotes, e.g. rb'\d'
    Op,      // operators and delimiters; also single stray characters such as '$' or '?'
    Newline,
    Indent,
    Dedent,
    // End of input while a bracket is still open. Not an error by itself: CPython lets the parser
    // fail on it first and then says "'(' was never closed".
    EofInBrackets,
};

struct Token {
    TokenKind kind = TokenKind::EndMarker;
    std::string_view text;  // slice of the source; empty for NEWLINE/INDENT/DEDENT/ENDMARKER
    int line = 0, col = 0, end_line = 0, end_col = 0;  // col: 0-based, in code points
    int level = 0;  // bracket depth after this token (CPython's tok->level)

    bool is_op(std::string_view s) const { return kind == TokenKind::Op && text == s; }
    bool is_name(std::string_view s) const { return kind == TokenKind::Name && text == s; }
};

// The one exception type used inside the lexer and parser; parse_module turns it into its result.
struct SyntaxErrorException {
    SyntaxErrorInfo info;
    bool from_tokenizer = false;
    // CPython's tokenizer reports indentation and line-continuation problems only when the parser
    // asks for that token; they never replace a parser error found earlier in the file.
    bool replaces_parser_errors = true;
};

// Where an f-string expression or other sub-source starts inside the real file, so the tokens of
// a fragment carry positions in the file.
struct SourceOrigin {
    int line = 1;
    int col = 0;                    // column of the fragment's first character on `line`
    bool inside_brackets = false;  // f-string expressions behave as if wrapped in parentheses
};

class Lexer {
public:
    explicit Lexer(std::string_view source, SourceOrigin origin = {});

    // The next token; throws SyntaxErrorException on a tokenizer error. After EndMarker or
    // EofInBrackets it keeps returning that token.
    Token next();

    // The innermost bracket still open (valid when bracket_depth() > 0), for "'(' was never closed".
    int bracket_depth() const { return static_cast<int>(brackets_.size()); }
    char innermost_bracket() const { return brackets_.back().ch; }
    int innermost_bracket_line() const { return brackets_.back().line; }
    int innermost_bracket_col() const { return brackets_.back().col; }

private:
    struct OpenBracket { char ch; int line, col; };

    Token make(TokenKind kind, std::size_t start, int line, int col);
    Token lex_line_start(bool& produced);
    Token lex_token();
    Token lex_number(std::size_t start);
    Token lex_string(std::size_t start, std::size_t quote_pos);
    Token lex_name(std::size_t start);
    Token lex_operator(std::size_t start);
    void verify_end_of_number(const char* kind);

    char peek(std::size_t ahead = 0) const {
        return pos_ + ahead < src_.size() ? src_[pos_ + ahead] : '\0';
    }
    bool at_end(std::size_t ahead = 0) const { return pos_ + ahead >= src_.size(); }
    int col_at(std::size_t byte_pos);  // code-point column of a byte offset on the current line
    void new_line_starts_at(std::size_t byte_pos);
    int last_line_number() const;

    [[noreturn]] void error_at(const std::string& msg, int line, int col1, int end_col1,
                               const char* type = "SyntaxError");
    // CPython's tokenizer convention: the offset is the number of characters before the cursor.
    [[noreturn]] void error_at_cursor(const std::string& msg);

    std::string_view src_;
    SourceOrigin origin_;
    std::size_t pos_ = 0;
    int line_ = 1;
    std::size_t line_start_ = 0;
    int line_first_col_ = 0;  // origin column for the first line of a fragment, else 0
    std::size_t col_cache_pos_ = 0;
    int col_cache_col_ = 0;

    bool at_line_start_ = true;
    bool emitted_any_on_line_ = false;  // a token other than NEWLINE since the last NEWLINE
    std::vector<int> indents_{0}, alt_indents_{0};  // columns with tab size 8 and tab size 1
    int pending_dedents_ = 0;
    bool pending_indent_ = false;
    int pending_line_ = 0, pending_col_ = 0;
    std::vector<OpenBracket> brackets_;
    bool finished_ = false;
    Token final_token_;
};

// ---- string literals and text helpers (namespace lex keeps the generic names private) ---------

namespace lex {

struct StringPrefix {
    bool raw = false, bytes = false, fstring = false;
    std::size_t length = 0;  // prefix characters before the opening quote
    std::size_t quote_length = 1;  // 1 or 3
};
StringPrefix string_prefix(std::string_view literal);

// Decodes the escapes of a (non-raw) str or bytes literal body. On a bad escape returns false and
// sets `message` to CPython's "(unicode error) ..." text and `bad_offset` to the byte offset of
// the offending backslash inside `body`.
bool decode_escapes(std::string_view body, bool bytes, std::string& out, std::string& message,
                    std::size_t& bad_offset);

// Code-point helpers shared with the parser.
int utf8_length_in_code_points(std::string_view s);
char32_t decode_utf8_at(std::string_view s, std::size_t pos, std::size_t* length);
void append_utf8(std::string& out, char32_t cp);
bool is_identifier_start(char32_t cp);
bool is_identifier_continue(char32_t cp);

// The text of line `line` (1-based) without its line break.
std::string source_line_text(std::string_view source, int line);

}  // namespace lex

}  // namespace ls
