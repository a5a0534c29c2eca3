# BaseException is the root; Exception excludes SystemExit, KeyboardInterrupt, GeneratorExit.
names = [SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration,
         RuntimeError, RecursionError, NotImplementedError, NameError, UnboundLocalError,
         TypeError, ValueError, UnicodeError, UnicodeDecodeError, AssertionError,
         AttributeError, ImportError, ModuleNotFoundError, OSError, MemoryError, SyntaxError,
         IndentationError, TabError, EOFError, StopAsyncIteration]
for cls in names:
    print(cls.__name__, issubclass(cls, BaseException), issubclass(cls, Exception))
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(UnboundLocalError, NameError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError))
print(issubclass(bool, BaseException), isinstance(ValueError, type), isinstance(ValueError(), type))
print(issubclass(ValueError, (KeyError, Exception)), isinstance(KeyError(), (TypeError, LookupError)))
