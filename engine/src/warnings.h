// Python's `warnings`, as far as the engine emits them itself (RuntimeWarning for a coroutine
// never awaited, DeprecationWarning for get_event_loop): the "default" filter — shown once per
// (file, line, category, message) — and CPython's text format.
#pragma once

#include <string>

namespace ls {

class VM;

// Prints "prog.py:7: RuntimeWarning: message\n  <source line>\n" unless already shown.
// `extra` lines (already newline-terminated) follow the source line.
void warn(VM& vm, const std::string& category, const std::string& message, int line, const std::string& extra = "");

}  // namespace ls
