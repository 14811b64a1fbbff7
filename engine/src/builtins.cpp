// The builtin functions (print, len, sorted, round, ...). enumerate, zip, map, filter and
// reversed are types registered by iterators.cpp; the container types are exposed here.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "dict.h"
#include "frame.h"
#include "interpreter.h"
#include "seq_util.h"
#include "str_util.h"
#include "types.h"

namespace ls {

namespace {

StrObject* attribute_name(VM& vm, const Value& name) {
    if (!name.is_obj() || !vm.isinstance(name, vm.t.str))
        vm.type_error("attribute name must be string, not '" + vm.type_name(name) + "'");
    return name.as<StrObject>();
}

[[noreturn]] void raise_stop_iteration(VM& vm) {
    throw PyError{vm.new_exception(vm.e.StopIteration, {})};
}

// ---- output and input --------------------------------------------------------------------------

std::string print_separator(VM& vm, Args args, const char* name, const char* fallback) {
    const Value* v = vm.kwarg(args, name);
    if (!v || v->is_none()) return fallback;
    if (!vm.isinstance(*v, vm.t.str))
        vm.type_error(std::string(name) + " must be None or a string, not " + vm.type_name(*v));
    return v->as<StrObject>()->s;
}

Value builtin_print(VM& vm, Args args) {
    arg_kw_only(vm, args, "print", {"sep", "end", "file", "flush"});
    std::string sep = print_separator(vm, args, "sep", " ");
    std::string end = print_separator(vm, args, "end", "\n");
    const Value* file = vm.kwarg(args, "file");
    if (file && !file->is_none()) {
        // Any object with write(): simulated files, sys.stderr, user classes.
        for (size_t i = 0; i < args.size(); ++i) {
            if (i) vm.call_method(*file, "write", {vm.str(sep)});
            vm.call_method(*file, "write", {vm.str(vm.to_str(args[i]))});
        }
        vm.call_method(*file, "write", {vm.str(end)});
        const Value* flush = vm.kwarg(args, "flush");
        if (flush && vm.truthy(*flush) && vm.getattr_opt(*file, vm.intern("flush").get()))
            vm.call_method(*file, "flush", {});
        return vm.None;
    }
    std::string line;
    for (size_t i = 0; i < args.size(); ++i) {
        if (i) line += sep;
        line += vm.to_str(args[i]);
    }
    line += end;
    vm.write_stdout(line);
    return vm.None;
}

Value builtin_input(VM& vm, Args args) {
    arg_no_kw(vm, args, "input");
    size_t n = arg_count(vm, args, "input", 0, 1, 0);
    if (n == 1) vm.write_stdout(vm.to_str(args[0]));
    vm.raise(vm.e.EOFError, "EOF when reading a line");
}

// ---- simple one-argument builtins ----------------------------------------------------------------

Value builtin_len(VM& vm, Args args) {
    arg_exactly_one(vm, args, "len", 0);
    return Value::integer(vm.len(args[0]));
}

Value builtin_repr(VM& vm, Args args) {
    arg_exactly_one(vm, args, "repr", 0);
    return vm.str(vm.repr(args[0]));
}

Value builtin_ascii(VM& vm, Args args) {
    arg_exactly_one(vm, args, "ascii", 0);
    return vm.str(vm.ascii(args[0]));
}

Value builtin_hash(VM& vm, Args args) {
    arg_exactly_one(vm, args, "hash", 0);
    return Value::integer(key_hash(vm, args[0]));
}

Value builtin_callable(VM& vm, Args args) {
    arg_exactly_one(vm, args, "callable", 0);
    const Value& v = args[0];
    if (!v.is_obj()) return vm.False;
    TypeObject* t = v.obj()->type;
    if (t == vm.t.function || t == vm.t.builtin_function || t == vm.t.method || vm.isinstance(v, vm.t.type))
        return vm.True;
    return Value::boolean(vm.lookup_type(t, "__call__").has_value());
}

Value builtin_abs(VM& vm, Args args) {
    arg_exactly_one(vm, args, "abs", 0);
    const Value& v = args[0];
    if (v.is_int()) {
        int64_t i = v.as_int();
        if (i == std::numeric_limits<int64_t>::min()) return vm.integer(-mpz_class(std::to_string(i)));
        return Value::integer(i < 0 ? -i : i);
    }
    if (v.is_float()) return Value::floating(std::fabs(v.as_float()));
    if (v.is_bool()) return Value::integer(v.as_bool() ? 1 : 0);
    if (!vm.lookup_type(vm.type_of(v), "__abs__"))
        vm.type_error("bad operand type for abs(): '" + vm.type_name(v) + "'");
    return vm.call_method(v, "__abs__", {});
}

Value builtin_all(VM& vm, Args args) {
    arg_exactly_one(vm, args, "all", 0);
    Value it = vm.iter(args[0]), item;
    while (vm.next(it, item)) {
        charge_steps(vm, 1);
        if (!vm.truthy(item)) return vm.False;
    }
    return vm.True;
}

Value builtin_any(VM& vm, Args args) {
    arg_exactly_one(vm, args, "any", 0);
    Value it = vm.iter(args[0]), item;
    while (vm.next(it, item)) {
        charge_steps(vm, 1);
        if (vm.truthy(item)) return vm.True;
    }
    return vm.False;
}

// An integer argument of bin/hex/oct/chr (int, bool or __index__).
mpz_class integer_arg(VM& vm, const Value& v) {
    if (vm.is_integer(v)) return vm.to_mpz(v);
    if (!vm.lookup_type(vm.type_of(v), "__index__"))
        vm.type_error("'" + vm.type_name(v) + "' object cannot be interpreted as an integer");
    Value i = vm.call_method(v, "__index__", {});
    if (!vm.is_integer(i)) vm.type_error("__index__ returned non-int (type " + vm.type_name(i) + ")");
    return vm.to_mpz(i);
}

Value radix_string(VM& vm, Args args, const char* name, int base, const char* prefix) {
    arg_exactly_one(vm, args, name, 0);
    mpz_class v = integer_arg(vm, args[0]);
    std::string digits = mpz_class(abs(v)).get_str(base);
    return vm.str((sgn(v) < 0 ? "-" : "") + std::string(prefix) + digits);
}

Value builtin_bin(VM& vm, Args args) { return radix_string(vm, args, "bin", 2, "0b"); }
Value builtin_oct(VM& vm, Args args) { return radix_string(vm, args, "oct", 8, "0o"); }
Value builtin_hex(VM& vm, Args args) { return radix_string(vm, args, "hex", 16, "0x"); }

Value builtin_chr(VM& vm, Args args) {
    arg_exactly_one(vm, args, "chr", 0);
    const Value& v = args[0];
    if (vm.is_integer(v) && !v.is_int() && !v.is_bool()) vm.overflow_error("Python int too large to convert to C int");
    int64_t cp = vm.to_index(v);
    if (cp < 0 || cp >= 0x110000) vm.value_error("chr() arg not in range(0x110000)");
    return vm.str(utf8_encode(char32_t(cp)));
}

Value builtin_ord(VM& vm, Args args) {
    arg_exactly_one(vm, args, "ord", 0);
    const Value& v = args[0];
    if (v.is_obj() && vm.isinstance(v, vm.t.str)) {
        const std::string& s = v.as<StrObject>()->s;
        size_t length = utf8_length(s);
        if (length != 1)
            vm.type_error("ord() expected a character, but string of length " + std::to_string(length) + " found");
        size_t i = 0;
        return Value::integer(int64_t(utf8_decode(s, i)));
    }
    if (v.is_obj() && vm.isinstance(v, vm.t.bytes)) {
        const std::string& d = v.as<BytesObject>()->data;
        if (d.size() != 1)
            vm.type_error("ord() expected a character, but string of length " + std::to_string(d.size()) + " found");
        return Value::integer(int64_t(static_cast<unsigned char>(d[0])));
    }
    vm.type_error("ord() expected string of length 1, but " + vm.type_name(v) + " found");
}

Value builtin_format(VM& vm, Args args) {
    arg_no_kw(vm, args, "format");
    size_t n = arg_count(vm, args, "format", 1, 2, 0);
    std::string spec;
    if (n == 2) {
        if (!args[1].is_obj() || !vm.isinstance(args[1], vm.t.str))
            vm.type_error("format() argument 2 must be str, not " + vm.type_name(args[1]));
        spec = args[1].as<StrObject>()->s;
    }
    return vm.str(vm.format(args[0], spec));
}

// ---- id ----------------------------------------------------------------------------------------

// id(): the same number the default repr shows as the address (<C object at 0x7f...>), derived
// from the object's creation serial, so it is the same on every run. Inline values (small ints,
// floats, None, bools) have no object; they get numbers derived from their value.
Value builtin_id(VM& vm, Args args) {
    arg_exactly_one(vm, args, "id", 0);
    constexpr int64_t kAddressBase = 0x7f0000000000;
    constexpr int64_t kInlineBase = 0x7e0000000000;
    const Value& v = args[0];
    switch (v.tag()) {
        case Tag::Obj: return Value::integer(kAddressBase + int64_t(v.obj()->serial) * 0x30);
        case Tag::None: return Value::integer(kInlineBase);
        case Tag::Bool: return Value::integer(kInlineBase + (v.as_bool() ? 0x20 : 0x40));
        case Tag::Int: return Value::integer(kInlineBase + 0x1000000 + (v.as_int() & 0xffffffffff) * 0x20);
        case Tag::Float: {
            double d = v.as_float();
            uint64_t bits;
            std::memcpy(&bits, &d, sizeof bits);
            return Value::integer(kInlineBase - 0x10000000000 + int64_t(bits % 0x7fffffffff) * 0x10);
        }
        default: return Value::integer(kInlineBase);
    }
}

// ---- attributes ----------------------------------------------------------------------------------

Value builtin_getattr(VM& vm, Args args) {
    arg_no_kw(vm, args, "getattr");
    size_t n = arg_count(vm, args, "getattr", 2, 3, 0);
    StrObject* name = attribute_name(vm, args[1]);
    if (n == 3) {
        if (auto v = vm.getattr_opt(args[0], name)) return *v;
        return args[2];
    }
    return vm.getattr(args[0], name);
}

Value builtin_setattr(VM& vm, Args args) {
    arg_no_kw(vm, args, "setattr");
    arg_count(vm, args, "setattr", 3, 3, 0);
    vm.setattr(args[0], attribute_name(vm, args[1]), args[2]);
    return vm.None;
}

Value builtin_delattr(VM& vm, Args args) {
    arg_no_kw(vm, args, "delattr");
    arg_count(vm, args, "delattr", 2, 2, 0);
    vm.delattr(args[0], attribute_name(vm, args[1]));
    return vm.None;
}

Value builtin_hasattr(VM& vm, Args args) {
    arg_no_kw(vm, args, "hasattr");
    arg_count(vm, args, "hasattr", 2, 2, 0);
    return Value::boolean(vm.getattr_opt(args[0], attribute_name(vm, args[1])).has_value());
}

// ---- namespaces of the calling frame ---------------------------------------------------------

Frame* calling_frame(VM& vm) {
    Frame* f = vm.interp ? vm.interp->current : nullptr;
    if (!f) vm.raise(vm.e.SystemError, "no current frame");
    return f;
}

Value builtin_globals(VM& vm, Args args) {
    arg_none(vm, args, "globals", 0);
    return Value(calling_frame(vm)->globals);
}

// A module or class body's namespace itself; in a function, a snapshot of its bound locals
// (parameters and variables first, then closure cells), as CPython's locals() returns.
Value current_locals(VM& vm) {
    Frame* f = calling_frame(vm);
    if (f->locals) return Value(f->locals);
    Ref<DictObject> d = vm.new_dict();
    const CodeObject& code = *f->code;
    for (size_t i = 0; i < code.varnames.size() && i < f->fast.size(); ++i)
        if (f->fast_set(i)) dict_set_str(vm, d.get(), code.varnames[i], f->fast[i]);
    for (size_t i = 0; i < f->cells.size(); ++i) {
        const CellObject* cell = f->cells[i].get();
        if (!cell || cell->empty) continue;
        const Ref<StrObject>& name = i < code.cellvars.size() ? code.cellvars[i] : code.freevars[i - code.cellvars.size()];
        dict_set_str(vm, d.get(), name, cell->value);
    }
    return Value(d);
}

Value builtin_locals(VM& vm, Args args) {
    arg_none(vm, args, "locals", 0);
    return current_locals(vm);
}

Value builtin_vars(VM& vm, Args args) {
    arg_no_kw(vm, args, "vars");
    size_t n = arg_count(vm, args, "vars", 0, 1, 0);
    if (n == 0) return current_locals(vm);
    auto d = vm.getattr_opt(args[0], vm.intern("__dict__").get());
    if (!d) vm.type_error("vars() argument must have __dict__ attribute");
    return *d;
}

// dir(obj): the instance's attributes and everything on its class's MRO, sorted.
Value builtin_dir(VM& vm, Args args) {
    arg_no_kw(vm, args, "dir");
    size_t n = arg_count(vm, args, "dir", 0, 1, 0);
    std::vector<std::string> names;
    auto add_keys = [&](const DictObject* d) {
        if (!d) return;
        for (const DictEntry& e : d->entries)
            if (e.used && e.key.is_obj() && vm.isinstance(e.key, vm.t.str)) names.push_back(e.key.as<StrObject>()->s);
    };
    Value obj = n == 0 ? current_locals(vm) : args[0];
    if (n == 1) {
        if (auto custom = vm.lookup_type(vm.type_of(obj), "__dir__")) {
            Value listed = vm.call(*custom, {obj});
            for (const Value& name : vm.to_vector(listed)) {
                if (!name.is_obj() || !vm.isinstance(name, vm.t.str))
                    vm.type_error("'<' not supported between instances of '" + vm.type_name(name) + "' and 'str'");
                names.push_back(name.as<StrObject>()->s);
            }
            std::sort(names.begin(), names.end());
            std::vector<Value> out;
            for (std::string& s : names) out.push_back(vm.str(std::move(s)));
            return vm.list(std::move(out));
        }
    }
    if (n == 0) {
        add_keys(obj.as<DictObject>());
    } else if (obj.is_obj()) {
        if (auto* module = dynamic_cast<ModuleObject*>(obj.obj())) {
            add_keys(module->dict.get());
        } else {
            if (auto* inst = dynamic_cast<InstanceObject*>(obj.obj())) add_keys(inst->attrs.get());
            TypeObject* type = vm.isinstance(obj, vm.t.type) ? obj.as<TypeObject>() : obj.obj()->type;
            for (TypeObject* t : type->mro) add_keys(t->dict.get());
        }
    } else {
        for (TypeObject* t : vm.type_of(obj)->mro) add_keys(t->dict.get());
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    std::vector<Value> out;
    out.reserve(names.size());
    for (std::string& s : names) out.push_back(vm.str(std::move(s)));
    return vm.list(std::move(out));
}

// ---- types ---------------------------------------------------------------------------------------

// isinstance/issubclass's second argument: a class or a (nested) tuple of them.
bool matches_classinfo(VM& vm, const Value& classinfo, const std::function<bool(TypeObject*)>& test,
                       const char* error) {
    if (classinfo.is_obj() && vm.isinstance(classinfo, vm.t.type)) return test(classinfo.as<TypeObject>());
    if (classinfo.is_obj() && vm.isinstance(classinfo, vm.t.tuple)) {
        std::vector<Value> items = classinfo.as<TupleObject>()->items;
        for (const Value& item : items)
            if (matches_classinfo(vm, item, test, error)) return true;
        return false;
    }
    vm.type_error(error);
}

Value builtin_isinstance(VM& vm, Args args) {
    arg_no_kw(vm, args, "isinstance");
    arg_count(vm, args, "isinstance", 2, 2, 0);
    const Value& obj = args[0];
    return Value::boolean(matches_classinfo(
        vm, args[1], [&](TypeObject* t) { return vm.isinstance(obj, t); },
        "isinstance() arg 2 must be a type, a tuple of types, or a union"));
}

Value builtin_issubclass(VM& vm, Args args) {
    arg_no_kw(vm, args, "issubclass");
    arg_count(vm, args, "issubclass", 2, 2, 0);
    if (!args[0].is_obj() || !vm.isinstance(args[0], vm.t.type)) vm.type_error("issubclass() arg 1 must be a class");
    auto* cls = args[0].as<TypeObject>();
    return Value::boolean(matches_classinfo(
        vm, args[1], [&](TypeObject* t) { return vm.is_subtype(cls, t); },
        "issubclass() arg 2 must be a class, a tuple of classes, or a union"));
}

// ---- iteration -----------------------------------------------------------------------------------

Value builtin_iter(VM& vm, Args args) {
    arg_no_kw(vm, args, "iter");
    size_t n = arg_count(vm, args, "iter", 1, 2, 0);
    if (n == 1) return vm.iter(args[0]);
    Value is_callable = builtin_callable(vm, Args{args.v, 1, nullptr});
    if (!is_callable.as_bool()) vm.type_error("iter(v, w): v must be callable");
    return make_callable_iterator(vm, args[0], args[1]);
}

Value builtin_next(VM& vm, Args args) {
    arg_no_kw(vm, args, "next");
    size_t n = arg_count(vm, args, "next", 1, 2, 0);
    const Value& it = args[0];
    TypeObject* type = vm.type_of(it);
    if (type->iternext) {
        Value out;
        if (type->iternext(vm, it.obj(), out)) return out;
        if (n == 2) return args[1];
        raise_stop_iteration(vm);
    }
    if (!vm.lookup_type(type, "__next__")) vm.type_error("'" + type->name + "' object is not an iterator");
    try {
        return vm.call_method(it, "__next__", {});
    } catch (PyError& err) {
        if (n == 2 && vm.isinstance(err.exc, vm.e.StopIteration)) return args[1];
        throw;
    }
}

// max() and min(): the first extreme item wins, as in CPython.
Value min_max(VM& vm, Args args, const char* name, CompareOp better) {
    if (args.has_kw() && args.kw->size() > 2)
        vm.type_error(std::string(name) + "() takes at most 2 keyword arguments (" + std::to_string(args.kw->size()) +
                      " given)");
    arg_kw_only(vm, args, name, {"key", "default"});
    if (args.size() == 0) vm.type_error(std::string(name) + " expected at least 1 argument, got 0");
    const Value* key = vm.kwarg(args, "key");
    if (key && key->is_none()) key = nullptr;
    const Value* dflt = vm.kwarg(args, "default");
    if (dflt && args.size() > 1)
        vm.type_error(std::string("Cannot specify a default for ") + name + "() with multiple positional arguments");
    std::vector<Value> items;
    if (args.size() == 1 && args[0].is_obj() && args[0].obj()->type == vm.t.range)
        items = range_items(vm, args[0].as<RangeObject>());
    else if (args.size() == 1)
        items = vm.to_vector(args[0]);
    else items.assign(args.v, args.v + args.size());
    if (items.empty()) {
        if (dflt) return *dflt;
        vm.value_error(std::string(name) + "() arg is an empty sequence");
    }
    Value best = items[0];
    Value best_key = key ? vm.call(*key, {best}) : best;
    for (size_t i = 1; i < items.size(); ++i) {
        Value k = key ? vm.call(*key, {items[i]}) : items[i];
        bool handled;
        bool replace = inline_numbers_compare(better, k, best_key, handled);
        if (!handled) replace = vm.compare_bool(better, k, best_key);
        if (replace) {
            best = items[i];
            best_key = std::move(k);
        }
    }
    return best;
}

Value builtin_max(VM& vm, Args args) { return min_max(vm, args, "max", CompareOp::Gt); }
Value builtin_min(VM& vm, Args args) { return min_max(vm, args, "min", CompareOp::Lt); }

Value builtin_sorted(VM& vm, Args args) {
    if (args.size() != 1) vm.type_error("sorted expected 1 argument, got " + std::to_string(args.size()));
    const Value& src = args[0];
    Value list = vm.list(src.is_obj() && src.obj()->type == vm.t.range ? range_items(vm, src.as<RangeObject>())
                                                                      : vm.to_vector(src));
    Value sort = vm.getattr(list, "sort");
    vm.call(sort, Args{nullptr, 0, args.kw});
    return list;
}

Value builtin_sum(VM& vm, Args args) {
    arg_kw_only(vm, args, "sum", {"start"});
    if (args.size() == 0) vm.type_error("sum() takes at least 1 positional argument (0 given)");
    const Value* start_kw = vm.kwarg(args, "start");
    size_t total_args = args.size() + (start_kw ? 1 : 0);
    if (total_args > 2) vm.type_error("sum() takes at most 2 arguments (" + std::to_string(total_args) + " given)");
    Value result = args.size() == 2 ? args[1] : (start_kw ? *start_kw : Value::integer(0));
    if (result.is_obj()) {
        if (vm.isinstance(result, vm.t.str)) vm.type_error("sum() can't sum strings [use ''.join(seq) instead]");
        if (vm.isinstance(result, vm.t.bytes)) vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]");
    }
    Value it = vm.iter(args[0]), item;
    while (vm.next(it, item)) {
        charge_steps(vm, 1);
        int64_t r;
        if (result.is_int() && item.is_int() && !__builtin_add_overflow(result.as_int(), item.as_int(), &r)) {
            result = Value::integer(r);
        } else if (result.is_float() && item.is_float()) {
            result = Value::floating(result.as_float() + item.as_float());  // 3.11: plain addition
        } else {
            result = vm.binary_op(ast::BinOpKind::Add, result, item);
        }
    }
    return result;
}

// ---- arithmetic ----------------------------------------------------------------------------------

// Python's float divmod (Objects/floatobject.c semantics).
Value float_divmod(VM& vm, double x, double y) {
    if (y == 0.0) vm.zero_division("float divmod()");
    double mod = std::fmod(x, y);
    double div = (x - mod) / y;
    if (mod != 0.0) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, y);
    }
    double floordiv;
    if (div != 0.0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, x / y);
    }
    return vm.tuple({Value::floating(floordiv), Value::floating(mod)});
}

