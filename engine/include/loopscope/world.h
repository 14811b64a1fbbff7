// Checking a simulated world (RunOptions::world_json) before running anything, so tools can
// report a bad world file with its position. Schema: engine/WORLD.md.
#pragma once

#include <optional>
#include <string>

namespace ls {

struct WorldProblem {
    int line = 0;    // 1-based; 0 when no position applies
    int column = 0;  // 1-based, in characters
    std::string message;
};

// Nullopt when `world_json` is a valid world (an empty string is the empty world).
std::optional<WorldProblem> check_world(const std::string& world_json);

// "FILE:LINE:COLUMN: message" (or "FILE: message" without a position).
std::string format_world_problem(const std::string& file, const WorldProblem& problem);

}  // namespace ls
