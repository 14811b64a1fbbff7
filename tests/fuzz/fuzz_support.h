// What the fuzz targets share: a Host that throws output away (keeping only its size) and the
// budgets a fuzzed program runs under.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <loopscope/engine.h>

namespace ls::fuzz {

// Discards a program's output; counts bytes so a target can check that output stays bounded.
class DiscardHost : public Host {
public:
    void write(Stream, std::string_view text) override { bytes += text.size(); }
    size_t bytes = 0;
};

// Small budgets: a fuzzed program must end in milliseconds, whatever it does.
RunOptions small_run_options();

inline std::string as_string(const uint8_t* data, size_t size) {
    return std::string(reinterpret_cast<const char*>(data), size);
}

}  // namespace ls::fuzz
