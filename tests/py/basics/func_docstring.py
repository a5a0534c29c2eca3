# Docstrings become __doc__; a string later in the body does not.
def documented():
    """Say hello."""
    return 'hi'

def undocumented():
    x = 1
    "not a docstring"
    return x

def multi():
    """First line.\n\nMore text (3.13 strips indentation, so none here)."""

print(documented.__doc__)
print(undocumented.__doc__)
print(repr(multi.__doc__))
print(documented())
