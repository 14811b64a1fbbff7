// Every Object of one run is on its Heap's intrusive list. At teardown the Heap frees whatever
// reference cycles kept alive.
#pragma once

#include <cstddef>
#include <cstdint>

#include "value.h"

namespace ls {

struct Heap {
    Object* head = nullptr;
    size_t live_objects = 0;
    uint64_t next_serial = 1;

    void link(Object* o);
    void unlink(Object* o);
    // Breaks every remaining cycle and frees all objects. Called once, when the VM is destroyed.
    void teardown();
};

// Objects alive on this thread across all heaps (for leak tests).
size_t live_object_instances();

// The heap new objects join (set by the VM that is running on this thread).
Heap*& current_heap();

}  // namespace ls
