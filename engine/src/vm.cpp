// The VM core: the type table and the generic object protocols. Every protocol looks methods
// up on the type's MRO exactly as Python does, so builtin types (whose methods are natives) and
// user classes go through the same path; fast paths for the commonest inline cases come first.
#include "vm.h"
#include "machine.h"

#include <algorithm>

#include "asyncio_core.h"
#include "dict.h"
#include "float_repr.h"
#include "interpreter.h"
#include "loopscope/engine.h"
#include "str_util.h"
#include "number_util.h"
#include "process_memory.h"
#include "sandbox.h"
#include "suggestions.h"
#include "trace_recorder.h"
#include "types.h"

namespace ls {

namespace {

const char* binop_symbol(ast::BinOpKind k) {
    switch (k) {
        case ast::BinOpKind::Add: return "+";
        case ast::BinOpKind::Sub: return "-";
        case ast::BinOpKind::Mult: return "*";
        case ast::BinOpKind::MatMult: return "@";
        case ast::BinOpKind::Div: return "/";
        case ast::BinOpKind::FloorDiv: return "//";
        case ast::BinOpKind::Mod: return "%";
        case ast::BinOpKind::Pow: return "** or pow()";
        case ast::BinOpKind::LShift: return "<<";
        case ast::BinOpKind::RShift: return ">>";
        case ast::BinOpKind::BitOr: return "|";
        case ast::BinOpKind::BitXor: return "^";
        case ast::BinOpKind::BitAnd: return "&";
    }
    return "?";
}

// The method names of a binary operator: normal, reflected, in-place. Literals, so the
// generic path builds no strings.
struct BinopDunders {
    const char *op, *reflected, *inplace;
};

BinopDunders binop_dunders(ast::BinOpKind k) {
    switch (k) {
        case ast::BinOpKind::Add: return {"__add__", "__radd__", "__iadd__"};
        case ast::BinOpKind::Sub: return {"__sub__", "__rsub__", "__isub__"};
        case ast::BinOpKind::Mult: return {"__mul__", "__rmul__", "__imul__"};
        case ast::BinOpKind::MatMult: return {"__matmul__", "__rmatmul__", "__imatmul__"};
        case ast::BinOpKind::Div: return {"__truediv__", "__rtruediv__", "__itruediv__"};
        case ast::BinOpKind::FloorDiv: return {"__floordiv__", "__rfloordiv__", "__ifloordiv__"};
        case ast::BinOpKind::Mod: return {"__mod__", "__rmod__", "__imod__"};
        case ast::BinOpKind::Pow: return {"__pow__", "__rpow__", "__ipow__"};
        case ast::BinOpKind::LShift: return {"__lshift__", "__rlshift__", "__ilshift__"};
        case ast::BinOpKind::RShift: return {"__rshift__", "__rrshift__", "__irshift__"};
        case ast::BinOpKind::BitOr: return {"__or__", "__ror__", "__ior__"};
        case ast::BinOpKind::BitXor: return {"__xor__", "__rxor__", "__ixor__"};
        case ast::BinOpKind::BitAnd: return {"__and__", "__rand__", "__iand__"};
    }
    return {"", "", ""};
}

const char* cmp_dunder(CompareOp op) {
    switch (op) {
        case CompareOp::Lt: return "__lt__";
        case CompareOp::Le: return "__le__";
        case CompareOp::Eq: return "__eq__";
        case CompareOp::Ne: return "__ne__";
        case CompareOp::Gt: return "__gt__";
        case CompareOp::Ge: return "__ge__";
    }
    return "";
}

const char* cmp_symbol(CompareOp op) {
    switch (op) {
        case CompareOp::Lt: return "<";
        case CompareOp::Le: return "<=";
        case CompareOp::Eq: return "==";
        case CompareOp::Ne: return "!=";
        case CompareOp::Gt: return ">";
        case CompareOp::Ge: return ">=";
    }
    return "";
}

CompareOp reflected(CompareOp op) {
    switch (op) {
        case CompareOp::Lt: return CompareOp::Gt;
        case CompareOp::Le: return CompareOp::Ge;
        case CompareOp::Gt: return CompareOp::Lt;
        case CompareOp::Ge: return CompareOp::Le;
        default: return op;
    }
}

bool is_not_implemented(VM& vm, const Value& v) { return v.is_obj() && v.obj() == vm.NotImplemented.obj(); }

}  // namespace

// ---- construction ---------------------------------------------------------------------------

VM*& current_vm() {
    static thread_local VM* vm = nullptr;
    return vm;
}

void VM::run_finalizers() {
    // A finalizer may queue more (an exception's repr dropping the last reference to a task).
    while (!pending_finalizers.empty()) {
        auto batch = std::move(pending_finalizers);
        pending_finalizers.clear();
        for (auto& fn : batch) fn(*this);
    }
    finalizers_pending = false;
    update_step_limit();
}

VM::VM(Host& h, const RunLimits& l) : host(h), limits(l), recursion_limit(l.max_recursion) {
    current_heap() = &heap;
    current_vm() = this;
    budget_limit = limits.max_steps;
    update_step_limit();
    if (limits.max_memory_bytes) memory_baseline = resident_memory_baseline();
    interp = new Interp();
    init_types();
    init_exceptions();
    interp->null_marker = Value(make<NativeObject>(t.native));
    init_int_type(*this);
    init_float_type(*this);
    init_str_type(*this);
    init_bytes_type(*this);
    init_list_type(*this);
    init_tuple_type(*this);
    init_dict_type(*this);
    init_set_type(*this);
    init_range_type(*this);
    init_iterators(*this);
    init_object_types(*this);
    init_builtins(*this);
    init_module_math(*this);
    init_module_random(*this);
    init_module_time(*this);
    init_module_sys(*this);
    init_module_threads(*this);
    init_module_asyncio(*this);
    init_os_errors(*this);
    init_world_modules(*this);
    init_python_modules(*this);
    // The builtin types are builtins under their own names (unless a type file did it).
    for (TypeObject* ty : {t.int_, t.bool_, t.float_, t.str, t.bytes, t.list, t.tuple, t.dict, t.set, t.frozenset,
                           t.range, t.slice, t.object, t.type})
        if (!dict_find_str(builtins.get(), intern(ty->name).get())) add_builtin_value(ty->name, Value(ty));
}

VM::~VM() {
    pending_finalizers.clear();
    finalizers_enabled = false;
    delete_asyncio_state(this);
    modules_.clear();
    interned_.clear();
    builtins = nullptr;
    None = True = False = NotImplemented = Ellipsis = Value();
    interp->null_marker = Value();
    heap.teardown();
    type_table_.clear();
    heap.teardown();
    delete interp;
    current_heap() = nullptr;
    current_vm() = nullptr;
}

TypeObject* VM::new_builtin_type(const std::string& name, TypeObject* base) {
    auto type = make<TypeObject>(t.type, name);
    type->module = "builtins";
    type->is_builtin = true;
    type->dict = new_dict();
    TypeObject* b = base ? base : t.object;
    if (b) type->bases.push_back(Ref<TypeObject>(b));
    type->mro.push_back(type.get());
    if (b) for (TypeObject* m : b->mro) type->mro.push_back(m);
    type->base_layout = b ? b->base_layout : nullptr;
    if (!type->base_layout || type->base_layout == t.object) type->base_layout = type.get();
    type->is_exception = b && b->is_exception;
    type_table_.push_back(type);
    return type.get();
}

void VM::init_types() {
    // `type` and `object` refer to each other; build them by hand.
    auto type_t = make<TypeObject>(nullptr, "type");
    type_t->type = type_t.get();
    t.type = type_t.get();
    type_table_.push_back(type_t);
    auto object_t = make<TypeObject>(t.type, "object");
    t.object = object_t.get();
    type_table_.push_back(object_t);
    for (TypeObject* x : {t.type, t.object}) {
        x->module = "builtins";
        x->is_builtin = true;
        x->base_layout = x;
    }
    t.object->mro = {t.object};
    t.type->bases = {Ref<TypeObject>(t.object)};
    t.type->mro = {t.type, t.object};
    // The dict type must exist before any dict is made (new_builtin_type makes one per type).
    t.dict = new_builtin_type("dict", t.object);
    t.str = new_builtin_type("str", t.object);
    for (TypeObject* x : {t.type, t.object, t.dict, t.str}) if (!x->dict) x->dict = new_dict();

    t.none_type = new_builtin_type("NoneType", nullptr);
    t.int_ = new_builtin_type("int", nullptr);
    t.bool_ = new_builtin_type("bool", t.int_);
    t.float_ = new_builtin_type("float", nullptr);
    t.bytes = new_builtin_type("bytes", nullptr);
    t.list = new_builtin_type("list", nullptr);
    t.tuple = new_builtin_type("tuple", nullptr);
    t.set = new_builtin_type("set", nullptr);
    t.frozenset = new_builtin_type("frozenset", nullptr);
    t.range = new_builtin_type("range", nullptr);
    t.slice = new_builtin_type("slice", nullptr);
    t.function = new_builtin_type("function", nullptr);
    t.builtin_function = new_builtin_type("builtin_function_or_method", nullptr);
    t.method = new_builtin_type("method", nullptr);
    t.cell = new_builtin_type("cell", nullptr);
    t.module = new_builtin_type("module", nullptr);
    t.code = new_builtin_type("code", nullptr);
    t.generator = new_builtin_type("generator", nullptr);
    t.coroutine = new_builtin_type("coroutine", nullptr);
    t.async_generator = new_builtin_type("async_generator", nullptr);
    t.seq_iter = new_builtin_type("iterator", nullptr);
    t.staticmethod = new_builtin_type("staticmethod", nullptr);
    t.classmethod = new_builtin_type("classmethod", nullptr);
    t.property = new_builtin_type("property", nullptr);
    t.not_implemented_type = new_builtin_type("NotImplementedType", nullptr);
    t.ellipsis_type = new_builtin_type("ellipsis", nullptr);
    t.native = new_builtin_type("native", nullptr);
    t.super_ = new_builtin_type("super", nullptr);

    None = Value::none();
    True = Value::boolean(true);
    False = Value::boolean(false);
    NotImplemented = Value(make<NativeObject>(t.not_implemented_type));
    Ellipsis = Value(make<NativeObject>(t.ellipsis_type));
    builtins = new_dict();
}

void VM::init_exceptions() {
    auto ex = [&](const char* name, TypeObject* base) {
        TypeObject* ty = new_builtin_type(name, base);
        ty->is_exception = true;
        add_builtin_value(name, Value(ty));
        return ty;
    };
    e.BaseException = ex("BaseException", t.object);
    e.BaseException->base_layout = e.BaseException;
    e.SystemExit = ex("SystemExit", e.BaseException);
    e.KeyboardInterrupt = ex("KeyboardInterrupt", e.BaseException);
    e.GeneratorExit = ex("GeneratorExit", e.BaseException);
    e.Exception = ex("Exception", e.BaseException);
    e.StopIteration = ex("StopIteration", e.Exception);
    e.StopAsyncIteration = ex("StopAsyncIteration", e.Exception);
    e.ArithmeticError = ex("ArithmeticError", e.Exception);
    e.OverflowError = ex("OverflowError", e.ArithmeticError);
    e.ZeroDivisionError = ex("ZeroDivisionError", e.ArithmeticError);
    e.AssertionError = ex("AssertionError", e.Exception);
    e.AttributeError = ex("AttributeError", e.Exception);
    e.EOFError = ex("EOFError", e.Exception);
    e.ImportError = ex("ImportError", e.Exception);
    e.ModuleNotFoundError = ex("ModuleNotFoundError", e.ImportError);
    e.LookupError = ex("LookupError", e.Exception);
    e.IndexError = ex("IndexError", e.LookupError);
    e.KeyError = ex("KeyError", e.LookupError);
    e.MemoryError = ex("MemoryError", e.Exception);
    e.NameError = ex("NameError", e.Exception);
    e.UnboundLocalError = ex("UnboundLocalError", e.NameError);
    e.OSError = ex("OSError", e.Exception);
    add_builtin_value("IOError", Value(e.OSError));
    add_builtin_value("EnvironmentError", Value(e.OSError));
    e.FileNotFoundError = ex("FileNotFoundError", e.OSError);
    e.FileExistsError = ex("FileExistsError", e.OSError);
    e.PermissionError = ex("PermissionError", e.OSError);
    e.IsADirectoryError = ex("IsADirectoryError", e.OSError);
    e.ConnectionError = ex("ConnectionError", e.OSError);
    e.TimeoutError = ex("TimeoutError", e.OSError);
    e.RuntimeError = ex("RuntimeError", e.Exception);
    e.NotImplementedError = ex("NotImplementedError", e.RuntimeError);
    e.RecursionError = ex("RecursionError", e.RuntimeError);
    e.SyntaxError = ex("SyntaxError", e.Exception);
    e.IndentationError = ex("IndentationError", e.SyntaxError);
    e.TabError = ex("TabError", e.IndentationError);
    e.SystemError = ex("SystemError", e.Exception);
    e.TypeError = ex("TypeError", e.Exception);
    e.ValueError = ex("ValueError", e.Exception);
    e.UnicodeError = ex("UnicodeError", e.ValueError);
    e.UnicodeDecodeError = ex("UnicodeDecodeError", e.UnicodeError);
    e.UnicodeEncodeError = ex("UnicodeEncodeError", e.UnicodeError);
    e.Warning = ex("Warning", e.Exception);
    e.UserWarning = ex("UserWarning", e.Warning);
    e.DeprecationWarning = ex("DeprecationWarning", e.Warning);
    e.RuntimeWarning = ex("RuntimeWarning", e.Warning);
    e.BaseExceptionGroup = ex("BaseExceptionGroup", e.BaseException);
    e.ExceptionGroup = ex("ExceptionGroup", e.BaseExceptionGroup);
    e.ExceptionGroup->bases.push_back(Ref<TypeObject>(e.Exception));
    e.ExceptionGroup->mro = {e.ExceptionGroup, e.BaseExceptionGroup, e.Exception, e.BaseException, t.object};
    for (auto& ty : type_table_)
        if (ty->is_exception) {
            ty->base_layout = e.BaseException;
            ty->instance_has_dict = true;
        }
}

// ---- making values --------------------------------------------------------------------------

Value VM::str(std::string s) { return Value(make<StrObject>(t.str, std::move(s))); }

Ref<StrObject> VM::intern(std::string_view s) {
    auto it = interned_.find(s);
    if (it != interned_.end()) return it->second;
    auto r = make<StrObject>(t.str, std::string(s));
    interned_.emplace(std::string(s), r);
    return r;
}

Value VM::integer(const mpz_class& v) {
    if (v.fits_slong_p()) return Value::integer(v.get_si());
    return Value(make<BigIntObject>(t.int_, v));
}

Value VM::list(std::vector<Value> items) { return Value(make<ListObject>(t.list, std::move(items))); }
Value VM::tuple(std::vector<Value> items) { return Value(make<TupleObject>(t.tuple, std::move(items))); }
Ref<DictObject> VM::new_dict() { return make<DictObject>(t.dict); }
Ref<SetObject> VM::new_set(bool frozen) { return make<SetObject>(frozen ? t.frozenset : t.set, frozen); }

// ---- registry -------------------------------------------------------------------------------

Value VM::native_function(const std::string& name, const std::string& qualname, NativeFn fn) {
    return Value(make<NativeFunctionObject>(t.builtin_function, name, qualname, fn));
}

void VM::add_method(TypeObject* type, const std::string& name, NativeFn fn) {
    dict_set_str(*this, type->dict.get(), intern(name), native_function(name, type->name + "." + name, fn));
}

void VM::add_static(TypeObject* type, const std::string& name, NativeFn fn) {
    auto w = make<WrapperObject>(t.staticmethod, native_function(name, type->name + "." + name, fn));
    dict_set_str(*this, type->dict.get(), intern(name), Value(w));
}

void VM::add_classmethod(TypeObject* type, const std::string& name, NativeFn fn) {
    auto w = make<WrapperObject>(t.classmethod, native_function(name, type->name + "." + name, fn));
    dict_set_str(*this, type->dict.get(), intern(name), Value(w));
}

void VM::add_property(TypeObject* type, const std::string& name, NativeFn getter) {
    auto w = make<WrapperObject>(t.property, native_function(name, type->name + "." + name, getter));
    dict_set_str(*this, type->dict.get(), intern(name), Value(w));
}

namespace {
Value iter_self(VM&, Args args) { return args[0]; }
Value iter_next_dunder(VM& vm, Args args) {
    Object* o = args[0].obj();
    Value out;
    if (!o->type->iternext(vm, o, out)) throw vm.error(vm.e.StopIteration, "");
    return out;
}
}  // namespace

void VM::add_iternext(TypeObject* type, bool (*fn)(VM&, Object*, Value&)) {
    type->iternext = fn;
    add_method(type, "__iter__", iter_self);
    add_method(type, "__next__", iter_next_dunder);
}

void VM::add_builtin(const std::string& name, NativeFn fn) {
    dict_set_str(*this, builtins.get(), intern(name), native_function(name, name, fn));
}

void VM::add_builtin_value(const std::string& name, Value v) { dict_set_str(*this, builtins.get(), intern(name), std::move(v)); }

void VM::register_module(const std::string& name, ModuleFactory factory) { module_factories_[name] = std::move(factory); }

Value VM::new_module(const std::string& name) {
    auto d = new_dict();
    dict_set_str(*this, d.get(), intern("__name__"), str(name));
    return Value(make<ModuleObject>(t.module, intern(name), d));
}

void VM::module_set(Value module, const std::string& name, Value v) {
    dict_set_str(*this, module.as<ModuleObject>()->dict.get(), intern(name), std::move(v));
}

Value VM::import_module(const std::string& name) {
    auto it = modules_.find(name);
    if (it != modules_.end()) return it->second;
    auto f = module_factories_.find(name);
    if (f == module_factories_.end()) {
        std::string top = name.substr(0, name.find('.'));
        std::string missing = module_factories_.count(top) || top == name ? name : top;
        PyError err = error(e.ModuleNotFoundError, "No module named '" + missing + "'" + std::string(sandbox_module_note(name)));
        setattr(err.exc, intern("name").get(), str(missing));
        throw err;
    }
    Value m = f->second(*this);
    modules_[name] = m;
    // `import a.b` also makes b an attribute of a.
    size_t dot = name.rfind('.');
    if (dot != std::string::npos) {
        Value parent = import_module(name.substr(0, dot));
        module_set(parent, name.substr(dot + 1), m);
    }
    return m;
}

// ---- types ----------------------------------------------------------------------------------

bool VM::is_subtype(TypeObject* sub, TypeObject* base) const {
    if (sub == base) return true;
    for (TypeObject* m : sub->mro) if (m == base) return true;
    return false;
}

bool VM::isinstance(const Value& v, TypeObject* cls) const { return is_subtype(type_of(v), cls); }

std::optional<Value> VM::lookup_type(TypeObject* type, StrObject* name) const {
    for (TypeObject* m : type->mro) {
        if (!m->dict) continue;
        if (Value* v = dict_find_str(m->dict.get(), name)) return *v;
    }
    return std::nullopt;
}

std::optional<Value> VM::lookup_type(TypeObject* type, std::string_view name) { return lookup_type(type, intern(name).get()); }

// ---- attributes -----------------------------------------------------------------------------

namespace {

// Binds a class attribute found on the type for access through `obj` (descriptor protocol for
// the descriptor kinds the subset has).
Value bind_descriptor(VM& vm, const Value& attr, const Value& obj, TypeObject* owner, bool through_instance) {
    if (!attr.is_obj()) return attr;
    TypeObject* at = attr.obj()->type;
    if (at == vm.t.function || at == vm.t.builtin_function) {
        if (!through_instance) return attr;
        return Value(make<BoundMethodObject>(vm.t.method, obj, attr));
    }
    if (at == vm.t.staticmethod) return attr.as<WrapperObject>()->func;
    if (at == vm.t.classmethod) return Value(make<BoundMethodObject>(vm.t.method, Value(owner), attr.as<WrapperObject>()->func));
    if (at == vm.t.property) {
        if (!through_instance) return attr;
        auto* p = attr.as<WrapperObject>();
        if (p->func.is_none()) vm.raise(vm.e.AttributeError, "property has no getter");  // wording varies by version
        return vm.call(p->func, {obj});
    }
    // A user-defined descriptor with __get__.
    if (auto get = vm.lookup_type(at, "__get__")) {
        return vm.call(*get, {attr, through_instance ? obj : vm.None, Value(owner)});
    }
    return attr;
}

DictObject* instance_dict(const Value& obj, VM& vm) {
    if (!obj.is_obj()) return nullptr;
    Object* o = obj.obj();
    if (o->type->instance_has_dict) {
        auto* inst = static_cast<InstanceObject*>(o);
        if (!inst->attrs) inst->attrs = vm.new_dict();
        return inst->attrs.get();
    }
    if (o->type == vm.t.function) {
        auto* fn = static_cast<FunctionObject*>(o);
        if (!fn->attrs) fn->attrs = vm.new_dict();
        return fn->attrs.get();
    }
    if (o->type == vm.t.module) return static_cast<ModuleObject*>(o)->dict.get();
    return nullptr;
}

}  // namespace

std::optional<Value> VM::getattr_opt(const Value& obj, StrObject* name) {
    try {
        return getattr(obj, name);
    } catch (PyError& err) {
        if (isinstance(err.exc, e.AttributeError)) return std::nullopt;
        throw;
    }
}

Value VM::getattr(const Value& obj, StrObject* name) {
    TypeObject* type = type_of(obj);
    if (type == t.type || is_subtype(type, t.type)) {
        // Attribute of a class: its MRO, then the metatype.
        auto* cls = obj.as<TypeObject>();
        for (TypeObject* m : cls->mro) {
            if (!m->dict) continue;
            if (Value* v = dict_find_str(m->dict.get(), name)) return bind_descriptor(*this, *v, Value(), cls, false);
        }
        if (auto special = class_special_attr(cls, name->s)) return *special;
        if (auto v = lookup_type(type, name)) return bind_descriptor(*this, *v, obj, type, true);
        raise(e.AttributeError, "type object '" + cls->name + "' has no attribute '" + name->s + "'");
    }
    if (type == t.super_) return super_getattr(obj, name);
    std::optional<Value> cls_attr = lookup_type(type, name);
    // Data descriptors (properties) win over the instance dict.
    if (cls_attr && cls_attr->is_obj() && cls_attr->obj()->type == t.property)
        return bind_descriptor(*this, *cls_attr, obj, type, true);
    if (DictObject* d = obj.is_obj() ? instance_dict(obj, *this) : nullptr) {
        if (Value* v = dict_find_str(d, name)) return *v;
    }
    if (cls_attr) return bind_descriptor(*this, *cls_attr, obj, type, true);
    if (auto special = instance_special_attr(obj, name->s)) return *special;
    if (auto ga = lookup_type(type, "__getattr__")) return call(*ga, {obj, Value(name)});
    attribute_error(obj, name);
}

bool VM::load_method(const Value& obj, StrObject* name, Value& method) {
    TypeObject* type = type_of(obj);
    if (type != t.type && type != t.super_ && type != t.module) {
        std::optional<Value> cls_attr = lookup_type(type, name);
        if (cls_attr && cls_attr->is_obj() &&
            (cls_attr->obj()->type == t.function || cls_attr->obj()->type == t.builtin_function)) {
            DictObject* d = obj.is_obj() ? instance_dict(obj, *this) : nullptr;
            if (!d || !dict_find_str(d, name)) {
                method = *cls_attr;
                return true;
            }
        }
    }
    method = getattr(obj, name);
    return false;
}

void VM::setattr(const Value& obj, StrObject* name, Value v) {
    TypeObject* type = type_of(obj);
    if (type == t.type || is_subtype(type, t.type)) {
        auto* cls = obj.as<TypeObject>();
        if (cls->is_builtin)
            type_error("cannot set '" + name->s + "' attribute of immutable type '" + cls->name + "'");
        if (name->s == "__module__" && isinstance(v, t.str)) cls->module = as_str(v)->s;  // tracebacks print it
        dict_set_str(*this, cls->dict.get(), Ref<StrObject>(name), std::move(v));
        return;
    }
    if (auto cls_attr = lookup_type(type, name)) {
        if (cls_attr->is_obj() && cls_attr->obj()->type == t.property) {
            auto* p = cls_attr->as<WrapperObject>();
            if (p->setter.is_none())
                raise(e.AttributeError, "property '" + name->s + "' of '" + type->name + "' object has no setter");
            call(p->setter, {obj, v});
            return;
        }
    }
    if (auto sa = lookup_type(type, "__setattr__")) {
        if (sa->is_obj() && sa->obj()->type == t.function) {
            call(*sa, {obj, Value(name), v});
            return;
        }
    }
    if (obj.is_obj() && obj.obj()->type->is_exception && exception_set_special(obj, name->s, v)) return;
    DictObject* d = instance_dict(obj, *this);
    if (!d) {
        if (lookup_type(type, name))
            raise(e.AttributeError, "'" + type->name + "' object attribute '" + name->s + "' is read-only");
        raise(e.AttributeError, "'" + type->name + "' object has no attribute '" + name->s + "'");
    }
    dict_set_str(*this, d, Ref<StrObject>(name), std::move(v));
}

void VM::delattr(const Value& obj, StrObject* name) {
    TypeObject* type = type_of(obj);
    if (type == t.type) {
        auto* cls = obj.as<TypeObject>();
        if (cls->is_builtin) type_error("cannot delete '" + name->s + "' attribute of immutable type '" + cls->name + "'");
        if (!dict_del_str(cls->dict.get(), name)) raise(e.AttributeError, "type object '" + cls->name + "' has no attribute '" + name->s + "'");
        return;
    }
    if (auto cls_attr = lookup_type(type, name)) {
        if (cls_attr->is_obj() && cls_attr->obj()->type == t.property) {
            auto* p = cls_attr->as<WrapperObject>();
            if (p->deleter.is_none())
                raise(e.AttributeError, "property '" + name->s + "' of '" + type->name + "' object has no deleter");
            call(p->deleter, {obj});
            return;
        }
    }
    DictObject* d = instance_dict(obj, *this);
    if (!d || !dict_del_str(d, name)) attribute_error(obj, name);
}

void VM::attribute_error(const Value& obj, StrObject* name) {
    TypeObject* type = type_of(obj);
    PyError err = type == t.module
        ? error(e.AttributeError, "module '" + obj.as<ModuleObject>()->name->s + "' has no attribute '" + name->s + "'")
        : error(e.AttributeError, "'" + type->name + "' object has no attribute '" + name->s + "'");
    // "Did you mean": the closest of dir(obj).
    std::vector<std::string> names;
    auto add = [&](const DictObject* d) {
        if (!d) return;
        for (auto& en : d->entries)
            if (en.used && en.key.is_obj() && en.key.obj()->type == t.str) names.push_back(as_str(en.key)->s);
    };
    if (type == t.module) add(obj.as<ModuleObject>()->dict.get());
    else if (obj.is_obj() && type->instance_has_dict) add(obj.as<InstanceObject>()->attrs.get());
    for (TypeObject* m : type->mro) add(m->dict.get());
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    err.exc.as<ExceptionObject>()->suggestion = suggest_name(names, name->s);
    throw err;
}

// ---- calls ----------------------------------------------------------------------------------

Value VM::call(const Value& callable, Args args) {
    if (!callable.is_obj()) type_error("'" + type_name(callable) + "' object is not callable");
    Object* o = callable.obj();
    TypeObject* type = o->type;
    if (type == t.function) return call_function(*this, static_cast<FunctionObject*>(o), args.v, args.n, args.kw);
    if (type == t.builtin_function) {
        auto* nf = static_cast<NativeFunctionObject*>(o);
        if (++depth > recursion_limit + 50) {
            --depth;
            raise(e.RecursionError, "maximum recursion depth exceeded while calling a Python object");
        }
        struct DepthGuard { int& d; ~DepthGuard() { --d; } } guard{depth};
        return nf->fn(*this, args);
    }
    if (type == t.method) {
        auto* bm = static_cast<BoundMethodObject*>(o);
        std::vector<Value> full;
        full.reserve(args.n + 1);
        full.push_back(bm->self);
        full.insert(full.end(), args.v, args.v + args.n);
        return call(bm->func, Args{full.data(), full.size(), args.kw});
    }
    if (type == t.type || is_subtype(type, t.type)) return type_call(static_cast<TypeObject*>(o), args);
    if (type == t.staticmethod) return call(static_cast<WrapperObject*>(o)->func, args);
    if (auto c = lookup_type(type, "__call__")) {
        std::vector<Value> full;
        full.push_back(callable);
        full.insert(full.end(), args.v, args.v + args.n);
        return call(*c, Args{full.data(), full.size(), args.kw});
    }
    type_error("'" + type->name + "' object is not callable");
}

Value VM::call(const Value& callable, std::initializer_list<Value> args) {
    return call(callable, Args{args.begin(), args.size(), nullptr});
}

Value VM::call_method(const Value& obj, std::string_view name, std::initializer_list<Value> args) {
    Value m;
    if (load_method(obj, intern(name).get(), m)) {
        std::vector<Value> full;
        full.push_back(obj);
        full.insert(full.end(), args.begin(), args.end());
        return call(m, Args{full.data(), full.size(), nullptr});
    }
    return call(m, Args{args.begin(), args.size(), nullptr});
}

Value VM::type_call(TypeObject* cls, Args args) {
    if (cls == t.type) {
        if (args.n == 1 && !args.has_kw()) return Value(type_of(args[0]));
        if (args.n != 3) type_error("type() takes 1 or 3 arguments");
        if (!(args[0].is_obj() && args[0].obj()->type == t.str)) type_error("type.__new__() argument 1 must be str, not " + type_name(args[0]));
        std::vector<Ref<TypeObject>> bases;
        for (auto& b : to_vector(args[1])) {
            if (!isinstance(b, t.type)) type_error("bases must be types");
            bases.push_back(Ref<TypeObject>(b.as<TypeObject>()));
        }
        auto ns = new_dict();
        for (auto& en : args[2].as<DictObject>()->entries) if (en.used) dict_set(*this, ns.get(), en.key, en.value);
        return make_class(as_str(args[0])->s, std::move(bases), ns);
    }
    auto new_fn = lookup_type(cls, "__new__");
    Value obj;
    std::vector<Value> full;
    full.reserve(args.n + 1);
    full.push_back(Value(cls));
    full.insert(full.end(), args.v, args.v + args.n);
    Value nf = *new_fn;
    if (nf.is_obj() && nf.obj()->type == t.staticmethod) nf = nf.as<WrapperObject>()->func;
    obj = call(nf, Args{full.data(), full.size(), args.kw});
    if (!isinstance(obj, cls)) return obj;
    auto init = lookup_type(type_of(obj), "__init__");
    if (init) {
        full[0] = obj;
        Value r = call(*init, Args{full.data(), full.size(), args.kw});
        if (!r.is_none()) type_error("__init__() should return None, not '" + type_name(r) + "'");
    }
    return obj;
}

// ---- text -----------------------------------------------------------------------------------

std::string VM::repr(const Value& v) {
    switch (v.tag()) {
        case Tag::None: case Tag::Unbound: return "None";
        case Tag::Bool: return v.as_bool() ? "True" : "False";
        case Tag::Int: return std::to_string(v.as_int());
        case Tag::Float: return float_repr(v.as_float());
        case Tag::Obj: break;
    }
    if (v.obj()->type == t.str) return str_repr(as_str(v)->s);
    auto r = lookup_type(type_of(v), "__repr__");
    if (!r) return "<object>";
    Value s = call(*r, {v});
    if (!(s.is_obj() && isinstance(s, t.str))) type_error("__repr__ returned non-string (type " + type_name(s) + ")");
    return as_str(s)->s;
}

std::string VM::to_str(const Value& v) {
    if (v.is_obj() && v.obj()->type == t.str) return as_str(v)->s;
    if (v.is_int()) return std::to_string(v.as_int());
    auto r = lookup_type(type_of(v), "__str__");
    if (!r) return repr(v);
    Value s = call(*r, {v});
    if (!(s.is_obj() && isinstance(s, t.str))) type_error("__str__ returned non-string (type " + type_name(s) + ")");
    return as_str(s)->s;
}

std::string VM::ascii(const Value& v) {
    std::string r = repr(v);
    std::string out;
    size_t i = 0;
    while (i < r.size()) {
        char32_t c = utf8_decode(r, i);
        if (c < 0x80) { out += static_cast<char>(c); continue; }
        char buf[16];
        if (c <= 0xff) snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(c));
        else if (c <= 0xffff) snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
        else snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(c));
        out += buf;
    }
    return out;
}

