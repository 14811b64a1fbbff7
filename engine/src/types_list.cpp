// list: construction, item and slice access/assignment, the mutating methods, sort, operators
// and comparisons. Python code run from here (__eq__, __lt__, key functions, __repr__) may mutate
// the list, so indices are re-checked after every such call and items are held by value.
#include <algorithm>
#include <limits>
#include <numeric>

#include "seq_util.h"
#include "types.h"

namespace ls {

namespace {

ListObject* self_list(VM& vm, Args args, std::string_view method) {
    return self_as<ListObject>(vm, args, vm.t.list, method);
}

bool is_list(VM& vm, const Value& v) {
    return v.is_obj() && (v.obj()->type == vm.t.list || vm.isinstance(v, vm.t.list));
}

// The items of any iterable, with fast paths for lists and tuples (a copy, so `x.extend(x)` works).
std::vector<Value> items_of(VM& vm, const Value& iterable) {
    if (iterable.is_obj()) {
        TypeObject* t = iterable.obj()->type;
        if (t == vm.t.list) return iterable.as<ListObject>()->items;
        if (t == vm.t.tuple) return iterable.as<TupleObject>()->items;
        if (t == vm.t.range) return range_items(vm, iterable.as<RangeObject>());
    }
    return vm.to_vector(iterable);
}

// A user class on the other side may still answer through its reflected method.
bool other_may_reflect(VM& vm, const Value& other, std::string_view reflected) {
    TypeObject* t = vm.type_of(other);
    return !t->is_builtin && vm.lookup_type(t, reflected).has_value();
}

// The repeat count of `seq * n`; nullopt when `n` is not an integer.
std::optional<int64_t> repeat_count(VM& vm, const Value& n) {
    if (n.is_int()) return n.as_int();
    if (n.is_bool()) return n.as_bool() ? 1 : 0;
    if (vm.is_integer(n) || vm.lookup_type(vm.type_of(n), "__index__")) {
        Value i = n;
        if (!vm.is_integer(n)) i = vm.call_method(n, "__index__", {});
        if (i.is_int()) return i.as_int();
        if (vm.is_integer(i) && sgn(vm.to_mpz(i)) < 0) return 0;
        vm.overflow_error("cannot fit 'int' into an index-sized integer");
    }
    return std::nullopt;
}

std::vector<Value> repeated(VM& vm, const std::vector<Value>& items, int64_t count) {
    std::vector<Value> out;
    if (count <= 0 || items.empty()) return out;
    if (uint64_t(count) > uint64_t(std::numeric_limits<int64_t>::max()) / items.size()) vm.memory_error();
    int64_t total = count * int64_t(items.size());
    reserve_items(vm, total);
    out.reserve(size_t(total));
    for (int64_t i = 0; i < count; ++i) out.insert(out.end(), items.begin(), items.end());
    return out;
}

// ---- construction ------------------------------------------------------------------------------

Value list_new(VM& vm, Args args) {
    if (args.size() == 0) vm.type_error("list.__new__(): not enough arguments");
    if (!args[0].is_obj() || !vm.isinstance(args[0], vm.t.type) ||
        !vm.is_subtype(args[0].as<TypeObject>(), vm.t.list)) {
        std::string what = args[0].is_obj() && vm.isinstance(args[0], vm.t.type) ? args[0].as<TypeObject>()->name
                                                                                   : vm.type_name(args[0]);
        vm.type_error("list.__new__(" + what + "): " + what + " is not a subtype of list");
    }
    return Value(make<ListObject>(args[0].as<TypeObject>()));
}

Value list_init(VM& vm, Args args) {
    ListObject* l = self_list(vm, args, "__init__");
    if (args.has_kw()) vm.type_error("list() takes no keyword arguments");
    arg_count(vm, args, "list", 0, 1);
    std::vector<Value> items;
    if (args.size() == 2) items = items_of(vm, args[1]);
    std::vector<Value> old = std::move(l->items);
    l->items = std::move(items);
    return vm.None;
}

// ---- item access -------------------------------------------------------------------------------

Value list_getitem(VM& vm, Args args) {
    ListObject* l = self_list(vm, args, "__getitem__");
    arg_exactly_one(vm, args, "list.__getitem__");
    const Value& key = args[1];
    if (is_slice(vm, key)) {
        int64_t start, stop, step;
        int64_t n = slice_indices(vm, key.as<SliceObject>(), int64_t(l->items.size()), start, stop, step);
        std::vector<Value> out;
        out.reserve(size_t(n));
        for (int64_t i = 0, j = start; i < n; ++i, j += step) out.push_back(l->items[size_t(j)]);
        return vm.list(std::move(out));
    }
    int64_t i = index_value(vm, key, "list");
    i = normalize_index(vm, i, int64_t(l->items.size()), "list index out of range");
    return l->items[size_t(i)];
}

// `l[a:b:c] = iterable`
void assign_slice(VM& vm, ListObject* l, SliceObject* s, const Value& value) {
    int64_t start, stop, step;
    slice_indices(vm, s, int64_t(l->items.size()), start, stop, step);  // slice errors come first
    Value it;
    try {
        it = vm.iter(value);
    } catch (PyError& err) {
        if (!vm.isinstance(err.exc, vm.e.TypeError)) throw;
        vm.type_error("can only assign an iterable");
    }
    std::vector<Value> repl = value.is(Value(l)) ? l->items : vm.to_vector(it);
    int64_t n = slice_indices(vm, s, int64_t(l->items.size()), start, stop, step);
    std::vector<Value> removed;  // released only after the list is consistent again
    if (step == 1) {
        if (stop < start) stop = start;
        auto first = l->items.begin() + start, last = l->items.begin() + stop;
        removed.assign(std::make_move_iterator(first), std::make_move_iterator(last));
        l->items.erase(first, last);
        reserve_items(vm, int64_t(repl.size()));
        l->items.insert(l->items.begin() + start, std::make_move_iterator(repl.begin()),
                        std::make_move_iterator(repl.end()));
        return;
    }
    if (int64_t(repl.size()) != n)
        vm.value_error("attempt to assign sequence of size " + std::to_string(repl.size()) +
                       " to extended slice of size " + std::to_string(n));
    removed.reserve(size_t(n));
    for (int64_t i = 0, j = start; i < n; ++i, j += step) {
        removed.push_back(std::move(l->items[size_t(j)]));
        l->items[size_t(j)] = std::move(repl[size_t(i)]);
    }
}

void delete_slice(VM& vm, ListObject* l, SliceObject* s) {
    int64_t start, stop, step;
    int64_t n = slice_indices(vm, s, int64_t(l->items.size()), start, stop, step);
    if (n == 0) return;
    if (step < 0) {  // the same positions, walked upwards
        start = start + (n - 1) * step;
        step = -step;
    }
    std::vector<Value> removed;
    removed.reserve(size_t(n));
    std::vector<Value> kept;
    kept.reserve(l->items.size() - size_t(n));
    int64_t next_removed = start, removed_count = 0;
    for (int64_t i = 0; i < int64_t(l->items.size()); ++i) {
        if (removed_count < n && i == next_removed) {
            removed.push_back(std::move(l->items[size_t(i)]));
            next_removed += step;
            ++removed_count;
        } else {
            kept.push_back(std::move(l->items[size_t(i)]));
        }
    }
    l->items.swap(kept);
}

Value list_setitem(VM& vm, Args args) {
    ListObject* l = self_list(vm, args, "__setitem__");
    arg_count(vm, args, "__setitem__", 2, 2);
    if (is_slice(vm, args[1])) {
        assign_slice(vm, l, args[1].as<SliceObject>(), args[2]);
        return vm.None;
    }
    int64_t i = index_value(vm, args[1], "list");
    i = normalize_index(vm, i, int64_t(l->items.size()), "list assignment index out of range");
    Value old = std::move(l->items[size_t(i)]);
    l->items[size_t(i)] = args[2];
    return vm.None;
}

Value list_delitem(VM& vm, Args args) {
    ListObject* l = self_list(vm, args, "__delitem__");
    arg_exactly_one(vm, args, "list.__delitem__");
    if (is_slice(vm, args[1])) {
        delete_slice(vm, l, args[1].as<SliceObject>());
        return vm.None;
    }
    int64_t i = index_value(vm, args[1], "list");
    i = normalize_index(vm, i, int64_t(l->items.size()), "list assignment index out of range");
    Value old = std::move(l->items[size_t(i)]);
    l->items.erase(l->items.begin() + i);
    return vm.None;
}

// ---- methods -----------------------------------------------------------------------------------

Value list_append(VM& vm, Args args) {
    ListObject* l = self_list(vm, args, "append");
    arg_exactly_one(vm, args, "list.append");
    l->items.push_back(args[1]);
    return vm.None;
}

Value list_extend(VM& vm, Args args) {
    ListObject* l = self_list(vm, args, "extend");
    arg_exactly_one(vm, args, "list.extend");
    std::vector<Value> more = items_of(vm, args[1]);
    reserve_items(vm, int64_t(l->items.size() + more.size()));
    l->items.insert(l->items.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    return vm.None;
}

Value list_insert(VM& vm, Args args) {
    ListObject* l = self_list(vm, args, "insert");
    arg_no_kw(vm, args, "list.insert");
    arg_count(vm, args, "insert", 2, 2);
    int64_t i = vm.to_index(args[1]);
    int64_t n = int64_t(l->items.size());
    if (i < 0) i = std::max<int64_t>(0, i + n);
    if (i > n) i = n;
    l->items.insert(l->items.begin() + i, args[2]);
    return vm.None;
}

Value list_pop(VM& vm, Args args) {
    ListObject* l = self_list(vm, args, "pop");
    arg_no_kw(vm, args, "list.pop");
    size_t given = arg_count(vm, args, "pop", 0, 1);
    int64_t i = given ? vm.to_index(args[1]) : -1;
    if (l->items.empty()) vm.index_error("pop from empty list");
    i = normalize_index(vm, i, int64_t(l->items.size()), "pop index out of range");
    Value v = std::move(l->items[size_t(i)]);
    l->items.erase(l->items.begin() + i);
    return v;
}

// First position in [start, stop) whose item equals x, or -1. Re-checks the size each step.
int64_t find_item(VM& vm, const std::vector<Value>& items, const Value& x, int64_t start, int64_t stop) {
    for (int64_t i = start; i < stop && i < int64_t(items.size()); ++i) {
        Value item = items[size_t(i)];
        if (key_eq(vm, item, x)) return i;
    }
    return -1;
}

Value list_remove(VM& vm, Args args) {
    ListObject* l = self_list(vm, args, "remove");
    arg_exactly_one(vm, args, "list.remove");
    int64_t i = find_item(vm, l->items, args[1], 0, std::numeric_limits<int64_t>::max());
    if (i < 0 || i >= int64_t(l->items.size())) vm.value_error("list.remove(x): x not in list");
    Value old = std::move(l->items[size_t(i)]);
    l->items.erase(l->items.begin() + i);
    return vm.None;
}

// The optional start/stop of index(): "slice indices must be integers or have an __index__ method".
int64_t search_bound(VM& vm, const Value& v, int64_t len) {
    if (!vm.is_integer(v) && !vm.lookup_type(vm.type_of(v), "__index__"))
        vm.type_error("slice indices must be integers or have an __index__ method");
    int64_t i;
    slice_component(vm, v, i);
    if (i < 0) i = std::max<int64_t>(0, i + len);
    return i;
}

Value list_index(VM& vm, Args args) {
    ListObject* l = self_list(vm, args, "index");
    arg_no_kw(vm, args, "list.index");
    size_t n = arg_count(vm, args, "index", 1, 3);
    int64_t len = int64_t(l->items.size());
    int64_t start = n >= 2 ? search_bound(vm, args[2], len) : 0;
    int64_t stop = n >= 3 ? search_bound(vm, args[3], len) : std::numeric_limits<int64_t>::max();
    int64_t i = find_item(vm, l->items, args[1], start, stop);
    if (i < 0) vm.value_error(vm.repr(args[1]) + " is not in list");
    return Value::integer(i);
}

Value list_count(VM& vm, Args args) {
    ListObject* l = self_list(vm, args, "count");
    arg_exactly_one(vm, args, "list.count");
    int64_t count = 0;
    for (size_t i = 0; i < l->items.size(); ++i) {
        Value item = l->items[i];
        if (key_eq(vm, item, args[1])) ++count;
    }
    return Value::integer(count);
}

Value list_clear(VM& vm, Args args) {
    ListObject* l = self_list(vm, args, "clear");
    arg_none(vm, args, "list.clear");
    std::vector<Value> old;
    old.swap(l->items);
    return vm.None;
}

Value list_copy(VM& vm, Args args) {
    ListObject* l = self_list(vm, args, "copy");
    arg_none(vm, args, "list.copy");
    return vm.list(l->items);
}

Value list_reverse(VM& vm, Args args) {
    ListObject* l = self_list(vm, args, "reverse");
    arg_none(vm, args, "list.reverse");
    std::reverse(l->items.begin(), l->items.end());
    return vm.None;
}

// Stable sort of `items` by `keys` (parallel vectors). Direct comparisons when every key is an
// inline int, a float or an exact str; otherwise vm.compare_bool, which may throw.
void sort_by_keys(VM& vm, std::vector<Value>& items, const std::vector<Value>& keys, bool reverse) {
    std::vector<size_t> order(items.size());
    std::iota(order.begin(), order.end(), size_t(0));
    auto all = [&](auto pred) { return std::all_of(keys.begin(), keys.end(), pred); };
    auto sort_with = [&](auto less) {
        if (reverse)
            std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return less(keys[b], keys[a]); });
        else
            std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return less(keys[a], keys[b]); });
    };
    if (all([](const Value& k) { return k.is_int(); })) {
        sort_with([](const Value& a, const Value& b) { return a.as_int() < b.as_int(); });
    } else if (all([](const Value& k) { return k.is_float(); })) {
        sort_with([](const Value& a, const Value& b) { return a.as_float() < b.as_float(); });
    } else if (all([](const Value& k) { return k.is_int() || k.is_float() || k.is_bool(); })) {
        sort_with([](const Value& a, const Value& b) {
            bool handled;
            return inline_numbers_compare(CompareOp::Lt, a, b, handled);
        });
    } else if (all([&](const Value& k) { return is_exact_str(vm, k); })) {
        // UTF-8 byte order is code point order.
        sort_with([](const Value& a, const Value& b) { return a.as<StrObject>()->s < b.as<StrObject>()->s; });
    } else {
        sort_with([&](const Value& a, const Value& b) { return vm.compare_bool(CompareOp::Lt, a, b); });
    }
    std::vector<Value> sorted;
    sorted.reserve(items.size());
    for (size_t i : order) sorted.push_back(std::move(items[i]));
    items.swap(sorted);
}

