# A module's functions see that module's globals; __name__ is the module name there.
import mod_helper_uses_main as helper
NAME = 'main globals'
print(helper.whose_name(), NAME)
print(helper.module_name(), __name__)
def mine():
    return NAME
print(helper.call(mine))
helper.NAME = 'patched'
print(helper.whose_name(), NAME)