Value builtin_divmod(VM& vm, Args args) {
    arg_no_kw(vm, args, "divmod");
    arg_count(vm, args, "divmod", 2, 2, 0);
    const Value &a = args[0], &b = args[1];
    bool a_num = vm.is_integer(a) || a.is_float(), b_num = vm.is_integer(b) || b.is_float();
    if (a_num && b_num) {
        if (a.is_float() || b.is_float()) return float_divmod(vm, vm.to_double(a), vm.to_double(b));
        mpz_class x = vm.to_mpz(a), y = vm.to_mpz(b);
        if (y == 0) vm.zero_division("integer division or modulo by zero");
        mpz_class q, r;
        mpz_fdiv_qr(q.get_mpz_t(), r.get_mpz_t(), x.get_mpz_t(), y.get_mpz_t());
        return vm.tuple({vm.integer(q), vm.integer(r)});
    }
    if (vm.lookup_type(vm.type_of(a), "__divmod__")) {
        Value r = vm.call_method(a, "__divmod__", {b});
        if (!r.is(vm.NotImplemented)) return r;
    }
    if (vm.lookup_type(vm.type_of(b), "__rdivmod__")) {
        Value r = vm.call_method(b, "__rdivmod__", {a});
        if (!r.is(vm.NotImplemented)) return r;
    }
    vm.type_error("unsupported operand type(s) for divmod(): '" + vm.type_name(a) + "' and '" + vm.type_name(b) + "'");
}

