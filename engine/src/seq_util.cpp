// Shared container helpers (see seq_util.h).
#include "seq_util.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <mutex>

#include "dict.h"

namespace ls {

namespace {
std::string plural(size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}
}  // namespace

// ---- argument checks ---------------------------------------------------------------------------

size_t arg_exactly_one(VM& vm, Args args, std::string_view qualname, size_t skip) {
    arg_no_kw(vm, args, qualname);
    size_t n = args.size() - std::min(skip, args.size());
    if (n != 1)
        vm.type_error(std::string(qualname) + "() takes exactly one argument (" + std::to_string(n) + " given)");
    return n;
}

size_t arg_none(VM& vm, Args args, std::string_view qualname, size_t skip) {
    arg_no_kw(vm, args, qualname);
    size_t n = args.size() - std::min(skip, args.size());
    if (n != 0)
        vm.type_error(std::string(qualname) + "() takes no arguments (" + std::to_string(n) + " given)");
    return n;
}

size_t arg_count(VM& vm, Args args, std::string_view name, size_t min, size_t max, size_t skip) {
    size_t n = args.size() - std::min(skip, args.size());
    if (n < min || n > max) {
        size_t shown = n < min ? min : max;
        const char* prefix = min == max ? "" : (n < min ? "at least " : "at most ");
        vm.type_error(std::string(name) + " expected " + prefix + plural(shown, "argument") + ", got " +
                      std::to_string(n));
    }
    return n;
}

void arg_no_kw(VM& vm, Args args, std::string_view qualname) {
    if (args.has_kw()) vm.type_error(std::string(qualname) + "() takes no keyword arguments");
}

void arg_kw_only(VM& vm, Args args, std::string_view fname, std::initializer_list<std::string_view> allowed) {
    if (!args.has_kw()) return;
    for (const KwArg& kw : *args.kw) {
        std::string_view name = kw.name->s;
        if (std::find(allowed.begin(), allowed.end(), name) == allowed.end())
            vm.type_error("'" + std::string(name) + "' is an invalid keyword argument for " + std::string(fname) + "()");
    }
}

// ---- indices and slices ----------------------------------------------------------------------

int64_t index_value(VM& vm, const Value& idx, std::string_view kind) {
    if (idx.is_int()) return idx.as_int();
    if (idx.is_bool()) return idx.as_bool() ? 1 : 0;
    if (vm.is_integer(idx)) vm.index_error("cannot fit 'int' into an index-sized integer");
    if (!vm.lookup_type(vm.type_of(idx), "__index__"))
        vm.type_error(std::string(kind) + " indices must be integers or slices, not " + vm.type_name(idx));
    Value as_int = vm.call_method(idx, "__index__", {});
    if (as_int.is_int()) return as_int.as_int();
    return vm.to_index(idx);  // raises the appropriate error for odd __index__ results
}

int64_t normalize_index(VM& vm, int64_t i, int64_t len, const char* message) {
    if (i < 0) i += len;
    if (i < 0 || i >= len) vm.index_error(message);
    return i;
}

bool slice_component(VM& vm, const Value& v, int64_t& out) {
    if (v.is_none()) return false;
    if (v.is_int()) { out = v.as_int(); return true; }
    if (v.is_bool()) { out = v.as_bool() ? 1 : 0; return true; }
    Value i = v;
    if (!vm.is_integer(v)) {
        if (!vm.lookup_type(vm.type_of(v), "__index__"))
            vm.type_error("slice indices must be integers or None or have an __index__ method");
        i = vm.call_method(v, "__index__", {});
        if (!vm.is_integer(i)) { out = vm.to_index(v); return true; }
        if (i.is_int()) { out = i.as_int(); return true; }
    }
    // A big int: clamp like CPython (PY_SSIZE_T_MIN/MAX).
    out = sgn(vm.to_mpz(i)) < 0 ? std::numeric_limits<int64_t>::min() : std::numeric_limits<int64_t>::max();
    return true;
}

int64_t slice_indices(VM& vm, SliceObject* s, int64_t len, int64_t& start, int64_t& stop, int64_t& step) {
    constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
    step = 1;
    if (slice_component(vm, s->step, step)) {
        if (step == 0) vm.value_error("slice step cannot be zero");
        if (step < -kMax) step = -kMax;  // so that -step cannot overflow
    }
    if (!slice_component(vm, s->start, start)) start = step < 0 ? kMax : 0;
    if (!slice_component(vm, s->stop, stop)) stop = step < 0 ? std::numeric_limits<int64_t>::min() : kMax;

    if (start < 0) {
        start += len;
        if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= len) {
        start = step < 0 ? len - 1 : len;
    }
    if (stop < 0) {
        stop += len;
        if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= len) {
        stop = step < 0 ? len - 1 : len;
    }
    if (step < 0) return stop < start ? (start - stop - 1) / (-step) + 1 : 0;
    return start < stop ? (stop - start - 1) / step + 1 : 0;
}

bool is_slice(VM& vm, const Value& v) { return v.is_obj() && v.obj()->type == vm.t.slice; }

// ---- hashing and equality ----------------------------------------------------------------------

int64_t int_hash(int64_t v) {
    // CPython reduces ints modulo the Mersenne prime 2**61 - 1, keeping the sign; -1 is reserved.
    constexpr uint64_t kModulus = (uint64_t(1) << 61) - 1;
    uint64_t magnitude = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
    int64_t h = int64_t(magnitude % kModulus);
    if (v < 0) h = -h;
    return h == -1 ? -2 : h;
}

bool is_exact_str(VM& vm, const Value& v) { return v.is_obj() && v.obj()->type == vm.t.str; }

int64_t key_hash(VM& vm, const Value& key) {
    switch (key.tag()) {
        case Tag::Int: return int_hash(key.as_int());
        case Tag::Bool: return key.as_bool() ? 1 : 0;
        case Tag::Obj:
            if (key.obj()->type == vm.t.str) return str_hash(key.as<StrObject>());
            return vm.hash(key);
        default: return vm.hash(key);
    }
}

namespace {
bool is_inline_number(const Value& v) { return v.is_int() || v.is_bool() || v.is_float(); }

// An inline int (or bool) equals a float only when the float is exactly that integer.
bool int_equals_float(int64_t i, double d) {
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0) || d != std::floor(d)) return false;
    return static_cast<int64_t>(d) == i;
}
}  // namespace

