// The bytecode loop. Python-to-Python calls, generator resumption and `yield from`/`await`
// delegation switch frames inside one loop; only natives that call back into Python (a sort
// key, a __repr__) nest a second loop on the C++ stack.
#include "interpreter.h"

#include "dict.h"

namespace ls {

namespace {

std::string plural(size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// "'a', 'b' and 'c'" as in CPython's missing-argument messages.
std::string name_list(const std::vector<std::string>& names) {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += (i + 1 == names.size()) ? (names.size() > 2 ? ", and " : " and ") : ", ";
        out += "'" + names[i] + "'";
    }
    return out;
}

}  // namespace

Frame* make_call_frame(VM& vm, FunctionObject* fn, const Value* args, size_t nargs,
                       const std::vector<KwArg>* kwargs) {
    CodeObject* code = fn->code.get();
    const std::string& qn = fn->qualname->s;
    Frame* f = alloc_frame();
    f->code = fn->code;
    f->words = code->code.data();
    f->func = Ref<FunctionObject>(fn);
    f->globals = fn->globals;
    const size_t nlocals = code->varnames.size();
    f->fast.assign(nlocals, Value::unbound());
    f->stack.reserve(8);  // most bodies stay shallow: avoid regrowing on the first pushes

    const size_t npos = static_cast<size_t>(code->argcount);
    const size_t nkwonly = static_cast<size_t>(code->kwonlyargcount);
    const bool has_varargs = code->is(kCodeVarargs);
    const bool has_varkw = code->is(kCodeVarkw);

    // The common call: positional arguments only, the rest from defaults, no cells.
    const size_t ndefaults_fast = fn->defaults.size();
    if (!kwargs && nargs <= npos && nargs + ndefaults_fast >= npos && !nkwonly && !has_varargs && !has_varkw && !code->ncells()) {
        for (size_t i = 0; i < nargs; ++i) f->fast[i] = args[i];
        for (size_t i = nargs; i < npos; ++i) f->fast[i] = fn->defaults[i - (npos - ndefaults_fast)];
        return f;
    }
    std::vector<bool> set(nlocals, false);
    const size_t varargs_index = npos + nkwonly;
    const size_t varkw_index = varargs_index + (has_varargs ? 1 : 0);

    auto fail = [&](std::string msg) {
        free_frame(f);
        vm.type_error(std::move(msg));
    };

    // Positional arguments.
    size_t take = std::min(nargs, npos);
    for (size_t i = 0; i < take; ++i) {
        f->fast[i] = args[i];
        set[i] = true;
    }
    if (nargs > npos) {
        if (has_varargs) {
            f->fast[varargs_index] = vm.tuple(std::vector<Value>(args + npos, args + nargs));
            set[varargs_index] = true;
        } else {
            size_t ndefaults = fn->defaults.size();
            size_t kw_given = 0;
            if (kwargs)
                for (auto& kw : *kwargs)
                    for (size_t i = npos; i < npos + nkwonly; ++i)
                        if (code->varnames[i]->s == kw.name->s) ++kw_given;
            std::string takes;
            if (ndefaults > 0) takes = "from " + std::to_string(npos - ndefaults) + " to " + std::to_string(npos);
            else takes = std::to_string(npos);
            std::string msg = qn + "() takes " + takes + " positional argument" + (npos == 1 && ndefaults == 0 ? "" : "s") + " but " +
                              std::to_string(nargs) + (nargs == 1 ? " was" : " were") + " given";
            if (kw_given > 0)
                msg = qn + "() takes " + takes + " positional argument" + (npos == 1 && ndefaults == 0 ? "" : "s") + " but " +
                      plural(nargs, "positional argument") + " (and " + plural(kw_given, "keyword-only argument") +
                      ") were given";
            fail(msg);
        }
    } else if (has_varargs) {
        f->fast[varargs_index] = vm.tuple();
        set[varargs_index] = true;
    }

    // Keyword arguments.
    Ref<DictObject> varkw;
    if (has_varkw) {
        varkw = vm.new_dict();
        f->fast[varkw_index] = Value(varkw);
        set[varkw_index] = true;
    }
    if (kwargs) {
        std::vector<std::string> posonly_as_kw;
        for (auto& kw : *kwargs) {
            size_t found = SIZE_MAX;
            for (size_t i = static_cast<size_t>(code->posonlyargcount); i < npos + nkwonly; ++i)
                if (code->varnames[i]->s == kw.name->s) { found = i; break; }
            if (found == SIZE_MAX) {
                bool is_posonly = false;
                for (size_t i = 0; i < static_cast<size_t>(code->posonlyargcount); ++i)
                    if (code->varnames[i]->s == kw.name->s) is_posonly = true;
                if (varkw) {
                    dict_set_str(vm, varkw.get(), kw.name, kw.value);
                    continue;
                }
                if (is_posonly) { posonly_as_kw.push_back(kw.name->s); continue; }
                fail(qn + "() got an unexpected keyword argument '" + kw.name->s + "'");
            }
            if (set[found]) fail(qn + "() got multiple values for argument '" + kw.name->s + "'");
            f->fast[found] = kw.value;
            set[found] = true;
        }
        if (!posonly_as_kw.empty()) {
            std::string names;
            for (size_t i = 0; i < posonly_as_kw.size(); ++i) names += (i ? ", " : "") + posonly_as_kw[i];
            fail(qn + "() got some positional-only arguments passed as keyword arguments: '" + names + "'");
        }
    }

    // Defaults and missing arguments.
    size_t ndefaults = fn->defaults.size();
    std::vector<std::string> missing;
    for (size_t i = 0; i < npos; ++i) {
        if (set[i]) continue;
        if (i >= npos - ndefaults) {
            f->fast[i] = fn->defaults[i - (npos - ndefaults)];
            set[i] = true;
        } else {
            missing.push_back(code->varnames[i]->s);
        }
    }
    if (!missing.empty())
        fail(qn + "() missing " + std::to_string(missing.size()) + " required positional argument" +
             (missing.size() == 1 ? "" : "s") + ": " + name_list(missing));
    for (size_t i = npos; i < npos + nkwonly; ++i) {
        if (set[i]) continue;
        Value* d = fn->kwdefaults ? dict_find_str(fn->kwdefaults.get(), code->varnames[i].get()) : nullptr;
        if (d) {
            f->fast[i] = *d;
            set[i] = true;
        } else {
            missing.push_back(code->varnames[i]->s);
        }
    }
    if (!missing.empty())
        fail(qn + "() missing " + std::to_string(missing.size()) + " required keyword-only argument" +
             (missing.size() == 1 ? "" : "s") + ": " + name_list(missing));

    // Cells: fresh cells for captured locals (initialised from parameters), then the closure.
    if (code->ncells()) {
        f->cells.reserve(code->ncells());
        for (size_t i = 0; i < code->cellvars.size(); ++i) {
            auto cell = make<CellObject>(vm.t.cell);
            int arg = code->cell_args[i];
            if (arg >= 0 && set[static_cast<size_t>(arg)]) {
                cell->value = f->fast[static_cast<size_t>(arg)];
                cell->empty = false;
            }
            f->cells.push_back(cell);
        }
        for (auto& c : fn->closure) f->cells.push_back(c);
    }
    return f;
}

namespace {

// Finished frames are kept (with their vectors' capacity) for the next call: creating and
// freeing frames is on the path of every call and every coroutine.
struct FramePool {
    std::vector<Frame*> frames;
    ~FramePool() {
        for (Frame* f : frames) delete f;
    }
};
thread_local FramePool g_frame_pool;
constexpr size_t kMaxPooledFrames = 1024;

}  // namespace

Frame* alloc_frame() {
    auto& pool = g_frame_pool.frames;
    if (pool.empty()) return new Frame();
    Frame* f = pool.back();
    pool.pop_back();
    return f;
}

void free_frame(Frame* f) {
    auto& pool = g_frame_pool.frames;
    if (pool.size() >= kMaxPooledFrames || f->fast.capacity() > 64 || f->stack.capacity() > 64) {
        delete f;
        return;
    }
    f->reset();
    pool.push_back(f);
}

Value call_function(VM& vm, FunctionObject* fn, const Value* args, size_t nargs, const std::vector<KwArg>* kwargs) {
    Frame* f = make_call_frame(vm, fn, args, nargs, kwargs);
    CodeObject* code = fn->code.get();
    if (code->is(kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator)) {
        GenKind kind = code->is(kCodeCoroutine) ? GenKind::Coroutine
                     : code->is(kCodeAsyncGenerator) ? GenKind::AsyncGenerator : GenKind::Generator;
        TypeObject* t = kind == GenKind::Coroutine ? vm.t.coroutine
                      : kind == GenKind::AsyncGenerator ? vm.t.async_generator : vm.t.generator;
        auto gen = make<GeneratorObject>(t, kind, f);
        gen->name = fn->name;
        gen->qualname = fn->qualname;
        gen->code = fn->code;
        if (vm.interp->current) {
            gen->created_in = vm.interp->current->code;
            gen->created_line = vm.interp->current->line();
        }
        return Value(gen);
    }
    f->is_entry = true;
    Value out;
    vm.interp->run(vm, f, out);
    return out;
}

Value current_handled_exception(VM& vm) {
    for (Frame* f = vm.interp->current; f; f = f->back)
        if (!f->handled.is_none()) return f->handled;
    return Value::none();
}

}  // namespace ls