std::string VM::format(const Value& v, const std::string& spec) {
    auto f = lookup_type(type_of(v), "__format__");
    if (!f) type_error("unsupported format");
    Value s = call(*f, {v, str(spec)});
    if (!(s.is_obj() && isinstance(s, t.str))) type_error("__format__ must return a str, not " + type_name(s));
    return as_str(s)->s;
}

// ---- hashing and comparison -----------------------------------------------------------------

int64_t VM::hash(const Value& v) {
    constexpr int64_t kModulus = (int64_t{1} << 61) - 1;
    switch (v.tag()) {
        case Tag::None: case Tag::Unbound: return 0xFCA86420;
        case Tag::Bool: return v.as_bool() ? 1 : 0;
        case Tag::Int: {
            int64_t h = v.as_int() % kModulus;  // C++ % keeps the sign, as CPython's hash does
            return h == -1 ? -2 : h;
        }
        default: break;
    }
    if (v.is_obj() && v.obj()->type == t.str) return str_hash(as_str(v));
    TypeObject* type = type_of(v);
    auto h = lookup_type(type, "__hash__");
    if (!h || h->is_none()) type_error("unhashable type: '" + type->name + "'");
    Value r = call(*h, {v});
    if (!is_integer(r)) type_error("__hash__ method should return an integer");
    if (r.is_int()) return r.as_int() == -1 ? -2 : r.as_int();
    return hash(r);
}

