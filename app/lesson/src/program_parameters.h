// How scenario parameters reach a program: as module-level constants. A parameter BOIL is the
// line `BOIL = 10` (at column 1, a number literal, an optional comment); running with another
// value rewrites that literal and nothing else, so line numbers never move.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ls::lesson {

struct ConstantLine {
    int line = 0;             // 1-based
    int column = 0;           // 1-based column of the literal
    size_t offset = 0;        // byte offset of the literal in the source
    size_t length = 0;        // bytes of the literal
    double value = 0;
};

// The first top-level `NAME = <number>` line in `source`, if any.
std::optional<ConstantLine> find_constant(const std::string& source, std::string_view name);

// The Python literal for `value`: "12" for integer parameters, else the shortest float ("2.5").
std::string python_number(double value, bool integer);

// `source` with the literal of `name` replaced by `value` (unchanged if there is no such line).
std::string with_constant(const std::string& source, std::string_view name, double value, bool integer);

}  // namespace ls::lesson
