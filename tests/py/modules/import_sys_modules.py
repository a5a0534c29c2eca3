# Imported modules are cached in sys.modules under their name.
import sys
print('mod_helper_uses_main' in sys.modules)
import mod_helper_uses_main
print('mod_helper_uses_main' in sys.modules)
print(sys.modules['mod_helper_uses_main'] is mod_helper_uses_main)
print(sys.modules['sys'] is sys, '__main__' in sys.modules)
main = sys.modules['__main__']
marker = 'set in main'
print(main.marker)
print(type(sys.modules).__name__)
