// `sys`, as far as teaching programs use it: exit, argv, the recursion limit, stdout/stderr
// writers, version facts. Nothing here reaches the host.
#include "dict.h"
#include "types.h"
#include "vm.h"

namespace ls {

namespace {

struct StreamObject : NativeObject {
    Stream stream;
    StreamObject(TypeObject* t, Stream s) : NativeObject(t), stream(s) {}
};

Value stream_write(VM& vm, Args args) {
    vm.check_args("write", Args{args.v + 1, args.n - 1, nullptr}, 1, 1);
    if (!vm.isinstance(args[1], vm.t.str)) vm.type_error("write() argument must be str, not " + vm.type_name(args[1]));
    auto* s = static_cast<StreamObject*>(args[0].obj());
    const std::string& text = as_str(args[1])->s;
    if (s->stream == Stream::Stdout) vm.write_stdout(text); else vm.write_stderr(text);
    return vm.integer(mpz_class(static_cast<long>(vm.len(args[1]))));
}

Value stream_flush(VM& vm, Args) { return vm.None; }

Value sys_exit(VM& vm, Args args) {
    vm.check_args("exit", args, 0, 1);
    std::vector<Value> a;
    if (args.size() == 1) a.push_back(args[0]);
    throw PyError{vm.new_exception(vm.e.SystemExit, std::move(a)), false};
}

Value sys_getrecursionlimit(VM& vm, Args) { return Value::integer(vm.recursion_limit); }

Value sys_setrecursionlimit(VM& vm, Args args) {
    vm.check_args("setrecursionlimit", args, 1, 1);
    int64_t n = vm.to_index(args[0]);
    if (n < 1) vm.value_error("recursion limit must be greater or equal than 1");
    // The engine keeps its own ceiling so a program cannot trade the limit for a host crash.
    vm.recursion_limit = static_cast<int>(std::min<int64_t>(n, 20000));
    return vm.None;
}

}  // namespace

void init_module_sys(VM& vm) {
    TypeObject* stream_type = vm.new_builtin_type("TextIOWrapper", nullptr);
    vm.add_method(stream_type, "write", stream_write);
    vm.add_method(stream_type, "flush", stream_flush);
    Value out(make<StreamObject>(stream_type, Stream::Stdout));
    Value err(make<StreamObject>(stream_type, Stream::Stderr));
    vm.register_module("sys", [out, err](VM& vm) {
        Value m = vm.new_module("sys");
        vm.module_set(m, "exit", vm.native_function("exit", "exit", sys_exit));
        vm.module_set(m, "getrecursionlimit", vm.native_function("getrecursionlimit", "getrecursionlimit", sys_getrecursionlimit));
        vm.module_set(m, "setrecursionlimit", vm.native_function("setrecursionlimit", "setrecursionlimit", sys_setrecursionlimit));
        Value threads = vm.import_module("_lsthread");
        vm.module_set(m, "setswitchinterval", vm.getattr(threads, "setswitchinterval"));
        vm.module_set(m, "getswitchinterval", vm.getattr(threads, "getswitchinterval"));
        vm.module_set(m, "argv", vm.list({vm.str(vm.main_filename)}));
        vm.module_set(m, "stdout", out);
        vm.module_set(m, "stderr", err);
        vm.module_set(m, "maxsize", Value::integer(INT64_MAX));
        vm.module_set(m, "platform", vm.str("loopscope"));
        vm.module_set(m, "version", vm.str("3.11.7 (Loopscope simulated runtime)"));
        vm.module_set(m, "version_info", vm.tuple({Value::integer(3), Value::integer(11), Value::integer(7), vm.str("final"), Value::integer(0)}));
        vm.module_set(m, "modules", Value(vm.new_dict()));
        return m;
    });
}

}  // namespace ls
