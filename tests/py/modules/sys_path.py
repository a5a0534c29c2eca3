# sys.path is a list of str whose first entry is the script's folder.
import sys
print(type(sys.path).__name__, len(sys.path) > 0)
print(all_str := [type(p).__name__ for p in sys.path[:1]])
print(sys.path[0].endswith('modules'))
sys.path.append('/nonexistent/weft-test-dir')
print(sys.path[-1])
import mod_helper_star
print(mod_helper_star.PUBLIC)
