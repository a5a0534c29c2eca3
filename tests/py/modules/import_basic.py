# import runs a module from the script's folder once and binds it as a module object.
import mod_helper_basic
print(mod_helper_basic.VALUE, mod_helper_basic.greet('world'), mod_helper_basic.items)
print(type(mod_helper_basic).__name__, mod_helper_basic.__name__)
print(mod_helper_basic.get_value(), mod_helper_basic.bump(), mod_helper_basic.VALUE)
mod_helper_basic.VALUE = 100
print(mod_helper_basic.get_value())
mod_helper_basic.new_attr = 'added'
print(mod_helper_basic.new_attr)
import mod_helper_basic
print('second import did not re-execute')
