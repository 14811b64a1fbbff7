// libFuzzer target: bytes -> lexer -> parser -> scopes -> compiler -> bytecode -> disassembly.
// Any input must compile or give a SyntaxError text; never crash (ASan/UBSan watch for the rest).
// One VM serves every input (building one costs more than compiling most programs); compiling
// leaves nothing behind in it but interned names.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "compiler.h"
#include "disassembler.h"
#include "fuzz_support.h"
#include "traceback.h"
#include "vm.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static ls::fuzz::DiscardHost host;
    static const ls::RunLimits limits;  // the VM keeps a reference
    static ls::VM vm(host, limits);
    const std::string source = ls::fuzz::as_string(data, size);
    ls::SyntaxErrorInfo error;
    const ls::Ref<ls::CodeObject> code = ls::compile_source(vm, source, "fuzz.py", error);
    if (!code) {
        // A SyntaxError always has a message (invalid UTF-8 has no line, as in CPython).
        if (error.message.empty() || error.line < 0) std::abort();
        if (ls::format_syntax_error(error, "fuzz.py").empty()) std::abort();
        return 0;
    }
    if (ls::disassemble(vm, *code).empty()) std::abort();
    return 0;
}
