#include "world_io.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "asyncio_core.h"
#include "builtin_open.h"
#include "compiler.h"
#include "dict.h"
#include "frame.h"
#include "interpreter.h"
#include "trace_recorder.h"
#include "types.h"
#include "world.h"

namespace ls {

extern const char* const kAiohttpPrelude;   // module_aiohttp.cpp
extern const char* const kAiofilesPrelude;  // module_aiofiles.cpp

World& world_of(VM& vm) {
    if (!vm.world) {
        vm.world = std::make_shared<World>();
        vm.world->directories.insert("/");
    }
    return *vm.world;
}

int program_line(VM& vm) {
    for (Frame* f = vm.interp ? vm.interp->current : nullptr; f; f = f->back)
        if (!f->code->is(kCodeLibrary)) return f->line();
    return 0;
}

std::string describe_io_future(VM& vm, const Value& fut) {
    if (!fut.is_obj() || !vm.isinstance(fut, vm.aio->future_type)) return "";
    int op = fut.as<FutureObject>()->io_op;
    if (op < 0 || !vm.world || static_cast<size_t>(op) >= vm.world->io_operations.size()) return "";
    return "I/O: " + vm.world->io_operations[static_cast<size_t>(op)].detail;
}

namespace {

// Bound to the operation's timer handle: the future was cancelled (a timeout), so the operation
// is abandoned now and its timer dropped.
Value io_abandon(VM& vm, Args args) {
    auto* handle = args[0].as<HandleObject>();
    auto* fut = args[1].as<FutureObject>();
    if (fut->state != FutureState::Cancelled) return vm.None;
    handle->cancelled = true;
    handle->callback = Value();
    handle->args.clear();
    World& w = world_of(vm);
    if (vm.trace && fut->io_op >= 0 && static_cast<size_t>(fut->io_op) < w.io_operations.size()) {
        const IoOperation& op = w.io_operations[static_cast<size_t>(fut->io_op)];
        vm.trace->io_completed(vm, fut->io_op, op.task, op.detail + " (cancelled)");
    }
    return vm.None;
}

Value abandon_fn(VM& vm) { return vm.getattr(vm.import_module("_world"), "_io_abandon"); }

// The operation's timer: drop the abandon callback (nothing to abandon any more), record the
// completion, complete the future.
Value io_complete(VM& vm, Args args) {
    auto* fut = args[0].as<FutureObject>();
    Value abandon = abandon_fn(vm);
    auto& cbs = fut->callbacks;
    cbs.erase(std::remove_if(cbs.begin(), cbs.end(),
                             [&](const Value& c) {
                                 return c.is_obj() && c.obj()->type == vm.t.method && c.as<BoundMethodObject>()->func.is(abandon);
                             }),
              cbs.end());
    World& w = world_of(vm);
    if (vm.trace && fut->io_op >= 0 && static_cast<size_t>(fut->io_op) < w.io_operations.size()) {
        const IoOperation& op = w.io_operations[static_cast<size_t>(fut->io_op)];
        vm.trace->io_completed(vm, fut->io_op, op.task, op.detail);
    }
    if (fut->done()) return vm.None;
    if (!args[2].is_none()) future_set_exception(vm, fut, args[2]);
    else future_set_result(vm, fut, args[1]);
    return vm.None;
}

}  // namespace

Value start_io(VM& vm, double delay, std::string detail, Value result, Value exc) {
    LoopObject* loop = running_loop_or_raise(vm);
    if (!(delay >= 0) || !std::isfinite(delay)) delay = 0;
    double when = vm.clock() + delay;
    World& w = world_of(vm);
    int task = vm.aio->current_task ? vm.aio->current_task->trace_id : -1;
    int op = w.add_io(detail, task, when);
    Ref<FutureObject> fut = new_future(vm, Ref<LoopObject>(loop));
    fut->io_op = op;
    if (vm.trace) vm.trace->io_started(vm, op, detail, when, program_line(vm));
    Value complete = vm.getattr(vm.import_module("_world"), "_io_complete");
    Ref<HandleObject> h = loop_call_at(vm, loop, when, complete, {Value(fut), std::move(result), std::move(exc)});
    future_add_done_callback(vm, fut.get(), Value(make<BoundMethodObject>(vm.t.method, Value(h), abandon_fn(vm))));
    return Value(fut);
}

namespace {

// ---- the _world module: what the aiohttp and aiofiles preludes stand on ------------------------

// io_wait(delay, detail, result=None, exc=None) -> Future
Value world_io_wait(VM& vm, Args args) {
    vm.check_args("io_wait", args, 2, 4);
    double delay = vm.to_double(args[0]);
    return start_io(vm, delay, vm.to_str(args[1]), args.size() > 2 ? args[2] : Value(), args.size() > 3 ? args[3] : Value());
}

const char* failure_name(HttpFailure f) {
    switch (f) {
        case HttpFailure::None: return "";
        case HttpFailure::DnsFailure: return "dns_failure";
        case HttpFailure::ConnectionRefused: return "connection_refused";
        case HttpFailure::ServerDisconnected: return "server_disconnected";
        case HttpFailure::NoResponse: return "no_response";
    }
    return "";
}

// http(method, url) -> (failure, latency, status, reason, headers, body, body_time, scheme, host, port, ip, url)
// or ("invalid_url", why) when the URL cannot be requested.
Value world_http(VM& vm, Args args) {
    vm.check_args("http", args, 2, 2);
    std::string method = vm.to_str(args[0]);
    ParsedUrl u = parse_url(vm.to_str(args[1]));
    if (!u.ok) return vm.tuple({vm.str("invalid_url"), vm.str(u.error)});
    World& w = world_of(vm);
    HttpResponseSpec r = w.request(method, u);
    std::vector<Value> headers;
    for (auto& [k, v] : r.headers) headers.push_back(vm.tuple({vm.str(k), vm.str(v)}));
    const bool default_port = (u.scheme == "http" && u.port == 80) || (u.scheme == "https" && u.port == 443);
    std::string url = u.scheme + "://" + u.host + (default_port ? "" : ":" + std::to_string(u.port)) + u.path_query;
    return vm.tuple({vm.str(failure_name(r.failure)), Value::floating(r.latency), Value::integer(r.status), vm.str(r.reason),
                     vm.list(std::move(headers)), Value(make<BytesObject>(vm.t.bytes, r.body)), Value::floating(w.body_time(r)),
                     vm.str(u.scheme), vm.str(u.host), Value::integer(u.port), vm.str(r.ip.empty() ? "192.0.2.10" : r.ip), vm.str(url)});
}

using Json = nlohmann::ordered_json;

Value to_python(VM& vm, const Json& j) {
    switch (j.type()) {
        case Json::value_t::null: return vm.None;
        case Json::value_t::boolean: return Value::boolean(j.get<bool>());
        case Json::value_t::number_integer: return Value::integer(j.get<int64_t>());
        case Json::value_t::number_unsigned: {
            uint64_t u = j.get<uint64_t>();
            if (u <= static_cast<uint64_t>(INT64_MAX)) return Value::integer(static_cast<int64_t>(u));
            return vm.integer(mpz_class(std::to_string(u)));
        }
        case Json::value_t::number_float: return Value::floating(j.get<double>());
        case Json::value_t::string: return vm.str(j.get<std::string>());
        case Json::value_t::array: {
            std::vector<Value> items;
            for (const auto& e : j) items.push_back(to_python(vm, e));
            return vm.list(std::move(items));
        }
        case Json::value_t::object: {
            Ref<DictObject> d = vm.new_dict();
            for (auto it = j.begin(); it != j.end(); ++it) dict_set(vm, d.get(), vm.str(it.key()), to_python(vm, it.value()));
            return Value(d);
        }
        default: return vm.None;
    }
}

// json_loads(text) -> value; ValueError subclass json.decoder.JSONDecodeError on bad JSON.
Value world_json_loads(VM& vm, Args args) {
    vm.check_args("json_loads", args, 1, 1);
    std::string text = vm.isinstance(args[0], vm.t.bytes) ? args[0].as<BytesObject>()->data : vm.to_str(args[0]);
    try {
        return to_python(vm, Json::parse(text));
    } catch (const Json::parse_error& e) {
        std::string what = e.what();
        size_t colon = what.find(": ", what.find("parse error"));
        std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
        size_t at = e.byte == 0 ? 0 : e.byte - 1;
        int line = 1, col = 1;
        for (size_t i = 0; i < at && i < text.size(); ++i) {
            if (text[i] == '\n') {
                ++line;
                col = 1;
            } else {
                ++col;
            }
        }
        Value cls = vm.getattr(vm.import_module("_world"), "JSONDecodeError");
        Value exc = vm.call(cls, {vm.str(reason + ": line " + std::to_string(line) + " column " + std::to_string(col) + " (char " +
                                         std::to_string(at) + ")")});
        throw PyError{exc, false};
    }
}

// open(file, mode='r', ...) for aiofiles: the file opens without blocking; the time it takes
// is left in the file's pending cost for the caller to await.
Value world_open(VM& vm, Args args) { return open_world_file(vm, args, false); }

void register_prelude_module(VM& vm, const std::string& name, const char* source) {
    vm.register_module(name, [name, source](VM& vm) {
        Value m = vm.new_module(name);
        SyntaxErrorInfo err;
        Ref<CodeObject> code = compile_source(vm, source, "<" + name + ">", err);
        if (!code) vm.raise(vm.e.SystemError, name + " prelude: line " + std::to_string(err.line) + ": " + err.message);
        mark_library_code(*code);
        vm.run_module(code, m.as<ModuleObject>()->dict);
        return m;
    });
}

}  // namespace

void init_world_modules(VM& vm) {
    init_builtin_open(vm);
    vm.register_module("_world", [](VM& vm) {
        Value m = vm.new_module("_world");
        vm.module_set(m, "io_wait", vm.native_function("io_wait", "io_wait", world_io_wait));
        vm.module_set(m, "http", vm.native_function("http", "http", world_http));
        vm.module_set(m, "json_loads", vm.native_function("json_loads", "json_loads", world_json_loads));
        vm.module_set(m, "open", vm.native_function("open", "open", world_open));
        vm.module_set(m, "_io_complete", vm.native_function("_io_complete", "_io_complete", io_complete));
        vm.module_set(m, "_io_abandon", vm.native_function("_io_abandon", "_io_abandon", io_abandon));
        // json.decoder.JSONDecodeError, as aiohttp's response.json() raises it.
        TypeObject* jde = vm.new_builtin_type("JSONDecodeError", vm.e.ValueError);
        jde->is_exception = true;
        jde->instance_has_dict = true;
        jde->base_layout = vm.e.BaseException;
        jde->module = "json.decoder";
        vm.module_set(m, "JSONDecodeError", Value(jde));
        return m;
    });
    register_prelude_module(vm, "aiohttp", kAiohttpPrelude);
    register_prelude_module(vm, "aiofiles", kAiofilesPrelude);
}

}  // namespace ls