bool VM::truthy(const Value& v) {
    switch (v.tag()) {
        case Tag::None: case Tag::Unbound: return false;
        case Tag::Bool: case Tag::Int: return v.as_int() != 0;
        case Tag::Float: return v.as_float() != 0.0;
        case Tag::Obj: break;
    }
    TypeObject* type = v.obj()->type;
    if (type == t.str) return !as_str(v)->s.empty();
    if (type == t.list) return !v.as<ListObject>()->items.empty();
    if (type == t.tuple) return !v.as<TupleObject>()->items.empty();
    if (type == t.dict) return v.as<DictObject>()->live != 0;
    if (auto b = lookup_type(type, "__bool__")) {
        Value r = call(*b, {v});
        if (!r.is_bool()) type_error("__bool__ should return bool, returned " + type_name(r));
        return r.as_bool();
    }
    if (auto l = lookup_type(type, "__len__")) return len(v) != 0;
    return true;
}

bool VM::eq(const Value& a, const Value& b) {
    if (a.is_int() && b.is_int()) return a.as_int() == b.as_int();
    if (a.is_obj() && b.is_obj() && a.obj() == b.obj()) return true;
    if (a.is_obj() && b.is_obj() && a.obj()->type == t.str && b.obj()->type == t.str) return as_str(a)->s == as_str(b)->s;
    return truthy(compare(CompareOp::Eq, a, b));
}

