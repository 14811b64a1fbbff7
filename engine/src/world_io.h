// The running program's side of the simulated world (world_io.cpp): the run's World, the I/O
// primitive the aiohttp and aiofiles preludes are written on, and the native `_world` module.
#pragma once

#include <string>

#include "vm.h"

namespace ls {

struct World;

// The run's world; an empty one if the run was given none.
World& world_of(VM& vm);

// A future of the running loop that an I/O operation completes `delay` seconds from now with
// `result` (or by raising `exc` when it is not None). The loop fires it from a timer; the trace
// records io_started now and io_completed then, and the awaiting task wakes with cause "io".
// If the future is cancelled first (a timeout), the operation is abandoned at that moment.
Value start_io(VM& vm, double delay, std::string detail, Value result, Value exc);

// The line of the program's own code that runs now (library frames, such as the aiohttp
// prelude's, are skipped), or 0.
int program_line(VM& vm);

// "GET http://example.com/" when `fut` stands for a simulated I/O operation, else "".
std::string describe_io_future(VM& vm, const Value& fut);

}  // namespace ls