Value builtin_pow(VM& vm, Args args) {
    arg_kw_only(vm, args, "pow", {"base", "exp", "mod"});
    const Value* base = args.size() > 0 ? &args[0] : vm.kwarg(args, "base");
    const Value* exp = args.size() > 1 ? &args[1] : vm.kwarg(args, "exp");
    const Value* mod = args.size() > 2 ? &args[2] : vm.kwarg(args, "mod");
    if (args.size() > 3) vm.type_error("pow() takes at most 3 arguments (" + std::to_string(args.size()) + " given)");
    if (!base) vm.type_error("pow() missing required argument 'base' (pos 1)");
    if (!exp) vm.type_error("pow() missing required argument 'exp' (pos 2)");
    if (!mod || mod->is_none()) return vm.binary_op(ast::BinOpKind::Pow, *base, *exp);
    if (!vm.is_integer(*base) || !vm.is_integer(*exp) || !vm.is_integer(*mod)) {
        if (vm.lookup_type(vm.type_of(*base), "__pow__") && !vm.type_of(*base)->is_builtin)
            return vm.call_method(*base, "__pow__", {*exp, *mod});
        vm.type_error("pow() 3rd argument not allowed unless all arguments are integers");
    }
    mpz_class b = vm.to_mpz(*base), e = vm.to_mpz(*exp), m = vm.to_mpz(*mod);
    if (m == 0) vm.value_error("pow() 3rd argument cannot be 0");
    bool negative_mod = m < 0;
    mpz_class am = abs(m);
    if (e < 0) {
        mpz_class inverse;
        if (mpz_invert(inverse.get_mpz_t(), b.get_mpz_t(), am.get_mpz_t()) == 0)
            vm.value_error("base is not invertible for the given modulus");
        b = inverse;
        e = -e;
    }
    mpz_class r;
    mpz_powm(r.get_mpz_t(), b.get_mpz_t(), e.get_mpz_t(), am.get_mpz_t());  // 0 <= r < |m|
    if (negative_mod && r != 0) r += m;  // Python's result takes the sign of the modulus
    return vm.integer(r);
}

