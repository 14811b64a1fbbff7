// asyncio's moving parts, natively: Future, Task, Handle and the event loop, following
// CPython 3.11's Lib/asyncio (futures.py, tasks.py, base_events.py) rule for rule — see
// shared/research/asyncio-semantics.md; rule numbers are cited in comments as "(rule N)".
// The higher-level API (gather, wait, locks, queues, TaskGroup, ...) is Python code in
// asyncio_prelude.cpp running on top of these.
#pragma once

#include <deque>
#include <string>
#include <vector>

#include "code.h"
#include "vm.h"

namespace ls {

struct LoopObject;
struct TaskObject;

enum class FutureState : uint8_t { Pending, Finished, Cancelled };

struct FutureObject : InstanceObject {
    FutureState state = FutureState::Pending;
    Value result;
    Value exception;
    Value cancel_message;
    Value cancelled_exc;               // the CancelledError made for this future (3.11 caches it)
    std::vector<Value> callbacks;      // callables, called with the future (via call_soon)
    Ref<LoopObject> loop;
    bool log_traceback = false;        // an exception nobody retrieved yet (rule 39)
    bool blocking = false;             // _asyncio_future_blocking
    int io_op = -1;                    // a simulated I/O operation's future (World::io_operations), or -1
    // Made by the asyncio library: the function that made it (Lock.acquire, sleep, ...) and, for
    // sleep, its delay (an inline number). Worded lazily by describe_awaited ("sleep(1.0)").
    Ref<CodeObject> made_by;
    Value made_with;
    FutureObject(TypeObject* t, Ref<LoopObject> l) : InstanceObject(t), loop(std::move(l)) {}
    bool resurrect() override;
    void clear_refs() override;
    void traverse(Visitor v, void* c) const override;
    bool done() const { return state != FutureState::Pending; }
};

// The future `made_by` library code: remembers who made it, for describe_awaited (cheap: no text).
void note_library_maker(VM& vm, FutureObject* f);

struct TaskObject : FutureObject {
    Value coro;                        // the coroutine it drives
    Ref<FutureObject> fut_waiter;      // what it awaits now (rule 7)
    bool must_cancel = false;
    int num_cancels_requested = 0;
    Value name;                        // str
    int trace_id = -1;                 // index into the trace's task table
    size_t loop_slot = 0;              // its place in loop->tasks (see LoopObject::add_task)
    bool started = false;
    TaskObject(TypeObject* t, Ref<LoopObject> l) : FutureObject(t, std::move(l)) {}
    ~TaskObject() override;
    void clear_refs() override;
    void traverse(Visitor v, void* c) const override;
};

// A scheduled callback: a Python callable with arguments. Timer handles also have a due time.
struct HandleObject : NativeObject {
    Value callback;
    std::vector<Value> args;
    // A task's own step (Task.__step scheduled by the task): run natively, with args[0] as the
    // exception to throw in if there is one. Saves a bound method and a call per task switch.
    Ref<TaskObject> step_task;
    bool cancelled = false;
    bool is_timer = false;
    bool fired = false;                // a timer that became due (its callback was queued)
    double when = 0;
    uint64_t seq = 0;                  // creation order: breaks ties between equal deadlines (rule 3)
    Ref<LoopObject> loop;
    HandleObject(TypeObject* t) : NativeObject(t) {}
    void clear_refs() override { callback = Value(); args.clear(); loop = nullptr; step_task = nullptr; }
    void traverse(Visitor v, void* c) const override;
};

struct LoopObject : NativeObject {
    std::deque<Ref<HandleObject>> ready;             // FIFO (rule 1)
    std::vector<Ref<HandleObject>> timers;           // a heap ordered by (when, seq)
    bool running = false, stopping = false, closed = false;
    uint64_t iterations = 0;
    // Live tasks in creation order (weak, like CPython's WeakSet). A finished task's slot becomes
    // null and the vector is compacted when half of it is null, so a million tasks cost O(n).
    std::vector<TaskObject*> tasks;
    size_t dead_task_slots = 0;
    void add_task(TaskObject* t);
    void remove_task(TaskObject* t);
    Value default_executor;
    Value exception_handler;                         // set_exception_handler's callable, or None
    std::vector<GeneratorObject*> asyncgens;         // live async generators first iterated here (weak)
    int waiting_thread = -1;                         // the simulated thread blocked in its select(), or -1
    // call_soon handles that ran and that nothing else holds, emptied, for call_soon to reuse:
    // a task switch then allocates no handle.
    std::vector<Ref<HandleObject>> spare_handles;
    LoopObject(TypeObject* t) : NativeObject(t) {}
    void clear_refs() override { ready.clear(); timers.clear(); tasks.clear(); dead_task_slots = 0; default_executor = exception_handler = Value(); asyncgens.clear(); spare_handles.clear(); }
    ~LoopObject() override;
};

// Per-run asyncio state, owned by the VM.
struct AsyncioState {
    TypeObject *future_type = nullptr, *task_type = nullptr, *handle_type = nullptr, *timer_handle_type = nullptr,
               *loop_type = nullptr, *future_iter_type = nullptr, *sleep0_type = nullptr;
    TypeObject *CancelledError = nullptr, *InvalidStateError = nullptr;
    Ref<LoopObject> running_loop;     // the loop inside run_forever, if any
    Value event_loop;                 // set_event_loop / get_event_loop's loop
    TaskObject* current_task = nullptr;
    uint64_t task_counter = 0;        // Task-N names (rule 13)
    uint64_t handle_seq = 0;
    uint64_t running_timer = 0;       // the timer handle whose callback runs now, or 0
    Value module;                     // the asyncio module, once imported
    Value step_fn, wakeup_fn;         // Task.__step / Task.__wakeup as natives taking the task first
    Value sleep_fn;                   // the prelude's asyncio.sleep (see the `await sleep(0)` fast path)
    Value sleep0_ready, sleep0_done;  // sleep(0)'s awaitable before and after it yields (see make_sleep0)
    TypeObject *asend_type = nullptr;  // the awaitable of agen.__anext__() / asend() / athrow() / aclose()
    std::vector<LoopObject*> loops;    // live loops (weak), so a dying async generator can leave them
};

// Async generators (asyncgen.cpp).
void init_async_generators(VM& vm);
void forget_async_generator(VM& vm, GeneratorObject* gen);

// ---- futures ----------------------------------------------------------------------------------
Ref<FutureObject> new_future(VM& vm, Ref<LoopObject> loop);
void future_set_result(VM& vm, FutureObject* f, Value result);
void future_set_exception(VM& vm, FutureObject* f, Value exc);
bool future_cancel(VM& vm, FutureObject* f, Value msg);
Value future_result(VM& vm, FutureObject* f);        // raises as Future.result() does
void future_add_done_callback(VM& vm, FutureObject* f, Value fn);
Value make_cancelled_error(VM& vm, FutureObject* f);
bool is_future(VM& vm, const Value& v);
// What awaiting `fut` means, as the trace and the deadlock diagnostic word it.
std::string describe_awaited(VM& vm, const Value& fut);

// ---- tasks ------------------------------------------------------------------------------------
Ref<TaskObject> new_task(VM& vm, Ref<LoopObject> loop, Value coro, Value name);
bool task_cancel(VM& vm, TaskObject* t, Value msg);
// fut.cancel(msg) honouring overrides (Task.cancel, gather's future).
bool cancel_any(VM& vm, const Value& fut, Value msg);
Value task_step_native(VM& vm, Args args);    // (task[, exc])
Value task_wakeup_native(VM& vm, Args args);  // (task, future)

// ---- the loop ---------------------------------------------------------------------------------
Ref<LoopObject> new_loop(VM& vm);
// A blank handle (no callback yet) queued at the end of the ready queue (rule 1); the queue holds it.
HandleObject* queue_handle(VM& vm, LoopObject* loop);
Ref<HandleObject> loop_call_soon(VM& vm, LoopObject* loop, Value callback, std::vector<Value> args);
// call_soon_threadsafe's second half: a loop blocked in another thread's select() wakes up.
void loop_wake_from_thread(VM& vm, LoopObject* loop);
Ref<HandleObject> loop_call_at(VM& vm, LoopObject* loop, double when, Value callback, std::vector<Value> args);
void loop_run_forever(VM& vm, LoopObject* loop);
Value loop_run_until_complete(VM& vm, LoopObject* loop, Value future_or_coro);
LoopObject* running_loop_or_raise(VM& vm);
// The unfinished tasks of `loop` that were cancelled and carried on, one line each ("" if none);
// `args` gets three strings per task: name, coroutine, times cancelled (engine/DIAGNOSTICS.md).
std::string swallowed_cancel_report(VM& vm, LoopObject* loop, std::vector<std::string>& args);

// ensure_future: a coroutine becomes a task of `loop`; a future is returned as it is.
Value ensure_future(VM& vm, Value v, LoopObject* loop);

AsyncioState& aio(VM& vm);

// The awaitable behind sleep(0) (tasks.__sleep0): yields None once, then returns None.
Value make_sleep0(VM& vm);
// `await asyncio.sleep(0)`: true when `callee(args)` is exactly that call with a delay <= 0, so
// the interpreter may await make_sleep0() directly. Nothing observes the skipped coroutine: it
// would be awaited at once, its frame is library code (hidden from tracebacks) and it returns None.
inline bool is_plain_sleep0_call(VM& vm, const Value& callee, const Value* args, size_t n) {
    if (!vm.aio || n != 1 || !callee.is_obj() || callee.obj() != vm.aio->sleep_fn.obj()) return false;
    const Value& d = args[0];
    return (d.is_int() && d.as_int() <= 0) || (d.is_float() && d.as_float() <= 0);
}

}  // namespace ls
