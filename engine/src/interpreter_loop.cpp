// The bytecode loop: VM::Interp::run. Python-to-Python calls, generator resumption and
// `yield from` / `await` delegation switch frames inside this one loop; only natives that call
// back into Python (a sort key, a __repr__) nest a second loop on the C++ stack.
//
// Resuming a generator from FOR_ITER or SEND leaves the resumer's pc on that instruction, so
// when the generator yields or returns, the resumer's current opcode says what to do with the
// value (see deliver_yield / deliver_return).
#include "dict.h"
#include "exception_group.h"
#include "set.h"
#include "asyncio_core.h"
#include "machine.h"
#include "trace_recorder.h"
#include "interpreter.h"
#include "sandbox.h"
#include "suggestions.h"

namespace ls {

namespace {

void chain_context(VM& vm, ExceptionObject* exc) {
    Value handled = current_handled_exception(vm);
    if (handled.is_none() || handled.obj() == exc) return;
    // If exc is already in handled's context chain, cut the chain there (no cycles).
    Value c = handled;
    while (c.is_obj()) {
        auto* e = c.as<ExceptionObject>();
        if (e->context.is_obj() && e->context.obj() == exc) {
            e->context = Value();
            break;
        }
        c = e->context;
    }
    exc->context = handled;
}

// The exception object for `raise X`: X may be an instance or a class.
Value make_raisable(VM& vm, const Value& v) {
    if (v.is_obj() && v.obj()->type == vm.t.type && v.as<TypeObject>()->is_exception)
        return vm.call(v, Args{});
    if (vm.isinstance(v, vm.e.BaseException)) return v;
    vm.type_error("exceptions must derive from BaseException");
}

bool is_generator_like(VM& vm, const Value& v) {
    if (!v.is_obj()) return false;
    TypeObject* t = v.obj()->type;
    return t == vm.t.generator || t == vm.t.coroutine;
}

const char* gen_kind_word(GenKind k) {
    return k == GenKind::Coroutine ? "coroutine" : k == GenKind::AsyncGenerator ? "async generator" : "generator";
}

// A generator's frame has finished (returned or raised): it is no longer resumable.
void close_generator_frame(GeneratorObject* gen) {
    gen->state = GenState::Closed;
    Frame* fr = gen->frame;
    gen->frame = nullptr;
    free_frame(fr);
}

// UNPACK_SEQUENCE: seq -> an .. a1 (a1 on top).
void unpack_sequence(VM& vm, Frame* f, size_t n) {
    Value seq = f->pop();
    std::vector<Value> items;
    if (seq.is_obj() && (seq.obj()->type == vm.t.tuple || seq.obj()->type == vm.t.list)) {
        items = seq.obj()->type == vm.t.tuple ? seq.as<TupleObject>()->items : seq.as<ListObject>()->items;
    } else {
        Value it = vm.iter(seq);
        Value v;
        while (items.size() <= n && vm.next(it, v)) items.push_back(v);
    }
    if (items.size() > n) vm.value_error("too many values to unpack (expected " + std::to_string(n) + ")");
    if (items.size() < n)
        vm.value_error("not enough values to unpack (expected " + std::to_string(n) + ", got " + std::to_string(items.size()) + ")");
    for (size_t i = n; i-- > 0;) f->push(std::move(items[i]));
}

// UNPACK_EX: `a, *b, c = seq`.
void unpack_ex(VM& vm, Frame* f, size_t before, size_t after) {
    Value seq = f->pop();
    std::vector<Value> items = vm.to_vector(seq);
    if (items.size() < before + after)
        vm.value_error("not enough values to unpack (expected at least " + std::to_string(before + after) + ", got " +
                       std::to_string(items.size()) + ")");
    for (size_t i = 0; i < after; ++i) f->push(items[items.size() - 1 - i]);
    std::vector<Value> middle(items.begin() + static_cast<long>(before), items.end() - static_cast<long>(after));
    f->push(vm.list(std::move(middle)));
    for (size_t i = before; i-- > 0;) f->push(items[i]);
}

// DICT_UPDATE / DICT_MERGE: `{**m}` and `f(**m)` (where duplicates are an error).
void dict_merge(VM& vm, DictObject* d, const Value& m, bool for_call, const Value* callee) {
    auto add = [&](const Value& k, const Value& v) {
        if (for_call) {
            if (!(k.is_obj() && k.obj()->type == vm.t.str)) vm.type_error("keywords must be strings");
            if (dict_find(vm, d, k)) {
                std::string fname = callee && callee->is_obj() && callee->obj()->type == vm.t.function
                                        ? callee->as<FunctionObject>()->qualname->s : "function";
                vm.type_error(fname + "() got multiple values for keyword argument '" + as_str(k)->s + "'");
            }
        }
        dict_set(vm, d, k, v);
    };
    if (m.is_obj() && m.obj()->type == vm.t.dict) {
        auto entries = m.as<DictObject>()->entries;
        for (auto& e : entries) if (e.used) add(e.key, e.value);
        return;
    }
    auto keys = vm.getattr_opt(m, vm.intern("keys").get());
    if (!keys) {
        if (for_call) vm.type_error("argument after ** must be a mapping, not " + vm.type_name(m));
        std::string message = vm.type_name(m);  // built in steps: GCC 12 warns falsely (-Wrestrict) on "'" + name
        vm.type_error(message.insert(0, 1, '\'') + "' object is not a mapping");
    }
    for (auto& k : vm.to_vector(vm.call(*keys, Args{}))) add(k, vm.getitem(m, k));
}

std::vector<std::string> dict_keys(const DictObject* d) {
    std::vector<std::string> out;
    if (!d) return out;
    for (auto& e : d->entries)
        if (e.used && e.key.is_obj()) out.push_back(static_cast<StrObject*>(e.key.obj())->s);
    return out;
}

// NameError with CPython's "Did you mean" candidate: locals, then globals, then builtins.
[[noreturn]] void name_error(VM& vm, Frame* f, const StrObject* name) {
    PyError err = vm.error(vm.e.NameError, "name '" + name->s + "' is not defined" + std::string(sandbox_builtin_note(name->s)));
    auto* exc = err.exc.as<ExceptionObject>();
    std::vector<std::string> locals;
    if (f->locals) locals = dict_keys(f->locals.get());
    else {
        for (size_t i = 0; i < f->fast.size(); ++i)
            if (!f->fast[i].is_unbound()) locals.push_back(f->code->varnames[i]->s);
        for (size_t i = 0; i < f->cells.size(); ++i) {
            if (f->cells[i]->empty) continue;
            locals.push_back(i < f->code->cellvars.size() ? f->code->cellvars[i]->s : f->code->freevars[i - f->code->cellvars.size()]->s);
        }
    }
    for (const auto& candidates : {locals, dict_keys(f->globals.get()), dict_keys(vm.builtins.get())}) {
        exc->suggestion = suggest_name(candidates, name->s);
        if (!exc->suggestion.empty()) break;
    }
    throw err;
}

}  // namespace

// Links a generator's frame under `resumer` and makes it current. The caller continues the loop
// in the returned frame. `exc` non-None means: throw it in at the suspension point.
static Frame* enter_generator(VM& vm, GeneratorObject* gen, Frame* resumer, Value sent, bool& throw_now) {
    if (gen->state == GenState::Running)
        vm.value_error(std::string(gen_kind_word(gen->kind)) + " already executing");
    if (gen->state == GenState::Closed) {
        if (gen->kind == GenKind::Coroutine) vm.raise(vm.e.RuntimeError, "cannot reuse already awaited coroutine");
        throw_now = false;
        return nullptr;  // exhausted generator: caller treats as "returned None"
    }
    if (++vm.depth > vm.recursion_limit) {
        --vm.depth;
        vm.raise(vm.e.RecursionError, "maximum recursion depth exceeded");
    }
    Frame* g = gen->frame;
    bool first = gen->state == GenState::Created;
    gen->state = GenState::Running;
    gen->awaited = true;
    g->back = resumer;
    g->is_entry = false;  // it may have been resumed from native code before
    if (!first && !throw_now) g->push(std::move(sent));
    return g;
}

// A dict lookup by name remembered per instruction (LOAD_ATTR / LOAD_METHOD on a module): the
// entry found last time is used again while the dict is the same object at the same version.
[[gnu::always_inline]] static inline Value* cached_find(CodeObject* code, uint32_t pc, DictObject* d, StrObject* name) {
    if (code->global_cache.empty()) code->global_cache.resize(code->code.size());
    GlobalCacheEntry& c = code->global_cache[pc];
    if (c.entry >= 0 && c.globals_serial == d->serial && c.globals_version == d->version) return &d->entries[size_t(c.entry)].value;
    c = GlobalCacheEntry{d->serial, d->version};
    c.entry = int32_t(dict_find_str_entry(d, name));
    return c.entry >= 0 ? &d->entries[size_t(c.entry)].value : nullptr;
}

// The instruction loop's dispatch (threaded code): count the step, fetch, note the line when
// tracing lines, jump to the handler of the opcode, labelled L_<opcode>. Each handler that ends
// with DISPATCH() has its own indirect jump for the branch predictor to learn. A computed goto
// runs no destructors, so DISPATCH() is used only where no local with one is in scope; other
// exits `break` to the loop's own DISPATCH().
#define CASE(name) case Op::name: L_##name
#define LS_OP_LABEL(name) &&L_##name,
#define DISPATCH()                                                   \
    do {                                                             \
        if (++vm.steps > vm.step_limit) vm.attend();                 \
        word = f->words[f->pc];                                      \
        f->last_pc = f->pc++;                                        \
        arg = arg_of(word);                                          \
        if (vm.trace_lines) [[unlikely]] trace_line();               \
        goto *kHandlers[static_cast<uint8_t>(op_of(word))];          \
    } while (0)

bool VM::Interp::run(VM& vm, Frame* f, Value& out) {
    static const void* const kHandlers[] = {LS_OPCODES(LS_OP_LABEL)};
    RunNesting nesting(vm.machine);
    Frame* const saved_current = current;
    if (++vm.depth > vm.recursion_limit) {
        --vm.depth;
        if (!f->gen) free_frame(f);
        vm.raise(vm.e.RecursionError, "maximum recursion depth exceeded");
    }
    current = f;
    Value pending_exc = std::move(f->pending_throw);  // a throw() into a resumed generator
    f->pending_throw = Value();

    // Called when frame `f` produces `v` by returning. Returns the frame to continue in, or
    // null when the run is over.
    auto do_return = [&](Value v) -> Frame* {
        Frame* back = f->back;
        bool entry = f->is_entry;
        GeneratorObject* gen = f->gen;
        --vm.depth;
        if (gen) {
            close_generator_frame(gen);
            if (gen->kind == GenKind::AsyncGenerator && !entry) {
                // An async generator ending: the consumer's SEND sees StopAsyncIteration.
                f = back;
                current = f;
                f->pop();  // the awaitable
                throw vm.error(vm.e.StopAsyncIteration, "");
            }
        } else {
            free_frame(f);
        }
        if (entry) {
            out = std::move(v);
            return nullptr;
        }
        f = back;
        current = f;
        if (gen) {
            // The resumer is parked on FOR_ITER or SEND.
            uint32_t w = f->code->code[f->pc];
            if (op_of(w) == Op::FOR_ITER) {
                f->pop();  // the exhausted generator
                f->pc = arg_of(w);
            } else {   // SEND
                f->pop();
                f->push(std::move(v));
                f->pc = arg_of(w);
            }
        } else {
            f->push(std::move(v));
        }
        return f;
    };

    // A Python-to-Python call: continue the loop in the callee.
    auto push_frame = [&](Frame* callee) {
        if (++vm.depth > vm.recursion_limit) {
            --vm.depth;
            free_frame(callee);
            vm.raise(vm.e.RecursionError, "maximum recursion depth exceeded");
        }
        callee->back = f;
        f = callee;
        current = f;
    };

    // Calls `callee` with arguments that may sit on this frame's stack above `keep`: a plain
    // Python function continues in a new frame of this same loop; anything else is called here.
    auto invoke = [&](const Value& callee, const Value* args, size_t n, const std::vector<KwArg>* kw, size_t keep) {
        if (callee.is_obj() && callee.obj()->type == vm.t.function) {
            auto* fn = callee.as<FunctionObject>();
            if (!fn->code->is(kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator)) {
                Frame* nf = make_call_frame(vm, fn, args, n, kw);  // copies the arguments
                f->stack.resize(keep);
                push_frame(nf);
                return;
            }
            if (!kw && op_of(f->words[f->pc]) == Op::GET_AWAITABLE && is_plain_sleep0_call(vm, callee, args, n)) {
                f->stack.resize(keep);
                f->push(make_sleep0(vm));
                return;
            }
        }
        Value r = vm.call(callee, Args{args, n, kw});
        f->stack.resize(keep);
        f->push(std::move(r));
    };

    auto do_yield = [&](Value v, bool async_gen_value) -> Frame* {
        Frame* back = f->back;
        bool entry = f->is_entry;
        GeneratorObject* gen = f->gen;
        gen->state = GenState::Suspended;
        gen->yielded_value = async_gen_value;
        f->back = nullptr;
        --vm.depth;
        if (entry) {
            out = std::move(v);
            return nullptr;
        }
        f = back;
        current = f;
        uint32_t w = f->code->code[f->pc];
        if (async_gen_value && op_of(w) == Op::SEND) {
            // `yield v` in an async generator completes the consumer's __anext__ awaitable.
            f->pop();
            f->push(std::move(v));
            f->pc = arg_of(w);
            return f;
        }
        f->push(std::move(v));
        f->pc += 1;  // past the FOR_ITER / SEND that resumed the generator
        return f;
    };

    // Reports a `line` trace event when the instruction about to run starts another line.
    auto trace_line = [&] {
        int line = f->code->positions[f->last_pc].line;
        if (line != f->traced_line && !f->code->is(kCodeLibrary)) {
            f->traced_line = line;
            vm.trace->line(vm, line);
        }
    };

    for (;;) {
        try {
            if (pending_exc.is_obj()) {
                Value e = std::move(pending_exc);
                pending_exc = Value();
                throw PyError{e, false};
            }
            uint32_t word = 0, arg = 0;
            for (;;) {
                DISPATCH();
                switch (op_of(word)) {
                    CASE(NOP):
                    CASE(LINE):
                    CASE(SETUP_ANNOTATIONS):
                        DISPATCH();
                    CASE(POP_TOP):
                        f->stack.pop_back();
                        DISPATCH();
                    CASE(COPY):
                        f->push(f->top(arg));
                        DISPATCH();
                    CASE(SWAP):
                        std::swap(f->top(1), f->top(arg));
                        DISPATCH();
                    CASE(LOAD_CONST):
                        f->push(f->code->consts[arg]);
                        DISPATCH();
                    CASE(LOAD_FAST): {
                        const Value& v = f->fast[arg];
                        if (v.is_unbound())
                            vm.raise(vm.e.UnboundLocalError, "cannot access local variable '" + f->code->varnames[arg]->s +
                                                                 "' where it is not associated with a value");
                        f->push(v);
                    }
                    DISPATCH();
                    CASE(STORE_FAST):
                        f->fast[arg] = f->pop();
                        DISPATCH();
                    CASE(DELETE_FAST):
                        if (!f->fast_set(arg))
                            vm.raise(vm.e.UnboundLocalError, "cannot access local variable '" + f->code->varnames[arg]->s +
                                                                 "' where it is not associated with a value");
                        f->fast[arg] = Value::unbound();
                        DISPATCH();
                    CASE(LOAD_DEREF): {
                        CellObject* c = f->cells[arg].get();
                        if (c->empty) {
                            const std::string& n = arg < f->code->cellvars.size() ? f->code->cellvars[arg]->s
                                                                                  : f->code->freevars[arg - f->code->cellvars.size()]->s;
                            if (arg < f->code->cellvars.size())
                                vm.raise(vm.e.UnboundLocalError, "cannot access local variable '" + n + "' where it is not associated with a value");
                            vm.raise(vm.e.NameError, "cannot access free variable '" + n + "' where it is not associated with a value in enclosing scope");
                        }
                        f->push(c->value);
                    }
                    DISPATCH();
                    CASE(STORE_DEREF): {
                        CellObject* c = f->cells[arg].get();
                        c->value = f->pop();
                        c->empty = false;
                    }
                    DISPATCH();
                    CASE(DELETE_DEREF): {
                        CellObject* c = f->cells[arg].get();
                        c->value = Value();
                        c->empty = true;
                    }
                    DISPATCH();
                    CASE(LOAD_CLOSURE):
                        f->push(Value(f->cells[arg]));
                        DISPATCH();
                    CASE(LOAD_CLASSDEREF): {
                        const std::string& n = arg < f->code->cellvars.size() ? f->code->cellvars[arg]->s
                                                                              : f->code->freevars[arg - f->code->cellvars.size()]->s;
                        Ref<StrObject> key = vm.intern(n);
                        if (Value* v = dict_find_str(f->locals.get(), key.get())) {
                            f->push(*v);
                            break;
                        }
                        CellObject* c = f->cells[arg].get();
                        if (c->empty) vm.raise(vm.e.NameError, "cannot access free variable '" + n + "' where it is not associated with a value in enclosing scope");
                        f->push(c->value);
                    }
                    DISPATCH();
                    CASE(LOAD_GLOBAL): {
                        CodeObject* code = f->code.get();
                        DictObject* globals = f->globals.get();
                        DictObject* builtins = vm.builtins.get();
                        if (code->global_cache.empty()) code->global_cache.resize(code->code.size());
                        GlobalCacheEntry& c = code->global_cache[f->last_pc];
                        if (c.entry >= 0 && c.globals_serial == globals->serial && c.globals_version == globals->version) {
                            if (!c.builtins_serial) { f->push(globals->entries[size_t(c.entry)].value); DISPATCH(); }
                            if (c.builtins_serial == builtins->serial && c.builtins_version == builtins->version) {
                                f->push(builtins->entries[size_t(c.entry)].value);
                                DISPATCH();
                            }
                        }
                        StrObject* n = code->names[arg].get();
                        c = GlobalCacheEntry{globals->serial, globals->version};
                        if ((c.entry = int32_t(dict_find_str_entry(globals, n))) >= 0) {
                            f->push(globals->entries[size_t(c.entry)].value);
                            break;
                        }
                        if ((c.entry = int32_t(dict_find_str_entry(builtins, n))) >= 0) {
                            c.builtins_serial = builtins->serial;
                            c.builtins_version = builtins->version;
                            f->push(builtins->entries[size_t(c.entry)].value);
                            break;
                        }
                        name_error(vm, f, n);
                    }
                    CASE(STORE_GLOBAL):
                        dict_set_str(vm, f->globals.get(), f->code->names[arg], f->pop());
                        DISPATCH();
                    CASE(DELETE_GLOBAL):
                        if (!dict_del_str(f->globals.get(), f->code->names[arg].get()))
                            vm.raise(vm.e.NameError, "name '" + f->code->names[arg]->s + "' is not defined");
                        DISPATCH();
                    CASE(LOAD_NAME): {
                        StrObject* n = f->code->names[arg].get();
                        if (Value* v = dict_find_str(f->locals.get(), n)) { f->push(*v); break; }
                        if (Value* v = dict_find_str(f->globals.get(), n)) { f->push(*v); break; }
                        if (Value* v = dict_find_str(vm.builtins.get(), n)) { f->push(*v); break; }
                        name_error(vm, f, n);
                    }
                    CASE(STORE_NAME):
                        dict_set_str(vm, f->locals.get(), f->code->names[arg], f->pop());
                        DISPATCH();
                    CASE(DELETE_NAME):
                        if (!dict_del_str(f->locals.get(), f->code->names[arg].get()))
                            vm.raise(vm.e.NameError, "name '" + f->code->names[arg]->s + "' is not defined");
                        DISPATCH();
                    CASE(LOAD_ATTR): {
                        Value o = f->pop();
                        if (o.is_obj() && o.obj()->type == vm.t.module) {
                            if (Value* v = cached_find(f->code.get(), f->last_pc, o.as<ModuleObject>()->dict.get(), f->code->names[arg].get())) {
                                f->push(*v);
                                break;
                            }
                        }
                        f->push(vm.getattr(o, f->code->names[arg].get()));
                    }
                    DISPATCH();
                    CASE(STORE_ATTR): {
                        Value o = f->pop();
                        Value v = f->pop();
                        vm.setattr(o, f->code->names[arg].get(), std::move(v));
                    }
                    DISPATCH();
                    CASE(DELETE_ATTR): {
                        Value o = f->pop();
                        vm.delattr(o, f->code->names[arg].get());
                    }
                    DISPATCH();
                    CASE(LOAD_METHOD): {
                        if (Value& mod = f->top(); mod.is_obj() && mod.obj()->type == vm.t.module) {
                            if (Value* v = cached_find(f->code.get(), f->last_pc, mod.as<ModuleObject>()->dict.get(), f->code->names[arg].get())) {
                                mod = *v;  // *v is copied before the module is let go
                                f->push(null_marker);
                                DISPATCH();
                            }
                        }
                        Value o = f->pop();
                        Value m;
                        bool unbound = vm.load_method(o, f->code->names[arg].get(), m);
                        f->push(std::move(m));
                        f->push(unbound ? std::move(o) : null_marker);
                    }
                    DISPATCH();
                    CASE(CALL_METHOD): {
                        size_t n = arg;
                        Value* base = &f->stack[f->stack.size() - n - 2];
                        bool has_self = !(base[1].is_obj() && base[1].obj() == null_marker.obj());
                        Value callee = base[0];
                        invoke(callee, has_self ? base + 1 : base + 2, has_self ? n + 1 : n, nullptr, f->stack.size() - n - 2);
                    }
                    DISPATCH();
                    CASE(BINARY_SUBSCR): {
                        Value k = f->pop();
                        Value o = f->pop();
                        if (o.is_obj() && o.obj()->type == vm.t.list && k.is_int()) {
                            auto* l = o.as<ListObject>();
                            int64_t i = k.as_int();
                            int64_t n = static_cast<int64_t>(l->items.size());
                            if (i < 0) i += n;
                            if (i >= 0 && i < n) { f->push(l->items[static_cast<size_t>(i)]); break; }
                        }
                        f->push(vm.getitem(o, k));
                    }
                    DISPATCH();
                    CASE(STORE_SUBSCR): {
                        Value k = f->pop();
                        Value o = f->pop();
                        Value v = f->pop();
                        vm.setitem(o, k, std::move(v));
                    }
                    DISPATCH();
                    CASE(DELETE_SUBSCR): {
                        Value k = f->pop();
                        Value o = f->pop();
                        vm.delitem(o, k);
                    }
                    DISPATCH();
                    CASE(BINARY_OP): {
                        Value b = f->pop();
                        Value& a = f->top();
                        auto kind = static_cast<ast::BinOpKind>(arg & 0xff);
                        if (a.is_int() && b.is_int()) {
                            int64_t x = a.as_int(), y = b.as_int(), r;
                            switch (kind) {
                                case ast::BinOpKind::Add:
                                    if (!__builtin_add_overflow(x, y, &r)) { a = Value::integer(r); continue; }
                                    break;
                                case ast::BinOpKind::Sub:
                                    if (!__builtin_sub_overflow(x, y, &r)) { a = Value::integer(r); continue; }
                                    break;
                                case ast::BinOpKind::Mult:
                                    if (!__builtin_mul_overflow(x, y, &r)) { a = Value::integer(r); continue; }
                                    break;
                                case ast::BinOpKind::Mod:
                                    if (y > 0 && x >= 0) { a = Value::integer(x % y); continue; }
                                    break;
                                case ast::BinOpKind::FloorDiv:
                                    if (y > 0 && x >= 0) { a = Value::integer(x / y); continue; }
                                    break;
                                default:
                                    break;
                            }
                        }
                        a = vm.binary_op(kind, a, b, (arg & 0x100) != 0);
                    }
                    DISPATCH();
                    CASE(UNARY_OP): {
                        Value& a = f->top();
                        auto kind = static_cast<ast::UnaryOpKind>(arg);
                        if (kind == ast::UnaryOpKind::Not) a = Value::boolean(!vm.truthy(a));
                        else a = vm.unary_op(kind, a);
                    }
                    DISPATCH();
                    CASE(COMPARE_OP): {
                        Value b = f->pop();
                        Value& a = f->top();
                        auto kind = static_cast<ast::CmpOpKind>(arg);
                        if (a.is_int() && b.is_int()) {
                            int64_t x = a.as_int(), y = b.as_int();
                            bool r;
                            switch (kind) {
                                case ast::CmpOpKind::Eq: r = x == y; break;
                                case ast::CmpOpKind::NotEq: r = x != y; break;
                                case ast::CmpOpKind::Lt: r = x < y; break;
                                case ast::CmpOpKind::LtE: r = x <= y; break;
                                case ast::CmpOpKind::Gt: r = x > y; break;
                                case ast::CmpOpKind::GtE: r = x >= y; break;
                                default: goto general_compare;
                            }
                            a = Value::boolean(r);
                            break;
                        }
                    general_compare:
                        switch (kind) {
                            case ast::CmpOpKind::Eq: a = vm.compare(CompareOp::Eq, a, b); break;
                            case ast::CmpOpKind::NotEq: a = vm.compare(CompareOp::Ne, a, b); break;
                            case ast::CmpOpKind::Lt: a = vm.compare(CompareOp::Lt, a, b); break;
                            case ast::CmpOpKind::LtE: a = vm.compare(CompareOp::Le, a, b); break;
                            case ast::CmpOpKind::Gt: a = vm.compare(CompareOp::Gt, a, b); break;
                            case ast::CmpOpKind::GtE: a = vm.compare(CompareOp::Ge, a, b); break;
                            case ast::CmpOpKind::Is: a = Value::boolean(a.is(b)); break;
                            case ast::CmpOpKind::IsNot: a = Value::boolean(!a.is(b)); break;
                            case ast::CmpOpKind::In: a = Value::boolean(vm.contains(b, a)); break;
                            case ast::CmpOpKind::NotIn: a = Value::boolean(!vm.contains(b, a)); break;
                        }
                    }
                    DISPATCH();
                    CASE(JUMP):
                        f->pc = arg;
                        DISPATCH();
                    CASE(POP_JUMP_IF_FALSE): {
                        Value c = f->pop();
                        if (!(c.is_bool() ? c.as_bool() : vm.truthy(c))) f->pc = arg;
                    }
                    DISPATCH();
                    CASE(POP_JUMP_IF_TRUE): {
                        Value c = f->pop();
                        if (c.is_bool() ? c.as_bool() : vm.truthy(c)) f->pc = arg;
                    }
                    DISPATCH();
                    CASE(JUMP_IF_FALSE_OR_POP):
                        if (!vm.truthy(f->top())) f->pc = arg; else f->stack.pop_back();
                        DISPATCH();
                    CASE(JUMP_IF_TRUE_OR_POP):
                        if (vm.truthy(f->top())) f->pc = arg; else f->stack.pop_back();
                        DISPATCH();
                    CASE(GET_ITER):
                        f->top() = vm.iter(f->top());
                        DISPATCH();
                    CASE(FOR_ITER): {
                        Value& it = f->top();
                        Object* o = it.obj();
                        if (o->type->iternext) {
                            f->push(Value());  // the next item goes here
                            if (!o->type->iternext(vm, o, f->top())) {
                                f->stack.pop_back();
                                f->stack.pop_back();
                                f->pc = arg;
                            }
                            DISPATCH();
                        }
                        if (o->type == vm.t.generator) {
                            auto* gen = static_cast<GeneratorObject*>(o);
                            bool throw_now = false;
                            Frame* g = enter_generator(vm, gen, f, Value(), throw_now);
                            if (!g) { f->stack.pop_back(); f->pc = arg; break; }
                            f->pc = f->last_pc;  // park on FOR_ITER
                            f = g;
                            current = f;
                            break;
                        }
                        Value v;
                        if (vm.next(it, v)) f->push(std::move(v));
                        else { f->stack.pop_back(); f->pc = arg; }
                    }
                    DISPATCH();
                    CASE(BUILD_TUPLE): {
                        std::vector<Value> items(std::make_move_iterator(f->stack.end() - arg), std::make_move_iterator(f->stack.end()));
                        f->stack.resize(f->stack.size() - arg);
                        f->push(vm.tuple(std::move(items)));
                    }
                    DISPATCH();
                    CASE(BUILD_LIST): {
                        std::vector<Value> items(std::make_move_iterator(f->stack.end() - arg), std::make_move_iterator(f->stack.end()));
                        f->stack.resize(f->stack.size() - arg);
                        f->push(vm.list(std::move(items)));
                    }
                    DISPATCH();
                    CASE(BUILD_SET): {
                        Ref<SetObject> s = vm.new_set();
                        for (size_t i = f->stack.size() - arg; i < f->stack.size(); ++i) set_add(vm, s.get(), f->stack[i]);
                        f->stack.resize(f->stack.size() - arg);
                        f->push(Value(s));
                    }
                    DISPATCH();
                    CASE(BUILD_MAP): {
                        Ref<DictObject> d = vm.new_dict();
                        size_t base = f->stack.size() - 2 * arg;
                        for (size_t i = base; i < f->stack.size(); i += 2) dict_set(vm, d.get(), f->stack[i], f->stack[i + 1]);
                        f->stack.resize(base);
                        f->push(Value(d));
                    }
                    DISPATCH();
                    CASE(BUILD_SLICE): {
                        Value step = arg == 3 ? f->pop() : Value();
                        Value stop = f->pop();
                        Value start = f->pop();
                        f->push(Value(make<SliceObject>(vm.t.slice, std::move(start), std::move(stop), std::move(step))));
                    }
                    DISPATCH();
                    CASE(BUILD_STRING): {
                        std::string s;
                        for (size_t i = f->stack.size() - arg; i < f->stack.size(); ++i) s += as_str(f->stack[i])->s;
                        f->stack.resize(f->stack.size() - arg);
                        f->push(vm.str(std::move(s)));
                    }
                    DISPATCH();
                    CASE(LIST_APPEND): {
                        Value v = f->pop();
                        f->top(arg).as<ListObject>()->items.push_back(std::move(v));
                    }
                    DISPATCH();
                    CASE(SET_ADD): {
                        Value v = f->pop();
                        set_add(vm, f->top(arg).as<SetObject>(), v);
                    }
                    DISPATCH();
                    CASE(MAP_ADD): {
                        Value v = f->pop();
                        Value k = f->pop();
                        dict_set(vm, f->top(arg).as<DictObject>(), std::move(k), std::move(v));
                    }
                    DISPATCH();
                    CASE(LIST_EXTEND): {
                        Value it = f->pop();
                        auto* l = f->top(arg).as<ListObject>();
                        for (auto& v : vm.to_vector(it)) l->items.push_back(std::move(v));
                    }
                    DISPATCH();
                    CASE(SET_UPDATE): {
                        Value it = f->pop();
                        set_update(vm, f->top(arg).as<SetObject>(), it);
                    }
                    DISPATCH();
                    CASE(DICT_UPDATE): {
                        Value m = f->pop();
                        dict_merge(vm, f->top(arg).as<DictObject>(), m, false, nullptr);
                    }
                    DISPATCH();
                    CASE(DICT_MERGE): {
                        Value m = f->pop();
                        // stack: f args kwargs  (the callee is three below the dict)
                        Value callee = f->stack.size() >= 3 ? f->top(arg + 2) : Value();
                        dict_merge(vm, f->top(arg).as<DictObject>(), m, true, &callee);
                    }
                    DISPATCH();
                    CASE(LIST_TO_TUPLE): {
                        Value l = f->pop();
                        f->push(vm.tuple(std::move(l.as<ListObject>()->items)));
                    }
                    DISPATCH();
                    CASE(UNPACK_SEQUENCE): unpack_sequence(vm, f, arg); break;
                    CASE(UNPACK_EX): unpack_ex(vm, f, arg & 0xff, arg >> 8); break;
                    CASE(FORMAT_VALUE): {
                        Value spec = (arg & 4) ? f->pop() : Value();
                        Value v = f->pop();
                        std::string s;
                        switch (arg & 3) {
                            case 1: s = vm.to_str(v); break;
                            case 2: s = vm.repr(v); break;
                            case 3: s = vm.ascii(v); break;
                            default: break;
                        }
                        std::string sp = spec.is_obj() ? as_str(spec)->s : std::string();
                        if (arg & 3) {
                            if (!sp.empty()) s = vm.format(vm.str(s), sp);
                        } else if (v.is_obj() && v.obj()->type == vm.t.str && sp.empty()) {
                            f->push(std::move(v));
                            break;
                        } else {
                            s = vm.format(v, sp);
                        }
                        f->push(vm.str(std::move(s)));
                    }
                    DISPATCH();
                    CASE(CALL):
                    CASE(CALL_KW): {
                        size_t n = arg;
                        Value kwnames = op_of(word) == Op::CALL_KW ? f->pop() : Value();
                        size_t nkw = kwnames.is_obj() ? kwnames.as<TupleObject>()->items.size() : 0;
                        size_t base = f->stack.size() - n - 1;
                        Value callee = f->stack[base];
                        const Value* args = &f->stack[base + 1];
                        std::vector<KwArg> kw;
                        if (nkw) {
                            auto& names = kwnames.as<TupleObject>()->items;
                            for (size_t i = 0; i < nkw; ++i)
                                kw.push_back({Ref<StrObject>(as_str(names[i])), args[n - nkw + i]});
                        }
                        invoke(callee, args, n - nkw, nkw ? &kw : nullptr, base);
                    }
                    DISPATCH();
                    CASE(CALL_EX): {
                        Value kwargs = arg ? f->pop() : Value();
                        Value posargs = f->pop();
                        Value callee = f->pop();
                        std::vector<KwArg> kw;
                        if (kwargs.is_obj()) {
                            for (auto& e : kwargs.as<DictObject>()->entries) {
                                if (!e.used) continue;
                                if (!(e.key.is_obj() && e.key.obj()->type == vm.t.str))
                                    vm.type_error("keywords must be strings");
                                kw.push_back({Ref<StrObject>(as_str(e.key)), e.value});
                            }
                        }
                        auto& items = posargs.as<TupleObject>()->items;
                        invoke(callee, items.data(), items.size(), kw.empty() ? nullptr : &kw, f->stack.size());
                    }
                    DISPATCH();
                    CASE(MAKE_FUNCTION): {
                        Value code = f->pop();
                        Value closure = (arg & kFnClosure) ? f->pop() : Value();
                        Value kwdefaults = (arg & kFnKwDefaults) ? f->pop() : Value();
                        Value defaults = (arg & kFnDefaults) ? f->pop() : Value();
                        auto fn = make<FunctionObject>(vm.t.function, Ref<CodeObject>(code.as<CodeObject>()), f->globals);
                        fn->name = vm.intern(fn->code->name);
                        fn->qualname = vm.intern(fn->code->qualname);
                        if (defaults.is_obj()) fn->defaults = defaults.as<TupleObject>()->items;
                        if (kwdefaults.is_obj()) fn->kwdefaults = Ref<DictObject>(kwdefaults.as<DictObject>());
                        if (closure.is_obj())
                            for (auto& c : closure.as<TupleObject>()->items) fn->closure.push_back(Ref<CellObject>(c.as<CellObject>()));
                        if (Value* mod = dict_find_str(f->globals.get(), vm.intern("__name__").get())) fn->module_name = *mod;
                        f->push(Value(fn));
                    }
                    DISPATCH();
                    CASE(LOAD_BUILD_CLASS): {
                        Value* b = dict_find_str(vm.builtins.get(), vm.intern("__build_class__").get());
                        if (!b) vm.raise(vm.e.NameError, "__build_class__ not found");
                        f->push(*b);
                    }
                    DISPATCH();
                    CASE(RETURN_VALUE): {
                        Value v = f->pop();
                        if (!do_return(std::move(v))) { current = saved_current; return false; }
                    }
                    DISPATCH();
                    CASE(YIELD_VALUE): {
                        Value v = f->pop();
                        bool async_value = arg == 0 && f->gen && f->gen->kind == GenKind::AsyncGenerator;
                        if (!do_yield(std::move(v), async_value)) { current = saved_current; return true; }
                    }
                    DISPATCH();
                    CASE(GET_AWAITABLE):
                        // An awaitable that is its own iterator (sleep(0)) stays as is.
                        if (!(f->top().is_obj() && f->top().obj()->type->await_returns_self)) f->top() = vm.get_awaitable(f->top(), arg);
                        DISPATCH();
                    CASE(GET_YIELD_FROM_ITER): {
                        Value& o = f->top();
                        if (!(o.is_obj() && o.obj()->type == vm.t.generator)) {
                            if (o.is_obj() && o.obj()->type == vm.t.coroutine)
                                vm.type_error("cannot 'yield from' a coroutine object in a non-coroutine generator");
                            o = vm.iter(o);
                        }
                    }
                    DISPATCH();
                    CASE(SEND): {
                        Value v = f->pop();
                        Value& it = f->top();
                        if (is_generator_like(vm, it)) {
                            GeneratorObject* gen = it.as<GeneratorObject>();
                            bool throw_now = false;
                            Frame* g = enter_generator(vm, gen, f, std::move(v), throw_now);
                            if (!g) {  // exhausted
                                f->stack.pop_back();
                                f->push(Value());
                                f->pc = arg;
                                break;
                            }
                            f->pc = f->last_pc;  // park on SEND
                            f = g;
                            current = f;
                            break;
                        }
                        Value r;
                        TypeObject* it_type = it.obj()->type;
                        bool yielded = it_type->await_send ? it_type->await_send(vm, it, v, r) : vm.send_native(it, std::move(v), r);
                        if (yielded) {
                            f->push(std::move(r));  // yielded
                        } else {
                            f->stack.pop_back();
                            f->push(std::move(r));
                            f->pc = arg;
                        }
                    }
                    DISPATCH();
                    CASE(GET_AITER): {
                        Value o = f->pop();
                        f->push(vm.get_aiter(o));
                    }
                    DISPATCH();
                    CASE(GET_ANEXT):
                        f->push(vm.get_anext(f->top()));
                        DISPATCH();
                    CASE(END_ASYNC_FOR): {
                        Value exc = f->pop();
                        if (vm.isinstance(exc, vm.e.StopAsyncIteration)) {
                            f->stack.pop_back();  // the async iterator
                            break;
                        }
                        throw PyError{exc, true};
                    }
                    CASE(RAISE_VARARGS): {
                        if (arg == 0) {
                            Value h = current_handled_exception(vm);
                            if (h.is_none()) vm.raise(vm.e.RuntimeError, "No active exception to reraise");
                            throw PyError{h, true};
                        }
                        Value cause = arg == 2 ? f->pop() : Value();
                        Value exc = make_raisable(vm, f->pop());
                        auto* eo = exc.as<ExceptionObject>();
                        if (arg == 2) {
                            if (cause.is_none()) {
                                eo->cause = Value();
                            } else {
                                Value c = make_raisable(vm, cause);
                                eo->cause = c;
                            }
                            eo->suppress_context = true;
                        }
                        throw PyError{exc, false};
                    }
                    CASE(SETUP_FINALLY):
                        f->blocks.push_back({arg, static_cast<uint32_t>(f->stack.size())});
                        DISPATCH();
                    CASE(POP_BLOCK):
                        f->blocks.pop_back();
                        DISPATCH();
                    CASE(PUSH_EXC_INFO): {
                        Value exc = f->pop();
                        f->push(f->handled);
                        f->blocks.push_back({arg, static_cast<uint32_t>(f->stack.size())});
                        f->handled = exc;
                        f->push(std::move(exc));
                    }
                    DISPATCH();
                    CASE(POP_EXCEPT):
                        f->handled = f->pop();
                        DISPATCH();
                    CASE(CHECK_EXC_MATCH): {
                        Value type = f->pop();
                        f->push(Value::boolean(vm.exception_matches(f->top(), type)));
                    }
                    DISPATCH();
                    CASE(CHECK_EG_MATCH): {
                        Value type = f->pop();
                        Value exc = f->pop();
                        Value match, rest;
                        exception_group_match(vm, exc, type, match, rest);
                        f->push(std::move(rest));
                        f->push(std::move(match));
                    }
                    DISPATCH();
                    CASE(PREP_RERAISE_STAR): {
                        Value list = f->pop();
                        Value orig = f->pop();
                        f->push(prep_reraise_star(vm, orig, list.as<ListObject>()->items));
                    }
                    DISPATCH();
                    CASE(RERAISE): {
                        Value exc = f->pop();
                        throw PyError{exc, true};
                    }
                    CASE(POP_EXCEPT_AND_RERAISE): {
                        Value exc = f->pop();
                        f->handled = f->pop();
                        throw PyError{exc, true};
                    }
                    CASE(BEFORE_WITH): {
                        Value cm = f->pop();
                        Value enter = vm.special_method(cm, "__enter__", "context manager");
                        Value exit = vm.special_method(cm, "__exit__", "context manager");
                        f->push(exit);
                        f->push(vm.call(enter, Args{}));
                    }
                    DISPATCH();
                    CASE(BEFORE_ASYNC_WITH): {
                        Value cm = f->pop();
                        Value enter = vm.special_method(cm, "__aenter__", "asynchronous context manager");
                        Value exit = vm.special_method(cm, "__aexit__", "asynchronous context manager");
                        f->push(exit);
                        f->push(vm.call(enter, Args{}));
                    }
                    DISPATCH();
                    CASE(WITH_EXCEPT_START): {
                        // stack: exit prev exc
                        Value exc = f->top(1);
                        Value exit = f->top(3);
                        Value type = Value(exc.obj()->type);
                        Value tb = vm.traceback_object(exc);
                        Value argv[3] = {type, exc, tb};
                        f->push(vm.call(exit, Args{argv, 3, nullptr}));
                    }
                    DISPATCH();
                    CASE(LOAD_ASSERTION_ERROR):
                        f->push(Value(vm.e.AssertionError));
                        DISPATCH();
                    CASE(IMPORT_NAME): {
                        const std::string& name = f->code->names[arg / 2]->s;
                        Value m = vm.import_module(name);
                        if ((arg & 1) == 0 && name.find('.') != std::string::npos)
                            m = vm.import_module(name.substr(0, name.find('.')));
                        f->push(std::move(m));
                    }
                    DISPATCH();
                    CASE(IMPORT_FROM): {
                        Value& m = f->top();
                        StrObject* n = f->code->names[arg].get();
                        auto v = vm.getattr_opt(m, n);
                        if (!v) {
                            std::string mod = m.obj()->type == vm.t.module ? m.as<ModuleObject>()->name->s : "?";
                            // A submodule, e.g. `from concurrent import futures`.
                            try {
                                v = vm.import_module(mod + "." + n->s);
                            } catch (PyError&) {
                                PyError err = vm.error(vm.e.ImportError, "cannot import name '" + n->s + "' from '" + mod + "' (unknown location)");
                                vm.setattr(err.exc, vm.intern("name").get(), vm.str(mod));
                                throw err;
                            }
                        }
                        f->push(*v);
                    }
                    DISPATCH();
                    CASE(IMPORT_STAR): {
                        Value m = f->pop();
                        auto* d = m.as<ModuleObject>()->dict.get();
                        for (auto& e : d->entries) {
                            if (!e.used) continue;
                            auto* k = as_str(e.key);
                            if (!k->s.empty() && k->s[0] == '_') continue;
                            dict_set_str(vm, f->locals.get(), Ref<StrObject>(k), e.value);
                        }
                    }
                    DISPATCH();
                    CASE(PRINT_EXPR): {
                        Value v = f->pop();
                        if (!v.is_none()) vm.write_stdout(vm.repr(v) + "\n");
                    }
                    DISPATCH();
                }
            }
        } catch (PyError& err) {
            Value exc = err.exc;
            auto* eo = exc.as<ExceptionObject>();
            if (!err.reraise) {
                chain_context(vm, eo);
                eo->traceback.push_back({f->code, f->line()});
            }
            // Find a handler in this frame, else leave the frame and try its caller.
            for (;;) {
                if (!f->blocks.empty()) {
                    Block b = f->blocks.back();
                    f->blocks.pop_back();
                    f->stack.resize(b.level);
                    f->push(exc);
                    f->pc = b.handler;
                    break;
                }
                Frame* back = f->back;
                bool entry = f->is_entry;
                GeneratorObject* gen = f->gen;
                --vm.depth;
                if (gen) {
                    f->back = nullptr;
                    close_generator_frame(gen);
                    exc = vm.generator_exception_escaping(gen, exc);
                } else {
                    free_frame(f);
                }
                if (entry) {
                    current = saved_current;
                    throw PyError{exc, false};
                }
                f = back;
                current = f;
                eo = exc.as<ExceptionObject>();
                eo->traceback.push_back({f->code, f->line()});
            }
        } catch (...) {
            // The run stops (a budget, a cancel, a killed thread): no Python code sees that, so
            // the frames of this loop are dead. Free them as returning would; otherwise
            // everything they hold outlives the run. Nothing of the program runs meanwhile (no
            // finalizers, as for a daemon thread at exit in CPython).
            current = saved_current;
            const bool finalizers = vm.finalizers_enabled;
            vm.finalizers_enabled = false;
            for (;;) {
                Frame* back = f->back;
                const bool entry = f->is_entry;
                --vm.depth;
                if (GeneratorObject* gen = f->gen) {
                    f->back = nullptr;
                    close_generator_frame(gen);
                } else {
                    free_frame(f);
                }
                if (entry) break;
                f = back;
            }
            vm.finalizers_enabled = finalizers;
            throw;
        }
    }
}

#undef DISPATCH
#undef LS_OP_LABEL
#undef CASE

}  // namespace ls
