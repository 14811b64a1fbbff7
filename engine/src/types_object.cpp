// The object model's own types: object, type, NoneType, functions and methods, property /
// staticmethod / classmethod, super, class creation (__build_class__), BaseException and the
// generator/coroutine objects' methods.
#include <cstdio>

#include "dict.h"
#include "exception_group.h"
#include "interpreter.h"
#include "types.h"

namespace ls {

namespace {

struct SuperObject : NativeObject {
    Ref<TypeObject> start;  // search the MRO after this class
    Value self;             // instance (or class) the attributes are bound to
    SuperObject(TypeObject* t, TypeObject* s, Value o) : NativeObject(t), start(s), self(std::move(o)) {}
    void clear_refs() override { self = Value(); start = nullptr; }
};

std::string address_of(const Value& v) {
    char buf[32];
    uint64_t serial = v.is_obj() ? v.obj()->serial : 0;
    snprintf(buf, sizeof buf, "0x%012llx", static_cast<unsigned long long>(0x7f0000000000ull + serial * 0x30));
    return buf;
}

std::string class_display_name(const TypeObject* cls) {
    if (cls->module == "builtins") return cls->name;
    return cls->module + "." + cls->name;
}

// ---- object ---------------------------------------------------------------------------------

Value object_new(VM& vm, Args args) {
    if (args.size() == 0) vm.type_error("object.__new__(): not enough arguments");
    auto* cls = args[0].as<TypeObject>();
    if (args.size() > 1 || args.has_kw()) {
        auto init = vm.lookup_type(cls, "__init__");
        auto object_init = vm.lookup_type(vm.t.object, "__init__");
        if (!init || init->obj() == object_init->obj())
            vm.type_error(cls->name + "() takes no arguments");
    }
    if (cls->is_builtin && cls != vm.t.object) vm.type_error("object.__new__(" + cls->name + ") is not safe, use " + cls->name + ".__new__()");
    return Value(make<InstanceObject>(cls));
}

Value object_init(VM& vm, Args args) {
    if (args.size() > 1 || args.has_kw()) {
        TypeObject* cls = vm.type_of(args[0]);
        auto nw = vm.lookup_type(cls, "__new__");
        auto object_new_v = vm.lookup_type(vm.t.object, "__new__");
        auto init = vm.lookup_type(cls, "__init__");
        auto object_init_v = vm.lookup_type(vm.t.object, "__init__");
        if (init->obj() != object_init_v->obj())
            vm.type_error("object.__init__() takes exactly one argument (the instance to initialize)");
        if (nw->obj() == object_new_v->obj()) vm.type_error(cls->name + "() takes no arguments");
    }
    return vm.None;
}

Value object_repr(VM& vm, Args args) { return vm.str(vm.default_repr(args[0])); }
Value object_str(VM& vm, Args args) { return vm.str(vm.repr(args[0])); }
Value object_eq(VM& vm, Args args) { return args[0].is(args[1]) ? vm.True : vm.NotImplemented; }
Value object_ne(VM& vm, Args args) {
    auto eq = vm.lookup_type(vm.type_of(args[0]), "__eq__");
    Value r = vm.call(*eq, {args[0], args[1]});
    if (r.is_obj() && r.obj() == vm.NotImplemented.obj()) return r;
    return Value::boolean(!vm.truthy(r));
}
Value object_hash(VM& vm, Args args) {
    (void)vm;
    return Value::integer(static_cast<int64_t>(args[0].is_obj() ? args[0].obj()->serial * 0x30 / 16 : 0));
}
Value object_format(VM& vm, Args args) {
    if (args.size() > 1 && args[1].is_obj() && !as_str(args[1])->s.empty())
        vm.type_error("unsupported format string passed to " + vm.type_name(args[0]) + ".__format__");
    return vm.str(vm.to_str(args[0]));
}
Value object_dir(VM& vm, Args args) {
    std::vector<Value> names;
    auto add = [&](DictObject* d) {
        if (!d) return;
        for (auto& e : d->entries) if (e.used) names.push_back(e.key);
    };
    if (args[0].is_obj() && args[0].obj()->type->instance_has_dict) add(static_cast<InstanceObject*>(args[0].obj())->attrs.get());
    for (TypeObject* m : vm.type_of(args[0])->mro) add(m->dict.get());
    return vm.list(std::move(names));
}

// ---- type -----------------------------------------------------------------------------------

Value type_repr(VM& vm, Args args) {
    auto* cls = args[0].as<TypeObject>();
    return vm.str("<class '" + class_display_name(cls) + "'>");
}

Value type_mro(VM& vm, Args args) {
    std::vector<Value> out;
    for (TypeObject* m : args[0].as<TypeObject>()->mro) out.push_back(Value(m));
    return vm.list(std::move(out));
}

Value type_subclasscheck(VM& vm, Args args) {
    return Value::boolean(vm.isinstance(args[1], vm.t.type) && vm.is_subtype(args[1].as<TypeObject>(), args[0].as<TypeObject>()));
}

// ---- simple singletons ------------------------------------------------------------------------

Value none_repr(VM& vm, Args) { return vm.str("None"); }
Value none_bool(VM&, Args) { return Value::boolean(false); }
Value notimpl_repr(VM& vm, Args) { return vm.str("NotImplemented"); }
Value ellipsis_repr(VM& vm, Args) { return vm.str("Ellipsis"); }

// ---- functions and methods ----------------------------------------------------------------------

Value function_repr(VM& vm, Args args) {
    auto* fn = args[0].as<FunctionObject>();
    return vm.str("<function " + fn->qualname->s + " at " + address_of(args[0]) + ">");
}

Value builtin_repr(VM& vm, Args args) {
    auto* nf = args[0].as<NativeFunctionObject>();
    return vm.str("<built-in function " + nf->name + ">");
}

Value method_repr(VM& vm, Args args) {
    auto* bm = args[0].as<BoundMethodObject>();
    if (bm->func.is_obj() && bm->func.obj()->type == vm.t.builtin_function) {
        auto* nf = bm->func.as<NativeFunctionObject>();
        return vm.str("<built-in method " + nf->name + " of " + vm.type_name(bm->self) + " object at " + address_of(bm->self) + ">");
    }
    std::string qn = bm->func.is_obj() && bm->func.obj()->type == vm.t.function ? bm->func.as<FunctionObject>()->qualname->s : "?";
    return vm.str("<bound method " + qn + " of " + vm.repr(bm->self) + ">");
}

Value method_eq(VM&, Args args) {
    if (!(args[1].is_obj() && args[1].obj()->type == args[0].obj()->type)) return Value::boolean(false);
    auto* a = args[0].as<BoundMethodObject>();
    auto* b = args[1].as<BoundMethodObject>();
    return Value::boolean(a->self.is(b->self) && a->func.is(b->func));
}

// ---- descriptors ------------------------------------------------------------------------------

Value staticmethod_new(VM& vm, Args args) {
    vm.check_args("staticmethod", Args{args.v + 1, args.n - 1, nullptr}, 1, 1);
    return Value(make<WrapperObject>(vm.t.staticmethod, args[1]));
}
Value classmethod_new(VM& vm, Args args) {
    vm.check_args("classmethod", Args{args.v + 1, args.n - 1, nullptr}, 1, 1);
    return Value(make<WrapperObject>(vm.t.classmethod, args[1]));
}
Value property_new(VM& vm, Args args) {
    auto p = make<WrapperObject>(vm.t.property, args.size() > 1 ? args[1] : Value());
    if (args.size() > 2) p->setter = args[2];
    if (args.size() > 3) p->deleter = args[3];
    if (const Value* v = vm.kwarg(args, "fget")) p->func = *v;
    if (const Value* v = vm.kwarg(args, "fset")) p->setter = *v;
    if (const Value* v = vm.kwarg(args, "fdel")) p->deleter = *v;
    return Value(p);
}
Value property_with(VM& vm, Args args, int which) {
    auto* old = args[0].as<WrapperObject>();
    auto p = make<WrapperObject>(vm.t.property, old->func);
    p->setter = old->setter;
    p->deleter = old->deleter;
    (which == 0 ? p->func : which == 1 ? p->setter : p->deleter) = args[1];
    return Value(p);
}
Value property_getter(VM& vm, Args args) { return property_with(vm, args, 0); }
Value property_setter(VM& vm, Args args) { return property_with(vm, args, 1); }
Value property_deleter(VM& vm, Args args) { return property_with(vm, args, 2); }
Value wrapper_func(VM&, Args args) { return args[0].as<WrapperObject>()->func; }

// ---- super ------------------------------------------------------------------------------------

Value super_new(VM& vm, Args args) {
    TypeObject* start = nullptr;
    Value self;
    if (args.size() >= 3) {
        start = args[1].as<TypeObject>();
        self = args[2];
    } else if (args.size() == 2) {
        vm.raise(vm.e.RuntimeError, "super(type) without an object is not supported");
    } else {
        // Zero-argument form: the __class__ cell and the first argument of the calling frame.
        Frame* f = vm.interp->current;
        if (!f || !f->func) vm.raise(vm.e.RuntimeError, "super(): no arguments");
        CodeObject* code = f->code.get();
        int class_cell = -1;
        for (size_t i = 0; i < code->freevars.size(); ++i)
            if (code->freevars[i]->s == "__class__") class_cell = static_cast<int>(code->cellvars.size() + i);
        if (class_cell < 0) vm.raise(vm.e.RuntimeError, "super(): __class__ cell not found");
        CellObject* cell = f->cells[static_cast<size_t>(class_cell)].get();
        if (cell->empty) vm.raise(vm.e.RuntimeError, "super(): empty __class__ cell");
        start = cell->value.as<TypeObject>();
        if (code->argcount == 0 && !code->is(kCodeVarargs)) vm.raise(vm.e.RuntimeError, "super(): no arguments");
        self = f->fast[0];
        // The first argument may have been moved into a cell.
        for (size_t i = 0; i < code->cell_args.size(); ++i)
            if (code->cell_args[i] == 0) self = f->cells[i]->value;
        if (self.is_unbound()) vm.raise(vm.e.RuntimeError, "super(): arg[0] deleted");
    }
    return Value(make<SuperObject>(vm.t.super_, start, self));
}

Value super_repr(VM& vm, Args args) {
    auto* s = static_cast<SuperObject*>(args[0].obj());
    return vm.str("<super: <class '" + s->start->name + "'>, <" + vm.type_name(s->self) + " object>>");
}

// ---- class creation ---------------------------------------------------------------------------

// C3 linearisation of a class's bases.
std::vector<TypeObject*> c3_mro(VM& vm, TypeObject* cls, const std::vector<Ref<TypeObject>>& bases) {
    std::vector<std::vector<TypeObject*>> seqs;
    for (auto& b : bases) seqs.push_back(b->mro);
    std::vector<TypeObject*> direct;
    for (auto& b : bases) direct.push_back(b.get());
    seqs.push_back(direct);
    std::vector<TypeObject*> out{cls};
    for (;;) {
        bool any = false;
        for (auto& s : seqs) any |= !s.empty();
        if (!any) return out;
        TypeObject* cand = nullptr;
        for (auto& s : seqs) {
            if (s.empty()) continue;
            TypeObject* head = s.front();
            bool in_tail = false;
            for (auto& other : seqs)
                for (size_t i = 1; i < other.size(); ++i) in_tail |= other[i] == head;
            if (!in_tail) { cand = head; break; }
        }
        if (!cand) {
            std::string names;
            for (size_t i = 0; i < bases.size(); ++i) names += (i ? ", " : "") + bases[i]->name;
            vm.type_error("Cannot create a consistent method resolution order (MRO) for bases " + names);
        }
        out.push_back(cand);
        for (auto& s : seqs)
            if (!s.empty() && s.front() == cand) s.erase(s.begin());
    }
}

Value build_class(VM& vm, Args args) {
    if (args.size() < 2) vm.type_error("__build_class__: not enough arguments");
    auto* body = args[0].as<FunctionObject>();
    std::string name = as_str(args[1])->s;
    std::vector<Ref<TypeObject>> bases;
    for (size_t i = 2; i < args.size(); ++i) {
        if (!vm.isinstance(args[i], vm.t.type)) vm.type_error("bases must be types");
        bases.push_back(Ref<TypeObject>(args[i].as<TypeObject>()));
    }
    if (args.kw)
        for (auto& k : *args.kw)
            if (k.name->s != "metaclass") vm.type_error(name + ".__init_subclass__() takes no keyword arguments");
    // Run the body with a fresh namespace as its locals.
    Ref<DictObject> ns = vm.new_dict();
    Frame* f = make_call_frame(vm, body, nullptr, 0, nullptr);
    f->locals = ns;
    f->back = vm.interp->current;
    f->is_entry = true;
    Value ignored;
    vm.interp->run(vm, f, ignored);
    return vm.make_class(name, std::move(bases), ns);
}

// ---- exceptions -------------------------------------------------------------------------------

Value exception_new(VM& vm, Args args) {
    auto* cls = args[0].as<TypeObject>();
    return Value(make<ExceptionObject>(cls, make<TupleObject>(vm.t.tuple, std::vector<Value>(args.v + 1, args.v + args.n))));
}

Value exception_init(VM& vm, Args args) {
    auto* e = args[0].as<ExceptionObject>();
    e->args = make<TupleObject>(vm.t.tuple, std::vector<Value>(args.v + 1, args.v + args.n));
    return vm.None;
}

Value exception_str(VM& vm, Args args) {
    auto* e = args[0].as<ExceptionObject>();
    auto& a = e->args->items;
    if (a.empty()) return vm.str("");
    if (a.size() == 1) return vm.str(vm.to_str(a[0]));
    return vm.str(vm.repr(Value(e->args)));
}

Value key_error_str(VM& vm, Args args) {
    auto* e = args[0].as<ExceptionObject>();
    if (e->args->items.size() == 1) return vm.str(vm.repr(e->args->items[0]));
    return exception_str(vm, args);
}

Value exception_repr(VM& vm, Args args) {
    auto* e = args[0].as<ExceptionObject>();
    auto& a = e->args->items;
    std::string inner;
    if (a.size() == 1) inner = vm.repr(a[0]);
    else if (!a.empty()) {
        inner = vm.repr(Value(e->args));
        inner = inner.substr(1, inner.size() - 2);
    }
    return vm.str(e->type->name + "(" + inner + ")");
}

Value exception_with_traceback(VM&, Args args) { return args[0]; }

// A traceback object: one entry of an exception's traceback, outermost first (tb_next goes
// inwards), as CPython links them.
struct TracebackObject : NativeObject {
    Value exc;
    size_t index;  // into the printed (outermost-first) order
    TracebackObject(TypeObject* t, Value e, size_t i) : NativeObject(t), exc(std::move(e)), index(i) {}
    void clear_refs() override { exc = Value(); }
    const TracebackEntry& entry() const {
        auto& tb = exc.as<ExceptionObject>()->traceback;
        return tb[tb.size() - 1 - index];
    }
};

Value traceback_of(VM& vm, const Value& exc, size_t index) {
    auto& tb = exc.as<ExceptionObject>()->traceback;
    if (index >= tb.size()) return Value();
    return Value(make<TracebackObject>(vm.t.traceback, exc, index));
}

Value traceback_lineno(VM&, Args args) { return Value::integer(static_cast<TracebackObject*>(args[0].obj())->entry().line); }
Value traceback_next(VM& vm, Args args) {
    auto* tb = static_cast<TracebackObject*>(args[0].obj());
    return traceback_of(vm, tb->exc, tb->index + 1);
}

// ---- generators and coroutines -------------------------------------------------------------

GeneratorObject* gen_self(VM& vm, Args args) {
    if (args.size() == 0 || !args[0].is_obj()) vm.type_error("generator method needs a generator");
    return args[0].as<GeneratorObject>();
}

Value gen_next(VM& vm, Args args) {
    Value out;
    if (!vm.resume(gen_self(vm, args), Value(), Value(), out)) {
        PyError err = vm.error(vm.e.StopIteration, "");
        if (!out.is_none()) err.exc.as<ExceptionObject>()->args = make<TupleObject>(vm.t.tuple, std::vector<Value>{out});
        throw err;
    }
    return out;
}

Value gen_send(VM& vm, Args args) {
    vm.check_args("send", Args{args.v + 1, args.n - 1, nullptr}, 1, 1);
    Value out;
    if (!vm.resume(gen_self(vm, args), args[1], Value(), out)) {
        PyError err = vm.error(vm.e.StopIteration, "");
        if (!out.is_none()) err.exc.as<ExceptionObject>()->args = make<TupleObject>(vm.t.tuple, std::vector<Value>{out});
        throw err;
    }
    return out;
}

Value gen_throw(VM& vm, Args args) {
    if (args.size() < 2) vm.type_error("throw expected at least 1 argument, got 0");
    Value exc = args[1];
    if (vm.isinstance(exc, vm.t.type)) exc = vm.call(exc, args.size() > 2 && !args[2].is_none() ? std::initializer_list<Value>{args[2]} : std::initializer_list<Value>{});
    if (!vm.isinstance(exc, vm.e.BaseException)) vm.type_error("exceptions must be classes or instances deriving from BaseException, not " + vm.type_name(exc));
    Value out;
    if (!vm.resume(gen_self(vm, args), Value(), exc, out)) {
        PyError err = vm.error(vm.e.StopIteration, "");
        if (!out.is_none()) err.exc.as<ExceptionObject>()->args = make<TupleObject>(vm.t.tuple, std::vector<Value>{out});
        throw err;
    }
    return out;
}

Value gen_close(VM& vm, Args args) {
    GeneratorObject* g = gen_self(vm, args);
    if (g->state == GenState::Closed) return vm.None;
    if (g->state == GenState::Created) {
        g->state = GenState::Closed;
        return vm.None;
    }
    Value out;
    try {
        if (vm.resume(g, Value(), vm.new_exception(vm.e.GeneratorExit, {}), out))
            vm.raise(vm.e.RuntimeError, std::string(g->kind == GenKind::Coroutine ? "coroutine" : "generator") + " ignored GeneratorExit");
    } catch (PyError& err) {
        if (vm.isinstance(err.exc, vm.e.GeneratorExit) || vm.isinstance(err.exc, vm.e.StopIteration)) return vm.None;
        throw;
    }
    return vm.None;
}

Value gen_repr(VM& vm, Args args) {
    GeneratorObject* g = gen_self(vm, args);
    const char* kind = g->kind == GenKind::Coroutine ? "coroutine" : g->kind == GenKind::AsyncGenerator ? "async_generator" : "generator";
    return vm.str(std::string("<") + kind + " object " + g->qualname->s + " at " + address_of(args[0]) + ">");
}

Value gen_iter(VM&, Args args) { return args[0]; }

Value module_repr(VM& vm, Args args) {
    return vm.str("<module '" + args[0].as<ModuleObject>()->name->s + "' (built-in)>");
}

}  // namespace

// ---- VM members that belong to the object model -------------------------------------------------

std::string VM::default_repr(const Value& v) {
    TypeObject* t = type_of(v);
    return "<" + class_display_name(t) + " object at " + address_of(v) + ">";
}

Value VM::make_class(const std::string& name, std::vector<Ref<TypeObject>> bases, Ref<DictObject> ns) {
    if (bases.empty()) bases.push_back(Ref<TypeObject>(t.object));
    TypeObject* layout = nullptr;
    for (auto& b : bases) {
        if (b.get() == t.bool_ || b.get() == t.function || b.get() == t.generator || b.get() == t.range || b.get() == t.slice)
            type_error("type '" + b->name + "' is not an acceptable base type");
        TypeObject* bl = b->base_layout ? b->base_layout : t.object;
        if (!layout || layout == t.object) layout = bl;
        else if (bl != t.object && bl != layout && !is_subtype(bl, layout) && !is_subtype(layout, bl))
            type_error("multiple bases have instance lay-out conflict");
    }
    auto cls = make<TypeObject>(t.type, name);
    cls->bases = bases;
    cls->dict = ns;
    cls->mro = c3_mro(*this, cls.get(), bases);
    cls->base_layout = layout ? layout : t.object;
    for (auto& b : bases) cls->is_exception |= b->is_exception;
    // Instances get an attribute dict when their layout is InstanceObject-based (plain objects,
    // exceptions, asyncio futures).
    cls->instance_has_dict = cls->base_layout == t.object;
    for (auto& b : bases) cls->instance_has_dict |= b->instance_has_dict;
    // Native slots are inherited unless the class overrides the method they stand for.
    for (auto& b : bases) {
        if (b->iternext && !cls->iternext && !dict_find_str(ns.get(), intern("__next__").get())) cls->iternext = b->iternext;
        if (b->await_send && !cls->await_send && !dict_find_str(ns.get(), intern("__await__").get())) cls->await_send = b->await_send;
    }
    if (Value* m = dict_find_str(ns.get(), intern("__module__").get())) cls->module = to_str(*m);
    else cls->module = "__main__";
    // A class that defines __eq__ but not __hash__ is unhashable (CPython sets __hash__ = None).
    if (dict_find_str(ns.get(), intern("__eq__").get()) && !dict_find_str(ns.get(), intern("__hash__").get()))
        dict_set_str(*this, ns.get(), intern("__hash__"), Value());
    if (Value* cell = dict_find_str(ns.get(), intern("__classcell__").get())) {
        auto* c = cell->as<CellObject>();
        c->value = Value(cls);
        c->empty = false;
        dict_del_str(ns.get(), intern("__classcell__").get());
    }
    // Wrap plain functions named __new__ / __init_subclass__ / __class_getitem__ as CPython does.
    if (Value* nw = dict_find_str(ns.get(), intern("__new__").get()))
        if (nw->is_obj() && nw->obj()->type == t.function) *nw = Value(make<WrapperObject>(t.staticmethod, *nw));
    if (Value* cg = dict_find_str(ns.get(), intern("__class_getitem__").get()))
        if (cg->is_obj() && cg->obj()->type == t.function) *cg = Value(make<WrapperObject>(t.classmethod, *cg));
    return Value(cls);
}

std::optional<Value> VM::class_special_attr(TypeObject* cls, const std::string& name) {
    if (name == "__name__") return str(cls->name);
    if (name == "__qualname__") {
        if (cls->dict)
            if (Value* q = dict_find_str(cls->dict.get(), intern("__qualname__").get())) return *q;
        return str(cls->name);
    }
    if (name == "__module__") return str(cls->module);
    if (name == "__bases__") {
        std::vector<Value> b;
        for (auto& x : cls->bases) b.push_back(Value(x));
        return tuple(std::move(b));
    }
    if (name == "__base__") return cls->bases.empty() ? Value() : Value(cls->bases[0]);
    if (name == "__mro__") {
        std::vector<Value> m;
        for (TypeObject* x : cls->mro) m.push_back(Value(x));
        return tuple(std::move(m));
    }
    if (name == "__dict__") return Value(cls->dict);
    if (name == "__class__") return Value(cls->type);
    if (name == "__doc__") return Value();  // only reached when the class has no docstring
    return std::nullopt;
}

std::optional<Value> VM::instance_special_attr(const Value& obj, const std::string& name) {
    if (name == "__class__") return Value(type_of(obj));
    if (!obj.is_obj()) return std::nullopt;
    Object* o = obj.obj();
    TypeObject* type = o->type;
    if (name == "__dict__") {
        if (type->instance_has_dict) {
            auto* inst = static_cast<InstanceObject*>(o);
            if (!inst->attrs) inst->attrs = new_dict();
            return Value(inst->attrs);
        }
    }
    if (type->is_exception) {
        auto* e = static_cast<ExceptionObject*>(o);
        if (name == "args") return Value(e->args);
        if (name == "__cause__") return e->cause;
        if (name == "__context__") return e->context;
        if (name == "__suppress_context__") return Value::boolean(e->suppress_context);
        if (name == "__traceback__") return traceback_of(*this, obj, 0);
        if (name == "value" && is_subtype(type, this->e.StopIteration))
            return e->args->items.empty() ? Value() : e->args->items[0];
        if (name == "code" && is_subtype(type, this->e.SystemExit))
            return e->args->items.empty() ? Value() : e->args->items[0];
        if (name == "msg" && is_subtype(type, this->e.SyntaxError))
            return e->args->items.empty() ? Value() : e->args->items[0];
    }
    if (type == t.function) {
        auto* fn = static_cast<FunctionObject*>(o);
        if (name == "__name__") return Value(fn->name);
        if (name == "__qualname__") return Value(fn->qualname);
        if (name == "__module__") return fn->module_name;
        if (name == "__doc__") return fn->code->doc;
        if (name == "__defaults__") return fn->defaults.empty() ? Value() : tuple(fn->defaults);
        if (name == "__code__") return Value(fn->code);
        if (name == "__globals__") return Value(fn->globals);
    }
    if (type == t.builtin_function) {
        auto* nf = static_cast<NativeFunctionObject*>(o);
        if (name == "__name__") return str(nf->name);
        if (name == "__qualname__") return str(nf->qualname);
        if (name == "__doc__") return Value();
    }
    if (type == t.method) {
        auto* bm = static_cast<BoundMethodObject*>(o);
        if (name == "__self__") return bm->self;
        if (name == "__func__") return bm->func;
        return getattr_opt(bm->func, intern(name).get());
    }
    if (type == t.generator || type == t.coroutine || type == t.async_generator) {
        auto* g = static_cast<GeneratorObject*>(o);
        if (name == "__name__") return Value(g->name);
        if (name == "__qualname__") return Value(g->qualname);
        if (name == "gi_running" || name == "cr_running") return Value::boolean(g->state == GenState::Running);
        if (name == "gi_frame" || name == "cr_frame") return Value();
    }
    if (type == t.code) {
        auto* c = static_cast<CodeObject*>(o);
        if (name == "co_name") return str(c->name);
        if (name == "co_filename") return str(c->filename);
        if (name == "co_firstlineno") return Value::integer(c->firstlineno);
    }
    if (type == t.property && name == "fget") return static_cast<WrapperObject*>(o)->func;
    if (type == t.property && name == "fset") return static_cast<WrapperObject*>(o)->setter;
    return std::nullopt;
}

bool VM::exception_set_special(const Value& exc, const std::string& name, const Value& v) {
    auto* e = exc.as<ExceptionObject>();
    if (name == "args") {
        e->args = make<TupleObject>(t.tuple, to_vector(v));
        return true;
    }
    if (name == "__cause__") {
        e->cause = v;
        e->suppress_context = true;
        return true;
    }
    if (name == "__context__") { e->context = v; return true; }
    if (name == "__suppress_context__") { e->suppress_context = truthy(v); return true; }
    if (name == "__traceback__") return true;
    return false;
}

Value VM::super_getattr(const Value& sup, StrObject* name) {
    auto* s = static_cast<SuperObject*>(sup.obj());
    TypeObject* start_type = isinstance(s->self, t.type) ? s->self.as<TypeObject>() : type_of(s->self);
    bool self_is_class = isinstance(s->self, t.type) && !isinstance(s->self, s->start.get());
    const auto& mro = start_type->mro;
    size_t i = 0;
    while (i < mro.size() && mro[i] != s->start.get()) ++i;
    for (++i; i < mro.size(); ++i) {
        if (!mro[i]->dict) continue;
        Value* v = dict_find_str(mro[i]->dict.get(), name);
        if (!v) continue;
        if (!v->is_obj()) return *v;
        TypeObject* at = v->obj()->type;
        if (at == t.function || at == t.builtin_function) {
            if (self_is_class) return *v;
            return Value(make<BoundMethodObject>(t.method, s->self, *v));
        }
        if (at == t.classmethod) return Value(make<BoundMethodObject>(t.method, self_is_class ? s->self : Value(type_of(s->self)), v->as<WrapperObject>()->func));
        if (at == t.staticmethod) return v->as<WrapperObject>()->func;
        if (at == t.property) return call(v->as<WrapperObject>()->func, {s->self});
        return *v;
    }
    if (name->s == "__class__") return Value(t.super_);
    raise(e.AttributeError, "'super' object has no attribute '" + name->s + "'");
}

namespace {

// Iteration over a class that has only __getitem__: indexes 0, 1, ... until IndexError.
struct GetItemIter : NativeObject {
    Value seq;
    int64_t i = 0;
    GetItemIter(TypeObject* t, Value s) : NativeObject(t), seq(std::move(s)) {}
    void clear_refs() override { seq = Value(); }
};

bool getitem_iter_next(VM& vm, Object* self, Value& out) {
    auto* it = static_cast<GetItemIter*>(self);
    if (it->seq.is_none()) return false;
    try {
        out = vm.getitem(it->seq, Value::integer(it->i++));
        return true;
    } catch (PyError& err) {
        if (vm.isinstance(err.exc, vm.e.IndexError) || vm.isinstance(err.exc, vm.e.StopIteration)) {
            it->seq = Value();
            return false;
        }
        throw;
    }
}

}  // namespace

Value VM::traceback_object(const Value& exc) { return traceback_of(*this, exc, 0); }

Value VM::old_style_iterator(const Value& seq) { return Value(make<GetItemIter>(t.getitem_iter, seq)); }

void init_object_types(VM& vm) {
    auto& t = vm.t;
    vm.add_static(t.object, "__new__", object_new);
    vm.add_method(t.object, "__init__", object_init);
    vm.add_method(t.object, "__repr__", object_repr);
    vm.add_method(t.object, "__str__", object_str);
    vm.add_method(t.object, "__eq__", object_eq);
    vm.add_method(t.object, "__ne__", object_ne);
    vm.add_method(t.object, "__hash__", object_hash);
    vm.add_method(t.object, "__format__", object_format);
    vm.add_method(t.object, "__dir__", object_dir);
    vm.add_builtin_value("object", Value(t.object));

    vm.add_method(t.type, "__repr__", type_repr);
    vm.add_method(t.type, "mro", type_mro);
    vm.add_method(t.type, "__subclasscheck__", type_subclasscheck);
    vm.add_builtin_value("type", Value(t.type));

    vm.add_method(t.none_type, "__repr__", none_repr);
    vm.add_method(t.none_type, "__bool__", none_bool);
    vm.add_method(t.not_implemented_type, "__repr__", notimpl_repr);
    vm.add_method(t.ellipsis_type, "__repr__", ellipsis_repr);
    vm.add_builtin_value("NotImplemented", vm.NotImplemented);
    vm.add_builtin_value("Ellipsis", vm.Ellipsis);

    vm.add_method(t.function, "__repr__", function_repr);
    vm.add_method(t.builtin_function, "__repr__", builtin_repr);
    vm.add_method(t.method, "__repr__", method_repr);
    vm.add_method(t.method, "__eq__", method_eq);
    vm.add_method(t.module, "__repr__", module_repr);

    vm.add_static(t.staticmethod, "__new__", staticmethod_new);
    vm.add_static(t.classmethod, "__new__", classmethod_new);
    vm.add_property(t.staticmethod, "__func__", wrapper_func);
    vm.add_property(t.classmethod, "__func__", wrapper_func);
    vm.add_static(t.property, "__new__", property_new);
    vm.add_method(t.property, "getter", property_getter);
    vm.add_method(t.property, "setter", property_setter);
    vm.add_method(t.property, "deleter", property_deleter);
    vm.add_builtin_value("staticmethod", Value(t.staticmethod));
    vm.add_builtin_value("classmethod", Value(t.classmethod));
    vm.add_builtin_value("property", Value(t.property));

    vm.add_static(t.super_, "__new__", super_new);
    vm.add_method(t.super_, "__repr__", super_repr);
    vm.add_builtin_value("super", Value(t.super_));
    vm.add_builtin("__build_class__", build_class);

    TypeObject* be = vm.e.BaseException;
    vm.add_static(be, "__new__", exception_new);
    vm.add_method(be, "__init__", exception_init);
    vm.add_method(be, "__str__", exception_str);
    vm.add_method(be, "__repr__", exception_repr);
    vm.add_method(be, "with_traceback", exception_with_traceback);
    vm.add_method(vm.e.KeyError, "__str__", key_error_str);

    for (TypeObject* g : {t.generator, t.coroutine}) {
        vm.add_method(g, "send", gen_send);
        vm.add_method(g, "throw", gen_throw);
        vm.add_method(g, "close", gen_close);
        vm.add_method(g, "__repr__", gen_repr);
    }
    vm.add_method(t.generator, "__iter__", gen_iter);
    vm.add_method(t.generator, "__next__", gen_next);
    vm.add_method(t.async_generator, "__repr__", gen_repr);

    t.traceback = vm.new_builtin_type("traceback", nullptr);
    vm.add_property(t.traceback, "tb_lineno", traceback_lineno);
    vm.add_property(t.traceback, "tb_next", traceback_next);

    t.getitem_iter = vm.new_builtin_type("iterator", nullptr);
    vm.add_iternext(t.getitem_iter, getitem_iter_next);

    init_exception_groups(vm);
}

}  // namespace ls
