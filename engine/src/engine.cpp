// The public facade: compile and run a program, turn what escapes into Python's stderr text
// and exit status, and budgets into diagnostics.
#include "loopscope/engine.h"

#include <memory>
#include <optional>
#include <sstream>

#include "compiler.h"
#include "dict.h"
#include "disassembler.h"
#include "machine.h"
#include "trace_recorder.h"
#include "traceback.h"
#include "vm.h"
#include "world.h"

namespace ls {

namespace {

std::vector<std::string> split_lines(const std::string& source) {
    std::vector<std::string> lines;
    std::string cur;
    for (char c : source) {
        if (c == '\n') { lines.push_back(cur); cur.clear(); }
        else cur += c;
    }
    lines.push_back(cur);
    return lines;
}

class StringHost : public Host {
public:
    std::string out, err;
    void write(Stream s, std::string_view text) override { (s == Stream::Stdout ? out : err) += text; }
};

}  // namespace

RunResult run_program(const std::string& source, const RunOptions& options, Host& host) {
    RunResult result;
    VM vm(host, options.limits);
    vm.main_filename = options.filename;
    vm.seed = options.seed;
    vm.cancel = options.cancel;
    // The simulated machine: threads, processes, cores and the clock's unit.
    const double unit_seconds = options.time_unit == TimeUnit::Minutes ? 60.0 : 1.0;
    Machine machine(vm, options.machine, unit_seconds);
    std::unique_ptr<TraceRecorder> recorder;
    if (options.record_trace) {
        recorder = std::make_unique<TraceRecorder>(options.limits.max_trace_events, options.trace_lines);
        recorder->set_time_unit(options.time_unit == TimeUnit::Minutes ? "min" : "s");
        vm.trace = recorder.get();
        vm.trace_lines = options.trace_lines;
    }
    // The trace is complete whatever way the run ends.
    struct FinishTrace {
        VM& vm;
        RunResult& result;
        std::unique_ptr<TraceRecorder>& recorder;
        ~FinishTrace() {
            if (!recorder) return;
            result.trace = recorder->finish(vm);
            vm.trace = nullptr;
            vm.trace_lines = false;
        }
    } finish_trace{vm, result, recorder};
    vm.main_source_lines = split_lines(source);
    // The simulated world (engine/WORLD.md); a bad one stops the run before it starts.
    WorldParseError world_error;
    std::optional<World> world = parse_world(options.world_json, world_error);
    if (!world) {
        Diagnostic d;
        d.code = "world-invalid";
        d.message = "the simulated world is not valid: " + world_error.message;
        d.line = world_error.line;
        d.col = world_error.column;
        d.args = {world_error.message};
        result.diagnostics.push_back(d);
        std::string where = world_error.line ? "line " + std::to_string(world_error.line) + ", column " + std::to_string(world_error.column) + ": " : "";
        host.write(Stream::Stderr, "Loopscope cannot run the program: the simulated world is not valid: " + where + world_error.message + "\n");
        result.exit_code = 1;
        return result;
    }
    vm.world = std::make_shared<World>(std::move(*world));
    SyntaxErrorInfo err;
    Ref<CodeObject> code = compile_source(vm, source, options.filename, err);
    if (!code) {
        vm.write_stderr(format_syntax_error(err, options.filename));
        result.exit_code = 1;
        return result;
    }
    Ref<DictObject> globals = vm.new_dict();
    dict_set_str(vm, globals.get(), vm.intern("__name__"), vm.str("__main__"));
    dict_set_str(vm, globals.get(), vm.intern("__file__"), vm.str(options.filename));
    bool aborted = false;
    try {
        try {
            SafeScope safe(&machine);
            vm.run_module(code, globals);
        } catch (PyError& e) {
            // The traceback comes first; then the interpreter waits for its threads (below).
            if (!vm.isinstance(e.exc, vm.e.SystemExit)) {
                vm.write_stderr(vm.format_exception(e.exc));
                result.exit_code = 1;
            } else {
                throw;
            }
        }
        // threading._shutdown(): every non-daemon thread ends before the program does.
        if (vm.module_loaded("threading")) vm.call(vm.getattr(vm.import_module("threading"), "_shutdown"), Args{});
    } catch (PyError& e) {
        if (vm.isinstance(e.exc, vm.e.SystemExit)) {
            auto* ex = e.exc.as<ExceptionObject>();
            Value c = ex->args->items.empty() ? Value() : ex->args->items[0];
            if (c.is_none()) result.exit_code = 0;
            else if (c.is_int()) result.exit_code = static_cast<int>(c.as_int());
            else {
                vm.write_stderr(vm.to_str(c) + "\n");
                result.exit_code = 1;
            }
        } else {
            vm.write_stderr(vm.format_exception(e.exc));
            result.exit_code = 1;
        }
    } catch (RunAborted& a) {
        aborted = true;
        vm.finalizers_enabled = false;  // nothing more of the program runs after a budget stop
        Diagnostic d;
        d.code = a.code;
        d.message = a.message;
        d.file = options.filename;
        d.line = a.line;
        d.args = a.args;
        result.diagnostics.push_back(d);
        // Loopscope's own words, not the program's: not a stderr event of the trace.
        if (options.diagnostics_on_stderr) host.write(Stream::Stderr, "Loopscope stopped the program: " + a.message + "\n");
        result.exit_code = 1;
    }
    // Threads still alive (daemon threads, or any after a stop) are abandoned, as at exit.
    machine.kill_others();
    (void)aborted;
    // Interpreter exit: clearing the module's globals lets CPython's exit-time messages appear
    // ("coroutine ... was never awaited" at sys:1, "Task exception was never retrieved").
    if (vm.finalizers_enabled) {
        vm.at_exit = true;
        try {
            dict_clear(globals.get());
            vm.run_finalizers();
        } catch (PyError&) {
        } catch (RunAborted&) {
        }
    }
    return result;
}

CapturedRun run_captured(const std::string& source, const RunOptions& options) {
    StringHost host;
    CapturedRun r;
    r.result = run_program(source, options, host);
    r.out = std::move(host.out);
    r.err = std::move(host.err);
    return r;
}

std::string disassemble_program(const std::string& source, const std::string& filename) {
    StringHost host;
    RunLimits limits;
    VM vm(host, limits);
    SyntaxErrorInfo err;
    Ref<CodeObject> code = compile_source(vm, source, filename, err);
    if (!code) return format_syntax_error(err, filename);
    return disassemble(vm, *code);
}

}  // namespace ls
