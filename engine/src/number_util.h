// Helpers shared by the int and float types, the math and random modules and formatting:
// recognising ints in their three representations, int<->float conversion with Python's errors,
// CPython's numeric hashes, and text <-> number conversion with CPython's messages.
#pragma once

#include <cstdint>
#include <gmpxx.h>
#include <string>
#include <string_view>

#include "vm.h"

namespace ls {

// An int in any representation: inline int64, bool, or BigIntObject (also int subclasses).
BigIntObject* as_bigint(const Value& v);  // null unless a heap int
inline bool is_small_int(const Value& v) { return v.is_int() || v.is_bool(); }
inline bool is_int_value(const Value& v) { return is_small_int(v) || as_bigint(v) != nullptr; }
mpz_class int_to_mpz(const Value& v);  // requires is_int_value

// float(int): correctly rounded; OverflowError "int too large to convert to float".
double int_to_double(VM& vm, const Value& v);
// An int or float operand as a double (ints converted as above); false for other types.
bool real_to_double(VM& vm, const Value& v, double& out);
// int(x) for a float: truncates; OverflowError/ValueError for inf/nan.
Value int_from_double(VM& vm, double d);

// CPython's hashes (modulus 2**61 - 1): equal numbers hash equal across int and float.
int64_t hash_int64(int64_t v);
int64_t hash_mpz(const mpz_class& v);
int64_t hash_double(double d);

// str(int) with CPython's 4300-digit limit for decimal conversion.
std::string int_to_decimal(VM& vm, const mpz_class& v);
std::string int_to_decimal(VM& vm, const Value& v);

// int(text, base): text is the str's UTF-8 (whitespace, sign, underscores, prefixes, Unicode
// digits as CPython accepts them). `shown` is the repr used in the ValueError message.
Value int_from_text(VM& vm, std::string_view text, int base, const std::string& shown);
// float(text): false when the text is not a float literal (the caller words the error).
bool float_from_text(std::string_view text, double& out);

// The class argument of a native __new__ (args[0]), checked: `int.__new__(5)` must raise, not crash.
TypeObject* new_class_arg(VM& vm, Args args, TypeObject* base);

// x ** y for floats with CPython's special cases and errors (types_int.cpp).
Value python_float_pow(VM& vm, double x, double y);

// Python's true division of two ints, correctly rounded.
double int_true_divide(VM& vm, const Value& a, const Value& b);

}  // namespace ls
