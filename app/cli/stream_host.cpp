#include "stream_host.h"

namespace ls::cli {

void StreamHost::write(ls::Stream stream, std::string_view text) {
    if (stream == ls::Stream::Stdout) {
        // Buffered by stdio (line-buffered on a terminal), like python3's stdout.
        std::fwrite(text.data(), 1, text.size(), out_);
        return;
    }
    // stdout first, so that on a shared terminal (or 2>&1) the two streams interleave in the
    // order the program wrote them; stderr itself is unbuffered.
    std::fflush(out_);
    std::fwrite(text.data(), 1, text.size(), err_);
    std::fflush(err_);
}

}  // namespace ls::cli
