// The `world:` section of lesson.yaml (simulated URLs, files, network and disk; the schema is
// engine/WORLD.md) turned into the JSON the engine takes as RunOptions::world_json.
#pragma once

#include <optional>
#include <string>

#include "yaml_fields.h"

namespace ls::lesson {

// Checks the keys (with suggestions for misspelt ones) and the types of the numbers and texts
// the world schema names, converts the rest as it is (plain scalars that read as numbers,
// true/false or null become those; anything quoted stays text), and returns the JSON. Nothing
// after reporting errors. Values the engine checks further (status ranges, error kinds) are
// reported by `check` when the engine rejects them.
std::optional<std::string> read_world(YamlErrors& errors, const YAML::Node& world);

}  // namespace ls::lesson
