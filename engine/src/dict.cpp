// dict: the insertion-ordered hash table (the dict.h operations the VM relies on) and the
// Python-visible dict type with its views and iterators.
//
// Layout, like CPython's compact dict: `entries` holds (key, value, hash) in insertion order and
// `index` is an open-addressing table of positions into `entries` (-1 empty, -2 deleted).
// Deleting leaves a hole in `entries` (used=false) that the next resize compacts away.
#include "dict.h"

#include <limits>

#include "seq_util.h"
#include "types.h"

namespace ls {

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDeleted = -2;
constexpr size_t kMinIndexSize = 8;

size_t usable_entries(size_t index_size) { return index_size * 2 / 3; }

// CPython's probe sequence: all bits of the hash eventually take part through `perturb`.
struct Probe {
    size_t mask, slot;
    uint64_t perturb;
    Probe(size_t index_size, int64_t hash)
        : mask(index_size - 1), slot(size_t(uint64_t(hash)) & (index_size - 1)), perturb(uint64_t(hash)) {}
    void next() {
        perturb >>= 5;
        slot = (slot * 5 + perturb + 1) & mask;
    }
};

// Rebuilds `index` with room for at least `min_live` entries, compacting the holes out of
// `entries`. Never calls Python code.
void rebuild(VM* vm, DictObject* d, size_t min_live) {
    size_t size = kMinIndexSize;
    while (usable_entries(size) <= min_live) size *= 2;
    if (vm && size > (1u << 16)) vm->reserve_bytes(size * (sizeof(int32_t) + sizeof(DictEntry)));
    if (size > size_t(std::numeric_limits<int32_t>::max())) {
        if (vm) vm->memory_error();
        throw std::bad_alloc();
    }
    if (d->live != d->entries.size()) {
        size_t out = 0;
        for (size_t i = 0; i < d->entries.size(); ++i)
            if (d->entries[i].used) {
                if (out != i) d->entries[out] = std::move(d->entries[i]);
                ++out;
            }
        d->entries.resize(out);
    }
    d->entries.reserve(usable_entries(size));
    d->index.assign(size, kEmpty);
    ++d->version;  // entry positions moved
    for (size_t i = 0; i < d->entries.size(); ++i) {
        Probe p(size, d->entries[i].hash);
        while (d->index[p.slot] != kEmpty) p.next();
        d->index[p.slot] = int32_t(i);
    }
}

void ensure_room_for_one(VM* vm, DictObject* d) {
    if (d->index.empty() || d->entries.size() + 1 > usable_entries(d->index.size()))
        rebuild(vm, d, (d->live + 1) * 3 / 2 + 1);
}

// Where a key lives, or where it would go.
struct Found {
    int64_t entry = -1;       // position in entries, -1 if absent
    size_t insert_slot = 0;   // first reusable index slot on the probe path (valid when absent)
};

// Lookup by a predicate that never calls Python (str keys compared by content).
Found find_by_str(const DictObject* d, const StrObject* key, int64_t hash) {
    Found f;
    if (d->index.empty()) return f;
    bool have_slot = false;
    for (Probe p(d->index.size(), hash);; p.next()) {
        int32_t ix = d->index[p.slot];
        if (ix == kEmpty) {
            if (!have_slot) f.insert_slot = p.slot;
            return f;
        }
        if (ix == kDeleted) {
            if (!have_slot) { f.insert_slot = p.slot; have_slot = true; }
            continue;
        }
        const DictEntry& e = d->entries[size_t(ix)];
        if (e.hash != hash || !e.key.is_obj()) continue;
        if (e.key.obj() == key) { f.entry = ix; return f; }
        auto* other = dynamic_cast<const StrObject*>(e.key.obj());
        if (other && other->s == key->s) { f.entry = ix; return f; }
    }
}

// General lookup: may run user __eq__, which may mutate the dict; then the search restarts.
Found find(VM& vm, DictObject* d, const Value& key, int64_t hash) {
    for (;;) {
        Found f;
        if (d->index.empty()) return f;
        bool have_slot = false, restart = false;
        for (Probe p(d->index.size(), hash);; p.next()) {
            int32_t ix = d->index[p.slot];
            if (ix == kEmpty) {
                if (!have_slot) f.insert_slot = p.slot;
                return f;
            }
            if (ix == kDeleted) {
                if (!have_slot) { f.insert_slot = p.slot; have_slot = true; }
                continue;
            }
            const DictEntry& e = d->entries[size_t(ix)];
            if (e.hash != hash) continue;
            if (e.key.is(key)) { f.entry = ix; return f; }
            bool handled;
            bool numbers_equal = inline_numbers_equal(e.key, key, handled);
            if (handled) {
                if (numbers_equal) { f.entry = ix; return f; }
                continue;
            }
            Value candidate = e.key;  // keep it alive while __eq__ runs
            uint64_t version = d->version;
            const DictEntry* entries_before = d->entries.data();
            bool equal = key_eq(vm, candidate, key);
            if (d->version != version || d->entries.data() != entries_before ||
                size_t(ix) >= d->entries.size() || !d->entries[size_t(ix)].key.is(candidate)) {
                restart = true;
                break;
            }
            if (equal) { f.entry = ix; return f; }
        }
        if (!restart) return f;
    }
}

// After a rebuild there are no deleted slots, and the caller knows the key is absent.
size_t free_slot(const DictObject* d, int64_t hash) {
    Probe p(d->index.size(), hash);
    while (d->index[p.slot] >= 0) p.next();
    return p.slot;
}

void insert_new(DictObject* d, size_t slot, Value key, Value value, int64_t hash) {
    d->index[slot] = int32_t(d->entries.size());
    d->entries.push_back(DictEntry{std::move(key), std::move(value), hash, true});
    ++d->live;
    ++d->version;
}

void remove_entry(DictObject* d, int64_t hash, int64_t entry) {
    for (Probe p(d->index.size(), hash);; p.next())
        if (d->index[p.slot] == int32_t(entry)) { d->index[p.slot] = kDeleted; break; }
    DictEntry& e = d->entries[size_t(entry)];
    e.used = false;
    Value old_key = std::move(e.key), old_value = std::move(e.value);  // released after the update
    e.key = Value();
    e.value = Value();
    --d->live;
    ++d->version;
    // Holes stay until the next rebuild: every non-empty index slot then has an entry, so
    // `entries.size() < usable` guarantees the probe loops meet an empty slot. A trailing run of
    // holes records in the last hole's (otherwise unused) hash where the run starts, so that
    // popitem() finds the last live entry without rescanning the run.
    size_t last = d->entries.size() - 1;
    size_t pos = size_t(entry);
    if (pos == last) {
        e.hash = int64_t(pos);
    } else if (!d->entries[last].used && size_t(d->entries[last].hash) == pos + 1) {
        d->entries[last].hash = int64_t(pos);
    }
}

// Position of the last live entry (the dict is not empty).
size_t last_live_entry(const DictObject* d) {
    size_t i = d->entries.size() - 1;
    if (!d->entries[i].used) i = size_t(d->entries[i].hash);  // start of the trailing holes
    while (!d->entries[i].used) --i;
    return i;
}

}  // namespace

