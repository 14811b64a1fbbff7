// The VM: type table, object protocols (repr, hash, compare, arithmetic, attributes, calls,
// iteration), error helpers, and the interpreter loop (interpreter.cpp).
//
// Native code signals a Python exception by throwing PyError (see raise helpers below); the
// interpreter loop catches it at the native-call boundary and unwinds Python frames.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ast.h"
#include "heap.h"
#include "loopscope/engine.h"
#include "objects.h"

namespace ls {

struct Frame;
struct CodeObject;
struct AsyncioState;
class TraceRecorder;
struct World;

// The run cannot continue (a budget ran out): unwinds everything, no Python handler runs.
struct RunAborted {
    std::string code;     // e.g. "step-budget"
    std::string message;  // plain English
    int line = 0;
    std::vector<std::string> args;  // the message's pieces, for the app to word (engine/DIAGNOSTICS.md)
};

// A Python exception in flight through C++ code.
struct PyError {
    Value exc;             // an ExceptionObject
    bool reraise = false;  // a bare `raise`/re-raise: the traceback is not extended here
};

// Every builtin type, created once per VM.
struct BuiltinTypes {
    TypeObject *type, *object, *none_type, *bool_, *int_, *float_, *str, *bytes, *list, *tuple,
        *dict, *set, *frozenset, *range, *slice, *function, *builtin_function, *method, *cell,
        *module, *code, *generator, *coroutine, *async_generator, *seq_iter, *staticmethod,
        *classmethod, *property, *not_implemented_type, *ellipsis_type, *native, *super_, *getitem_iter, *traceback;
};

struct ExceptionTypes {
    TypeObject *BaseException, *SystemExit, *KeyboardInterrupt, *GeneratorExit, *Exception,
        *StopIteration, *StopAsyncIteration, *ArithmeticError, *OverflowError, *ZeroDivisionError,
        *AssertionError, *AttributeError, *EOFError, *ImportError, *ModuleNotFoundError,
        *LookupError, *IndexError, *KeyError, *MemoryError, *NameError, *UnboundLocalError,
        *OSError, *FileNotFoundError, *FileExistsError, *PermissionError, *IsADirectoryError,
        *ConnectionError, *TimeoutError, *RuntimeError, *NotImplementedError, *RecursionError,
        *SyntaxError, *IndentationError, *TabError, *SystemError, *TypeError, *ValueError,
        *UnicodeError, *UnicodeDecodeError, *UnicodeEncodeError, *Warning, *UserWarning,
        *DeprecationWarning, *RuntimeWarning, *BaseExceptionGroup, *ExceptionGroup;
};

enum class CompareOp { Lt, Le, Eq, Ne, Gt, Ge };

class VM {
public:
    VM(Host& host, const RunLimits& limits);
    ~VM();
    VM(const VM&) = delete;
    VM& operator=(const VM&) = delete;

    Heap heap;
    BuiltinTypes t{};
    ExceptionTypes e{};
    Value None, True, False, NotImplemented, Ellipsis;
    Ref<DictObject> builtins;  // the builtins module's namespace

    Host& host;
    const RunLimits& limits;

    // ---- making values --------------------------------------------------------------------
    Value str(std::string s);                  // a new str
    Ref<StrObject> intern(std::string_view s);  // shared str for identifiers and attribute names
    Value integer(const mpz_class& v);          // normalises to inline when it fits
    Value list(std::vector<Value> items = {});
    Value tuple(std::vector<Value> items = {});
    Ref<DictObject> new_dict();
    Ref<SetObject> new_set(bool frozen = false);

    // ---- type registry --------------------------------------------------------------------
    // A builtin type: `base` null means object. Methods are added with add_method.
    TypeObject* new_builtin_type(const std::string& name, TypeObject* base);
    void add_method(TypeObject* type, const std::string& name, NativeFn fn);
    void add_static(TypeObject* type, const std::string& name, NativeFn fn);   // staticmethod
    void add_classmethod(TypeObject* type, const std::string& name, NativeFn fn);
    void add_property(TypeObject* type, const std::string& name, NativeFn getter);
    // Makes `type` a native iterator: sets the iternext slot and registers __iter__ (returns
    // self) and __next__ (raises StopIteration when `fn` returns false).
    void add_iternext(TypeObject* type, bool (*fn)(VM&, Object*, Value&));
    void add_builtin(const std::string& name, NativeFn fn);          // a builtins function
    void add_builtin_value(const std::string& name, Value v);
    Value native_function(const std::string& name, const std::string& qualname, NativeFn fn);
    // Native modules (math, random, time, ...) register a factory; `import` calls it once.
    using ModuleFactory = std::function<Value(VM&)>;
    void register_module(const std::string& name, ModuleFactory factory);
    bool module_loaded(const std::string& name) const { return modules_.count(name) != 0; }
    Value new_module(const std::string& name);            // empty ModuleObject
    void module_set(Value module, const std::string& name, Value v);
    Value import_module(const std::string& name);         // cached; raises ModuleNotFoundError

