// tuple: construction, indexing and slicing, count/index, + and *, comparisons, CPython's
// xxHash-based hash (so hash((1, 2)) matches CPython) and repr.
#include <limits>

#include "seq_util.h"
#include "types.h"

namespace ls {

namespace {

TupleObject* self_tuple(VM& vm, Args args, std::string_view method) {
    return self_as<TupleObject>(vm, args, vm.t.tuple, method);
}

bool is_tuple(VM& vm, const Value& v) {
    return v.is_obj() && (v.obj()->type == vm.t.tuple || vm.isinstance(v, vm.t.tuple));
}

bool other_may_reflect(VM& vm, const Value& other, std::string_view reflected) {
    TypeObject* t = vm.type_of(other);
    return !t->is_builtin && vm.lookup_type(t, reflected).has_value();
}

Value tuple_new(VM& vm, Args args) {
    if (args.size() == 0) vm.type_error("tuple.__new__(): not enough arguments");
    if (!args[0].is_obj() || !vm.isinstance(args[0], vm.t.type) ||
        !vm.is_subtype(args[0].as<TypeObject>(), vm.t.tuple)) {
        std::string what = args[0].is_obj() && vm.isinstance(args[0], vm.t.type) ? args[0].as<TypeObject>()->name
                                                                                   : vm.type_name(args[0]);
        vm.type_error("tuple.__new__(" + what + "): " + what + " is not a subtype of tuple");
    }
    auto* cls = args[0].as<TypeObject>();
    if (args.has_kw()) vm.type_error("tuple() takes no keyword arguments");
    arg_count(vm, args, "tuple", 0, 1);
    if (args.size() == 1) return cls == vm.t.tuple ? vm.tuple() : Value(make<TupleObject>(cls));
    const Value& src = args[1];
    if (cls == vm.t.tuple && src.is_obj() && src.obj()->type == vm.t.tuple) return src;  // immutable: share it
    std::vector<Value> items;
    if (src.is_obj() && src.obj()->type == vm.t.list) items = src.as<ListObject>()->items;
    else if (src.is_obj() && src.obj()->type == vm.t.range) items = range_items(vm, src.as<RangeObject>());
    else items = vm.to_vector(src);
    if (cls == vm.t.tuple) return vm.tuple(std::move(items));
    return Value(make<TupleObject>(cls, std::move(items)));
}

Value tuple_getitem(VM& vm, Args args) {
    TupleObject* t = self_tuple(vm, args, "__getitem__");
    arg_exactly_one(vm, args, "tuple.__getitem__");
    const Value& key = args[1];
    if (is_slice(vm, key)) {
        int64_t start, stop, step;
        int64_t n = slice_indices(vm, key.as<SliceObject>(), int64_t(t->items.size()), start, stop, step);
        if (n == int64_t(t->items.size()) && step == 1 && t->type == vm.t.tuple) return args[0];
        std::vector<Value> out;
        out.reserve(size_t(n));
        for (int64_t i = 0, j = start; i < n; ++i, j += step) out.push_back(t->items[size_t(j)]);
        return vm.tuple(std::move(out));
    }
    int64_t i = index_value(vm, key, "tuple");
    i = normalize_index(vm, i, int64_t(t->items.size()), "tuple index out of range");
    return t->items[size_t(i)];
}

Value tuple_len(VM& vm, Args args) {
    TupleObject* t = self_tuple(vm, args, "__len__");
    return Value::integer(int64_t(t->items.size()));
}

Value tuple_contains(VM& vm, Args args) {
    TupleObject* t = self_tuple(vm, args, "__contains__");
    arg_exactly_one(vm, args, "tuple.__contains__");
    for (const Value& item : t->items)
        if (key_eq(vm, item, args[1])) return vm.True;
    return vm.False;
}

Value tuple_iter(VM& vm, Args args) {
    self_tuple(vm, args, "__iter__");
    return new_seq_iter(vm, args[0], kIterTuple);
}

Value tuple_count(VM& vm, Args args) {
    TupleObject* t = self_tuple(vm, args, "count");
    arg_exactly_one(vm, args, "tuple.count");
    int64_t n = 0;
    for (const Value& item : t->items)
        if (key_eq(vm, item, args[1])) ++n;
    return Value::integer(n);
}

int64_t search_bound(VM& vm, const Value& v, int64_t len) {
    if (!vm.is_integer(v) && !vm.lookup_type(vm.type_of(v), "__index__"))
        vm.type_error("slice indices must be integers or have an __index__ method");
    int64_t i;
    slice_component(vm, v, i);
    if (i < 0) i = std::max<int64_t>(0, i + len);
    return i;
}

Value tuple_index(VM& vm, Args args) {
    TupleObject* t = self_tuple(vm, args, "index");
    arg_no_kw(vm, args, "tuple.index");
    size_t n = arg_count(vm, args, "index", 1, 3);
    int64_t len = int64_t(t->items.size());
    int64_t start = n >= 2 ? search_bound(vm, args[2], len) : 0;
    int64_t stop = n >= 3 ? search_bound(vm, args[3], len) : len;
    for (int64_t i = start; i < stop && i < len; ++i)
        if (key_eq(vm, t->items[size_t(i)], args[1])) return Value::integer(i);
    vm.value_error("tuple.index(x): x not in tuple");
}

Value tuple_add(VM& vm, Args args) {
    TupleObject* t = self_tuple(vm, args, "__add__");
    arg_exactly_one(vm, args, "tuple.__add__");
    if (!is_tuple(vm, args[1])) {
        if (other_may_reflect(vm, args[1], "__radd__")) return vm.NotImplemented;
        vm.type_error("can only concatenate tuple (not \"" + vm.type_name(args[1]) + "\") to tuple");
    }
    const std::vector<Value>& more = args[1].as<TupleObject>()->items;
    reserve_items(vm, int64_t(t->items.size() + more.size()));
    std::vector<Value> out;
    out.reserve(t->items.size() + more.size());
    out.insert(out.end(), t->items.begin(), t->items.end());
    out.insert(out.end(), more.begin(), more.end());
    return vm.tuple(std::move(out));
}

Value tuple_mul(VM& vm, Args args) {
    TupleObject* t = self_tuple(vm, args, "__mul__");
    arg_exactly_one(vm, args, "tuple.__mul__");
    const Value& n = args[1];
    int64_t count;
    if (n.is_int()) {
        count = n.as_int();
    } else if (n.is_bool()) {
        count = n.as_bool() ? 1 : 0;
    } else if (vm.is_integer(n) || vm.lookup_type(vm.type_of(n), "__index__")) {
        Value i = vm.is_integer(n) ? n : vm.call_method(n, "__index__", {});
        if (i.is_int()) count = i.as_int();
        else if (vm.is_integer(i) && sgn(vm.to_mpz(i)) < 0) count = 0;
        else vm.overflow_error("cannot fit 'int' into an index-sized integer");
    } else {
        if (other_may_reflect(vm, n, "__rmul__")) return vm.NotImplemented;
        vm.type_error("can't multiply sequence by non-int of type '" + vm.type_name(n) + "'");
    }
    if (count == 1 && t->type == vm.t.tuple) return args[0];
    std::vector<Value> out;
    if (count > 0 && !t->items.empty()) {
        if (uint64_t(count) > uint64_t(std::numeric_limits<int64_t>::max()) / t->items.size()) vm.memory_error();
        reserve_items(vm, count * int64_t(t->items.size()));
        out.reserve(size_t(count) * t->items.size());
        for (int64_t i = 0; i < count; ++i) out.insert(out.end(), t->items.begin(), t->items.end());
    }
    return vm.tuple(std::move(out));
}

template <CompareOp op>
Value tuple_compare(VM& vm, Args args) {
    TupleObject* t = self_tuple(vm, args, "__eq__");
    arg_exactly_one(vm, args, "tuple comparison");
    if (!is_tuple(vm, args[1])) return vm.NotImplemented;
    return compare_sequences(vm, op, t->items, args[1].as<TupleObject>()->items);
}

// CPython 3.8+ tuplehash: xxHash's accumulate step over the items' hashes.
Value tuple_hash(VM& vm, Args args) {
    TupleObject* t = self_tuple(vm, args, "__hash__");
    if (t->hash_cache != -1) return Value::integer(t->hash_cache);
    constexpr uint64_t kPrime1 = 11400714785074694791ull;
    constexpr uint64_t kPrime2 = 14029467366897019727ull;
    constexpr uint64_t kPrime5 = 2870177450012600261ull;
    uint64_t acc = kPrime5;
    for (const Value& item : t->items) {
        uint64_t lane = uint64_t(key_hash(vm, item));
        acc += lane * kPrime2;
        acc = (acc << 31) | (acc >> 33);
        acc *= kPrime1;
    }
    acc += uint64_t(t->items.size()) ^ (kPrime5 ^ 3527539ull);
    int64_t h = acc == uint64_t(-1) ? 1546275796 : int64_t(acc);
    t->hash_cache = h;
    return Value::integer(h);
}

Value tuple_repr(VM& vm, Args args) {
    TupleObject* t = self_tuple(vm, args, "__repr__");
    check_recursion(vm, " while getting the repr of an object");
    if (t->items.empty()) return vm.str("()");
    ReprGuard guard(t);
    if (guard.recursive()) return vm.str("(...)");
    if (t->items.size() == 1) return vm.str("(" + vm.repr(t->items[0]) + ",)");
    return vm.str(repr_items(vm, t->items, "(", ")"));
}

Value tuple_getnewargs(VM& vm, Args args) {
    TupleObject* t = self_tuple(vm, args, "__getnewargs__");
    return vm.tuple({vm.tuple(t->items)});
}

}  // namespace

void init_tuple_type(VM& vm) {
    TypeObject* t = vm.t.tuple;
    vm.add_static(t, "__new__", tuple_new);
    vm.add_method(t, "__getitem__", tuple_getitem);
    vm.add_method(t, "__len__", tuple_len);
    vm.add_method(t, "__contains__", tuple_contains);
    vm.add_method(t, "__iter__", tuple_iter);
    vm.add_method(t, "__add__", tuple_add);
    vm.add_method(t, "__mul__", tuple_mul);
    vm.add_method(t, "__rmul__", tuple_mul);
    vm.add_method(t, "__eq__", tuple_compare<CompareOp::Eq>);
    vm.add_method(t, "__ne__", tuple_compare<CompareOp::Ne>);
    vm.add_method(t, "__lt__", tuple_compare<CompareOp::Lt>);
    vm.add_method(t, "__le__", tuple_compare<CompareOp::Le>);
    vm.add_method(t, "__gt__", tuple_compare<CompareOp::Gt>);
    vm.add_method(t, "__ge__", tuple_compare<CompareOp::Ge>);
    vm.add_method(t, "__hash__", tuple_hash);
    vm.add_method(t, "__repr__", tuple_repr);
    vm.add_method(t, "__getnewargs__", tuple_getnewargs);
    vm.add_method(t, "count", tuple_count);
    vm.add_method(t, "index", tuple_index);
}

}  // namespace ls
