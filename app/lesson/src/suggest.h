// "Did you mean ...?" for misspelt keys and names.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace ls::lesson {

// The candidate closest to `word` by edit distance (insertions, deletions, substitutions and
// swaps of neighbours), if it is close enough to be a plausible typo; otherwise "".
std::string closest_match(std::string_view word, std::span<const std::string_view> candidates);

// " (did you mean 'x'?)" or "" — ready to append to a message.
std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates);

}  // namespace ls::lesson
