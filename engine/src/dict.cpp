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
            if (key.is_int() && e.key.is_int()) continue;
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
    // Trailing holes can simply go, which keeps popitem() and stack-like use cheap.
    while (!d->entries.empty() && !d->entries.back().used) d->entries.pop_back();
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
