// Source text -> AST. The lexer (lexer.h) feeds the parser; both report errors as SyntaxErrorInfo
// with CPython 3.11's wording and positions.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "ast.h"

namespace ls {

// A compile-time error, in the shape CPython prints it:
//   File "prog.py", line 3
//     x = (1,
//         ^
//   SyntaxError: '(' was never closed
struct SyntaxErrorInfo {
    std::string type = "SyntaxError";  // or "IndentationError", "TabError"
    std::string message;
    int line = 0;        // 1-based
    int col = 0;         // 1-based column of the first caret, in code points (CPython's offset)
    int end_col = 0;     // 1-based column one past the last caret; 0 or <= col means a single '^'
    std::string source_line;  // the offending line without its newline (may be empty)
};

// Parses a whole module. Returns null and fills `err` on the first error (no error recovery:
// like CPython, a program shows one SyntaxError at a time).
std::unique_ptr<ast::Module> parse_module(std::string_view source, std::string_view filename,
                                          SyntaxErrorInfo& err);

}  // namespace ls
