// Finds where a value sits in JSON text, for error messages with line and column: nlohmann's
// values do not remember their position, so a schema error names a path and this walks the
// (already validated) text to it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ls {

struct JsonStep {
    bool is_index = false;
    std::string key;
    size_t index = 0;
    static JsonStep member(std::string k) { return {false, std::move(k), 0}; }
    static JsonStep at(size_t i) { return {true, {}, i}; }
};
using JsonPath = std::vector<JsonStep>;

// Byte offset of the value at `path` (or of its member key when `at_key`), or of the deepest
// part of the path that exists. `json` must be valid JSON.
size_t locate_json_path(std::string_view json, const JsonPath& path, bool at_key);

// 1-based line and column (in characters) of a byte offset.
std::pair<int, int> line_and_column(std::string_view text, size_t offset);

}  // namespace ls