Value VM::compare(CompareOp op, const Value& a, const Value& b) {
    TypeObject* ta = type_of(a);
    TypeObject* tb = type_of(b);
    const char* name = cmp_dunder(op);
    const char* rname = cmp_dunder(reflected(op));
    bool tried_reflected = false;
    if (ta != tb && is_subtype(tb, ta)) {
        if (auto rm = lookup_type(tb, rname)) {
            Value r = call(*rm, {b, a});
            if (!is_not_implemented(*this, r)) return r;
            tried_reflected = true;
        }
    }
    if (auto m = lookup_type(ta, name)) {
        Value r = call(*m, {a, b});
        if (!is_not_implemented(*this, r)) return r;
    }
    if (!tried_reflected) {
        if (auto rm = lookup_type(tb, rname)) {
            Value r = call(*rm, {b, a});
            if (!is_not_implemented(*this, r)) return r;
        }
    }
    if (op == CompareOp::Eq) return Value::boolean(a.is(b));
    if (op == CompareOp::Ne) return Value::boolean(!a.is(b));
    type_error(std::string("'") + cmp_symbol(op) + "' not supported between instances of '" + ta->name + "' and '" + tb->name + "'");
}

bool VM::compare_bool(CompareOp op, const Value& a, const Value& b) {
    if (a.is_int() && b.is_int()) {
        int64_t x = a.as_int(), y = b.as_int();
        switch (op) {
            case CompareOp::Lt: return x < y;
            case CompareOp::Le: return x <= y;
            case CompareOp::Eq: return x == y;
            case CompareOp::Ne: return x != y;
            case CompareOp::Gt: return x > y;
            case CompareOp::Ge: return x >= y;
        }
    }
    return truthy(compare(op, a, b));
}

