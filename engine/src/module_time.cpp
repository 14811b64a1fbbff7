// `time` on the virtual clock: sleep advances it (blocking the thread, as in CPython), and
// time/monotonic/perf_counter read it. The wall clock is never read.
#include "types.h"
#include "machine.h"
#include "vm.h"

namespace ls {

namespace {

constexpr double kEpoch = 1'700'000'000.0;  // time.time() starts at a fixed, plausible date

Value time_sleep(VM& vm, Args args) {
    vm.check_args("sleep", args, 1, 1);
    double secs = vm.to_double(args[0]);
    if (secs < 0) vm.value_error("sleep length must be non-negative");
    if (vm.machine) vm.machine->sleep_for(secs);
    else vm.set_clock(vm.clock() + secs);
    return vm.None;
}

Value time_time(VM& vm, Args) { return Value::floating(kEpoch + vm.clock()); }
Value time_monotonic(VM& vm, Args) { return Value::floating(vm.clock()); }
Value time_ns(VM& vm, Args) { return Value::integer(static_cast<int64_t>((kEpoch + vm.clock()) * 1e9)); }
Value time_perf_counter_ns(VM& vm, Args) { return Value::integer(static_cast<int64_t>(vm.clock() * 1e9)); }

}  // namespace

void init_module_time(VM& vm) {
    vm.register_module("time", [](VM& vm) {
        Value m = vm.new_module("time");
        vm.module_set(m, "sleep", vm.native_function("sleep", "sleep", time_sleep));
        vm.module_set(m, "time", vm.native_function("time", "time", time_time));
        vm.module_set(m, "monotonic", vm.native_function("monotonic", "monotonic", time_monotonic));
        vm.module_set(m, "perf_counter", vm.native_function("perf_counter", "perf_counter", time_monotonic));
        vm.module_set(m, "process_time", vm.native_function("process_time", "process_time", time_monotonic));
        vm.module_set(m, "time_ns", vm.native_function("time_ns", "time_ns", time_ns));
        vm.module_set(m, "perf_counter_ns", vm.native_function("perf_counter_ns", "perf_counter_ns", time_perf_counter_ns));
        vm.module_set(m, "monotonic_ns", vm.native_function("monotonic_ns", "monotonic_ns", time_perf_counter_ns));
        return m;
    });
}

}  // namespace ls
