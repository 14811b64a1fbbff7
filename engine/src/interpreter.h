// The interpreter's private state and the entry points the rest of the VM uses.
#pragma once

#include "frame.h"
#include "vm.h"

namespace ls {

struct VM::Interp {
    Frame* current = nullptr;  // the innermost running frame (for line numbers and handled exc)
    Value null_marker;         // LOAD_METHOD's "no self" marker

    // Runs from `f` (already linked, is_entry set) until it returns or yields.
    // Returns true on a yield. Exceptions escape as PyError.
    bool run(VM& vm, Frame* f, Value& out);
};

// Creates a frame for calling `fn` with the given arguments (CPython's binding rules and
// messages). The frame is not linked or run.
Frame* make_call_frame(VM& vm, FunctionObject* fn, const Value* args, size_t nargs,
                       const std::vector<KwArg>* kwargs);
// Frees a finished frame that no generator owns.
Frame* alloc_frame();       // a blank frame, from the pool when one is free
void free_frame(Frame* f);  // back to the pool

// Calls a Python function: runs it to completion (nested run loop), or for generator and
// coroutine functions returns the new generator/coroutine object.
Value call_function(VM& vm, FunctionObject* fn, const Value* args, size_t nargs,
                    const std::vector<KwArg>* kwargs);

// The line where a suspended generator/coroutine (and whatever it awaits) stopped.
int suspended_line(GeneratorObject* gen);

// The exception currently being handled (for bare `raise` and implicit chaining), or None.
Value current_handled_exception(VM& vm);

}  // namespace ls
