#include "world_reader.h"

#include <nlohmann/json.hpp>

namespace ls::lesson {

std::optional<std::string> read_world(YamlErrors& errors, const YAML::Node& world) {
    const size_t errors_before = errors.count();
    Fields fields(errors, world, "world", {"urls", "files"});
    nlohmann::ordered_json json = nlohmann::ordered_json::object();
    if (!fields.is_map()) return std::nullopt;

    json["urls"] = nlohmann::ordered_json::object();
    const YAML::Node urls = fields.get("urls");
    if (urls.IsDefined() && !urls.IsMap())
        errors.at(urls, "bad-type", "world.urls must map URLs to {latency, status, body}");
    // URLs are free-form keys, so they are read here rather than through Fields' key list.
    if (urls.IsMap()) {
        for (auto it = urls.begin(); it != urls.end(); ++it) {
            auto url = read_string(errors, it->first, "a URL");
            if (!url) continue;
            Fields page(errors, it->second, "the URL '" + *url + "'", {"latency", "status", "body"});
            if (!page.is_map()) continue;
            nlohmann::ordered_json entry = nlohmann::ordered_json::object();
            if (YAML::Node n = page.get("latency"); n.IsDefined()) {
                if (auto v = read_number(errors, n, "latency")) {
                    if (*v < 0) errors.at(n, "bad-value", "latency must not be negative");
                    entry["latency"] = *v;
                }
            }
            if (YAML::Node n = page.get("status"); n.IsDefined()) {
                if (auto v = read_integer(errors, n, "status")) {
                    if (*v < 100 || *v > 599) errors.at(n, "bad-value", "status must be an HTTP status code (100-599)");
                    entry["status"] = *v;
                }
            }
            if (YAML::Node n = page.get("body"); n.IsDefined()) {
                if (auto v = read_string(errors, n, "body")) entry["body"] = *v;
            }
            json["urls"][*url] = std::move(entry);
        }
    }
    json["files"] = nlohmann::ordered_json::object();
    if (const YAML::Node files = fields.get("files"); files.IsDefined()) {
        if (!files.IsMap()) {
            errors.at(files, "bad-type", "world.files must map file names to their contents");
        } else {
            for (auto it = files.begin(); it != files.end(); ++it) {
                auto name = read_string(errors, it->first, "a file name");
                auto content = read_string(errors, it->second, "the contents of a file");
                if (name && content) json["files"][*name] = *content;
            }
        }
    }
    if (errors.count() != errors_before) return std::nullopt;
    return json.dump();
}

}  // namespace ls::lesson
