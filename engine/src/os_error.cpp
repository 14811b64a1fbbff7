// OSError as CPython has it: OSError(errno, strerror[, filename[, winerror[, filename2]]]) sets
// .errno/.strerror/.filename/.filename2, keeps args to (errno, strerror) and prints as
// "[Errno 2] No such file or directory: 'x'"; OSError(2, ...) builds the matching subclass
// (FileNotFoundError). Also the OSError subclasses the simulated world raises that the VM's
// builtins do not have yet (NotADirectoryError, ConnectionRefusedError, ...).
#include "dict.h"
#include "types.h"
#include "vm.h"

namespace ls {

namespace {

// CPython's errno -> subclass map (Objects/exceptions.c), for the errnos this engine can see.
TypeObject* subclass_for_errno(VM& vm, int64_t err) {
    auto builtin = [&](const char* name) -> TypeObject* {
        Value* v = dict_find_str(vm.builtins.get(), vm.intern(name).get());
        return v && v->is_obj() ? v->as<TypeObject>() : nullptr;
    };
    switch (err) {
        case 1: case 13: return vm.e.PermissionError;      // EPERM, EACCES
        case 2: return vm.e.FileNotFoundError;             // ENOENT
        case 17: return vm.e.FileExistsError;              // EEXIST
        case 20: return builtin("NotADirectoryError");     // ENOTDIR
        case 21: return vm.e.IsADirectoryError;            // EISDIR
        case 32: return builtin("BrokenPipeError");        // EPIPE
        case 104: return builtin("ConnectionResetError");  // ECONNRESET
        case 103: return builtin("ConnectionAbortedError");
        case 110: return vm.e.TimeoutError;                // ETIMEDOUT
        case 111: return builtin("ConnectionRefusedError"); // ECONNREFUSED
        default: return nullptr;
    }
}

Value os_error_new(VM& vm, Args args) {
    auto* cls = args[0].as<TypeObject>();
    // Only OSError itself picks a subclass; OSError subclasses stay what they are.
    if (cls == vm.e.OSError && args.size() >= 3 && args[1].is_int()) {
        if (TypeObject* sub = subclass_for_errno(vm, args[1].as_int())) cls = sub;
    }
    std::vector<Value> items(args.v + 1, args.v + args.n);
    return Value(make<ExceptionObject>(cls, make<TupleObject>(vm.t.tuple, std::move(items))));
}

void set_attr(VM& vm, const Value& self, const char* name, Value v) { vm.setattr(self, vm.intern(name).get(), std::move(v)); }

Value os_error_init(VM& vm, Args args) {
    Value self = args[0];
    auto* e = self.as<ExceptionObject>();
    std::vector<Value> items(args.v + 1, args.v + args.n);
    Value none;
    Value err = none, strerror = none, filename = none, filename2 = none;
    if (items.size() >= 2 && items.size() <= 5) {
        err = items[0];
        strerror = items[1];
        if (items.size() >= 3) filename = items[2];
        if (items.size() == 5) filename2 = items[4];
        if (items.size() >= 3) items.resize(2);  // the filename is not part of args
    }
    e->args = make<TupleObject>(vm.t.tuple, std::move(items));
    set_attr(vm, self, "errno", err);
    set_attr(vm, self, "strerror", strerror);
    set_attr(vm, self, "filename", filename);
    set_attr(vm, self, "filename2", filename2);
    return vm.None;
}

Value attr_or_none(VM& vm, const Value& self, const char* name) {
    auto v = vm.getattr_opt(self, vm.intern(name).get());
    return v ? *v : vm.None;
}

Value os_error_str(VM& vm, Args args) {
    Value self = args[0];
    Value err = attr_or_none(vm, self, "errno"), strerror = attr_or_none(vm, self, "strerror");
    Value filename = attr_or_none(vm, self, "filename"), filename2 = attr_or_none(vm, self, "filename2");
    if (!filename.is_none()) {
        std::string head = "[Errno " + vm.to_str(err) + "] " + vm.to_str(strerror) + ": " + vm.repr(filename);
        if (!filename2.is_none()) head += " -> " + vm.repr(filename2);
        return vm.str(head);
    }
    if (!err.is_none() && !strerror.is_none()) return vm.str("[Errno " + vm.to_str(err) + "] " + vm.to_str(strerror));
    auto* e = self.as<ExceptionObject>();
    auto& a = e->args->items;
    if (a.empty()) return vm.str("");
    if (a.size() == 1) return vm.str(vm.to_str(a[0]));
    return vm.str(vm.repr(Value(e->args)));
}

}  // namespace

void init_os_errors(VM& vm) {
    TypeObject* os = vm.e.OSError;
    vm.add_static(os, "__new__", os_error_new);
    vm.add_method(os, "__init__", os_error_init);
    vm.add_method(os, "__str__", os_error_str);
    auto add = [&](const char* name, TypeObject* base) {
        if (dict_find_str(vm.builtins.get(), vm.intern(name).get())) return;  // the VM has it already
        TypeObject* t = vm.new_builtin_type(name, base);
        t->is_exception = true;
        t->instance_has_dict = true;
        t->base_layout = vm.e.BaseException;
        vm.add_builtin_value(name, Value(t));
    };
    add("NotADirectoryError", os);
    add("BlockingIOError", os);
    add("InterruptedError", os);
    add("ConnectionRefusedError", vm.e.ConnectionError);
    add("ConnectionResetError", vm.e.ConnectionError);
    add("ConnectionAbortedError", vm.e.ConnectionError);
    add("BrokenPipeError", vm.e.ConnectionError);
}

// Raises `type`(errno, strerror, filename), as CPython's PyErr_SetFromErrnoWithFilenameObject.
[[noreturn]] void raise_os_error(VM& vm, TypeObject* type, int err, const char* strerror, const Value& filename) {
    Value exc = vm.call(Value(type), {Value::integer(err), vm.str(strerror), filename});
    throw PyError{exc, false};
}

}  // namespace ls