bool VM::contains(const Value& container, const Value& item) {
    TypeObject* type = type_of(container);
    if (type == t.list || type == t.tuple) {
        const auto& items = type == t.list ? container.as<ListObject>()->items : container.as<TupleObject>()->items;
        for (size_t i = 0; i < items.size(); ++i) {
            Value x = items[i];  // the list may change under a Python __eq__
            if (eq(x, item)) return true;
        }
        return false;
    }
    if (type == t.dict) return dict_find(*this, container.as<DictObject>(), item) != nullptr;
    if (auto c = lookup_type(type, "__contains__")) return truthy(call(*c, {container, item}));
    if (!lookup_type(type, "__iter__")) type_error("argument of type '" + type->name + "' is not iterable");
    Value it = iter(container);
    Value x;
    while (next(it, x)) if (eq(x, item)) return true;
    return false;
}

// ---- arithmetic -----------------------------------------------------------------------------

Value VM::binary_op(ast::BinOpKind op, const Value& a, const Value& b, bool inplace) {
    const BinopDunders names = binop_dunders(op);
    TypeObject* ta = type_of(a);
    TypeObject* tb = type_of(b);
    if (inplace) {
        if (auto im = lookup_type(ta, names.inplace)) {
            Value r = call(*im, {a, b});
            if (!is_not_implemented(*this, r)) return r;
        }
    }
    bool tried_reflected = false;
    if (ta != tb && is_subtype(tb, ta)) {
        if (auto rm = lookup_type(tb, names.reflected)) {
            Value r = call(*rm, {b, a});
            if (!is_not_implemented(*this, r)) return r;
            tried_reflected = true;
        }
    }
    if (auto m = lookup_type(ta, names.op)) {
        Value r = call(*m, {a, b});
        if (!is_not_implemented(*this, r)) return r;
    }
    if (!tried_reflected && ta != tb) {
        if (auto rm = lookup_type(tb, names.reflected)) {
            Value r = call(*rm, {b, a});
            if (!is_not_implemented(*this, r)) return r;
        }
    }
    // CPython's sequence fallbacks (sq_concat / sq_repeat) word these two cases differently.
    auto is_seq = [&](TypeObject* ty) { return is_subtype(ty, t.str) || is_subtype(ty, t.list) || is_subtype(ty, t.tuple) || is_subtype(ty, t.bytes); };
    if (op == ast::BinOpKind::Add && is_seq(ta))
        type_error("can only concatenate " + ta->name + " (not \"" + tb->name + "\") to " + ta->name);
    if (op == ast::BinOpKind::Mult && (is_seq(ta) || is_seq(tb)))
        type_error("can't multiply sequence by non-int of type '" + (is_seq(ta) ? tb : ta)->name + "'");
    std::string sym = binop_symbol(op);
    if (inplace) sym = op == ast::BinOpKind::Pow ? "**=" : sym + "=";
    type_error("unsupported operand type(s) for " + sym + ": '" + ta->name + "' and '" + tb->name + "'");
}

