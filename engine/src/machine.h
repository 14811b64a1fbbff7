// The simulated machine: threads (each on its own fiber), processes (each with its own GIL),
// cores, and the virtual clock they share. One OS thread runs everything, one simulated thread
// at a time, so a run stays deterministic; parallelism is simulated by list scheduling: each
// slice of a thread's work is placed on the core (and under the GIL) that is free first, and
// every thread keeps its own clock. See engine/THREADS.md.
#pragma once

#include <ucontext.h>

#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "loopscope/engine.h"
#include "value.h"

namespace ls {

class VM;
struct Frame;
struct LoopObject;
struct TaskObject;

// Thrown inside a thread that the run abandons (a daemon thread at exit, or every thread when
// the run stops on a budget): unwinds its fiber.
struct ThreadKilled {};

// Marks the interpreter level entered inside it as a safe point for preemption (the program's
// module, a thread's body, a task's step, a loop callback).
struct SafeScope {
    class Machine* m;
    explicit SafeScope(Machine* machine);
    ~SafeScope();
};

// Counts interpreter levels (VM::Interp::run) on the current thread.
struct RunNesting {
    class Machine* m;
    explicit RunNesting(Machine* machine);
    ~RunNesting();
};

class Machine {
public:
    static constexpr double kNever = std::numeric_limits<double>::infinity();

    Machine(VM& vm, const MachineOptions& options, double unit_seconds);
    ~Machine();
    Machine(const Machine&) = delete;
    Machine& operator=(const Machine&) = delete;

    // ---- threads and processes -------------------------------------------------------------
    // A new thread that calls `body()` (a Python callable) in process `process`; it becomes
    // runnable at the current thread's clock. Returns its id.
    int spawn(Value body, const std::string& name, int process, bool daemon);
    int new_process(const std::string& name);
    int current() const { return cur_; }
    int process_of(int tid) const;
    bool finished(int tid) const;
    bool valid(int tid) const { return tid >= 0 && size_t(tid) < threads_.size(); }
    const std::string& name(int tid) const;
    void set_name(int tid, const std::string& n);
    int live_threads() const;           // not finished, including the current one
    int cores() const { return int(cores_.size()); }

    // ---- blocking ---------------------------------------------------------------------------
    // Stops the current thread until notify() or, when `until` is finite, that time. Returns
    // true when notified. `reason` and `why` say what it waits for (for the trace and diagnostics).
    bool block(BlockReason reason, const std::string& why, double until);
    void notify(int tid);               // a blocked thread may run again, from the notifier's clock
    void sleep_for(double units);       // time.sleep: blocks only this thread
    void busy(double units);            // CPU work on this thread's core, holding its GIL
    // join: true when `tid` finished (false on timeout).
    bool join(int tid, double timeout);

    // ---- the clock and the instruction budget ------------------------------------------------
    double switch_interval() const { return switch_interval_; }
    void set_switch_interval(double units) { switch_interval_ = units; }
    // VM::step_budget_exhausted calls this when the step count reached the machine's limit
    // (a slice ended or a GIL hand-off is due). It may run other threads before returning.
    void on_step_limit();
    // Native code that calls back into Python from an arbitrary place is not a safe point for
    // preemption (it may hold iterators into containers another thread could change): only the
    // interpreter levels entered through safe_call() are.
    Value safe_call(const Value& fn);
    int& run_nesting() { return run_nesting_; }
    int& safe_nesting() { return safe_nesting_; }

    // The run ends: joins nothing, unwinds every thread still alive (daemon or blocked).
    void kill_others();
    // Per-core and per-thread figures for the trace summary.
    void fill_trace(Trace& t) const;

private:
    struct SimThread;
    struct Process {
        std::string name;
        double gil_free_at = 0;
        double created = 0, finished = -1;
        int threads = 0;
    };
    struct Core {
        double free_at = 0;
        double busy = 0;
    };

    SimThread& cur() { return *threads_[size_t(cur_)]; }
    void save_vm_state(SimThread& t);
    void load_vm_state(SimThread& t);
    // Picks the thread to run next and switches to it (maybe the current one). Advances the
    // clock when nothing can run until a timed wake-up.
    void reschedule();
    void record_thread_deadlock();      // the "deadlock" stop, naming what each blocked thread waits for
    void start_slice(SimThread& t);
    void end_slice(SimThread& t);
    void arm_limit(SimThread& t);       // sets the VM's machine step limit for this slice
    bool contended(const SimThread& t) const;  // another thread wants this one's GIL or a core
    double horizon(const SimThread& t) const;  // when some other thread may want to run
    void make_runnable(SimThread& t, double at);
    void switch_to(int tid);
    // Every change of fiber goes through these two, which tell AddressSanitizer about the new
    // stack (without the annotations it reports false stack-buffer errors; no-ops otherwise).
    void swap_fiber(SimThread& from, SimThread& to);
    [[noreturn]] void leave_fiber_for_good(SimThread& to);  // a finished thread's last switch
    void arrived_on_fiber(void* fake_stack, bool from_main);
    void finish_current();              // the current thread's body returned
    static void fiber_entry();
    void run_body();
    void check_abort();                 // rethrows a stop that happened in another thread
    void trace_thread(TraceKind kind, int tid, const std::string& detail, double value = 0, BlockReason reason = BlockReason::None);

    VM& vm_;
    std::vector<std::unique_ptr<SimThread>> threads_;
    std::vector<Process> processes_;
    std::vector<Core> cores_;
    int cur_ = 0;
    bool gil_;
    double switch_interval_;          // in units
    double ips_;                      // instructions per unit (0: free)
    uint64_t seq_ = 0;                // runnable order, for ties (FIFO)
    uint64_t rng_;                    // preemption phases (from the run's seed)
    int run_nesting_ = 0, safe_nesting_ = 0;
    bool killing_ = false;
    bool has_abort_ = false;
    std::string abort_code_, abort_message_;
    std::vector<std::string> abort_args_;
    int abort_line_ = 0;
    // The main thread's stack as AddressSanitizer knows it (learnt when it first switches away).
    const void* main_stack_bottom_ = nullptr;
    size_t main_stack_size_ = 0;
    static constexpr uint64_t kNominalInterval = 100;  // instructions per switch interval when ips is 0
    static constexpr size_t kStackBytes = 8u << 20;     // per simulated thread (mapped lazily)
};

// Inline: entered on every task step and every interpreter level.
inline SafeScope::SafeScope(Machine* machine) : m(machine) {
    if (m) ++m->safe_nesting();
}
inline SafeScope::~SafeScope() {
    if (m) --m->safe_nesting();
}
inline RunNesting::RunNesting(Machine* machine) : m(machine) {
    if (m) ++m->run_nesting();
}
inline RunNesting::~RunNesting() {
    if (m) --m->run_nesting();
}

}  // namespace ls
