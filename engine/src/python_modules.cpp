// Standard-library modules the engine provides as Python source (compiled at first import):
// contextlib, types and functools, as far as teaching programs use them.
#include "compiler.h"
#include "dict.h"
#include "gc.h"
#include "types.h"
#include "vm.h"

namespace ls {

namespace {

const char* const kContextlib = R"PY(
class _GeneratorContextManager:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)

    async def __aenter__(self):
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            if isinstance(value, (StopIteration, StopAsyncIteration)) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    helper.__name__ = func.__name__
    return helper


def asynccontextmanager(func):
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    helper.__name__ = func.__name__
    return helper


class suppress:
    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class closing:
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing:
    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class nullcontext:
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass
)PY";

const char* const kFunctools = R"PY(
class partial:
    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        return "functools.partial(" + ", ".join(parts) + ")"


_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


def wraps(wrapped):
    def decorator(wrapper):
        for attr in ('__name__', '__qualname__', '__doc__'):
            try:
                setattr(wrapper, attr, getattr(wrapped, attr))
            except AttributeError:
                pass
        wrapper.__wrapped__ = wrapped
        return wrapper
    return decorator
)PY";

}  // namespace

void register_python_module(VM& vm, const std::string& name, const char* source) {
    vm.register_module(name, [name, source](VM& vm) {
        Value m = vm.new_module(name);
        SyntaxErrorInfo err;
        Ref<CodeObject> code = compile_source(vm, source, "<" + name + ">", err);
        if (!code) vm.raise(vm.e.SystemError, name + " module: line " + std::to_string(err.line) + ": " + err.message);
        mark_library_code(*code);
        vm.run_module(code, m.as<ModuleObject>()->dict);
        return m;
    });
}

namespace {

// types.coroutine: lets a generator function's generators be awaited (CO_ITERABLE_COROUTINE).
Value types_coroutine(VM& vm, Args args) {
    vm.check_args("coroutine", args, 1, 1);
    Value f = args[0];
    if (f.is_obj() && f.obj()->type == vm.t.function) {
        CodeObject* code = f.as<FunctionObject>()->code.get();
        if (code->is(kCodeGenerator)) code->flags |= kCodeIterableCoroutine;
    }
    return f;
}

Value gc_collect(VM& vm, Args) { return Value::integer(static_cast<int64_t>(collect_cycles(vm))); }
Value gc_noop(VM& vm, Args) { return vm.None; }

}  // namespace

void init_python_modules(VM& vm) {
    register_python_module(vm, "contextlib", kContextlib);
    register_python_module(vm, "functools", kFunctools);
    vm.register_module("types", [](VM& vm) {
        Value m = vm.new_module("types");
        vm.module_set(m, "coroutine", vm.native_function("coroutine", "coroutine", types_coroutine));
        vm.module_set(m, "FunctionType", Value(vm.t.function));
        vm.module_set(m, "GeneratorType", Value(vm.t.generator));
        vm.module_set(m, "CoroutineType", Value(vm.t.coroutine));
        vm.module_set(m, "AsyncGeneratorType", Value(vm.t.async_generator));
        vm.module_set(m, "ModuleType", Value(vm.t.module));
        vm.module_set(m, "MethodType", Value(vm.t.method));
        vm.module_set(m, "BuiltinFunctionType", Value(vm.t.builtin_function));
        vm.module_set(m, "SimpleNamespace", vm.getattr(vm.import_module("_loopscope_types"), "SimpleNamespace"));
        return m;
    });
    register_python_module(vm, "_loopscope_types", R"PY(
class SimpleNamespace:
    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"namespace({items})"

    def __eq__(self, other):
        return isinstance(other, SimpleNamespace) and self.__dict__ == other.__dict__
)PY");
    // Reference counting frees most objects at once; gc.collect() finds cycles (gc.cpp).
    vm.register_module("gc", [](VM& vm) {
        Value m = vm.new_module("gc");
        vm.module_set(m, "collect", vm.native_function("collect", "collect", gc_collect));
        vm.module_set(m, "enable", vm.native_function("enable", "enable", gc_noop));
        vm.module_set(m, "disable", vm.native_function("disable", "disable", gc_noop));
        return m;
    });
}

}  // namespace ls
