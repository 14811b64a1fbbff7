// The CLI's engine host: a program's output goes straight to the process's stdout and stderr.
#pragma once

#include <cstdio>
#include <string_view>

#include <loopscope/engine.h>

namespace ls::cli {

class StreamHost final : public ls::Host {
public:
    StreamHost(std::FILE* out, std::FILE* err) : out_(out), err_(err) {}
    void write(ls::Stream stream, std::string_view text) override;

private:
    std::FILE* out_;
    std::FILE* err_;
};

}  // namespace ls::cli
