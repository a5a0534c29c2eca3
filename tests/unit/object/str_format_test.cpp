// Text formatting through the interpreter: printf-style % for str and bytes, str.format and
// format_map, str.__format__, and the format-spec parser shared with int and float. Expected
// results were generated with CPython 3.11 (/usr/bin/python3) and agree with 3.13.
#include <string>

#include "../vm/vm_fixture.hpp"
#include "object/format_spec.hpp"

namespace weft {
namespace {

const ExprCase FORMAT_CASES[] = {
    {"'%d %s %r' % (42, 'str', 'repr')", "\"42 str 'repr'\"", nullptr},
    {"'%5.2f|%-6d|%x' % (3.14159, 42, 255)", "' 3.14|42    |ff'", nullptr},
    {"'%(a)s-%(b)d' % {'a': 'x', 'b': 5}", "'x-5'", nullptr},
    {"'%s %s' % ('a',)", nullptr, "TypeError: not enough arguments for format string"},
    {"'%d' % 'x'", nullptr, "TypeError: %d format: a real number is required, not str"},
    {"'x' % 5", nullptr, "TypeError: not all arguments converted during string formatting"},
    {"'{} {}'.format(1, 2)", "'1 2'", nullptr},
    {"'{0:>5}|{1:<5}|{2:^5}'.format('a', 'b', 'c')", "'    a|b    |  c  '", nullptr},
    {"'{name}'.format(name='Ann')", "'Ann'", nullptr},
    {"'{0[1]}'.format([5, 6])", "'6'", nullptr},
    {"'{:{w}.{p}f}'.format(2.71828, w=10, p=3)", "'     2.718'", nullptr},
    {"'{} {}'.format(1)", nullptr, "IndexError: Replacement index 1 out of range for positional args tuple"},
    {"'{missing}'.format()", nullptr, "KeyError: 'missing'"},
    {"'{0} {}'.format(1, 2)", nullptr, "ValueError: cannot switch from manual field specification to automatic field numbering"},
    {"format('s', '>3')", "'  s'", nullptr},
    {"format('abc', '.2')", "'ab'", nullptr},
    {"format('a', '=5')", nullptr, "ValueError: '=' alignment not allowed in string format specifier"},
    {"'{:*^9}'.format('mid')", "'***mid***'", nullptr},
    {"'{!r:>8}'.format('a')", "\"     'a'\"", nullptr},
    {"'{0!s:.1}'.format('xyz')", "'x'", nullptr},
    {"'{0.real}'.format(5)", "'5'", nullptr},
    {"'{x[0]}'.format(x='ab')", "'a'", nullptr},
    {"'{0[0]}'.format(('é',))", "'é'", nullptr},
    {"'{{{0}}}'.format(1)", "'{1}'", nullptr},
    {"'{:{}}'.format(3, 5)", "'    3'", nullptr},
    {"'{:{:{}}}'.format(1, 2, 3)", nullptr, "ValueError: Max string recursion exceeded"},
    {"'{0:{1}}{}'.format(3, 5)", nullptr, "ValueError: cannot switch from manual field specification to automatic field numbering"},
    {"'{!x}'.format(1)", nullptr, "ValueError: Unknown conversion specifier x"},
    {"'{!'.format(1)", nullptr, "ValueError: end of string while looking for conversion specifier"},
    {"'{0!}'.format(1)", nullptr, "ValueError: unmatched '{' in format spec"},
    {"'{0!rx}'.format(1)", nullptr, "ValueError: expected ':' after conversion specifier"},
    {"'{a{}'.format(1)", nullptr, "ValueError: unexpected '{' in field name"},
    {"'{0.}'.format(1)", nullptr, "ValueError: Empty attribute in format string"},
    {"'{0[]}'.format([1])", nullptr, "ValueError: Empty attribute in format string"},
    {"'{0[0]x}'.format([1])", nullptr, "ValueError: Only '.' or '[' may follow ']' in format field specifier"},
    {"'{0]'.format(1)", nullptr, "ValueError: expected '}' before end of string"},
    {"'x}'.format()", nullptr, "ValueError: Single '}' encountered in format string"},
    {"'}}{{'.format()", "'}{'", nullptr},
    {"'{}'.format_map({})", nullptr, "ValueError: Format string contains positional fields"},
    {"'{a}-{b}'.format_map({'a': 1, 'b': 'z'})", "'1-z'", nullptr},
    {"'{a}'.format_map(1)", nullptr, "TypeError: 'int' object is not subscriptable"},
    {"format('abc', '10')", "'abc       '", nullptr},
    {"format('abc', '<10')", "'abc       '", nullptr},
    {"format('abc', '>10')", "'       abc'", nullptr},
    {"format('abc', '^10')", "'   abc    '", nullptr},
    {"format('abc', '*^10.2')", "'****ab****'", nullptr},
    {"format('日本', '^6')", "'  日本  '", nullptr},
    {"format('x', '05')", "'x0000'", nullptr},
    {"format('x', '<05')", "'x0000'", nullptr},
    {"format('x', 'é^5')", "'ééxéé'", nullptr},
    {"format('x', ' 5')", nullptr, "ValueError: Space not allowed in string format specifier"},
    {"format('x', '+5')", nullptr, "ValueError: Sign not allowed in string format specifier"},
    {"format('x', '#5')", nullptr, "ValueError: Alternate form (#) not allowed in string format specifier"},
    {"format('x', ',')", nullptr, "ValueError: Cannot specify ',' with 's'."},
    {"format('x', '_')", nullptr, "ValueError: Cannot specify '_' with 's'."},
    {"format('x', 'z')", nullptr, "ValueError: Negative zero coercion (z) not allowed in string format specifier"},
    {"format('x', 'd')", nullptr, "ValueError: Unknown format code 'd' for object of type 'str'"},
    {"format('x', 'é')", nullptr, "ValueError: Unknown format code '\\xe9' for object of type 'str'"},
    {"format('x', 's')", "'x'", nullptr},
    {"format('x', '.0')", "''", nullptr},
    {"format('x', '')", "'x'", nullptr},
    {"format(1, '9999999999999999999999')", nullptr, "ValueError: Too many decimal digits in format string"},
    {"format(1, '.')", nullptr, "ValueError: Format specifier missing precision"},
    {"format(1, ',_')", nullptr, "ValueError: Cannot specify both ',' and '_'."},
    {"format(1, 'abc')", nullptr, "ValueError: Invalid format specifier 'abc' for object of type 'int'"},
    {"format(1, 'é<5')", "'1éééé'", nullptr},
    {"format(255, '#x')", "'0xff'", nullptr},
    {"format(255, '08b')", "'11111111'", nullptr},
    {"format(1234567, ',')", "'1,234,567'", nullptr},
    {"format(1234567, '_')", "'1_234_567'", nullptr},
    {"format(-42, '=+8')", "'-     42'", nullptr},
    {"format(3.14159, '.2f')", "'3.14'", nullptr},
    {"format(1e6, ',.1f')", "'1,000,000.0'", nullptr},
    {"format(0.5, '%')", "'50.000000%'", nullptr},
    {"format(-0.0, 'z.1f')", "'0.0'", nullptr},
    {"format(65, 'c')", "'A'", nullptr},
    {"format(1234.5, '012,.1f')", "'00,001,234.5'", nullptr},
    {"'%5s|%-5s|' % ('ab', 'cd')", "'   ab|cd   |'", nullptr},
    {"'%.2s' % 'abc'", "'ab'", nullptr},
    {"'%c%c' % (65, 'b')", "'Ab'", nullptr},
    {"'%c' % 'ab'", nullptr, "TypeError: %c requires int or char"},
    {"'%c' % 0x110000", nullptr, "OverflowError: %c arg not in range(0x110000)"},
    {"'%c' % -1", nullptr, "OverflowError: %c arg not in range(0x110000)"},
    {"'%i' % 1.5", "'1'", nullptr},
    {"'%d' % 3.99", "'3'", nullptr},
    {"'%x' % 3.99", nullptr, "TypeError: %x format: an integer is required, not float"},
    {"'%x' % -255", "'-ff'", nullptr},
    {"'%#o' % -8", "'-0o10'", nullptr},
    {"'%#X' % 255", "'0XFF'", nullptr},
    {"'%05.1f' % -2.5", "'-02.5'", nullptr},
    {"'% 05d' % 5", "' 0005'", nullptr},
    {"'%+05d' % -5", "'-0005'", nullptr},
    {"'%-05d|' % 5", "'5    |'", nullptr},
    {"'%.3d' % 5", "'005'", nullptr},
    {"'%.0f' % 2.5", "'2'", nullptr},
    {"'%e' % 10**400", nullptr, "OverflowError: int too large to convert to float"},
    {"'%g %g %g' % (0.0001, 1e-5, 123456789)", "'0.0001 1e-05 1.23457e+08'", nullptr},
    {"'%G' % 1e-10", "'1E-10'", nullptr},
    {"'%F' % float('inf')", "'INF'", nullptr},
    {"'%.1000f' % 1.5 == '1.5' + '0' * 999", "True", nullptr},
    {"'%(a)s %(b)r' % {'a': 1, 'b': 'x'}", "\"1 'x'\"", nullptr},
    {"'%()s' % {'': 5}", "'5'", nullptr},
    {"'%(a)*d' % {'a': 1}", nullptr, "TypeError: not enough arguments for format string"},
    {"'%s %%' % 1", "'1 %'", nullptr},
    {"'%.*s' % (2, 'abc')", "'ab'", nullptr},
    {"'%*s|' % (-5, 'a')", "'a    |'", nullptr},
    {"'%*d' % ('x', 1)", nullptr, "TypeError: * wants int"},
    {"'%i %s' % [1, 2]", nullptr, "TypeError: %i format: a real number is required, not list"},
    {"'%s' % [1, 2]", "'[1, 2]'", nullptr},
    {"'%s' % {'a': 1}", "\"{'a': 1}\"", nullptr},
    {"'%s %s' % {'a': 1}", nullptr, "TypeError: not enough arguments for format string"},
    {"'x' % {'a': 1}", "'x'", nullptr},
    {"'x' % ()", "'x'", nullptr},
    {"'x' % []", "'x'", nullptr},
    {"'%(x)s' % []", nullptr, "TypeError: list indices must be integers or slices, not str"},
    {"'%s' % ()", nullptr, "TypeError: not enough arguments for format string"},
    {"'%s' % (1,)", "'1'", nullptr},
    {"'%z' % 1", nullptr, "ValueError: unsupported format character 'z' (0x7a) at index 1"},
    {"'%é' % 1", nullptr, "ValueError: unsupported format character '?' (0xe9) at index 1"},
    {"'%' % 1", nullptr, "ValueError: incomplete format"},
    {"'%(a' % {'a': 1}", nullptr, "ValueError: incomplete format key"},
    {"'%5%' % ()", nullptr, "TypeError: not enough arguments for format string"},
    {"'%5%' % (1,)", nullptr, "ValueError: unsupported format character '%' (0x25) at index 2"},
    {"'%%' % ()", "'%'", nullptr},
    {"'%s' % b'x'", "\"b'x'\"", nullptr},
    {"'%r' % 'é'", "\"'é'\"", nullptr},
    {"'%a' % 'é'", "\"'\\\\xe9'\"", nullptr},
    {"'%5c|' % 97", "'    a|'", nullptr},
    {"'%-3c|' % 'é'", "'é  |'", nullptr},
    {"'%s' % 'é' * 3", "'ééé'", nullptr},
    {"'x' % b'abc'", "'x'", nullptr},
    {"'x' % 'abc'", nullptr, "TypeError: not all arguments converted during string formatting"},
    {"'x' % range(3)", "'x'", nullptr},
    {"'%s' % range(3)", "'range(0, 3)'", nullptr},
    {"'a'.format_map(1)", "'a'", nullptr},
    {"'a'.__format__(1)", nullptr, "TypeError: __format__() argument must be str, not int"},
    {"'%x' % 1.5", nullptr, "TypeError: %x format: an integer is required, not float"},
    {"'%c' % 10**10", nullptr, "OverflowError: %c arg not in range(0x110000)"},
    {"'%(a)s' % 1", nullptr, "TypeError: format requires a mapping"},
    {"'%(a)s %s' % {'a':1}", nullptr, "TypeError: not enough arguments for format string"},
    {"'%s %(a)s' % {'a':1}", "\"{'a': 1} 1\"", nullptr},
    {"'%(a' % {'a':1}", nullptr, "ValueError: incomplete format key"},
    {"'%.*f' % ('x', 1.0)", nullptr, "TypeError: * wants int"},
    {"'%d' % None", nullptr, "TypeError: %d format: a real number is required, not NoneType"},
    {"'%f' % 'x'", nullptr, "TypeError: must be real number, not str"},
    {"'%c' % 1.5", nullptr, "TypeError: %c requires int or char"},
    {"'{0}'.format()", nullptr, "IndexError: Replacement index 0 out of range for positional args tuple"},
    {"'{'.format()", nullptr, "ValueError: Single '{' encountered in format string"},
    {"'}'.format()", nullptr, "ValueError: Single '}' encountered in format string"},
    {"'{0:{1}}'.format(1)", nullptr, "IndexError: Replacement index 1 out of range for positional args tuple"},
    {"'{a.b}'.format(a=1)", nullptr, "AttributeError: 'int' object has no attribute 'b'"},
    {"'{0[}'.format(1)", nullptr, "ValueError: expected '}' before end of string"},
    {"'{:d}'.format('a')", nullptr, "ValueError: Unknown format code 'd' for object of type 'str'"},
    {"'{:x}'.format('a')", nullptr, "ValueError: Unknown format code 'x' for object of type 'str'"},
    {"format('a', 'd')", nullptr, "ValueError: Unknown format code 'd' for object of type 'str'"},
    {"format('a', '+5')", nullptr, "ValueError: Sign not allowed in string format specifier"},
    {"format('a', ',')", nullptr, "ValueError: Cannot specify ',' with 's'."},
    {"format('a', '#')", nullptr, "ValueError: Alternate form (#) not allowed in string format specifier"},
    {"format('a', 'z')", nullptr, "ValueError: Negative zero coercion (z) not allowed in string format specifier"},
    {"format(1, '_,')", nullptr, "ValueError: Cannot specify both ',' and '_'."},
    {"'{0:{a}}'.format(1, a='{}')", nullptr, "ValueError: Invalid format specifier '{}' for object of type 'int'"},
    {"'{}{0}'.format(1,2)", nullptr, "ValueError: cannot switch from automatic field numbering to manual field specification"},
    {"'{0}{}'.format(1,2)", nullptr, "ValueError: cannot switch from manual field specification to automatic field numbering"},
    {"'{:{:{}}}'.format(1,2,3)", nullptr, "ValueError: Max string recursion exceeded"},
    {"'{a[}'.format(a=1)", nullptr, "ValueError: expected '}' before end of string"},
    {"'%r' % b'x'", "\"b'x'\"", nullptr},
    {"'%c' % 'é'", "'é'", nullptr},
    {"'%c' % 233", "'é'", nullptr},
    {"'%-6.2f|' % 2.5", "'2.50  |'", nullptr},
    {"'%+.3e' % 1234.5", "'+1.234e+03'", nullptr},
    {"'%#.3g' % 1.0", "'1.00'", nullptr},
    {"'%E' % 1e10", "'1.000000E+10'", nullptr},
    {"'%u' % 5", "'5'", nullptr},
    {"'%5.1s|' % 'abc'", "'    a|'", nullptr},
    {"'%d' % True", "'1'", nullptr},
    {"'%s' % True", "'True'", nullptr},
    {"'%d' % 10**30", "'1000000000000000000000000000000'", nullptr},
    {"'%x' % 2**70", "'400000000000000000'", nullptr},
    {"'%(a)*d' % {'a':1}", nullptr, "TypeError: not enough arguments for format string"},
    {"'%*s' % (-5, 'a')", "'a    '", nullptr},
    {"'x' % {'a':1}", "'x'", nullptr},
    {"'%c' % ''", nullptr, "TypeError: %c requires int or char"},
    {"'%d' % '1'", nullptr, "TypeError: %d format: a real number is required, not str"},
    {"'%f' % 10**400", nullptr, "OverflowError: int too large to convert to float"},
    {"'%1000000000000d' % 1", nullptr, "MemoryError"},
    {"b'%d-%s' % (1, b'x')", "b'1-x'", nullptr},
    {"b'%s' % 'x'", nullptr, "TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'"},
    {"b'%s' % 1", nullptr, "TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'int'"},
    {"b'%r' % 'x'", "b\"'x'\"", nullptr},
    {"b'%a' % 'é'", "b\"'\\\\xe9'\"", nullptr},
    {"b'%c' % 256", nullptr, "OverflowError: %c arg not in range(256)"},
    {"b'%c' % b'ab'", nullptr, "TypeError: %c requires an integer in range(256) or a single byte"},
    {"b'%c' % 65", "b'A'", nullptr},
    {"b'%c' % b'A'", "b'A'", nullptr},
    {"b'%d %x %o %e' % (1, 255, 8, 1.5)", "b'1 ff 10 1.500000e+00'", nullptr},
    {"b'%5b|' % b'x'", "b'    x|'", nullptr},
    {"b'%(k)s' % {b'k': b'v'}", "b'v'", nullptr},
    {"b'%(k)s' % {'k': b'v'}", nullptr, "KeyError: b'k'"},
    {"b'x' % 5", nullptr, "TypeError: not all arguments converted during bytes formatting"},
    {"b'%s' % (b'a', b'b')", nullptr, "TypeError: not all arguments converted during bytes formatting"},
    {"b'x' % 'abc'", nullptr, "TypeError: not all arguments converted during bytes formatting"},
    {"b'x' % b'abc'", nullptr, "TypeError: not all arguments converted during bytes formatting"},
    {"b'x' % [1]", "b'x'", nullptr},
    {"b'%c' % 'a'", nullptr, "TypeError: %c requires an integer in range(256) or a single byte"},
    {"b'%d' % 1.5", "b'1'", nullptr},
    {"b'%x' % 255", "b'ff'", nullptr},
    {"b'%5s|' % b'ab'", "b'   ab|'", nullptr},
    {"b'%(a)s' % {b'a': b'x'}", "b'x'", nullptr},
    {"b'%b' % b'x'", "b'x'", nullptr},
};

class FormatTest : public VmTest {
 protected:
  FormatSpec parse(const char* spec) {
    FormatSpec out;
    EXPECT_TRUE(format_spec_parse(ts(), spec, "int", &out)) << spec;
    return out;
  }
  std::string pad(const FormatSpec& spec, const char* sign, const char* prefix, const char* body,
                  char default_align) {
    Value v = format_spec_pad(ts(), spec, sign, prefix, body, default_align);
    return v.is_error() ? error() : std::string(str_view(as_str(v)));
  }
};

TEST_F(FormatTest, MatchesCPython) {
  for (const ExprCase& c : FORMAT_CASES) check(c);
}

TEST_F(FormatTest, SpecFields) {
  FormatSpec s = parse("*^+z#012_.3f");
  EXPECT_EQ(s.fill, uint32_t('*'));
  EXPECT_EQ(s.align, '^');
  EXPECT_EQ(s.sign, '+');
  EXPECT_TRUE(s.no_neg_zero);
  EXPECT_TRUE(s.alternate);
  EXPECT_FALSE(s.zero_pad);  // a fill was given, so '0' belongs to the width
  EXPECT_EQ(s.width, 12);
  EXPECT_EQ(s.grouping, '_');
  EXPECT_EQ(s.precision, 3);
  EXPECT_EQ(s.type, uint32_t('f'));
  FormatSpec z = parse("08,");
  EXPECT_TRUE(z.zero_pad);
  EXPECT_EQ(z.fill, uint32_t('0'));
  EXPECT_EQ(z.align, 0);
  EXPECT_EQ(z.width, 8);
  FormatSpec u = parse("\xc3\xa9<5\xe2\x82\xac");  // fill and type may be any code point
  EXPECT_EQ(u.fill, 0xE9u);
  EXPECT_EQ(u.type, 0x20ACu);
  FormatSpec e = parse("");
  EXPECT_EQ(e.width, -1);
  EXPECT_EQ(e.precision, -1);
  EXPECT_EQ(e.type, 0u);
}

TEST_F(FormatTest, SpecErrors) {
  FormatSpec s;
  EXPECT_FALSE(format_spec_parse(ts(), "abc", "float", &s));
  EXPECT_EQ(error(), "ValueError: Invalid format specifier 'abc' for object of type 'float'");
  EXPECT_FALSE(format_spec_parse(ts(), ".", "int", &s));
  EXPECT_EQ(error(), "ValueError: Format specifier missing precision");
  EXPECT_FALSE(format_spec_parse(ts(), "_,", "int", &s));
  EXPECT_EQ(error(), "ValueError: Cannot specify both ',' and '_'.");
  EXPECT_FALSE(format_spec_parse(ts(), "99999999999999999999999", "int", &s));
  EXPECT_EQ(error(), "ValueError: Too many decimal digits in format string");
}

TEST_F(FormatTest, PadAlignsAroundSignAndPrefix) {
  EXPECT_EQ(pad(parse("10"), "-", "0x", "ff", '>'), "     -0xff");
  EXPECT_EQ(pad(parse("010"), "-", "0x", "ff", '>'), "-0x00000ff");
  EXPECT_EQ(pad(parse("*<8"), "+", "", "1", '>'), "+1******");
  EXPECT_EQ(pad(parse("^7"), "", "", "\xe6\x97\xa5", '<'), "   \xe6\x97\xa5   ");
  EXPECT_EQ(pad(parse("05"), "", "", "ab", '<'), "ab000");
}

TEST_F(FormatTest, GroupDigits) {
  StrBuf out(ts());
  format_group_digits("1234567", ',', 3, out);
  out.append_char('|');
  format_group_digits("123", '_', 4, out);
  out.append_char('|');
  format_group_digits("12345678", '_', 4, out);
  Value v = out.finish();
  ASSERT_FALSE(v.is_error());
  EXPECT_EQ(std::string(str_view(as_str(v))), "1,234,567|123|1234_5678");
}

}  // namespace
}  // namespace weft
