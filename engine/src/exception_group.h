// BaseExceptionGroup / ExceptionGroup (PEP 654) and the matching `except*` needs.
#pragma once

#include "vm.h"

namespace ls {

void init_exception_groups(VM& vm);
bool is_exception_group(VM& vm, const Value& v);
Value exception_group_members(VM& vm, const Value& eg);  // the .exceptions tuple
// except*: splits `exc` by `type` into (match, rest); either may be None.
void exception_group_match(VM& vm, const Value& exc, const Value& type, Value& match, Value& rest);
// What an except* statement re-raises: the unhandled rest plus what the handlers raised.
Value prep_reraise_star(VM& vm, const Value& orig, const std::vector<Value>& excs);

}  // namespace ls
