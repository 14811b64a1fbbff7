#include "cli_options.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace ls::cli {
namespace {

std::optional<uint64_t> parse_unsigned(const std::string& text) {
    uint64_t value = 0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end) return std::nullopt;
    return value;
}

std::optional<Command> command_named(const std::string& name) {
    if (name == "run") return Command::Run;
    if (name == "disasm") return Command::Disasm;
    if (name == "check") return Command::Check;
    if (name == "lesson") return Command::Lesson;
    return std::nullopt;
}

ParsedCommandLine fail(std::string message) {
    return {std::nullopt, std::move(message)};
}

}  // namespace

std::string usage_text() {
    return "Usage: loopscope-cli run [OPTIONS] FILE.py\n"
           "       loopscope-cli disasm FILE.py\n"
           "       loopscope-cli check PATH...\n"
           "       loopscope-cli lesson PATH (--list | --variant NAME [OPTIONS])\n"
           "       loopscope-cli --help | --version\n"
           "\n"
           "Runs a Python program in Loopscope's engine (a Python subset on a virtual clock).\n"
           "\n"
           "Commands:\n"
           "  run FILE.py        run the program; its stdout and stderr are the program's, as\n"
           "                     python3 would print them. Exit status: 0, or 1 after an\n"
           "                     uncaught exception or a syntax error.\n"
           "  disasm FILE.py     print the compiled bytecode (or the SyntaxError)\n"
           "  check PATH...      validate lessons (a lesson folder, its lesson.yaml, or a folder\n"
           "                     of lessons): format, translations, programs compile and run,\n"
           "                     expected outputs and quiz answers. Every problem is printed as\n"
           "                     file:line:column: message; exit status 1 if there is any.\n"
           "  lesson PATH --list list the lesson's variants\n"
           "  lesson PATH --variant NAME\n"
           "                     run one variant of the lesson, like run (same options)\n"
           "\n"
           "Options for run:\n"
           "  --seed N           seed for `random` and anything else pseudo-random (default 0)\n"
           "  --max-steps N      stop after N bytecode instructions (default 200000000)\n"
           "  --max-task-steps N stop when one task runs N instructions without an await: the\n"
           "                     event loop is blocked (default 20000000)\n"
           "  --max-memory MB    stop when the program holds more than MB megabytes\n"
           "                     (default 1024)\n"
           "  --max-virtual-time T\n"
           "                     stop when the program would wait past T units of virtual\n"
           "                     time (default 1000000)\n"
           "  --max-trace-events N\n"
           "                     keep at most N trace events; later ones are dropped and the\n"
           "                     trace is marked truncated (default 5000000)\n"
           "  --trace OUT.json   write the run's trace (every task switch, await, wake-up,\n"
           "                     print) as JSON; the schema is in engine/TRACE.md\n"
           "  --chrome-trace OUT.json\n"
           "                     write the trace in Chrome's trace event format (Perfetto)\n"
           "  --cores N          simulated cores (default 2)\n"
           "  --no-gil           free-threaded Python: threads of a process run in parallel\n"
           "  --ips N            instructions a core runs per unit of virtual time (default 0:\n"
           "                     instructions take no time; only sleeps and busy work do)\n"
           "  --switch-interval S  the GIL's switch interval in seconds (default 0.005)\n"
           "  --minutes          one unit of virtual time is a minute (labels in the trace)\n"
           "  --summary OUT.json write totals: virtual_time, tasks, switches, loop_iterations,\n"
           "                     and running/ready/waiting time per task\n"
           "  --world FILE.json  the simulated world: URLs for aiohttp, files for open() and\n"
           "                     aiofiles (schema in engine/WORLD.md); without it the world is\n"
           "                     empty. A bad world file exits with status 2\n"
           "\n"
           "Options for lesson (besides those of run; --seed replaces the lesson's seed):\n"
           "  --list             list the variants: name, program and label\n"
           "  --variant NAME     the variant to run\n"
           "  --scenario NAME    run with the parameter values of one of the lesson's scenarios\n"
           "\n"
           "General options:\n"
           "  -h, --help         show this help and exit\n"
           "  --version          show the version and exit\n"
           "\n"
           "A bad invocation (unknown option, missing or unreadable file) exits with status 2.\n";
}