Value list_sort(VM& vm, Args args) {
    ListObject* l = self_list(vm, args, "sort");
    if (args.size() > 1) vm.type_error("sort() takes no positional arguments");
    arg_kw_only(vm, args, "sort", {"key", "reverse"});
    const Value* key = vm.kwarg(args, "key");
    const Value* reverse_arg = vm.kwarg(args, "reverse");
    bool reverse = false;
    if (reverse_arg) {
        reverse = vm.to_index(*reverse_arg) != 0;
    }
    // While sorting, the list looks empty (as in CPython) so that mutation can be detected, and
    // the original is restored if a key function or a comparison raises.
    std::vector<Value> original = std::move(l->items);
    l->items.clear();
    bool stored = false;
    try {
        std::vector<Value> work = original;
        std::vector<Value> keys;
        if (key && !key->is_none()) {
            keys.reserve(work.size());
            for (const Value& item : work) keys.push_back(vm.call(*key, {item}));
        } else {
            keys = work;
        }
        if (work.size() > 1) sort_by_keys(vm, work, keys, reverse);
        bool modified = !l->items.empty();
        std::vector<Value> intruders = std::move(l->items);
        l->items = std::move(work);
        stored = true;
        if (modified) vm.value_error("list modified during sort");
    } catch (...) {
        if (!stored) {
            std::vector<Value> intruders = std::move(l->items);
            l->items = std::move(original);
        }
        throw;
    }
    return vm.None;
}

