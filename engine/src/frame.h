// A frame: the state of one running (or suspended) Python function body. Frames are heap
// objects linked through `back`; the interpreter loop switches between them without C++
// recursion, so a generator or coroutine can leave its frame suspended and be resumed later.
#pragma once

#include <cstdlib>
#include <cstring>
#include <new>
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

// A frame's value stack: vector-like, but push/pop are small enough to inline everywhere in
// the interpreter loop (std::vector's growth path kept them out of line). Values are moved
// bit-for-bit when it grows: a Value is a tag and a word, with no self-references.
class ValueStack {
public:
    ValueStack() = default;
    ValueStack(const ValueStack&) = delete;
    ValueStack& operator=(const ValueStack&) = delete;
    ~ValueStack() {
        clear();
        std::free(data_);
    }
    [[gnu::always_inline]] void push_back(Value v) {
        if (size_ == cap_) grow(cap_ ? cap_ * 2 : 8);
        new (&data_[size_++]) Value(std::move(v));
    }
    void emplace_back(Value v) { push_back(std::move(v)); }
    [[gnu::always_inline]] void pop_back() { data_[--size_].~Value(); }
    Value& back() { return data_[size_ - 1]; }
    Value& operator[](size_t i) { return data_[i]; }
    const Value& operator[](size_t i) const { return data_[i]; }
    Value* begin() { return data_; }
    Value* end() { return data_ + size_; }
    const Value* begin() const { return data_; }
    const Value* end() const { return data_ + size_; }
    size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    size_t capacity() const { return cap_; }
    void reserve(size_t n) {
        if (n > cap_) grow(n);
    }
    void resize(size_t n) {
        while (size_ > n) pop_back();
        while (size_ < n) push_back(Value());
    }
    void clear() { resize(0); }

private:
    void grow(size_t n) {
        auto* fresh = static_cast<Value*>(std::malloc(n * sizeof(Value)));
        if (!fresh) throw std::bad_alloc();
        if (size_) std::memcpy(static_cast<void*>(fresh), static_cast<const void*>(data_), size_ * sizeof(Value));
        std::free(data_);
        data_ = fresh;
        cap_ = static_cast<uint32_t>(n);
    }
    Value* data_ = nullptr;
    uint32_t size_ = 0, cap_ = 0;
};

struct Frame {
    Ref<CodeObject> code;
    const uint32_t* words = nullptr;  // code->code.data(): one load less per instruction fetched
    Ref<FunctionObject> func;       // null for module code
    Ref<DictObject> globals;
    Ref<DictObject> locals;         // module and class bodies (LOAD_NAME / STORE_NAME)
    std::vector<Value> fast;        // parameters and local variables
    std::vector<Ref<CellObject>> cells;  // cellvars, then freevars
    ValueStack stack;
    std::vector<Block> blocks;
    uint32_t pc = 0;                // next instruction
    uint32_t last_pc = 0;           // instruction being executed (its line is the frame's line)
    Frame* back = nullptr;          // the frame to return (or yield) to
    GeneratorObject* gen = nullptr; // the generator owning this frame, if any (borrowed)
    bool is_entry = false;          // returning or yielding from here leaves the run loop
    Value handled;                  // the exception an except/finally block here is handling
    Value pending_throw;            // raised at the suspension point when the frame next runs
    int traced_line = 0;            // last line reported as a trace `line` event

    // Back to the state of a new Frame(), keeping the vectors' capacity (see free_frame).
    // What the frame holds goes first, while the frame is still whole: the frame may still be
    // the current one, and dropping the last reference to a coroutine warns "was never
    // awaited" at the current frame's line.
    void reset() {
        fast.clear();
        cells.clear();
        stack.clear();
        blocks.clear();
        handled = Value();
        pending_throw = Value();
        locals = nullptr;
        globals = nullptr;
        func = nullptr;
        code = nullptr;
        words = nullptr;
        pc = last_pc = 0;
        back = nullptr;
        gen = nullptr;
        is_entry = false;
        traced_line = 0;
    }

    int line() const { return code->line_at(last_pc); }
    [[gnu::always_inline]] void push(Value v) { stack.push_back(std::move(v)); }
    [[gnu::always_inline]] Value pop() {
        Value v = std::move(stack.back());
        stack.pop_back();
        return v;
    }
    Value& top(size_t i = 1) { return stack[stack.size() - i]; }
    bool fast_set(size_t i) const { return !fast[i].is_unbound(); }
};

}  // namespace ls