// ---- round -----------------------------------------------------------------------------------------

// Rounds the rational q to the nearest integer, ties to even.
mpz_class round_half_even(const mpq_class& q) {
    mpz_class floor_q;
    mpz_fdiv_q(floor_q.get_mpz_t(), q.get_num_mpz_t(), q.get_den_mpz_t());
    mpq_class frac = q - mpq_class(floor_q);
    int c = cmp(frac, mpq_class(1, 2));
    if (c > 0 || (c == 0 && mpz_odd_p(floor_q.get_mpz_t()))) floor_q += 1;
    return floor_q;
}

// round(x, n) for a float: the correctly rounded decimal with n digits after the point, read
// back as a double, like CPython's dtoa-based double_round. Exact rational arithmetic on the
// binary value, so round(2.675, 2) == 2.67 (2.675 is really 2.67499999...).
Value round_float(VM& vm, double x, int64_t ndigits) {
    if (!std::isfinite(x) || x == 0.0) return Value::floating(x);
    if (ndigits > 323) return Value::floating(x);
    if (ndigits < -308) return Value::floating(0.0 * x);
    mpq_class q(x);
    mpz_class scale;
    mpz_ui_pow_ui(scale.get_mpz_t(), 10, static_cast<unsigned long>(ndigits < 0 ? -ndigits : ndigits));
    mpq_class scaled = q;
    if (ndigits >= 0) scaled *= mpq_class(scale);
    else scaled /= mpq_class(scale);
    scaled.canonicalize();
    mpz_class digits = round_half_even(scaled);
    std::string text = digits.get_str() + "e" + std::to_string(-ndigits);
    errno = 0;
    double r = std::strtod(text.c_str(), nullptr);
    if (std::isinf(r)) vm.overflow_error("rounded value too large to represent");
    if (r == 0.0) r = std::copysign(0.0, x);
    return Value::floating(r);
}

