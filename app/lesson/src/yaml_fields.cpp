#include "yaml_fields.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "suggest.h"

namespace ls::lesson {
namespace {

std::string kind_name(const YAML::Node& node) {
    switch (node.Type()) {
    case YAML::NodeType::Map: return "a mapping";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Null: return "nothing (an empty value)";
    case YAML::NodeType::Scalar: return "'" + node.Scalar() + "'";
    default: return "nothing";
    }
}

bool is_plain_scalar(const YAML::Node& node) {
    // yaml-cpp tags plain scalars "?" and quoted ones "!": a quoted "3" is text, not a number.
    return node.IsScalar() && node.Tag() != "!";
}

}  // namespace

Position YamlErrors::position(const YAML::Mark& mark) const {
    if (mark.is_null()) return {};
    Position at{mark.line + 1, mark.column + 1};
    if (!text_ || mark.pos < 0 || static_cast<size_t>(mark.pos) > text_->size()) return at;
    // Count characters, not bytes, from the start of the line: UTF-8 continuation bytes
    // (10xxxxxx) do not start a character.
    const size_t end = static_cast<size_t>(mark.pos);
    const size_t line_start = end == 0 ? 0 : text_->rfind('\n', end - 1) + 1;  // npos + 1 == 0
    int column = 1;
    for (size_t i = line_start; i < end; ++i)
        if ((static_cast<unsigned char>((*text_)[i]) & 0xC0) != 0x80) ++column;
    at.column = column;
    return at;
}

void YamlErrors::at(const YAML::Node& node, std::string code, std::string message) {
    if (node.IsNull()) {
        for (const auto& [value, key] : null_keys_)
            if (value.is(node)) return at(key, std::move(code), std::move(message));
    }
    at(node.Mark(), std::move(code), std::move(message));
}

void YamlErrors::at(const YAML::Mark& mark, std::string code, std::string message) {
    LessonError error;
    error.file = file_;
    Position at = position(mark);
    if (at.line == 0) at = {1, 1};  // an empty document: its beginning
    error.line = at.line;
    error.column = at.column;
    error.code = std::move(code);
    error.message = std::move(message);
    errors_.push_back(std::move(error));
}

Fields::Fields(YamlErrors& errors, const YAML::Node& node, std::string what,
               std::initializer_list<std::string_view> allowed)
    : errors_(errors), node_(node), what_(std::move(what)) {
    if (!node.IsMap()) {
        errors_.at(node, "bad-type", what_ + " must be a mapping of keys to values, not " + kind_name(node));
        return;
    }
    is_map_ = true;
    const std::vector<std::string_view> allowed_keys(allowed);
    for (auto it = node.begin(); it != node.end(); ++it) {
        const YAML::Node key = it->first;
        if (!key.IsScalar()) {
            errors_.at(key, "bad-type", "a key in " + what_ + " must be a plain word");
            continue;
        }
        const std::string name = key.Scalar();
        if (std::find(allowed_keys.begin(), allowed_keys.end(), name) == allowed_keys.end()) {
            std::string list;
            for (std::string_view k : allowed_keys) list += (list.empty() ? "" : ", ") + std::string(k);
            const std::string hint = did_you_mean(name, allowed_keys);
            if (!hint.empty()) suggested_.push_back(closest_match(name, allowed_keys));
            errors_.at(key, "unknown-key",
                       "unknown key '" + name + "' in " + what_ +
                           (hint.empty() ? " (allowed: " + list + ")" : hint));
            continue;
        }
        const bool duplicate = std::any_of(entries_.begin(), entries_.end(),
                                           [&](const auto& e) { return e.first == name; });
        if (duplicate) {
            errors_.at(key, "duplicate-key", "key '" + name + "' appears twice in " + what_);
            continue;
        }
        if (it->second.IsNull()) errors_.remember_key_of_null(it->second, key.Mark());
        entries_.emplace_back(name, it->second);
    }
}

YAML::Node Fields::get(std::string_view key) const {
    for (const auto& [name, value] : entries_)
        if (name == key) return value;
    return YAML::Node(YAML::NodeType::Undefined);
}

YAML::Node Fields::require(std::string_view key) const {
    YAML::Node value = get(key);
    const bool misspelt = std::find(suggested_.begin(), suggested_.end(), key) != suggested_.end();
    if (!value.IsDefined() && is_map_ && !misspelt)
        errors_.at(node_, "missing-key", what_ + " needs the key '" + std::string(key) + "'");
    return value;
}

std::optional<std::string> read_string(YamlErrors& errors, const YAML::Node& node, std::string_view what) {
    if (!node.IsScalar()) {
        errors.at(node, "bad-type", std::string(what) + " must be text, not " + kind_name(node));
        return std::nullopt;
    }
    return node.Scalar();
}

std::optional<long long> read_integer(YamlErrors& errors, const YAML::Node& node, std::string_view what) {
    if (is_plain_scalar(node)) {
        const std::string& text = node.Scalar();
        long long value = 0;
        const char* begin = text.data() + (text.size() > 1 && text[0] == '+' ? 1 : 0);
        auto [end, ec] = std::from_chars(begin, text.data() + text.size(), value);
        if (ec == std::errc() && end == text.data() + text.size() && !text.empty()) return value;
    }
    errors.at(node, "bad-type", std::string(what) + " must be a whole number, not " + kind_name(node));
    return std::nullopt;
}

std::optional<Number> read_literal_number(YamlErrors& errors, const YAML::Node& node, std::string_view what) {
    if (is_plain_scalar(node)) {
        const std::string& text = node.Scalar();
        const char* begin = text.data() + (text.size() > 1 && text[0] == '+' ? 1 : 0);
        const char* last = text.data() + text.size();
        long long whole = 0;
        auto [iend, iec] = std::from_chars(begin, last, whole);
        if (!text.empty() && iec == std::errc() && iend == last) return Number{static_cast<double>(whole), true};
        double value = 0;
        auto [end, ec] = std::from_chars(begin, last, value);
        if (!text.empty() && ec == std::errc() && end == last && std::isfinite(value)) return Number{value, false};
    }
    errors.at(node, "bad-type", std::string(what) + " must be a number, not " + kind_name(node));
    return std::nullopt;
}

std::optional<double> read_number(YamlErrors& errors, const YAML::Node& node, std::string_view what) {
    auto number = read_literal_number(errors, node, what);
    if (!number) return std::nullopt;
    return number->value;
}

std::optional<bool> read_bool(YamlErrors& errors, const YAML::Node& node, std::string_view what) {
    if (is_plain_scalar(node)) {
        const std::string& text = node.Scalar();
        if (text == "true" || text == "True") return true;
        if (text == "false" || text == "False") return false;
    }
    errors.at(node, "bad-type", std::string(what) + " must be true or false, not " + kind_name(node));
    return std::nullopt;
}

std::optional<Text> read_text(YamlErrors& errors, const YAML::Node& node, std::string_view what,
                              bool plain_allowed) {
    if (plain_allowed && node.IsScalar()) return Text{node.Scalar(), node.Scalar()};
    if (!node.IsMap()) {
        errors.at(node, "bad-type", std::string(what) + " must give the text per language ({en: ..., zh_CN: ...}), not " + kind_name(node));
        return std::nullopt;
    }
    Fields fields(errors, node, std::string(what), {"en", "zh_CN"});
    Text text;
    bool complete = true;
    for (std::string_view language : kLanguages) {
        const YAML::Node value = fields.get(language);
        if (!value.IsDefined()) {
            errors.at(node, "missing-translation",
                      std::string(what) + " has no '" + std::string(language) + "' text (missing translation)");
            complete = false;
            continue;
        }
        auto s = read_string(errors, value, std::string(what) + " (" + std::string(language) + ")");
        if (!s) { complete = false; continue; }
        if (s->empty()) {
            errors.at(value, "missing-translation", std::string(what) + " (" + std::string(language) + ") is empty");
            complete = false;
            continue;
        }
        (language == "en" ? text.en : text.zh_CN) = *s;
    }
    if (!complete) return std::nullopt;
    return text;
}

bool expect_sequence(YamlErrors& errors, const YAML::Node& node, std::string_view what) {
    if (node.IsSequence()) return true;
    errors.at(node, "bad-type", std::string(what) + " must be a list, not " + kind_name(node));
    return false;
}

}  // namespace ls::lesson
