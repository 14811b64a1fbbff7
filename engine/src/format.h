// Python's formatting: the format-spec mini-language (format(), f-strings, str.format fields),
// printf-style `%` formatting and str.format's field syntax.
//
// The spec part (parse_format_spec, format_*_with_spec) is pure and reports errors by throwing
// FormatError, so it can be unit-tested without a VM; the VM-facing entry points at the bottom
// convert FormatError into the Python exception.
#pragma once

#include <cstdint>
#include <gmpxx.h>
#include <string>
#include <string_view>

#include "float_repr.h"
#include "str_util.h"

namespace ls {

class VM;
struct Args;
struct StrObject;
class Value;

struct FormatError {
    enum Kind { Value, Type, Overflow, Memory } kind;  // Memory: the result would not fit the budget
    std::string message;
};

// [[fill]align][sign][z][#][0][width][grouping][.precision][type]
struct FormatSpec {
    std::string fill = " ";   // one code point, UTF-8
    char align = 0;           // '<' '>' '^' '=' or 0 (the type's default)
    char sign = 0;            // '+' '-' ' ' or 0
    bool no_neg_zero = false; // 'z'
    bool alternate = false;   // '#'
    bool fill_specified = false;
    int64_t width = -1;
    char grouping = 0;        // ',' '_' or 0
    int64_t precision = -1;
    char32_t type = 0;        // a code point: unknown types are reported as CPython shows them
    std::string type_name = "int";  // of the value being formatted, for error messages
};

// `type_name` appears in the error messages ("... for object of type 'int'").
// `default_align` is '>' for numbers and '<' for strings (it decides what '0' means).
FormatSpec parse_format_spec(std::string_view spec, std::string_view type_name, char default_align);

std::string format_int_with_spec(const mpz_class& v, const FormatSpec& spec);
std::string format_float_with_spec(double v, const FormatSpec& spec);
std::string format_str_with_spec(std::string_view utf8, const FormatSpec& spec);

// Convenience wrappers: parse and format in one go (still throw FormatError).
std::string format_int(const mpz_class& v, std::string_view spec, std::string_view type_name = "int");
std::string format_float(double v, std::string_view spec);
std::string format_str(std::string_view utf8, std::string_view spec);

// repr(float): the shortest round-trip form.
inline std::string format_float_repr(double x) { return float_repr(x); }

// ---- VM-facing entry points (format_string.cpp) -----------------------------------------
// Raise the Python exception for a FormatError.
[[noreturn]] void raise_format_error(VM& vm, const FormatError& e);
// format(value, spec) for int/bool/float/str values; the __format__ methods call these.
std::string format_value_with_spec(VM& vm, const Value& v, std::string_view spec);
// fmt % args
std::string percent_format(VM& vm, std::string_view fmt, const Value& args);
// fmt.format(*args, **kwargs); args excludes the format string itself.
std::string str_format(VM& vm, std::string_view fmt, Args args);
// fmt.format_map(mapping)
std::string str_format_map(VM& vm, std::string_view fmt, const Value& mapping);

}  // namespace ls