// ---- protocols and operators ---------------------------------------------------------------------

Value list_len(VM& vm, Args args) {
    ListObject* l = self_list(vm, args, "__len__");
    return Value::integer(int64_t(l->items.size()));
}

Value list_contains(VM& vm, Args args) {
    ListObject* l = self_list(vm, args, "__contains__");
    arg_exactly_one(vm, args, "list.__contains__");
    return Value::boolean(find_item(vm, l->items, args[1], 0, std::numeric_limits<int64_t>::max()) >= 0);
}

Value list_iter(VM& vm, Args args) {
    self_list(vm, args, "__iter__");
    return new_seq_iter(vm, args[0], kIterList);
}

Value list_reversed(VM& vm, Args args) {
    ListObject* l = self_list(vm, args, "__reversed__");
    Value it = new_seq_iter(vm, args[0], kIterListReversed);
    it.as<SeqIterObject>()->index = int64_t(l->items.size()) - 1;
    return it;
}

Value list_repr(VM& vm, Args args) {
    ListObject* l = self_list(vm, args, "__repr__");
    check_recursion(vm, " while getting the repr of an object");
    ReprGuard guard(l);
    if (guard.recursive()) return vm.str("[...]");
    return vm.str(repr_items(vm, l->items, "[", "]"));
}

