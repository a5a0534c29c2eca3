# sys.version_info and sys.implementation (only properties stable across implementations).
import sys
print(sys.version_info[:2] >= (3, 11), sys.version_info[0], len(sys.version_info) >= 3)
print(sys.version_info >= (3,), type(sys.version_info[1]).__name__)
print(type(sys.implementation.name).__name__, sys.implementation.name == sys.implementation.name.lower())
print(sys.version_info.major == sys.version_info[0], sys.version_info.minor >= 11)