Value VM::unary_op(ast::UnaryOpKind op, const Value& v) {
    const char* name = op == ast::UnaryOpKind::USub ? "__neg__" : op == ast::UnaryOpKind::UAdd ? "__pos__" : "__invert__";
    const char* sym = op == ast::UnaryOpKind::USub ? "-" : op == ast::UnaryOpKind::UAdd ? "+" : "~";
    if (op == ast::UnaryOpKind::Not) return Value::boolean(!truthy(v));
    if (auto m = lookup_type(type_of(v), name)) return call(*m, {v});
    type_error(std::string("bad operand type for unary ") + sym + ": '" + type_name(v) + "'");
}

int64_t VM::len(const Value& v) {
    TypeObject* type = type_of(v);
    if (type == t.list) return static_cast<int64_t>(v.as<ListObject>()->items.size());
    if (type == t.tuple) return static_cast<int64_t>(v.as<TupleObject>()->items.size());
    if (type == t.dict) return static_cast<int64_t>(v.as<DictObject>()->live);
    if (type == t.str && as_str(v)->ascii) return static_cast<int64_t>(as_str(v)->s.size());
    auto l = lookup_type(type, "__len__");
    if (!l) type_error("object of type '" + type->name + "' has no len()");
    Value r = call(*l, {v});
    if (!is_integer(r)) type_error("'" + type_name(r) + "' object cannot be interpreted as an integer");
    if (!r.is_int() && !r.is_bool()) overflow_error("cannot fit 'int' into an index-sized integer");
    if (r.as_int() < 0) value_error("__len__() should return >= 0");
    return r.as_int();
}

