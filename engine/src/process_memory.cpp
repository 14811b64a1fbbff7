#include "process_memory.h"

#include <cstdlib>

#include <cstdint>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ls {

size_t resident_memory_bytes() {
    // statm's second field counts resident pages. The file stays open and is re-read with
    // pread, which costs about a microsecond, so the VM can look every 65,536 instructions.
    static const int fd = ::open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
    static const long page = ::sysconf(_SC_PAGESIZE);
    if (fd < 0 || page <= 0) return 0;
    char buf[128];
    const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
    if (n <= 0) return 0;
    buf[n] = '\0';
    char* end = nullptr;
    std::strtoul(buf, &end, 10);                          // total program size
    const unsigned long resident = std::strtoul(end, nullptr, 10);
    return static_cast<size_t>(resident) * static_cast<size_t>(page);
}

size_t resident_memory_baseline() {
#if defined(__GLIBC__)
    // Memory an earlier run freed may still be resident; a new run could reuse it unseen.
    ::malloc_trim(0);
#endif
    return resident_memory_bytes();
}

void advise_huge_pages(void* data, size_t bytes) {
#if defined(MADV_HUGEPAGE)
    constexpr uintptr_t kHuge = uintptr_t{2} << 20;
    const uintptr_t begin = (reinterpret_cast<uintptr_t>(data) + kHuge - 1) & ~(kHuge - 1);
    const uintptr_t end = (reinterpret_cast<uintptr_t>(data) + bytes) & ~(kHuge - 1);
    if (end > begin) ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
    (void)data;
    (void)bytes;
#endif
}

}  // namespace ls
