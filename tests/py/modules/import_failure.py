# A module that raises during import propagates the error and is not left in sys.modules.
import sys
try:
    import mod_helper_raises
except ValueError as e:
    print('caught', e)
print('mod_helper_raises' in sys.modules)
try:
    import mod_helper_raises
except ValueError as e:
    print('raised again', e)
try:
    import mod_helper_missing_entirely
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from mod_helper_basic import does_not_exist
except ImportError as e:
    print('ImportError for a missing name')
