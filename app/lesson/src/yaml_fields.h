// Typed reading of a YAML document with positions: every problem (unknown or duplicate key,
// wrong type, missing translation) becomes a LessonError at the node's line and column.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/depthguard.h>  // YAML::DeepRecursion: yaml.h does not include it
#include <yaml-cpp/yaml.h>

#include <loopscope/lesson.h>

namespace ls::lesson {

// Where errors about one YAML file go.
class YamlErrors {
public:
    YamlErrors(std::string file, std::vector<LessonError>& errors) : file_(std::move(file)), errors_(errors) {}

    // The YAML text, so that columns count characters as editors do (yaml-cpp counts bytes).
    void set_text(const std::string* text) { text_ = text; }
    // 1-based line and character column of `mark` ({0, 0} for a null mark).
    Position position(const YAML::Mark& mark) const;

    void at(const YAML::Mark& mark, std::string code, std::string message);
    // A null value (`key:` with nothing after it) is reported at its key: yaml-cpp marks it
    // at the next token, often on the next line.
    void at(const YAML::Node& node, std::string code, std::string message);
    void remember_key_of_null(const YAML::Node& value, const YAML::Mark& key) { null_keys_.emplace_back(value, key); }
    const std::string& file() const { return file_; }
    size_t count() const { return errors_.size(); }

private:
    std::string file_;
    std::vector<LessonError>& errors_;
    const std::string* text_ = nullptr;
    std::vector<std::pair<YAML::Node, YAML::Mark>> null_keys_;
};

// One YAML mapping with a fixed set of keys. Construction reports a node that is not a
// mapping, keys that are not allowed (with the closest allowed key) and keys given twice.
class Fields {
public:
    Fields(YamlErrors& errors, const YAML::Node& node, std::string what,
           std::initializer_list<std::string_view> allowed);

    bool is_map() const { return is_map_; }
    const YAML::Node& node() const { return node_; }
    // The value of `key`, or an undefined node when absent (test with `if (node)`).
    YAML::Node get(std::string_view key) const;
    // Like get(), but reports "missing key" at the mapping when absent.
    YAML::Node require(std::string_view key) const;

private:
    YamlErrors& errors_;
    YAML::Node node_;
    std::string what_;
    bool is_map_ = false;
    std::vector<std::pair<std::string, YAML::Node>> entries_;
    std::vector<std::string> suggested_;  // keys offered for misspelt ones: not reported missing again
};

// Scalars. Each reports a wrong type at the node (`what` names the field in the message).
std::optional<std::string> read_string(YamlErrors& errors, const YAML::Node& node, std::string_view what);
std::optional<long long> read_integer(YamlErrors& errors, const YAML::Node& node, std::string_view what);
std::optional<double> read_number(YamlErrors& errors, const YAML::Node& node, std::string_view what);
std::optional<bool> read_bool(YamlErrors& errors, const YAML::Node& node, std::string_view what);

// A number as written: value and whether it was an integer literal.
struct Number {
    double value = 0;
    bool integer = false;
};
std::optional<Number> read_literal_number(YamlErrors& errors, const YAML::Node& node, std::string_view what);

// `{en: ..., zh_CN: ...}`; both languages required ("missing-translation").
// With `plain_allowed`, a plain string stands for the same text in both languages.
std::optional<Text> read_text(YamlErrors& errors, const YAML::Node& node, std::string_view what,
                              bool plain_allowed = false);

// A sequence node; reports anything else. Returns false when `node` is not a sequence.
bool expect_sequence(YamlErrors& errors, const YAML::Node& node, std::string_view what);

}  // namespace ls::lesson