// ---- items ----------------------------------------------------------------------------------

Value VM::getitem(const Value& obj, const Value& key) {
    TypeObject* type = type_of(obj);
    if (auto g = lookup_type(type, "__getitem__")) return call(*g, {obj, key});
    if (type == t.type || is_subtype(type, t.type)) {
        auto* cls = obj.as<TypeObject>();
        if (auto cg = lookup_type(cls, "__class_getitem__")) return call(*cg, {obj, key});
        if (cls->is_builtin) return obj;  // list[int] and friends: the annotation is not checked
        type_error("type '" + cls->name + "' is not subscriptable");
    }
    type_error("'" + type->name + "' object is not subscriptable");
}

void VM::setitem(const Value& obj, const Value& key, Value v) {
    TypeObject* type = type_of(obj);
    if (type == t.list && key.is_int()) {
        auto& items = obj.as<ListObject>()->items;
        int64_t i = key.as_int();
        int64_t n = static_cast<int64_t>(items.size());
        if (i < 0) i += n;
        if (i >= 0 && i < n) { items[static_cast<size_t>(i)] = std::move(v); return; }
    }
    if (type == t.dict) { dict_set(*this, obj.as<DictObject>(), key, std::move(v)); return; }
    if (auto s = lookup_type(type, "__setitem__")) { call(*s, {obj, key, v}); return; }
    type_error("'" + type->name + "' object does not support item assignment");
}

void VM::delitem(const Value& obj, const Value& key) {
    TypeObject* type = type_of(obj);
    if (auto d = lookup_type(type, "__delitem__")) { call(*d, {obj, key}); return; }
    type_error("'" + type->name + "' object doesn't support item deletion");
}

// ---- iteration ------------------------------------------------------------------------------

Value VM::iter(const Value& v) {
    TypeObject* type = type_of(v);
    if (type == t.generator || type->iternext) return v;
    auto i = lookup_type(type, "__iter__");
    if (!i || i->is_none()) {
        if (auto g = lookup_type(type, "__getitem__")) return old_style_iterator(v);
        type_error("'" + type->name + "' object is not iterable");
    }
    Value it = call(*i, {v});
    TypeObject* it_type = type_of(it);
    if (!it_type->iternext && it_type != t.generator && !lookup_type(it_type, "__next__"))
        type_error("iter() returned non-iterator of type '" + it_type->name + "'");
    return it;
}

bool VM::next(const Value& iterator, Value& out) {
    TypeObject* type = type_of(iterator);
    if (type->iternext) return type->iternext(*this, iterator.obj(), out);
    if (type == t.generator) return resume(iterator.as<GeneratorObject>(), Value(), Value(), out);
    auto n = lookup_type(type, "__next__");
    if (!n) type_error("'" + type->name + "' object is not an iterator");
    try {
        out = call(*n, {iterator});
        return true;
    } catch (PyError& err) {
        if (isinstance(err.exc, e.StopIteration)) return false;
        throw;
    }
}

std::vector<Value> VM::to_vector(const Value& iterable) {
    TypeObject* type = type_of(iterable);
    if (type == t.list) return iterable.as<ListObject>()->items;
    if (type == t.tuple) return iterable.as<TupleObject>()->items;
    std::vector<Value> out;
    Value it = iter(iterable);
    Value v;
    while (next(it, v)) {
        out.push_back(std::move(v));
        // A native loop draining a huge iterator still counts as work and memory.
        if (++steps > step_limit) step_budget_exhausted();
        if ((out.size() & 0xffff) == 0) reserve_bytes(out.size() * sizeof(Value));
    }
    return out;
}

// ---- ints -----------------------------------------------------------------------------------

bool VM::is_integer(const Value& v) const {
    return v.is_int() || v.is_bool() || (v.is_obj() && is_subtype(v.obj()->type, t.int_));
}

mpz_class VM::to_mpz(const Value& v) const {
    if (v.is_int() || v.is_bool()) return mpz_class(static_cast<long>(v.as_int()));
    return static_cast<BigIntObject*>(v.obj())->v;
}

int64_t VM::to_index(const Value& v) {
    if (v.is_int() || v.is_bool()) return v.as_int();
    if (is_integer(v)) overflow_error("cannot fit 'int' into an index-sized integer");
    if (auto i = lookup_type(type_of(v), "__index__")) return to_index(call(*i, {v}));
    type_error("'" + type_name(v) + "' object cannot be interpreted as an integer");
}

double VM::to_double(const Value& v) {
    if (v.is_float()) return v.as_float();
    if (v.is_int() || v.is_bool()) return static_cast<double>(v.as_int());
    if (is_integer(v)) return int_to_double(*this, v);  // correctly rounded, OverflowError past DBL_MAX
    if (auto f = lookup_type(type_of(v), "__float__")) return to_double(call(*f, {v}));
    type_error("must be real number, not " + type_name(v));
}

// ---- errors ---------------------------------------------------------------------------------

Value VM::new_exception(TypeObject* type, std::vector<Value> args) {
    return Value(make<ExceptionObject>(type, make<TupleObject>(t.tuple, std::move(args))));
}

