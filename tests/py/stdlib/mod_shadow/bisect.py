# A module named like a frozen one, on sys.path: CPython imports it, Weft its frozen bisect.
SHADOW = True
