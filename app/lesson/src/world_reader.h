// The `world:` section of lesson.yaml (simulated URLs and files) turned into the JSON the engine
// takes as RunOptions::world_json.
#pragma once

#include <optional>
#include <string>

#include "yaml_fields.h"

namespace ls::lesson {

// Validates `world` (urls: URL -> {latency, status, body}; files: PATH -> text) and returns its
// JSON, or nothing after reporting errors.
std::optional<std::string> read_world(YamlErrors& errors, const YAML::Node& world);

}  // namespace ls::lesson
