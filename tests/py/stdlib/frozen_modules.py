# .exp: Weft deliberately differs: its standard library is frozen into the binary, so modules
# such as heapq have no __file__, their spec's origin is 'frozen', and a file on sys.path with
# the same name does not shadow them (CPython reads its stdlib from files found on sys.path).
import sys

sys.path.insert(0, 'mod_shadow')
import bisect
import collections
import heapq

print(hasattr(bisect, 'SHADOW'), bisect.bisect([1, 2, 3], 2))
print(heapq, hasattr(heapq, '__file__'), heapq.__spec__.origin, heapq.__spec__.name)
print(heapq.__spec__.submodule_search_locations, heapq.__spec__.parent, repr(heapq.__package__))
print(collections.__package__, collections.__path__, collections.__spec__.submodule_search_locations)
print(collections.deque.__module__, heapq.__name__, sys.modules['heapq'] is heapq)
print(heapq.heappush.__code__.co_filename)
del sys.modules['heapq']
import heapq as again
print(again is heapq, again.heappush is not heapq.heappush)
try:
    import collections.nothere
except ModuleNotFoundError as e:
    print(e)