// round(n, ndigits) for an int with ndigits < 0: to a multiple of 10**-ndigits, ties to even.
Value round_int(VM& vm, const mpz_class& n, int64_t ndigits) {
    if (ndigits >= 0) return vm.integer(n);
    if (ndigits < -100000) return Value::integer(0);
    mpz_class scale;
    mpz_ui_pow_ui(scale.get_mpz_t(), 10, static_cast<unsigned long>(-ndigits));
    mpz_class rounded = round_half_even(mpq_class(n, scale));
    return vm.integer(rounded * scale);
}

Value builtin_round(VM& vm, Args args) {
    arg_kw_only(vm, args, "round", {"number", "ndigits"});
    const Value* number = args.size() > 0 ? &args[0] : vm.kwarg(args, "number");
    const Value* nd = args.size() > 1 ? &args[1] : vm.kwarg(args, "ndigits");
    size_t given = args.size() + (args.has_kw() ? args.kw->size() : 0);
    if (given > 2) vm.type_error("round() takes at most 2 arguments (" + std::to_string(given) + " given)");
    if (!number) vm.type_error("round() missing required argument 'number' (pos 1)");
    if (nd && nd->is_none()) nd = nullptr;
    const Value& x = *number;
    if (x.is_float()) {
        double d = x.as_float();
        if (!nd) {
            if (std::isnan(d)) vm.value_error("cannot convert float NaN to integer");
            if (std::isinf(d)) vm.overflow_error("cannot convert float infinity to integer");
            double r = std::nearbyint(d);  // default rounding mode: ties to even
            if (std::fabs(r) < 9e18) return Value::integer(int64_t(r));
            return vm.integer(mpz_class(r));
        }
        int64_t n;
        if (vm.is_integer(*nd) && !nd->is_int() && !nd->is_bool())
            n = sgn(vm.to_mpz(*nd)) < 0 ? std::numeric_limits<int64_t>::min() : std::numeric_limits<int64_t>::max();
        else
            n = vm.to_index(*nd);
        return round_float(vm, d, n);
    }
    if (vm.is_integer(x)) {
        mpz_class v = vm.to_mpz(x);
        if (!nd) return vm.integer(v);
        int64_t n;
        if (vm.is_integer(*nd) && !nd->is_int() && !nd->is_bool())
            n = sgn(vm.to_mpz(*nd)) < 0 ? std::numeric_limits<int64_t>::min() : std::numeric_limits<int64_t>::max();
        else
            n = vm.to_index(*nd);
        return round_int(vm, v, n);
    }
    if (!vm.lookup_type(vm.type_of(x), "__round__"))
        vm.type_error("type " + vm.type_name(x) + " doesn't define __round__ method");
    if (nd) return vm.call_method(x, "__round__", {*nd});
    return vm.call_method(x, "__round__", {});
}

}  // namespace