PyError VM::error(TypeObject* type, std::string message) {
    std::vector<Value> args;
    if (!message.empty() || type != e.StopIteration) args.push_back(str(std::move(message)));
    if (type == e.StopIteration || type == e.StopAsyncIteration) args.clear();
    return PyError{new_exception(type, std::move(args)), false};
}

void VM::key_error(const Value& key) { throw PyError{new_exception(e.KeyError, {key}), false}; }

void VM::memory_error() { throw PyError{new_exception(e.MemoryError, {}), false}; }

void VM::check_args(std::string_view fname, Args args, size_t min, size_t max) {
    if (args.n >= min && args.n <= max) return;
    std::string f(fname);
    if (min == max)
        type_error(f + "() takes exactly " + (min == 1 ? std::string("one argument") : std::to_string(min) + " arguments") + " (" +
                   std::to_string(args.n) + " given)");
    if (args.n < min)
        type_error(f + " expected at least " + std::to_string(min) + " argument" + (min == 1 ? "" : "s") + ", got " + std::to_string(args.n));
    type_error(f + " expected at most " + std::to_string(max) + " argument" + (max == 1 ? "" : "s") + ", got " + std::to_string(args.n));
}

void VM::no_kwargs(std::string_view fname, Args args) {
    if (args.has_kw()) type_error(std::string(fname) + "() takes no keyword arguments");
}

const Value* VM::kwarg(Args args, std::string_view name) const {
    if (!args.kw) return nullptr;
    for (auto& k : *args.kw) if (k.name->s == name) return &k.value;
    return nullptr;
}

namespace {

std::string with_commas(uint64_t n) {
    std::string s = std::to_string(n);
    for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<size_t>(i), ",");
    return s;
}

}  // namespace

Frame* VM::user_frame() const {
    for (Frame* f = interp->current; f; f = f->back)
        if (!f->code->is(kCodeLibrary)) return f;
    return interp->current;
}

int VM::user_line() const {
    Frame* f = user_frame();
    return f ? f->line() : 0;
}

void VM::reserve_bytes(size_t bytes) {
    const size_t budget = limits.max_memory_bytes;
    if (budget && (bytes > budget || memory_used + bytes > budget)) memory_error();
}

void VM::poll() {
    poll_at = steps + kPollSteps;
    if (cancel && cancel->load(std::memory_order_relaxed)) run_cancelled();
    check_memory();
}

void VM::check_memory() {
    const size_t resident = resident_memory_bytes();
    const size_t trace_bytes = trace ? trace->approx_bytes() : 0;
    memory_used = resident > memory_baseline + trace_bytes ? resident - memory_baseline - trace_bytes : 0;
    if (!limits.max_memory_bytes || memory_used <= limits.max_memory_bytes) return;
    RunAborted a;
    a.code = "memory-budget";
    a.line = user_line();
    const size_t mb = limits.max_memory_bytes >> 20;
    a.args = {std::to_string(mb), std::to_string(a.line)};
    a.message = "the program used more than " + with_commas(mb) + " MB of memory; it was at line " + std::to_string(a.line) +
                ". Does something grow without end, such as a list appended to in a loop that never stops" +
                (aio ? ", or tasks created faster than they finish" : std::string()) + "?";
    throw a;
}

void VM::attend() {
    step_budget_exhausted();
    if (finalizers_pending) run_finalizers();
}

void VM::step_budget_exhausted() {
    if (steps >= poll_at) poll();
    update_step_limit();
    const uint64_t hard = budget_limit < machine_limit ? budget_limit : machine_limit;
    if (steps <= hard) return;
    if (steps <= budget_limit && machine) {
        machine->on_step_limit();
        return;
    }
    RunAborted a;
    Frame* f = user_frame();
    a.line = f ? f->line() : 0;
    if (task_step_budget_active && steps < limits.max_steps) {
        // A task ran on without awaiting: nothing else on the loop could run meanwhile.
        a.code = "loop-blocked";
        a.args = current_task_args();
        a.args.insert(a.args.end(), {std::to_string(limits.max_steps_per_task_step), std::to_string(a.line)});
        a.message = "task " + current_task_description() + " ran " + with_commas(limits.max_steps_per_task_step) +
                    " steps without awaiting; it was at line " + std::to_string(a.line) +
                    ". The event loop is blocked: no other task can run until it reaches an await.";
        throw a;
    }
    if (aio) {
        std::vector<std::string> stubborn_args;
        const std::string stubborn = swallowed_cancel_report(*this, aio->running_loop.get(), stubborn_args);
        if (!stubborn.empty()) {
            a.code = "cancel-swallowed";
            a.args = std::move(stubborn_args);
            a.message = "the program never ends because a task ignores cancellation: it catches CancelledError and carries on "
                        "(re-raise it, or let it propagate):\n" + stubborn;
            a.message.pop_back();
            throw a;
        }
    }
    a.code = "step-budget";
    std::string where = f ? (f->code->name == "<module>" ? std::string("the program") : "'" + f->code->qualname + "'") : "the program";
    a.args = {f && f->code->name != "<module>" ? f->code->qualname : std::string(), std::to_string(limits.max_steps), std::to_string(a.line)};
    a.message = where + " ran " + with_commas(limits.max_steps) + " steps without finishing; it was at line " +
                std::to_string(a.line) + ". Is there a loop that never ends?";
    throw a;
}

void VM::run_cancelled() {
    RunAborted a;
    a.code = "cancelled";
    a.line = user_line();
    a.message = "the run was cancelled at line " + std::to_string(a.line) + ".";
    a.args = {std::to_string(a.line)};
    throw a;
}

bool VM::exception_matches(const Value& exc, const Value& type) {
    if (type.is_obj() && type.obj()->type == t.tuple) {
        for (auto& ty : type.as<TupleObject>()->items)
            if (exception_matches(exc, ty)) return true;
        return false;
    }
    if (!(type.is_obj() && isinstance(type, t.type) && type.as<TypeObject>()->is_exception))
        type_error("catching classes that do not inherit from BaseException is not allowed");
    return isinstance(exc, type.as<TypeObject>());
}

Value VM::special_method(const Value& obj, const char* name, const char* protocol) {
    auto m = lookup_type(type_of(obj), name);
    if (!m) {
        type_error("'" + type_name(obj) + "' object does not support the " + protocol + " protocol");
    }
    if (m->is_obj() && (m->obj()->type == t.function || m->obj()->type == t.builtin_function))
        return Value(make<BoundMethodObject>(t.method, obj, *m));
    return *m;
}

// ---- output ---------------------------------------------------------------------------------

void VM::write_stdout(std::string_view s) {
    if (trace) trace->print(*this, s);
    host.write(Stream::Stdout, s);
}
void VM::write_stderr(std::string_view s) {
    if (trace) trace->stderr_write(*this, s);
    host.write(Stream::Stderr, s);
}

}  // namespace ls
