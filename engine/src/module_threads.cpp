// The native side of threads and processes: `_lsthread` (what the Python modules threading,
// concurrent.futures and multiprocessing in threads_prelude.cpp are built on), `loopscope`
// (busy work for lessons) and sys.setswitchinterval. The scheduling itself is machine.cpp.
#include <algorithm>
#include <deque>

#include "interpreter.h"
#include "machine.h"
#include "types.h"
#include "vm.h"

namespace ls {

extern const char* const kThreadingModule;            // threads_prelude.cpp
extern const char* const kConcurrentFuturesModule;
extern const char* const kMultiprocessingModule;
extern const char* const kQueueModule;

namespace {

Machine& machine(VM& vm) {
    if (!vm.machine) vm.raise(vm.e.RuntimeError, "threads need the simulated machine");
    return *vm.machine;
}

double timeout_arg(VM& vm, Args args, size_t i) {
    if (args.size() <= i || args[i].is_none()) return -1;
    return vm.to_double(args[i]);
}

int tid_arg(VM& vm, const Value& v) {
    int tid = static_cast<int>(vm.to_index(v));
    if (!machine(vm).valid(tid)) vm.value_error("no such thread");
    return tid;
}

// ---- threads -----------------------------------------------------------------------------

// start(body, name, daemon) -> thread id, in the current process
Value start_thread(VM& vm, Args args) {
    vm.check_args("start", args, 3, 3);
    Machine& m = machine(vm);
    return Value::integer(m.spawn(args[0], vm.to_str(args[1]), m.process_of(m.current()), vm.truthy(args[2])));
}

// start_process(body, name) -> thread id of the new process's main thread
Value start_process(VM& vm, Args args) {
    vm.check_args("start_process", args, 2, 2);
    Machine& m = machine(vm);
    std::string name = vm.to_str(args[1]);
    int p = m.new_process(name);
    // Its main thread is named after the process, so the trace's thread lanes tell them apart.
    return Value::integer(m.spawn(args[0], name, p, false));
}

Value join_thread(VM& vm, Args args) {
    vm.check_args("join", args, 1, 2);
    return Value::boolean(machine(vm).join(tid_arg(vm, args[0]), timeout_arg(vm, args, 1)));
}

Value is_alive(VM& vm, Args args) {
    vm.check_args("is_alive", args, 1, 1);
    return Value::boolean(!machine(vm).finished(tid_arg(vm, args[0])));
}

Value get_ident(VM& vm, Args) { return Value::integer(machine(vm).current()); }
Value process_id(VM& vm, Args) {
    Machine& m = machine(vm);
    return Value::integer(m.process_of(m.current()));
}
Value cores(VM& vm, Args) { return Value::integer(machine(vm).cores()); }

Value set_name(VM& vm, Args args) {
    vm.check_args("set_name", args, 2, 2);
    machine(vm).set_name(tid_arg(vm, args[0]), vm.to_str(args[1]));
    return vm.None;
}

// report(thread_name, exc): threading.excepthook's output.
Value report(VM& vm, Args args) {
    vm.check_args("report", args, 2, 2);
    vm.write_stderr(vm.to_str(args[0]) + vm.format_exception(args[1]));
    return vm.None;
}

// ---- locks -------------------------------------------------------------------------------

struct LockObject : NativeObject {
    int holder = -1;              // thread id, or -1 when unlocked
    std::deque<int> waiters;      // in arrival order
    using NativeObject::NativeObject;
};

// A lock wait inside queue.Queue (its conditions wait on locks) is a queue wait for the trace.
// Read from the calling frames, so it costs the program no instructions.
BlockReason lock_wait_reason(VM& vm) {
    for (Frame* f = vm.interp ? vm.interp->current : nullptr; f && f->code->is(kCodeLibrary); f = f->back) {
        const std::string& q = f->code->qualname;
        if (q.rfind("Queue.", 0) == 0 || q.rfind("LifoQueue.", 0) == 0 || q.rfind("PriorityQueue.", 0) == 0) return BlockReason::Queue;
    }
    return BlockReason::Lock;
}

bool lock_acquire(VM& vm, LockObject* l, bool blocking, double timeout) {
    Machine& m = machine(vm);
    if (l->holder < 0) {
        l->holder = m.current();
        return true;
    }
    if (!blocking) return false;
    double until = timeout < 0 ? Machine::kNever : vm.clock() + timeout;
    for (;;) {
        l->waiters.push_back(m.current());
        const BlockReason reason = lock_wait_reason(vm);
        m.block(reason, reason == BlockReason::Queue ? "a queue" : "a lock", until);
        auto& w = l->waiters;
        w.erase(std::remove(w.begin(), w.end(), m.current()), w.end());
        if (l->holder < 0) {
            l->holder = m.current();
            return true;
        }
        if (until < Machine::kNever && vm.clock() >= until) return false;
    }
}

Value lock_acquire_m(VM& vm, Args args) {
    auto* l = args[0].as<LockObject>();
    bool blocking = true;
    double timeout = -1;
    if (args.size() > 1) blocking = vm.truthy(args[1]);
    if (args.size() > 2) timeout = vm.to_double(args[2]);
    if (args.kw)
        for (auto& kw : *args.kw) {
            if (kw.name->s == "blocking") blocking = vm.truthy(kw.value);
            else if (kw.name->s == "timeout") timeout = vm.to_double(kw.value);
            else vm.type_error("acquire() got an unexpected keyword argument '" + kw.name->s + "'");
        }
    if (!blocking && timeout != -1) vm.value_error("can't specify a timeout for a non-blocking call");
    if (timeout < 0 && timeout != -1) vm.value_error("timeout value must be a non-negative number");
    return Value::boolean(lock_acquire(vm, l, blocking, timeout));
}

Value lock_release_m(VM& vm, Args args) {
    auto* l = args[0].as<LockObject>();
    if (l->holder < 0) vm.raise(vm.e.RuntimeError, "release unlocked lock");
    l->holder = -1;
    // The first waiter may take it when it next runs (the releaser may take it back first).
    if (!l->waiters.empty()) machine(vm).notify(l->waiters.front());
    return vm.None;
}

Value lock_locked_m(VM&, Args args) { return Value::boolean(args[0].as<LockObject>()->holder >= 0); }
Value lock_enter_m(VM& vm, Args args) {
    lock_acquire(vm, args[0].as<LockObject>(), true, -1);
    return Value::boolean(true);
}
Value lock_exit_m(VM& vm, Args args) { return lock_release_m(vm, Args{args.v, 1, nullptr}); }
Value lock_repr_m(VM& vm, Args args) {
    auto* l = args[0].as<LockObject>();
    std::string plain = vm.default_repr(args[0]);  // <_thread.lock object at 0x...>
    return vm.str(std::string("<") + (l->holder >= 0 ? "locked" : "unlocked") + " _thread.lock object at " + plain.substr(plain.rfind("0x")));
}

TypeObject* make_lock_type(VM& vm) {
    TypeObject* type = vm.new_builtin_type("lock", nullptr);
    type->module = "_thread";
    vm.add_method(type, "acquire", lock_acquire_m);
    vm.add_method(type, "release", lock_release_m);
    vm.add_method(type, "locked", lock_locked_m);
    vm.add_method(type, "__enter__", lock_enter_m);
    vm.add_method(type, "__exit__", lock_exit_m);
    vm.add_method(type, "acquire_lock", lock_acquire_m);
    vm.add_method(type, "release_lock", lock_release_m);
    vm.add_method(type, "__repr__", lock_repr_m);
    return type;
}

Value allocate_lock(VM& vm, Args) {
    Value type = vm.getattr(vm.import_module("_lsthread"), "LockType");
    return Value(make<LockObject>(type.as<TypeObject>()));
}

// ---- busy work and the switch interval ---------------------------------------------------

Value busy(VM& vm, Args args) {
    vm.check_args("busy", args, 1, 1);
    double units = vm.to_double(args[0]);
    if (units < 0) vm.value_error("busy() duration must be non-negative");
    if (vm.machine) vm.machine->busy(units);
    else vm.set_clock(vm.clock() + units);
    return vm.None;
}

Value setswitchinterval(VM& vm, Args args) {
    vm.check_args("setswitchinterval", args, 1, 1);
    double s = vm.to_double(args[0]);
    if (s <= 0) vm.value_error("switch interval must be strictly positive");
    machine(vm).set_switch_interval(s);
    return vm.None;
}
Value getswitchinterval(VM& vm, Args) { return Value::floating(machine(vm).switch_interval()); }

void add(VM& vm, Value m, const char* name, NativeFn fn) { vm.module_set(m, name, vm.native_function(name, name, fn)); }

}  // namespace

void init_module_threads(VM& vm) {
    vm.register_module("_lsthread", [](VM& vm) {
        Value m = vm.new_module("_lsthread");
        add(vm, m, "start", start_thread);
        add(vm, m, "start_process", start_process);
        add(vm, m, "join", join_thread);
        add(vm, m, "is_alive", is_alive);
        add(vm, m, "get_ident", get_ident);
        add(vm, m, "process_id", process_id);
        add(vm, m, "cores", cores);
        add(vm, m, "set_name", set_name);
        add(vm, m, "report", report);
        add(vm, m, "allocate_lock", allocate_lock);
        vm.module_set(m, "LockType", Value(make_lock_type(vm)));
        add(vm, m, "setswitchinterval", setswitchinterval);
        add(vm, m, "getswitchinterval", getswitchinterval);
        return m;
    });
    vm.register_module("loopscope", [](VM& vm) {
        Value m = vm.new_module("loopscope");
        add(vm, m, "busy", busy);
        return m;
    });
    register_python_module(vm, "threading", kThreadingModule);
    register_python_module(vm, "queue", kQueueModule);
    register_python_module(vm, "concurrent", "");
    register_python_module(vm, "concurrent.futures", kConcurrentFuturesModule);
    register_python_module(vm, "multiprocessing", kMultiprocessingModule);
}

}  // namespace ls
