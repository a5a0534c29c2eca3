# Helper for import_star: __all__ limits what `from ... import *` takes.
__all__ = ['exported', '_also_exported']
exported = 1
_also_exported = 2
not_exported = 3