Value list_add(VM& vm, Args args) {
    ListObject* l = self_list(vm, args, "__add__");
    arg_exactly_one(vm, args, "list.__add__");
    if (!is_list(vm, args[1])) {
        if (other_may_reflect(vm, args[1], "__radd__")) return vm.NotImplemented;
        vm.type_error("can only concatenate list (not \"" + vm.type_name(args[1]) + "\") to list");
    }
    const std::vector<Value>& more = args[1].as<ListObject>()->items;
    reserve_items(vm, int64_t(l->items.size() + more.size()));
    std::vector<Value> out;
    out.reserve(l->items.size() + more.size());
    out.insert(out.end(), l->items.begin(), l->items.end());
    out.insert(out.end(), more.begin(), more.end());
    return vm.list(std::move(out));
}

Value list_iadd(VM& vm, Args args) {
    list_extend(vm, args);
    return args[0];
}

Value list_mul(VM& vm, Args args) {
    ListObject* l = self_list(vm, args, "__mul__");
    arg_exactly_one(vm, args, "list.__mul__");
    std::optional<int64_t> n = repeat_count(vm, args[1]);
    if (!n) {
        if (other_may_reflect(vm, args[1], "__rmul__")) return vm.NotImplemented;
        vm.type_error("can't multiply sequence by non-int of type '" + vm.type_name(args[1]) + "'");
    }
    return vm.list(repeated(vm, l->items, *n));
}

