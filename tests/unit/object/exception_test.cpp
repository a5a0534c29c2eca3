// Built-in exceptions: constructors, attributes, str/repr, chaining, raising from C++, and the
// default traceback printer (expected text checked with CPython 3.13).
#include "../vm/vm_fixture.hpp"
#include "object/list.hpp"
#include "object/module.hpp"
#include "object/tuple.hpp"

namespace weft {
namespace {

class ExceptionTest : public VmTest {
 protected:
  // Runs `src`, which must define r; returns repr(r).
  std::string eval(const std::string& src) {
    if (!run(src)) return "raised " + error();
    return global("r");
  }

  // What exception_print writes for the exception `src` raises, captured from sys.stderr.
  std::string printed(const std::string& src) {
    EXPECT_TRUE(run("import sys\nsys.captured = []\n"
                    "sys.stderr = type(sys.implementation)(write=sys.captured.append)\n"))
        << error();
    EXPECT_FALSE(run(src));
    Value exc = take_pending(ts());
    exception_print(ts(), exc);
    Value captured = dict_get_str(ts().vm->sys->dict, intern_cstr(ts(), "captured"));
    std::string text;
    List* pieces = as_list(captured);
    for (size_t i = 0; i < list_size(pieces); i++) text += str_view(as_str(list_get(pieces, i)));
    return text;
  }
};

TEST_F(ExceptionTest, ReprAndStr) {
  EXPECT_EQ(eval("r = [repr(ValueError()), repr(ValueError('x')), repr(ValueError('x', 1)),\n"
                 "     str(ValueError()), str(ValueError('x')), str(ValueError('x', 1)),\n"
                 "     str(KeyError('a')), str(KeyError('a', 'b')), repr(KeyError('a'))]\n"),
            "['ValueError()', \"ValueError('x')\", \"ValueError('x', 1)\", '', 'x', "
            "\"('x', 1)\", \"'a'\", \"('a', 'b')\", \"KeyError('a')\"]");
}

TEST_F(ExceptionTest, Hierarchy) {
  EXPECT_EQ(eval("r = [issubclass(ModuleNotFoundError, ImportError),\n"
                 "     issubclass(UnboundLocalError, NameError),\n"
                 "     issubclass(RecursionError, RuntimeError),\n"
                 "     issubclass(PythonFinalizationError, RuntimeError),\n"
                 "     issubclass(TimeoutError, OSError), issubclass(TabError, IndentationError),\n"
                 "     issubclass(BrokenPipeError, ConnectionError),\n"
                 "     issubclass(UnicodeDecodeError, ValueError),\n"
                 "     issubclass(KeyboardInterrupt, Exception), IOError is OSError,\n"
                 "     issubclass(StopIteration, Exception), EnvironmentError.__name__]\n"),
            "[True, True, True, True, True, True, True, True, False, True, True, 'OSError']");
}

TEST_F(ExceptionTest, SpecialAttributes) {
  EXPECT_EQ(eval("r = [StopIteration().value, StopIteration(1, 2).value, SystemExit().code,\n"
                 "     SystemExit(3).code, SystemExit(1, 2).code,\n"
                 "     ImportError('m', name='n', path='p').name, ImportError('m').msg,\n"
                 "     str(ImportError('m', name='n')), NameError('x', name='y').name,\n"
                 "     AttributeError('x', obj=1).obj]\n"),
            "[None, 1, None, 3, (1, 2), 'n', 'm', 'm', 'y', 1]");
  ASSERT_FALSE(run("ImportError('m', foo=1)"));
  EXPECT_EQ(error(), "TypeError: ImportError() got an unexpected keyword argument 'foo'");
  ASSERT_FALSE(run("ValueError(x=1)"));
  EXPECT_EQ(error(), "TypeError: ValueError() takes no keyword arguments");
}

TEST_F(ExceptionTest, OSError) {
  EXPECT_EQ(eval("e = OSError(2, 'No such file or directory', 'x')\n"
                 "r = [type(e).__name__, str(e), e.args, e.errno, e.filename, repr(e),\n"
                 "     str(OSError(2, 'No such', 'x', None, 'y')), str(OSError(None, None)),\n"
                 "     type(OSError(13, 'x')).__name__, str(OSError('a')), OSError('a').errno,\n"
                 "     BlockingIOError(1, 'x', 5).characters_written]\n"),
            "['FileNotFoundError', \"[Errno 2] No such file or directory: 'x'\", "
            "(2, 'No such file or directory'), 2, 'x', "
            "\"FileNotFoundError(2, 'No such file or directory')\", "
            "\"[Errno 2] No such: 'x' -> 'y'\", '[Errno None] None', 'PermissionError', 'a', "
            "None, 5]");
}

TEST_F(ExceptionTest, SyntaxErrorAndUnicodeErrors) {
  EXPECT_EQ(eval("e = SyntaxError('invalid syntax', ('/a/f.py', 3, 4, 'x = (', 3, 5))\n"
                 "r = [str(e), e.msg, e.lineno, e.offset, e.text, e.end_offset,\n"
                 "     str(SyntaxError('m', (None, 3, 4, 'x'))), str(SyntaxError()),\n"
                 "     str(UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'invalid start byte')),\n"
                 "     str(UnicodeDecodeError('utf-8', b'ab', 0, 2, 'bad')),\n"
                 "     str(UnicodeEncodeError('ascii', '\\xe9', 0, 1, 'no')),\n"
                 "     str(UnicodeTranslateError('\\u1234', 0, 1, 'r'))]\n"),
            "['invalid syntax (f.py, line 3)', 'invalid syntax', 3, 4, 'x = (', 5, 'm (line 3)', "
            "'None', \"'utf-8' codec can't decode byte 0xff in position 0: invalid start byte\", "
            "\"'utf-8' codec can't decode bytes in position 0-1: bad\", "
            "\"'ascii' codec can't encode character '\\\\xe9' in position 0: no\", "
            "\"can't translate character '\\\\u1234' in position 0: r\"]");
  ASSERT_FALSE(run("SyntaxError('m', (1, 2))"));
  EXPECT_EQ(error(), "TypeError: function takes at least 4 arguments (2 given)");
  ASSERT_FALSE(run("UnicodeDecodeError('utf-8')"));
  EXPECT_EQ(error(), "TypeError: function takes exactly 5 arguments (1 given)");
}

TEST_F(ExceptionTest, ChainingAttributesAndNotes) {
  EXPECT_EQ(eval("e = ValueError(1)\n"
                 "a = [e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__]\n"
                 "e.__cause__ = KeyError()\n"
                 "e.add_note('first')\n"
                 "r = a + [e.__suppress_context__, type(e.__cause__).__name__, e.__notes__,\n"
                 "         e.with_traceback(None) is e]\n"),
            "[None, None, False, None, True, 'KeyError', ['first'], True]");
  ASSERT_FALSE(run("ValueError().__cause__ = 3"));
  EXPECT_EQ(error(), "TypeError: exception cause must be None or derive from BaseException");
  ASSERT_FALSE(run("ValueError().__traceback__ = 3"));
  EXPECT_EQ(error(), "TypeError: __traceback__ must be a traceback or None");
  ASSERT_FALSE(run("ValueError().add_note(3)"));
  EXPECT_EQ(error(), "TypeError: note must be a str, not 'int'");
}

TEST_F(ExceptionTest, RaiseFromCxx) {
  Value r = raise(ts(), ts().vm->types.ValueError, "bad %s %d %R", "value", 42,
                  str_from_cstr(ts(), "q"));
  EXPECT_TRUE(r.is_error());
  EXPECT_TRUE(pending_matches(ts(), ts().vm->types.ValueError));
  EXPECT_TRUE(pending_matches(ts(), ts().vm->types.Exception));
  EXPECT_FALSE(pending_matches(ts(), ts().vm->types.KeyError));
  EXPECT_EQ(error(), "ValueError: bad value 42 'q'");
  raise_no_memory(ts());
  EXPECT_EQ(ts().pending, ts().vm->memory_error);
  EXPECT_EQ(error(), "MemoryError");
  raise_stack_overflow(ts());
  EXPECT_EQ(ts().pending, ts().vm->recursion_error);
  EXPECT_EQ(error(), "RecursionError: maximum recursion depth exceeded");
  raise_with_arg(ts(), ts().vm->types.KeyError, Value::from_int(5));
  EXPECT_EQ(error(), "KeyError: 5");
}

TEST_F(ExceptionTest, PrintTraceback) {
  EXPECT_EQ(printed("def f():\n    return 1 / 0\nf()\n"),
            "Traceback (most recent call last):\n"
            "  File \"<test>\", line 3, in <module>\n"
            "  File \"<test>\", line 2, in f\n"
            "ZeroDivisionError: division by zero\n");
}

TEST_F(ExceptionTest, PrintChains) {
  EXPECT_EQ(printed("try:\n    {}['k']\nexcept KeyError as e:\n    raise ValueError('v') from e\n"),
            "Traceback (most recent call last):\n"
            "  File \"<test>\", line 2, in <module>\n"
            "KeyError: 'k'\n"
            "\nThe above exception was the direct cause of the following exception:\n\n"
            "Traceback (most recent call last):\n"
            "  File \"<test>\", line 4, in <module>\n"
            "ValueError: v\n");
  EXPECT_EQ(printed("try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise KeyboardInterrupt\n"),
            "Traceback (most recent call last):\n"
            "  File \"<test>\", line 2, in <module>\n"
            "ZeroDivisionError: division by zero\n"
            "\nDuring handling of the above exception, another exception occurred:\n\n"
            "Traceback (most recent call last):\n"
            "  File \"<test>\", line 4, in <module>\n"
            "KeyboardInterrupt\n");
}

TEST_F(ExceptionTest, PrintRepeatedLines) {
  std::string text = printed("def f(n):\n    return f(n - 1) if n else 1 / 0\nf(10)\n");
  EXPECT_NE(text.find("  [Previous line repeated 8 more times]\n"), std::string::npos) << text;
}

TEST_F(ExceptionTest, PrintSyntaxError) {
  EXPECT_EQ(printed("raise SyntaxError(\"'(' was never closed\", ('x.py', 1, 5, 'x = (\\n', 1, 6))"),
            "Traceback (most recent call last):\n"
            "  File \"<test>\", line 1, in <module>\n"
            "  File \"x.py\", line 1\n"
            "    x = (\n"
            "        ^\n"
            "SyntaxError: '(' was never closed\n");
}

}  // namespace
}  // namespace weft
