# from-import, import-as and from-import-as bind names in the importer.
from mod_helper_basic import greet, VALUE
print(greet('from'), VALUE)
import mod_helper_basic as helper
print(helper.VALUE, helper.greet('alias'))
from mod_helper_basic import greet as hi, items as stuff
print(hi('as'), stuff)
from mod_helper_basic import (
    get_value,
    bump,
)
print(bump(), get_value(), VALUE, helper.VALUE)
stuff.append(4)
print(helper.items)
