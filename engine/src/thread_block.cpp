#include "thread_block.h"

#include "machine.h"
#include "vm.h"

namespace ls {

void block_current_thread_until(VM& vm, double until, BlockReason reason, const char* why) {
    // Only this simulated thread waits; the machine runs the others meanwhile.
    if (vm.machine) {
        vm.machine->block(reason, why, until);
        if (vm.clock() < until) vm.set_clock(until);
    } else if (until > vm.clock()) {
        vm.set_clock(until);
    }
}

}  // namespace ls
