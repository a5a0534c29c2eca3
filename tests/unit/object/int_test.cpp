// int, bool and the limb arithmetic under them. The limb layer is tested directly (it needs no
// VM); the Python-visible behaviour runs through the interpreter against results generated with
// CPython 3.11 (/usr/bin/python3), which the tests under tests/py compare with.
#include <cstdint>
#include <vector>

#include "../vm/vm_fixture.hpp"
#include "object/bigint.hpp"
#include "object/int.hpp"

namespace weft {
namespace {

// ---- limb layer ------------------------------------------------------------------------------

using Limbs = std::vector<Limb>;

// A deterministic pseudo-random magnitude of n limbs (top limb nonzero).
Limbs random_limbs(size_t n, uint64_t& seed) {
  Limbs v(n);
  for (auto& l : v) {
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    l = Limb(seed >> 32);
  }
  if (n > 0 && v[n - 1] == 0) v[n - 1] = 1;
  return v;
}

Limbs schoolbook(const Limbs& a, const Limbs& b) {
  Limbs r(a.size() + b.size(), 0);
  for (size_t i = 0; i < a.size(); i++) {
    DLimb carry = 0;
    for (size_t j = 0; j < b.size(); j++) {
      DLimb t = DLimb(a[i]) * b[j] + r[i + j] + carry;
      r[i + j] = Limb(t);
      carry = t >> 32;
    }
    r[i + b.size()] = Limb(carry);
  }
  return r;
}

Limbs multiply(const Limbs& a, const Limbs& b) {
  Limbs r(a.size() + b.size());
  Limbs scratch(mag_mul_scratch(a.size() > b.size() ? a.size() : b.size()) + 1);
  mag_mul(r.data(), a.data(), a.size(), b.data(), b.size(), scratch.data());
  return r;
}

TEST(BigIntLimbs, KaratsubaMatchesSchoolbook) {
  uint64_t seed = 1;
  const size_t sizes[][2] = {{40, 40}, {41, 40}, {100, 99}, {257, 130}, {300, 41}, {1000, 999}};
  for (const auto& s : sizes) {
    Limbs a = random_limbs(s[0], seed), b = random_limbs(s[1], seed);
    EXPECT_EQ(multiply(a, b), schoolbook(a, b)) << s[0] << "x" << s[1];
  }
  Limbs ones(90, 0xFFFFFFFFu);  // carries through every limb
  EXPECT_EQ(multiply(ones, ones), schoolbook(ones, ones));
}

TEST(BigIntLimbs, DivisionIdentity) {
  uint64_t seed = 7;
  const size_t sizes[][2] = {{2, 2}, {5, 2}, {30, 3}, {100, 47}, {64, 63}};
  for (const auto& s : sizes) {
    Limbs a = random_limbs(s[0], seed), b = random_limbs(s[1], seed);
    Limbs q(s[0] - s[1] + 1), r(s[1]), scratch(mag_divmod_scratch(s[0], s[1]));
    mag_divmod(q.data(), r.data(), a.data(), a.size(), b.data(), b.size(), scratch.data());
    EXPECT_LT(mag_cmp(r.data(), mag_trim(r.data(), r.size()), b.data(), b.size()), 0);
    Limbs back = multiply(q, b);  // q*b + r == a
    back.resize(back.size() + 1);
    mag_add(back.data(), back.data(), back.size(), r.data(), r.size());
    back.resize(mag_trim(back.data(), back.size()));
    EXPECT_EQ(back, a) << s[0] << "/" << s[1];
  }
  // qhat is one too large here and needs the add-back step (Knuth's test case shape).
  Limbs a = {0, 0, 0x80000000u, 0x7FFFFFFFu}, b = {1, 0, 0x80000000u};
  Limbs q(2), r(3), scratch(mag_divmod_scratch(4, 3));
  mag_divmod(q.data(), r.data(), a.data(), 4, b.data(), 3, scratch.data());
  EXPECT_EQ(q, (Limbs{0xFFFFFFFEu, 0}));
}

TEST(BigIntLimbs, TextRoundTrip) {
  const char* text = "123456789012345678901234567890123456789";
  IntScan scan;
  ASSERT_EQ(int_scan(text, 39, 10, &scan), IntScanStatus::OK);
  Limbs v(int_scan_limbs(scan));
  v.resize(mag_from_digits(scan, v.data()));
  std::string out(mag_text_capacity(v.size(), 10), '?');
  size_t pos = mag_to_text(v.data(), v.size(), 10, out.data(), out.size());
  EXPECT_EQ(out.substr(pos), text);
  EXPECT_EQ(int_scan("0_1", 3, 0, &scan), IntScanStatus::INVALID);
  EXPECT_EQ(int_scan("12x", 3, 10, &scan), IntScanStatus::TRAILING);
}

TEST(BigIntLimbs, DoubleConversionRoundsHalfEven) {
  // 2**53 + 1 is a tie between 2**53 and 2**53 + 2: it rounds to the even 2**53.
  Limbs tie = {1, 0x200000u};
  double d = 0;
  ASSERT_TRUE(mag_to_double(tie.data(), 2, &d));
  EXPECT_EQ(d, 9007199254740992.0);
  Limbs huge(33, 0xFFFFFFFFu);  // far beyond 2**1024
  EXPECT_FALSE(mag_to_double(huge.data(), huge.size(), &d));
}

// ---- through the interpreter -------------------------------------------------------------------

const ExprCase INT_CASES[] = {
    {"2**100", "1267650600228229401496703205376", nullptr},
    {"-2**100", "-1267650600228229401496703205376", nullptr},
    {"2**64 - 1", "18446744073709551615", nullptr},
    {"(2**64) * (2**64)", "340282366920938463463374607431768211456", nullptr},
    {"3**200 // 7**50", "147689269781346654697366079240021362541982658661987020", nullptr},
    {"3**200 % 7**50", "1043054234746676783066714664998769142256021", nullptr},
    {"-(3**200) // 7**50", "-147689269781346654697366079240021362541982658661987021", nullptr},
    {"-(3**200) % 7**50", "755410807900735363553565675570880206995228", nullptr},
    {"divmod(-7, 2)", "(-4, 1)", nullptr},
    {"divmod(7, -2)", "(-4, -1)", nullptr},
    {"divmod(-2**70, 3)", "(-393530540239137101142, 2)", nullptr},
    {"(-2**63) // -1", "9223372036854775808", nullptr},
    {"-(2**62) - 2**62", "-9223372036854775808", nullptr},
    {"2**62 + 2**62 - 1", "9223372036854775807", nullptr},
    {"1 // 0", nullptr, "ZeroDivisionError: integer division or modulo by zero"},
    {"1 % 0", nullptr, "ZeroDivisionError: integer modulo by zero"},
    {"divmod(1, 0)", nullptr, "ZeroDivisionError: integer division or modulo by zero"},
    {"1 / 0", nullptr, "ZeroDivisionError: division by zero"},
    {"10**400 / 1", nullptr, "OverflowError: integer division result too large for a float"},
    {"(2**1100) / 3", nullptr, "OverflowError: integer division result too large for a float"},
    {"(10**30) / (10**15)", "1000000000000000.0", nullptr},
    {"(2**53 + 1) / 1", "9007199254740992.0", nullptr},
    {"1 / 3", "0.3333333333333333", nullptr},
    {"(-7) / 2", "-3.5", nullptr},
    {"1 / 10**400", "0.0", nullptr},
    {"2 ** -1", "0.5", nullptr},
    {"0 ** -1", nullptr, "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
    {"pow(3, 4, 5)", "1", nullptr},
    {"pow(-3, 3, 5)", "3", nullptr},
    {"pow(3, 3, -5)", "-3", nullptr},
    {"pow(3, -1, 7)", "5", nullptr},
    {"pow(3, -2, -7)", "-3", nullptr},
    {"pow(2, -1, 4)", nullptr, "ValueError: base is not invertible for the given modulus"},
    {"pow(2, 3, 0)", nullptr, "ValueError: pow() 3rd argument cannot be 0"},
    {"pow(2, 10**20, 10**9 + 7)", "855473248", nullptr},
    {"pow(3, 2**100, 2**89 - 1)", "412244761401604843811605896", nullptr},
    {"1 << 100", "1267650600228229401496703205376", nullptr},
    {"-1 << 100", "-1267650600228229401496703205376", nullptr},
    {"(2**100) >> 99", "2", nullptr},
    {"(-2**100 - 1) >> 100", "-2", nullptr},
    {"-1 >> 1000", "-1", nullptr},
    {"1 >> (1 << 64)", "0", nullptr},
    {"1 << -1", nullptr, "ValueError: negative shift count"},
    {"1 >> -1", nullptr, "ValueError: negative shift count"},
    {"0 << (1 << 64)", "0", nullptr},
    {"1 << (1 << 40)", nullptr, "MemoryError"},
    {"-2**100 & 2**99 + 5", "0", nullptr},
    {"-2**100 | 12345", "-1267650600228229401496703193031", nullptr},
    {"(2**100 - 1) ^ -1", "-1267650600228229401496703205376", nullptr},
    {"~(2**100)", "-1267650600228229401496703205377", nullptr},
    {"~-1", "0", nullptr},
    {"-(-2**62)", "4611686018427387904", nullptr},
    {"abs(-2**62)", "4611686018427387904", nullptr},
    {"int('  12  ')", "12", nullptr},
    {"int('0x1f', 16)", "31", nullptr},
    {"int('0x1f', 0)", "31", nullptr},
    {"int('1_000')", "1000", nullptr},
    {"int('1__000')", nullptr, "ValueError: invalid literal for int() with base 10: '1__000'"},
    {"int('010', 0)", nullptr, "ValueError: invalid literal for int() with base 0: '010'"},
    {"int('00', 0)", "0", nullptr},
    {"int('-0b101', 0)", "-5", nullptr},
    {"int('z', 36)", "35", nullptr},
    {"int('12', 2)", nullptr, "ValueError: invalid literal for int() with base 2: '12'"},
    {"int('', 10)", nullptr, "ValueError: invalid literal for int() with base 10: ''"},
    {"int('1', 99)", nullptr, "ValueError: int() base must be >= 2 and <= 36, or 0"},
    {"int(1.5, 10)", nullptr, "TypeError: int() can't convert non-string with explicit base"},
    {"int(3.7)", "3", nullptr},
    {"int(-3.7)", "-3", nullptr},
    {"int(3.5e300)", "3499999999999999886363279197658858310853140403898445015953449072412416791806806822064168380700692815119302654183823455659554073285166896923839723537772332881803238982764090156488237728789783526670509369462850425759944760166099301866711543224154481099607617691138582347524383752323904789276038138953728", nullptr},
    {"int(float('inf'))", nullptr, "OverflowError: cannot convert float infinity to integer"},
    {"int(float('nan'))", nullptr, "ValueError: cannot convert float NaN to integer"},
    {"int('٣٤')", "34", nullptr},
    {"int(b' 42 ')", "42", nullptr},
    {"int()", "0", nullptr},
    {"int(True)", "1", nullptr},
    {"int('9' * 100000)", nullptr, "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 100000 digits; use sys.set_int_max_str_digits() to increase the limit"},
    {"len(str(10**4299))", "4300", nullptr},
    {"str(10**4300)", nullptr, "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"},
    {"int('1' * 4301, 16) > 0", "True", nullptr},
    {"hex(-255)", "'-0xff'", nullptr},
    {"oct(8)", "'0o10'", nullptr},
    {"bin(-5)", "'-0b101'", nullptr},
    {"hex(2**100)", "'0x10000000000000000000000000'", nullptr},
    {"hash(-1)", "-2", nullptr},
    {"hash(2**61)", "1", nullptr},
    {"hash(2**61 - 1)", "0", nullptr},
    {"hash(-2**100)", "-549755813888", nullptr},
    {"hash(10**30) == hash(float(10**30))", "False", nullptr},
    {"(255).to_bytes(1, 'big')", "b'\\xff'", nullptr},
    {"(256).to_bytes(1, 'big')", nullptr, "OverflowError: int too big to convert"},
    {"(-1).to_bytes(1, 'big')", nullptr, "OverflowError: can't convert negative int to unsigned"},
    {"(1).to_bytes(1, 'middle')", nullptr, "ValueError: byteorder must be either 'little' or 'big'"},
    {"(-129).to_bytes(2, 'little', signed=True)", "b'\\x7f\\xff'", nullptr},
    {"(2**70).to_bytes(10, 'big')", "b'\\x00@\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'", nullptr},
    {"int.from_bytes(b'\\x00\\x10', 'little', signed=True)", "4096", nullptr},
    {"int.from_bytes(b'\\xff\\xff', 'big', signed=True)", "-1", nullptr},
    {"int.from_bytes(b'\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00', 'big')", "18446744073709551616", nullptr},
    {"(10).bit_length()", "4", nullptr},
    {"(-2**100).bit_length()", "101", nullptr},
    {"(-5).bit_count()", "2", nullptr},
    {"(12).as_integer_ratio()", "(12, 1)", nullptr},
    {"(5).conjugate()", "5", nullptr},
    {"(5).real", "5", nullptr},
    {"(5).imag", "0", nullptr},
    {"(5).numerator", "5", nullptr},
    {"(5).denominator", "1", nullptr},
    {"round(1234, -2)", "1200", nullptr},
    {"round(1250, -2)", "1200", nullptr},
    {"round(1350, -2)", "1400", nullptr},
    {"round(-25, -1)", "-20", nullptr},
    {"round(5, 2)", "5", nullptr},
    {"round(2**100, -30)", "1000000000000000000000000000000", nullptr},
    {"format(1234, '0=12,')", "'0,000,001,234'", nullptr},
    {"format(1234, '08,')", "'0,001,234'", nullptr},
    {"format(-1234, '012_x')", "'-0_0000_04d2'", nullptr},
    {"format(255, '#010_x')", "'0x000_00ff'", nullptr},
    {"format(65, 'c')", "'A'", nullptr},
    {"format(65, '+c')", nullptr, "ValueError: Sign not allowed with integer format specifier 'c'"},
    {"format(1, '.2d')", nullptr, "ValueError: Precision not allowed in integer format specifier"},
    {"format(1234, ',x')", nullptr, "ValueError: Cannot specify ',' with 'x'."},
    {"format(1, 's')", nullptr, "ValueError: Unknown format code 's' for object of type 'int'"},
    {"format(12, '=^+#10x')", "'===+0xc==='", nullptr},
    {"format(10**20, ',')", "'100,000,000,000,000,000,000'", nullptr},
    {"format(-3, '=5')", "'-   3'", nullptr},
    {"format(True, '^5')", "'  1  '", nullptr},
    {"format(True, '')", "'True'", nullptr},
    {"format(12, 'X')", "'C'", nullptr},
    {"format(5, 'e')", "'5.000000e+00'", nullptr},
    {"format(2**100, 'g')", "'1.26765e+30'", nullptr},
    {"format(1, '%')", "'100.000000%'", nullptr},
    {"True + True", "2", nullptr},
    {"True & True", "True", nullptr},
    {"True | 2", "3", nullptr},
    {"True ^ False", "True", nullptr},
    {"-True", "-1", nullptr},
    {"~True", "-2", nullptr},
    {"repr(False)", "'False'", nullptr},
    {"bool()", "False", nullptr},
    {"bool(2**100)", "True", nullptr},
    {"2**100 == 2.0**100", "True", nullptr},
    {"2**53 + 1 == float(2**53 + 1)", "False", nullptr},
    {"2**53 + 1 > float(2**53 + 1)", "True", nullptr},
    {"10**400 > float('inf')", "False", nullptr},
    {"-10**400 < -1e308", "True", nullptr},
    {"3 < 3.5", "True", nullptr},
    {"1 + 'a'", nullptr, "TypeError: unsupported operand type(s) for +: 'int' and 'str'"},
};

using IntTest = VmTest;

TEST_F(IntTest, MatchesCPython) {
  for (const ExprCase& c : INT_CASES) check(c);
}

TEST_F(IntTest, SmallIntsStayInTheValueWord) {
  Value big = int_from_i64(ts(), INT64_MAX);
  Value back = int_sub(ts(), big, Value::from_int(1));
  EXPECT_FALSE(back.is_error());
  Value small = int_sub(ts(), int_add(ts(), big, Value::from_int(5)), big);
  EXPECT_TRUE(small.is_int());
  EXPECT_EQ(small.as_int(), 5);
  EXPECT_TRUE(int_neg(ts(), Value::from_int(SMALL_INT_MIN)).is_obj());
}

}  // namespace
}  // namespace weft