    // ---- protocols (each may call back into Python code) -----------------------------------
    TypeObject* type_of(const Value& v) const {
        switch (v.tag()) {
            case Tag::None: case Tag::Unbound: return t.none_type;
            case Tag::Bool: return t.bool_;
            case Tag::Int: return t.int_;
            case Tag::Float: return t.float_;
            case Tag::Obj: return v.obj()->type;
        }
        return t.object;
    }
    bool isinstance(const Value& v, TypeObject* cls) const;
    bool is_subtype(TypeObject* sub, TypeObject* base) const;
    std::string type_name(const Value& v) const { return type_of(v)->name; }

    std::string repr(const Value& v);
    std::string to_str(const Value& v);   // str(v)
    std::string ascii(const Value& v);
    std::string format(const Value& v, const std::string& spec);  // format(v, spec)
    int64_t hash(const Value& v);
    bool truthy(const Value& v);
    bool eq(const Value& a, const Value& b);
    Value compare(CompareOp op, const Value& a, const Value& b);    // rich comparison result
    bool compare_bool(CompareOp op, const Value& a, const Value& b);
    bool contains(const Value& container, const Value& item);       // `item in container`
    Value binary_op(ast::BinOpKind op, const Value& a, const Value& b, bool inplace = false);
    Value unary_op(ast::UnaryOpKind op, const Value& v);
    int64_t len(const Value& v);

    Value getattr(const Value& obj, StrObject* name);
    Value getattr(const Value& obj, std::string_view name) { return getattr(obj, intern(name).get()); }
    std::optional<Value> getattr_opt(const Value& obj, StrObject* name);  // nullopt on AttributeError
    void setattr(const Value& obj, StrObject* name, Value v);
    void delattr(const Value& obj, StrObject* name);
    // Looks `name` up on the type's MRO without binding (null if absent).
    std::optional<Value> lookup_type(TypeObject* type, StrObject* name) const;
    std::optional<Value> lookup_type(TypeObject* type, std::string_view name);

    Value getitem(const Value& obj, const Value& key);
    void setitem(const Value& obj, const Value& key, Value v);
    void delitem(const Value& obj, const Value& key);

    Value call(const Value& callable, Args args);
    Value call(const Value& callable, std::initializer_list<Value> args);
    Value call_method(const Value& obj, std::string_view name, std::initializer_list<Value> args);

    Value iter(const Value& v);
    bool next(const Value& iterator, Value& out);   // false when exhausted
    std::vector<Value> to_vector(const Value& iterable);  // list(iterable)

    // ---- int helpers (the int type lives in types_int.cpp) ----------------------------------
    bool is_integer(const Value& v) const;          // int, big int or bool
    mpz_class to_mpz(const Value& v) const;         // requires is_integer
    int64_t to_index(const Value& v);               // __index__: raises TypeError/OverflowError
    double to_double(const Value& v);               // int/float -> double; raises TypeError

    // ---- errors ------------------------------------------------------------------------------
    Value new_exception(TypeObject* type, std::vector<Value> args);
    PyError error(TypeObject* type, std::string message);
    [[noreturn]] void raise(TypeObject* type, std::string message) { throw error(type, std::move(message)); }
    [[noreturn]] void type_error(std::string message) { raise(e.TypeError, std::move(message)); }
    [[noreturn]] void value_error(std::string message) { raise(e.ValueError, std::move(message)); }
    [[noreturn]] void index_error(std::string message) { raise(e.IndexError, std::move(message)); }
    [[noreturn]] void key_error(const Value& key);
    [[noreturn]] void attribute_error(const Value& obj, StrObject* name);
    [[noreturn]] void overflow_error(std::string message) { raise(e.OverflowError, std::move(message)); }
    [[noreturn]] void zero_division(std::string message) { raise(e.ZeroDivisionError, std::move(message)); }
    [[noreturn]] void memory_error();
    // "f() takes 2 positional arguments but 3 were given" style checks for natives.
    void check_args(std::string_view fname, Args args, size_t min, size_t max);
    void no_kwargs(std::string_view fname, Args args);
    // Finds a keyword argument by name (null if absent).
    const Value* kwarg(Args args, std::string_view name) const;

