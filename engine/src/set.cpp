// set and frozenset. The table mirrors CPython 3.11's Objects/setobject.c: open addressing with
// runs of LINEAR_PROBES linear probes between perturbed jumps, dummies reused by add, the same
// resize policy, and the same algorithm for every operation (which table is walked, which one
// is copied), so iteration order, and therefore printing, matches CPython for ints. Str hashes
// differ from CPython's (which are randomised per process anyway).
//
// SetObject::version is used as CPython's `finger`: where the next pop() starts looking.
#include "set.h"

#include "dict.h"
#include "seq_util.h"
#include "types.h"

namespace ls {

namespace {

using Slot = SetObject::Slot;
constexpr size_t kMinSize = 8;
constexpr size_t kLinearProbes = 9;
constexpr uint8_t kEmpty = 0, kUsed = 1, kDummy = 2;

size_t mask_of(const SetObject* s) { return s->table.empty() ? kMinSize - 1 : s->table.size() - 1; }

void ensure_table(SetObject* s) {
    if (s->table.empty()) s->table.assign(kMinSize, Slot{Value(), 0, kEmpty});
}

// Places a key known to be absent into a table without dummies (used by resize).
void insert_clean(std::vector<Slot>& table, size_t mask, Value key, int64_t hash) {
    uint64_t perturb = uint64_t(hash);
    size_t i = size_t(hash) & mask;
    for (;;) {
        size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
        for (size_t j = 0; j <= probes; ++j) {
            Slot& slot = table[i + j];
            if (slot.state == kEmpty) {
                slot = Slot{std::move(key), hash, kUsed};
                return;
            }
        }
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Rebuilds the table with the smallest power-of-two size above `minused`.
void table_resize(VM& vm, SetObject* s, size_t minused) {
    size_t newsize = kMinSize;
    while (newsize <= minused) newsize <<= 1;
    if (newsize == kMinSize && mask_of(s) == kMinSize - 1 && s->fill == s->used) {
        ensure_table(s);
        return;  // already the small table and no dummies to drop
    }
    if (newsize > (1u << 16)) vm.reserve_bytes(newsize * sizeof(Slot));
    std::vector<Slot> old;
    old.swap(s->table);
    s->table.assign(newsize, Slot{Value(), 0, kEmpty});
    s->fill = s->used;
    for (Slot& slot : old)
        if (slot.state == kUsed) insert_clean(s->table, newsize - 1, std::move(slot.key), slot.hash);
}

void grow_after_insert(VM& vm, SetObject* s) {
    table_resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

bool is_exact_str_value(VM& vm, const Value& v) { return v.is_obj() && v.obj()->type == vm.t.str; }

// Equality of a stored key with `key`; the table may change while user __eq__ runs, in which
// case `changed` is set and the caller restarts its probe.
bool slot_matches(VM& vm, SetObject* s, size_t index, const Value& key, bool& changed) {
    const Slot& slot = s->table[index];
    if (slot.key.is(key)) return true;
    bool handled;
    bool numbers_equal = inline_numbers_equal(slot.key, key, handled);
    if (handled) return numbers_equal;
    if (is_exact_str_value(vm, slot.key) && is_exact_str_value(vm, key))
        return slot.key.as<StrObject>()->s == key.as<StrObject>()->s;
    Value stored = slot.key;
    const Slot* table_before = s->table.data();
    bool equal = vm.eq(stored, key);
    if (s->table.data() != table_before || index >= s->table.size() || !s->table[index].key.is(stored))
        changed = true;
    return equal;
}

// Index of the slot holding `key`, or -1.
int64_t lookkey(VM& vm, SetObject* s, const Value& key, int64_t hash) {
restart:
    if (s->table.empty()) return -1;
    size_t mask = mask_of(s);
    size_t i = size_t(hash) & mask;
    uint64_t perturb = uint64_t(hash);
    for (;;) {
        size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
        for (size_t j = 0; j <= probes; ++j) {
            const Slot& slot = s->table[i + j];
            if (slot.state == kEmpty) return -1;
            if (slot.state == kUsed && slot.hash == hash) {
                bool changed = false;
                bool equal = slot_matches(vm, s, i + j, key, changed);
                if (changed) goto restart;
                if (equal) return int64_t(i + j);
                mask = mask_of(s);
            }
        }
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// set_add_entry: once the key is known absent, the last dummy on the probe path is reused.
bool add_entry(VM& vm, SetObject* s, const Value& key, int64_t hash) {
restart:
    ensure_table(s);
    size_t mask = mask_of(s);
    size_t i = size_t(hash) & mask;
    uint64_t perturb = uint64_t(hash);
    int64_t freeslot = -1;
    for (;;) {
        size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
        for (size_t j = 0; j <= probes; ++j) {
            Slot& slot = s->table[i + j];
            if (slot.state == kEmpty) {
                if (freeslot >= 0) {
                    s->table[size_t(freeslot)] = Slot{key, hash, kUsed};
                    ++s->used;
                    return true;
                }
                slot = Slot{key, hash, kUsed};
                ++s->fill;
                ++s->used;
                if (s->fill * 5 >= mask * 3) grow_after_insert(vm, s);
                return true;
            }
            if (slot.state == kUsed && slot.hash == hash) {
                bool changed = false;
                bool equal = slot_matches(vm, s, i + j, key, changed);
                if (equal) return false;
                if (changed) goto restart;
                mask = mask_of(s);
            } else if (slot.state == kDummy) {
                freeslot = int64_t(i + j);  // CPython keeps the last dummy on the probe path
            }
        }
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

void mark_dummy(SetObject* s, size_t index) {
    Value old = std::move(s->table[index].key);  // released after the slot is consistent
    s->table[index] = Slot{Value(), -1, kDummy};
    --s->used;
}

bool discard_entry(VM& vm, SetObject* s, const Value& key, int64_t hash) {
    int64_t i = lookkey(vm, s, key, hash);
    if (i < 0) return false;
    mark_dummy(s, size_t(i));
    return true;
}

void clear_set(SetObject* s) {
    std::vector<Slot> old;
    old.swap(s->table);  // keys die after the set is already empty
    s->fill = s->used = 0;
}

bool is_anyset(VM& vm, const Value& v) {
    if (!v.is_obj()) return false;
    TypeObject* t = v.obj()->type;
    return t == vm.t.set || t == vm.t.frozenset || vm.isinstance(v, vm.t.set) || vm.isinstance(v, vm.t.frozenset);
}

// Live (key, hash) pairs in table order, snapshotted before Python code can run.
struct KeyHash {
    Value key;
    int64_t hash;
};
std::vector<KeyHash> entries_of(const SetObject* s) {
    std::vector<KeyHash> out;
    out.reserve(s->used);
    for (const Slot& slot : s->table)
        if (slot.state == kUsed) out.push_back({slot.key, slot.hash});
    return out;
}

uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; }

// CPython's frozenset hash: order-independent xor of shuffled entry hashes, then dispersed.
int64_t frozenset_hash_of(const SetObject* s) {
    uint64_t h = 0;
    for (const Slot& slot : s->table)
        if (slot.state == kUsed) h ^= shuffle_bits(uint64_t(slot.hash));
    h ^= (uint64_t(s->used) + 1) * 1927868237ull;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069u + 907133923ull;
    if (h == uint64_t(-1)) h = 590923713ull;
    return int64_t(h);
}

// The hash of a key being looked up: a set stands for the frozenset with the same items.
int64_t lookup_hash(VM& vm, const Value& key) {
    if (key.is_obj() && key.obj()->type != vm.t.frozenset && vm.isinstance(key, vm.t.set))
        return frozenset_hash_of(key.as<SetObject>());
    return key_hash(vm, key);
}

Ref<SetObject> new_empty(VM& vm, bool frozen) {
    return make<SetObject>(frozen ? vm.t.frozenset : vm.t.set, frozen);
}

// set_merge: one big resize up front, then a straight copy when possible.
void merge(VM& vm, SetObject* s, SetObject* other) {
    if (s == other || other->used == 0) return;
    ensure_table(s);
    if ((s->fill + other->used) * 5 >= mask_of(s) * 3) table_resize(vm, s, (s->used + other->used) * 2);
    if (s->fill == 0 && mask_of(s) == mask_of(other) && other->fill == other->used) {
        s->table = other->table;
        s->fill = other->fill;
        s->used = other->used;
        return;
    }
    if (s->fill == 0) {
        size_t mask = mask_of(s);
        s->fill = s->used = other->used;
        for (const Slot& slot : other->table)
            if (slot.state == kUsed) insert_clean(s->table, mask, slot.key, slot.hash);
        return;
    }
    for (KeyHash& e : entries_of(other)) add_entry(vm, s, e.key, e.hash);
}

// set_update_internal: another set, a dict (with its stored hashes), or any iterable.
void update_internal(VM& vm, SetObject* s, const Value& other) {
    if (is_anyset(vm, other)) {
        merge(vm, s, other.as<SetObject>());
        return;
    }
    if (other.is_obj() && other.obj()->type == vm.t.dict) {
        auto* d = other.as<DictObject>();
        ensure_table(s);
        if ((s->fill + d->live) * 5 >= mask_of(s) * 3) table_resize(vm, s, (s->used + d->live) * 2);
        std::vector<DictEntry> entries;
        entries.reserve(d->live);
        for (const DictEntry& e : d->entries)
            if (e.used) entries.push_back(e);
        for (DictEntry& e : entries) add_entry(vm, s, e.key, e.hash);
        return;
    }
    Value it = vm.iter(other);
    Value key;
    while (vm.next(it, key)) {
        charge_steps(vm, 1);
        add_entry(vm, s, key, key_hash(vm, key));
    }
}

// make_new_set_basetype: results of operations on subclasses are plain sets/frozensets.
Ref<SetObject> new_like(VM& vm, const SetObject* like) { return new_empty(vm, like->frozen); }

Ref<SetObject> copy_of(VM& vm, SetObject* s) {
    Ref<SetObject> result = new_like(vm, s);
    merge(vm, result.get(), s);
    return result;
}

Ref<SetObject> set_from_iterable(VM& vm, const Value& iterable) {
    Ref<SetObject> result = new_empty(vm, false);
    update_internal(vm, result.get(), iterable);
    return result;
}

void swap_bodies(SetObject* a, SetObject* b) {
    a->table.swap(b->table);
    std::swap(a->fill, b->fill);
    std::swap(a->used, b->used);
}

// ---- the algebra (each as in setobject.c) ------------------------------------------------------

Ref<SetObject> intersection(VM& vm, SetObject* s, const Value& other_value) {
    if (other_value.is_obj() && other_value.obj() == s) return copy_of(vm, s);
    Ref<SetObject> result = new_like(vm, s);
    if (is_anyset(vm, other_value)) {
        SetObject* big = s;
        SetObject* small = other_value.as<SetObject>();
        if (small->used > big->used) std::swap(big, small);  // walk the smaller one
        Ref<SetObject> keep_big(big), keep_small(small);
        for (KeyHash& e : entries_of(small))
            if (lookkey(vm, big, e.key, e.hash) >= 0) add_entry(vm, result.get(), e.key, e.hash);
        return result;
    }
    Value it = vm.iter(other_value);
    Value key;
    while (vm.next(it, key)) {
        int64_t hash = key_hash(vm, key);
        if (lookkey(vm, s, key, hash) >= 0) add_entry(vm, result.get(), key, hash);
    }
    return result;
}

void difference_update_internal(VM& vm, SetObject* s, const Value& other_value) {
    if (other_value.is_obj() && other_value.obj() == s) {
        clear_set(s);
        return;
    }
    if (is_anyset(vm, other_value)) {
        Ref<SetObject> other(other_value.as<SetObject>());
        if ((other->used >> 3) > s->used) other = intersection(vm, s, other_value);
        for (KeyHash& e : entries_of(other.get())) discard_entry(vm, s, e.key, e.hash);
    } else {
        Value it = vm.iter(other_value);
        Value key;
        while (vm.next(it, key)) discard_entry(vm, s, key, lookup_hash(vm, key));
    }
    if (s->fill - s->used <= mask_of(s) / 4) return;  // few dummies: keep the table
    grow_after_insert(vm, s);
}

Ref<SetObject> difference(VM& vm, SetObject* s, const Value& other_value) {
    size_t other_size;
    bool other_is_dict = other_value.is_obj() && other_value.obj()->type == vm.t.dict;
    if (is_anyset(vm, other_value)) other_size = other_value.as<SetObject>()->used;
    else if (other_is_dict) other_size = other_value.as<DictObject>()->live;
    else {
        Ref<SetObject> result = copy_of(vm, s);
        difference_update_internal(vm, result.get(), other_value);
        return result;
    }
    if ((s->used >> 2) > other_size) {  // copying and removing the few common items is cheaper
        Ref<SetObject> result = copy_of(vm, s);
        difference_update_internal(vm, result.get(), other_value);
        return result;
    }
    Ref<SetObject> result = new_like(vm, s);
    for (KeyHash& e : entries_of(s)) {
        bool present = other_is_dict ? dict_find(vm, other_value.as<DictObject>(), e.key) != nullptr
                                     : lookkey(vm, other_value.as<SetObject>(), e.key, e.hash) >= 0;
        if (!present) add_entry(vm, result.get(), e.key, e.hash);
    }
    return result;
}

void symmetric_difference_update(VM& vm, SetObject* s, const Value& other_value) {
    if (other_value.is_obj() && other_value.obj() == s) {
        clear_set(s);
        return;
    }
    std::vector<KeyHash> others;
    if (other_value.is_obj() && other_value.obj()->type == vm.t.dict) {
        for (const DictEntry& e : other_value.as<DictObject>()->entries)
            if (e.used) others.push_back({e.key, e.hash});
    } else if (is_anyset(vm, other_value)) {
        others = entries_of(other_value.as<SetObject>());
    } else {
        Ref<SetObject> tmp = new_like(vm, s);
        update_internal(vm, tmp.get(), other_value);
        others = entries_of(tmp.get());
    }
    for (KeyHash& e : others)
        if (!discard_entry(vm, s, e.key, e.hash)) add_entry(vm, s, e.key, e.hash);
}

Ref<SetObject> symmetric_difference(VM& vm, SetObject* s, const Value& other_value) {
    Ref<SetObject> result = new_like(vm, s);
    update_internal(vm, result.get(), other_value);
    symmetric_difference_update(vm, result.get(), Value(s));
    return result;
}

bool is_subset(VM& vm, SetObject* s, const Value& other_value) {
    if (!is_anyset(vm, other_value)) {
        Ref<SetObject> tmp = set_from_iterable(vm, other_value);
        return is_subset(vm, s, Value(tmp));
    }
    SetObject* other = other_value.as<SetObject>();
    if (s->used > other->used) return false;
    for (KeyHash& e : entries_of(s))
        if (lookkey(vm, other, e.key, e.hash) < 0) return false;
    return true;
}

bool is_superset(VM& vm, SetObject* s, const Value& other_value) {
    if (is_anyset(vm, other_value)) return is_subset(vm, other_value.as<SetObject>(), Value(s));
    Ref<SetObject> tmp = set_from_iterable(vm, other_value);
    return is_subset(vm, tmp.get(), Value(s));
}

// ---- natives -----------------------------------------------------------------------------------

SetObject* self_set(VM& vm, Args args, std::string_view method) {
    return self_as<SetObject>(vm, args, vm.t.set, method);
}

SetObject* self_anyset(VM& vm, Args args, std::string_view method) {
    if (args.size() > 0 && is_anyset(vm, args[0])) return args[0].as<SetObject>();
    return self_as<SetObject>(vm, args, vm.t.set, method);  // raises the descriptor error
}

std::string qual(const SetObject* s, std::string_view method) {
    return std::string(s->frozen ? "frozenset." : "set.") + std::string(method);
}

Value set_new(VM& vm, Args args) {
    TypeObject* cls = subtype_arg(vm, args, vm.t.set);
    if (cls == vm.t.set && args.has_kw()) vm.type_error("set() takes no keyword arguments");
    return Value(make<SetObject>(cls, false));
}

Value set_init(VM& vm, Args args) {
    SetObject* s = self_set(vm, args, "__init__");
    if (args.has_kw()) vm.type_error("set() takes no keyword arguments");
    arg_count(vm, args, s->type->name, 0, 1);
    if (s->fill) clear_set(s);
    if (args.size() == 2) update_internal(vm, s, args[1]);
    return vm.None;
}

Value frozenset_new(VM& vm, Args args) {
    TypeObject* cls = subtype_arg(vm, args, vm.t.frozenset);
    if (cls == vm.t.frozenset && args.has_kw()) vm.type_error("frozenset() takes no keyword arguments");
    arg_count(vm, args, cls->name, 0, 1);
    if (cls == vm.t.frozenset && args.size() == 2 && args[1].is_obj() && args[1].obj()->type == vm.t.frozenset)
        return args[1];  // immutable: share it
    auto result = make<SetObject>(cls, true);
    if (args.size() == 2) update_internal(vm, result.get(), args[1]);
    return Value(result);
}

Value set_add_method(VM& vm, Args args) {
    SetObject* s = self_set(vm, args, "add");
    arg_exactly_one(vm, args, "set.add");
    add_entry(vm, s, args[1], key_hash(vm, args[1]));
    return vm.None;
}

Value set_remove(VM& vm, Args args) {
    SetObject* s = self_set(vm, args, "remove");
    arg_exactly_one(vm, args, "set.remove");
    if (!discard_entry(vm, s, args[1], lookup_hash(vm, args[1]))) vm.key_error(args[1]);
    return vm.None;
}

Value set_discard_method(VM& vm, Args args) {
    SetObject* s = self_set(vm, args, "discard");
    arg_exactly_one(vm, args, "set.discard");
    discard_entry(vm, s, args[1], lookup_hash(vm, args[1]));
    return vm.None;
}

Value set_pop(VM& vm, Args args) {
    SetObject* s = self_set(vm, args, "pop");
    arg_none(vm, args, "set.pop");
    if (s->used == 0) vm.key_error(vm.str("pop from an empty set"));
    size_t mask = mask_of(s);
    size_t i = size_t(s->version) & mask;
    while (s->table[i].state != kUsed) {
        ++i;
        if (i > mask) i = 0;
    }
    Value key = s->table[i].key;
    mark_dummy(s, i);
    s->version = i + 1;
    return key;
}

Value set_clear_method(VM& vm, Args args) {
    SetObject* s = self_set(vm, args, "clear");
    arg_none(vm, args, "set.clear");
    clear_set(s);
    return vm.None;
}

Value set_copy(VM& vm, Args args) {
    SetObject* s = self_anyset(vm, args, "copy");
    arg_none(vm, args, qual(s, "copy"));
    if (s->frozen && s->type == vm.t.frozenset) return args[0];
    return Value(copy_of(vm, s));
}

Value set_update_method(VM& vm, Args args) {
    SetObject* s = self_set(vm, args, "update");
    arg_no_kw(vm, args, "set.update");
    for (size_t i = 1; i < args.size(); ++i) update_internal(vm, s, args[i]);
    return vm.None;
}

Value set_union(VM& vm, Args args) {
    SetObject* s = self_anyset(vm, args, "union");
    arg_no_kw(vm, args, qual(s, "union"));
    Ref<SetObject> result = copy_of(vm, s);
    for (size_t i = 1; i < args.size(); ++i)
        if (!(args[i].is_obj() && args[i].obj() == s)) update_internal(vm, result.get(), args[i]);
    return Value(result);
}

Value set_intersection(VM& vm, Args args) {
    SetObject* s = self_anyset(vm, args, "intersection");
    arg_no_kw(vm, args, qual(s, "intersection"));
    if (args.size() == 1) return Value(copy_of(vm, s));
    Ref<SetObject> result(s);
    for (size_t i = 1; i < args.size(); ++i) result = intersection(vm, result.get(), args[i]);
    return Value(result);
}

Value set_intersection_update(VM& vm, Args args) {
    SetObject* s = self_set(vm, args, "intersection_update");
    arg_no_kw(vm, args, "set.intersection_update");
    Ref<SetObject> result(s);
    for (size_t i = 1; i < args.size(); ++i) result = intersection(vm, result.get(), args[i]);
    if (result.get() != s) swap_bodies(s, result.get());
    return vm.None;
}

Value set_difference(VM& vm, Args args) {
    SetObject* s = self_anyset(vm, args, "difference");
    arg_no_kw(vm, args, qual(s, "difference"));
    if (args.size() == 1) return Value(copy_of(vm, s));
    Ref<SetObject> result = difference(vm, s, args[1]);
    for (size_t i = 2; i < args.size(); ++i) difference_update_internal(vm, result.get(), args[i]);
    return Value(result);
}

Value set_difference_update(VM& vm, Args args) {
    SetObject* s = self_set(vm, args, "difference_update");
    arg_no_kw(vm, args, "set.difference_update");
    for (size_t i = 1; i < args.size(); ++i) difference_update_internal(vm, s, args[i]);
    return vm.None;
}

Value set_symmetric_difference(VM& vm, Args args) {
    SetObject* s = self_anyset(vm, args, "symmetric_difference");
    arg_exactly_one(vm, args, qual(s, "symmetric_difference"));
    return Value(symmetric_difference(vm, s, args[1]));
}

Value set_symmetric_difference_update(VM& vm, Args args) {
    SetObject* s = self_set(vm, args, "symmetric_difference_update");
    arg_exactly_one(vm, args, "set.symmetric_difference_update");
    symmetric_difference_update(vm, s, args[1]);
    return vm.None;
}

Value set_issubset(VM& vm, Args args) {
    SetObject* s = self_anyset(vm, args, "issubset");
    arg_exactly_one(vm, args, qual(s, "issubset"));
    return Value::boolean(is_subset(vm, s, args[1]));
}

Value set_issuperset(VM& vm, Args args) {
    SetObject* s = self_anyset(vm, args, "issuperset");
    arg_exactly_one(vm, args, qual(s, "issuperset"));
    return Value::boolean(is_superset(vm, s, args[1]));
}

Value set_isdisjoint(VM& vm, Args args) {
    SetObject* s = self_anyset(vm, args, "isdisjoint");
    arg_exactly_one(vm, args, qual(s, "isdisjoint"));
    const Value& other_value = args[1];
    if (other_value.is_obj() && other_value.obj() == s) return Value::boolean(s->used == 0);
    if (is_anyset(vm, other_value)) {
        SetObject* big = s;
        SetObject* small = other_value.as<SetObject>();
        if (small->used > big->used) std::swap(big, small);
        for (KeyHash& e : entries_of(small))
            if (lookkey(vm, big, e.key, e.hash) >= 0) return vm.False;
        return vm.True;
    }
    Value it = vm.iter(other_value);
    Value key;
    while (vm.next(it, key))
        if (lookkey(vm, s, key, key_hash(vm, key)) >= 0) return vm.False;
    return vm.True;
}

Value set_contains_method(VM& vm, Args args) {
    SetObject* s = self_anyset(vm, args, "__contains__");
    arg_exactly_one(vm, args, qual(s, "__contains__"));
    return Value::boolean(lookkey(vm, s, args[1], lookup_hash(vm, args[1])) >= 0);
}

Value set_len(VM& vm, Args args) {
    SetObject* s = self_anyset(vm, args, "__len__");
    return Value::integer(int64_t(s->used));
}

Value set_repr(VM& vm, Args args) {
    SetObject* s = self_anyset(vm, args, "__repr__");
    check_recursion(vm, " while getting the repr of an object");
    const std::string& name = s->type->name;
    ReprGuard guard(s);
    if (guard.recursive()) return vm.str(name + "(...)");
    if (s->used == 0) return vm.str(name + "()");
    std::vector<Value> keys = set_items(s);
    std::string body = repr_items(vm, keys, "{", "}");
    if (s->type == vm.t.set) return vm.str(std::move(body));
    return vm.str(name + "(" + body + ")");
}

Value frozenset_hash(VM& vm, Args args) {
    SetObject* s = self_as<SetObject>(vm, args, vm.t.frozenset, "__hash__");
    return Value::integer(frozenset_hash_of(s));
}

template <CompareOp op>
Value set_compare(VM& vm, Args args) {
    SetObject* s = self_anyset(vm, args, "__eq__");
    arg_exactly_one(vm, args, "set comparison");
    if (!is_anyset(vm, args[1])) return vm.NotImplemented;
    SetObject* o = args[1].as<SetObject>();
    switch (op) {
        case CompareOp::Eq: return Value::boolean(s->used == o->used && is_subset(vm, s, args[1]));
        case CompareOp::Ne: return Value::boolean(!(s->used == o->used && is_subset(vm, s, args[1])));
        case CompareOp::Le: return Value::boolean(is_subset(vm, s, args[1]));
        case CompareOp::Ge: return Value::boolean(is_superset(vm, s, args[1]));
        case CompareOp::Lt: return Value::boolean(s->used < o->used && is_subset(vm, s, args[1]));
        case CompareOp::Gt: return Value::boolean(s->used > o->used && is_superset(vm, s, args[1]));
    }
    return vm.NotImplemented;
}

enum class SetOp { Or, And, Sub, Xor };

template <SetOp op>
Value set_binary(VM& vm, Args args) {
    SetObject* s = self_anyset(vm, args, "__or__");
    arg_exactly_one(vm, args, "set operator");
    if (!is_anyset(vm, args[1])) return vm.NotImplemented;
    switch (op) {
        case SetOp::Or: {
            Ref<SetObject> result = copy_of(vm, s);
            if (args[1].obj() != s) update_internal(vm, result.get(), args[1]);
            return Value(result);
        }
        case SetOp::And: return Value(intersection(vm, s, args[1]));
        case SetOp::Sub: return Value(difference(vm, s, args[1]));
        case SetOp::Xor: return Value(symmetric_difference(vm, s, args[1]));
    }
    return vm.NotImplemented;
}

template <SetOp op>
Value set_inplace(VM& vm, Args args) {
    SetObject* s = self_set(vm, args, "__ior__");
    arg_exactly_one(vm, args, "set operator");
    if (!is_anyset(vm, args[1])) return vm.NotImplemented;
    switch (op) {
        case SetOp::Or: update_internal(vm, s, args[1]); break;
        case SetOp::And: {
            Ref<SetObject> result = intersection(vm, s, args[1]);
            swap_bodies(s, result.get());
            break;
        }
        case SetOp::Sub: difference_update_internal(vm, s, args[1]); break;
        case SetOp::Xor: symmetric_difference_update(vm, s, args[1]); break;
    }
    return args[0];
}

// ---- iterator ----------------------------------------------------------------------------------

struct SetIterObject : NativeObject {
    Ref<SetObject> set;  // null once exhausted
    size_t pos = 0;
    size_t expected_used;
    bool broken = false;
    SetIterObject(TypeObject* t, Ref<SetObject> s) : NativeObject(t), set(std::move(s)), expected_used(set->used) {}
    void clear_refs() override { set = nullptr; }
};

bool set_iter_next(VM& vm, Object* self, Value& out) {
    auto* it = static_cast<SetIterObject*>(self);
    SetObject* s = it->set.get();
    if (!s) return false;
    if (it->broken || s->used != it->expected_used) {
        it->broken = true;
        vm.raise(vm.e.RuntimeError, "Set changed size during iteration");
    }
    while (it->pos < s->table.size() && s->table[it->pos].state != kUsed) ++it->pos;
    if (it->pos >= s->table.size()) {
        it->set = nullptr;
        return false;
    }
    out = s->table[it->pos++].key;
    return true;
}

Value set_iter(VM& vm, Args args) {
    SetObject* s = self_anyset(vm, args, "__iter__");
    return Value(make<SetIterObject>(aux_type(vm, AuxType::SetIter), Ref<SetObject>(s)));
}

void add_common_methods(VM& vm, TypeObject* t) {
    vm.add_method(t, "__contains__", set_contains_method);
    vm.add_method(t, "__len__", set_len);
    vm.add_method(t, "__iter__", set_iter);
    vm.add_method(t, "__repr__", set_repr);
    vm.add_method(t, "__eq__", set_compare<CompareOp::Eq>);
    vm.add_method(t, "__ne__", set_compare<CompareOp::Ne>);
    vm.add_method(t, "__lt__", set_compare<CompareOp::Lt>);
    vm.add_method(t, "__le__", set_compare<CompareOp::Le>);
    vm.add_method(t, "__gt__", set_compare<CompareOp::Gt>);
    vm.add_method(t, "__ge__", set_compare<CompareOp::Ge>);
    vm.add_method(t, "__or__", set_binary<SetOp::Or>);
    vm.add_method(t, "__and__", set_binary<SetOp::And>);
    vm.add_method(t, "__sub__", set_binary<SetOp::Sub>);
    vm.add_method(t, "__xor__", set_binary<SetOp::Xor>);
    vm.add_method(t, "copy", set_copy);
    vm.add_method(t, "union", set_union);
    vm.add_method(t, "intersection", set_intersection);
    vm.add_method(t, "difference", set_difference);
    vm.add_method(t, "symmetric_difference", set_symmetric_difference);
    vm.add_method(t, "issubset", set_issubset);
    vm.add_method(t, "issuperset", set_issuperset);
    vm.add_method(t, "isdisjoint", set_isdisjoint);
}

}  // namespace

// ---- set.h -------------------------------------------------------------------------------------

void set_add(VM& vm, SetObject* s, const Value& key) { add_entry(vm, s, key, key_hash(vm, key)); }

bool set_contains(VM& vm, SetObject* s, const Value& key) { return lookkey(vm, s, key, lookup_hash(vm, key)) >= 0; }

void set_update(VM& vm, SetObject* s, const Value& iterable) { update_internal(vm, s, iterable); }

bool set_discard(VM& vm, SetObject* s, const Value& key) { return discard_entry(vm, s, key, lookup_hash(vm, key)); }

Value frozenset_constant(VM& vm, const std::vector<Value>& items) {
    Ref<SetObject> first = new_empty(vm, true);
    for (const Value& item : items) set_add(vm, first.get(), item);
    Ref<SetObject> merged = new_empty(vm, true);
    for (const Value& item : set_items(first.get())) set_add(vm, merged.get(), item);
    return Value(merged);
}

std::vector<Value> set_items(const SetObject* s) {
    std::vector<Value> out;
    out.reserve(s->used);
    for (const Slot& slot : s->table)
        if (slot.state == kUsed) out.push_back(slot.key);
    return out;
}

void init_set_type(VM& vm) {
    TypeObject* set = vm.t.set;
    vm.add_static(set, "__new__", set_new);
    vm.add_method(set, "__init__", set_init);
    add_common_methods(vm, set);
    vm.add_method(set, "add", set_add_method);
    vm.add_method(set, "remove", set_remove);
    vm.add_method(set, "discard", set_discard_method);
    vm.add_method(set, "pop", set_pop);
    vm.add_method(set, "clear", set_clear_method);
    vm.add_method(set, "update", set_update_method);
    vm.add_method(set, "intersection_update", set_intersection_update);
    vm.add_method(set, "difference_update", set_difference_update);
    vm.add_method(set, "symmetric_difference_update", set_symmetric_difference_update);
    vm.add_method(set, "__ior__", set_inplace<SetOp::Or>);
    vm.add_method(set, "__iand__", set_inplace<SetOp::And>);
    vm.add_method(set, "__isub__", set_inplace<SetOp::Sub>);
    vm.add_method(set, "__ixor__", set_inplace<SetOp::Xor>);
    mark_unhashable(vm, set);

    TypeObject* frozen = vm.t.frozenset;
    vm.add_static(frozen, "__new__", frozenset_new);
    add_common_methods(vm, frozen);
    vm.add_method(frozen, "__hash__", frozenset_hash);

    TypeObject* iter = vm.new_builtin_type("set_iterator", nullptr);
    vm.add_iternext(iter, set_iter_next);
    aux_type(vm, AuxType::SetIter) = iter;
}

}  // namespace ls