bool inline_numbers_equal(const Value& a, const Value& b, bool& handled) {
    handled = is_inline_number(a) && is_inline_number(b);
    if (!handled) return false;
    if (a.is_float() && b.is_float()) return a.as_float() == b.as_float();
    if (a.is_float()) return int_equals_float(b.as_int(), a.as_float());
    if (b.is_float()) return int_equals_float(a.as_int(), b.as_float());
    return a.as_int() == b.as_int();  // ints and bools (True == 1)
}

bool key_eq(VM& vm, const Value& a, const Value& b) {
    if (a.is(b)) return true;
    bool handled;
    bool equal = inline_numbers_equal(a, b, handled);
    if (handled) return equal;
    if (is_exact_str(vm, a) && is_exact_str(vm, b)) return a.as<StrObject>()->s == b.as<StrObject>()->s;
    return vm.eq(a, b);
}

// ---- comparisons -------------------------------------------------------------------------------

bool inline_numbers_compare(CompareOp op, const Value& a, const Value& b, bool& handled) {
    handled = is_inline_number(a) && is_inline_number(b);
    if (!handled) return false;
    if (!a.is_float() && !b.is_float()) return compare_ints(op, a.as_int(), b.as_int());
    // long double holds every int64 exactly on the platforms we build for.
    long double x = a.is_float() ? a.as_float() : static_cast<long double>(a.as_int());
    long double y = b.is_float() ? b.as_float() : static_cast<long double>(b.as_int());
    switch (op) {
        case CompareOp::Lt: return x < y;
        case CompareOp::Le: return x <= y;
        case CompareOp::Eq: return x == y;
        case CompareOp::Ne: return x != y;
        case CompareOp::Gt: return x > y;
        case CompareOp::Ge: return x >= y;
    }
    return false;
}

bool compare_ints(CompareOp op, int64_t a, int64_t b) {
    switch (op) {
        case CompareOp::Lt: return a < b;
        case CompareOp::Le: return a <= b;
        case CompareOp::Eq: return a == b;
        case CompareOp::Ne: return a != b;
        case CompareOp::Gt: return a > b;
        case CompareOp::Ge: return a >= b;
    }
    return false;
}

