# Helper for import_star: public names, an underscore name, and no __all__.
PUBLIC = 'public'
_HIDDEN = 'hidden'

def visible():
    return 'visible'
