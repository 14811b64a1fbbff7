// range (int64 bounds; larger bounds raise OverflowError) and slice objects.
// Length and element arithmetic go through __int128 so that no intermediate overflows.
#include <cmath>
#include <limits>

#include "seq_util.h"
#include "types.h"

namespace ls {

namespace {

using i128 = __int128;
constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
constexpr int64_t kMin = std::numeric_limits<int64_t>::min();

bool fits(i128 v) { return v >= kMin && v <= kMax; }

[[noreturn]] void too_large(VM& vm) { vm.overflow_error("Python int too large to convert to C ssize_t"); }

RangeObject* self_range(VM& vm, Args args, std::string_view method) {
    return self_as<RangeObject>(vm, args, vm.t.range, method);
}

i128 range_len128(const RangeObject* r) {
    i128 start = r->start, stop = r->stop, step = r->step;
    if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
    return stop < start ? (start - stop - 1) / (-step) + 1 : 0;
}

int64_t range_len(VM& vm, const RangeObject* r) {
    i128 n = range_len128(r);
    if (!fits(n)) too_large(vm);
    return int64_t(n);
}

// A range argument: an int (inline) or anything with __index__; big ints are out of our range.
int64_t range_arg(VM& vm, const Value& v) {
    if (v.is_int()) return v.as_int();
    if (v.is_bool()) return v.as_bool() ? 1 : 0;
    if (vm.is_integer(v)) too_large(vm);
    return vm.to_index(v);
}

Value range_new(VM& vm, Args args) {
    TypeObject* cls = subtype_arg(vm, args, vm.t.range);
    if (args.has_kw()) vm.type_error("range() takes no keyword arguments");
    size_t n = arg_count(vm, args, "range", 1, 3);
    int64_t start = 0, stop, step = 1;
    if (n == 1) {
        stop = range_arg(vm, args[1]);
    } else {
        start = range_arg(vm, args[1]);
        stop = range_arg(vm, args[2]);
        if (n == 3) {
            step = range_arg(vm, args[3]);
            if (step == 0) vm.value_error("range() arg 3 must not be zero");
        }
    }
    return Value(make<RangeObject>(cls, start, stop, step));
}

Value range_len_method(VM& vm, Args args) {
    RangeObject* r = self_range(vm, args, "__len__");
    return Value::integer(range_len(vm, r));
}

Value range_bool(VM& vm, Args args) {
    RangeObject* r = self_range(vm, args, "__bool__");
    return Value::boolean(range_len128(r) != 0);
}

Value range_getitem(VM& vm, Args args) {
    RangeObject* r = self_range(vm, args, "__getitem__");
    arg_exactly_one(vm, args, "range.__getitem__");
    int64_t len = range_len(vm, r);
    const Value& key = args[1];
    if (is_slice(vm, key)) {
        int64_t start, stop, step;
        slice_indices(vm, key.as<SliceObject>(), len, start, stop, step);
        i128 new_start = i128(r->start) + i128(start) * r->step;
        i128 new_stop = i128(r->start) + i128(stop) * r->step;
        i128 new_step = i128(r->step) * step;
        if (!fits(new_start) || !fits(new_stop) || !fits(new_step)) too_large(vm);
        return Value(make<RangeObject>(vm.t.range, int64_t(new_start), int64_t(new_stop), int64_t(new_step)));
    }
    if (vm.is_integer(key) && !key.is_int() && !key.is_bool()) vm.index_error("range object index out of range");
    int64_t i = index_value(vm, key, "range");
    i = normalize_index(vm, i, len, "range object index out of range");
    return Value::integer(int64_t(i128(r->start) + i128(i) * r->step));
}

// Position of an int in the range, or -1.
int64_t position_of(const RangeObject* r, int64_t x) {
    i128 offset = i128(x) - r->start;
    bool inside = r->step > 0 ? (x >= r->start && x < r->stop) : (x <= r->start && x > r->stop);
    if (!inside || offset % r->step != 0) return -1;
    return int64_t(offset / r->step);
}

// Ints, bools and integral floats are looked up arithmetically (3.0 in range(5)); other floats
// are never members.
bool is_small_int(const Value& v) {
    if (v.is_int() || v.is_bool()) return true;
    if (!v.is_float()) return false;
    double d = v.as_float();
    return d >= -9223372036854775808.0 && d < 9223372036854775808.0 && d == std::floor(d);
}
int64_t small_int(const Value& v) {
    if (v.is_float()) return static_cast<int64_t>(v.as_float());
    return v.is_int() ? v.as_int() : (v.as_bool() ? 1 : 0);
}
bool is_non_integral_float(const Value& v) { return v.is_float() && !is_small_int(v); }

// Non-int members (3.0 in range(5)) are found by comparing each element, as CPython does.
int64_t scan_for(VM& vm, const RangeObject* r, const Value& x, bool count_all, int64_t& count) {
    int64_t len = range_len(vm, r);
    count = 0;
    for (int64_t i = 0; i < len; ++i) {
        charge_steps(vm, 1);
        Value item = Value::integer(int64_t(i128(r->start) + i128(i) * r->step));
        if (vm.eq(item, x)) {
            ++count;
            if (!count_all) return i;
        }
    }
    return -1;
}

Value range_contains(VM& vm, Args args) {
    RangeObject* r = self_range(vm, args, "__contains__");
    arg_exactly_one(vm, args, "range.__contains__");
    const Value& x = args[1];
    if (is_small_int(x)) return Value::boolean(position_of(r, small_int(x)) >= 0);
    if (vm.is_integer(x) || is_non_integral_float(x)) return vm.False;  // big ints lie outside
    int64_t count;
    return Value::boolean(scan_for(vm, r, x, false, count) >= 0);
}

Value range_index(VM& vm, Args args) {
    RangeObject* r = self_range(vm, args, "index");
    arg_exactly_one(vm, args, "range.index");
    const Value& x = args[1];
    if (x.is_int() || x.is_bool() || vm.is_integer(x)) {
        int64_t pos = is_small_int(x) ? position_of(r, small_int(x)) : -1;
        if (pos < 0) vm.value_error(vm.repr(x) + " is not in range");
        return Value::integer(pos);
    }
    if (x.is_float()) {  // found arithmetically, but reported like any other sequence search
        int64_t pos = is_small_int(x) ? position_of(r, small_int(x)) : -1;
        if (pos < 0) vm.value_error("sequence.index(x): x not in sequence");
        return Value::integer(pos);
    }
    int64_t count;
    int64_t pos = scan_for(vm, r, x, false, count);
    if (pos < 0) vm.value_error("sequence.index(x): x not in sequence");
    return Value::integer(pos);
}

Value range_count(VM& vm, Args args) {
    RangeObject* r = self_range(vm, args, "count");
    arg_exactly_one(vm, args, "range.count");
    const Value& x = args[1];
    if (is_small_int(x)) return Value::integer(position_of(r, small_int(x)) >= 0 ? 1 : 0);
    if (vm.is_integer(x) || is_non_integral_float(x)) return Value::integer(0);
    int64_t count;
    scan_for(vm, r, x, true, count);
    return Value::integer(count);
}

Value range_iter(VM& vm, Args args) {
    RangeObject* r = self_range(vm, args, "__iter__");
    Value it = new_seq_iter(vm, args[0], kIterRange);
    it.as<SeqIterObject>()->extra = range_len(vm, r);
    return it;
}

Value range_reversed(VM& vm, Args args) {
    RangeObject* r = self_range(vm, args, "__reversed__");
    int64_t len = range_len(vm, r);
    // Iteration only reads start, step and the length in `extra`, so stop is just kept in range.
    i128 last = i128(r->start) + i128(len - 1) * r->step;
    int64_t first = len ? int64_t(last) : r->start;
    i128 stop = i128(r->start) - r->step;
    int64_t safe_stop = fits(stop) ? int64_t(stop) : (r->step > 0 ? kMin : kMax);
    if (r->step == kMin) too_large(vm);
    auto reversed = make<RangeObject>(vm.t.range, first, safe_stop, -r->step);
    Value it = new_seq_iter(vm, Value(reversed), kIterRange);
    it.as<SeqIterObject>()->extra = len;
    return it;
}

std::string range_text(const RangeObject* r) {
    std::string s = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
    if (r->step != 1) s += ", " + std::to_string(r->step);
    return s + ")";
}

Value range_repr(VM& vm, Args args) {
    RangeObject* r = self_range(vm, args, "__repr__");
    return vm.str(range_text(r));
}

// Ranges are equal when they produce the same sequence.
bool ranges_equal(const RangeObject* a, const RangeObject* b) {
    if (a == b) return true;
    i128 n = range_len128(a);
    if (n != range_len128(b)) return false;
    if (n == 0) return true;
    if (a->start != b->start) return false;
    return n == 1 || a->step == b->step;
}

Value range_eq(VM& vm, Args args) {
    RangeObject* r = self_range(vm, args, "__eq__");
    arg_exactly_one(vm, args, "range.__eq__");
    if (!args[1].is_obj() || !vm.isinstance(args[1], vm.t.range)) return vm.NotImplemented;
    return Value::boolean(ranges_equal(r, args[1].as<RangeObject>()));
}

Value range_ne(VM& vm, Args args) {
    RangeObject* r = self_range(vm, args, "__ne__");
    arg_exactly_one(vm, args, "range.__ne__");
    if (!args[1].is_obj() || !vm.isinstance(args[1], vm.t.range)) return vm.NotImplemented;
    return Value::boolean(!ranges_equal(r, args[1].as<RangeObject>()));
}

// Like CPython: the hash of (len, start, step) with None where they do not matter.
Value range_hash(VM& vm, Args args) {
    RangeObject* r = self_range(vm, args, "__hash__");
    int64_t n = range_len(vm, r);
    Value start = n == 0 ? vm.None : Value::integer(r->start);
    Value step = n <= 1 ? vm.None : Value::integer(r->step);
    return Value::integer(vm.hash(vm.tuple({Value::integer(n), start, step})));
}

Value range_start(VM& vm, Args args) { return Value::integer(self_range(vm, args, "start")->start); }
Value range_stop(VM& vm, Args args) { return Value::integer(self_range(vm, args, "stop")->stop); }
Value range_step(VM& vm, Args args) { return Value::integer(self_range(vm, args, "step")->step); }

// ---- slice -------------------------------------------------------------------------------------

SliceObject* self_slice(VM& vm, Args args, std::string_view method) {
    return self_as<SliceObject>(vm, args, vm.t.slice, method);
}

Value slice_new(VM& vm, Args args) {
    subtype_arg(vm, args, vm.t.slice);
    if (args.has_kw()) vm.type_error("slice() takes no keyword arguments");
    size_t n = arg_count(vm, args, "slice", 1, 3);
    if (n == 1) return Value(make<SliceObject>(vm.t.slice, vm.None, args[1], vm.None));
    return Value(make<SliceObject>(vm.t.slice, args[1], args[2], n == 3 ? args[3] : vm.None));
}

Value slice_repr(VM& vm, Args args) {
    SliceObject* s = self_slice(vm, args, "__repr__");
    return vm.str("slice(" + vm.repr(s->start) + ", " + vm.repr(s->stop) + ", " + vm.repr(s->step) + ")");
}

Value slice_indices_method(VM& vm, Args args) {
    SliceObject* s = self_slice(vm, args, "indices");
    arg_exactly_one(vm, args, "slice.indices");
    const Value& len_arg = args[1];
    if (vm.is_integer(len_arg) && !len_arg.is_int() && !len_arg.is_bool()) too_large(vm);
    int64_t len = vm.to_index(len_arg);
    if (len < 0) vm.value_error("length should not be negative");
    int64_t start, stop, step;
    slice_indices(vm, s, len, start, stop, step);
    return vm.tuple({Value::integer(start), Value::integer(stop), Value::integer(step)});
}

template <CompareOp op>
Value slice_compare(VM& vm, Args args) {
    SliceObject* s = self_slice(vm, args, "__eq__");
    arg_exactly_one(vm, args, "slice comparison");
    if (!args[1].is_obj() || args[1].obj()->type != vm.t.slice) return vm.NotImplemented;
    auto* o = args[1].as<SliceObject>();
    return compare_sequences(vm, op, {s->start, s->stop, s->step}, {o->start, o->stop, o->step});
}

Value slice_start(VM& vm, Args args) { return self_slice(vm, args, "start")->start; }
Value slice_stop(VM& vm, Args args) { return self_slice(vm, args, "stop")->stop; }
Value slice_step(VM& vm, Args args) { return self_slice(vm, args, "step")->step; }

}  // namespace

std::vector<Value> range_items(VM& vm, const RangeObject* r) {
    int64_t len = range_len(vm, r);
    reserve_items(vm, len);
    charge_steps(vm, uint64_t(len));
    std::vector<Value> out;
    out.reserve(size_t(len));
    for (int64_t i = 0; i < len; ++i) out.push_back(Value::integer(int64_t(i128(r->start) + i128(i) * r->step)));
    return out;
}

void init_range_type(VM& vm) {
    TypeObject* r = vm.t.range;
    vm.add_static(r, "__new__", range_new);
    vm.add_method(r, "__len__", range_len_method);
    vm.add_method(r, "__bool__", range_bool);
    vm.add_method(r, "__getitem__", range_getitem);
    vm.add_method(r, "__contains__", range_contains);
    vm.add_method(r, "__iter__", range_iter);
    vm.add_method(r, "__reversed__", range_reversed);
    vm.add_method(r, "__repr__", range_repr);
    vm.add_method(r, "__eq__", range_eq);
    vm.add_method(r, "__ne__", range_ne);
    vm.add_method(r, "__hash__", range_hash);
    vm.add_method(r, "index", range_index);
    vm.add_method(r, "count", range_count);
    vm.add_property(r, "start", range_start);
    vm.add_property(r, "stop", range_stop);
    vm.add_property(r, "step", range_step);

    TypeObject* s = vm.t.slice;
    vm.add_static(s, "__new__", slice_new);
    vm.add_method(s, "__repr__", slice_repr);
    vm.add_method(s, "indices", slice_indices_method);
    vm.add_method(s, "__eq__", slice_compare<CompareOp::Eq>);
    vm.add_method(s, "__ne__", slice_compare<CompareOp::Ne>);
    vm.add_method(s, "__lt__", slice_compare<CompareOp::Lt>);
    vm.add_method(s, "__le__", slice_compare<CompareOp::Le>);
    vm.add_method(s, "__gt__", slice_compare<CompareOp::Gt>);
    vm.add_method(s, "__ge__", slice_compare<CompareOp::Ge>);
    vm.add_property(s, "start", slice_start);
    vm.add_property(s, "stop", slice_stop);
    vm.add_property(s, "step", slice_step);
    mark_unhashable(vm, s);
}

}  // namespace ls
