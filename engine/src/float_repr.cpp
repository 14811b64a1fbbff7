#include "float_repr.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <vector>

namespace ls {

namespace {

// |x| as significant digits and a decimal point position: x = 0.DIGITS * 10**decpt.
struct Digits {
    std::string digits;  // no leading zeros except for zero itself ("0")
    int decpt = 0;
};

// Splits std::to_chars' scientific output ("1.2345e+02") into digits and decpt.
Digits split_scientific(const char* begin, const char* end) {
    Digits d;
    const char* p = begin;
    for (; p != end && *p != 'e'; ++p)
        if (*p != '.') d.digits += *p;
    int exp = 0;
    if (p != end) {
        const char* q = p + 1;
        if (q != end && *q == '+') ++q;  // from_chars takes '-' but not '+'
        std::from_chars(q, end, exp);
    }
    d.decpt = exp + 1;
    return d;
}

// Shortest digits that round-trip (what repr uses).
Digits shortest_digits(double ax) {
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, ax, std::chars_format::scientific);
    return split_scientific(buf, r.ptr);
}

// Correctly rounded to `n` significant digits (n >= 1), trailing zeros kept.
Digits rounded_digits(double ax, int n) {
    std::vector<char> buf(static_cast<size_t>(n) + 32);
    auto r = std::to_chars(buf.data(), buf.data() + buf.size(), ax, std::chars_format::scientific, n - 1);
    return split_scientific(buf.data(), r.ptr);
}

std::string exponent_suffix(int exp) {
    std::string s = exp < 0 ? "e-" : "e+";
    int a = std::abs(exp);
    if (a < 10) s += '0';
    s += std::to_string(a);
    return s;
}

// Lays out digits either as d.ddde+XX or as fixed point, padding with zeros to `min_digits`
// significant digits (the '#' flag of 'g').
std::string layout(Digits d, bool use_exp, size_t min_digits, bool force_point, bool add_dot_0) {
    if (d.digits.size() < min_digits) d.digits.append(min_digits - d.digits.size(), '0');
    std::string out;
    if (use_exp) {
        out += d.digits[0];
        if (d.digits.size() > 1 || force_point) out += '.';
        out.append(d.digits, 1);
        out += exponent_suffix(d.decpt - 1);
        return out;
    }
    if (d.decpt <= 0) {
        out = "0.";
        out.append(static_cast<size_t>(-d.decpt), '0');
        out += d.digits;
    } else if (static_cast<size_t>(d.decpt) >= d.digits.size()) {
        out = d.digits;
        out.append(static_cast<size_t>(d.decpt) - d.digits.size(), '0');
        if (force_point || add_dot_0) out += '.';
        if (add_dot_0) out += '0';
    } else {
        out = d.digits.substr(0, static_cast<size_t>(d.decpt)) + "." + d.digits.substr(static_cast<size_t>(d.decpt));
    }
    return out;
}

void strip_trailing_zeros(Digits& d) {
    while (d.digits.size() > 1 && d.digits.back() == '0') d.digits.pop_back();
}

std::string upper(std::string s) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

std::string format_abs_double(double x, char style, int precision, bool alternate, bool add_dot_0) {
    bool upper_case = style == 'E' || style == 'F' || style == 'G';
    if (std::isnan(x)) return upper_case ? "NAN" : "nan";
    if (std::isinf(x)) return upper_case ? "INF" : "inf";
    double ax = std::fabs(x);
    std::string out;
    switch (style) {
        case 'f': case 'F': {
            std::vector<char> buf(static_cast<size_t>(precision) + 340);
            auto r = std::to_chars(buf.data(), buf.data() + buf.size(), ax, std::chars_format::fixed, precision);
            out.assign(buf.data(), r.ptr);
            if (alternate && precision == 0) out += '.';
            break;
        }
        case 'e': case 'E': {
            std::vector<char> buf(static_cast<size_t>(precision) + 32);
            auto r = std::to_chars(buf.data(), buf.data() + buf.size(), ax, std::chars_format::scientific, precision);
            out.assign(buf.data(), r.ptr);
            if (alternate && precision == 0) out.insert(1, ".");
            break;
        }
        case 'g': case 'G': {
            int p = precision == 0 ? 1 : precision;
            Digits d = rounded_digits(ax, p);
            if (ax == 0.0) d = Digits{"0", 1};
            if (!alternate) strip_trailing_zeros(d);
            // With add_dot_0 (a spec without type) the switch to exponent happens one digit earlier.
            int limit = add_dot_0 ? p - 1 : p;
            bool use_exp = d.decpt <= -4 || d.decpt > limit;
            out = layout(d, use_exp, alternate ? static_cast<size_t>(p) : 0, alternate, add_dot_0);
            break;
        }
        default: {  // 'r'
            Digits d = shortest_digits(ax);
            bool use_exp = d.decpt <= -4 || d.decpt > 16;
            out = layout(d, use_exp, 0, alternate, add_dot_0);
            break;
        }
    }
    return upper_case ? upper(out) : out;
}

std::string float_repr(double x) {
    std::string body = format_abs_double(x, 'r', 0, false, true);
    if (std::signbit(x) && !std::isnan(x)) return "-" + body;
    return body;
}

}  // namespace ls
