# An uncaught exception: stdout printed so far is flushed, the exit status is 1.
print('before the error')
print('still before', 1 + 1)
def fail():
    return {}['missing']
fail()
print('never printed')
