// float and complex through the interpreter, against results generated with CPython 3.11
// (/usr/bin/python3): repr, parsing, arithmetic signs and messages, hashing, rounding, format().
#include <cmath>

#include "../vm/vm_fixture.hpp"
#include "object/float.hpp"

namespace weft {
namespace {

const ExprCase FLOAT_CASES[] = {
    {"1e16", "1e+16", nullptr},
    {"1e-5", "1e-05", nullptr},
    {"1.5e300", "1.5e+300", nullptr},
    {"0.0001", "0.0001", nullptr},
    {"123456789012345678.0", "1.2345678901234568e+17", nullptr},
    {"-0.0", "-0.0", nullptr},
    {"1/3", "0.3333333333333333", nullptr},
    {"0.1 + 0.2", "0.30000000000000004", nullptr},
    {"float('inf')", "inf", nullptr},
    {"-float('inf')", "-inf", nullptr},
    {"float('nan')", "nan", nullptr},
    {"1e22", "1e+22", nullptr},
    {"1e-7", "1e-07", nullptr},
    {"100.0", "100.0", nullptr},
    {"5e-324", "5e-324", nullptr},
    {"float('  -1_000.5e1_0 ')", "-10005000000000.0", nullptr},
    {"float('1_')", nullptr, "ValueError: could not convert string to float: '1_'"},
    {"float('infinity')", "inf", nullptr},
    {"float('-nAn')", "nan", nullptr},
    {"float('1e400')", "inf", nullptr},
    {"float('-1e-400')", "-0.0", nullptr},
    {"float('nan(1)')", nullptr, "ValueError: could not convert string to float: 'nan(1)'"},
    {"float('abc')", nullptr, "ValueError: could not convert string to float: 'abc'"},
    {"float('')", nullptr, "ValueError: could not convert string to float: ''"},
    {"float(b'1.5')", "1.5", nullptr},
    {"float('١.٥')", "1.5", nullptr},
    {"float(10**400)", nullptr, "OverflowError: int too large to convert to float"},
    {"float(2**1023 * 2)", nullptr, "OverflowError: int too large to convert to float"},
    {"1.0 / 0", nullptr, "ZeroDivisionError: float division by zero"},
    {"1.0 // 0", nullptr, "ZeroDivisionError: float floor division by zero"},
    {"1.0 % 0", nullptr, "ZeroDivisionError: float modulo"},
    {"divmod(1.0, 0)", nullptr, "ZeroDivisionError: float divmod()"},
    {"-7 % 2.5", "0.5", nullptr},
    {"7 // -2.5", "-3.0", nullptr},
    {"(-0.0) % 5", "0.0", nullptr},
    {"0.0 % -5", "-0.0", nullptr},
    {"divmod(-7.5, 2)", "(-4.0, 0.5)", nullptr},
    {"0.0 ** -1", nullptr, "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
    {"2.0 ** 10000", nullptr, "OverflowError: (34, 'Numerical result out of range')"},
    {"(-8.0) ** (1 / 3)", "(1.0000000000000002+1.7320508075688772j)", nullptr},
    {"(-2.0) ** 3", "-8.0", nullptr},
    {"float('inf') ** -1", "0.0", nullptr},
    {"(-1.0) ** float('inf')", "1.0", nullptr},
    {"1.0 ** float('nan')", "1.0", nullptr},
    {"1.0 + 'a'", nullptr, "TypeError: unsupported operand type(s) for +: 'float' and 'str'"},
    {"1.5 + 2", "3.5", nullptr},
    {"2 * 1.5", "3.0", nullptr},
    {"10**400 + 1.0", nullptr, "OverflowError: int too large to convert to float"},
    {"3 / 1.5", "2.0", nullptr},
    {"hash(1.5)", "1152921504606846977", nullptr},
    {"hash(-0.5)", "-1152921504606846976", nullptr},
    {"hash(float('inf'))", "314159", nullptr},
    {"hash(1e300)", "1224995262755759164", nullptr},
    {"hash(2.0**200) == hash(2**200)", "True", nullptr},
    {"hash(-1.0)", "-2", nullptr},
    {"(1.5).as_integer_ratio()", "(3, 2)", nullptr},
    {"(0.1).as_integer_ratio()", "(3602879701896397, 36028797018963968)", nullptr},
    {"float('inf').as_integer_ratio()", nullptr, "OverflowError: cannot convert Infinity to integer ratio"},
    {"float('nan').as_integer_ratio()", nullptr, "ValueError: cannot convert NaN to integer ratio"},
    {"(5.0).is_integer()", "True", nullptr},
    {"(5.5).is_integer()", "False", nullptr},
    {"(1.5).hex()", "'0x1.8000000000000p+0'", nullptr},
    {"(0.1).hex()", "'0x1.999999999999ap-4'", nullptr},
    {"(5e-324).hex()", "'0x0.0000000000001p-1022'", nullptr},
    {"(-0.0).hex()", "'-0x0.0p+0'", nullptr},
    {"float('inf').hex()", "'inf'", nullptr},
    {"float.fromhex('0x1.8p1')", "3.0", nullptr},
    {"float.fromhex('  -0X1.FFFFFFFFFFFFFP+1023  ')", "-1.7976931348623157e+308", nullptr},
    {"float.fromhex('0x1p-1075')", "0.0", nullptr},
    {"float.fromhex('0x1.8p-1074')", "1e-323", nullptr},
    {"float.fromhex('0x1p99999')", nullptr, "OverflowError: hexadecimal value too large to represent as a float"},
    {"float.fromhex('zz')", nullptr, "ValueError: invalid hexadecimal floating-point string"},
    {"float.fromhex('0x1.00000000000008p0')", "1.0", nullptr},
    {"round(2.675, 2)", "2.67", nullptr},
    {"round(0.5)", "0", nullptr},
    {"round(1.5)", "2", nullptr},
    {"round(-0.5)", "0", nullptr},
    {"round(2.5, 0)", "2.0", nullptr},
    {"round(float('inf'))", nullptr, "OverflowError: cannot convert float infinity to integer"},
    {"round(float('nan'))", nullptr, "ValueError: cannot convert float NaN to integer"},
    {"round(1.5e300, -300)", "2e+300", nullptr},
    {"round(1.23456, -1)", "0.0", nullptr},
    {"round(15.5, -1)", "20.0", nullptr},
    {"round(1.5, 400)", "1.5", nullptr},
    {"round(5.5e-310, 310)", "6e-310", nullptr},
    {"round(1.0, -400)", "0.0", nullptr},
    {"round(-1.0, -400)", "-0.0", nullptr},
    {"round(1.7e308, -308)", nullptr, "OverflowError: rounded value too large to represent"},
    {"(3.7).__trunc__()", "3", nullptr},
    {"(-3.7).__floor__()", "-4", nullptr},
    {"(-3.7).__ceil__()", "-3", nullptr},
    {"(1e20).__int__()", "100000000000000000000", nullptr},
    {"(1.5).real", "1.5", nullptr},
    {"(1.5).imag", "0.0", nullptr},
    {"(1.5).conjugate()", "1.5", nullptr},
    {"format(2.675, '.2f')", "'2.67'", nullptr},
    {"format(1.0, '.3')", "'1.0'", nullptr},
    {"format(1e10, '.3')", "'1e+10'", nullptr},
    {"format(1.5, '.0')", "'2e+00'", nullptr},
    {"format(123.456, '%')", "'12345.600000%'", nullptr},
    {"format(1.0, 'n')", "'1'", nullptr},
    {"format(float('nan'), '010')", "'0000000nan'", nullptr},
    {"format(float('inf'), '=+10')", "'+      inf'", nullptr},
    {"format(1234567.0, ',')", "'1,234,567.0'", nullptr},
    {"format(1234.5, '012,.1f')", "'00,001,234.5'", nullptr},
    {"format(1.0, '#.0e')", "'1.e+00'", nullptr},
    {"format(1.0, '#.0f')", "'1.'", nullptr},
    {"format(1.0, '#')", "'1.0'", nullptr},
    {"format(1e16, '#')", "'1.e+16'", nullptr},
    {"format(-0.0, 'z')", "'0.0'", nullptr},
    {"format(-0.00001, 'z.2f')", "'0.00'", nullptr},
    {"format(0.00001, 'g')", "'1e-05'", nullptr},
    {"format(123456789.0, 'g')", "'1.23457e+08'", nullptr},
    {"format(1e300, '.2F')", "'1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00'", nullptr},
    {"format(1.5, 'd')", nullptr, "ValueError: Unknown format code 'd' for object of type 'float'"},
    {"1.5 == 1.5", "True", nullptr},
    {"float('nan') == float('nan')", "False", nullptr},
    {"float('nan') != float('nan')", "True", nullptr},
    {"1.0 < 2", "True", nullptr},
    {"2**64 == 2.0**64", "True", nullptr},
    {"complex(1, 2)", "(1+2j)", nullptr},
    {"1j ** 2", "(-1+0j)", nullptr},
    {"(1+2j) * (3-1j)", "(5+5j)", nullptr},
    {"(1+2j) / (2+3j)", "(0.6153846153846154+0.07692307692307691j)", nullptr},
    {"1j / 0", nullptr, "ZeroDivisionError: complex division by zero"},
    {"abs(3+4j)", "5.0", nullptr},
    {"complex(' ( 1+2j ) ')", "(1+2j)", nullptr},
    {"complex('abc')", nullptr, "ValueError: complex() arg is a malformed string"},
    {"complex('1', 2)", nullptr, "TypeError: complex() can't take second arg if first is a string"},
    {"repr(complex(-0.0, 1))", "'(-0+1j)'", nullptr},
    {"(0j) ** -1", nullptr, "ZeroDivisionError: 0.0 to a negative or complex power"},
    {"hash(1+2j)", "2000007", nullptr},
    {"(1+0j) == 1", "True", nullptr},
    {"(2+3j) ** 0.5", "(1.6741492280355401+0.895977476129838j)", nullptr},
};

using FloatTest = VmTest;

TEST_F(FloatTest, MatchesCPython) {
  for (const ExprCase& c : FLOAT_CASES) check(c);
}

TEST(FloatRepr, ShortestRoundTrip) {
  char buf[32];
  const struct {
    double d;
    const char* text;
  } cases[] = {{1e16, "1e+16"}, {1e-5, "1e-05"}, {1.5e300, "1.5e+300"}, {100.0, "100.0"},
               {-0.0, "-0.0"}, {0.1, "0.1"}, {HUGE_VAL, "inf"}, {-HUGE_VAL, "-inf"},
               {NAN, "nan"}, {5e-324, "5e-324"}, {123456789012345678.0, "1.2345678901234568e+17"}};
  for (const auto& c : cases) {
    size_t n = float_repr_chars(c.d, buf);
    EXPECT_EQ(std::string(buf, n), c.text);
  }
}

TEST(FloatHash, MatchesIntHashForIntegralValues) {
  EXPECT_EQ(float_hash(1.0), 1);
  EXPECT_EQ(float_hash(-1.0), -2);
  EXPECT_EQ(float_hash(HUGE_VAL), 314159);
  EXPECT_EQ(float_hash(0.5), sizeof(intptr_t) == 8 ? intptr_t(1) << 60 : intptr_t(1) << 30);
}

}  // namespace
}  // namespace weft