// ---- dict.h ------------------------------------------------------------------------------------

int64_t str_hash(const StrObject* s) {
    if (s->hash_cache != -1) return s->hash_cache;
    // FNV-1a over the UTF-8 bytes: deterministic across runs and machines. hash('') == 0 as in
    // CPython; -1 is reserved for "not computed".
    int64_t h = 0;
    if (!s->s.empty()) {
        uint64_t x = 14695981039346656037ull;
        for (unsigned char c : s->s) {
            x ^= c;
            x *= 1099511628211ull;
        }
        h = int64_t(x);
        if (h == -1) h = -2;
    }
    s->hash_cache = h;
    return h;
}

Value* dict_find(VM& vm, DictObject* d, const Value& key) {
    int64_t hash = key_hash(vm, key);
    Found f = find(vm, d, key, hash);
    return f.entry < 0 ? nullptr : &d->entries[size_t(f.entry)].value;
}

std::optional<Value> dict_get(VM& vm, DictObject* d, const Value& key) {
    Value* v = dict_find(vm, d, key);
    if (!v) return std::nullopt;
    return *v;
}

void dict_set(VM& vm, DictObject* d, Value key, Value value) {
    int64_t hash = key_hash(vm, key);
    Found f = find(vm, d, key, hash);
    if (f.entry >= 0) {
        Value old = std::move(d->entries[size_t(f.entry)].value);  // dies after the store
        d->entries[size_t(f.entry)].value = std::move(value);
        return;
    }
    if (d->index.empty() || d->entries.size() + 1 > usable_entries(d->index.size())) {
        ensure_room_for_one(&vm, d);
        f.insert_slot = free_slot(d, hash);
    }
    insert_new(d, f.insert_slot, std::move(key), std::move(value), hash);
}

bool dict_del(VM& vm, DictObject* d, const Value& key) {
    int64_t hash = key_hash(vm, key);
    Found f = find(vm, d, key, hash);
    if (f.entry < 0) return false;
    remove_entry(d, hash, f.entry);
    return true;
}