namespace ls {

Value VM::run_module(Ref<CodeObject> code, Ref<DictObject> globals) {
    Frame* f = alloc_frame();
    f->code = code;
    f->words = code->code.data();
    f->globals = globals;
    f->locals = globals;
    f->back = interp->current;
    f->is_entry = true;
    Value out;
    interp->run(*this, f, out);
    return out;
}

namespace {

// The frame is suspended at `yield from`/`await` (YIELD_VALUE 1): its sub-iterator is on top.
bool is_delegating(const Frame* f) {
    if (f->stack.empty()) return false;
    uint32_t w = f->code->code[f->last_pc];
    return op_of(w) == Op::YIELD_VALUE && arg_of(w) == 1;
}

// Makes a delegating frame continue as if its sub-iterator had returned `value`.
void finish_delegation(Frame* f, Value value) {
    f->stack.pop_back();  // the sub-iterator
    f->push(std::move(value));
    uint32_t send = f->code->code[f->last_pc - 1];  // the SEND before the YIELD_VALUE
    f->pc = arg_of(send);
}

}  // namespace

bool VM::resume(GeneratorObject* gen, Value sent, Value exc, Value& out) {
    const char* kind = gen->kind == GenKind::Coroutine ? "coroutine" : gen->kind == GenKind::AsyncGenerator ? "async generator" : "generator";
    if (gen->state == GenState::Running) value_error(std::string(kind) + " already executing");
    if (gen->state == GenState::Closed) {
        if (exc.is_obj()) throw PyError{exc, false};
        if (gen->kind == GenKind::Coroutine) raise(e.RuntimeError, "cannot reuse already awaited coroutine");
        out = Value();
        return false;
    }
    Frame* f = gen->frame;
    if (gen->state == GenState::Created) {
        if (exc.is_obj()) {
            gen->state = GenState::Closed;
            gen->frame = nullptr;
            free_frame(f);
            throw PyError{exc, false};
        }
        if (!sent.is_none()) type_error(std::string("can't send non-None value to a just-started ") + kind);
    }
    gen->awaited = true;
    bool first = gen->state == GenState::Created;
    Value throw_in = exc;
    if (exc.is_obj() && is_delegating(f)) {
        // Pass the exception down the `await` chain to the innermost awaitable first.
        Value sub = f->top();
        bool sub_is_gen = sub.is_obj() && (sub.obj()->type == t.generator || sub.obj()->type == t.coroutine);
        if (sub_is_gen) {
            Value r;
            try {
                gen->state = GenState::Running;
                bool yielded = resume(sub.as<GeneratorObject>(), Value(), exc, r);
                gen->state = GenState::Suspended;
                if (yielded) {
                    out = std::move(r);
                    return true;  // the inner one handled it and suspended again; so do we
                }
                finish_delegation(f, std::move(r));
                throw_in = Value();
            } catch (PyError& err) {
                gen->state = GenState::Suspended;
                f->stack.pop_back();
                throw_in = err.exc;
            }
        } else if (auto th = getattr_opt(sub, intern("throw").get())) {
            try {
                Value r = call(*th, {exc});
                out = std::move(r);
                return true;
            } catch (PyError& err) {
                if (isinstance(err.exc, e.StopIteration)) {
                    auto* se = err.exc.as<ExceptionObject>();
                    finish_delegation(f, se->args->items.empty() ? Value() : se->args->items[0]);
                    throw_in = Value();
                } else {
                    f->stack.pop_back();
                    throw_in = err.exc;
                }
            }
        } else {
            f->stack.pop_back();
        }
    } else if (!first && !exc.is_obj()) {
        f->push(std::move(sent));
    }
    gen->state = GenState::Running;  // run() checks the recursion limit for this frame
    f->back = interp->current;
    f->is_entry = true;
    if (throw_in.is_obj()) f->pending_throw = throw_in;
    return interp->run(*this, f, out);
}

int suspended_line(GeneratorObject* gen) {
    // The innermost line in the program's own code (library frames, such as asyncio's prelude,
    // are passed through).
    int line = 0;
    Frame* f = gen ? gen->frame : nullptr;
    while (f) {
        if (!f->code->is(kCodeLibrary)) line = f->line();
        if (f->stack.empty() || op_of(f->code->code[f->last_pc]) != Op::YIELD_VALUE) break;
        const Value& sub = f->stack.back();
        if (!sub.is_obj()) break;
        TypeObject* t = sub.obj()->type;
        if (t->name != "coroutine" && t->name != "generator") break;
        f = sub.as<GeneratorObject>()->frame;
    }
    return line;
}

int VM::interp_line() const { return interp && interp->current ? interp->current->line() : 0; }

Value VM::frame_locals() {
    Frame* f = interp->current;
    if (!f) return Value(new_dict());
    if (f->locals) return Value(f->locals);
    auto d = new_dict();
    for (size_t i = 0; i < f->fast.size(); ++i)
        if (!f->fast[i].is_unbound()) dict_set_str(*this, d.get(), f->code->varnames[i], f->fast[i]);
    for (size_t i = 0; i < f->cells.size(); ++i) {
        if (f->cells[i]->empty) continue;
        const auto& n = i < f->code->cellvars.size() ? f->code->cellvars[i] : f->code->freevars[i - f->code->cellvars.size()];
        dict_set_str(*this, d.get(), n, f->cells[i]->value);
    }
    return Value(d);
}

Value VM::frame_globals() {
    Frame* f = interp->current;
    return f ? Value(f->globals) : Value(new_dict());
}

Value VM::generator_exception_escaping(GeneratorObject* gen, const Value& exc) {
    const char* kind = gen->kind == GenKind::Coroutine ? "coroutine" : gen->kind == GenKind::AsyncGenerator ? "async generator" : "generator";
    bool stop = isinstance(exc, e.StopIteration);
    bool astop = gen->kind == GenKind::AsyncGenerator && isinstance(exc, e.StopAsyncIteration);
    if (!stop && !astop) return exc;
    Value r = new_exception(e.RuntimeError, {str(std::string(kind) + " raised " + (stop ? "StopIteration" : "StopAsyncIteration"))});
    auto* re = r.as<ExceptionObject>();
    re->cause = exc;
    re->context = exc;
    re->suppress_context = true;
    return r;
}

}  // namespace ls
