// A compiled function body (or module, or class body): bytecode, constants, names, and the
// per-instruction source positions that tracebacks, the trace and the GUI's highlight use.
#pragma once

#include <string>
#include <vector>

#include "objects.h"
#include "opcodes.h"

namespace ls {

struct SourcePos {
    int line = 0;
    int col = 0;  // 0-based, in code points
};

enum CodeFlags : uint32_t {
    kCodeGenerator = 1,
    kCodeCoroutine = 2,
    kCodeAsyncGenerator = 4,
    kCodeVarargs = 8,
    kCodeVarkw = 16,
    kCodeNamespace = 32,  // module or class body: names live in a dict (LOAD_NAME/STORE_NAME)
    kCodeClassBody = 64,
    kCodeLibrary = 128,
    kCodeIterableCoroutine = 256,  // a generator function decorated with types.coroutine   // part of the engine's own Python (asyncio's prelude): not shown in tracebacks
};

// What one LOAD_GLOBAL found last time: valid while both dicts are the same objects (by serial,
// which is never reused within a run) at the same versions (bumped on every insert/delete).
struct GlobalCacheEntry {
    uint64_t globals_serial = 0, globals_version = 0;
    uint64_t builtins_serial = 0, builtins_version = 0;  // 0 unless found in builtins
    int32_t entry = -1;                                  // index into the dict's entries
};

struct CodeObject : Object {
    std::string name;       // "f", "<module>", "<lambda>", "<listcomp>"
    std::string qualname;   // "C.f", "f.<locals>.g"
    std::string filename;
    int firstlineno = 1;
    uint32_t flags = 0;

    std::vector<uint32_t> code;
    std::vector<SourcePos> positions;  // one per instruction

    std::vector<Value> consts;
    std::vector<Ref<StrObject>> names;     // globals, attributes, imported names
    std::vector<Ref<StrObject>> varnames;  // fast locals; parameters first
    std::vector<Ref<StrObject>> cellvars;  // locals captured by inner functions
    std::vector<Ref<StrObject>> freevars;  // captured from enclosing functions
    std::vector<int> cell_args;            // for each cellvar: the parameter index it starts as, or -1

    Value doc;                 // the docstring, or None
    int argcount = 0;          // positional parameters (incl. positional-only)
    int posonlyargcount = 0;
    int kwonlyargcount = 0;
    std::vector<GlobalCacheEntry> global_cache;  // by instruction; sized on the first LOAD_GLOBAL

    CodeObject(TypeObject* t) : Object(t) {}
    void clear_refs() override { consts.clear(); }

    bool is(uint32_t f) const { return (flags & f) != 0; }
    int line_at(size_t pc) const { return pc < positions.size() ? positions[pc].line : firstlineno; }
    size_t ncells() const { return cellvars.size() + freevars.size(); }
};

// Marks a code object and everything nested in it as library code.
void mark_library_code(CodeObject& code);

}  // namespace ls