void init_builtins(VM& vm) {
    vm.add_builtin("print", builtin_print);
    vm.add_builtin("input", builtin_input);
    vm.add_builtin("len", builtin_len);
    vm.add_builtin("repr", builtin_repr);
    vm.add_builtin("ascii", builtin_ascii);
    vm.add_builtin("hash", builtin_hash);
    vm.add_builtin("id", builtin_id);
    vm.add_builtin("callable", builtin_callable);
    vm.add_builtin("abs", builtin_abs);
    vm.add_builtin("all", builtin_all);
    vm.add_builtin("any", builtin_any);
    vm.add_builtin("bin", builtin_bin);
    vm.add_builtin("oct", builtin_oct);
    vm.add_builtin("hex", builtin_hex);
    vm.add_builtin("chr", builtin_chr);
    vm.add_builtin("ord", builtin_ord);
    vm.add_builtin("format", builtin_format);
    vm.add_builtin("getattr", builtin_getattr);
    vm.add_builtin("setattr", builtin_setattr);
    vm.add_builtin("delattr", builtin_delattr);
    vm.add_builtin("hasattr", builtin_hasattr);
    vm.add_builtin("vars", builtin_vars);
    vm.add_builtin("globals", builtin_globals);
    vm.add_builtin("locals", builtin_locals);
    vm.add_builtin("dir", builtin_dir);
    vm.add_builtin("isinstance", builtin_isinstance);
    vm.add_builtin("issubclass", builtin_issubclass);
    vm.add_builtin("iter", builtin_iter);
    vm.add_builtin("next", builtin_next);
    vm.add_builtin("max", builtin_max);
    vm.add_builtin("min", builtin_min);
    vm.add_builtin("sorted", builtin_sorted);
    vm.add_builtin("sum", builtin_sum);
    vm.add_builtin("divmod", builtin_divmod);
    vm.add_builtin("pow", builtin_pow);
    vm.add_builtin("round", builtin_round);

    // The container types are callable builtins too.
    vm.add_builtin_value("list", Value(vm.t.list));
    vm.add_builtin_value("tuple", Value(vm.t.tuple));
    vm.add_builtin_value("dict", Value(vm.t.dict));
    vm.add_builtin_value("set", Value(vm.t.set));
    vm.add_builtin_value("frozenset", Value(vm.t.frozenset));
    vm.add_builtin_value("range", Value(vm.t.range));
    vm.add_builtin_value("slice", Value(vm.t.slice));
}

}  // namespace ls
