// "Did you mean: 'lenght'?" — the closest candidate name by CPython 3.11's weighted
// Levenshtein distance (Python/suggestions.c), or "" when none is close enough.
#pragma once

#include <string>
#include <vector>

namespace ls {

std::string suggest_name(const std::vector<std::string>& candidates, const std::string& name);

}  // namespace ls
