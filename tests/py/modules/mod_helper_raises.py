# Helper that fails while being imported.
print('mod_helper_raises: start')
PARTIAL = True
raise ValueError('import-time failure')