void dict_clear(DictObject* d) {
    std::vector<DictEntry> old;
    old.swap(d->entries);  // values are released after the dict is already empty
    d->index.clear();
    d->live = 0;
    ++d->version;
}

int64_t dict_find_str_entry(const DictObject* d, const StrObject* key) { return find_by_str(d, key, str_hash(key)).entry; }

Value* dict_find_str(DictObject* d, const StrObject* key) {
    Found f = find_by_str(d, key, str_hash(key));
    return f.entry < 0 ? nullptr : &d->entries[size_t(f.entry)].value;
}

void dict_set_str(VM& vm, DictObject* d, const Ref<StrObject>& key, Value value) {
    int64_t hash = str_hash(key.get());
    Found f = find_by_str(d, key.get(), hash);
    if (f.entry >= 0) {
        Value old = std::move(d->entries[size_t(f.entry)].value);
        d->entries[size_t(f.entry)].value = std::move(value);
        return;
    }
    if (d->index.empty() || d->entries.size() + 1 > usable_entries(d->index.size())) {
        ensure_room_for_one(&vm, d);
        f.insert_slot = free_slot(d, hash);
    }
    insert_new(d, f.insert_slot, Value(key), std::move(value), hash);
}

bool dict_del_str(DictObject* d, const StrObject* key) {
    int64_t hash = str_hash(key);
    Found f = find_by_str(d, key, hash);
    if (f.entry < 0) return false;
    remove_entry(d, hash, f.entry);
    return true;
}

}  // namespace ls

// ---- the dict type -------------------------------------------------------------------------

