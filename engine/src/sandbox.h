// The host stays out of reach: a program has no module or builtin that touches the computer's
// files, processes, network or native code. These explain, in the error a student sees, why a
// name that works in CPython is missing here.
#pragma once

#include <string>
#include <string_view>

namespace ls {

// For a module CPython has but the sandbox leaves out on purpose (os, subprocess, socket,
// ctypes, ...): the sentence to append to "No module named 'x'"; "" for any other name.
std::string_view sandbox_module_note(std::string_view module);

// Likewise for builtins left out on purpose (exec, eval, compile, __import__, ...).
std::string_view sandbox_builtin_note(std::string_view name);

}  // namespace ls
