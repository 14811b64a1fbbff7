// The heap object kinds of the VM. Behaviour lives elsewhere: the operations on each kind are
// registered as native methods of its TypeObject (types_*.cpp), and the generic protocols
// (repr, hash, compare, call, getattr, iterate) are in vm.h.
#pragma once

#include <functional>
#include <gmpxx.h>
#include <memory>
#include <string>
#include <vector>

#include "value.h"

namespace ls {

struct CodeObject;
struct Frame;
struct DictObject;
struct StrObject;

// ---- strings -------------------------------------------------------------------------------
// UTF-8 storage; `ascii` tells whether byte offsets are code-point offsets.
struct StrObject : Object {
    std::string s;
    bool ascii;
    mutable int64_t hash_cache = -1;
    mutable int64_t length_cache = -1;  // code points, computed lazily for non-ASCII
    StrObject(TypeObject* t, std::string v);
    size_t byte_size() const override { return sizeof(*this) + s.capacity(); }
};

struct BytesObject : Object {
    std::string data;
    BytesObject(TypeObject* t, std::string d) : Object(t), data(std::move(d)) {}
    size_t byte_size() const override { return sizeof(*this) + data.capacity(); }
};

// An int that does not fit in int64. Never holds a value that would fit (normalise first).
struct BigIntObject : Object {
    mpz_class v;
    BigIntObject(TypeObject* t, mpz_class x) : Object(t), v(std::move(x)) {}
    size_t byte_size() const override { return sizeof(*this) + mpz_size(v.get_mpz_t()) * 8; }
};

// ---- containers ----------------------------------------------------------------------------
struct ListObject : Object {
    std::vector<Value> items;
    explicit ListObject(TypeObject* t, std::vector<Value> v = {}) : Object(t), items(std::move(v)) {}
    void clear_refs() override { std::vector<Value>().swap(items); }
    size_t byte_size() const override { return sizeof(*this) + items.capacity() * sizeof(Value); }
    void traverse(Visitor v, void* c) const override;
};

struct TupleObject : Object {
    std::vector<Value> items;
    mutable int64_t hash_cache = -1;
    explicit TupleObject(TypeObject* t, std::vector<Value> v = {}) : Object(t), items(std::move(v)) {}
    void clear_refs() override { std::vector<Value>().swap(items); }
    size_t byte_size() const override { return sizeof(*this) + items.capacity() * sizeof(Value); }
    void traverse(Visitor v, void* c) const override;
};

// Insertion-ordered hash table keyed by Python equality (dict.cpp). Deleted entries leave a hole
// (key tag None + `used=false`) until the next compaction, like CPython's compact dict.
struct DictEntry {
    Value key;
    Value value;
    int64_t hash;
    bool used;
};
struct DictObject : Object {
    std::vector<DictEntry> entries;
    std::vector<int32_t> index;  // open addressing into `entries`; -1 empty, -2 deleted
    size_t live = 0;
    uint64_t version = 0;        // bumped on insert/delete: detects mutation during iteration
    explicit DictObject(TypeObject* t) : Object(t) {}
    void clear_refs() override { entries.clear(); index.clear(); live = 0; }
    size_t byte_size() const override {
        return sizeof(*this) + entries.capacity() * sizeof(DictEntry) + index.capacity() * 4;
    }
    void traverse(Visitor v, void* c) const override;
};

// Sets mirror CPython's open-addressing table closely enough that sets of small ints iterate
// in the same order as CPython's (set.cpp).
struct SetObject : Object {
    struct Slot { Value key; int64_t hash; uint8_t state; };  // 0 empty, 1 used, 2 dummy
    std::vector<Slot> table;
    size_t used = 0, fill = 0;
    uint64_t version = 0;
    bool frozen = false;
    explicit SetObject(TypeObject* t, bool is_frozen = false) : Object(t), frozen(is_frozen) {}
    void clear_refs() override { table.clear(); used = fill = 0; }
    size_t byte_size() const override { return sizeof(*this) + table.capacity() * sizeof(Slot); }
    void traverse(Visitor v, void* c) const override;
};

struct RangeObject : Object {
    int64_t start, stop, step;
    RangeObject(TypeObject* t, int64_t a, int64_t b, int64_t s) : Object(t), start(a), stop(b), step(s) {}
};

struct SliceObject : Object {
    Value start, stop, step;
    SliceObject(TypeObject* t, Value a, Value b, Value c) : Object(t), start(std::move(a)), stop(std::move(b)), step(std::move(c)) {}
    void clear_refs() override { start = stop = step = Value(); }
    void traverse(Visitor v, void* c) const override;
};

// ---- callables -----------------------------------------------------------------------------
struct KwArg {
    Ref<StrObject> name;
    Value value;
};

// What a native function receives. For a native method, args[0] is self.
struct Args {
    const Value* v = nullptr;
    size_t n = 0;
    const std::vector<KwArg>* kw = nullptr;  // may be null
    const Value& operator[](size_t i) const { return v[i]; }
    size_t size() const { return n; }
    bool has_kw() const { return kw && !kw->empty(); }
};

using NativeFn = Value (*)(VM& vm, Args args);

struct NativeFunctionObject : Object {
    std::string name;         // e.g. "len", "append"
    std::string qualname;     // e.g. "list.append", used in error messages
    NativeFn fn;
    Value bound_data;         // optional extra state (closures over C++-side data)
    NativeFunctionObject(TypeObject* t, std::string n, std::string q, NativeFn f)
        : Object(t), name(std::move(n)), qualname(std::move(q)), fn(f) {}
    void clear_refs() override { bound_data = Value(); }
    void traverse(Visitor v, void* c) const override;
};

struct CellObject : Object {
    Value value;
    bool empty = true;
    explicit CellObject(TypeObject* t) : Object(t) {}
    void clear_refs() override { value = Value(); }
    void traverse(Visitor v, void* c) const override;
};

struct FunctionObject : Object {
    Ref<CodeObject> code;
    Ref<DictObject> globals;
    std::vector<Value> defaults;           // positional defaults, aligned to the last params
    Ref<DictObject> kwdefaults;            // keyword-only defaults (may be null)
    std::vector<Ref<CellObject>> closure;  // free variables
    Ref<StrObject> name, qualname;
    Value module_name;
    Ref<DictObject> attrs;                 // func.__dict__, created on demand
    FunctionObject(TypeObject* t, Ref<CodeObject> c, Ref<DictObject> g);
    void clear_refs() override;
    void traverse(Visitor v, void* c) const override;
};

struct BoundMethodObject : Object {
    Value self;
    Value func;
    BoundMethodObject(TypeObject* t, Value s, Value f) : Object(t), self(std::move(s)), func(std::move(f)) {}
    void clear_refs() override { self = func = Value(); }
    void traverse(Visitor v, void* c) const override;
};

// staticmethod / classmethod / property wrappers.
struct WrapperObject : Object {
    Value func, setter, deleter;
    WrapperObject(TypeObject* t, Value f) : Object(t), func(std::move(f)) {}
    void clear_refs() override { func = setter = deleter = Value(); }
    void traverse(Visitor v, void* c) const override;
};

// ---- classes and instances -----------------------------------------------------------------
// Native hooks a builtin type may fill in so the VM can construct and recognise its instances.
struct TypeObject : Object {
    std::string name;
    std::string module;                 // "builtins" for builtins, "__main__" for user classes
    std::vector<Ref<TypeObject>> bases;
    std::vector<TypeObject*> mro;       // self first; borrowed (bases keep them alive)
    Ref<DictObject> dict;
    bool is_builtin = false;            // attributes cannot be set on builtin types
    bool is_exception = false;          // BaseException or a subclass
    bool instance_has_dict = false;     // instances are InstanceObjects (attributes in `attrs`)
    // The most-derived builtin type in the MRO (object, list, Exception, ...): decides the
    // layout of instances created by calling this type.
    TypeObject* base_layout = nullptr;
    // Fast iteration slot for native iterators (set with VM::add_iternext): false = exhausted.
    bool (*iternext)(VM& vm, Object* self, Value& out) = nullptr;
    // Fast `await` slot for native awaitables (asyncio futures): true = yielded `out`,
    // false = finished with return value `out`.
    bool (*await_send)(VM& vm, Value& self, const Value& sent, Value& out) = nullptr;  // may replace `self` by its next state
    // Its __await__ is the builtin that returns the object itself: `await x` may skip the call.
    bool await_returns_self = false;
    explicit TypeObject(TypeObject* meta, std::string n);
    void clear_refs() override;
    void traverse(Visitor v, void* c) const override;
};

struct InstanceObject : Object {
    Ref<DictObject> attrs;
    InstanceObject(TypeObject* t);
    void clear_refs() override;
    void traverse(Visitor v, void* c) const override;
};

struct TracebackEntry {
    Ref<CodeObject> code;
    int line;
};

struct ExceptionObject : InstanceObject {
    Ref<TupleObject> args;
    std::vector<TracebackEntry> traceback;  // innermost first (appended while unwinding); printed reversed
    Value cause;                            // __cause__ (None or exception)
    Value context;                          // __context__
    bool suppress_context = false;
    std::string suggestion;                 // "Did you mean" name for NameError/AttributeError
    Value held;                             // what CPython's traceback frames would keep alive
    ExceptionObject(TypeObject* t, Ref<TupleObject> a);
    void clear_refs() override;
    void traverse(Visitor v, void* c) const override;
};

struct ModuleObject : Object {
    Ref<StrObject> name;
    Ref<DictObject> dict;
    ModuleObject(TypeObject* t, Ref<StrObject> n, Ref<DictObject> d) : Object(t), name(std::move(n)), dict(std::move(d)) {}
    void clear_refs() override;
    void traverse(Visitor v, void* c) const override;
};

// ---- generators and coroutines -------------------------------------------------------------
// A generator, coroutine or async generator owns its suspended frame. Resuming links the frame
// under the resumer and continues the VM loop; no C++ recursion happens across a suspension.
enum class GenKind : uint8_t { Generator, Coroutine, AsyncGenerator };
enum class GenState : uint8_t { Created, Suspended, Running, Closed };

struct GeneratorObject : Object {
    GenKind kind;
    GenState state = GenState::Created;
    Frame* frame = nullptr;              // owned; null once closed
    Ref<StrObject> name, qualname;
    Ref<CodeObject> code;                // the function body (kept after the frame is gone)
    bool awaited = false;                // for "coroutine ... was never awaited"
    int created_line = 0;                // where it was created, for the warning
    Ref<CodeObject> created_in;
    bool yielded_value = false;          // async generators: the last yield was a `yield v`
    bool finalized = false;              // the asyncgen finalizer already ran (rule 38)
    GeneratorObject(TypeObject* t, GenKind k, Frame* f);
    ~GeneratorObject() override;
    bool resurrect() override;
    void clear_refs() override;
    void traverse(Visitor v, void* c) const override;
};

// Iterator over a builtin sequence, dict, set, range or str (iterators.cpp).
struct SeqIterObject : Object {
    Value seq;
    int64_t index = 0;
    int64_t extra = 0;          // kind-specific (e.g. range step, dict version)
    uint8_t mode = 0;           // kind-specific (e.g. dict keys/values/items)
    SeqIterObject(TypeObject* t, Value s) : Object(t), seq(std::move(s)) {}
    void clear_refs() override { seq = Value(); }
    void traverse(Visitor v, void* c) const override;
};

// Any other native object with a small set of slots (enumerate, zip, map, dict views, Random,
// asyncio objects...). Subclass it in the file that defines the type.
struct NativeObject : Object {
    explicit NativeObject(TypeObject* t) : Object(t) {}
};

}  // namespace ls
