# from module import * takes public names, or exactly __all__ when defined.
from mod_helper_star import *
print(PUBLIC, visible())
try:
    print(_HIDDEN)
except NameError:
    print('_HIDDEN not imported')
from mod_helper_all import *
print(exported, _also_exported)
try:
    print(not_exported)
except NameError:
    print('not_exported not imported')
