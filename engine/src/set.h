// Operations on SetObject for code outside set.cpp (the interpreter's BUILD_SET / SET_ADD /
// SET_UPDATE, the compiler's frozenset constants). They follow CPython's setobject.c table
// exactly, so a set of small ints iterates in CPython's order.
#pragma once

#include "vm.h"

namespace ls {

void set_add(VM& vm, SetObject* s, const Value& key);                  // set.add
bool set_contains(VM& vm, SetObject* s, const Value& key);             // `key in s`
void set_update(VM& vm, SetObject* s, const Value& iterable);          // set.update (one iterable)
bool set_discard(VM& vm, SetObject* s, const Value& key);              // false if absent
// The frozenset constant CPython's compiler makes for a set display of >= 3 constants (emitted as
// BUILD_SET 0; LOAD_CONST <this>; SET_UPDATE 1) and for `x in {...}` / `for x in {...}`. CPython
// builds it from the items in source order and then rebuilds it from that set's iteration order
// (constant merging), which is observable: print({-1, -2, 3, -8, 16, 0}) depends on it.
Value frozenset_constant(VM& vm, const std::vector<Value>& items);
// Live keys in table (iteration) order.
std::vector<Value> set_items(const SetObject* s);

}  // namespace ls
