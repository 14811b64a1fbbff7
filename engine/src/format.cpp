// The format-spec mini-language, following CPython's Python/formatter_unicode.c rules.
#include "format.h"

#include <climits>
#include <cmath>

#include "bigint_util.h"

namespace ls {

namespace {

[[noreturn]] void value_error(std::string msg) { throw FormatError{FormatError::Value, std::move(msg)}; }

bool is_align(char32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

// Reads a run of ASCII digits; returns -1 when there are none.
int64_t read_number(std::u32string_view s, size_t& pos) {
    int64_t n = -1;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
        int digit = static_cast<int>(s[pos] - '0');
        if (n < 0) n = 0;
        if (n > (INT64_MAX - digit) / 10) value_error("Too many decimal digits in format string");
        n = n * 10 + digit;
        ++pos;
    }
    return n;
}

std::string type_char_text(char32_t c) {
    if (c > 0x20 && c < 0x80) return std::string(1, static_cast<char>(c));  // CPython shows ' ' as '\x20'
    char buf[16];
    std::snprintf(buf, sizeof buf, "\\x%x", static_cast<unsigned>(c));
    return buf;
}

// Inserts `sep` every `group` digits counting from the right; pads with '0' digits (and
// separators) until the text is at least `min_width` long, never starting with a separator.
std::string group_digits(std::string_view digits, char sep, size_t group, size_t min_width) {
    std::string rev;
    size_t n = digits.size();
    for (size_t k = 0; k < n || rev.size() < min_width; ++k) {
        if (sep && k > 0 && k % group == 0) rev += sep;
        rev += k < n ? digits[n - 1 - k] : '0';
    }
    return std::string(rev.rbegin(), rev.rend());
}

// Assembles sign + prefix + integer digits + rest (fraction, exponent, '%') with grouping,
// fill and alignment, as CPython does for every numeric type.
std::string layout_number(const FormatSpec& spec, std::string sign, std::string_view prefix,
                          std::string_view int_digits, std::string_view rest, size_t group) {
    char align = spec.align ? spec.align : '>';
    size_t lead = sign.size() + prefix.size();
    size_t zero_width = 0;
    bool zero_pad = spec.fill == "0" && align == '=';
    if (zero_pad && spec.width > 0 && static_cast<size_t>(spec.width) > lead + rest.size())
        zero_width = static_cast<size_t>(spec.width) - lead - rest.size();
    std::string body = group_digits(int_digits, spec.grouping, group, zero_width);
    body += rest;
    size_t len = lead + utf8_length(body);
    std::string head = sign + std::string(prefix);
    if (spec.width < 0 || static_cast<size_t>(spec.width) <= len) return head + body;
    size_t pad = static_cast<size_t>(spec.width) - len;
    auto fill = [&](size_t count) {
        std::string f;
        for (size_t i = 0; i < count; ++i) f += spec.fill;
        return f;
    };
    switch (align) {
        case '<': return head + body + fill(pad);
        case '^': return fill(pad / 2) + head + body + fill(pad - pad / 2);
        case '=': return head + fill(pad) + body;
        default: return fill(pad) + head + body;
    }
}

std::string sign_text(bool negative, char sign) {
    if (negative) return "-";
    if (sign == '+') return "+";
    if (sign == ' ') return " ";
    return "";
}

}  // namespace

FormatSpec parse_format_spec(std::string_view spec_utf8, std::string_view type_name, char default_align) {
    FormatSpec f;
    f.type_name = std::string(type_name);
    std::u32string s = utf8_to_u32(spec_utf8);
    size_t pos = 0;
    bool align_specified = false;
    if (s.size() >= 2 && is_align(s[1])) {
        f.fill = utf8_encode(s[0]);
        f.fill_specified = true;
        f.align = static_cast<char>(s[1]);
        align_specified = true;
        pos = 2;
    } else if (!s.empty() && is_align(s[0])) {
        f.align = static_cast<char>(s[0]);
        align_specified = true;
        pos = 1;
    }
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) f.sign = static_cast<char>(s[pos++]);
    if (pos < s.size() && s[pos] == 'z') { f.no_neg_zero = true; ++pos; }
    if (pos < s.size() && s[pos] == '#') { f.alternate = true; ++pos; }
    if (!f.fill_specified && pos < s.size() && s[pos] == '0') {
        f.fill = "0";
        if (!align_specified && default_align == '>') f.align = '=';
        ++pos;
    }
    f.width = read_number(s, pos);
    // Beyond this the result could not fit any memory budget (CPython would try for minutes).
    constexpr int64_t kMaxField = 100'000'000;
    if (f.width > kMaxField) throw FormatError{FormatError::Memory, "format width too large"};
    // ",_" and "_," conflict; a repeated ",," or "__" leaves the second as the type character.
    if (pos < s.size() && s[pos] == ',') { f.grouping = ','; ++pos; }
    if (pos < s.size() && s[pos] == '_') {
        if (f.grouping) value_error("Cannot specify both ',' and '_'.");
        f.grouping = '_';
        ++pos;
    }
    if (pos < s.size() && s[pos] == ',' && f.grouping == '_') value_error("Cannot specify both ',' and '_'.");
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        f.precision = read_number(s, pos);
        if (f.precision < 0) value_error("Format specifier missing precision");
    }
    if (s.size() - pos > 1) {
        value_error("Invalid format specifier '" + std::string(spec_utf8) + "' for object of type '" +
                    std::string(type_name) + "'");
    }
    if (pos < s.size()) f.type = s[pos];
    if (f.grouping) {
        switch (f.type) {
            case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                break;
            case 'b': case 'o': case 'x': case 'X':
                if (f.grouping == '_') break;
                [[fallthrough]];
            default:
                value_error(std::string("Cannot specify '") + f.grouping + "' with '" + type_char_text(s[pos]) + "'.");
        }
    }
    return f;
}

