// Unicode character names for "\N{...}" escapes in string literals.
#pragma once

#include <string_view>

namespace ls {

// Finds the code point named `name` (case-insensitive). False if the name is unknown to the engine.
bool lookup_unicode_name(std::string_view name, char32_t& code_point);

}  // namespace ls
