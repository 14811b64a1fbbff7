// Async generators: __aiter__/__anext__/asend/athrow/aclose, the awaitable each step returns,
// and the finalizer CPython's event loop installs (rule 38): an async generator dropped before
// it is exhausted is closed by a new task `aclose()`, and asyncio.run closes the rest.
#include "asyncio_core.h"
#include "interpreter.h"
#include "warnings.h"

namespace ls {

namespace {

// One step of an async generator, awaited by the consumer: anext/asend send a value, athrow and
// aclose throw. While the generator awaits something, its yields pass through to the task.
struct ASendObject : NativeObject {
    Ref<GeneratorObject> gen;
    Value first_value;         // sent on the first step
    Value first_throw;         // or thrown on the first step
    bool closing = false;      // aclose(): a `yield v` is an error, finishing is success
    bool started = false;
    bool done = false;
    ASendObject(TypeObject* t, GeneratorObject* g) : NativeObject(t), gen(g) {}
    void clear_refs() override { gen = nullptr; first_value = first_throw = Value(); }
    void traverse(Visitor v, void* c) const override {
        if (gen) v(gen.get(), c);
        if (first_value.is_obj()) v(first_value.obj(), c);
        if (first_throw.is_obj()) v(first_throw.obj(), c);
    }
};

void note_first_iteration(VM& vm, GeneratorObject* g) {
    if (g->state != GenState::Created || !vm.aio || !vm.aio->running_loop) return;
    auto& gens = vm.aio->running_loop->asyncgens;
    if (std::find(gens.begin(), gens.end(), g) == gens.end()) gens.push_back(g);
}

// Interprets one resume of the generator: true = pass `out` up to the task (an await inside
// the generator); false = this step is over with result `out`.
bool finish_step(VM& vm, ASendObject* s, bool yielded, Value& out) {
    GeneratorObject* g = s->gen.get();
    if (!yielded) {
        s->done = true;
        if (s->closing) {
            out = Value();
            return false;
        }
        throw vm.error(vm.e.StopAsyncIteration, "");
    }
    if (g->yielded_value) {
        g->yielded_value = false;
        s->done = true;
        if (s->closing) vm.raise(vm.e.RuntimeError, "async generator ignored GeneratorExit");
        return false;  // `yield v`: the awaited step returns v
    }
    return true;
}

bool asend_send(VM& vm, Value& self, const Value& sent, Value& out) {
    auto* s = self.as<ASendObject>();
    if (s->done) vm.raise(vm.e.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    GeneratorObject* g = s->gen.get();
    note_first_iteration(vm, g);
    Value value = sent, exc;
    if (!s->started) {
        s->started = true;
        value = s->first_value;
        exc = s->first_throw;
        if (s->closing && (g->state == GenState::Created || g->state == GenState::Closed)) {
            g->state = GenState::Closed;
            s->done = true;
            out = Value();
            return false;
        }
    }
    bool yielded;
    try {
        yielded = vm.resume(g, value, exc, out);
    } catch (PyError& err) {
        s->done = true;
        if (s->closing && (vm.isinstance(err.exc, vm.e.GeneratorExit) || vm.isinstance(err.exc, vm.e.StopAsyncIteration))) {
            out = Value();
            return false;
        }
        throw;
    }
    return finish_step(vm, s, yielded, out);
}

Value asend_throw(VM& vm, Args args) {
    auto* s = static_cast<ASendObject*>(args[0].obj());
    Value exc = args.size() > 1 ? args[1] : Value();
    if (vm.isinstance(exc, vm.t.type)) exc = vm.call(exc, Args{});
    s->started = true;
    Value out;
    bool yielded = vm.resume(s->gen.get(), Value(), exc, out);
    if (!finish_step(vm, s, yielded, out)) {
        PyError stop = vm.error(vm.e.StopIteration, "");
        stop.exc.as<ExceptionObject>()->args = make<TupleObject>(vm.t.tuple, std::vector<Value>{out});
        throw stop;
    }
    return out;
}

Value asend_await(VM&, Args args) { return args[0]; }

GeneratorObject* agen_self(VM& vm, Args args) {
    if (args.size() == 0 || !args[0].is_obj() || args[0].obj()->type != vm.t.async_generator)
        vm.type_error("descriptor requires an 'async_generator' object");
    return args[0].as<GeneratorObject>();
}

Value make_step(VM& vm, GeneratorObject* g, Value value, Value exc, bool closing) {
    auto s = make<ASendObject>(vm.aio->asend_type, g);
    s->first_value = std::move(value);
    s->first_throw = std::move(exc);
    s->closing = closing;
    return Value(s);
}

Value agen_aiter(VM&, Args args) { return args[0]; }
Value agen_anext(VM& vm, Args args) { return make_step(vm, agen_self(vm, args), Value(), Value(), false); }
Value agen_asend(VM& vm, Args args) {
    vm.check_args("asend", Args{args.v + 1, args.n - 1, nullptr}, 1, 1);
    return make_step(vm, agen_self(vm, args), args[1], Value(), false);
}
Value agen_athrow(VM& vm, Args args) {
    if (args.size() < 2) vm.type_error("athrow expected at least 1 argument, got 0");
    Value exc = args[1];
    if (vm.isinstance(exc, vm.t.type)) exc = vm.call(exc, args.size() > 2 ? std::initializer_list<Value>{args[2]} : std::initializer_list<Value>{});
    return make_step(vm, agen_self(vm, args), Value(), exc, false);
}
Value agen_aclose(VM& vm, Args args) {
    return make_step(vm, agen_self(vm, args), Value(), vm.new_exception(vm.e.GeneratorExit, {}), true);
}

// anext(aiterator[, default]) and aiter(aiterable).
Value builtin_aiter(VM& vm, Args args) {
    vm.check_args("aiter", args, 1, 1);
    return vm.get_aiter(args[0]);
}
Value builtin_anext(VM& vm, Args args) {
    vm.check_args("anext", args, 1, 2);
    auto an = vm.lookup_type(vm.type_of(args[0]), "__anext__");
    if (!an) vm.type_error("'" + vm.type_name(args[0]) + "' object is not an async iterator");
    Value awaitable = vm.call(*an, {args[0]});
    if (args.size() == 1) return awaitable;
    Value wrap = vm.getattr(vm.aio->module, "_anext_default");
    return vm.call(wrap, {awaitable, args[1]});
}

}  // namespace

void forget_async_generator(VM& vm, GeneratorObject* gen) {
    if (!vm.aio) return;
    for (LoopObject* l : vm.aio->loops) {
        auto& v = l->asyncgens;
        v.erase(std::remove(v.begin(), v.end(), gen), v.end());
    }
}

void init_async_generators(VM& vm) {
    AsyncioState& st = aio(vm);
    st.asend_type = vm.new_builtin_type("async_generator_asend", nullptr);
    st.asend_type->await_send = asend_send;
    vm.add_method(st.asend_type, "__await__", asend_await);
    vm.add_method(st.asend_type, "throw", asend_throw);
    TypeObject* ag = vm.t.async_generator;
    vm.add_method(ag, "__aiter__", agen_aiter);
    vm.add_method(ag, "__anext__", agen_anext);
    vm.add_method(ag, "asend", agen_asend);
    vm.add_method(ag, "athrow", agen_athrow);
    vm.add_method(ag, "aclose", agen_aclose);
    vm.add_builtin("aiter", builtin_aiter);
    vm.add_builtin("anext", builtin_anext);
}

// ---- what happens when a generator's last reference goes -----------------------------------

bool GeneratorObject::resurrect() {
    VM* vm = current_vm();
    if (!vm || !vm->finalizers_enabled) return false;
    if (kind == GenKind::Coroutine && state == GenState::Created && !awaited) {
        // RuntimeWarning at the line running now, once per location (rule 41).
        std::string name = qualname ? qualname->s : "?";
        int line = vm->interp_line();
        std::string message = "coroutine '" + name + "' was never awaited";
        if (vm->at_exit) {
            // Module globals cleared at interpreter exit: CPython reports the location sys:1.
            vm->defer([message](VM& vm) { vm.write_stderr("sys:1: RuntimeWarning: " + message + "\n"); });
        } else {
            vm->defer([message, line](VM& vm) {
                warn(vm, "RuntimeWarning", message, line, "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
            });
        }
        return false;
    }
    if (kind == GenKind::AsyncGenerator && vm->aio) {
        forget_async_generator(*vm, this);
        if (state == GenState::Suspended && !finalized && vm->aio->running_loop) {
            // The loop's finalizer hook: close it in a new task, one iteration later (rule 38).
            finalized = true;
            Value self(this);  // resurrected: the scheduled call holds the reference now
            Ref<LoopObject> loop = vm->aio->running_loop;
            vm->defer([self, loop](VM& vm) {
                Value closer = vm.call(vm.getattr(vm.aio->module, "_aclose_agen"), {self});
                loop_call_soon(vm, loop.get(), vm.getattr(Value(loop), "create_task"), {closer});
            });
            return true;
        }
    }
    return false;
}

}  // namespace ls
