// Low-level operations on DictObject (insertion-ordered, Python equality). Keys' __hash__ and
// __eq__ may be Python code, so most operations take the VM. The str-key fast paths are for
// namespaces (globals, attributes, class dicts) and never call back into Python.
#pragma once

#include <optional>

#include "vm.h"

namespace ls {

int64_t str_hash(const StrObject* s);  // cached in the object; deterministic across runs

Value* dict_find(VM& vm, DictObject* d, const Value& key);           // null if absent
std::optional<Value> dict_get(VM& vm, DictObject* d, const Value& key);
void dict_set(VM& vm, DictObject* d, Value key, Value value);
bool dict_del(VM& vm, DictObject* d, const Value& key);              // false if absent
void dict_clear(DictObject* d);

Value* dict_find_str(DictObject* d, const StrObject* key);            // key compared by content
// The position of `key` in d->entries, or -1 (for caches that remember where a name lives).
int64_t dict_find_str_entry(const DictObject* d, const StrObject* key);
void dict_set_str(VM& vm, DictObject* d, const Ref<StrObject>& key, Value value);
bool dict_del_str(DictObject* d, const StrObject* key);

// Iterate live entries in insertion order: for (auto& e : d->entries) if (e.used) { ... }
inline size_t dict_len(const DictObject* d) { return d->live; }

}  // namespace ls
