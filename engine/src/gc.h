// gc.collect(): finds reference cycles nothing else can reach and frees them.
#pragma once

#include <cstddef>

#include "vm.h"

namespace ls {

// Returns the number of objects found unreachable (and freed).
size_t collect_cycles(VM& vm);

}  // namespace ls
