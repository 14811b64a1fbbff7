#include "thread_block.h"

#include "vm.h"

namespace ls {

void block_current_thread_until(VM& vm, double until, const char* /*why*/) {
    // One thread: nothing else can run while it waits, so the clock simply moves on.
    if (until > vm.now) vm.now = until;
}

}  // namespace ls