    // Memory budget: natives call this before allocating a large block.
    void reserve_bytes(size_t bytes);

    // ---- running code ----------------------------------------------------------------------
    // Runs a compiled module in the __main__ namespace (interpreter.cpp).
    Value run_module(Ref<CodeObject> code, Ref<DictObject> globals);
    // Resumes a generator/coroutine frame with `sent` (or throws `exc` into it) and runs until
    // it yields or returns. Returns true when it yielded (value in `out`), false when it returned
    // (return value in `out`). Exceptions propagate as PyError.
    bool resume(GeneratorObject* gen, Value sent, Value exc, Value& out);

    // Writes to the program's stdout/stderr (through the host).
    void write_stdout(std::string_view s);
    void write_stderr(std::string_view s);

    // The traceback text of an exception, exactly as CPython prints it on stderr.
    std::string format_exception(const Value& exc);

    // ---- pieces of the interpreter that live in vm.cpp / async_protocol.cpp ---------------
    // LOAD_METHOD: returns true when `method` is a plain function to be called with obj as self
    // (no bound method is made); otherwise `method` is the attribute itself.
    bool load_method(const Value& obj, StrObject* name, Value& method);
    bool exception_matches(const Value& exc, const Value& type);   // `except type:`
    // A special method looked up on the type and bound (for `with`): TypeError if missing.
    Value special_method(const Value& obj, const char* name, const char* protocol);
    // PEP 479: StopIteration leaving a generator becomes RuntimeError.
    Value generator_exception_escaping(GeneratorObject* gen, const Value& exc);
    Value get_awaitable(const Value& v, uint32_t where);
    Value get_aiter(const Value& v);
    Value get_anext(const Value& aiter);
    // Sends into a non-generator iterator (for SEND): true = yielded `out`, false = returned `out`.
    bool send_native(const Value& it, Value v, Value& out);
    // The step count passed step_limit. Polls (cancel, memory) when due; then the budget is spent
    // (throws RunAborted), or the machine has work to do at this instruction boundary, or there is
    // nothing to do (returns). Never runs Python code, so native loops may call it.
    void step_budget_exhausted();
    // The interpreter loop's one check per instruction lands here: step_budget_exhausted(), then
    // the queued finalizers (which run Python code, so only at an instruction boundary).
    void attend();
    // Stops the run because the host asked (RunOptions::cancel; throws RunAborted "cancelled").
    [[noreturn]] void run_cancelled();
    // The innermost frame running the student's code (not the asyncio/threading prelude), for
    // diagnostics; the innermost frame when there is none.
    Frame* user_frame() const;
    int user_line() const;

    // Instruction counter (the VM's notion of work done), recursion depth and step budget.
    uint64_t steps = 0;
    int depth = 0;       // Python frames plus native re-entries
    int recursion_limit; // sys.setrecursionlimit changes it; starts at limits.max_recursion
    std::string main_filename;
    std::vector<std::string> main_source_lines;

    struct Interp;       // interpreter state (interpreter.cpp)
    Interp* interp = nullptr;

    uint64_t seed = 0;                    // RunOptions::seed: what "unseeded" randomness starts from

    // Virtual time in the run's unit: the running thread's clock as of instruction `now_steps`.
    // With an instruction cost, every instruction since then adds 1/ips (see clock()).
    double now = 0.0;
    uint64_t now_steps = 0;
    double seconds_per_step = 0;          // 1 / MachineOptions::instructions_per_unit, or 0
    double clock() const { return now + (seconds_per_step > 0 ? double(steps - now_steps) * seconds_per_step : 0.0); }
    void set_clock(double t) {
        now = t;
        now_steps = steps;
    }
    class Machine* machine = nullptr;     // threads, processes, cores (machine.h)

