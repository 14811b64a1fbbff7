// Error text exactly as CPython 3.11 prints it on stderr.
#pragma once

#include <string>

#include "parser.h"

namespace ls {

// "  File "prog.py", line 3\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"
std::string format_syntax_error(const SyntaxErrorInfo& err, const std::string& filename);

}  // namespace ls
