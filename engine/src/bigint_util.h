// Exact int <-> float arithmetic shared by the int, float and math code. GMP's own conversions
// truncate; Python rounds to nearest-even, so these do the rounding by hand.
#pragma once

#include <gmpxx.h>

namespace ls {

// a / b correctly rounded (b != 0). Sets `overflow` instead of returning inf when the
// quotient is beyond the double range.
double mpz_true_divide(const mpz_class& a, const mpz_class& b, bool& overflow);

// float(n), correctly rounded; `overflow` as above ("int too large to convert to float").
double mpz_to_double(const mpz_class& n, bool& overflow);

// Three-way exact comparison of an int with a finite or infinite double (not NaN).
int mpz_compare_double(const mpz_class& n, double d);

// The int value of a finite double, truncated toward zero (exact).
mpz_class mpz_from_double(double d);

// Number of decimal digits of |n| (exact).
size_t mpz_decimal_digits(const mpz_class& n);

}  // namespace ls