namespace ls {

namespace {

// Inserts a key known to be absent with its already computed hash (copies, fromkeys of dicts).
void insert_absent(VM& vm, DictObject* d, Value key, Value value, int64_t hash) {
    ensure_room_for_one(&vm, d);
    insert_new(d, free_slot(d, hash), std::move(key), std::move(value), hash);
}

// dict_set with a hash already known (e.g. copied from another dict's entry).
void set_with_hash(VM& vm, DictObject* d, Value key, Value value, int64_t hash) {
    Found f = find(vm, d, key, hash);
    if (f.entry >= 0) {
        Value old = std::move(d->entries[size_t(f.entry)].value);
        d->entries[size_t(f.entry)].value = std::move(value);
        return;
    }
    if (d->index.empty() || d->entries.size() + 1 > usable_entries(d->index.size())) {
        ensure_room_for_one(&vm, d);
        f.insert_slot = free_slot(d, hash);
    }
    insert_new(d, f.insert_slot, std::move(key), std::move(value), hash);
}

DictObject* self_dict(VM& vm, Args args, std::string_view method) {
    return self_as<DictObject>(vm, args, vm.t.dict, method);
}

bool is_dict(VM& vm, const Value& v) {
    return v.is_obj() && (v.obj()->type == vm.t.dict || vm.isinstance(v, vm.t.dict));
}

// Live (key, value, hash) triples, snapshotted so Python code run later cannot invalidate them.
std::vector<DictEntry> snapshot(const DictObject* d) {
    std::vector<DictEntry> out;
    out.reserve(d->live);
    for (const DictEntry& e : d->entries)
        if (e.used) out.push_back(e);
    return out;
}

Ref<DictObject> copy_dict(VM& vm, const DictObject* src) {
    Ref<DictObject> d = vm.new_dict();
    reserve_items(vm, int64_t(src->live), sizeof(DictEntry) + 2 * sizeof(int32_t));
    for (const DictEntry& e : src->entries)
        if (e.used) insert_absent(vm, d.get(), e.key, e.value, e.hash);
    return d;
}

// dict.update / dict(...) / |= : a mapping (anything with keys()), or an iterable of pairs.
void update_from(VM& vm, DictObject* d, const Value& other) {
    if (other.is_obj() && other.obj()->type == vm.t.dict) {
        for (DictEntry& e : snapshot(other.as<DictObject>())) set_with_hash(vm, d, e.key, e.value, e.hash);
        return;
    }
    if (vm.getattr_opt(other, vm.intern("keys").get())) {
        Value keys = vm.call_method(other, "keys", {});
        for (Value& k : vm.to_vector(keys)) {
            Value v = vm.getitem(other, k);
            dict_set(vm, d, k, v);
        }
        return;
    }
    Value it = vm.iter(other);
    Value item;
    for (int64_t n = 0; vm.next(it, item); ++n) {
        Value pair_iter;
        try {
            pair_iter = vm.iter(item);
        } catch (PyError& err) {
            if (!vm.isinstance(err.exc, vm.e.TypeError)) throw;
            vm.type_error("cannot convert dictionary update sequence element #" + std::to_string(n) + " to a sequence");
        }
        std::vector<Value> pair = vm.to_vector(pair_iter);
        if (pair.size() != 2)
            vm.value_error("dictionary update sequence element #" + std::to_string(n) + " has length " +
                           std::to_string(pair.size()) + "; 2 is required");
        dict_set(vm, d, std::move(pair[0]), std::move(pair[1]));
    }
}

void update_from_kwargs(VM& vm, DictObject* d, Args args) {
    if (!args.has_kw()) return;
    for (const KwArg& kw : *args.kw) dict_set(vm, d, Value(kw.name), kw.value);
}

Value dict_new(VM& vm, Args args) {
    if (args.size() == 0) vm.type_error("dict.__new__(): not enough arguments");
    if (!args[0].is_obj() || !vm.isinstance(args[0], vm.t.type) ||
        !vm.is_subtype(args[0].as<TypeObject>(), vm.t.dict)) {
        std::string what = args[0].is_obj() && vm.isinstance(args[0], vm.t.type) ? args[0].as<TypeObject>()->name : vm.type_name(args[0]);
        vm.type_error("dict.__new__(" + what + "): " + what + " is not a subtype of dict");
    }
    return Value(make<DictObject>(args[0].as<TypeObject>()));
}

Value dict_init(VM& vm, Args args) {
    DictObject* d = self_dict(vm, args, "__init__");
    arg_count(vm, args, "dict", 0, 1);
    if (args.size() == 2) update_from(vm, d, args[1]);
    update_from_kwargs(vm, d, args);
    return vm.None;
}

Value dict_update(VM& vm, Args args) {
    DictObject* d = self_dict(vm, args, "update");
    arg_count(vm, args, "update", 0, 1);
    if (args.size() == 2) update_from(vm, d, args[1]);
    update_from_kwargs(vm, d, args);
    return vm.None;
}

Value dict_getitem(VM& vm, Args args) {
    DictObject* d = self_dict(vm, args, "__getitem__");
    arg_exactly_one(vm, args, "dict.__getitem__");
    if (Value* v = dict_find(vm, d, args[1])) return *v;
    if (d->type != vm.t.dict) {
        if (auto missing = vm.lookup_type(d->type, "__missing__"))
            return vm.call(*missing, {args[0], args[1]});
    }
    vm.key_error(args[1]);
}

Value dict_setitem(VM& vm, Args args) {
    DictObject* d = self_dict(vm, args, "__setitem__");
    arg_count(vm, args, "__setitem__", 2, 2);
    dict_set(vm, d, args[1], args[2]);
    return vm.None;
}

Value dict_delitem(VM& vm, Args args) {
    DictObject* d = self_dict(vm, args, "__delitem__");
    arg_exactly_one(vm, args, "dict.__delitem__");
    if (!dict_del(vm, d, args[1])) vm.key_error(args[1]);
    return vm.None;
}

Value dict_contains(VM& vm, Args args) {
    DictObject* d = self_dict(vm, args, "__contains__");
    arg_exactly_one(vm, args, "dict.__contains__");
    return Value::boolean(dict_find(vm, d, args[1]) != nullptr);
}

Value dict_len(VM& vm, Args args) {
    DictObject* d = self_dict(vm, args, "__len__");
    arg_none(vm, args, "dict.__len__");
    return Value::integer(int64_t(d->live));
}

Value dict_get_method(VM& vm, Args args) {
    DictObject* d = self_dict(vm, args, "get");
    arg_no_kw(vm, args, "dict.get");
    size_t n = arg_count(vm, args, "get", 1, 2);
    if (Value* v = dict_find(vm, d, args[1])) return *v;
    return n == 2 ? args[2] : vm.None;
}

Value dict_setdefault(VM& vm, Args args) {
    DictObject* d = self_dict(vm, args, "setdefault");
    arg_no_kw(vm, args, "dict.setdefault");
    size_t n = arg_count(vm, args, "setdefault", 1, 2);
    if (Value* v = dict_find(vm, d, args[1])) return *v;
    Value dflt = n == 2 ? args[2] : vm.None;
    dict_set(vm, d, args[1], dflt);
    return dflt;
}

Value dict_pop(VM& vm, Args args) {
    DictObject* d = self_dict(vm, args, "pop");
    arg_no_kw(vm, args, "dict.pop");
    size_t n = arg_count(vm, args, "pop", 1, 2);
    int64_t hash = key_hash(vm, args[1]);
    Found f = find(vm, d, args[1], hash);
    if (f.entry < 0) {
        if (n == 2) return args[2];
        vm.key_error(args[1]);
    }
    Value v = d->entries[size_t(f.entry)].value;
    remove_entry(d, hash, f.entry);
    return v;
}

Value dict_popitem(VM& vm, Args args) {
    DictObject* d = self_dict(vm, args, "popitem");
    arg_none(vm, args, "dict.popitem");
    if (d->live == 0) vm.key_error(vm.str("popitem(): dictionary is empty"));
    size_t i = last_live_entry(d);
    DictEntry& e = d->entries[i];
    Value result = vm.tuple({e.key, e.value});
    remove_entry(d, e.hash, int64_t(i));
    return result;
}

Value dict_clear_method(VM& vm, Args args) {
    DictObject* d = self_dict(vm, args, "clear");
    arg_none(vm, args, "dict.clear");
    dict_clear(d);
    return vm.None;
}

Value dict_copy(VM& vm, Args args) {
    DictObject* d = self_dict(vm, args, "copy");
    arg_none(vm, args, "dict.copy");
    return Value(copy_dict(vm, d));
}

Value dict_fromkeys(VM& vm, Args args) {
    arg_no_kw(vm, args, "dict.fromkeys");
    size_t n = arg_count(vm, args, "fromkeys", 1, 2);
    Value value = n == 2 ? args[2] : vm.None;
    Value result = vm.call(args[0], Args{});
    bool plain = result.is_obj() && result.obj()->type == vm.t.dict;
    Value it = vm.iter(args[1]);
    Value key;
    while (vm.next(it, key)) {
        if (plain) dict_set(vm, result.as<DictObject>(), key, value);
        else vm.setitem(result, key, value);
    }
    return result;
}

Value dict_repr(VM& vm, Args args) {
    DictObject* d = self_dict(vm, args, "__repr__");
    check_recursion(vm, " while getting the repr of an object");
    ReprGuard guard(d);
    if (guard.recursive()) return vm.str("{...}");
    std::string out = "{";
    bool first = true;
    for (size_t i = 0; i < d->entries.size(); ++i) {
        if (!d->entries[i].used) continue;
        Value key = d->entries[i].key, value = d->entries[i].value;  // __repr__ may mutate d
        if (!first) out += ", ";
        first = false;
        out += vm.repr(key);
        out += ": ";
        out += vm.repr(value);
    }
    out += "}";
    return vm.str(std::move(out));
}

bool dicts_equal(VM& vm, DictObject* a, DictObject* b) {
    if (a->live != b->live) return false;
    for (DictEntry& e : snapshot(a)) {
        Found f = find(vm, b, e.key, e.hash);
        if (f.entry < 0) return false;
        Value other = b->entries[size_t(f.entry)].value;
        if (!key_eq(vm, e.value, other)) return false;
    }
    return true;
}

Value dict_eq(VM& vm, Args args) {
    DictObject* d = self_dict(vm, args, "__eq__");
    arg_exactly_one(vm, args, "dict.__eq__");
    if (!is_dict(vm, args[1])) return vm.NotImplemented;
    return Value::boolean(dicts_equal(vm, d, args[1].as<DictObject>()));
}

Value dict_ne(VM& vm, Args args) {
    DictObject* d = self_dict(vm, args, "__ne__");
    arg_exactly_one(vm, args, "dict.__ne__");
    if (!is_dict(vm, args[1])) return vm.NotImplemented;
    return Value::boolean(!dicts_equal(vm, d, args[1].as<DictObject>()));
}

Value dict_or(VM& vm, Args args) {
    DictObject* d = self_dict(vm, args, "__or__");
    arg_exactly_one(vm, args, "dict.__or__");
    if (!is_dict(vm, args[1])) return vm.NotImplemented;
    Ref<DictObject> result = copy_dict(vm, d);
    update_from(vm, result.get(), args[1]);
    return Value(result);
}

Value dict_ror(VM& vm, Args args) {
    DictObject* d = self_dict(vm, args, "__ror__");
    arg_exactly_one(vm, args, "dict.__ror__");
    if (!is_dict(vm, args[1])) return vm.NotImplemented;
    Ref<DictObject> result = copy_dict(vm, args[1].as<DictObject>());
    update_from(vm, result.get(), args[0]);
    (void)d;
    return Value(result);
}

Value dict_ior(VM& vm, Args args) {
    DictObject* d = self_dict(vm, args, "__ior__");
    arg_exactly_one(vm, args, "dict.__ior__");
    update_from(vm, d, args[1]);
    return args[0];
}

// ---- views and iterators -------------------------------------------------------------------

enum class ViewKind : uint8_t { Keys, Values, Items };

struct DictViewObject : NativeObject {
    Ref<DictObject> dict;
    ViewKind kind;
    DictViewObject(TypeObject* t, Ref<DictObject> d, ViewKind k) : NativeObject(t), dict(std::move(d)), kind(k) {}
    void clear_refs() override { dict = nullptr; }
};

// Walks the entries by position; a change of size since the start is an error (as in CPython).
struct DictIterObject : NativeObject {
    Ref<DictObject> dict;   // null once exhausted
    size_t pos;             // forward: next entry; reversed: one past the next entry
    size_t expected_live;
    ViewKind kind;
    bool reversed;
    bool broken = false;    // the size changed: every later next() fails too
    DictIterObject(TypeObject* t, Ref<DictObject> d, ViewKind k, bool rev)
        : NativeObject(t), dict(std::move(d)), pos(rev ? dict->entries.size() : 0),
          expected_live(dict->live), kind(k), reversed(rev) {}
    void clear_refs() override { dict = nullptr; }
};

TypeObject* view_type(VM& vm, ViewKind kind) { return aux_type(vm, AuxType(int(AuxType::DictKeys) + int(kind))); }
TypeObject* iter_type(VM& vm, ViewKind kind, bool reversed) {
    int base = int(reversed ? AuxType::DictReverseKeyIter : AuxType::DictKeyIter);
    return aux_type(vm, AuxType(base + int(kind)));
}

Value make_entry_value(VM& vm, const DictEntry& e, ViewKind kind) {
    switch (kind) {
        case ViewKind::Keys: return e.key;
        case ViewKind::Values: return e.value;
        case ViewKind::Items: return vm.tuple({e.key, e.value});
    }
    return vm.None;
}

bool dict_iter_next(VM& vm, Object* self, Value& out) {
    auto* it = static_cast<DictIterObject*>(self);
    DictObject* d = it->dict.get();
    if (!d) return false;
    if (it->broken || d->live != it->expected_live) {
        it->broken = true;
        vm.raise(vm.e.RuntimeError, "dictionary changed size during iteration");
    }
    if (it->reversed) {
        if (it->pos > d->entries.size()) it->pos = d->entries.size();
        while (it->pos > 0) {
            const DictEntry& e = d->entries[--it->pos];
            if (e.used) { out = make_entry_value(vm, e, it->kind); return true; }
        }
    } else {
        while (it->pos < d->entries.size()) {
            const DictEntry& e = d->entries[it->pos++];
            if (e.used) { out = make_entry_value(vm, e, it->kind); return true; }
        }
    }
    it->dict = nullptr;
    return false;
}

Value new_dict_iter(VM& vm, DictObject* d, ViewKind kind, bool reversed) {
    return Value(make<DictIterObject>(iter_type(vm, kind, reversed), Ref<DictObject>(d), kind, reversed));
}

Value dict_iter(VM& vm, Args args) {
    DictObject* d = self_dict(vm, args, "__iter__");
    arg_none(vm, args, "dict.__iter__");
    return new_dict_iter(vm, d, ViewKind::Keys, false);
}

Value dict_reversed(VM& vm, Args args) {
    DictObject* d = self_dict(vm, args, "__reversed__");
    arg_none(vm, args, "dict.__reversed__");
    return new_dict_iter(vm, d, ViewKind::Keys, true);
}

template <ViewKind kind>
Value dict_view(VM& vm, Args args) {
    static constexpr const char* names[] = {"keys", "values", "items"};
    DictObject* d = self_dict(vm, args, names[int(kind)]);
    arg_none(vm, args, std::string("dict.") + names[int(kind)]);
    return Value(make<DictViewObject>(view_type(vm, kind), Ref<DictObject>(d), kind));
}

DictViewObject* self_view(VM& vm, Args args, std::string_view method) {
    if (args.size() == 0 || !args[0].is_obj()) vm.type_error("descriptor '" + std::string(method) + "' needs an argument");
    TypeObject* t = args[0].obj()->type;
    for (ViewKind kind : {ViewKind::Keys, ViewKind::Values, ViewKind::Items})
        if (t == view_type(vm, kind)) return args[0].as<DictViewObject>();
    vm.type_error("descriptor '" + std::string(method) + "' requires a dict view, not '" + vm.type_name(args[0]) + "'");
}

Value view_len(VM& vm, Args args) {
    DictViewObject* v = self_view(vm, args, "__len__");
    return Value::integer(int64_t(v->dict->live));
}

Value view_iter(VM& vm, Args args) {
    DictViewObject* v = self_view(vm, args, "__iter__");
    return new_dict_iter(vm, v->dict.get(), v->kind, false);
}

Value view_reversed(VM& vm, Args args) {
    DictViewObject* v = self_view(vm, args, "__reversed__");
    return new_dict_iter(vm, v->dict.get(), v->kind, true);
}

bool view_contains_value(VM& vm, DictViewObject* v, const Value& x) {
    DictObject* d = v->dict.get();
    switch (v->kind) {
        case ViewKind::Keys: return dict_find(vm, d, x) != nullptr;
        case ViewKind::Values:
            for (size_t i = 0; i < d->entries.size(); ++i) {
                if (!d->entries[i].used) continue;
                Value candidate = d->entries[i].value;
                if (key_eq(vm, candidate, x)) return true;
            }
            return false;
        case ViewKind::Items: {
            if (!x.is_obj() || !vm.isinstance(x, vm.t.tuple)) return false;
            auto* t = x.as<TupleObject>();
            if (t->items.size() != 2) return false;
            Value key = t->items[0], value = t->items[1];
            Value* found = dict_find(vm, d, key);
            if (!found) return false;
            Value stored = *found;
            return key_eq(vm, stored, value);
        }
    }
    return false;
}

Value view_contains(VM& vm, Args args) {
    DictViewObject* v = self_view(vm, args, "__contains__");
    arg_exactly_one(vm, args, "__contains__");
    return Value::boolean(view_contains_value(vm, v, args[1]));
}

Value view_repr(VM& vm, Args args) {
    DictViewObject* v = self_view(vm, args, "__repr__");
    static constexpr const char* names[] = {"dict_keys", "dict_values", "dict_items"};
    ReprGuard guard(v);
    if (guard.recursive()) return vm.str("...");
    std::vector<Value> items;
    for (const DictEntry& e : v->dict->entries)
        if (e.used) items.push_back(make_entry_value(vm, e, v->kind));
    return vm.str(std::string(names[int(v->kind)]) + repr_items(vm, items, "([", "])"));
}

// Keys and items views are set-like: their operators build a set (as CPython does).
Value view_as_set(VM& vm, const Value& v) { return vm.call(Value(vm.t.set), {v}); }

bool is_set_like(VM& vm, const Value& v) {
    if (!v.is_obj()) return false;
    if (vm.isinstance(v, vm.t.set) || vm.isinstance(v, vm.t.frozenset)) return true;
    return v.obj()->type == view_type(vm, ViewKind::Keys) || v.obj()->type == view_type(vm, ViewKind::Items);
}

Value view_set_op(VM& vm, Args args, const char* method, bool reflected) {
    self_view(vm, args, method);
    arg_exactly_one(vm, args, method);
    // Any iterable is accepted on the other side, but reflected calls only come from set-likes.
    if (!vm.lookup_type(vm.type_of(args[1]), "__iter__")) return vm.NotImplemented;
    Value result = view_as_set(vm, reflected ? args[1] : args[0]);
    std::string_view op = method;
    const char* update = op.find("and") != std::string_view::npos ? "intersection_update"
                         : op.find("or") != std::string_view::npos && op.find("xor") == std::string_view::npos ? "update"
                         : op.find("xor") != std::string_view::npos ? "symmetric_difference_update"
                                                                   : "difference_update";
    vm.call_method(result, update, {reflected ? args[0] : args[1]});
    return result;
}

Value view_and(VM& vm, Args args) { return view_set_op(vm, args, "__and__", false); }
Value view_or(VM& vm, Args args) { return view_set_op(vm, args, "__or__", false); }
Value view_xor(VM& vm, Args args) { return view_set_op(vm, args, "__xor__", false); }
Value view_sub(VM& vm, Args args) { return view_set_op(vm, args, "__sub__", false); }
Value view_rand(VM& vm, Args args) { return view_set_op(vm, args, "__rand__", true); }
Value view_ror(VM& vm, Args args) { return view_set_op(vm, args, "__ror__", true); }
Value view_rxor(VM& vm, Args args) { return view_set_op(vm, args, "__rxor__", true); }
Value view_rsub(VM& vm, Args args) { return view_set_op(vm, args, "__rsub__", true); }

Value view_isdisjoint(VM& vm, Args args) {
    DictViewObject* v = self_view(vm, args, "isdisjoint");
    arg_exactly_one(vm, args, "isdisjoint");
    for (Value& x : vm.to_vector(args[1]))
        if (view_contains_value(vm, v, x)) return vm.False;
    return vm.True;
}

// Set-like equality: same size and every element of one is in the other.
Value view_compare(VM& vm, Args args, bool want_equal) {
    DictViewObject* v = self_view(vm, args, "__eq__");
    arg_exactly_one(vm, args, "__eq__");
    if (v->kind == ViewKind::Values || !is_set_like(vm, args[1])) return vm.NotImplemented;
    if (vm.len(args[1]) != int64_t(v->dict->live)) return Value::boolean(!want_equal);
    for (Value& x : vm.to_vector(args[1]))
        if (!view_contains_value(vm, v, x)) return Value::boolean(!want_equal);
    return Value::boolean(want_equal);
}
Value view_eq(VM& vm, Args args) { return view_compare(vm, args, true); }
Value view_ne(VM& vm, Args args) { return view_compare(vm, args, false); }

}  // namespace

void init_dict_type(VM& vm) {
    TypeObject* t = vm.t.dict;
    vm.add_static(t, "__new__", dict_new);
    vm.add_method(t, "__init__", dict_init);
    vm.add_method(t, "__getitem__", dict_getitem);
    vm.add_method(t, "__setitem__", dict_setitem);
    vm.add_method(t, "__delitem__", dict_delitem);
    vm.add_method(t, "__contains__", dict_contains);
    vm.add_method(t, "__len__", dict_len);
    vm.add_method(t, "__iter__", dict_iter);
    vm.add_method(t, "__reversed__", dict_reversed);
    vm.add_method(t, "__repr__", dict_repr);
    vm.add_method(t, "__eq__", dict_eq);
    vm.add_method(t, "__ne__", dict_ne);
    vm.add_method(t, "__or__", dict_or);
    vm.add_method(t, "__ror__", dict_ror);
    vm.add_method(t, "__ior__", dict_ior);
    vm.add_method(t, "get", dict_get_method);
    vm.add_method(t, "setdefault", dict_setdefault);
    vm.add_method(t, "pop", dict_pop);
    vm.add_method(t, "popitem", dict_popitem);
    vm.add_method(t, "update", dict_update);
    vm.add_method(t, "keys", dict_view<ViewKind::Keys>);
    vm.add_method(t, "values", dict_view<ViewKind::Values>);
    vm.add_method(t, "items", dict_view<ViewKind::Items>);
    vm.add_method(t, "copy", dict_copy);
    vm.add_method(t, "clear", dict_clear_method);
    vm.add_classmethod(t, "fromkeys", dict_fromkeys);
    mark_unhashable(vm, t);

    static constexpr const char* view_names[] = {"dict_keys", "dict_values", "dict_items"};
    static constexpr const char* iter_names[] = {"dict_keyiterator", "dict_valueiterator", "dict_itemiterator"};
    static constexpr const char* reverse_names[] = {"dict_reversekeyiterator", "dict_reversevalueiterator",
                                                    "dict_reverseitemiterator"};
    for (int k = 0; k < 3; ++k) {
        TypeObject* view = vm.new_builtin_type(view_names[k], nullptr);
        aux_type(vm, AuxType(int(AuxType::DictKeys) + k)) = view;
        vm.add_method(view, "__len__", view_len);
        vm.add_method(view, "__iter__", view_iter);
        vm.add_method(view, "__reversed__", view_reversed);
        vm.add_method(view, "__contains__", view_contains);
        vm.add_method(view, "__repr__", view_repr);
        mark_unhashable(vm, view);
        if (k != int(ViewKind::Values)) {
            vm.add_method(view, "__eq__", view_eq);
            vm.add_method(view, "__ne__", view_ne);
            vm.add_method(view, "__and__", view_and);
            vm.add_method(view, "__or__", view_or);
            vm.add_method(view, "__xor__", view_xor);
            vm.add_method(view, "__sub__", view_sub);
            vm.add_method(view, "__rand__", view_rand);
            vm.add_method(view, "__ror__", view_ror);
            vm.add_method(view, "__rxor__", view_rxor);
            vm.add_method(view, "__rsub__", view_rsub);
            vm.add_method(view, "isdisjoint", view_isdisjoint);
        }
        TypeObject* forward = vm.new_builtin_type(iter_names[k], nullptr);
        vm.add_iternext(forward, dict_iter_next);
        aux_type(vm, AuxType(int(AuxType::DictKeyIter) + k)) = forward;
        TypeObject* backward = vm.new_builtin_type(reverse_names[k], nullptr);
        vm.add_iternext(backward, dict_iter_next);
        aux_type(vm, AuxType(int(AuxType::DictReverseKeyIter) + k)) = backward;
    }
}

}  // namespace ls
