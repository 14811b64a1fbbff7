#include "machine.h"

#include <sys/mman.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

// AddressSanitizer must be told when the stack changes under it (swapcontext to a fiber).
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LOOPSCOPE_ASAN_FIBERS 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) && !defined(LOOPSCOPE_ASAN_FIBERS)
#define LOOPSCOPE_ASAN_FIBERS 1
#endif
#ifdef LOOPSCOPE_ASAN_FIBERS
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#endif

#include "asyncio_core.h"
#include "heap.h"
#include "interpreter.h"
#include "trace_recorder.h"
#include "vm.h"

namespace ls {

struct Machine::SimThread {
    int id = 0;
    std::string name;
    int process = 0;
    bool daemon = false;
    enum class State { Runnable, Running, Blocked, Finished } state = State::Runnable;
    double clock = 0;            // its own virtual time
    double ready_at = 0;         // runnable: when it may start; blocked: its timed wake-up (or never)
    uint64_t order = 0;          // FIFO among equals
    bool notified = false;
    std::string waiting_for;
    BlockReason waiting_reason = BlockReason::None;
    std::vector<int> joiners;
    Value body;
    // Fiber (thread 0 runs on the caller's own stack).
    ucontext_t ctx{};
    void* stack = nullptr;
    // The VM state that belongs to a thread, parked while it does not run.
    Frame* frame = nullptr;
    int depth = 0;
    uint64_t budget_left = 0;    // steps left of its budget when it stopped running
    bool task_budget = false;
    Ref<LoopObject> running_loop;
    TaskObject* current_task = nullptr;
    Value event_loop;
    int run_nesting = 0, safe_nesting = 0;
    // The slice it runs in.
    int core = -1;
    double slice_start = 0;
    bool slice_traced = false;  // its core_assigned event is already in the trace (see block)
    uint64_t preempt_at = UINT64_MAX;  // instruction count of the next GIL hand-off
    // Figures for the trace summary.
    double created = 0, finished_at = -1, running = 0, waiting_gil = 0, blocked = 0, state_since = 0;
};

namespace {

thread_local Machine* g_entering = nullptr;  // the machine whose new fiber starts next

uint64_t splitmix(uint64_t& s) {
    uint64_t z = (s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

}  // namespace

Machine::Machine(VM& vm, const MachineOptions& o, double unit_seconds)
    : vm_(vm), gil_(o.gil), switch_interval_(o.switch_interval / unit_seconds), ips_(o.instructions_per_unit),
      rng_(vm.seed * 0x2545f4914f6cdd1dull + 7) {
    cores_.resize(size_t(std::max(1, o.cores)));
    processes_.push_back(Process{"MainProcess", 0, 0, -1, 1});
    auto main = std::make_unique<SimThread>();
    main->name = "MainThread";
    main->state = SimThread::State::Running;
    main->core = 0;
    threads_.push_back(std::move(main));
    vm_.seconds_per_step = ips_ > 0 ? 1.0 / ips_ : 0;
    vm_.machine = this;
}

Machine::~Machine() {
    for (auto& t : threads_)
        if (t->stack) {
#ifdef LOOPSCOPE_ASAN_FIBERS
            // A fiber left for good keeps its frames' redzones poisoned; the next mapping at
            // this address must not inherit them.
            __asan_unpoison_memory_region(t->stack, kStackBytes);
#endif
            munmap(t->stack, kStackBytes);
        }
    vm_.machine = nullptr;
    vm_.machine_limit = UINT64_MAX;
    vm_.update_step_limit();
}

int Machine::process_of(int tid) const { return threads_[size_t(tid)]->process; }
const std::string& Machine::name(int tid) const { return threads_[size_t(tid)]->name; }
void Machine::set_name(int tid, const std::string& n) { threads_[size_t(tid)]->name = n; }

bool Machine::finished(int tid) const { return threads_[size_t(tid)]->state == SimThread::State::Finished; }

int Machine::live_threads() const {
    int n = 0;
    for (auto& t : threads_) n += t->state != SimThread::State::Finished;
    return n;
}

int Machine::new_process(const std::string& name) {
    processes_.push_back(Process{name, vm_.clock(), vm_.clock(), -1, 0});
    return int(processes_.size()) - 1;
}

int Machine::spawn(Value body, const std::string& name, int process, bool daemon) {
    auto t = std::make_unique<SimThread>();
    t->id = int(threads_.size());
    t->name = name;
    t->process = process;
    t->daemon = daemon;
    t->body = std::move(body);
    t->clock = t->created = t->state_since = vm_.clock();
    t->stack = mmap(nullptr, kStackBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (t->stack == MAP_FAILED) {
        t->stack = nullptr;
        vm_.raise(vm_.e.RuntimeError, "can't start new thread");
    }
    getcontext(&t->ctx);
    t->ctx.uc_stack.ss_sp = t->stack;
    t->ctx.uc_stack.ss_size = kStackBytes;
    t->ctx.uc_link = nullptr;
    makecontext(&t->ctx, fiber_entry, 0);
    t->state = SimThread::State::Blocked;  // make_runnable moves it on
    ++processes_[size_t(process)].threads;
    int id = t->id;
    threads_.push_back(std::move(t));
    if (vm_.trace) vm_.trace->thread_created(vm_, id, name, process, cur_, daemon);
    make_runnable(*threads_[size_t(id)], vm_.clock());
    return id;
}

// ---- state switching ----------------------------------------------------------------------

void Machine::save_vm_state(SimThread& t) {
    t.frame = vm_.interp->current;
    t.depth = vm_.depth;
    t.budget_left = vm_.budget_limit > vm_.steps ? vm_.budget_limit - vm_.steps : 0;
    t.task_budget = vm_.task_step_budget_active;
    t.run_nesting = run_nesting_;
    t.safe_nesting = safe_nesting_;
    t.clock = vm_.clock();
    if (vm_.aio) {
        t.running_loop = vm_.aio->running_loop;
        t.current_task = vm_.aio->current_task;
        t.event_loop = vm_.aio->event_loop;
    }
}

void Machine::load_vm_state(SimThread& t) {
    vm_.interp->current = t.frame;
    vm_.depth = t.depth;
    // The run's budget is shared; a task step's own budget counts only this thread's steps.
    vm_.budget_limit = t.task_budget ? std::min(vm_.steps + t.budget_left, vm_.limits.max_steps) : vm_.limits.max_steps;
    vm_.task_step_budget_active = t.task_budget;
    run_nesting_ = t.run_nesting;
    safe_nesting_ = t.safe_nesting;
    vm_.set_clock(t.clock);
    if (vm_.aio) {
        vm_.aio->running_loop = t.running_loop;
        vm_.aio->current_task = t.current_task;
        vm_.aio->event_loop = t.event_loop;
    }
}

void Machine::switch_to(int tid) {
    if (tid == cur_) return;
    SimThread& from = cur();
    save_vm_state(from);
    SimThread& to = *threads_[size_t(tid)];
    int from_id = cur_;
    cur_ = tid;
    load_vm_state(to);
    g_entering = this;
    swap_fiber(*threads_[size_t(from_id)], to);
    // Back on this thread's fiber: someone switched to us; our state was loaded by them.
}

void Machine::swap_fiber(SimThread& from, SimThread& to) {
#ifdef LOOPSCOPE_ASAN_FIBERS
    // A finished thread never comes back: ASan may drop its fake stack (null save slot).
    void* fake_stack = nullptr;
    const bool gone = from.state == SimThread::State::Finished;
    __sanitizer_start_switch_fiber(gone ? nullptr : &fake_stack, to.stack ? to.stack : main_stack_bottom_,
                                   to.stack ? kStackBytes : main_stack_size_);
    swapcontext(&from.ctx, &to.ctx);
    arrived_on_fiber(fake_stack, false);
#else
    swapcontext(&from.ctx, &to.ctx);
#endif
}

void Machine::leave_fiber_for_good(SimThread& to) {
#ifdef LOOPSCOPE_ASAN_FIBERS
    __sanitizer_start_switch_fiber(nullptr, to.stack ? to.stack : main_stack_bottom_,
                                   to.stack ? kStackBytes : main_stack_size_);
#endif
    setcontext(&to.ctx);
    std::abort();  // setcontext returns only on failure
}

void Machine::arrived_on_fiber(void* fake_stack, bool from_main) {
#ifdef LOOPSCOPE_ASAN_FIBERS
    const void* old_bottom = nullptr;
    size_t old_size = 0;
    __sanitizer_finish_switch_fiber(fake_stack, &old_bottom, &old_size);
    // The first fiber ever entered is entered from the main thread's own stack.
    if (from_main && !main_stack_bottom_) {
        main_stack_bottom_ = old_bottom;
        main_stack_size_ = old_size;
    }
#else
    (void)fake_stack;
    (void)from_main;
#endif
}

void Machine::fiber_entry() {
    Machine* m = g_entering;
    m->arrived_on_fiber(nullptr, true);
    m->run_body();
    // Not reached: run_body ends by switching away for good.
}

void Machine::run_body() {
    SimThread& t = cur();
    run_nesting_ = safe_nesting_ = 0;
    vm_.interp->current = nullptr;
    vm_.depth = 0;
    if (vm_.aio) {
        vm_.aio->running_loop = nullptr;
        vm_.aio->current_task = nullptr;
        vm_.aio->event_loop = Value();
    }
    if (vm_.trace) trace_thread(TraceKind::ThreadStarted, t.id, t.name);
    vm_.set_clock(t.clock);
    arm_limit(t);
    try {
        // A thread first scheduled when the run is already ending (a daemon thread that never
        // got a turn) does not start its body then.
        // No copy of the body stays in this function: a finished fiber's stack is never
        // unwound, so whatever a local holds would never be released.
        if (!killing_ && !has_abort_) safe_call(Value(t.body));
    } catch (PyError& err) {
        // threading.Thread reports its own exceptions; this is the last resort.
        vm_.write_stderr("Exception in thread " + t.name + ":\n" + vm_.format_exception(err.exc));
    } catch (RunAborted& a) {
        if (!has_abort_) {
            has_abort_ = true;
            abort_code_ = a.code;
            abort_message_ = a.message;
            abort_args_ = a.args;
            abort_line_ = a.line;
        }
    } catch (ThreadKilled&) {
    }
    finish_current();
}

void Machine::finish_current() {
    SimThread& t = cur();
    t.body = Value();
    double at = vm_.clock();
    end_slice(t);
    t.state = SimThread::State::Finished;
    t.finished_at = at;
    if (vm_.trace) trace_thread(TraceKind::ThreadFinished, t.id, t.name);
    Process& p = processes_[size_t(t.process)];
    if (--p.threads == 0 && t.process != 0) p.finished = at;
    for (int j : t.joiners) notify(j);
    t.joiners.clear();
    if (killing_ || has_abort_) {
        // Back to the main thread, which is unwinding the run.
        save_vm_state(t);
        cur_ = 0;
        load_vm_state(*threads_[0]);
        leave_fiber_for_good(*threads_[0]);
    }
    reschedule();
}

// ---- scheduling ---------------------------------------------------------------------------

void Machine::make_runnable(SimThread& t, double at) {
    if (t.state == SimThread::State::Blocked && vm_.trace && t.state_since <= at) t.blocked += at - t.state_since;
    t.state = SimThread::State::Runnable;
    t.ready_at = at;
    t.state_since = at;
    t.order = ++seq_;
    // Stamped when it may run again (a timed wake-up lies ahead of the clock of the thread that found it).
    if (vm_.trace && t.id != cur_) vm_.trace->thread_event(vm_, TraceKind::ThreadUnblocked, t.id, t.core, "", at, 0);
    // The running thread may now have to share its GIL or core: look again soon.
    if (t.id != cur_ && cur().state == SimThread::State::Running) arm_limit(cur());
}

bool Machine::contended(const SimThread& t) const {
    int runnable_here = 0, runnable = 0;
    for (auto& o : threads_) {
        if (o->id == t.id || o->state != SimThread::State::Runnable || o->ready_at > t.clock) continue;
        ++runnable;
        if (o->process == t.process) ++runnable_here;
    }
    if (gil_ && runnable_here > 0) return true;
    // Cores: the running thread and the runnable ones compete for them.
    return runnable + 1 > int(cores_.size());
}

double Machine::horizon(const SimThread& t) const {
    // Until another thread wakes up, or one switch interval past the time another runnable
    // thread could start: threads then take turns, so what they print comes out in time order
    // (give or take one interval).
    double h = kNever;
    double now = vm_.clock();
    for (auto& o : threads_) {
        if (o->id == t.id || o->state == SimThread::State::Finished || o->state == SimThread::State::Running) continue;
        if (o->state == SimThread::State::Runnable) h = std::min(h, std::max(o->ready_at, now) + switch_interval_);
        else if (o->ready_at > now) h = std::min(h, o->ready_at);
    }
    return h;
}

void Machine::arm_limit(SimThread& t) {
    uint64_t limit = UINT64_MAX;
    double end = horizon(t);
    if (contended(t)) {
        if (ips_ > 0) end = std::min(end, t.slice_start + switch_interval_);
        else if (t.preempt_at == UINT64_MAX) t.preempt_at = vm_.steps + 1 + splitmix(rng_) % kNominalInterval;
    } else {
        t.preempt_at = UINT64_MAX;
    }
    if (ips_ > 0 && end < kNever) {
        double left = std::max(0.0, end - vm_.clock());
        limit = vm_.steps + std::max<uint64_t>(1, uint64_t(std::ceil(left * ips_)));
    }
    limit = std::min(limit, t.preempt_at);
    vm_.machine_limit = limit;
    vm_.update_step_limit();
}

void Machine::start_slice(SimThread& t) {
    // The earliest core, and the GIL of its process, decide when it starts.
    size_t core = 0;
    for (size_t c = 1; c < cores_.size(); ++c)
        if (cores_[c].free_at < cores_[core].free_at) core = c;
    double start = std::max(t.ready_at, cores_[core].free_at);
    if (gil_) start = std::max(start, processes_[size_t(t.process)].gil_free_at);
    if (vm_.trace && start > t.state_since) t.waiting_gil += start - t.state_since;
    t.state = SimThread::State::Running;
    t.core = int(core);
    t.clock = start;
    t.slice_start = start;
    t.preempt_at = UINT64_MAX;
    t.state_since = start;
}

void Machine::end_slice(SimThread& t) {
    if (t.core < 0) return;
    double at = vm_.clock();
    Core& c = cores_[size_t(t.core)];
    c.busy += std::max(0.0, at - t.slice_start);
    c.free_at = std::max(c.free_at, at);
    if (gil_) processes_[size_t(t.process)].gil_free_at = std::max(processes_[size_t(t.process)].gil_free_at, at);
    t.running += std::max(0.0, at - t.slice_start);
    t.state_since = at;
    if (vm_.trace && (at > t.slice_start || t.slice_traced)) {
        // Only slices that took time are worth a bar on the core lanes.
        if (!t.slice_traced) vm_.trace->thread_event(vm_, TraceKind::CoreAssigned, t.id, t.core, "", t.slice_start, 0);
        vm_.trace->thread_event(vm_, TraceKind::CoreReleased, t.id, t.core, "", at, 0);
    }
    t.slice_traced = false;
    t.core = -1;
    vm_.machine_limit = UINT64_MAX;
    vm_.update_step_limit();
}

void Machine::record_thread_deadlock() {
    // Its own function: the fiber that finds the deadlock may be a finished thread's, which is
    // never resumed, so nothing with a destructor may stay on its stack (the strings would leak).
    std::string report;
    std::vector<std::string> args;
    for (auto& t : threads_)
        if (t->state == SimThread::State::Blocked) {
            report += "  thread '" + t->name + "' waits for " + t->waiting_for + "\n";
            args.insert(args.end(), {"thread", t->name, t->waiting_for, block_reason_name(t->waiting_reason)});
        }
    has_abort_ = true;
    abort_code_ = "deadlock";
    abort_message_ = "every thread waits for something that no other thread will ever do:\n" + report;
    abort_args_ = std::move(args);
    abort_line_ = 0;
}

void Machine::reschedule() {
    for (;;) {
        // The runnable thread that can start first (ties: the one that became runnable first).
        SimThread* best = nullptr;
        double best_start = kNever;
        double earliest_core = kNever;
        for (auto& c : cores_) earliest_core = std::min(earliest_core, c.free_at);
        for (auto& t : threads_) {
            if (t->state != SimThread::State::Runnable) continue;
            double s = std::max(t->ready_at, earliest_core);
            if (gil_) s = std::max(s, processes_[size_t(t->process)].gil_free_at);
            if (!best || s < best_start || (s == best_start && t->order < best->order)) {
                best = t.get();
                best_start = s;
            }
        }
        // A blocked thread whose timed wake-up comes first runs (becomes runnable) first.
        // Equal times: the thread that went to sleep first wakes first, before a runnable thread
        // starts at that time (its wake-up may be what the other one is about to look for).
        SimThread* waker = nullptr;
        for (auto& t : threads_)
            if (t->state == SimThread::State::Blocked && t->ready_at < kNever &&
                (!waker || t->ready_at < waker->ready_at || (t->ready_at == waker->ready_at && t->order < waker->order)))
                waker = t.get();
        if (waker && (!best || waker->ready_at <= best_start)) {
            make_runnable(*waker, waker->ready_at);
            waker->notified = false;
            continue;
        }
        if (!best) {
            // Nobody can ever run again: a deadlock between threads.
            if (!has_abort_) record_thread_deadlock();
            if (cur_ != 0) {
                // The main thread reports it (it is blocked; it wakes up to unwind the run).
                int from = cur_;
                save_vm_state(cur());
                cur_ = 0;
                load_vm_state(*threads_[0]);
                swap_fiber(*threads_[size_t(from)], *threads_[0]);
            }
            check_abort();
            return;
        }
        start_slice(*best);
        if (best->id == cur_) {
            vm_.set_clock(best->clock);
            arm_limit(*best);
            return;
        }
        switch_to(best->id);
        // We run again: our slice was started by whoever switched to us.
        vm_.set_clock(cur().clock);
        arm_limit(cur());
        check_abort();
        return;
    }
}

void Machine::check_abort() {
    if (!has_abort_ || cur_ != 0) {
        if (killing_ && cur_ != 0) throw ThreadKilled{};
        return;
    }
    RunAborted a;
    a.code = abort_code_;
    a.message = abort_message_;
    a.args = std::move(abort_args_);
    a.line = abort_line_ ? abort_line_ : vm_.interp_line();
    has_abort_ = false;
    throw a;
}

// ---- blocking -----------------------------------------------------------------------------

bool Machine::block(BlockReason reason, const std::string& why, double until) {
    SimThread& t = cur();
    if (live_threads() == 1 && until < kNever && !has_abort_) {
        // Alone: nothing can happen meanwhile, the clock simply moves on.
        const double from = vm_.clock(), to = std::max(from, until);
        // Without an event loop (a sequential program's time.sleep) the wait is still a wait: the
        // trace shows it on the thread's lane and the thread's core is not counted busy meanwhile.
        // Under a running loop the trace shows the task that blocks the loop instead.
        const bool shown = vm_.trace && to > from && !(vm_.aio && vm_.aio->running_loop);
        if (!shown) {
            vm_.set_clock(to);
            return false;
        }
        end_slice(t);
        trace_thread(TraceKind::ThreadBlocked, t.id, why, to, reason);
        vm_.set_clock(to);
        t.blocked += to - from;
        t.ready_at = t.state_since = to;
        start_slice(t);
        vm_.trace->thread_event(vm_, TraceKind::ThreadUnblocked, t.id, t.core, "", to, 0);
        // It runs again at once: said now, as the run may end before this slice does.
        vm_.trace->thread_event(vm_, TraceKind::CoreAssigned, t.id, t.core, "", to, 0);
        t.slice_traced = true;
        arm_limit(t);
        return false;
    }
    end_slice(t);
    t.state = SimThread::State::Blocked;
    t.ready_at = until;
    t.order = ++seq_;
    t.notified = false;
    t.waiting_for = why;
    t.waiting_reason = reason;
    if (vm_.trace) trace_thread(TraceKind::ThreadBlocked, t.id, why, until < kNever ? until : 0, reason);
    reschedule();
    bool notified = t.notified;
    t.notified = false;
    return notified;
}

void Machine::notify(int tid) {
    SimThread& t = *threads_[size_t(tid)];
    if (t.state != SimThread::State::Blocked) return;
    t.notified = true;
    make_runnable(t, std::max(vm_.clock(), t.clock));
}

void Machine::sleep_for(double units) {
    double until = vm_.clock() + units;
    block(BlockReason::Sleep, "time.sleep", until);
    if (vm_.clock() < until) vm_.set_clock(until);
}

void Machine::busy(double units) {
    double left = units;
    while (left > 0) {
        SimThread& t = cur();
        double now = vm_.clock();
        double end = horizon(t);
        double step = std::min(left, std::max(0.0, end - now));
        if (step <= 0) step = std::min(left, std::max(switch_interval_, 1e-9));
        vm_.set_clock(now + step);
        left -= step;
        if (left > 0) {
            // The slice is over: others may run first.
            end_slice(t);
            make_runnable(t, vm_.clock());
            reschedule();
        }
    }
}

bool Machine::join(int tid, double timeout) {
    SimThread& target = *threads_[size_t(tid)];
    if (target.state == SimThread::State::Finished) return true;
    if (tid == cur_) vm_.raise(vm_.e.RuntimeError, "cannot join current thread");
    target.joiners.push_back(cur_);
    double until = timeout < 0 ? kNever : vm_.clock() + timeout;
    block(BlockReason::Join, "join(" + target.name + ")", until);
    auto& j = target.joiners;
    j.erase(std::remove(j.begin(), j.end(), cur_), j.end());
    return target.state == SimThread::State::Finished;
}

void Machine::on_step_limit() {
    SimThread& t = cur();
    if (safe_nesting_ != run_nesting_) {
        // Inside a native call back into Python: hand over at the next safe point.
        vm_.machine_limit = vm_.steps + 1;
        vm_.update_step_limit();
        return;
    }
    end_slice(t);
    make_runnable(t, vm_.clock());
    if (vm_.trace && gil_) trace_thread(TraceKind::GilReleased, t.id, "switch interval");
    reschedule();
}

Value Machine::safe_call(const Value& fn) {
    SafeScope safe(this);
    return vm_.call(fn, Args{});
}


void Machine::kill_others() {
    killing_ = true;
    for (auto& t : threads_) {
        if (t->id == 0 || t->state == SimThread::State::Finished) continue;
        // Resumed with killing_ set, it unwinds (ThreadKilled) and comes back here.
        save_vm_state(cur());
        cur_ = t->id;
        load_vm_state(*t);
        swap_fiber(*threads_[0], *t);
        // finish_current brought us back here.
    }
    killing_ = false;
}

void Machine::trace_thread(TraceKind kind, int tid, const std::string& detail, double value, BlockReason reason) {
    vm_.trace->thread_event(vm_, kind, tid, threads_[size_t(tid)]->core, detail, vm_.clock(), value).reason = reason;
}

void Machine::fill_trace(Trace& tr) const {
    double end = vm_.clock();
    tr.gil = gil_;
    tr.threads.clear();
    for (auto& t : threads_) {
        TraceThread x;
        x.id = t->id;
        x.name = t->name;
        x.process = t->process;
        x.daemon = t->daemon;
        x.created = t->created;
        x.finished = t->finished_at;
        // A thread still on its core (the main thread at the end) has its last slice open.
        double open_slice = t->state == SimThread::State::Running && t->core >= 0 ? std::max(0.0, end - t->slice_start) : 0.0;
        x.running = t->running + open_slice;
        x.waiting_gil = t->waiting_gil;
        x.blocked = t->blocked;
        tr.threads.push_back(x);
    }
    tr.processes.clear();
    for (size_t i = 0; i < processes_.size(); ++i)
        tr.processes.push_back(TraceProcess{int(i), processes_[i].name, i ? 0 : -1, processes_[i].created, processes_[i].finished});
    tr.cores.clear();
    for (size_t i = 0; i < cores_.size(); ++i) {
        TraceCore c;
        c.id = int(i);
        c.busy = cores_[i].busy;
        for (auto& t : threads_)
            if (t->state == SimThread::State::Running && t->core == int(i)) c.busy += std::max(0.0, end - t->slice_start);
        c.idle = std::max(0.0, end - c.busy);
        c.utilization = end > 0 ? c.busy / end : 0;
        tr.cores.push_back(c);
    }
}

}  // namespace ls
