# ImportError / ModuleNotFoundError for missing modules and names.
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import no_such_module_xyz as alias
except ImportError as e:
    print('ImportError catches', type(e).__name__)
try:
    from no_such_module_abc import thing
except ImportError as e:
    print(type(e).__name__, e)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e.name)
print(issubclass(ModuleNotFoundError, ImportError))