std::string format_int_with_spec(const mpz_class& v, const FormatSpec& spec) {
    switch (spec.type) {
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
            bool overflow = false;
            double d = mpz_to_double(v, overflow);
            if (overflow) throw FormatError{FormatError::Overflow, "int too large to convert to float"};
            return format_float_with_spec(d, spec);
        }
        case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
            break;
        default:
            value_error("Unknown format code '" + type_char_text(spec.type) +
                        "' for object of type '" + spec.type_name + "'");
    }
    if (spec.precision >= 0) value_error("Precision not allowed in integer format specifier");
    if (spec.no_neg_zero) value_error("Negative zero coercion (z) not allowed in integer format specifier");
    if (spec.type == 'c') {
        if (spec.sign) value_error("Sign not allowed with integer format specifier 'c'");
        if (spec.alternate) value_error("Alternate form (#) not allowed with integer format specifier 'c'");
        if (v < 0 || v > 0x10FFFF) throw FormatError{FormatError::Overflow, "%c arg not in range(0x110000)"};
        FormatSpec as_str = spec;
        as_str.type = 0;
        return layout_number(as_str, "", "", "", utf8_encode(static_cast<char32_t>(v.get_ui())), 3);
    }
    int base = 10;
    std::string prefix;
    switch (spec.type) {
        case 'b': base = 2; prefix = "0b"; break;
        case 'o': base = 8; prefix = "0o"; break;
        case 'x': base = 16; prefix = "0x"; break;
        case 'X': base = -16; prefix = "0X"; break;
        default: break;
    }
    if (!spec.alternate) prefix.clear();
    mpz_class a = abs(v);
    if (base == 10 && mpz_sizeinbase(a.get_mpz_t(), 2) > 14000 && mpz_decimal_digits(a) > 4300)
        value_error("Exceeds the limit (4300 digits) for integer string conversion; "
                    "use sys.set_int_max_str_digits() to increase the limit");
    std::string digits = a.get_str(base);
    size_t group = (base == 10) ? 3 : 4;
    return layout_number(spec, sign_text(v < 0, spec.sign), prefix, digits, "", group);
}

std::string format_float_with_spec(double v, const FormatSpec& spec) {
    char32_t type = spec.type;
    int64_t precision = spec.precision;
    bool add_dot_0 = false;
    switch (type) {
        case 0:
            add_dot_0 = true;
            type = precision < 0 ? 'r' : 'g';
            break;
        case 'n': type = 'g'; break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': break;
        default:
            value_error("Unknown format code '" + type_char_text(type) +
                        "' for object of type 'float'");
    }
    if (precision < 0) precision = 6;
    if (precision > INT_MAX) value_error("precision too big");
    if (precision > 100'000'000) throw FormatError{FormatError::Memory, "format precision too large"};
    std::string suffix;
    double x = v;
    if (type == '%') { x *= 100; type = 'f'; suffix = "%"; }
    std::string text = format_abs_double(x, static_cast<char>(type), static_cast<int>(precision), spec.alternate, add_dot_0);
    bool negative = std::signbit(x) && !std::isnan(x);
    if (negative && spec.no_neg_zero && text.find_first_of("123456789") == std::string::npos &&
        !std::isinf(x))
        negative = false;
    // Split the digits before the point (they are grouped and zero-padded) from the rest.
    size_t int_end = text.find_first_not_of("0123456789");
    if (int_end == std::string::npos) int_end = text.size();
    std::string int_part = text.substr(0, int_end);
    std::string rest = text.substr(int_end) + suffix;
    return layout_number(spec, sign_text(negative, spec.sign), "", int_part, rest, 3);
}

std::string format_str_with_spec(std::string_view utf8, const FormatSpec& spec) {
    if (spec.type != 0 && spec.type != 's')
        value_error("Unknown format code '" + type_char_text(spec.type) +
                    "' for object of type 'str'");
    if (spec.sign == ' ') value_error("Space not allowed in string format specifier");
    if (spec.sign) value_error("Sign not allowed in string format specifier");
    if (spec.no_neg_zero) value_error("Negative zero coercion (z) not allowed in string format specifier");
    if (spec.alternate) value_error("Alternate form (#) not allowed in string format specifier");
    if (spec.align == '=') value_error("'=' alignment not allowed in string format specifier");
    if (spec.grouping) value_error(std::string("Cannot specify '") + spec.grouping + "' with 's'.");
    std::string_view text = utf8;
    if (spec.precision >= 0) text = utf8_substr(utf8, 0, static_cast<size_t>(spec.precision));
    if (spec.width < 0) return std::string(text);
    size_t len = utf8_length(text);
    if (static_cast<size_t>(spec.width) <= len) return std::string(text);
    size_t pad = static_cast<size_t>(spec.width) - len;
    auto fill = [&](size_t count) {
        std::string f;
        for (size_t i = 0; i < count; ++i) f += spec.fill;
        return f;
    };
    switch (spec.align ? spec.align : '<') {
        case '>': return fill(pad) + std::string(text);
        case '^': return fill(pad / 2) + std::string(text) + fill(pad - pad / 2);
        default: return std::string(text) + fill(pad);
    }
}

std::string format_int(const mpz_class& v, std::string_view spec, std::string_view type_name) {
    return format_int_with_spec(v, parse_format_spec(spec, type_name, '>'));
}

std::string format_float(double v, std::string_view spec) {
    return format_float_with_spec(v, parse_format_spec(spec, "float", '>'));
}

std::string format_str(std::string_view utf8, std::string_view spec) {
    return format_str_with_spec(utf8, parse_format_spec(spec, "str", '<'));
}

}  // namespace ls
