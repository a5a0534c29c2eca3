# Helper whose functions use their own module globals, not the importer's.
NAME = 'helper globals'

def whose_name():
    return NAME

def module_name():
    return __name__

def call(f):
    return f()
