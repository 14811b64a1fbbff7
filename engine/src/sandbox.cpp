#include "sandbox.h"

#include <algorithm>
#include <array>

namespace ls {

namespace {

// Standard-library modules whose purpose is the host: files and folders, processes, the network,
// native code, the interpreter's own machinery. (Modules that are simply not implemented yet get
// CPython's plain message.)
constexpr std::array<std::string_view, 34> kHostModules = {
    "_ctypes", "_posixsubprocess", "asyncio.subprocess", "builtins", "cffi", "ctypes", "fcntl", "ftplib", "glob",
    "http", "importlib", "mmap", "nt", "os", "pathlib", "posix", "pty", "requests", "resource", "select",
    "selectors", "shutil", "signal", "smtplib", "socket", "socketserver", "ssl", "subprocess", "sysconfig",
    "tempfile", "termios", "urllib", "webbrowser", "zipimport"};

}  // namespace

std::string_view sandbox_module_note(std::string_view module) {
    const std::string_view top = module.substr(0, module.find('.'));
    const bool host = std::find(kHostModules.begin(), kHostModules.end(), module) != kHostModules.end() ||
                      std::find(kHostModules.begin(), kHostModules.end(), top) != kHostModules.end();
    if (!host) return {};
    return " (Loopscope runs programs in a sandbox, without the computer's files, processes, network or native code; "
           "open(), aiofiles and aiohttp work on the lesson's simulated world)";
}

std::string_view sandbox_builtin_note(std::string_view name) {
    if (name == "exec" || name == "eval" || name == "compile" || name == "__import__" || name == "__builtins__")
        return " (Loopscope runs programs in a sandbox: only the program's own code runs, never code built from strings; "
               "import modules with an import statement)";
    return {};
}

}  // namespace ls