    // The instruction count at which the interpreter must look up (attend()): the smallest of the
    // budget (the run's, or the running task's step), the machine's (a slice ends, a GIL hand-off)
    // and the next poll; 0 while finalizers wait to run. One compare per instruction covers all.
    uint64_t step_limit = 0;
    uint64_t budget_limit = 0;
    uint64_t machine_limit = UINT64_MAX;
    uint64_t poll_at = kPollSteps;
    void update_step_limit() {
        uint64_t hard = budget_limit < machine_limit ? budget_limit : machine_limit;
        step_limit = finalizers_pending ? 0 : (hard < poll_at ? hard : poll_at);
    }
    bool task_step_budget_active = false;    // step_limit is the running task's own budget
    const std::atomic<bool>* cancel = nullptr;  // RunOptions::cancel, polled every kPollSteps
    static constexpr uint64_t kPollSteps = 1u << 16;
    // Memory (RunLimits::max_memory_bytes): the process's resident memory grown since the run
    // began, less the trace's own, measured at every poll.
    size_t memory_baseline = 0;
    size_t memory_used = 0;               // at the last check
    void poll();
    void check_memory();
    std::string current_task_description();  // 'Task-2' (cook), for diagnostics (module_asyncio.cpp)
    std::vector<std::string> current_task_args();  // {"Task-2", "cook"}: the same, as diagnostic args
    AsyncioState* aio = nullptr;          // created by `import asyncio`
    TraceRecorder* trace = nullptr;       // null when the run records no trace
    std::shared_ptr<World> world;         // the simulated web and files (world.h); null: empty, made on first use
    bool trace_lines = false;             // record a `line` event whenever a statement starts

    // What CPython prints from finalizers ("Task exception was never retrieved", "coroutine
    // ... was never awaited") is queued when the object dies and printed at the next
    // instruction boundary, so no Python code runs inside a destructor.
    std::vector<std::function<void(VM&)>> pending_finalizers;
    bool finalizers_pending = false;
    bool finalizers_enabled = true;       // off while the VM is being torn down
    std::set<std::string> warnings_shown; // the "default" warnings filter's registry
    bool at_exit = false;                 // the program ended; its globals are being cleared
    void run_finalizers();
    void defer(std::function<void(VM&)> fn) {
        pending_finalizers.push_back(std::move(fn));
        finalizers_pending = true;
        step_limit = 0;                   // the interpreter attends at its next instruction
    }

    // Creates a class (type(name, bases, ns) and class statements): MRO, layout, __classcell__.
    Value make_class(const std::string& name, std::vector<Ref<TypeObject>> bases, Ref<DictObject> ns);
    Value type_call(TypeObject* cls, Args args);
    // Attributes that are not in any dict (types_object.cpp): __name__, __class__, args, ...
    std::optional<Value> class_special_attr(TypeObject* cls, const std::string& name);
    std::optional<Value> instance_special_attr(const Value& obj, const std::string& name);
    bool exception_set_special(const Value& exc, const std::string& name, const Value& v);
    Value super_getattr(const Value& sup, StrObject* name);
    Value old_style_iterator(const Value& seq);  // iteration through __getitem__
    std::string default_repr(const Value& v);    // <__main__.C object at 0x...>
    Value traceback_object(const Value& exc);    // exc.__traceback__ (None if empty)
    // locals() / globals() of the innermost running Python frame (for builtins).
    Value frame_locals();
    int interp_line() const;                    // line of the innermost running frame (0 if none)
    Value frame_globals();

private:
    void init_types();
    std::vector<Ref<TypeObject>> type_table_;  // keeps every builtin type alive
    void init_exceptions();
    // Heterogeneous lookup: intern(string_view) must not build a std::string on the hot path.
    struct NameHash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
    };
    std::unordered_map<std::string, Ref<StrObject>, NameHash, std::equal_to<>> interned_;
    std::unordered_map<std::string, ModuleFactory> module_factories_;
    std::unordered_map<std::string, Value> modules_;
};

// The VM running on this thread (for finalizers), or null.
VM*& current_vm();
void delete_asyncio_state(VM* vm);  // module_asyncio.cpp

// Helpers for native code.
inline StrObject* as_str(const Value& v) { return v.as<StrObject>(); }

}  // namespace ls
