# import inside a function binds a local name; the module is still cached globally.
def load():
    import mod_helper_star
    return mod_helper_star.PUBLIC

print(load())
try:
    mod_helper_star
except NameError:
    print('not bound at module level')
import sys
print('mod_helper_star' in sys.modules)
def load_from():
    from mod_helper_star import visible as v
    return v()
print(load_from())
