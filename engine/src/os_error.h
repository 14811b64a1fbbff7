// Raising OSError and its subclasses the way CPython's C code does (os_error.cpp).
#pragma once

#include "vm.h"

namespace ls {

// Raises type(err, strerror, filename): "[Errno 2] No such file or directory: 'x'".
[[noreturn]] void raise_os_error(VM& vm, TypeObject* type, int err, const char* strerror, const Value& filename);

}  // namespace ls
