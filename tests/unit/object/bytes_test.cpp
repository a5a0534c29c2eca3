// bytes through the interpreter: construction, indexing and slicing, comparison, the methods
// shared with str, hex/fromhex, codecs and repr. Expected results were generated with CPython 3.11
// (/usr/bin/python3) and agree with 3.13.
#include <string>

#include "../vm/vm_fixture.hpp"
#include "object/bytes.hpp"

namespace weft {
namespace {

struct Case {
  const char* expr;
  const char* repr;   // nullptr when it raises
  const char* error;  // "Type: message"
};

const Case BYTES_CASES[] = {
    {"b'\\xff'.decode()", nullptr, "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
    {"b'a\\xffb'.decode('utf-8', 'replace')", "'a�b'", nullptr},
    {"b'abc'", "b'abc'", nullptr},
    {"b'\\x00\\xff\\n'", "b'\\x00\\xff\\n'", nullptr},
    {"b'a' + b'b'", "b'ab'", nullptr},
    {"b'ab' * 2", "b'abab'", nullptr},
    {"b'abc'[0]", "97", nullptr},
    {"b'abc'[1:]", "b'bc'", nullptr},
    {"b'abc'.hex()", "'616263'", nullptr},
    {"bytes.fromhex('deadBEEF')", "b'\\xde\\xad\\xbe\\xef'", nullptr},
    {"b'ab'.hex(':')", "'61:62'", nullptr},
    {"bytes(3)", "b'\\x00\\x00\\x00'", nullptr},
    {"bytes([65, 66])", "b'AB'", nullptr},
    {"bytes('héllo', 'utf-8')", "b'h\\xc3\\xa9llo'", nullptr},
    {"bytes([256])", nullptr, "ValueError: bytes must be in range(0, 256)"},
    {"b'a,b'.split(b',')", "[b'a', b'b']", nullptr},
    {"b'  x  '.strip()", "b'x'", nullptr},
    {"b'hello'.upper()", "b'HELLO'", nullptr},
    {"b'abc'.find(b'c')", "2", nullptr},
    {"b'abc'.find(99)", "2", nullptr},
    {"b'a\\x0bb\\x0cc\\x1cd\\re'.splitlines()", "[b'a\\x0bb\\x0cc\\x1cd', b'e']", nullptr},
    {"b'a\\x85b'.split()", "[b'a\\x85b']", nullptr},
    {"b'\\x0bx\\x0c'.strip()", "b'x'", nullptr},
    {"b'a\\tb'.expandtabs(3)", "b'a  b'", nullptr},
    {"b'-'.join([b'a', b'b'])", "b'a-b'", nullptr},
    {"b''.join((b'x', b'y'))", "b'xy'", nullptr},
    {"b'abc'.find(b'')", "0", nullptr},
    {"b'abc'.count(b'', 1)", "3", nullptr},
    {"b'abc'.rfind(b'b', -5)", "1", nullptr},
    {"b'abc'.index(b'z')", nullptr, "ValueError: subsection not found"},
    {"b'abc'.rindex(b'z')", nullptr, "ValueError: subsection not found"},
    {"b'abc'.find(256)", nullptr, "ValueError: byte must be in range(0, 256)"},
    {"b'abc'.find(-1)", nullptr, "ValueError: byte must be in range(0, 256)"},
    {"b'abc'.find(1.5)", nullptr, "TypeError: argument should be integer or bytes-like object, not 'float'"},
    {"b'abc'.count(b'a', 'x')", nullptr, "TypeError: slice indices must be integers or None or have an __index__ method"},
    {"b'abc'.startswith(b'ab')", "True", nullptr},
    {"b'abc'.startswith((b'x', b'a'))", "True", nullptr},
    {"b'abc'.startswith('a')", nullptr, "TypeError: startswith first arg must be bytes or a tuple of bytes, not str"},
    {"b'abc'.endswith(('a',))", nullptr, "TypeError: a bytes-like object is required, not 'str'"},
    {"b'abc'.partition(b'b')", "(b'a', b'b', b'c')", nullptr},
    {"b'abc'.rpartition(b'x')", "(b'', b'', b'abc')", nullptr},
    {"b'abc'.partition(b'')", nullptr, "ValueError: empty separator"},
    {"b'abc'.removeprefix(b'a')", "b'bc'", nullptr},
    {"b'abc'.removesuffix('c')", nullptr, "TypeError: a bytes-like object is required, not 'str'"},
    {"b'a b  c'.split()", "[b'a', b'b', b'c']", nullptr},
    {"b'a b  c'.rsplit(None, 1)", "[b'a b', b'c']", nullptr},
    {"b'a,b,,c'.split(b',', 2)", "[b'a', b'b', b',c']", nullptr},
    {"b'a,b'.split(',')", nullptr, "TypeError: a bytes-like object is required, not 'str'"},
    {"b'a\\xa0b'.split()", "[b'a\\xa0b']", nullptr},
    {"b'  x  '.lstrip()", "b'x  '", nullptr},
    {"b'xxaxx'.strip(b'x')", "b'a'", nullptr},
    {"b'abc'.strip('a')", nullptr, "TypeError: a bytes-like object is required, not 'str'"},
    {"b'abc'.replace(b'b', b'')", "b'ac'", nullptr},
    {"b'abc'.replace(b'', b'.')", "b'.a.b.c.'", nullptr},
    {"b'abc'.replace('a', b'x')", nullptr, "TypeError: a bytes-like object is required, not 'str'"},
    {"b'-'.join([b'a', 'b'])", nullptr, "TypeError: sequence item 1: expected a bytes-like object, str found"},
    {"b'-'.join([b'a', 1])", nullptr, "TypeError: sequence item 1: expected a bytes-like object, int found"},
    {"b'abc'.upper()", "b'ABC'", nullptr},
    {"b'ABC'.lower()", "b'abc'", nullptr},
    {"b'hello world'.title()", "b'Hello World'", nullptr},
    {"b'hello'.capitalize()", "b'Hello'", nullptr},
    {"b'AbC'.swapcase()", "b'aBc'", nullptr},
    {"b'\\xe9a'.upper()", "b'\\xe9A'", nullptr},
    {"b'abc'.isalpha()", "True", nullptr},
    {"b'ab1'.isalnum()", "True", nullptr},
    {"b'123'.isdigit()", "True", nullptr},
    {"b' \\t'.isspace()", "True", nullptr},
    {"b''.isspace()", "False", nullptr},
    {"b'ABC'.isupper()", "True", nullptr},
    {"b'abc'.islower()", "True", nullptr},
    {"b'Hello World'.istitle()", "True", nullptr},
    {"b'\\x80'.isascii()", "False", nullptr},
    {"b'abc'.center(7, b'*')", "b'**abc**'", nullptr},
    {"b'abc'.center(7, '*')", nullptr, "TypeError: center() argument 2 must be a byte string of length 1, not str"},
    {"b'abc'.ljust(5)", "b'abc  '", nullptr},
    {"b'abc'.rjust(5, b'.')", "b'..abc'", nullptr},
    {"b'12'.zfill(5)", "b'00012'", nullptr},
    {"b'-12'.zfill(6)", "b'-00012'", nullptr},
    {"b'a\\tb'.expandtabs()", "b'a       b'", nullptr},
    {"b'\\x00\\xffab'.hex()", "'00ff6162'", nullptr},
    {"b'abcdef'.hex(':', 2)", "'6162:6364:6566'", nullptr},
    {"b'abcdef'.hex(':', -2)", "'6162:6364:6566'", nullptr},
    {"b'abcdef'.hex(b'-', 4)", "'6162-63646566'", nullptr},
    {"b'abc'.hex('é')", nullptr, "ValueError: sep must be ASCII."},
    {"b'abc'.hex('')", nullptr, "ValueError: sep must be length 1."},
    {"b'abc'.hex(1)", nullptr, "TypeError: object of type 'int' has no len()"},
    {"b''.hex(':')", "''", nullptr},
    {"bytes.fromhex('de ad be ef')", "b'\\xde\\xad\\xbe\\xef'", nullptr},
    {"bytes.fromhex(' 0a')", "b'\\n'", nullptr},
    {"bytes.fromhex('a b')", nullptr, "ValueError: non-hexadecimal number found in fromhex() arg at position 1"},
    {"bytes.fromhex('0')", nullptr, "ValueError: non-hexadecimal number found in fromhex() arg at position 1"},
    {"bytes.fromhex('6é')", nullptr, "ValueError: non-hexadecimal number found in fromhex() arg at position 1"},
    {"bytes.fromhex(1)", nullptr, "TypeError: fromhex() argument must be str, not int"},
    {"b'x'.fromhex('41')", "b'A'", nullptr},
    {"b'a' < b'b'", "True", nullptr},
    {"b'a' == 'a'", "False", nullptr},
    {"b'a' < 'a'", nullptr, "TypeError: '<' not supported between instances of 'bytes' and 'str'"},
    {"b'ab' + b'cd'", "b'abcd'", nullptr},
    {"b'a' + 'b'", nullptr, "TypeError: can't concat str to bytes"},
    {"b'a' * 2**62", nullptr, "MemoryError"},
    {"b'ab' * 2**62 == 0", nullptr, "OverflowError: repeated bytes are too long"},
    {"b'abc'[::-1]", "b'cba'", nullptr},
    {"b'abc'[::2]", "b'ac'", nullptr},
    {"b'abc'[-1]", "99", nullptr},
    {"b'abc'[3]", nullptr, "IndexError: index out of range"},
    {"b'abc'[1.5]", nullptr, "TypeError: byte indices must be integers or slices, not float"},
    {"b'abc'[10**20]", nullptr, "IndexError: cannot fit 'int' into an index-sized integer"},
    {"b'bc' in b'abc'", "True", nullptr},
    {"b'' in b'abc'", "True", nullptr},
    {"bytes()", "b''", nullptr},
    {"bytes(0)", "b''", nullptr},
    {"bytes(-1)", nullptr, "ValueError: negative count"},
    {"bytes(10**20)", nullptr, "OverflowError: cannot fit 'int' into an index-sized integer"},
    {"bytes(1.5)", nullptr, "TypeError: cannot convert 'float' object to bytes"},
    {"bytes(None)", nullptr, "TypeError: cannot convert 'NoneType' object to bytes"},
    {"bytes('abc')", nullptr, "TypeError: string argument without an encoding"},
    {"bytes('abc', 'ascii')", "b'abc'", nullptr},
    {"bytes('é', 'latin-1')", "b'\\xe9'", nullptr},
    {"bytes('é', 'ascii')", nullptr, "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"},
    {"bytes('é', 'ascii', 'ignore')", "b''", nullptr},
    {"bytes(1, 'utf-8')", nullptr, "TypeError: encoding without a string argument"},
    {"bytes(encoding='x')", nullptr, "TypeError: encoding without a string argument"},
    {"bytes('a', errors='x')", nullptr, "TypeError: string argument without an encoding"},
    {"bytes(1, errors='x')", nullptr, "TypeError: errors without a string argument"},
    {"bytes([1, 'a'])", nullptr, "TypeError: 'str' object cannot be interpreted as an integer"},
    {"bytes([300])", nullptr, "ValueError: bytes must be in range(0, 256)"},
    {"bytes((65, 66))", "b'AB'", nullptr},
    {"bytes(b'copy')", "b'copy'", nullptr},
    {"bytes(source=b'k')", "b'k'", nullptr},
    {"b'\\xff\\xfe'.decode('ascii')", nullptr, "UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)"},
    {"b'a\\xffb'.decode('ascii', 'replace')", "'a�b'", nullptr},
    {"b'a\\xff'.decode('latin-1')", "'aÿ'", nullptr},
    {"b'\\xed\\xa0\\x80'.decode('utf-8', 'surrogatepass')", "'\\ud800'", nullptr},
    {"b'\\xffa'.decode('utf-8', 'backslashreplace')", "'\\\\xffa'", nullptr},
    {"b'\\xff'.decode('utf-8', 'foo')", nullptr, "LookupError: unknown error handler name 'foo'"},
    {"b'a'.decode('utf-8', 'foo')", "'a'", nullptr},
    {"b'\\xff'.decode('utf-8', 'xmlcharrefreplace')", nullptr, "TypeError: don't know how to handle UnicodeDecodeError in error callback"},
    {"b'\\xf0\\x80'.decode('utf-8', 'replace')", "'��'", nullptr},
    {"b'\\xed\\xa0\\x80'.decode('utf-8', 'replace')", "'���'", nullptr},
    {"b'a\\xf0\\x9f\\x98'.decode()", nullptr, "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-3: unexpected end of data"},
    {"b'\\xe2\\x82'.decode()", nullptr, "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"},
    {"b'\\xe2\\x82\\x41'.decode()", nullptr, "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"},
    {"b'\\xc0\\xaf'.decode()", nullptr, "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"},
    {"b'\\xf4\\x90\\x80\\x80'.decode()", nullptr, "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte"},
    {"b'\\xff\\xfe'.decode('utf-8', 'surrogateescape')", "'\\udcff\\udcfe'", nullptr},
    {"b'\\xff\\xfe'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape')", "b'\\xff\\xfe'", nullptr},
    {"b'\\xf0\\x9f\\x98\\x80'.decode()", "'😀'", nullptr},
    {"b'abc'.decode(encoding='ascii')", "'abc'", nullptr},
    {"b'abc'.decode('foo')", nullptr, "LookupError: unknown encoding: foo"},
    {"b'a'.find(1000)", nullptr, "ValueError: byte must be in range(0, 256)"},
    {"b'a'.find('a')", nullptr, "TypeError: argument should be integer or bytes-like object, not 'str'"},
    {"b'a'.find(b'a', 'x')", nullptr, "TypeError: slice indices must be integers or None or have an __index__ method"},
    {"b'a'.split('a')", nullptr, "TypeError: a bytes-like object is required, not 'str'"},
    {"b'a'.join(['a'])", nullptr, "TypeError: sequence item 0: expected a bytes-like object, str found"},
    {"b'a'.join([1])", nullptr, "TypeError: sequence item 0: expected a bytes-like object, int found"},
    {"b'a'.decode(1)", nullptr, "TypeError: decode() argument 'encoding' must be str, not int"},
    {"b'a'.decode('foo')", nullptr, "LookupError: unknown encoding: foo"},
    {"bytes.fromhex('zz')", nullptr, "ValueError: non-hexadecimal number found in fromhex() arg at position 0"},
    {"bytes('a', 1)", nullptr, "TypeError: bytes() argument 'encoding' must be str, not int"},
    {"bytes([1], 'utf-8')", nullptr, "TypeError: encoding without a string argument"},
    {"b'a'[5]", nullptr, "IndexError: index out of range"},
    {"b'a'['x']", nullptr, "TypeError: byte indices must be integers or slices, not str"},
    {"b'a' + 1", nullptr, "TypeError: can't concat int to bytes"},
    {"b'a'.hex(1)", nullptr, "TypeError: object of type 'int' has no len()"},
    {"b'a'.hex('::')", nullptr, "ValueError: sep must be length 1."},
    {"b'a'.replace('a', 'b')", nullptr, "TypeError: a bytes-like object is required, not 'str'"},
    {"b'a'.strip('a')", nullptr, "TypeError: a bytes-like object is required, not 'str'"},
    {"b'a'.startswith('a')", nullptr, "TypeError: startswith first arg must be bytes or a tuple of bytes, not str"},
    {"b'a'.center(3, 'a')", nullptr, "TypeError: center() argument 2 must be a byte string of length 1, not str"},
    {"b'a'.count(256)", nullptr, "ValueError: byte must be in range(0, 256)"},
    {"b'a'.rfind('a')", nullptr, "TypeError: argument should be integer or bytes-like object, not 'str'"},
    {"b'a'.index('a')", nullptr, "TypeError: argument should be integer or bytes-like object, not 'str'"},
    {"b'a'.rindex('a')", nullptr, "TypeError: argument should be integer or bytes-like object, not 'str'"},
    {"b'a'.count('a')", nullptr, "TypeError: argument should be integer or bytes-like object, not 'str'"},
    {"b'a'.partition('a')", nullptr, "TypeError: a bytes-like object is required, not 'str'"},
    {"b'a'.rpartition('a')", nullptr, "TypeError: a bytes-like object is required, not 'str'"},
    {"b'a'.rsplit('a')", nullptr, "TypeError: a bytes-like object is required, not 'str'"},
    {"b'a'.replace('a',b'a')", nullptr, "TypeError: a bytes-like object is required, not 'str'"},
    {"b'a'.replace(b'a','a')", nullptr, "TypeError: a bytes-like object is required, not 'str'"},
    {"b'a'.lstrip('a')", nullptr, "TypeError: a bytes-like object is required, not 'str'"},
    {"b'a'.rstrip('a')", nullptr, "TypeError: a bytes-like object is required, not 'str'"},
    {"b'a'.removeprefix('a')", nullptr, "TypeError: a bytes-like object is required, not 'str'"},
    {"b'a'.removesuffix('a')", nullptr, "TypeError: a bytes-like object is required, not 'str'"},
    {"b'a'.center(1,'a')", nullptr, "TypeError: center() argument 2 must be a byte string of length 1, not str"},
    {"b'a'.ljust(1,'a')", nullptr, "TypeError: ljust() argument 2 must be a byte string of length 1, not str"},
    {"b'a'.rjust(1,b'ab')", nullptr, "TypeError: rjust() argument 2 must be a byte string of length 1, not bytes"},
    {"b'a'.zfill('x')", nullptr, "TypeError: 'str' object cannot be interpreted as an integer"},
    {"b'a'.endswith(('a',))", nullptr, "TypeError: a bytes-like object is required, not 'str'"},
    {"b'a'.find(256)", nullptr, "ValueError: byte must be in range(0, 256)"},
    {"b'a'.find(-1)", nullptr, "ValueError: byte must be in range(0, 256)"},
    {"b'a'.find(1.5)", nullptr, "TypeError: argument should be integer or bytes-like object, not 'float'"},
    {"b'a'.index(300)", nullptr, "ValueError: byte must be in range(0, 256)"},
    {"b'a'.count(b'a', 'x')", nullptr, "TypeError: slice indices must be integers or None or have an __index__ method"},
    {"b'a'.split(maxsplit=1.5)", nullptr, "TypeError: 'float' object cannot be interpreted as an integer"},
    {"b'a'.decode(errors=1)", nullptr, "TypeError: decode() argument 'errors' must be str, not int"},
    {"b'a'.decode('utf-8', 'x')", "'a'", nullptr},
    {"b'\\xff'.decode('utf-8', 'x')", nullptr, "LookupError: unknown error handler name 'x'"},
    {"b'a'.hex('x', 'y')", nullptr, "TypeError: 'str' object cannot be interpreted as an integer"},
    {"b'a'.hex(b':')", "'61'", nullptr},
    {"b'abcd'.hex(':', 2)", "'6162:6364'", nullptr},
    {"b'abcd'.hex(':', -1)", "'61:62:63:64'", nullptr},
    {"b'abcdef'.hex('é')", nullptr, "ValueError: sep must be ASCII."},
    {"b'a'.hex('')", nullptr, "ValueError: sep must be length 1."},
    {"bytes.fromhex('0a ')", "b'\\n'", nullptr},
    {"bytes.fromhex('0 a')", nullptr, "ValueError: non-hexadecimal number found in fromhex() arg at position 1"},
    {"bytes.fromhex('éé')", nullptr, "ValueError: non-hexadecimal number found in fromhex() arg at position 0"},
    {"bytes.fromhex('0a\\n0b')", "b'\\n\\x0b'", nullptr},
};

class BytesTest : public VmTest {
 protected:
  void check(const Case& c) {
    std::string src = std::string("r = ") + c.expr;
    if (run(src)) {
      EXPECT_EQ(global("r"), c.repr ? c.repr : "<raises>") << c.expr;
    } else {
      EXPECT_EQ(error(), c.error ? c.error : "<no error>") << c.expr;
    }
  }
};

TEST_F(BytesTest, MatchesCPython) {
  for (const Case& c : BYTES_CASES) check(c);
}

TEST_F(BytesTest, NewAllocAndRepr) {
  Value empty = bytes_new(ts(), "", 0);
  EXPECT_EQ(empty, ts().vm->empty_bytes);
  Bytes* b = bytes_alloc(ts(), 3);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->size, 3u);
  EXPECT_EQ(b->data[3], 0);  // NUL-terminated
  b->data[0] = '\'';
  b->data[1] = '\x80';
  b->data[2] = 'z';
  EXPECT_TRUE(is_bytes(ts(), Value::from_obj(b)));
  Value r = bytes_repr(ts(), b->data, b->size);
  ASSERT_FALSE(r.is_error());
  EXPECT_EQ(std::string(str_view(as_str(r))), "b\"'\\x80z\"");
}

TEST_F(BytesTest, StrBufBuildsBytes) {
  StrBuf out(ts());
  for (int i = 0; i < 300; i++) out.append_char(char(i));
  Value v = out.finish_bytes();
  ASSERT_FALSE(v.is_error());
  ASSERT_EQ(as_bytes(v)->size, 300u);
  EXPECT_EQ(static_cast<unsigned char>(as_bytes(v)->data[299]), 299 % 256);
}

}  // namespace
}  // namespace weft
