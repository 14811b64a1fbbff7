// Exception groups as CPython 3.11 defines them (Objects/exceptions.c: BaseExceptionGroup_new,
// split, derive; Python/ceval.c: exception_group_match, _PyExc_PrepReraiseStar).
#include "exception_group.h"

#include <functional>
#include <set>

#include "code.h"
#include "dict.h"

namespace ls {

namespace {

Value members_key(VM& vm) { return Value(vm.intern("__exceptions__")); }

Value eg_new(VM& vm, Args args) {
    auto* cls = args[0].as<TypeObject>();
    if (args.size() != 3) vm.type_error("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + std::to_string(args.size() - 1) + " given)");
    if (!vm.isinstance(args[1], vm.t.str)) vm.type_error("argument 1 must be str, not " + vm.type_name(args[1]));
    Value seq = args[2];
    if (!(vm.isinstance(seq, vm.t.list) || vm.isinstance(seq, vm.t.tuple)))
        vm.type_error("second argument (exceptions) must be a sequence");
    std::vector<Value> excs = vm.to_vector(seq);
    if (excs.empty()) vm.value_error("second argument (exceptions) must be a non-empty sequence");
    bool all_exceptions = true;
    for (size_t i = 0; i < excs.size(); ++i) {
        if (!vm.isinstance(excs[i], vm.e.BaseException))
            vm.value_error("Item " + std::to_string(i) + " of second argument (exceptions) is not an exception");
        all_exceptions &= vm.isinstance(excs[i], vm.e.Exception);
    }
    if (cls == vm.e.BaseExceptionGroup) {
        if (all_exceptions) cls = vm.e.ExceptionGroup;
    } else if (vm.is_subtype(cls, vm.e.ExceptionGroup) && !all_exceptions) {
        vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup");
    }
    auto eg = make<ExceptionObject>(cls, make<TupleObject>(vm.t.tuple, std::vector<Value>{args[1], seq}));
    eg->attrs = vm.new_dict();
    dict_set(vm, eg->attrs.get(), members_key(vm), vm.tuple(std::move(excs)));
    return Value(eg);
}

Value eg_init(VM& vm, Args) { return vm.None; }

Value eg_str(VM& vm, Args args) {
    auto* e = args[0].as<ExceptionObject>();
    size_t n = exception_group_members(vm, args[0]).as<TupleObject>()->items.size();
    return vm.str(vm.to_str(e->args->items[0]) + " (" + std::to_string(n) + " sub-exception" + (n == 1 ? "" : "s") + ")");
}

Value eg_message(VM&, Args args) { return args[0].as<ExceptionObject>()->args->items[0]; }
Value eg_exceptions(VM& vm, Args args) { return exception_group_members(vm, args[0]); }

Value eg_derive(VM& vm, Args args) {
    Value msg = args[0].as<ExceptionObject>()->args->items[0];
    return vm.call(Value(vm.e.BaseExceptionGroup), {msg, args[1]});
}

bool matches(VM& vm, const Value& e, const Value& cond) {
    if (vm.isinstance(cond, vm.t.type) || vm.isinstance(cond, vm.t.tuple)) return vm.exception_matches(e, cond);
    return vm.truthy(vm.call(cond, {e}));
}

// Copies what CPython copies onto a derived group.
void copy_metadata(VM& vm, const Value& from, const Value& to) {
    auto* f = from.as<ExceptionObject>();
    auto* t = to.as<ExceptionObject>();
    t->traceback = f->traceback;
    t->cause = f->cause;
    t->context = f->context;
    t->suppress_context = f->suppress_context;
    (void)vm;
}

void split(VM& vm, const Value& eg, const Value& cond, Value& match, Value& rest) {
    if (matches(vm, eg, cond)) {
        match = eg;
        rest = Value();
        return;
    }
    std::vector<Value> m, r;
    for (auto& e : exception_group_members(vm, eg).as<TupleObject>()->items) {
        if (is_exception_group(vm, e)) {
            Value em, er;
            split(vm, e, cond, em, er);
            if (!em.is_none()) m.push_back(em);
            if (!er.is_none()) r.push_back(er);
        } else if (matches(vm, e, cond)) {
            m.push_back(e);
        } else {
            r.push_back(e);
        }
    }
    auto derive = [&](std::vector<Value> items) -> Value {
        if (items.empty()) return Value();
        Value d = vm.call_method(eg, "derive", {vm.list(std::move(items))});
        copy_metadata(vm, eg, d);
        return d;
    };
    match = derive(std::move(m));
    rest = derive(std::move(r));
}

Value eg_split(VM& vm, Args args) {
    Value m, r;
    split(vm, args[0], args[1], m, r);
    return vm.tuple({m, r});
}

Value eg_subgroup(VM& vm, Args args) {
    Value m, r;
    split(vm, args[0], args[1], m, r);
    return m;
}

void collect_leaves(VM& vm, const Value& e, std::set<Object*>& out) {
    if (e.is_none()) return;
    if (is_exception_group(vm, e)) {
        for (auto& x : exception_group_members(vm, e).as<TupleObject>()->items) collect_leaves(vm, x, out);
    } else {
        out.insert(e.obj());
    }
}

}  // namespace

bool is_exception_group(VM& vm, const Value& v) { return v.is_obj() && vm.isinstance(v, vm.e.BaseExceptionGroup); }

Value exception_group_members(VM& vm, const Value& eg) {
    auto* e = eg.as<ExceptionObject>();
    if (e->attrs)
        if (Value* v = dict_find(vm, e->attrs.get(), members_key(vm))) return *v;
    return vm.tuple();
}

void exception_group_match(VM& vm, const Value& exc, const Value& type, Value& match, Value& rest) {
    auto check_type = [&](const Value& t) {
        if (vm.isinstance(t, vm.t.type) && vm.is_subtype(t.as<TypeObject>(), vm.e.BaseExceptionGroup))
            vm.type_error("catching ExceptionGroup with except* is not allowed. Use except instead.");
    };
    if (vm.isinstance(type, vm.t.tuple)) for (auto& t : type.as<TupleObject>()->items) check_type(t);
    else check_type(type);
    if (exc.is_none()) {
        match = rest = Value();
        return;
    }
    if (vm.exception_matches(exc, type)) {
        if (is_exception_group(vm, exc)) {
            match = exc;
        } else {
            // A naked exception caught by except* arrives wrapped in a group.
            match = vm.call(Value(vm.e.BaseExceptionGroup), {vm.str(""), vm.tuple({exc})});
            copy_metadata(vm, exc, match);
        }
        rest = Value();
        return;
    }
    if (is_exception_group(vm, exc)) {
        split(vm, exc, type, match, rest);
        return;
    }
    match = Value();
    rest = exc;
}

Value prep_reraise_star(VM& vm, const Value& orig, const std::vector<Value>& excs) {
    if (!is_exception_group(vm, orig)) {
        // A naked exception: at most one clause ran.
        for (auto& e : excs)
            if (!e.is_none()) return e;
        return Value();
    }
    std::set<Object*> orig_leaves;
    collect_leaves(vm, orig, orig_leaves);
    std::vector<Value> raised;
    std::set<Object*> reraised_leaves;
    for (auto& e : excs) {
        if (e.is_none()) continue;
        std::set<Object*> leaves;
        collect_leaves(vm, e, leaves);
        bool is_reraise = !leaves.empty();
        for (Object* l : leaves) is_reraise &= orig_leaves.count(l) > 0;
        if (is_reraise) reraised_leaves.insert(leaves.begin(), leaves.end());
        else raised.push_back(e);
    }
    // The re-raised part keeps the original group's shape.
    Value keep;
    if (!reraised_leaves.empty()) {
        // Project the original group onto the re-raised leaves (identity membership).
        std::function<Value(const Value&)> project = [&](const Value& g) -> Value {
            std::vector<Value> kept;
            for (auto& x : exception_group_members(vm, g).as<TupleObject>()->items) {
                if (is_exception_group(vm, x)) {
                    Value p = project(x);
                    if (!p.is_none()) kept.push_back(p);
                } else if (reraised_leaves.count(x.obj())) {
                    kept.push_back(x);
                }
            }
            if (kept.empty()) return Value();
            Value d = vm.call_method(g, "derive", {vm.list(std::move(kept))});
            copy_metadata(vm, g, d);
            return d;
        };
        keep = project(orig);
    }
    if (!keep.is_none()) raised.push_back(keep);
    if (raised.empty()) return Value();
    if (raised.size() == 1) return raised[0];
    return vm.call(Value(vm.e.BaseExceptionGroup), {vm.str(""), vm.list(std::move(raised))});
}

void init_exception_groups(VM& vm) {
    TypeObject* beg = vm.e.BaseExceptionGroup;
    vm.add_static(beg, "__new__", eg_new);
    vm.add_method(beg, "__init__", eg_init);
    vm.add_method(beg, "__str__", eg_str);
    vm.add_property(beg, "message", eg_message);
    vm.add_property(beg, "exceptions", eg_exceptions);
    vm.add_method(beg, "derive", eg_derive);
    vm.add_method(beg, "split", eg_split);
    vm.add_method(beg, "subgroup", eg_subgroup);
}

}  // namespace ls
