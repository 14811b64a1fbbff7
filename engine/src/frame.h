// A frame: the state of one running (or suspended) Python function body. Frames are heap
// objects linked through `back`; the interpreter loop switches between them without C++
// recursion, so a generator or coroutine can leave its frame suspended and be resumed later.
#pragma once

#include <vector>

#include "code.h"
#include "objects.h"

namespace ls {

// A handler pushed by SETUP_FINALLY / PUSH_EXC_INFO: where to jump on an exception, and the
// value-stack depth to unwind to first.
struct Block {
    uint32_t handler;
    uint32_t level;
};

struct Frame {
    Ref<CodeObject> code;
    Ref<FunctionObject> func;       // null for module code
    Ref<DictObject> globals;
    Ref<DictObject> locals;         // module and class bodies (LOAD_NAME / STORE_NAME)
    std::vector<Value> fast;        // parameters and local variables
    std::vector<Ref<CellObject>> cells;  // cellvars, then freevars
    std::vector<Value> stack;
    std::vector<Block> blocks;
    uint32_t pc = 0;                // next instruction
    uint32_t last_pc = 0;           // instruction being executed (its line is the frame's line)
    Frame* back = nullptr;          // the frame to return (or yield) to
    GeneratorObject* gen = nullptr; // the generator owning this frame, if any (borrowed)
    bool is_entry = false;          // returning or yielding from here leaves the run loop
    Value handled;                  // the exception an except/finally block here is handling
    Value pending_throw;            // raised at the suspension point when the frame next runs
    int traced_line = 0;            // last line reported as a trace `line` event

    int line() const { return code->line_at(last_pc); }
    void push(Value v) { stack.push_back(std::move(v)); }
    Value pop() {
        Value v = std::move(stack.back());
        stack.pop_back();
        return v;
    }
    Value& top(size_t i = 1) { return stack[stack.size() - i]; }
    bool fast_set(size_t i) const { return !fast[i].is_unbound(); }
};

}  // namespace ls
