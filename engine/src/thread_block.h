// Blocking the running simulated thread (blocking file I/O through open(); later time.sleep
// and friends). One function so that the thread simulation can change what blocking means in
// one place: today a run has one thread, so blocking advances the virtual clock; with threads
// it must park only the current thread until `until` and let the others run meanwhile.
#pragma once

#include "loopscope/trace.h"

namespace ls {

class VM;

// Blocks until virtual time `until` (nothing happens if it has passed). `reason` and `why` say
// what the thread waits for (BlockReason::IO, "io"), for the trace's ThreadBlocked event.
void block_current_thread_until(VM& vm, double until, BlockReason reason, const char* why);

}  // namespace ls
