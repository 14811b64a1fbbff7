// float repr against CPython 3.11: the expected strings were produced by python3's repr()
// (tests/unit/number_format_cases.py), never by this code.
#include <cmath>
#include <gtest/gtest.h>

#include "float_repr.h"

namespace {

struct ReprCase {
    double value;
    const char* expected;
};

const ReprCase kCases[] = {
    {0x0.0p+0, "0.0"},  // 0.0
    {-0x0.0p+0, "-0.0"},  // -0.0
    {0x1.0000000000000p+0, "1.0"},  // 1.0
    {-0x1.0000000000000p+0, "-1.0"},  // -1.0
    {0x1.999999999999ap-4, "0.1"},  // 0.1
    {0x1.999999999999ap-3, "0.2"},  // 0.2
    {0x1.3333333333334p-2, "0.30000000000000004"},  // 0.30000000000000004
    {0x1.5555555555555p-2, "0.3333333333333333"},  // 0.3333333333333333
    {0x1.5555555555555p-1, "0.6666666666666666"},  // 0.6666666666666666
    {0x1.1c37937e08000p+53, "1e+16"},  // 1e+16
    {0x1.c6bf526340000p+49, "1000000000000000.0"},  // 1000000000000000.0
    {0x1.b69b4ba630f35p+56, "1.2345678901234568e+17"},  // 1.2345678901234568e+17
    {0x1.a36e2eb1c432dp-14, "0.0001"},  // 0.0001
    {0x1.4f8b588e368f1p-17, "1e-05"},  // 1e-05
    {0x1.f75104d551d69p-17, "1.5e-05"},  // 1.5e-05
    {0x1.0f0cf064dd592p+73, "1e+22"},  // 1e+22
    {0x1.52d02c7e14af6p+76, "1e+23"},  // 1e+23
    {0x0.0000000000001p-1022, "5e-324"},  // 5e-324
    {0x1.fffffffffffffp+1023, "1.7976931348623157e+308"},  // 1.7976931348623157e+308
    {0x1.4000000000000p+1, "2.5"},  // 2.5
    {0x1.9000000000000p+6, "100.0"},  // 100.0
    {0x1.34a456d5cfaadp+10, "1234.5678"},  // 1234.5678
    {INFINITY, "inf"},  // inf
    {-INFINITY, "-inf"},  // -inf
    {std::nan(""), "nan"},  // nan
    {0x1.0000000000000p+53, "9007199254740992.0"},  // 9007199254740992.0
    {0x1.0000000000000p+53, "9007199254740992.0"},  // 9007199254740992.0
    {0x1.3333333333334p-2, "0.30000000000000004"},  // 0.30000000000000004
    {0x1.ddd4baa009303p+999, "1e+301"},  // 1e+301
    {0x1.6b082c2148b8ep-60, "1.23e-18"},  // 1.23e-18
    {0x1.921fb54442d18p+1, "3.141592653589793"},  // 3.141592653589793
    {0x1.5bf0a8b145769p+1, "2.718281828459045"},  // 2.718281828459045
    {0x1.249ad2594c37dp+332, "1e+100"},  // 1e+100
    {0x1.56a95319d63e1p+63, "1.2345678901234567e+19"},  // 1.2345678901234567e+19
    {0x1.01f31f46ed246p-13, "0.000123"},  // 0.000123
};

TEST(FloatRepr, MatchesCPython) {
    for (const ReprCase& c : kCases) EXPECT_EQ(ls::float_repr(c.value), c.expected);
}

TEST(FloatRepr, GeneralStyle) {
    EXPECT_EQ(ls::format_abs_double(1e-7, 'g', 6, false, false), "1e-07");
    EXPECT_EQ(ls::format_abs_double(123456789.0, 'g', 6, false, false), "1.23457e+08");
    EXPECT_EQ(ls::format_abs_double(0.5, 'f', 0, false, false), "0");
    EXPECT_EQ(ls::format_abs_double(1.5, 'f', 0, false, false), "2");
}

}  // namespace
