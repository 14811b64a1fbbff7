// Python's text forms of a double: repr() (shortest round-trip digits) and the fixed,
// exponent and general styles used by format(), f-strings and %-formatting.
#pragma once

#include <string>

namespace ls {

// repr(x) / str(x): '0.1', '1e+16', '1e-05', 'inf', '-0.0', '1.0'.
std::string float_repr(double x);

// The unsigned text of |x| in one of Python's styles, with no sign, padding or grouping:
//   'e' 'E' 'f' 'F' 'g' 'G' with `precision` (already defaulted by the caller),
//   'r' shortest round-trip digits (repr's style; precision ignored).
// `alternate` is the '#' flag; `add_dot_0` appends '.0' to integral fixed-point results (the
// style of str(float) and of format specs without a type). Infinity and NaN give 'inf'/'nan'
// (upper case for 'E' 'F' 'G').
std::string format_abs_double(double x, char style, int precision, bool alternate, bool add_dot_0);

}  // namespace ls