Value compare_sequences(VM& vm, CompareOp op, const std::vector<Value>& a, const std::vector<Value>& b) {
    check_recursion(vm, " in comparison");
    if ((op == CompareOp::Eq || op == CompareOp::Ne) && a.size() != b.size())
        return Value::boolean(op == CompareOp::Ne);
    size_t i = 0;
    for (; i < a.size() && i < b.size(); ++i) {
        Value x = a[i], y = b[i];  // hold references: user __eq__ may mutate the containers
        if (!key_eq(vm, x, y)) break;
    }
    if (i >= a.size() || i >= b.size())
        return Value::boolean(compare_ints(op, int64_t(a.size()), int64_t(b.size())));
    if (op == CompareOp::Eq) return Value::boolean(false);
    if (op == CompareOp::Ne) return Value::boolean(true);
    Value x = a[i], y = b[i];
    bool handled;
    bool result = inline_numbers_compare(op, x, y, handled);
    if (handled) return Value::boolean(result);
    return vm.compare(op, x, y);
}

// ---- repr ----------------------------------------------------------------------------------

namespace {
thread_local std::vector<const Object*> repr_in_progress;
}

ReprGuard::ReprGuard(const Object* o) : o_(o) {
    recursive_ = std::find(repr_in_progress.begin(), repr_in_progress.end(), o) != repr_in_progress.end();
    if (!recursive_) repr_in_progress.push_back(o);
}

ReprGuard::~ReprGuard() {
    if (recursive_) return;
    auto it = std::find(repr_in_progress.rbegin(), repr_in_progress.rend(), o_);
    if (it != repr_in_progress.rend()) repr_in_progress.erase(std::next(it).base());
}

void check_recursion(VM& vm, const char* where) {
    if (vm.depth > vm.limits.max_recursion)
        vm.raise(vm.e.RecursionError, std::string("maximum recursion depth exceeded") + where);
}

std::string repr_items(VM& vm, const std::vector<Value>& items, std::string_view open, std::string_view close) {
    std::string out(open);
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) out += ", ";
        Value item = items[i];
        out += vm.repr(item);
    }
    out += close;
    return out;
}

// ---- construction helpers ----------------------------------------------------------------------

Value new_seq_iter(VM& vm, Value seq, SeqIterMode mode) {
    AuxType kind = AuxType::ListIter;
    switch (mode) {
        case kIterList: kind = AuxType::ListIter; break;
        case kIterTuple: kind = AuxType::TupleIter; break;
        case kIterRange: kind = AuxType::RangeIter; break;
        case kIterStr:
            kind = seq.is_obj() && !seq.as<StrObject>()->ascii ? AuxType::StrIter : AuxType::StrAsciiIter;
            break;
        case kIterListReversed: kind = AuxType::ListReverseIter; break;
        case kIterTupleReversed: kind = AuxType::TupleReverseIter; break;
    }
    TypeObject* type = aux_type(vm, kind);
    auto it = make<SeqIterObject>(type ? type : vm.t.seq_iter, std::move(seq));
    it->mode = mode;
    return Value(it);
}

void reserve_items(VM& vm, int64_t count, size_t item_size) {
    if (count < 0) return;
    constexpr uint64_t kSmall = 1 << 16;
    if (uint64_t(count) < kSmall) return;
    if (uint64_t(count) > std::numeric_limits<size_t>::max() / item_size) vm.memory_error();
    vm.reserve_bytes(size_t(count) * item_size);
}

TypeObject*& aux_type(VM& vm, AuxType which) {
    using Slots = std::array<TypeObject*, size_t(AuxType::Count)>;
    // Nodes are never erased and std::map nodes never move, so a thread may keep a pointer to
    // the slots of the VM it last used and skip the lock (iterators are created in hot loops).
    thread_local const VM* cached_vm = nullptr;
    thread_local Slots* cached_slots = nullptr;
    if (cached_vm == &vm) return (*cached_slots)[size_t(which)];
    static std::mutex mutex;
    static std::map<const VM*, Slots> types;
    std::lock_guard<std::mutex> lock(mutex);
    Slots& slots = types[&vm];
    cached_vm = &vm;
    cached_slots = &slots;
    return slots[size_t(which)];
}

TypeObject* subtype_arg(VM& vm, Args args, TypeObject* base) {
    const std::string& name = base->name;
    if (args.size() == 0) vm.type_error(name + ".__new__(): not enough arguments");
    if (!args[0].is_obj() || !vm.isinstance(args[0], vm.t.type))
        vm.type_error(name + ".__new__(X): X is not a type object (" + vm.type_name(args[0]) + ")");
    auto* cls = args[0].as<TypeObject>();
    if (!vm.is_subtype(cls, base))
        vm.type_error(name + ".__new__(" + cls->name + "): " + cls->name + " is not a subtype of " + name);
    return cls;
}

void mark_unhashable(VM& vm, TypeObject* type) {
    dict_set_str(vm, type->dict.get(), vm.intern("__hash__"), vm.None);
}

}  // namespace ls
