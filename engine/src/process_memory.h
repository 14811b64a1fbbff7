// How much memory this process holds, for the run's memory budget (VM::check_memory).
#pragma once

#include <cstddef>

namespace ls {

// Resident set size in bytes (Linux: /proc/self/statm), about a microsecond per call; 0 where it
// cannot be read, which turns the budget check off rather than stopping a run by mistake.
size_t resident_memory_bytes();

// The same at the start of a run, after returning memory freed by earlier runs in this process
// to the system (glibc keeps it resident otherwise, and the run's growth would go unseen).
size_t resident_memory_baseline();

// Asks the kernel to back a large, long-lived table with huge pages (Linux, where transparent
// huge pages are on "madvise"): filling it then takes a page fault per 2 MB instead of per 4 KB.
// A hint only; it changes no contents.
void advise_huge_pages(void* data, size_t bytes);

}  // namespace ls
