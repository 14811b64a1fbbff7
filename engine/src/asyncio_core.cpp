#include "asyncio_core.h"

#include "machine.h"

#include <algorithm>

#include "dict.h"
#include "float_repr.h"
#include "interpreter.h"
#include "trace_recorder.h"
#include "world_io.h"

namespace ls {

AsyncioState& aio(VM& vm) { return *vm.aio; }

namespace {

bool is_task(VM& vm, const Value& v) {
    return v.is_obj() && (v.obj()->type == vm.aio->task_type || vm.is_subtype(v.obj()->type, vm.aio->task_type));
}

// A task's wake-up is queued: `cb` is Task.__wakeup bound to a task that awaited `f`. The trace
// records it now, when it joins the ready queue, with what completed `f`.
void trace_wakeup_queued(VM& vm, FutureObject* f, const Value& cb) {
    if (!cb.is_obj() || cb.obj()->type != vm.t.method) return;
    auto* m = cb.as<BoundMethodObject>();
    if (!m->func.is(vm.aio->wakeup_fn) || !is_task(vm, m->self)) return;
    const int task = m->self.as<TaskObject>()->trace_id;
    if (is_task(vm, Value(f))) vm.trace->task_woken(vm, task, WakeCause::Task, static_cast<TaskObject*>(f)->trace_id);
    else if (f->io_op >= 0) vm.trace->task_woken(vm, task, WakeCause::IO, f->io_op);
    else if (vm.aio->running_timer) vm.trace->task_woken(vm, task, WakeCause::Timer, static_cast<int>(vm.aio->running_timer));
    else vm.trace->task_woken(vm, task, WakeCause::Future, -1);
}

void schedule_callbacks(VM& vm, FutureObject* f) {
    // Every done-callback goes through call_soon, in registration order (rule 11).
    auto callbacks = std::move(f->callbacks);
    f->callbacks.clear();
    for (auto& cb : callbacks) {
        loop_call_soon(vm, f->loop.get(), cb, {Value(f)});
        if (vm.trace) trace_wakeup_queued(vm, f, cb);
    }
}

}  // namespace

// ---- futures ----------------------------------------------------------------------------------

bool FutureObject::resurrect() {
    // "Task exception was never retrieved" goes to the loop's exception handler when the
    // future dies (rule 39). Like CPython's __del__, the future lives on until it is reported.
    if (!log_traceback) return false;
    VM* vm = current_vm();
    if (!vm || !vm->finalizers_enabled || !vm->aio || !loop) return false;
    log_traceback = false;
    Value self(this);
    vm->defer([self](VM& vm) {
        auto* f = self.as<FutureObject>();
        bool task = vm.is_subtype(f->type, vm.aio->task_type);
        Ref<DictObject> ctx = vm.new_dict();
        dict_set_str(vm, ctx.get(), vm.intern("message"), vm.str(std::string(task ? "Task" : "Future") + " exception was never retrieved"));
        dict_set_str(vm, ctx.get(), vm.intern("exception"), f->exception);
        dict_set_str(vm, ctx.get(), vm.intern("future"), self);
        vm.call_method(Value(f->loop), "call_exception_handler", {Value(ctx)});
    });
    return true;
}

void FutureObject::clear_refs() {
    InstanceObject::clear_refs();
    result = exception = cancel_message = cancelled_exc = made_with = Value();
    made_by = nullptr;
    callbacks.clear();
    loop = nullptr;
    log_traceback = false;
}

void LoopObject::add_task(TaskObject* t) {
    t->loop_slot = tasks.size();
    tasks.push_back(t);
}

void LoopObject::remove_task(TaskObject* t) {
    if (t->loop_slot >= tasks.size() || tasks[t->loop_slot] != t) return;
    tasks[t->loop_slot] = nullptr;
    if (++dead_task_slots * 2 < tasks.size()) return;
    size_t live = 0;
    for (TaskObject* u : tasks)
        if (u) {
            u->loop_slot = live;
            tasks[live++] = u;
        }
    tasks.resize(live);
    dead_task_slots = 0;
}

TaskObject::~TaskObject() {
    if (loop) loop->remove_task(this);
}

void TaskObject::clear_refs() {
    if (loop) loop->remove_task(this);
    FutureObject::clear_refs();
    coro = Value();
    fut_waiter = nullptr;
    name = Value();
}

Ref<FutureObject> new_future(VM& vm, Ref<LoopObject> loop) { return make<FutureObject>(vm.aio->future_type, std::move(loop)); }

bool is_future(VM& vm, const Value& v) { return v.is_obj() && vm.is_subtype(v.obj()->type, vm.aio->future_type); }

void future_set_result(VM& vm, FutureObject* f, Value result) {
    if (f->done()) vm.raise(vm.aio->InvalidStateError, "invalid state");
    f->result = std::move(result);
    f->state = FutureState::Finished;
    schedule_callbacks(vm, f);
}

void future_set_exception(VM& vm, FutureObject* f, Value exc) {
    if (f->done()) vm.raise(vm.aio->InvalidStateError, "invalid state");
    if (vm.isinstance(exc, vm.t.type)) exc = vm.call(exc, Args{});
    if (vm.isinstance(exc, vm.e.StopIteration))
        vm.type_error("StopIteration interacts badly with generators and cannot be raised into a Future");
    f->exception = std::move(exc);
    f->state = FutureState::Finished;
    f->log_traceback = true;
    schedule_callbacks(vm, f);
}

bool future_cancel(VM& vm, FutureObject* f, Value msg) {
    f->log_traceback = false;
    if (f->done()) return false;
    f->state = FutureState::Cancelled;
    f->cancel_message = std::move(msg);
    schedule_callbacks(vm, f);
    return true;
}

Value make_cancelled_error(VM& vm, FutureObject* f) {
    if (f->cancelled_exc.is_obj()) return f->cancelled_exc;
    std::vector<Value> args;
    if (!f->cancel_message.is_none()) args.push_back(f->cancel_message);
    f->cancelled_exc = vm.new_exception(vm.aio->CancelledError, std::move(args));
    return f->cancelled_exc;
}

Value future_result(VM& vm, FutureObject* f) {
    if (f->state == FutureState::Cancelled) throw PyError{make_cancelled_error(vm, f), false};
    if (f->state == FutureState::Pending) vm.raise(vm.aio->InvalidStateError, "Result is not set.");
    f->log_traceback = false;
    if (f->exception.is_obj()) throw PyError{f->exception, true};
    return f->result;
}

void future_add_done_callback(VM& vm, FutureObject* f, Value fn) {
    if (f->done()) {
        loop_call_soon(vm, f->loop.get(), fn, {Value(f)});
        if (vm.trace) trace_wakeup_queued(vm, f, fn);
    } else {
        f->callbacks.push_back(std::move(fn));
    }
}

// ---- tasks ------------------------------------------------------------------------------------

Ref<TaskObject> new_task(VM& vm, Ref<LoopObject> loop, Value coro, Value name) {
    AsyncioState& st = aio(vm);
    if (!(coro.is_obj() && coro.obj()->type == vm.t.coroutine))
        vm.type_error("a coroutine was expected, got " + vm.repr(coro));
    auto task = make<TaskObject>(st.task_type, loop);
    task->coro = coro;
    coro.as<GeneratorObject>()->awaited = true;  // a task owns it: no "never awaited" warning
    if (name.is_none()) name = vm.str("Task-" + std::to_string(++st.task_counter));
    else name = vm.str(vm.to_str(name));
    task->name = name;
    loop->add_task(task.get());
    if (vm.trace) {
        int parent = st.current_task ? st.current_task->trace_id : -1;
        task->trace_id = vm.trace->task_created(vm, as_str(name)->s, coro.as<GeneratorObject>()->qualname->s, parent);
    }
    // The first step is queued, never run here (rule 6).
    loop_call_soon(vm, loop.get(), Value(make<BoundMethodObject>(vm.t.method, Value(task), st.step_fn)), {});
    return task;
}

bool task_cancel(VM& vm, TaskObject* t, Value msg) {
    t->log_traceback = false;
    if (t->done()) return false;
    ++t->num_cancels_requested;
    if (t->fut_waiter) {
        if (cancel_any(vm, Value(t->fut_waiter), msg)) return true;  // the waiter's callbacks wake us (rule 15)
    }
    t->must_cancel = true;
    t->cancel_message = std::move(msg);
    return true;
}

bool cancel_any(VM& vm, const Value& fut, Value msg) {
    TypeObject* type = fut.obj()->type;
    if (type == vm.aio->task_type) return task_cancel(vm, fut.as<TaskObject>(), std::move(msg));
    if (type == vm.aio->future_type) return future_cancel(vm, fut.as<FutureObject>(), std::move(msg));
    return vm.truthy(vm.call_method(fut, "cancel", {msg}));  // a Python subclass may override cancel
}

namespace {

void schedule_step(VM& vm, TaskObject* t, Value exc) {
    HandleObject* h = queue_handle(vm, t->loop.get());
    if (!exc.is_none()) h->args.push_back(std::move(exc));
    h->step_task = Ref<TaskObject>(t);
}

}  // namespace

void note_library_maker(VM& vm, FutureObject* f) {
    Frame* frame = vm.interp ? vm.interp->current : nullptr;
    if (!frame || !frame->code->is(kCodeLibrary)) return;
    f->made_by = frame->code;
    if (!frame->fast.empty() && (frame->fast[0].is_int() || frame->fast[0].is_float())) f->made_with = frame->fast[0];
}

namespace {

// What awaiting a future that the asyncio library made means, named after the library function
// that made it: "Lock.acquire()", "Queue.get()", "sleep(1.0)". Empty for the program's own futures.
std::string library_future_label(VM& vm, const FutureObject* f) {
    if (!f->made_by) return "";
    const std::string& q = f->made_by->qualname;
    if (q == "sleep") return "sleep(" + (f->made_with.is_none() ? std::string() : vm.repr(f->made_with)) + ")";
    // Helpers are named after what the student called.
    static const std::pair<const char*, const char*> kRenamed[] = {
        {"_wait", "wait()"}, {"_cancel_and_wait", "wait_for()"}, {"wrap_future", "run_in_executor()"},
        {"_shutdown_default_executor", "shutdown_default_executor()"}};
    for (const auto& [from, to] : kRenamed)
        if (q == from) return to;
    return q + "()";
}

}  // namespace

std::string describe_awaited(VM& vm, const Value& fut) {
    if (is_task(vm, fut)) return "task " + vm.to_str(fut.as<TaskObject>()->name);
    if (std::string io = describe_io_future(vm, fut); !io.empty()) return io;
    if (is_future(vm, fut))
        if (std::string label = library_future_label(vm, fut.as<FutureObject>()); !label.empty()) return label;
    std::string cls = fut.obj()->type->name;
    if (cls == "_GatheringFuture") return "gather()";
    return cls == "Future" ? "a future" : cls;
}

namespace {

int awaited_task_id(VM& vm, const Value& fut) { return is_task(vm, fut) ? fut.as<TaskObject>()->trace_id : -1; }

void task_step(VM& vm, TaskObject* task, Value exc) {
    AsyncioState& st = aio(vm);
    if (task->done()) vm.raise(st.InvalidStateError, "_step(): already done: " + vm.repr(Value(task)));
    if (task->must_cancel) {
        if (!vm.isinstance(exc, st.CancelledError)) exc = make_cancelled_error(vm, task);
        task->must_cancel = false;
    }
    task->fut_waiter = nullptr;
    TaskObject* prev = st.current_task;
    st.current_task = task;
    if (vm.trace) vm.trace->task_step_begins(vm, task->trace_id, !task->started);
    task->started = true;
    // A task that never awaits is stopped by its own budget: the loop is blocked.
    const uint64_t saved_limit = vm.budget_limit;
    const bool saved_budget_flag = vm.task_step_budget_active;
    const uint64_t per_step = vm.limits.max_steps_per_task_step;
    if (per_step && vm.steps + per_step < vm.budget_limit) {
        vm.budget_limit = vm.steps + per_step;
        vm.task_step_budget_active = true;
        vm.update_step_limit();
    }
    Value keep(task);  // the task must outlive its own step
    Value out;
    bool yielded = false;
    try {
        SafeScope safe(vm.machine);
        yielded = vm.resume(task->coro.as<GeneratorObject>(), Value(), exc, out);
    } catch (PyError& err) {
        vm.budget_limit = saved_limit;
        vm.task_step_budget_active = saved_budget_flag;
        vm.update_step_limit();
        st.current_task = prev;
        if (vm.isinstance(err.exc, st.CancelledError)) {
            auto* ce = err.exc.as<ExceptionObject>();
            task->cancelled_exc = err.exc;
            if (vm.trace) vm.trace->task_ends(vm, task->trace_id, "cancelled", "");
            future_cancel(vm, task, ce->args->items.empty() ? Value() : ce->args->items[0]);
        } else {
            if (vm.trace) vm.trace->task_ends(vm, task->trace_id, "failed", vm.type_name(err.exc));
            future_set_exception(vm, task, err.exc);
            if (vm.isinstance(err.exc, vm.e.KeyboardInterrupt) || vm.isinstance(err.exc, vm.e.SystemExit)) throw;
        }
        return;
    }
    vm.budget_limit = saved_limit;
    vm.task_step_budget_active = saved_budget_flag;
    vm.update_step_limit();
    st.current_task = prev;
    if (!yielded) {
        if (task->must_cancel) {
            task->must_cancel = false;
            if (vm.trace) vm.trace->task_ends(vm, task->trace_id, "cancelled", "");
            future_cancel(vm, task, task->cancel_message);
        } else {
            if (vm.trace) vm.trace->task_ends(vm, task->trace_id, "finished", "");
            future_set_result(vm, task, out);
        }
        return;
    }
    // The coroutine yielded: a future to wait for, or a bare yield (rule 7).
    if (is_future(vm, out) && out.as<FutureObject>()->blocking) {
        auto* fut = out.as<FutureObject>();
        if (fut->loop.get() != task->loop.get()) {
            schedule_step(vm, task, vm.new_exception(vm.e.RuntimeError, {vm.str("Task " + vm.repr(Value(task)) + " got Future " +
                                                                                vm.repr(out) + " attached to a different loop")}));
        } else if (fut == task) {
            schedule_step(vm, task, vm.new_exception(vm.e.RuntimeError, {vm.str("Task cannot await on itself: " + vm.repr(Value(task)))}));
        } else {
            fut->blocking = false;
            if (vm.trace)
                vm.trace->task_suspends(vm, task->trace_id, describe_awaited(vm, out), awaited_task_id(vm, out),
                                        suspended_line(task->coro.as<GeneratorObject>()));
            future_add_done_callback(vm, fut, Value(make<BoundMethodObject>(vm.t.method, Value(task), st.wakeup_fn)));
            task->fut_waiter = Ref<FutureObject>(fut);
            if (task->must_cancel && cancel_any(vm, out, task->cancel_message)) task->must_cancel = false;
        }
    } else if (out.is_none()) {
        // A bare yield (sleep(0)): run again in the next iteration.
        if (vm.trace) vm.trace->task_suspends(vm, task->trace_id, "sleep(0)", -1, suspended_line(task->coro.as<GeneratorObject>()));
        schedule_step(vm, task, Value());
    } else if (is_future(vm, out)) {
        schedule_step(vm, task, vm.new_exception(vm.e.RuntimeError, {vm.str("yield was used instead of yield from in task " +
                                                                            vm.repr(Value(task)) + " with " + vm.repr(out))}));
    } else {
        schedule_step(vm, task, vm.new_exception(vm.e.RuntimeError, {vm.str("Task got bad yield: " + vm.repr(out))}));
    }
}

}  // namespace

Value task_step_native(VM& vm, Args args) {
    task_step(vm, args[0].as<TaskObject>(), args.size() > 1 ? args[1] : Value());
    return vm.None;
}

Value task_wakeup_native(VM& vm, Args args) {
    auto* task = args[0].as<TaskObject>();
    auto* fut = args[1].as<FutureObject>();
    Value exc;
    if (fut->state == FutureState::Cancelled) exc = make_cancelled_error(vm, fut);
    else if (fut->exception.is_obj()) {
        fut->log_traceback = false;
        exc = fut->exception;
    }
    task_step(vm, task, exc);
    return vm.None;
}

// ---- the loop ---------------------------------------------------------------------------------

namespace {

bool timer_later(const Ref<HandleObject>& a, const Ref<HandleObject>& b) {
    if (a->when != b->when) return a->when > b->when;
    return a->seq > b->seq;
}

void check_closed(VM& vm, LoopObject* loop) {
    if (loop->closed) vm.raise(vm.e.RuntimeError, "Event loop is closed");
}

}  // namespace

Ref<LoopObject> new_loop(VM& vm) {
    auto loop = make<LoopObject>(vm.aio->loop_type);
    vm.aio->loops.push_back(loop.get());
    return loop;
}

LoopObject::~LoopObject() {
    VM* vm = current_vm();
    if (!vm || !vm->aio) return;
    auto& v = vm->aio->loops;
    v.erase(std::remove(v.begin(), v.end(), this), v.end());
}

HandleObject* queue_handle(VM& vm, LoopObject* loop) {
    check_closed(vm, loop);
    Ref<HandleObject> h;
    if (!loop->spare_handles.empty()) {
        h = std::move(loop->spare_handles.back());
        loop->spare_handles.pop_back();
    } else {
        h = make<HandleObject>(vm.aio->handle_type);
    }
    h->seq = ++vm.aio->handle_seq;
    h->loop = Ref<LoopObject>(loop);
    loop->ready.push_back(std::move(h));
    return loop->ready.back().get();
}

Ref<HandleObject> loop_call_soon(VM& vm, LoopObject* loop, Value callback, std::vector<Value> args) {
    HandleObject* h = queue_handle(vm, loop);
    h->callback = std::move(callback);
    h->args = std::move(args);
    return Ref<HandleObject>(h);
}

void loop_wake_from_thread(VM& vm, LoopObject* loop) {
    if (vm.machine && loop->waiting_thread >= 0 && loop->waiting_thread != vm.machine->current()) vm.machine->notify(loop->waiting_thread);
}

namespace {

// What a timer is for, for the trace: the I/O or the labelled future it completes
// ("I/O: GET http://example.com/", "sleep(1.0)", "wait_for()"), or the callback it calls ("tick()").
std::string describe_timer(VM& vm, HandleObject* h) {
    if (!h->args.empty() && is_future(vm, h->args[0])) {
        if (std::string io = describe_io_future(vm, h->args[0]); !io.empty()) return io;  // "I/O: GET http://..."
        if (std::string label = library_future_label(vm, h->args[0].as<FutureObject>()); !label.empty()) return label;
    }
    Value cb = h->callback;
    if (cb.is_obj() && cb.obj()->type == vm.t.method) cb = cb.as<BoundMethodObject>()->func;
    if (cb.is_obj() && cb.obj()->type == vm.t.function) return cb.as<FunctionObject>()->qualname->s + "()";
    if (cb.is_obj() && cb.obj()->type == vm.t.builtin_function) return cb.as<NativeFunctionObject>()->name + "()";
    return cb.is_obj() ? vm.repr(cb) : std::string();
}

}  // namespace

Ref<HandleObject> loop_call_at(VM& vm, LoopObject* loop, double when, Value callback, std::vector<Value> args) {
    check_closed(vm, loop);
    auto h = make<HandleObject>(vm.aio->timer_handle_type);
    h->callback = std::move(callback);
    h->args = std::move(args);
    h->is_timer = true;
    h->when = when;
    h->seq = ++vm.aio->handle_seq;
    h->loop = Ref<LoopObject>(loop);
    loop->timers.push_back(h);
    std::push_heap(loop->timers.begin(), loop->timers.end(), timer_later);
    if (vm.trace) vm.trace->timer_scheduled(vm, when, h->seq, describe_timer(vm, h.get()));
    return h;
}

namespace {

void run_handle(VM& vm, HandleObject* h) {
    try {
        if (h->step_task) task_step(vm, h->step_task.get(), h->args.empty() ? Value() : h->args[0]);
        else {
            SafeScope safe(vm.machine);
            vm.call(h->callback, Args{h->args.data(), h->args.size(), nullptr});
        }
    } catch (PyError& err) {
        if (vm.isinstance(err.exc, vm.e.SystemExit) || vm.isinstance(err.exc, vm.e.KeyboardInterrupt)) throw;
        // Handle._run logs and carries on (rule 5).
        std::string what = h->step_task ? "Task.__step()" : vm.repr(h->callback);
        std::string text = "Exception in callback " + what + "\nhandle: <Handle>\n";
        text += vm.format_exception(err.exc);
        vm.write_stderr(text);
    }
}

// Describes what every unfinished task waits for, for the deadlock diagnostic: the English
// report and, in `args`, groups of four: "task", its name, what it awaits, its line. `first_line`
// is where the first of them that has a line waits: the deadlock is shown there, rather than at
// the asyncio.run() that is running the loop.
std::string waiting_report(VM& vm, LoopObject* loop, std::vector<std::string>& args, int& first_line) {
    std::string out;
    first_line = 0;
    for (TaskObject* t : loop->tasks) {
        if (!t || t->done()) continue;
        std::string what = t->fut_waiter ? describe_awaited(vm, Value(t->fut_waiter)) : "nothing (it is ready)";
        int line = t->coro.is_obj() ? suspended_line(t->coro.as<GeneratorObject>()) : 0;
        if (!first_line) first_line = line;
        out += "  task '" + vm.to_str(t->name) + "' (" + t->coro.as<GeneratorObject>()->qualname->s + ") waits for " + what +
               (line ? " at line " + std::to_string(line) : "") + "\n";
        args.insert(args.end(), {"task", vm.to_str(t->name), t->fut_waiter ? what : std::string(), std::to_string(line)});
    }
    return out;
}

// Stops the run with a diagnostic at `line`, or, when it is 0, at the line running now.
[[noreturn]] void abort_run(VM& vm, const std::string& code, const std::string& message, std::vector<std::string> args,
                            int line = 0) {
    RunAborted a;
    a.code = code;
    a.message = message;
    a.args = std::move(args);
    while (!a.message.empty() && a.message.back() == '\n') a.message.pop_back();
    a.line = line ? line : vm.user_line();
    throw a;
}

// Keeps a call_soon handle that has run, if nothing else holds it, for call_soon to reuse. What
// it held is let go in the order its destructor would have.
void recycle_handle(VM& vm, LoopObject* loop, Ref<HandleObject> h) {
    constexpr size_t kMaxSpareHandles = 256;
    if (h->refcount != 1 || h->type != vm.aio->handle_type || loop->spare_handles.size() >= kMaxSpareHandles) return;
    h->loop = nullptr;
    h->step_task = nullptr;
    h->args.clear();
    h->callback = Value();
    h->cancelled = false;
    loop->spare_handles.push_back(std::move(h));
}

// One pass of BaseEventLoop._run_once (rule 2).
void run_once(VM& vm, LoopObject* loop) {
    // Drop cancelled timers at the top of the heap.
    while (!loop->timers.empty() && loop->timers.front()->cancelled) {
        std::pop_heap(loop->timers.begin(), loop->timers.end(), timer_later);
        loop->timers.pop_back();
    }
    if (loop->ready.empty() && !loop->stopping) {
        // Other threads may still call call_soon_threadsafe() or finish work this loop awaits.
        const bool others = vm.machine && vm.machine->live_threads() > 1;
        if (loop->timers.empty() && !others) {
            std::vector<std::string> args;
            int line = 0;
            std::string report = waiting_report(vm, loop, args, line);
            if (report.empty())
                abort_run(vm, "idle-forever", "the event loop has nothing to do and nothing will ever happen: run_forever() waits forever "
                                              "(call loop.stop(), or use run_until_complete()).", {});
            abort_run(vm, "deadlock", "every task waits for something that nothing will ever complete:\n" + report, std::move(args), line);
        }
        // Nothing is ready: the loop waits (select) until the earliest timer.
        double when = loop->timers.empty() ? Machine::kNever : loop->timers.front()->when;
        if (when < Machine::kNever && when > vm.limits.max_virtual_time) {
            std::vector<std::string> stubborn_args;
            std::string stubborn = swallowed_cancel_report(vm, loop, stubborn_args);
            if (!stubborn.empty())
                abort_run(vm, "cancel-swallowed",
                          "the program never ends because a task ignores cancellation: it catches CancelledError and "
                          "carries on (re-raise it, or let it propagate):\n" + stubborn,
                          std::move(stubborn_args));
            abort_run(vm, "time-horizon", "the program would wait until " + std::to_string(when) + " s of virtual time, past the " +
                                              std::to_string(vm.limits.max_virtual_time) + " s horizon.",
                      {float_repr(when), float_repr(vm.limits.max_virtual_time)});
        }
        if (others) {
            loop->waiting_thread = vm.machine->current();
            vm.machine->block(BlockReason::Select, "the event loop's next event (select)", when);
            loop->waiting_thread = -1;
            if (vm.trace && !loop->timers.empty() && vm.clock() >= loop->timers.front()->when)
                vm.trace->clock_advanced(vm, vm.clock(), loop->timers.front()->seq);
        } else if (when > vm.clock()) {
            vm.set_clock(when);
            if (vm.trace) vm.trace->clock_advanced(vm, when, loop->timers.front()->seq);
        }
    }
    // Due timers join the end of the ready queue in deadline order.
    while (!loop->timers.empty() && loop->timers.front()->when <= vm.clock()) {
        std::pop_heap(loop->timers.begin(), loop->timers.end(), timer_later);
        Ref<HandleObject> h = loop->timers.back();
        loop->timers.pop_back();
        if (!h->cancelled) {
            h->fired = true;
            loop->ready.push_back(h);
            if (vm.trace) vm.trace->timer_fired(vm, h->seq);
        }
    }
    // Run exactly the snapshot that is ready now.
    size_t ntodo = loop->ready.size();
    ++loop->iterations;
    if (vm.trace) vm.trace->loop_iteration(vm, ntodo);
    for (size_t i = 0; i < ntodo; ++i) {
        Ref<HandleObject> h = loop->ready.front();
        loop->ready.pop_front();
        if (h->cancelled) continue;
        vm.aio->running_timer = h->is_timer ? h->seq : 0;
        run_handle(vm, h.get());
        vm.aio->running_timer = 0;
        if (vm.finalizers_pending) vm.run_finalizers();
        recycle_handle(vm, loop, std::move(h));
    }
}

}  // namespace

void loop_run_forever(VM& vm, LoopObject* loop) {
    check_closed(vm, loop);
    AsyncioState& st = aio(vm);
    if (loop->running) vm.raise(vm.e.RuntimeError, "This event loop is already running");
    if (st.running_loop) vm.raise(vm.e.RuntimeError, "Cannot run the event loop while another loop is running");
    loop->running = true;
    st.running_loop = Ref<LoopObject>(loop);
    struct Reset {
        VM& vm;
        LoopObject* loop;
        ~Reset() {
            loop->running = false;
            loop->stopping = false;
            vm.aio->running_loop = nullptr;
        }
    } reset{vm, loop};
    for (;;) {
        run_once(vm, loop);
        if (loop->stopping) break;
    }
}

Value ensure_future(VM& vm, Value v, LoopObject* loop) {
    if (is_future(vm, v)) return v;
    if (v.is_obj() && v.obj()->type == vm.t.coroutine) return Value(new_task(vm, Ref<LoopObject>(loop), v, Value()));
    if (auto aw = vm.lookup_type(vm.type_of(v), "__await__")) {
        // An awaitable that is not a coroutine: wrap it in a coroutine via the prelude.
        Value wrap = vm.getattr(vm.aio->module, "_wrap_awaitable");
        return Value(new_task(vm, Ref<LoopObject>(loop), vm.call(wrap, {v}), Value()));
    }
    vm.type_error("An asyncio.Future, a coroutine or an awaitable is required");
}

Value loop_run_until_complete(VM& vm, LoopObject* loop, Value fut_or_coro) {
    check_closed(vm, loop);
    if (loop->running) vm.raise(vm.e.RuntimeError, "This event loop is already running");
    Value fut = ensure_future(vm, fut_or_coro, loop);
    auto* f = fut.as<FutureObject>();
    Value stop_cb = vm.getattr(vm.aio->module, "_run_until_complete_cb");
    future_add_done_callback(vm, f, stop_cb);
    try {
        loop_run_forever(vm, loop);
    } catch (...) {
        auto& cbs = f->callbacks;
        cbs.erase(std::remove_if(cbs.begin(), cbs.end(), [&](const Value& c) { return c.is(stop_cb); }), cbs.end());
        throw;
    }
    auto& cbs = f->callbacks;
    cbs.erase(std::remove_if(cbs.begin(), cbs.end(), [&](const Value& c) { return c.is(stop_cb); }), cbs.end());
    if (!f->done()) vm.raise(vm.e.RuntimeError, "Event loop stopped before Future completed.");
    return future_result(vm, f);
}

LoopObject* running_loop_or_raise(VM& vm) {
    if (!vm.aio || !vm.aio->running_loop) vm.raise(vm.e.RuntimeError, "no running event loop");
    return vm.aio->running_loop.get();
}

// Names the unfinished tasks that were asked to cancel and carried on (they caught
// CancelledError and did not re-raise it): why a program that cancels its work never ends.
std::string swallowed_cancel_report(VM& vm, LoopObject* loop, std::vector<std::string>& args) {
    std::string out;
    if (!loop) return out;
    for (TaskObject* t : loop->tasks) {
        if (!t || t->done() || t->num_cancels_requested == 0) continue;
        const int times = t->num_cancels_requested;
        out += "  task '" + vm.to_str(t->name) + "' (" + t->coro.as<GeneratorObject>()->qualname->s + ") was cancelled " +
               (times == 1 ? std::string("once") : std::to_string(times) + " times") + " and is still running\n";
        args.insert(args.end(), {vm.to_str(t->name), t->coro.as<GeneratorObject>()->qualname->s, std::to_string(times)});
    }
    return out;
}

}  // namespace ls
