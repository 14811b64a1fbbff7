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
// Live keys in table (iteration) order.
std::vector<Value> set_items(const SetObject* s);

}  // namespace ls
