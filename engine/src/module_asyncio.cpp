// The `asyncio` module: Python-facing Future, Task, Handle and event loop objects over
// asyncio_core, the module-level functions, and the prelude (asyncio_prelude.cpp) that
// defines the rest of the API in Python on top of them.
#include <cmath>

#include "asyncio_core.h"
#include "trace_recorder.h"
#include "compiler.h"
#include "dict.h"
#include "interpreter.h"
#include "seq_util.h"
#include "types.h"

namespace ls {

extern const char* const kAsyncioPrelude;

namespace {

// ---- awaiting a future ------------------------------------------------------------------------

// `await fut`: yields the future once if it is pending, then returns its result (rule 9).
struct FutureIterObject : NativeObject {
    Value future;
    bool yielded = false;
    FutureIterObject(TypeObject* t, Value f) : NativeObject(t), future(std::move(f)) {}
    void clear_refs() override { future = Value(); }
    void traverse(Visitor v, void* c) const override {
        if (future.is_obj()) v(future.obj(), c);
    }
};

bool future_iter_send(VM& vm, Value& self, const Value&, Value& out) {
    auto* it = self.as<FutureIterObject>();
    auto* f = it->future.as<FutureObject>();
    if (!f->done()) {
        if (it->yielded) vm.raise(vm.e.RuntimeError, "await wasn't used with future");
        it->yielded = true;
        f->blocking = true;
        out = it->future;
        return true;
    }
    out = future_result(vm, f);
    return false;
}

Value future_iter_throw(VM& vm, Args args) {
    Value exc = args.size() > 1 ? args[1] : Value();
    if (vm.isinstance(exc, vm.t.type)) exc = vm.call(exc, Args{});
    throw PyError{exc, false};
}

}  // namespace

Value make_sleep0(VM& vm) { return vm.aio->sleep0_ready; }

namespace {

// The bare `yield` of sleep(0) (tasks.__sleep0): yields None once. Its two states are two shared
// objects, so awaiting sleep(0) allocates nothing: the first send swaps "ready" for "done" in
// the awaiting frame.
bool sleep0_send(VM& vm, Value& self, const Value&, Value& out) {
    out = Value();
    if (self.obj() == vm.aio->sleep0_ready.obj()) {
        self = vm.aio->sleep0_done;
        return true;
    }
    return false;
}

Value sleep0_new(VM& vm, Args) { return make_sleep0(vm); }
Value sleep0_await(VM&, Args args) { return args[0]; }

// ---- helpers ----------------------------------------------------------------------------------

FutureObject* self_future(VM& vm, Args args) {
    if (args.size() == 0 || !is_future(vm, args[0])) vm.type_error("descriptor requires a 'Future' object");
    return args[0].as<FutureObject>();
}

TaskObject* self_task(VM& vm, Args args) {
    if (args.size() == 0 || !vm.isinstance(args[0], vm.aio->task_type)) vm.type_error("descriptor requires a 'Task' object");
    return args[0].as<TaskObject>();
}

LoopObject* self_loop(VM& vm, Args args) {
    if (args.size() == 0 || !vm.isinstance(args[0], vm.aio->loop_type)) vm.type_error("descriptor requires an event loop");
    return args[0].as<LoopObject>();
}

// A parameter given by keyword, or at position `pos` (kKeywordOnly: keyword only).
constexpr size_t kKeywordOnly = SIZE_MAX;
Value opt_kw(VM& vm, Args args, const char* name, size_t pos) {
    if (const Value* v = vm.kwarg(args, name)) return *v;
    return pos < args.size() ? args[pos] : Value();
}

LoopObject* get_event_loop_impl(VM& vm) {
    AsyncioState& st = aio(vm);
    if (st.running_loop) return st.running_loop.get();
    if (!st.event_loop.is_obj()) st.event_loop = Value(new_loop(vm));
    return st.event_loop.as<LoopObject>();
}

std::string coro_description(VM& vm, const Value& coro) {
    if (!coro.is_obj() || coro.obj()->type != vm.t.coroutine) return vm.repr(coro);
    auto* g = coro.as<GeneratorObject>();
    std::string name = g->qualname->s + "()";
    if (g->state == GenState::Closed || !g->frame) {
        return name + " done, defined at " + (g->code ? g->code->filename + ":" + std::to_string(g->code->firstlineno) : "?");
    }
    int line = g->state == GenState::Created ? g->code->firstlineno : suspended_line(g);
    return name + " running at " + g->code->filename + ":" + std::to_string(line);
}

const char* future_state_text(const FutureObject* f) {
    switch (f->state) {
        case FutureState::Pending: return "pending";
        case FutureState::Finished: return "finished";
        case FutureState::Cancelled: return "cancelled";
    }
    return "?";
}

std::string callbacks_text(VM& vm, FutureObject* f) {
    if (f->callbacks.empty()) return "";
    std::string out = " cb=[";
    for (size_t i = 0; i < f->callbacks.size(); ++i) {
        const Value& cb = f->callbacks[i];
        if (i) out += ", ";
        if (cb.is_obj() && cb.obj()->type == vm.t.method && cb.as<BoundMethodObject>()->func.is(vm.aio->wakeup_fn)) out += "Task.task_wakeup()";
        else if (cb.is_obj() && cb.obj()->type == vm.t.function) out += cb.as<FunctionObject>()->qualname->s + "() at " +
                                                                      cb.as<FunctionObject>()->code->filename + ":" +
                                                                      std::to_string(cb.as<FunctionObject>()->code->firstlineno);
        else out += vm.repr(cb);
    }
    return out + "]";
}

// ---- Future -----------------------------------------------------------------------------------

Value future_new(VM& vm, Args args) {
    auto* cls = args[0].as<TypeObject>();
    Value loopv = opt_kw(vm, args, "loop", kKeywordOnly);
    Ref<LoopObject> loop = loopv.is_obj() ? Ref<LoopObject>(loopv.as<LoopObject>()) : Ref<LoopObject>(get_event_loop_impl(vm));
    return Value(make<FutureObject>(cls, loop));
}

Value future_init(VM& vm, Args args) {
    FutureObject* f = self_future(vm, args);
    if (const Value* l = vm.kwarg(args, "loop"); l && l->is_obj()) f->loop = Ref<LoopObject>(l->as<LoopObject>());
    return vm.None;
}

Value future_result_m(VM& vm, Args args) { return future_result(vm, self_future(vm, args)); }

Value future_exception_m(VM& vm, Args args) {
    FutureObject* f = self_future(vm, args);
    if (f->state == FutureState::Cancelled) throw PyError{make_cancelled_error(vm, f), false};
    if (f->state == FutureState::Pending) vm.raise(vm.aio->InvalidStateError, "Exception is not set.");
    f->log_traceback = false;
    return f->exception;
}

Value future_done_m(VM& vm, Args args) { return Value::boolean(self_future(vm, args)->done()); }
Value future_cancelled_m(VM& vm, Args args) { return Value::boolean(self_future(vm, args)->state == FutureState::Cancelled); }
Value future_cancel_m(VM& vm, Args args) {
    FutureObject* f = self_future(vm, args);
    return Value::boolean(future_cancel(vm, f, opt_kw(vm, args, "msg", 1)));
}
Value future_set_result_m(VM& vm, Args args) {
    vm.check_args("set_result", Args{args.v + 1, args.n - 1, nullptr}, 1, 1);
    future_set_result(vm, self_future(vm, args), args[1]);
    return vm.None;
}
Value future_set_exception_m(VM& vm, Args args) {
    vm.check_args("set_exception", Args{args.v + 1, args.n - 1, nullptr}, 1, 1);
    future_set_exception(vm, self_future(vm, args), args[1]);
    return vm.None;
}
Value future_add_done_callback_m(VM& vm, Args args) {
    vm.check_args("add_done_callback", Args{args.v + 1, args.n - 1, nullptr}, 1, 1);
    future_add_done_callback(vm, self_future(vm, args), args[1]);
    return vm.None;
}
Value future_remove_done_callback_m(VM& vm, Args args) {
    FutureObject* f = self_future(vm, args);
    size_t before = f->callbacks.size();
    auto& cbs = f->callbacks;
    cbs.erase(std::remove_if(cbs.begin(), cbs.end(), [&](const Value& c) { return vm.eq(c, args[1]); }), cbs.end());
    return Value::integer(static_cast<int64_t>(before - cbs.size()));
}
Value future_get_loop_m(VM& vm, Args args) { return Value(self_future(vm, args)->loop); }
Value future_await_m(VM& vm, Args args) { return Value(make<FutureIterObject>(vm.aio->future_iter_type, args[0])); }
Value future_blocking_get(VM& vm, Args args) { return Value::boolean(self_future(vm, args)->blocking); }
Value future_make_cancelled_error_m(VM& vm, Args args) { return make_cancelled_error(vm, self_future(vm, args)); }
Value future_cancel_message_get(VM& vm, Args args) { return self_future(vm, args)->cancel_message; }

Value future_repr_m(VM& vm, Args args) {
    FutureObject* f = self_future(vm, args);
    std::string s = "<" + f->type->name + " " + future_state_text(f);
    if (f->state == FutureState::Finished) {
        if (f->exception.is_obj()) s += " exception=" + vm.repr(f->exception);
        else s += " result=" + vm.repr(f->result);
    }
    s += callbacks_text(vm, f);
    return vm.str(s + ">");
}

// ---- Task -------------------------------------------------------------------------------------

Value task_new(VM& vm, Args args) {
    if (args.size() < 2) vm.type_error("Task() missing required argument 'coro' (pos 1)");
    Value loopv = opt_kw(vm, args, "loop", kKeywordOnly);
    Ref<LoopObject> loop = loopv.is_obj() ? Ref<LoopObject>(loopv.as<LoopObject>()) : Ref<LoopObject>(get_event_loop_impl(vm));
    return Value(new_task(vm, loop, args[1], opt_kw(vm, args, "name", kKeywordOnly)));
}

Value task_init(VM& vm, Args) { return vm.None; }

Value task_cancel_m(VM& vm, Args args) { return Value::boolean(task_cancel(vm, self_task(vm, args), opt_kw(vm, args, "msg", 1))); }
Value task_get_name_m(VM& vm, Args args) { return self_task(vm, args)->name; }
Value task_set_name_m(VM& vm, Args args) {
    self_task(vm, args)->name = vm.str(vm.to_str(args[1]));
    return vm.None;
}
Value task_get_coro_m(VM& vm, Args args) { return self_task(vm, args)->coro; }
Value task_cancelling_m(VM& vm, Args args) { return Value::integer(self_task(vm, args)->num_cancels_requested); }
Value task_uncancel_m(VM& vm, Args args) {
    TaskObject* t = self_task(vm, args);
    if (t->num_cancels_requested > 0) --t->num_cancels_requested;
    return Value::integer(t->num_cancels_requested);
}
Value task_repr_m(VM& vm, Args args) {
    TaskObject* t = self_task(vm, args);
    std::string s = std::string("<Task ") + future_state_text(t) + " name=" + vm.repr(t->name) + " coro=<" + coro_description(vm, t->coro) + ">";
    if (t->state == FutureState::Finished) {
        if (t->exception.is_obj()) s += " exception=" + vm.repr(t->exception);
        else s += " result=" + vm.repr(t->result);
    }
    if (t->fut_waiter) s += " wait_for=" + vm.repr(Value(t->fut_waiter));
    s += callbacks_text(vm, t);
    return vm.str(s + ">");
}

// ---- Handle -----------------------------------------------------------------------------------

Value handle_cancel_m(VM& vm, Args args) {
    auto* h = args[0].as<HandleObject>();
    if (!h->cancelled) {
        if (vm.trace && h->is_timer && !h->fired) vm.trace->timer_cancelled(vm, h->seq);
        h->cancelled = true;
        h->callback = Value();
        h->args.clear();
        h->step_task = nullptr;
    }
    return vm.None;
}
Value handle_cancelled_m(VM&, Args args) { return Value::boolean(args[0].as<HandleObject>()->cancelled); }
Value handle_when_m(VM&, Args args) { return Value::floating(args[0].as<HandleObject>()->when); }
Value handle_repr_m(VM& vm, Args args) {
    auto* h = args[0].as<HandleObject>();
    std::string s = "<" + h->type->name;
    if (h->cancelled) s += " cancelled";
    if (h->is_timer) s += " when=" + vm.repr(Value::floating(h->when));
    if (!h->cancelled && h->step_task) s += " Task.__step()";
    if (!h->cancelled && h->callback.is_obj()) {
        const Value& cb = h->callback;
        std::string n = cb.obj()->type == vm.t.function ? cb.as<FunctionObject>()->qualname->s : vm.repr(cb);
        s += " " + n + "()";
    }
    return vm.str(s + ">");
}

// ---- the event loop ---------------------------------------------------------------------------

Value loop_run_until_complete_m(VM& vm, Args args) {
    vm.check_args("run_until_complete", Args{args.v + 1, args.n - 1, nullptr}, 1, 1);
    return loop_run_until_complete(vm, self_loop(vm, args), args[1]);
}
Value loop_run_forever_m(VM& vm, Args args) {
    loop_run_forever(vm, self_loop(vm, args));
    return vm.None;
}
Value loop_stop_m(VM& vm, Args args) {
    self_loop(vm, args)->stopping = true;
    return vm.None;
}
Value loop_close_m(VM& vm, Args args) {
    LoopObject* l = self_loop(vm, args);
    if (l->running) vm.raise(vm.e.RuntimeError, "Cannot close a running event loop");
    if (l->closed) return vm.None;
    l->closed = true;
    l->ready.clear();
    l->timers.clear();
    return vm.None;
}
Value loop_is_running_m(VM& vm, Args args) { return Value::boolean(self_loop(vm, args)->running); }
Value loop_is_closed_m(VM& vm, Args args) { return Value::boolean(self_loop(vm, args)->closed); }
Value loop_time_m(VM& vm, Args) { return Value::floating(vm.clock()); }
Value loop_get_debug_m(VM&, Args) { return Value::boolean(false); }
Value loop_set_debug_m(VM& vm, Args) { return vm.None; }

void check_callback(VM& vm, const Value& cb, const char* method) {
    if (!(cb.is_obj() && (cb.obj()->type == vm.t.function || cb.obj()->type == vm.t.builtin_function ||
                          cb.obj()->type == vm.t.method || vm.lookup_type(cb.obj()->type, "__call__") ||
                          vm.isinstance(cb, vm.t.type))))
        vm.type_error(std::string("a callable object was expected by ") + method + "(), got " + vm.repr(cb));
}

Value loop_call_soon_m(VM& vm, Args args) {
    if (args.size() < 2) vm.type_error("call_soon() missing 1 required positional argument: 'callback'");
    check_callback(vm, args[1], "call_soon");
    return Value(loop_call_soon(vm, self_loop(vm, args), args[1], std::vector<Value>(args.v + 2, args.v + args.n)));
}
Value loop_call_soon_threadsafe_m(VM& vm, Args args) {
    Value h = loop_call_soon_m(vm, args);
    loop_wake_from_thread(vm, self_loop(vm, args));
    return h;
}
Value loop_call_later_m(VM& vm, Args args) {
    if (args.size() < 3) vm.type_error("call_later() missing required arguments: 'delay' and 'callback'");
    check_callback(vm, args[2], "call_later");
    double delay = vm.to_double(args[1]);
    return Value(loop_call_at(vm, self_loop(vm, args), vm.clock() + delay, args[2], std::vector<Value>(args.v + 3, args.v + args.n)));
}
Value loop_call_at_m(VM& vm, Args args) {
    if (args.size() < 3) vm.type_error("call_at() missing required arguments: 'when' and 'callback'");
    check_callback(vm, args[2], "call_at");
    return Value(loop_call_at(vm, self_loop(vm, args), vm.to_double(args[1]), args[2], std::vector<Value>(args.v + 3, args.v + args.n)));
}
Value loop_create_task_m(VM& vm, Args args) {
    LoopObject* l = self_loop(vm, args);
    if (args.size() < 2) vm.type_error("create_task() missing 1 required positional argument: 'coro'");
    if (l->closed) {
        if (args[1].is_obj() && args[1].obj()->type == vm.t.coroutine) args[1].as<GeneratorObject>()->awaited = false;
        vm.raise(vm.e.RuntimeError, "Event loop is closed");
    }
    return Value(new_task(vm, Ref<LoopObject>(l), args[1], opt_kw(vm, args, "name", kKeywordOnly)));
}
Value loop_create_future_m(VM& vm, Args args) {
    Ref<FutureObject> f = new_future(vm, Ref<LoopObject>(self_loop(vm, args)));
    note_library_maker(vm, f.get());
    return Value(f);
}
Value loop_repr_m(VM& vm, Args args) {
    LoopObject* l = self_loop(vm, args);
    auto b = [](bool x) { return std::string(x ? "True" : "False"); };
    return vm.str("<_UnixSelectorEventLoop running=" + b(l->running) + " closed=" + b(l->closed) + " debug=False>");
}
Value loop_set_exception_handler_m(VM& vm, Args args) {
    vm.check_args("set_exception_handler", Args{args.v + 1, args.n - 1, nullptr}, 1, 1);
    if (!args[1].is_none() && !vm.lookup_type(vm.type_of(args[1]), "__call__") && args[1].obj()->type != vm.t.function &&
        args[1].obj()->type != vm.t.builtin_function && args[1].obj()->type != vm.t.method)
        vm.type_error("A callable object or None is expected, got " + vm.repr(args[1]));
    self_loop(vm, args)->exception_handler = args[1];
    return vm.None;
}
Value loop_get_exception_handler_m(VM& vm, Args args) { return self_loop(vm, args)->exception_handler; }
Value loop_default_exception_handler_m(VM& vm, Args args);
Value loop_call_exception_handler_m(VM& vm, Args args) {
    LoopObject* l = self_loop(vm, args);
    if (l->exception_handler.is_none()) return loop_default_exception_handler_m(vm, args);
    try {
        vm.call(l->exception_handler, {args[0], args[1]});
    } catch (PyError& err) {
        vm.write_stderr("Unhandled error in exception handler\n" + vm.format_exception(err.exc));
    }
    return vm.None;
}
Value loop_default_exception_handler_m(VM& vm, Args args) {
    // The default handler: message, the other keys sorted, then the exception's traceback.
    Value ctx = args[1];
    auto* d = ctx.as<DictObject>();
    std::string text = vm.to_str(*dict_find_str(d, vm.intern("message").get()));
    std::vector<std::pair<std::string, Value>> rest;
    Value exc;
    for (auto& e : d->entries) {
        if (!e.used) continue;
        std::string k = vm.to_str(e.key);
        if (k == "message") continue;
        if (k == "exception") { exc = e.value; continue; }
        rest.emplace_back(k, e.value);
    }
    std::sort(rest.begin(), rest.end(), [](auto& a, auto& b) { return a.first < b.first; });
    for (auto& [k, v] : rest) text += "\n" + k + ": " + vm.repr(v);
    text += "\n";
    if (exc.is_obj()) text += vm.format_exception(exc);
    vm.write_stderr(text);
    return vm.None;
}

// ---- module functions -------------------------------------------------------------------------

Value aio_new_event_loop(VM& vm, Args) { return Value(new_loop(vm)); }
Value aio_get_event_loop(VM& vm, Args) { return Value(get_event_loop_impl(vm)); }
Value aio_set_event_loop(VM& vm, Args args) {
    aio(vm).event_loop = args.size() > 0 ? args[0] : Value();
    return vm.None;
}
Value aio_get_running_loop(VM& vm, Args) { return Value(running_loop_or_raise(vm)); }
Value aio_private_get_running_loop(VM& vm, Args) {
    return vm.aio->running_loop ? Value(vm.aio->running_loop) : Value();
}
Value aio_create_task(VM& vm, Args args) {
    if (args.size() < 1) vm.type_error("create_task() missing 1 required positional argument: 'coro'");
    LoopObject* l;
    try {
        l = running_loop_or_raise(vm);
    } catch (PyError& err) {
        // CPython's create_task frame (and so the coroutine) lives on in the traceback.
        err.exc.as<ExceptionObject>()->held = args[0];
        throw;
    }
    // 3.11: the task is created with a Task-N name, then renamed (rule 13).
    Ref<TaskObject> t = new_task(vm, Ref<LoopObject>(l), args[0], Value());
    Value name = opt_kw(vm, args, "name", 1);
    if (!name.is_none()) t->name = vm.str(vm.to_str(name));
    return Value(t);
}
Value aio_ensure_future(VM& vm, Args args) {
    Value loopv = opt_kw(vm, args, "loop", kKeywordOnly);
    LoopObject* l = loopv.is_obj() ? loopv.as<LoopObject>() : get_event_loop_impl(vm);
    return ensure_future(vm, args[0], l);
}
Value aio_current_task(VM& vm, Args) {
    AsyncioState& st = aio(vm);
    if (!st.running_loop) vm.raise(vm.e.RuntimeError, "no running event loop");
    return st.current_task ? Value(st.current_task) : Value();
}
Value aio_all_tasks(VM& vm, Args args) {
    Value loopv = opt_kw(vm, args, "loop", 0);
    LoopObject* l = loopv.is_obj() ? loopv.as<LoopObject>() : running_loop_or_raise(vm);
    Ref<SetObject> s = vm.new_set();
    Value sv(s);
    for (TaskObject* t : l->tasks)
        if (t && !t->done()) vm.call_method(sv, "add", {Value(t)});
    return sv;
}
Value aio_iscoroutine(VM& vm, Args args) { return Value::boolean(args.size() == 1 && vm.isinstance(args[0], vm.t.coroutine)); }
Value aio_iscoroutinefunction(VM& vm, Args args) {
    Value f = args[0];
    if (f.is_obj() && f.obj()->type == vm.t.method) f = f.as<BoundMethodObject>()->func;
    return Value::boolean(f.is_obj() && f.obj()->type == vm.t.function && f.as<FunctionObject>()->code->is(kCodeCoroutine));
}
Value aio_isfuture(VM& vm, Args args) { return Value::boolean(is_future(vm, args[0])); }
Value aio_run_until_complete_cb(VM& vm, Args args) {
    auto* f = args[0].as<FutureObject>();
    if (f->state != FutureState::Cancelled) {
        Value exc = f->exception;
        f->log_traceback = false;
        if (exc.is_obj() && (vm.isinstance(exc, vm.e.SystemExit) || vm.isinstance(exc, vm.e.KeyboardInterrupt))) return vm.None;
    }
    f->loop->stopping = true;
    return vm.None;
}
Value aio_set_result_unless_cancelled(VM& vm, Args args) {
    auto* f = args[0].as<FutureObject>();
    if (f->state == FutureState::Cancelled) return vm.None;
    future_set_result(vm, f, args.size() > 1 ? args[1] : Value());
    return vm.None;
}
Value loop_run_in_executor_m(VM& vm, Args args) {
    Value fn = vm.getattr(vm.aio->module, "_run_in_executor");
    return vm.call(fn, args);
}

Value aio_loop_tasks(VM& vm, Args args) {
    std::vector<Value> out;
    for (TaskObject* t : args[0].as<LoopObject>()->tasks)
        if (t) out.push_back(Value(t));
    return vm.list(std::move(out));
}
Value aio_loop_asyncgens(VM& vm, Args args) {
    std::vector<Value> out;
    for (GeneratorObject* g : args[0].as<LoopObject>()->asyncgens) out.push_back(Value(g));
    return vm.list(std::move(out));
}

void add_fn(VM& vm, Value module, const char* name, NativeFn fn) {
    vm.module_set(module, name, vm.native_function(name, name, fn));
}

Value make_asyncio_module(VM& vm) {
    if (!vm.aio) vm.aio = new AsyncioState();
    AsyncioState& st = aio(vm);
    Value m = vm.new_module("asyncio");
    st.module = m;

    // Exceptions live in asyncio.exceptions, as CPython prints them in tracebacks.
    st.CancelledError = vm.new_builtin_type("CancelledError", vm.e.BaseException);
    st.InvalidStateError = vm.new_builtin_type("InvalidStateError", vm.e.Exception);
    for (TypeObject* t : {st.CancelledError, st.InvalidStateError}) {
        t->is_exception = true;
        t->instance_has_dict = true;
        t->base_layout = vm.e.BaseException;
        t->module = "asyncio.exceptions";
    }
    vm.module_set(m, "CancelledError", Value(st.CancelledError));
    vm.module_set(m, "InvalidStateError", Value(st.InvalidStateError));
    vm.module_set(m, "TimeoutError", Value(vm.e.TimeoutError));

    st.future_type = vm.new_builtin_type("Future", nullptr);
    st.future_type->instance_has_dict = true;
    st.future_type->module = "asyncio";
    vm.add_static(st.future_type, "__new__", future_new);
    vm.add_method(st.future_type, "__init__", future_init);
    vm.add_method(st.future_type, "result", future_result_m);
    vm.add_method(st.future_type, "exception", future_exception_m);
    vm.add_method(st.future_type, "done", future_done_m);
    vm.add_method(st.future_type, "cancelled", future_cancelled_m);
    vm.add_method(st.future_type, "cancel", future_cancel_m);
    vm.add_method(st.future_type, "set_result", future_set_result_m);
    vm.add_method(st.future_type, "set_exception", future_set_exception_m);
    vm.add_method(st.future_type, "add_done_callback", future_add_done_callback_m);
    vm.add_method(st.future_type, "remove_done_callback", future_remove_done_callback_m);
    vm.add_method(st.future_type, "get_loop", future_get_loop_m);
    vm.add_method(st.future_type, "__await__", future_await_m);
    vm.add_method(st.future_type, "__iter__", future_await_m);
    vm.add_method(st.future_type, "__repr__", future_repr_m);
    vm.add_property(st.future_type, "_asyncio_future_blocking", future_blocking_get);
    vm.add_method(st.future_type, "_make_cancelled_error", future_make_cancelled_error_m);
    vm.add_property(st.future_type, "_cancel_message", future_cancel_message_get);
    vm.module_set(m, "Future", Value(st.future_type));

    st.task_type = vm.new_builtin_type("Task", st.future_type);
    st.task_type->instance_has_dict = true;
    st.task_type->module = "asyncio";
    vm.add_static(st.task_type, "__new__", task_new);
    vm.add_method(st.task_type, "__init__", task_init);
    vm.add_method(st.task_type, "cancel", task_cancel_m);
    vm.add_method(st.task_type, "get_name", task_get_name_m);
    vm.add_method(st.task_type, "set_name", task_set_name_m);
    vm.add_method(st.task_type, "get_coro", task_get_coro_m);
    vm.add_method(st.task_type, "cancelling", task_cancelling_m);
    vm.add_method(st.task_type, "uncancel", task_uncancel_m);
    vm.add_method(st.task_type, "__repr__", task_repr_m);
    vm.module_set(m, "Task", Value(st.task_type));
    st.step_fn = vm.native_function("__step", "Task.__step", task_step_native);
    st.wakeup_fn = vm.native_function("__wakeup", "Task.__wakeup", task_wakeup_native);

    st.future_iter_type = vm.new_builtin_type("FutureIter", nullptr);
    st.future_iter_type->await_send = future_iter_send;
    vm.add_method(st.future_iter_type, "throw", future_iter_throw);

    st.sleep0_type = vm.new_builtin_type("_Sleep0", nullptr);
    st.sleep0_type->await_send = sleep0_send;
    st.sleep0_type->await_returns_self = true;
    vm.add_method(st.sleep0_type, "__await__", sleep0_await);
    vm.add_method(st.sleep0_type, "throw", future_iter_throw);
    st.sleep0_ready = Value(make<NativeObject>(st.sleep0_type));
    st.sleep0_done = Value(make<NativeObject>(st.sleep0_type));
    vm.module_set(m, "_sleep0", vm.native_function("_sleep0", "_sleep0", sleep0_new));

    st.handle_type = vm.new_builtin_type("Handle", nullptr);
    st.timer_handle_type = vm.new_builtin_type("TimerHandle", st.handle_type);
    vm.add_method(st.handle_type, "cancel", handle_cancel_m);
    vm.add_method(st.handle_type, "cancelled", handle_cancelled_m);
    vm.add_method(st.handle_type, "__repr__", handle_repr_m);
    vm.add_method(st.timer_handle_type, "when", handle_when_m);

    st.loop_type = vm.new_builtin_type("_UnixSelectorEventLoop", nullptr);
    st.loop_type->instance_has_dict = false;
    vm.add_method(st.loop_type, "run_until_complete", loop_run_until_complete_m);
    vm.add_method(st.loop_type, "run_forever", loop_run_forever_m);
    vm.add_method(st.loop_type, "stop", loop_stop_m);
    vm.add_method(st.loop_type, "close", loop_close_m);
    vm.add_method(st.loop_type, "is_running", loop_is_running_m);
    vm.add_method(st.loop_type, "is_closed", loop_is_closed_m);
    vm.add_method(st.loop_type, "time", loop_time_m);
    vm.add_method(st.loop_type, "get_debug", loop_get_debug_m);
    vm.add_method(st.loop_type, "set_debug", loop_set_debug_m);
    vm.add_method(st.loop_type, "call_soon", loop_call_soon_m);
    vm.add_method(st.loop_type, "call_soon_threadsafe", loop_call_soon_threadsafe_m);
    vm.add_method(st.loop_type, "call_later", loop_call_later_m);
    vm.add_method(st.loop_type, "call_at", loop_call_at_m);
    vm.add_method(st.loop_type, "create_task", loop_create_task_m);
    vm.add_method(st.loop_type, "create_future", loop_create_future_m);
    vm.add_method(st.loop_type, "call_exception_handler", loop_call_exception_handler_m);
    vm.add_method(st.loop_type, "default_exception_handler", loop_default_exception_handler_m);
    vm.add_method(st.loop_type, "set_exception_handler", loop_set_exception_handler_m);
    vm.add_method(st.loop_type, "get_exception_handler", loop_get_exception_handler_m);
    vm.add_method(st.loop_type, "__repr__", loop_repr_m);
    vm.add_method(st.loop_type, "run_in_executor", loop_run_in_executor_m);
    vm.module_set(m, "AbstractEventLoop", Value(st.loop_type));

    add_fn(vm, m, "new_event_loop", aio_new_event_loop);
    add_fn(vm, m, "get_event_loop", aio_get_event_loop);
    add_fn(vm, m, "set_event_loop", aio_set_event_loop);
    add_fn(vm, m, "get_running_loop", aio_get_running_loop);
    add_fn(vm, m, "_get_running_loop", aio_private_get_running_loop);
    add_fn(vm, m, "create_task", aio_create_task);
    add_fn(vm, m, "ensure_future", aio_ensure_future);
    add_fn(vm, m, "current_task", aio_current_task);
    add_fn(vm, m, "all_tasks", aio_all_tasks);
    add_fn(vm, m, "iscoroutine", aio_iscoroutine);
    add_fn(vm, m, "iscoroutinefunction", aio_iscoroutinefunction);
    add_fn(vm, m, "isfuture", aio_isfuture);
    add_fn(vm, m, "_run_until_complete_cb", aio_run_until_complete_cb);
    add_fn(vm, m, "_set_result_unless_cancelled", aio_set_result_unless_cancelled);

    add_fn(vm, m, "_loop_tasks", aio_loop_tasks);
    add_fn(vm, m, "_loop_asyncgens", aio_loop_asyncgens);

    init_async_generators(vm);

    // The rest of the API is Python (asyncio_prelude.cpp), run in the module's namespace.
    SyntaxErrorInfo err;
    Ref<CodeObject> code = compile_source(vm, kAsyncioPrelude, "<asyncio>", err);
    if (!code) vm.raise(vm.e.SystemError, "asyncio prelude: line " + std::to_string(err.line) + ": " + err.message);
    mark_library_code(*code);
    vm.run_module(code, m.as<ModuleObject>()->dict);
    st.sleep_fn = vm.getattr(m, "sleep");
    return m;
}

}  // namespace

void mark_library_code(CodeObject& code) {
    code.flags |= kCodeLibrary;
    for (auto& c : code.consts)
        if (c.is_obj() && c.obj()->type && c.obj()->type->name == "code") mark_library_code(*c.as<CodeObject>());
}

std::string VM::current_task_description() {
    if (!aio || !aio->current_task) return "?";
    TaskObject* task = aio->current_task;
    std::string out = "'" + to_str(task->name) + "'";
    if (task->coro.is_obj() && task->coro.obj()->type == t.coroutine) out += " (" + task->coro.as<GeneratorObject>()->qualname->s + ")";
    return out;
}

std::vector<std::string> VM::current_task_args() {
    if (!aio || !aio->current_task) return {"?", ""};
    TaskObject* task = aio->current_task;
    const bool coro = task->coro.is_obj() && task->coro.obj()->type == t.coroutine;
    return {to_str(task->name), coro ? task->coro.as<GeneratorObject>()->qualname->s : std::string()};
}

void delete_asyncio_state(VM* vm) {
    // Detached first: what the state's members free as they go (a loop leaving `loops`) must
    // not reach members already destroyed.
    AsyncioState* state = vm->aio;
    vm->aio = nullptr;
    delete state;
}

void init_module_asyncio(VM& vm) {
    vm.register_module("asyncio", make_asyncio_module);
}

}  // namespace ls