ParsedCommandLine parse_command_line(const std::vector<std::string>& args) {
    CliOptions options;
    std::optional<Command> command;
    std::vector<std::string> positional;
    bool options_ended = false;
    std::string run_option;     // the last option seen that only `run` and `lesson` accept
    std::string lesson_option;  // the last option seen that only `lesson` accepts
    std::string world_option;   // --world, which only `run` accepts

    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (options_ended || arg.size() < 2 || arg[0] != '-') {
            if (!command) {
                command = command_named(arg);
                if (!command) return fail("unknown command '" + arg + "'");
            } else {
                positional.push_back(arg);
            }
            continue;
        }
        if (arg == "--") {
            options_ended = true;
            continue;
        }
        if (arg == "-h" || arg == "--help") {
            options.command = Command::Help;
            return {options, {}};
        }
        if (arg == "--version") {
            options.command = Command::Version;
            return {options, {}};
        }

        if (arg == "--no-gil" || arg == "--minutes") {
            (arg == "--no-gil" ? options.no_gil : options.minutes) = true;
            run_option = arg;
            continue;
        }
        if (arg == "--list") {
            options.list = true;
            lesson_option = arg;
            continue;
        }

        // Options with a value accept both `--name N` and `--name=N`.
        std::string name = arg;
        std::optional<std::string> value;
        if (auto eq = arg.find('='); eq != std::string::npos) {
            name = arg.substr(0, eq);
            value = arg.substr(eq + 1);
        }
        const bool file_option = name == "--trace" || name == "--chrome-trace" || name == "--summary" || name == "--world";
        if (name == "--world") world_option = name;
        if (name == "--variant" || name == "--scenario") {
            if (!value) {
                if (i + 1 >= args.size()) return fail("option '" + name + "' needs a value");
                value = args[++i];
            }
            if (value->empty()) return fail("option '" + name + "' needs a name");
            (name == "--variant" ? options.variant : options.scenario) = *value;
            lesson_option = name;
            continue;
        }
        if (name == "--switch-interval") {
            if (!value) {
                if (i + 1 >= args.size()) return fail("option '" + name + "' needs a value");
                value = args[++i];
            }
            char* end = nullptr;
            double s = std::strtod(value->c_str(), &end);
            if (value->empty() || *end || !(s > 0)) return fail("option '--switch-interval' needs a positive number of seconds, got '" + *value + "'");
            options.switch_interval = s;
            run_option = name;
            continue;
        }
        if (name == "--max-virtual-time") {
            if (!value) {
                if (i + 1 >= args.size()) return fail("option '" + name + "' needs a value");
                value = args[++i];
            }
            char* end = nullptr;
            double t = std::strtod(value->c_str(), &end);
            if (value->empty() || *end || !(t > 0) || !std::isfinite(t))
                return fail("option '--max-virtual-time' needs a positive number, got '" + *value + "'");
            options.max_virtual_time = t;
            run_option = name;
            continue;
        }
        const bool number_option = name == "--seed" || name == "--max-steps" || name == "--cores" || name == "--ips" ||
                                   name == "--max-task-steps" || name == "--max-memory" || name == "--max-trace-events";
        if (!number_option && !file_option) return fail("unknown option '" + arg + "'");
        run_option = name;
        if (!value) {
            if (i + 1 >= args.size()) return fail("option '" + name + "' needs a value");
            value = args[++i];
        }
        if (file_option) {
            if (value->empty()) return fail("option '" + name + "' needs a file name");
            (name == "--trace" ? options.trace_file : name == "--chrome-trace" ? options.chrome_trace_file
                                                 : name == "--world"        ? options.world_file
                                                                            : options.summary_file) = *value;
            continue;
        }
        auto number = parse_unsigned(*value);
        if (!number) return fail("option '" + name + "' needs a non-negative integer, got '" +
                                 *value + "'");
        if (name == "--seed") {
            options.seed = *number;
            options.seed_given = true;
        } else if (name == "--cores") {
            if (*number < 1 || *number > 64) return fail("option '--cores' needs a number from 1 to 64, got '" + *value + "'");
            options.cores = *number;
        } else if (name == "--ips") {
            options.instructions_per_unit = *number;
        } else if (*number < 1) {
            return fail("option '" + name + "' needs a number of at least 1, got '" + *value + "'");
        } else if (name == "--max-task-steps") {
            options.max_task_steps = *number;
        } else if (name == "--max-memory") {
            if (*number > (uint64_t{1} << 20)) return fail("option '--max-memory' takes megabytes, at most 1048576, got '" + *value + "'");
            options.max_memory_mb = *number;
        } else if (name == "--max-trace-events") {
            options.max_trace_events = *number;
        } else {
            options.max_steps = *number;
        }
    }

    if (!command) return fail("no command given");
    if (!world_option.empty() && command != Command::Run)
        return fail("option '--world' only applies to 'run' (a lesson brings its own world)");
    if (!run_option.empty() && command != Command::Run && command != Command::Lesson)
        return fail("option '" + run_option + "' only applies to 'run' and 'lesson'");
    if (!lesson_option.empty() && command != Command::Lesson)
        return fail("option '" + lesson_option + "' only applies to 'lesson'");
    if (command == Command::Check) {
        if (positional.empty()) return fail("missing PATH (a lesson folder or a folder of lessons)");
        options.command = *command;
        options.paths = positional;
        options.file = positional.front();
        return {options, {}};
    }
    if (command == Command::Lesson) {
        if (positional.empty()) return fail("missing PATH (a lesson folder)");
        if (options.list == !options.variant.empty())
            return fail("'lesson' needs either --list or --variant NAME");
        if (options.list && !run_option.empty())
            return fail("option '" + run_option + "' needs --variant, not --list");
    }
    if (positional.empty()) return fail("missing FILE.py");
    if (positional.size() > 1) return fail("unexpected argument '" + positional[1] + "'");
    options.command = *command;
    options.file = positional.front();
    return {options, {}};
}

}  // namespace ls::cli