Value list_imul(VM& vm, Args args) {
    ListObject* l = self_list(vm, args, "__imul__");
    arg_exactly_one(vm, args, "list.__imul__");
    std::optional<int64_t> n = repeat_count(vm, args[1]);
    if (!n) {
        if (other_may_reflect(vm, args[1], "__rmul__")) return vm.NotImplemented;
        vm.type_error("can't multiply sequence by non-int of type '" + vm.type_name(args[1]) + "'");
    }
    std::vector<Value> items = repeated(vm, l->items, *n);
    l->items.swap(items);
    return args[0];
}

template <CompareOp op>
Value list_compare(VM& vm, Args args) {
    ListObject* l = self_list(vm, args, "__eq__");
    arg_exactly_one(vm, args, "list comparison");
    if (!is_list(vm, args[1])) return vm.NotImplemented;
    return compare_sequences(vm, op, l->items, args[1].as<ListObject>()->items);
}

}  // namespace

void init_list_type(VM& vm) {
    TypeObject* t = vm.t.list;
    vm.add_static(t, "__new__", list_new);
    vm.add_method(t, "__init__", list_init);
    vm.add_method(t, "__getitem__", list_getitem);
    vm.add_method(t, "__setitem__", list_setitem);
    vm.add_method(t, "__delitem__", list_delitem);
    vm.add_method(t, "__len__", list_len);
    vm.add_method(t, "__contains__", list_contains);
    vm.add_method(t, "__iter__", list_iter);
    vm.add_method(t, "__reversed__", list_reversed);
    vm.add_method(t, "__repr__", list_repr);
    vm.add_method(t, "__add__", list_add);
    vm.add_method(t, "__iadd__", list_iadd);
    vm.add_method(t, "__mul__", list_mul);
    vm.add_method(t, "__rmul__", list_mul);
    vm.add_method(t, "__imul__", list_imul);
    vm.add_method(t, "__eq__", list_compare<CompareOp::Eq>);
    vm.add_method(t, "__ne__", list_compare<CompareOp::Ne>);
    vm.add_method(t, "__lt__", list_compare<CompareOp::Lt>);
    vm.add_method(t, "__le__", list_compare<CompareOp::Le>);
    vm.add_method(t, "__gt__", list_compare<CompareOp::Gt>);
    vm.add_method(t, "__ge__", list_compare<CompareOp::Ge>);
    vm.add_method(t, "append", list_append);
    vm.add_method(t, "extend", list_extend);
    vm.add_method(t, "insert", list_insert);
    vm.add_method(t, "pop", list_pop);
    vm.add_method(t, "remove", list_remove);
    vm.add_method(t, "index", list_index);
    vm.add_method(t, "count", list_count);
    vm.add_method(t, "clear", list_clear);
    vm.add_method(t, "copy", list_copy);
    vm.add_method(t, "reverse", list_reverse);
    vm.add_method(t, "sort", list_sort);
    mark_unhashable(vm, t);
}

}  // namespace ls
