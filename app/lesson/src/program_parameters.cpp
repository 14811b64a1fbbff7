#include "program_parameters.h"

#include <charconv>
#include <cmath>

namespace ls::lesson {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Length of a number literal (digits, '_', one '.', an exponent) starting at `text[0]`, or 0.
size_t number_length(std::string_view text) {
    size_t i = 0;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
    const size_t digits_start = i;
    bool seen_digit = false;
    while (i < text.size() && (is_digit(text[i]) || text[i] == '_' || text[i] == '.')) {
        seen_digit |= is_digit(text[i]);
        ++i;
    }
    if (!seen_digit || i == digits_start) return 0;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        size_t j = i + 1;
        if (j < text.size() && (text[j] == '-' || text[j] == '+')) ++j;
        if (j < text.size() && is_digit(text[j])) {
            while (j < text.size() && is_digit(text[j])) ++j;
            i = j;
        }
    }
    return i;
}

}  // namespace

std::optional<ConstantLine> find_constant(const std::string& source, std::string_view name) {
    size_t line_start = 0;
    int line_number = 1;
    while (line_start <= source.size()) {
        size_t line_end = source.find('\n', line_start);
        if (line_end == std::string::npos) line_end = source.size();
        std::string_view line(source.data() + line_start, line_end - line_start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.size() > name.size() && line.compare(0, name.size(), name) == 0) {
            size_t i = name.size();
            while (i < line.size() && is_space(line[i])) ++i;
            if (i < line.size() && line[i] == '=' && (i + 1 >= line.size() || line[i + 1] != '=')) {
                ++i;
                while (i < line.size() && is_space(line[i])) ++i;
                const size_t length = number_length(line.substr(i));
                size_t rest = i + length;
                while (rest < line.size() && is_space(line[rest])) ++rest;
                if (length > 0 && (rest == line.size() || line[rest] == '#')) {
                    std::string digits;
                    for (char c : line.substr(i, length))
                        if (c != '_') digits += c;
                    double value = 0;
                    const char* begin = digits.data() + (digits[0] == '+' ? 1 : 0);
                    auto [end, ec] = std::from_chars(begin, digits.data() + digits.size(), value);
                    if (ec == std::errc() && end == digits.data() + digits.size())
                        return ConstantLine{line_number, static_cast<int>(i) + 1, line_start + i, length, value};
                }
            }
        }
        if (line_end == source.size()) break;
        line_start = line_end + 1;
        ++line_number;
    }
    return std::nullopt;
}

std::string python_number(double value, bool integer) {
    if (integer) return std::to_string(static_cast<long long>(std::llround(value)));
    char buffer[64];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    std::string text(buffer, ec == std::errc() ? end : buffer);
    // Python writes a float that happens to be whole as "2.0".
    if (text.find_first_of(".eEn") == std::string::npos) text += ".0";
    return text;
}

std::string with_constant(const std::string& source, std::string_view name, double value, bool integer) {
    const auto constant = find_constant(source, name);
    if (!constant) return source;
    std::string result = source;
    result.replace(constant->offset, constant->length, python_number(value, integer));
    return result;
}

}  // namespace ls::lesson
