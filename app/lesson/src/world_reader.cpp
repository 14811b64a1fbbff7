#include "world_reader.h"

#include <charconv>
#include <cmath>

#include <nlohmann/json.hpp>

namespace ls::lesson {
namespace {

using Json = nlohmann::ordered_json;

// A YAML node as JSON: plain scalars that read as numbers, booleans or null become those.
Json to_json(const YAML::Node& node) {
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        Json object = Json::object();
        for (auto it = node.begin(); it != node.end(); ++it) object[it->first.Scalar()] = to_json(it->second);
        return object;
    }
    case YAML::NodeType::Sequence: {
        Json array = Json::array();
        for (const YAML::Node& item : node) array.push_back(to_json(item));
        return array;
    }
    case YAML::NodeType::Scalar: {
        const std::string& text = node.Scalar();
        if (node.Tag() == "!") return text;  // quoted or block: text
        if (text == "true" || text == "True") return true;
        if (text == "false" || text == "False") return false;
        if (text == "null" || text == "~") return nullptr;
        const char* begin = text.data();
        const char* end = text.data() + text.size();
        long long whole = 0;
        if (auto [p, ec] = std::from_chars(begin, end, whole); ec == std::errc() && p == end && !text.empty()) return whole;
        double number = 0;
        if (auto [p, ec] = std::from_chars(begin, end, number); ec == std::errc() && p == end && std::isfinite(number))
            return number;
        return text;
    }
    default:
        return nullptr;
    }
}

void check_number(YamlErrors& errors, const Fields& fields, std::string_view key) {
    if (YAML::Node n = fields.get(key); n.IsDefined()) {
        if (auto v = read_number(errors, n, key); v && *v < 0)
            errors.at(n, "bad-value", std::string(key) + " must not be negative");
    }
}

void check_answer(YamlErrors& errors, const YAML::Node& node, const std::string& what, bool allow_methods) {
    if (node.IsScalar()) return;  // a plain string is the body of a 200 answer
    // Under `methods` an answer may not have `methods` of its own.
    // The keys of one URL's answer (WORLD.md, `urls`).
    const Fields fields = allow_methods ? Fields(errors, node, what, {"latency", "status", "reason", "body", "json", "content_type",
                                                                      "headers", "bandwidth", "error", "ip", "methods"})
                                        : Fields(errors, node, what, {"latency", "status", "reason", "body", "json", "content_type",
                                                                      "headers", "bandwidth", "error", "ip"});
    if (!fields.is_map()) return;
    check_number(errors, fields, "latency");
    check_number(errors, fields, "bandwidth");
    if (YAML::Node n = fields.get("status"); n.IsDefined()) read_integer(errors, n, "status");
    for (std::string_view key : {"reason", "body", "content_type", "error", "ip"})
        if (YAML::Node n = fields.get(key); n.IsDefined()) read_string(errors, n, key);
    if (YAML::Node methods = fields.get("methods"); methods.IsDefined()) {
        if (!methods.IsMap()) {
            errors.at(methods, "bad-type", "methods must map HTTP methods to answers");
        } else {
            for (auto it = methods.begin(); it != methods.end(); ++it)
                check_answer(errors, it->second, what + " for " + it->first.Scalar(), false);
        }
    }
}

}  // namespace

std::optional<std::string> read_world(YamlErrors& errors, const YAML::Node& world) {
    const size_t errors_before = errors.count();
    const Fields fields(errors, world, "world", {"urls", "files", "directories", "network", "disk"});
    if (!fields.is_map()) return std::nullopt;

    if (const YAML::Node urls = fields.get("urls"); urls.IsDefined()) {
        if (!urls.IsMap()) {
            errors.at(urls, "bad-type", "world.urls must map URLs to their answers");
        } else {
            for (auto it = urls.begin(); it != urls.end(); ++it) {
                auto url = read_string(errors, it->first, "a URL");
                if (!url) continue;
                if (url->rfind("http://", 0) != 0 && url->rfind("https://", 0) != 0)
                    errors.at(it->first, "bad-value", "a URL must start with http:// or https://, not '" + *url + "'");
                check_answer(errors, it->second, "the URL '" + *url + "'", true);
            }
        }
    }
    if (const YAML::Node files = fields.get("files"); files.IsDefined()) {
        if (!files.IsMap()) {
            errors.at(files, "bad-type", "world.files must map file names to their contents");
        } else {
            for (auto it = files.begin(); it != files.end(); ++it) {
                auto name = read_string(errors, it->first, "a file name");
                if (!name || it->second.IsScalar()) continue;
                const Fields file(errors, it->second, "the file '" + *name + "'", {"content", "latency", "bandwidth"});
                if (!file.is_map()) continue;
                if (YAML::Node n = file.require("content"); n.IsDefined()) read_string(errors, n, "content");
                check_number(errors, file, "latency");
                check_number(errors, file, "bandwidth");
            }
        }
    }
    if (const YAML::Node directories = fields.get("directories"); directories.IsDefined()) {
        if (expect_sequence(errors, directories, "world.directories"))
            for (const YAML::Node& d : directories) read_string(errors, d, "a directory");
    }
    if (const YAML::Node network = fields.get("network"); network.IsDefined()) {
        const Fields n(errors, network, "world.network", {"latency", "bandwidth"});
        check_number(errors, n, "latency");
        check_number(errors, n, "bandwidth");
    }
    if (const YAML::Node disk = fields.get("disk"); disk.IsDefined()) {
        const Fields d(errors, disk, "world.disk", {"latency", "bandwidth", "capacity"});
        check_number(errors, d, "latency");
        check_number(errors, d, "bandwidth");
        check_number(errors, d, "capacity");
    }
    if (errors.count() != errors_before) return std::nullopt;
    try {
        return to_json(world).dump();
    } catch (const nlohmann::json::exception&) {
        // Found by world_fuzz: YAML's escapes \_ \N \L \P in a double-quoted string give raw
        // bytes that are not UTF-8, which JSON cannot hold (the checker used to abort).
        errors.at(world, "bad-value",
                  "the world has text that is not valid UTF-8 (YAML escapes such as \\_ or \\N give such bytes): "
                  "write the character itself");
        return std::nullopt;
    }
}

}  // namespace ls::lesson
