// open() on the simulated world's files (builtin_open.cpp): the file object and the opener that
// aiofiles shares.
#pragma once

#include <string>

#include "vm.h"

namespace ls {

// A file opened on the world: _io.TextIOWrapper, or _io.BufferedReader/Writer/Random in binary mode.
struct FileObject : NativeObject {
    std::string path;          // normalised key in World::files
    Value name;                // as given to open()
    std::string mode;          // as CPython reports it
    bool readable = false, writable = false, append = false, binary = false, closed = false;
    bool blocking = true;      // open(): operations block the thread; aiofiles: they add to pending_cost
    size_t pos = 0;            // byte offset
    double pending_cost = 0;   // seconds the non-blocking operations so far take (aiofiles awaits them)
    using NativeObject::NativeObject;
    void clear_refs() override { name = Value(); }
};

bool is_file_object(VM& vm, const Value& v);

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None): raises what
// CPython raises for a missing file, a directory, a bad mode. `blocking` false: for aiofiles.
Value open_world_file(VM& vm, Args args, bool blocking);

void init_builtin_open(VM& vm);

}  // namespace ls
